/**
 * Time outside kernels (the "pipeline bubble", docs/measurement.md#outside-kernels): the part of
 * a run that no kernel accounts for. The executor walking the graph, allocating and releasing
 * tensors, checking inputs, binding outputs, and the call from Node into ONNX Runtime: a
 * fragmented graph of many tiny ops spends most of its run there, which FLOPs cannot see.
 *
 *   time outside kernels = latency p50 − kernel time per run
 *
 * The latency is the unprofiled one of the timed rounds. The kernel time comes from profiled
 * runs (the profiler slows every run, so a profiled run's own wall time is no measure of the
 * unprofiled one): per run, the time in which at least one kernel ran (the union of the kernel
 * events' intervals, clipped to the run's `model_run` window), less the profiler's own cost per
 * kernel event (profiler-cost.ts) times the run's launches, and never below 0. Then the median
 * over the profiled runs.
 *
 * The union: with one thread running the kernels (sequential execution, the default) it is the
 * sum of the kernels' self times (profile.ts), a control-flow kernel's subgraph kernels, nested
 * inside it, counted once. With parallel execution, kernels on different threads may overlap,
 * and an instant counts once however many threads were busy in it.
 *
 * The share of thread time spent idle (reported with parallel execution or several inter-op
 * threads): the threads counted are those that ran at least one kernel in the run; each one's
 * busy time is the union of its own kernel intervals, the profiler's cost taken off as above;
 * idle share = 1 − Σ busy / (threads × latency p50). With a single kernel thread it equals the
 * share outside kernels. The intra-op pool's helper threads work inside a kernel and the profile
 * gives their task counts, not their times, so their idleness is not in this figure.
 */
import { median } from '../stats/summary.ts';
import type { Analysis } from '../analyze/types.ts';
import { collect, joinWithAnalysis, parseProfile, type Kernel, type Window } from './profile.ts';
import type { OpProfile, OutsideKernels, RuntimeSettings } from './types.ts';

/** One profiled run, split into kernel time and the rest (µs, as the profile records). */
export interface RunSplit {
  runUs: number;
  /** The union of the run's kernel intervals. */
  kernelUs: number;
  /** runUs − kernelUs. */
  outsideUs: number;
  /** Kernel events that started in the run. */
  launches: number;
  /** Threads that ran at least one kernel in the run. */
  threads: number;
  /** Σ over those threads of the union of their own kernel intervals. */
  busyThreadUs: number;
}

/** Every model_run of the profile, in time order, split into kernel time and the rest. */
export function runSplits(events: unknown): RunSplit[] {
  const { kernels, windows } = collect(events);
  const runs = [...windows].sort((a, b) => a.startUs - b.startUs);
  const inRun: Kernel[][] = runs.map(() => []);
  for (const k of kernels) {
    const i = runOf(runs, k.startUs);
    if (i >= 0) inRun[i].push(k);
  }
  return runs.map((w, i) => split(w, inRun[i]));
}

/** The index of the run whose window holds `t` (runs sorted, not overlapping), or −1. */
function runOf(runs: Window[], t: number): number {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].startUs > t) hi = mid - 1;
    else if (runs[mid].endUs < t) lo = mid + 1;
    else return mid;
  }
  return -1;
}

function split(w: Window, kernels: Kernel[]): RunSplit {
  const clip = (k: Kernel): [number, number] => [
    Math.max(k.startUs, w.startUs),
    Math.min(k.startUs + k.durUs, w.endUs),
  ];
  const byThread = new Map<string, [number, number][]>();
  for (const k of kernels) byThread.set(k.tid, [...(byThread.get(k.tid) ?? []), clip(k)]);
  let busyThreadUs = 0;
  for (const list of byThread.values()) busyThreadUs += unionLength(list);
  const runUs = w.endUs - w.startUs;
  const kernelUs = unionLength(kernels.map(clip));
  return {
    runUs,
    kernelUs,
    outsideUs: Math.max(0, runUs - kernelUs),
    launches: kernels.length,
    threads: byThread.size,
    busyThreadUs,
  };
}

/** The total length covered by a set of intervals (overlaps counted once). */
export function unionLength(intervals: [number, number][]): number {
  const sorted = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of sorted) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/** What turns profiled kernel time into time outside kernels. */
