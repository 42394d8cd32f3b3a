/**
 * Two versions of `misnomer analyze` on one model, alternating in fresh processes:
 *
 *   npx tsx bench/analyze-ab.ts <other checkout> model.onnx [name=value ...]
 *
 * Runs `node <checkout>/bin/misnomer.js analyze model.onnx --dim ... --json` for the other
 * checkout (the base: a `git worktree` or clone at the commit before, built with `npm run
 * build`) and for this one (the head), BENCH_RUNS pairs (default 15), the order within a pair
 * alternating, and prints each side's median wall time, CPU time and page faults and the median
 * of the pairs' head/base wall-time ratios. Wall times on a shared machine drift by a fifth over
 * minutes; the ratio within a pair drifts far less. BENCH_NODE names another node binary.
 *
 * Both sides must print the same analysis, or the comparison stops: a change that makes the
 * analysis faster must not change what it says (bench/analyze-snapshot.ts checks that over
 * 1,084 models; this checks the model at hand).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from '../src/stats/summary.ts';

const [other, model, ...dimArgs] = process.argv.slice(2);
if (!other || !model) {
  console.error('usage: npx tsx bench/analyze-ab.ts <other checkout> model.onnx [name=value ...]');
  process.exit(2);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const NODE = process.env.BENCH_NODE ?? process.execPath;
const sides = {
  base: resolve(other),
  head: fileURLToPath(new URL('..', import.meta.url)),
};
for (const [name, dir] of Object.entries(sides)) {
  if (!existsSync(join(dir, 'dist', 'cli.js'))) {
    console.error(
      `${name}: ${join(dir, 'dist', 'cli.js')} is missing: run \`npm run build\` there`,
    );
    process.exit(2);
  }
}
const dims = dimArgs.flatMap((d) => ['--dim', d]);
// The child's own usage, written to stderr as it exits (Node reports no usage per child).
const hook = new URL('./usage-on-exit.mjs', import.meta.url).href;

interface Run {
  ms: number;
  cpuMs: number;
  pageFaults: number;
  analysis: string;
}

function run(dir: string): Run {
  const args = ['--import', hook, join(dir, 'bin', 'misnomer.js'), 'analyze', model, ...dims];
  const t = performance.now();
  const r = spawnSync(NODE, [...args, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`${dir}: analyze failed:\n${r.stderr}`);
  const usage = JSON.parse(r.stderr.trim().split('\n').pop()!);
  return { ms, cpuMs: usage.cpuMs, pageFaults: usage.pageFaults, analysis: r.stdout };
}

const runs = { base: [] as Run[], head: [] as Run[] };
for (let i = 0; i < RUNS; i++) {
  for (const side of i % 2 ? (['head', 'base'] as const) : (['base', 'head'] as const))
    runs[side].push(run(sides[side]));
}
if (runs.base[0].analysis !== runs.head[0].analysis) {
  console.error('the two checkouts print different analyses of this model: not comparable');
  process.exit(1);
}

const node = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
console.log(`misnomer analyze ${model} ${dimArgs.join(' ')}: ${RUNS} pairs, Node ${node}`);
for (const side of ['base', 'head'] as const) {
  const rs = runs[side];
  console.log(
    `  ${side} (${sides[side]}): wall ${median(rs.map((r) => r.ms)).toFixed(0)} ms, ` +
      `CPU ${median(rs.map((r) => r.cpuMs)).toFixed(0)} ms, ` +
      `page faults ${median(rs.map((r) => r.pageFaults)).toFixed(0)} (medians)`,
  );
}
const ratios = runs.head.map((h, i) => h.ms / runs.base[i].ms).sort((a, b) => a - b);
console.log(
  `  head/base wall time, median of the pairs: ${median(ratios).toFixed(3)} ` +
    `(pairs from ${ratios[0].toFixed(3)} to ${ratios[ratios.length - 1].toFixed(3)})`,
);
