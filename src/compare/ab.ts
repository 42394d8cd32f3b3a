/**
 * Verdicts on A/B speed comparisons (steps 5-7 of docs/measurement.md#how-verdicts-are-decided).
 *
 * Paired (the default, one job): per round i the caller gives each side's median; d_i =
 * ln(b_i / a_i), the effect is exp(median d_i) and its CI is a seeded percentile bootstrap of
 * the median of d_i over rounds, exponentiated. Rounds are the unit: iterations inside a round
 * share the machine's state and are not independent.
 *
 * Unpaired (results of different runs on matching hardware): the ratio of the two medians, each
 * side resampled independently, with a wider threshold chosen by the caller.
 *
 * Values are in the metric's own unit: `a`/`b` carry milliseconds for latency and, with
 * direction 'higher-is-better', examples per second for throughput (the ratio is unit-free).
 */
import { UserError } from '../errors.ts';
import { bootstrapInterval, resampledMedian } from '../stats/bootstrap.ts';
import { seeded } from '../stats/rng.ts';
import { sortedCopy, percentile } from '../stats/summary.ts';
import { decide, type Direction, type Verdict } from './ab-util.ts';
import { confidenceLevel } from '../format.ts';

export type { Direction, Verdict } from './ab-util.ts';

export interface VerdictOptions {
  /** T: the smallest change worth reporting, as a fraction (0.05 = 5%). */
  threshold: number;
  /** Of the bootstrap CI (0.99 = 99%). */
  confidence: number;
  /** Bootstrap resamples. */
  resamples: number;
  /** Seed of the bootstrap: the same seed and rounds give the same CI. */
  seed: number;
  direction: Direction;
}

/** The default settings (docs/measurement.md#defaults-and-why); the caller states the direction (it depends on the metric). */
export const DEFAULT_VERDICT_OPTIONS: Omit<VerdictOptions, 'direction'> = {
  threshold: 0.05,
  confidence: 0.99,
  resamples: 10_000,
  seed: 1,
};

/**
 * Fewer rounds than this are always inconclusive: a 99% bootstrap CI of a median over 4 values
 * is just their range, and google/benchmark's compare.py warns below 9 repetitions for the same
 * reason.
 */
export const MIN_ROUNDS = 5;

export interface PairedVerdict {
  /** exp(median d_i): B over A. */
  ratio: number;
  /** With no rounds at all: [0, Infinity] ("anything"), ratio 1, inconclusive. */
  ci: [number, number];
  rounds: number;
  verdict: Verdict;
  reason: string;
}

export interface UnpairedVerdict {
  /** median(b) / median(a). */
  ratio: number;
  /** With an empty side: [0, Infinity] ("anything"), ratio 1, inconclusive. */
  ci: [number, number];
  samples: { a: number; b: number };
  verdict: Verdict;
  reason: string;
}

export interface NoiseFloor {
  /**
   * The farthest end of the A/A ratio's CI from 1, as a fraction in T's unit (0.03 = 3%): the
   * largest effect an A/A run could plausibly show. The caller raises T to at least 2 * spread.
   */
  spread: number;
  /** sqrt(ci[1] / ci[0]) - 1: the CI's half-width alone, without the A/A offset (for reports). */
  halfWidth: number;
  ratio: number;
  ci: [number, number];
  rounds: number;
}

/** The verdict on paired, interleaved rounds (one median per side per round). */
export function pairedVerdict(
  rounds: readonly { a: number; b: number }[],
  options: VerdictOptions,
): PairedVerdict {
  checkOptions(options);
  const d = logRatios(rounds);
  const n = d.length;
  if (n === 0) {
    const reason = `no rounds: at least ${MIN_ROUNDS} are needed for a verdict`;
    return { ratio: 1, ci: [0, Infinity], rounds: 0, verdict: 'inconclusive', reason };
  }
  const ratio = Math.exp(percentile(d, 50));
  const ci = medianLogCi(d, options);
  if (n < MIN_ROUNDS) {
    const reason = `only ${n} round${n === 1 ? '' : 's'}: at least ${MIN_ROUNDS} are needed for a verdict`;
    return { ratio, ci, rounds: n, verdict: 'inconclusive', reason };
  }
  const label = `${n} rounds, ${confidenceLevel(options.confidence)} CI`;
  return {
    ratio,
    ci,
    rounds: n,
    ...decide(ratio, ci, options.threshold, options.direction, label),
  };
}

/**
 * The verdict on two independent sets of samples (different runs on matching hardware). Each
 * side is resampled on its own; the CI is that of median(b*) / median(a*). The resampling treats
 * samples as independent: per-iteration samples of one run are not (they share the run's drift
 * and bursts), so the CI is too narrow for them and the caller's wider threshold carries the
 * protection. Per-round medians are the better input when a run has them.
 */