export interface Correction {
  /** The unprofiled latency p50 of the same model and settings, ms. */
  latencyMs: number;
  /** The profiler's own cost per kernel event, µs (profiler-cost.ts). */
  profilerCostUs: number;
  /** Parallel execution or several inter-op threads: report the idle thread share. */
  parallel: boolean;
}

/** A run's kernel time less the profiler's own cost, µs, never below 0. */
export const kernelUsOf = (r: RunSplit, costUs: number) =>
  Math.max(0, r.kernelUs - costUs * r.launches);

/**
 * Time outside kernels over the given runs (indices into `splits`; kernelSamplesMs in their
 * order). Undefined when an index has no run.
 */
export function outsideKernels(
  splits: readonly RunSplit[],
  keep: readonly number[],
  c: Correction,
): OutsideKernels | undefined {
  const runs = keep.map((i) => splits[i]);
  if (runs.length === 0 || runs.some((r) => r === undefined) || !(c.latencyMs > 0))
    return undefined;
  const of = (f: (r: RunSplit) => number) => median(runs.map(f));
  const kernelSamplesMs = runs.map((r) => kernelUsOf(r, c.profilerCostUs) / 1000);
  const kernelMs = median(kernelSamplesMs);
  const ms = Math.max(0, c.latencyMs - kernelMs);
  const latencyUs = 1000 * c.latencyMs;
  return {
    ms,
    share: ms / c.latencyMs,
    latencyMs: c.latencyMs,
    kernelMs,
    profiledKernelMs: of((r) => r.kernelUs) / 1000,
    profiledRunMs: of((r) => r.runUs) / 1000,
    profilerCostUs: c.profilerCostUs,
    launches: of((r) => r.launches),
    kernelSamplesMs,
    ...(c.parallel
      ? {
          idleThreadShare: of((r) => {
            const busy = Math.max(0, r.busyThreadUs - c.profilerCostUs * r.launches);
            return Math.max(0, 1 - busy / (Math.max(1, r.threads) * latencyUs));
          }),
          threads: Math.max(...runs.map((r) => r.threads)),
        }
      : {}),
  };
}

/** The correction, when both the latency and the profiler's cost are known. */
export function correctionOf(
  settings: Pick<RuntimeSettings, 'executionMode' | 'interOpThreads'>,
  latencyMs: number | undefined,
  profilerCostUs: number | undefined,
): Correction | undefined {
  if (latencyMs === undefined || profilerCostUs === undefined) return undefined;
  return { latencyMs, profilerCostUs, parallel: isParallel(settings) };
}

/** Whether the settings let kernels of one run overlap: then the idle thread share is reported. */
export const isParallel = (s: Pick<RuntimeSettings, 'executionMode' | 'interOpThreads'>) =>
  s.executionMode === 'parallel' || s.interOpThreads > 1;

/** Said in the op profile's notes when there is no time outside kernels to report. */
export const NO_PROFILER_COST =
  "time outside kernels: not reported, the profiler's own cost per kernel could not be measured";

/**
 * The per-op profile of the profiled runs (the last `runs`, or those at the given indices among
 * the profile's runs in time order), joined with the static analysis, with the time outside
 * kernels of the same runs when `correction` is given. A profile that marks no runs (no
 * model_run events) has none.
 */
export function profileOf(
  events: unknown,
  runs: number | readonly number[],
  analysis: Analysis,
  correction: Correction | undefined,
): OpProfile {
  const profile = joinWithAnalysis(parseProfile(events, runs), analysis);
  if (!correction) return { ...profile, notes: [...profile.notes, NO_PROFILER_COST] };
  const splits = runSplits(events);
  const keep = typeof runs === 'number' ? lastRuns(splits.length, runs) : runs;
  const outside = outsideKernels(splits, keep, correction);
  return outside ? { ...profile, outsideKernels: outside } : profile;
}

/** The indices of the last `runs` of `total` runs. */
function lastRuns(total: number, runs: number): number[] {
  const n = Math.min(runs, total);
  return Array.from({ length: n }, (_, i) => total - n + i);
}
