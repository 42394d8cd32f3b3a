/**
 * Messages between the measuring process and a model process (worker.ts). Every ONNX Runtime
 * call happens in a model process, so a model that crashes the runtime (a segfault, an abort)
 * or hangs takes down only its own process; the parent reports it and measures the others.
 */
import type { InputSpec, RuntimeSettings } from './types.ts';

/** The session options a model process needs. */
export type SessionSettings = Pick<
  RuntimeSettings,
  'provider' | 'intraOpThreads' | 'interOpThreads' | 'graphOptimizationLevel' | 'executionMode'
> & {
  /** When set, ONNX Runtime writes a profile with this path prefix. */
  profilePrefix?: string;
};

/**
 * A model process holds one session, or two in an A/B comparison: slot 'a' (the default) and
 * slot 'b', each with its own inputs, so the two can be timed run by run in one process.
 */
export type Slot = 'a' | 'b';

export type Request =
  | { type: 'load'; path: string; session: SessionSettings; slot?: Slot }
  | { type: 'inputs'; specs: InputSpec[]; seed: number; slot?: Slot }
  /**
   * Releases both sessions and creates them again from the same files and settings, `first`
   * first; the inputs stay. A new pair of sessions has an offset of its own (pair.ts, epochs).
   */
  | { type: 'reload'; first: Slot }
  /** Runs warm-up (at least `warmupRuns` and `warmupMs`), then samples for `durationMs` or `runs`. */
  | {
      type: 'run';
      warmupRuns: number;
      warmupMs: number;
      runs?: number;
      durationMs?: number;
      slot?: Slot;
    }
  /** Both slots, run by run in ABBA cycles (session.ts `alternate`), for `durationMs`. */
  | { type: 'alternate'; durationMs: number; minCycles: number; first: Slot }
  /** Both slots, in ABBA cycles until the per-run time stops drifting (session.ts `settle`). */
  | { type: 'settle'; minRuns: number; minMs: number; maxMs: number }
  | { type: 'endProfiling' }
  | { type: 'exit' };

export type Reply =
  | { type: 'loaded'; loadMs: number; inputNames: string[] }
  | { type: 'inputsReady' }
  | { type: 'reloaded'; ms: number }
  | { type: 'ran'; samplesMs: number[]; firstMs?: number }
  | { type: 'alternated'; a: number[]; b: number[] }
  | { type: 'settled'; runs: number; ms: number; stable: boolean; a: number; b: number }
  | { type: 'profiled' }
  | { type: 'error'; message: string };

/** What a one-shot process reports (cold start, memory, baseline memory). */
export interface OneShotReport {
  createMs?: number;
  firstRunMs?: number;
  maxRssBytes: number;
  error?: string;
}

/** The modes of the one-shot process, passed on its command line. */
export type OneShotMode = 'cold' | 'memory' | 'baseline';
