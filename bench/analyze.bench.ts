/**
 * `npm run bench`: time and peak memory of `analyze` on
 *   (a) a generated transformer of more than 20,000 nodes (target: under 1 s), and
 *   (b) a model with more than 500 MB of weights inside the .onnx file (target: under 2 s,
 *       peak memory far below the file size: the weights are never read).
 * Each figure is the median of several runs, each in a fresh process. Machines here are shared
 * and noisy: read the medians, not single runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { externalMlp, transformer, wideMlp } from './models.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const dir = join(tmpdir(), 'misnomer-bench');
mkdirSync(dir, { recursive: true });
const child = fileURLToPath(new URL('./analyze-child.ts', import.meta.url));

interface Case {
  name: string;
  path: string;
  dims: Record<string, number>;
  targetMs: number;
  make: (path: string) => void;
  /** Bytes on disk that count as the model (the .onnx file plus external data). */
  size?: () => number;
}

const cases: Case[] = [
  {
    name: '(a) transformer, 300 layers',
    path: join(dir, 'transformer-300.onnx'),
    dims: { batch: 1, sequence: 128 },
    targetMs: 1000,
    make: (path) => void transformer(300).save(path),
  },
  {
    name: '(b) MLP, 8 × 4096² float32 weights',
    path: join(dir, 'mlp-512mb.onnx'),
    dims: { batch: 1 },
    targetMs: 2000,
    make: (path) => void wideMlp(8, 4096).save(path),
  },
  {
    name: '(c) MLP, 10 × 8192² float32 weights in external data (> 2 GB)',
    path: join(dir, 'external', 'mlp-2.5gb.onnx'),
    dims: { batch: 1 },
    targetMs: 2000,
    make: (path) => {
      mkdirSync(join(dir, 'external'), { recursive: true });
      const { model, dataBytes } = externalMlp(10, 8192);
      writeFileSync(path, model.toBytes().model);
      // A sparse file of the right size: the analysis checks it exists and is long enough.
      writeFileSync(join(dir, 'external', 'weights.bin'), '');
      truncateSync(join(dir, 'external', 'weights.bin'), dataBytes);
    },
    size: () =>
      statSync(join(dir, 'external', 'mlp-2.5gb.onnx')).size +
      statSync(join(dir, 'external', 'weights.bin')).size,
  },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;

console.log(
  `misnomer analyze benchmark: ${RUNS} runs per model, each in a fresh process; medians shown.\n`,
);
for (const c of cases) {
  if (!existsSync(c.path)) {
    process.stdout.write(`generating ${c.path} ... `);
    const t = performance.now();
    c.make(c.path);
    console.log(`${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', child, c.path, JSON.stringify(c.dims)],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`analyze failed on ${c.path}:\n${r.stderr}`);
    runs.push(JSON.parse(r.stdout.trim().split('\n').pop()!));
  }
  const ms = median(runs.map((r) => r.ms));
  const rss = median(runs.map((r) => r.maxRssBytes));
  const base = median(runs.map((r) => r.baselineRssBytes));
  const size = c.size ? c.size() : statSync(c.path).size;
  console.log(c.name);
  console.log(
    `  file ${mib(size)}, ${runs[0].nodes} nodes${runs[0].incomplete ? ' (analysis INCOMPLETE: some ops uncounted)' : ''}`,
  );
  console.log(
    `  time      median ${ms.toFixed(0)} ms (runs: ${runs.map((r) => r.ms.toFixed(0)).join(', ')})  target < ${c.targetMs} ms: ${ms < c.targetMs ? 'met' : 'MISSED'}`,
  );
  console.log(
    `  peak RSS  median ${mib(rss)}, of which ${mib(rss - base)} above the process baseline; ${((100 * rss) / size).toFixed(1)}% of the file size\n`,
  );
}
