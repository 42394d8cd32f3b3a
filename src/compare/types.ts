/**
 * The comparison contracts (`misnomer/comparison@1`): per model, static deltas (exact), runtime
 * deltas (with their verdicts), per-op-type shifts, contradictions with their evidence; and the
 * gates that tripped. Rendering never recomputes anything: it reads these.
 */
import type { Direction } from '../indicators.ts';
import type { Bound, Roofline, RuntimeSettings } from '../measure/types.ts';
import type { HistoryView } from './history.ts';
import type { RuntimeDelta, RuntimeVerdict } from './runtime.ts';

export const COMPARISON_SCHEMA = 'misnomer/comparison@1';

export type { Direction };

/** A static verdict; 'changed' is a move of an indicator that has no direction. */
export type StaticVerdict = 'better' | 'worse' | 'unchanged' | 'changed';

/** An exact change of a static indicator (from the graph; no noise). */
export interface StaticDelta {
  /** The analysis total: params, macs, flops, bytesAccessed, peakActivationBytes, nodes, ... */
  indicator: string;
  label: string;
  /** 'count', 'MACs', 'FLOPs', 'bytes', 'FLOP/B', 'nodes' */
  unit: string;
  base: number | null;
  head: number | null;
  /** head - base */
  delta: number | null;
  /** (head - base) / base; null when base is 0 or missing. */
  relative: number | null;
  /**
   * 'unchanged' when equal or moved by less than the static threshold; 'changed' when it moved
   * and the indicator has no direction; otherwise better or worse by its direction.
   */
  verdict: StaticVerdict;
  /** Either side could not count everything for this total. */
  incomplete: boolean;
}

/** One op type in base and head: what share of the model's work, traffic and time it is. */
export interface OpTypeSide {
  count: number;
  flops: number;
  flopsShare: number;
  bytesShare: number;
  /** From the profiler (only when measured): share of kernel time and FLOP/s achieved. */
  timeShare?: number;
  achievedFlopsPerSecond?: number;
  /** Under the comparison's roofline (compare/roofline.ts): intensity, bound, share of the bound. */
  flopsPerByte?: number;
  bound?: Bound;
  rooflineShare?: number;
}

export interface OpTypeShift {
  opType: string;
  base: OpTypeSide | null;
  head: OpTypeSide | null;
}

export interface Contradiction {
  /** The rule: 'flops-down-latency-up', 'flops-up-latency-down', ... (contradictions.ts). */
  rule: string;
  /** "FLOPs −34% but latency +12%" */
  title: string;
  /** One or two plain sentences from the op-type shifts, e.g. "212 more nodes; Conv went from
   * 8% to 31% of time at 4 GFLOP/s". */
  evidence: string;
  /** The indicators and their relative changes (head/base - 1). */
  changes: { indicator: string; relative: number }[];
}

export interface ModelComparison {
  /** The model's id, or `model/scenario` for a model under a scenario (src/scenario.ts). */
  id: string;
  /** For a scenario: its name and the dims it ran at (the head's; base and head share them). */
  scenario?: { name: string; dims: Record<string, number> };
  status: 'compared' | 'added' | 'removed' | 'failed';
  /** Why, when not compared. */
  reason?: string;
  /** Which side's measurement failed (status 'failed'). */
  failedSides?: ('base' | 'head')[];
  static: StaticDelta[];
  runtime: RuntimeDelta[];
  /** paired: same run, interleaved; unpaired: different runs on matching hardware. */
  runtimeMode: 'paired' | 'unpaired' | 'not-comparable' | 'none';
  opTypes: OpTypeShift[];
  /** The ridge point the op types were placed against (FLOP/B), when a roofline was measured. */
  ridgeFlopsPerByte?: number;
  contradictions: Contradiction[];
  /** E.g. "counting rules changed between tool versions: static deltas may reflect that". */
  notes: string[];
}

/** A configured gate and whether it tripped. */
export interface GateOutcome {
  /** As written in the config: 'latency.p50', 'params', 'fail-on-contradiction'. */
  gate: string;
  /** As written: '+5%', '+1M', '+2ms'. */
  limit: string;
  model: string;
  tripped: boolean;
  /** "latency p50 +12.3% (worse, CI 1.08–1.17) exceeds +5%" */
  reason: string;
}

export interface Comparison {
  schema: typeof COMPARISON_SCHEMA;
  tool: { name: 'misnomer'; version: string };
  base: { label: string; commit?: string };
  head: { label: string; commit?: string };
  models: ModelComparison[];
  gates: GateOutcome[];
  /** One line: "⚠ 2 contradictions · latency +12% (worse) · FLOPs −34%". */
  headline: string;
  settings?: RuntimeSettings;
  hardware?: { comparable: boolean; differences: string[]; description: string };
  /** The runner's roofline the op types were placed against (the head's run, else the base's). */
  roofline?: Roofline;
  /** How runtime verdicts were decided (the threshold after any calibration). */
  method?: { threshold: number; confidence: number; resamples: number; seed: number };
  /** Run-level facts: where the base came from, what could not be compared and why. */
  notes?: string[];
  /** The config's timed commands, base and head run alternately (pull requests, `run`). */
  commands?: CommandDelta[];
  /** The base branch's last baselines and this run's head, for the history chart (history.ts). */
  history?: HistoryView;
}

/** A timed command in base and head: medians of wall-clock ms, the paired ratio and verdict. */
export interface CommandDelta {
  name: string;
  command: string;
  base: number | null;
  head: number | null;
  ratio: number | null;
  ci: [number, number] | null;
  rounds: number;
  verdict: RuntimeVerdict;
  reason: string;
}
