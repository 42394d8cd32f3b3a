/**
 * The timing loop and the mapping from misnomer's settings to ONNX Runtime session options.
 * Shared by the model process (worker.ts) and the benchmark that checks the loop's overhead.
 */
import type ort from 'onnxruntime-node';
import { median } from '../stats/summary.ts';
import type { SessionSettings, Slot } from './protocol.ts';

export type Feeds = Record<string, ort.Tensor>;

export function sessionOptions(s: SessionSettings): ort.InferenceSession.SessionOptions {
  return {
    executionProviders: [s.provider],
    intraOpNumThreads: s.intraOpThreads,
    interOpNumThreads: s.interOpThreads,
    graphOptimizationLevel: s.graphOptimizationLevel,
    executionMode: s.executionMode,
    ...(s.profilePrefix ? { enableProfiling: true, profileFilePrefix: s.profilePrefix } : {}),
  };
}

export const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

/** Times `session.run`: warm-up first, then samples until `runs` or `durationMs` is reached. */
export async function timeRuns(
  session: ort.InferenceSession,
  feeds: Feeds,
  r: { warmupRuns: number; warmupMs: number; runs?: number; durationMs?: number },
): Promise<number[]> {
  const warmStart = nowMs();
  for (let i = 0; i < r.warmupRuns || nowMs() - warmStart < r.warmupMs; i++)
    await session.run(feeds);
  const samples: number[] = [];
  const start = nowMs();
  const maxRuns = r.runs ?? Infinity;
  const until = r.durationMs === undefined ? Infinity : start + r.durationMs;
  // At least one sample, even when a single run outlasts the duration.
  while (samples.length < maxRuns && (samples.length === 0 || nowMs() < until)) {
    const t0 = nowMs();
    await session.run(feeds);
    samples.push(nowMs() - t0);
  }
  return samples;
}

/** Two sessions with their inputs, timed against each other in one process. */
export type Duo = Record<Slot, { session: ort.InferenceSession; feeds: Feeds }>;

const other = (s: Slot): Slot => (s === 'a' ? 'b' : 'a');

/**
 * Times both sessions run by run in ABBA cycles, alternating which one opens a cycle (A B B A,
 * then B A A B, ...), until `durationMs` has passed and at least `minCycles` cycles are done.
 *
 * Why run by run in one process: with a block of runs per side (or one process per side), a
 * burst on the machine or a drift of its clock falls on one side's block only and becomes a
 * difference between A and B. Alternating every run puts every such disturbance on both sides
 * within milliseconds, and within an ABBA cycle a linear drift cancels exactly (Bulej et al.,
 * "Duet benchmarking", 2020, pairs runs for the same reason). Switching sessions costs each run
 * the same cold start of its caches, so it shifts both sides alike.
 */
export async function alternate(
  duo: Duo,
  r: { durationMs: number; minCycles: number; first: Slot },
): Promise<Record<Slot, number[]>> {
  const out: Record<Slot, number[]> = { a: [], b: [] };
  const time = async (s: Slot) => {
    const t0 = nowMs();
    await duo[s].session.run(duo[s].feeds);
    out[s].push(nowMs() - t0);
  };
  const until = nowMs() + r.durationMs;
  let lead = r.first;
  for (let cycle = 0; cycle < r.minCycles || nowMs() < until; cycle++) {
    const next = other(lead);
    await time(lead);
    await time(next);
    await time(next);
    await time(lead);
    lead = next;
  }
  return out;
}

/** A window's per-run medians moving less than this (in log terms) counts as settled. */
const SETTLED = 0.02;

/**
 * Warm-up until the per-run time stops drifting: ABBA windows of at least 2 cycles and 200 ms;
 * settled when each side's median moved less than 2% from the window before, once `minRuns`
 * runs per side and `minMs` have passed. At `maxMs` it stops anyway and says it did not settle.
 * A fixed count is either too short for a model whose allocator and caches take long to reach
 * their steady state, or wasted on one that is steady after three runs.
 */
export async function settle(
  duo: Duo,
  r: { minRuns: number; minMs: number; maxMs: number },
): Promise<{ runs: number; ms: number; stable: boolean; a: number; b: number }> {
  const start = nowMs();
  let runs = 0;
  let previous: Record<Slot, number> | undefined;
  let first: Slot = 'a';
  for (;;) {
    const w = await alternate(duo, { durationMs: 200, minCycles: 2, first });
    first = other(first);
    runs += w.a.length;
    const now = { a: median(w.a), b: median(w.b) };
    const ms = nowMs() - start;
    const still =
      previous !== undefined &&
      (['a', 'b'] as const).every((s) => Math.abs(Math.log(now[s] / previous![s])) < SETTLED);
    if ((still && runs >= r.minRuns && ms >= r.minMs) || ms >= r.maxMs) {
      return { runs, ms, stable: still, ...now };
    }
    previous = now;
  }
}