export function unpairedVerdict(
  a: readonly number[],
  b: readonly number[],
  options: VerdictOptions,
): UnpairedVerdict {
  checkOptions(options);
  const sa = positiveSorted(a, 'A');
  const sb = positiveSorted(b, 'B');
  const samples = { a: sa.length, b: sb.length };
  if (sa.length === 0 || sb.length === 0) {
    const reason = `${sa.length} A and ${sb.length} B samples: both sides need samples`;
    return { ratio: 1, ci: [0, Infinity], samples, verdict: 'inconclusive', reason };
  }
  const ratio = percentile(sb, 50) / percentile(sa, 50);
  const rng = seeded(options.seed);
  const countsA = new Int32Array(sa.length);
  const countsB = new Int32Array(sb.length);
  const ci = bootstrapInterval(
    () => resampledMedian(sb, countsB, rng) / resampledMedian(sa, countsA, rng),
    options.resamples,
    options.confidence,
  );
  if (sa.length < MIN_ROUNDS || sb.length < MIN_ROUNDS) {
    const reason = `${sa.length} A and ${sb.length} B samples: at least ${MIN_ROUNDS} per side are needed for a verdict`;
    return { ratio, ci, samples, verdict: 'inconclusive', reason };
  }
  const label = `unpaired, ${sa.length} vs ${sb.length} samples, ${confidenceLevel(options.confidence)} CI`;
  return { ratio, ci, samples, ...decide(ratio, ci, options.threshold, options.direction, label) };
}

/**
 * The noise floor of an A/A run (base against base): how far from 1 the ratio's CI reaches.
 *
 * Why the CI and not max |d_i|: T is compared with the estimated effect (a median over rounds),
 * so the floor must be the noise of that estimate. The CI shrinks as rounds are added, as the
 * estimate's noise does; max |d_i| grows with the number of rounds (the extreme of more draws)
 * and would push T to the size of one bad round (10-45% on this project's machines).
 * Why the far end and not the half-width: an A/A run can show a consistent offset (two sessions
 * of one model placed differently in memory, an order effect); that offset is noise to a verdict
 * too, and the far end includes it. With T >= 2 * spread, an A/A-like change stays inside
 * [1/(1+T), 1+T] and noise alone does not reach the point-ratio bar. The half-width is returned
 * as well, for reports. Fewer than MIN_ROUNDS rounds throws: that would be a range, not a CI.
 */
export function noiseFloor(
  rounds: readonly { a: number; b: number }[],
  options: Partial<Omit<VerdictOptions, 'direction' | 'threshold'>> = {},
): NoiseFloor {
  const full = { ...DEFAULT_VERDICT_OPTIONS, direction: 'lower-is-better' as const, ...options };
  checkOptions(full);
  const d = logRatios(rounds);
  if (d.length < MIN_ROUNDS) {
    throw new RangeError(`an A/A calibration needs at least ${MIN_ROUNDS} rounds, got ${d.length}`);
  }
  const ci = medianLogCi(d, full);
  const spread = Math.max(ci[1] - 1, 1 / ci[0] - 1, 0);
  const halfWidth = Math.sqrt(ci[1] / ci[0]) - 1;
  return { spread, halfWidth, ratio: Math.exp(percentile(d, 50)), ci, rounds: d.length };
}

/** Sorted ln(b_i / a_i). A non-positive or non-finite value is a bug in the caller. */
function logRatios(rounds: readonly { a: number; b: number }[]): Float64Array {
  const d = new Float64Array(rounds.length);
  rounds.forEach(({ a, b }, i) => {
    if (!(a > 0 && b > 0 && Number.isFinite(a) && Number.isFinite(b))) {
      throw new RangeError(`round ${i}: a ${a} and b ${b} must be positive and finite`);
    }
    d[i] = Math.log(b / a);
  });
  return d.sort();
}

/** Bootstrap CI of the median of the sorted log ratios, as a ratio. */
function medianLogCi(d: Float64Array, options: VerdictOptions): [number, number] {
  const rng = seeded(options.seed);
  const counts = new Int32Array(d.length);
  const [lo, hi] = bootstrapInterval(
    () => resampledMedian(d, counts, rng),
    options.resamples,
    options.confidence,
  );
  return [Math.exp(lo), Math.exp(hi)];
}

function positiveSorted(values: readonly number[], side: string): Float64Array {
  const sorted = sortedCopy(values);
  if (sorted.length > 0 && !(sorted[0] > 0)) {
    throw new RangeError(`side ${side}: every sample must be positive, got ${sorted[0]}`);
  }
  return sorted;
}

/** Options come from the user's configuration (action inputs, CLI flags): say which to fix. */
function checkOptions(o: VerdictOptions): void {
  if (!(o.threshold > 0 && Number.isFinite(o.threshold))) {
    throw new UserError(`threshold must be a fraction above 0 (0.05 = 5%), got ${o.threshold}`);
  }
  if (!(o.confidence > 0 && o.confidence < 1)) {
    throw new UserError(`confidence must be between 0 and 1 (0.99 = 99%), got ${o.confidence}`);
  }
  if (!(Number.isInteger(o.resamples) && o.resamples >= 100)) {
    throw new UserError(`resamples must be an integer of at least 100, got ${o.resamples}`);
  }
  if (!Number.isInteger(o.seed)) throw new UserError(`seed must be an integer, got ${o.seed}`);
  if (o.direction !== 'lower-is-better' && o.direction !== 'higher-is-better') {
    throw new UserError(
      `direction must be 'lower-is-better' or 'higher-is-better', got ${String(o.direction)}`,
    );
  }
}
