/**
 * The timing loop and the mapping from misnomer's settings to ONNX Runtime session options.
 * Shared by the model process (worker.ts) and the benchmark that checks the loop's overhead.
 */
import type ort from 'onnxruntime-node';
import type { SessionSettings } from './protocol.ts';

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
