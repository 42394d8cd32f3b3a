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

export type Request =
  | { type: 'load'; path: string; session: SessionSettings }
  | { type: 'inputs'; specs: InputSpec[]; seed: number }
  /** Runs warm-up (at least `warmupRuns` and `warmupMs`), then samples for `durationMs` or `runs`. */
  | { type: 'run'; warmupRuns: number; warmupMs: number; runs?: number; durationMs?: number }
  | { type: 'endProfiling' }
  | { type: 'exit' };

export type Reply =
  | { type: 'loaded'; loadMs: number; inputNames: string[] }
  | { type: 'inputsReady' }
  | { type: 'ran'; samplesMs: number[]; firstMs?: number }
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
