/**
 * Time outside kernels (the "pipeline bubble", docs/measurement.md#outside-kernels): the part of
 * a run that no kernel accounts for. The executor walking the graph, allocating and releasing
 * tensors, checking inputs, binding outputs: a fragmented graph of many tiny ops spends much of
 * its run there, which FLOPs cannot see.
 *
 *   share outside kernels = median over profiled runs of (run wall time − kernel time) / run
 *   time outside kernels  = latency p50 × share outside kernels
 *
 * A profiled run's wall time is its `model_run` event; its kernel time is the time in which at
 * least one kernel ran: the union of the kernel events' intervals, clipped to the run. With one
 * thread running the kernels (sequential execution, the default) that is the sum of the kernels'
 * self times (profile.ts), a control-flow kernel's subgraph kernels, nested inside it, counted
 * once; with parallel execution an instant counts once however many threads were busy in it.
 *
 * Why the share, applied to the unprofiled latency: the profiler slows every run by a few
 * microseconds per kernel (recording the event and the shapes of its inputs and outputs), part
 * inside the kernel events and part between them, so a profiled run's own times overstate both
 * for tiny kernels. The share assumes the two are slowed alike; the overhead per launch,
 * (profiled run − latency) / launches, is reported beside it so a reader can judge.
 *
 * The share of thread time spent idle (reported with parallel execution or several inter-op
 * threads): the threads counted are those that ran at least one kernel in the run; each one's
 * busy time is the union of its own kernel intervals; idle share = 1 − Σ busy / (threads × run
 * wall time). With a single kernel thread it equals the share outside kernels. The intra-op
 * pool's helper threads work inside a kernel and the profile gives their task counts, not their
 * times, so their idleness is not in this figure.
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

/** What turns the profiled share into a time. */
export interface Correction {
  /** The unprofiled latency p50 of the same model and settings, ms. */
  latencyMs: number;
  /** Parallel execution or several inter-op threads: report the idle thread share. */
  parallel: boolean;
}

/** A run's share outside kernels (0 for a run of no length). */
export const outsideShareOf = (r: RunSplit) => (r.runUs > 0 ? r.outsideUs / r.runUs : 0);

/**
 * Time outside kernels over the given runs (indices into `splits`; shareSamples in their order).
 * Undefined when an index has no run or the latency is unknown.
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
  const shareSamples = runs.map(outsideShareOf);
  const share = median(shareSamples);
  return {
    ms: c.latencyMs * share,
    share,
    latencyMs: c.latencyMs,
    profiledRunMs: of((r) => r.runUs) / 1000,
    profiledKernelMs: of((r) => r.kernelUs) / 1000,
    profiledOutsideMs: of((r) => r.outsideUs) / 1000,
    launches: of((r) => r.launches),
    shareSamples,
    ...(c.parallel
      ? {
          idleThreadShare: of((r) =>
            r.runUs > 0 ? Math.max(0, 1 - r.busyThreadUs / (Math.max(1, r.threads) * r.runUs)) : 0,
          ),
          threads: Math.max(...runs.map((r) => r.threads)),
        }
      : {}),
  };
}

/** The correction, when the latency is known. */
export function correctionOf(
  settings: Pick<RuntimeSettings, 'executionMode' | 'interOpThreads'>,
  latencyMs: number | undefined,
): Correction | undefined {
  if (latencyMs === undefined) return undefined;
  return { latencyMs, parallel: isParallel(settings) };
}

/** Whether the settings let kernels of one run overlap: then the idle thread share is reported. */
export const isParallel = (s: Pick<RuntimeSettings, 'executionMode' | 'interOpThreads'>) =>
  s.executionMode === 'parallel' || s.interOpThreads > 1;

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
  if (!correction) return profile;
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

/**
 * The detail of a time outside kernels, in words: "62.0% of latency p50 · 66 kernel launches
 * per run · profiled runs 744 µs, 430 µs in kernels (the profiler adds about 8.7 µs per launch)".
 */
export function outsideKernelsDetail(o: OutsideKernels, time: (ms: number) => string): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const launches = Number.isInteger(o.launches) ? String(o.launches) : o.launches.toFixed(1);
  const perLaunchUs = (1000 * (o.profiledRunMs - o.latencyMs)) / Math.max(1, o.launches);
  const idle =
    o.idleThreadShare === undefined
      ? ''
      : ` · ${pct(o.idleThreadShare)} of the time of ${o.threads} kernel thread(s) idle`;
  return (
    `${pct(o.share)} of latency p50 · ${launches} kernel launches per run · profiled runs ` +
    `${time(o.profiledRunMs)}, ${time(o.profiledKernelMs)} in kernels (the profiler adds about ` +
    `${perLaunchUs.toFixed(1)} µs per launch)${idle}`
  );
}
