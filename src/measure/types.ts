/**
 * The measurement contracts (`misnomer/measurement@1`): settings, hardware fingerprint, and per
 * model every runtime indicator with its summary statistics and raw samples. Every time is in
 * milliseconds and says so in its name.
 */

import type { Summary } from '../stats/summary.ts';

export type { Summary };

export const MEASUREMENT_SCHEMA = 'misnomer/measurement@1';

/** Everything that affects speed; recorded with every measurement. */
export interface RuntimeSettings {
  /** ONNX Runtime execution provider: 'cpu' (default), 'cuda', 'dml', 'coreml', ... */
  provider: string;
  intraOpThreads: number;
  interOpThreads: number;
  graphOptimizationLevel: 'disabled' | 'basic' | 'extended' | 'all';
  executionMode: 'sequential' | 'parallel';
  /** Time budget for the timed samples of one model (measure) or of the whole A/B run (compare). */
  budgetMs: number;
  /** Warm-up before sampling: at least this many runs and at least this long. */
  warmupRuns: number;
  warmupMs: number;
  /** Batch size of the latency samples. */
  latencyBatch: number;
  /** Batch sizes of the throughput samples (those the model's batch dim allows). */
  batchSizes: number[];
  /** Fresh processes used for cold start and first run. */
  coldStartRuns: number;
  /** A model process that does not answer within this is killed and reported as timed out. */
  timeoutMs: number;
  /** Seed of every random input. */
  seed: number;
}

export interface Samples {
  samplesMs: number[];
  summary: Summary;
}

/** How one model input is filled: the parent decides, the model process generates. */
export interface InputSpec {
  name: string;
  /** ONNX Runtime tensor type: 'float32', 'int64', 'bool', 'float16', 'string', ... */
  dtype: string;
  shape: number[];
  fill:
    | { kind: 'uniform'; min: number; max: number }
    | { kind: 'integers'; min: number; max: number; why: string }
    | { kind: 'ones'; why: string }
    | { kind: 'positions'; start: number; why: string }
    | { kind: 'values'; values: number[] }
    | { kind: 'file'; path: string };
}

export interface Throughput {
  batch: number;
  examplesPerSecond: number;
  /** examples/s × the bound sequence length, when the model has a sequence dim. */
  tokensPerSecond?: number;
  latency: Samples;
}

export interface OpTime {
  /** Total kernel time per inference, ms. */
  ms: number;
  /** Share of all kernel time. */
  share: number;
  /** Kernel invocations per inference. */
  calls: number;
  /** From the static analysis, when the op type matches one of the model's: */
  flopsShare?: number;
  bytesShare?: number;
  /** flops / time: how well this op type uses the hardware. */
  achievedFlopsPerSecond?: number;
  /** Against the runner's roofline (roofline.ts), when it was measured: */
  flopsPerByte?: number;
  bound?: Bound;
  /** achievedFlopsPerSecond / min(peak, flopsPerByte × bandwidth). */
  rooflineShare?: number;
}

/** Which roof limits an op type: bandwidth below the ridge point, compute at or above it. */
export type Bound = 'memory' | 'compute';

/**
 * The runner's roofline: peak FLOP/s of a large float32 GEMM and bandwidth of a large
 * elementwise Add, both timed as ONNX Runtime kernels with the models' session settings, best
 * of a few runs (docs/measurement.md#the-runners-roofline).
 */
export interface Roofline {
  peakFlopsPerSecond: number;
  /** Bytes read plus bytes written per second, counted as the analysis counts bytesAccessed. */
  bandwidthBytesPerSecond: number;
  /** peak / bandwidth: an op type below this many FLOP per byte is memory-bound. */
  ridgeFlopsPerByte: number;
  intraOpThreads: number;
  /** The probe: M×K by K×N float32 MatMul, 2·M·N·K FLOPs; kernel time of every run, ms. */
  gemm: { m: number; k: number; n: number; flops: number; kernelMs: number[] };
  /** Add of two float32 tensors of `elements`: `bytes` = 3 × 4 × elements per run. */
  stream: { elements: number; bytes: number; kernelMs: number[] };
  /** Wall time of the whole probe: process, session, inputs, runs. */
  wallMs: number;
}

export interface OpProfile {
  /** Inferences profiled. */
  runs: number;
  /** ONNX Runtime op type (after its graph optimizations) -> time. */
  byOpType: Record<string, OpTime>;
  /** Node name -> time, for the nodes ONNX Runtime kept under their original names. */
  byNode: Record<string, { opType: string; ms: number }>;
  /** Op types ONNX Runtime created or fused (not in the original graph), for the reader. */
  notes: string[];
  /** Time outside kernels per profiled run (bubble.ts), when the profile marks its runs. */
  outsideKernels?: OutsideKernels;
}

