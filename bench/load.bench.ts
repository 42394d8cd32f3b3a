/**
 * `npm run bench -- load`: does the difference between two models depend on how busy the
 * machine is? Both models in this process on one pair of sessions, timed against each other
 * run by run in ABBA cycles as `compare` times base and head (src/measure/session.ts), in
 * BENCH_WINDOWS windows of 1 s (default 90). Per window: each side's median latency.
 *
 * The windows are then cut in halves by how fast the base (A) ran: the faster half is the
 * machine at its quietest, the slower half busier. Printed: each half's base and head medians
 * and the median ratio B/A, the rank correlation (Spearman) between the base's speed and the
 * ratio over all windows, and what `compare` would note of these windows as latency rounds
 * (src/compare/load-dependence.ts). A difference that is a property of the two models gives the
 * same ratio in both halves; one that depends on the machine's load does not.
 *
 * Defaults: the bundled wide MatMul (A) against the grouped one (B) at batch 64.
 * BENCH_MODEL and BENCH_VS pick other models, BENCH_DIMS their dims (`batch=64`).
 */
import { ms, percentChange } from '../src/format.ts';
import { loadDependence, loadDependenceNote } from '../src/compare/load-dependence.ts';
import { DEFAULT_SETTINGS } from '../src/measure/settings.ts';
import { loadOrt } from '../src/measure/ort.ts';
import { alternate, type Duo } from '../src/measure/session.ts';
import type { Round } from '../src/measure/types.ts';
import { rankSumP } from '../src/stats/rank-sum.ts';
import { median } from '../src/stats/summary.ts';
import { dimsFromEnv, openSession } from './shared.ts';

const WINDOWS = Number(process.env.BENCH_WINDOWS ?? 90);
const WINDOW_MS = 1000;
const paths = {
  a: process.env.BENCH_MODEL ?? 'examples/models/wide.onnx',
  b: process.env.BENCH_VS ?? 'examples/models/grouped.onnx',
};
const dims = dimsFromEnv('batch=64');
const ort = loadOrt();

/** Ranks 0..n-1 of `xs` (no ties expected among medians of many runs). */
function ranks(xs: number[]): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0]);
  const r = new Array<number>(xs.length);
  order.forEach(([, i], k) => (r[i] = k));
  return r;
}

console.log(
  `load benchmark: A ${paths.a} against B ${paths.b} (${JSON.stringify(dims)}), one pair of ` +
    `sessions, ${WINDOWS} windows of ${WINDOW_MS} ms, ${DEFAULT_SETTINGS.intraOpThreads} thread\n`,
);
const duo: Duo = {
  a: await openSession(ort, paths.a, dims),
  b: await openSession(ort, paths.b, dims),
};
await alternate(duo, { durationMs: 2000, minCycles: 2, first: 'a' });
const windows: Round[] = [];
for (let w = 0; w < WINDOWS; w++) {
  const t = await alternate(duo, { durationMs: WINDOW_MS, minCycles: 2, first: w % 2 ? 'b' : 'a' });
  windows.push({ order: w % 2 ? 'BA' : 'AB', a: median(t.a), b: median(t.b) });
}
await duo.a.session.release();
await duo.b.session.release();

const logRatio = (r: Round) => Math.log(r.b / r.a);
const byBase = [...windows].sort((x, y) => x.a - y.a);
const half = Math.floor(windows.length / 2);
for (const [name, part] of [
  ['faster half of A (quieter)', byBase.slice(0, half)],
  ['slower half of A (busier) ', byBase.slice(byBase.length - half)],
] as const) {
  const ratio = Math.exp(median(part.map(logRatio)));
  console.log(
    `  ${name}: A ${ms(median(part.map((r) => r.a)))}, B ${ms(median(part.map((r) => r.b)))}, ` +
      `B/A ${percentChange(ratio - 1)} (${part.length} windows)`,
  );
}
const ra = ranks(windows.map((r) => r.a));
const rr = ranks(windows.map((r) => r.b / r.a));
const n = windows.length;
const d2 = ra.reduce((s, r, i) => s + (r - rr[i]) ** 2, 0);
console.log(
  `  Spearman correlation of A's latency with B/A: ${(1 - (6 * d2) / (n * (n * n - 1))).toFixed(2)}; ` +
    `rank-sum p of the halves' ratios: ${rankSumP(
      byBase.slice(byBase.length - half).map(logRatio),
      byBase.slice(0, half).map(logRatio),
    ).toExponential(1)}`,
);
const found = loadDependence(windows, 0.05);
console.log(
  `  compare's note on these windows as rounds (T = 5%): ${found ? loadDependenceNote(found) : 'none'}`,
);