/**
 * The part of a run spent outside kernels (docs/measurement.md#outside-kernels): the unprofiled
 * latency p50 times the median share of the profiled runs' wall time in which no kernel ran.
 */
export interface OutsideKernels {
  /** Time outside kernels, ms per run: latencyMs × share. */
  ms: number;
  /** The median share of a profiled run's wall time outside kernels. */
  share: number;
  /** The unprofiled latency p50 it is applied to, ms. */
  latencyMs: number;
  /** Medians over the profiled runs, ms: wall time (model_run), in kernels, outside them. */
  profiledRunMs: number;
  profiledKernelMs: number;
  profiledOutsideMs: number;
  /** Kernel launches per run (the per-op-type `calls` summed). */
  launches: number;
  /** The share outside kernels of each profiled run, in time order. */
  shareSamples: number[];
  /**
   * With parallel execution or several inter-op threads: the share of the time of the threads
   * that ran kernels in a run during which they ran none, and the most such threads in a run.
   */
  idleThreadShare?: number;
  threads?: number;
}

export type ModelStatus = 'ok' | 'load-failed' | 'crashed' | 'timed-out' | 'failed';

export interface ModelMeasurement {
  id: string;
  path: string;
  status: ModelStatus;
  /** What went wrong, in words, when status is not 'ok'. */
  error?: string;
  dims: Record<string, number>;
  inputs: InputSpec[];
  latency?: Samples & { batch: number };
  throughput?: Throughput[];
  /** InferenceSession creation in a fresh process. */
  coldStart?: Samples;
  /** The first inference after creation, in the same fresh processes. */
  firstRun?: Samples;
  /** Peak RSS of a process that loads and runs the model, minus the same process without it. */
  peakRss?: { bytes: number; withModelBytes: number[]; withoutModelBytes: number[] };
  opProfile?: OpProfile;
  /** flops of the static analysis / p50 latency. */
  achievedFlopsPerSecond?: number;
}

export interface TimedCommand {
  name: string;
  command: string;
  status: 'ok' | 'failed' | 'timed-out';
  error?: string;
  wallClock?: Samples;
}

export interface Fingerprint {
  cpu: {
    vendor: string;
    model: string;
    flags: string[];
    logicalCores: number;
    physicalCores: number;
  };
  memoryBytes: number;
  os: { platform: string; release: string; distro?: string };
  node: string;
  onnxruntime: string;
  runner?: { imageOS?: string; imageVersion?: string; os?: string; arch?: string; name?: string };
}

/**
 * One round of an interleaved A/B run: the median of each side's samples in that round, in the
 * indicator's unit (ms for latency and cold start, bytes for memory).
 */
/**
 * The fewest session pairs a verdict is drawn from (compare/ab.ts: fewer are inconclusive; the
 * signed-rank interval at 99% needs 8 values, since 7 can only leave out 2 / 2^7 = 1.6%); a
 * budget with room for fewer epochs than this runs on one pair (measure/pair.ts).
 */
export const MIN_PAIRS = 8;

export interface Round {
  order: 'AB' | 'BA';
  a: number;
  b: number;
  /**
   * The pair of sessions the round ran on (0, 1, ...): timed rounds come from several pairs,
   * each created afresh, because every pair carries an offset of its own (compare/ab.ts).
   * Absent on rounds of fresh processes (cold start, memory), which are pairs by themselves.
   */
  epoch?: number;
}

/**
 * One look of the sequential plan at the latency rounds: after `rounds` rounds, a verdict at
 * `confidence`; `decided` says whether it ended the rounds.
 */
export interface Look {
  rounds: number;
  confidence: number;
  decided: boolean;
}

export interface Measurement {
  schema: typeof MEASUREMENT_SCHEMA;
  tool: { name: 'misnomer'; version: string };
  createdAt: string;
  settings: RuntimeSettings;
  fingerprint: Fingerprint;
  /** Measured once per run; when the probe failed, why (the rest stands without it). */
  roofline?: Roofline;
  rooflineError?: string;
  models: ModelMeasurement[];
  commands?: TimedCommand[];
  /** For an interleaved A/B run: per-round medians of each indicator that was paired. */
  ab?: {
    a: string;
    b: string;
    latencyRounds: Round[];
    /** The looks of the sequential plan at the latency rounds; the last one gave the verdict. */
    latencyLooks?: Look[];
    /** Batch size -> rounds of per-run time (ms) at that batch. */
    throughputRounds: Record<string, Round[]>;
    /** Fresh-process pairs: session creation (ms), first run (ms), peak RSS (bytes). */
    coldStartRounds: Round[];
    firstRunRounds: Round[];
    memoryRounds: Round[];
    /** Profiled rounds: time outside kernels (ms) per side. */
    outsideKernelsRounds?: Round[];
  };
}
