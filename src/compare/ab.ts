/**
 * Verdicts on A/B speed comparisons (steps 5, 6 and 8 of docs/measurement.md#how-verdicts-are-decided).
 *
 * Paired (the default, one job): per round i the caller gives each side's median; d_i =
 * ln(b_i / a_i). Rounds are the unit within one pair of sessions: iterations inside a round
 * share the machine's state and are not independent.
 * - Rounds of several session pairs (each round tagged with its `epoch`): rounds of one pair
 *   share that pair's offset (where its weights and buffers landed), which no amount of rounds
 *   of that pair averages away, so the pairs are the unit. Per pair m_e = median of its d_i;
 *   the effect is exp of their Hodges-Lehmann estimate and the CI their Wilcoxon signed-rank
 *   interval (stats/signed-rank.ts), exponentiated. Not a bootstrap: over 10-40 values it is
 *   too narrow (it cannot see beyond the few values it has). Not a t interval: one pair hit by
 *   a burst widened it to ±2.7% in the verdict benchmark. The signed-rank interval is exact if
 *   the m_e are symmetric about the effect, which the design gives: the two sessions of a pair
 *   are created alike, in alternating order, so their offset is as likely one way as the other.
 * - Rounds of one pair: the effect is exp(median d_i) and its CI a seeded percentile
 *   bootstrap of the median of d_i over rounds, exponentiated. It does not cover the pair's
 *   offset (about ±1% on MobileNetV2): fresh processes (cold start, memory) are pairs of their
 *   own and fine; timed rounds should come from several pairs.
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
import { hodgesLehmann } from '../stats/signed-rank.ts';
import { sortedCopy, percentile, median } from '../stats/summary.ts';
import { decide, type Direction, type Verdict } from './ab-util.ts';
import { confidenceLevel } from '../format.ts';
import { MIN_PAIRS } from '../measure/types.ts';

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

/** Fewer session pairs than this are always inconclusive (see its definition). */
export { MIN_PAIRS };

/** A paired round: each side's median time in it; `epoch` tells the session pair it ran on. */
export interface PairedRound {
  a: number;
  b: number;
  epoch?: number;
}

export interface PairedVerdict {
  /** exp(median d_i): B over A. */
  ratio: number;
  /** With no rounds at all: [0, Infinity] ("anything"), ratio 1, inconclusive. */
  ci: [number, number];
  rounds: number;
  /** Session pairs the rounds came from, when more than one (the unit of the interval then). */
  pairs?: number;
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
  pairs?: number;
}

/** The verdict on paired, interleaved rounds (one median per side per round). */
export function pairedVerdict(
  rounds: readonly PairedRound[],
  options: VerdictOptions,
): PairedVerdict {
  checkOptions(options);
  const byPair = pairEstimates(rounds);
  if (byPair) return pairsVerdict(byPair, rounds.length, options);
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
  rounds: readonly PairedRound[],
  options: Partial<Omit<VerdictOptions, 'direction' | 'threshold'>> = {},
): NoiseFloor {
  const full = { ...DEFAULT_VERDICT_OPTIONS, direction: 'lower-is-better' as const, ...options };
  checkOptions(full);
  const byPair = pairEstimates(rounds);
  if (byPair) {
    if (byPair.length < MIN_PAIRS) {
      throw new RangeError(
        `an A/A calibration needs at least ${MIN_PAIRS} session pairs, got ${byPair.length}`,
      );
    }
    const { ratio, ci } = pairsInterval(byPair, full.confidence);
    return floorOf(ratio, ci, rounds.length, byPair.length);
  }
  const d = logRatios(rounds);
  if (d.length < MIN_ROUNDS) {
    throw new RangeError(`an A/A calibration needs at least ${MIN_ROUNDS} rounds, got ${d.length}`);
  }
  const ci = medianLogCi(d, full);
  return floorOf(Math.exp(percentile(d, 50)), ci, d.length);
}

function floorOf(ratio: number, ci: [number, number], rounds: number, pairs?: number): NoiseFloor {
  const spread = Math.max(ci[1] - 1, 1 / ci[0] - 1, 0);
  const halfWidth = Math.sqrt(ci[1] / ci[0]) - 1;
  return { spread, halfWidth, ratio, ci, rounds, ...(pairs ? { pairs } : {}) };
}

/**
 * Per session pair, the median log ratio of its rounds, in the order the pairs first appear;
 * undefined when the rounds come from one pair (or carry no pair at all). A round without a
 * pair among rounds with one is a bug in the caller.
 */
function pairEstimates(rounds: readonly PairedRound[]): number[] | undefined {
  const tagged = rounds.filter((r) => r.epoch !== undefined).length;
  if (tagged === 0) return undefined;
  if (tagged !== rounds.length) {
    throw new RangeError(`${rounds.length - tagged} of ${rounds.length} rounds carry no epoch`);
  }
  const d = logRatios(rounds, false);
  const groups = new Map<number, number[]>();
  rounds.forEach((r, i) => {
    const g = groups.get(r.epoch!) ?? [];
    g.push(d[i]);
    groups.set(r.epoch!, g);
  });
  if (groups.size < 2) return undefined;
  return [...groups.values()].map((g) => median(g));
}

/** The verdict over session pairs: their Hodges-Lehmann estimate and signed-rank interval. */
function pairsVerdict(m: number[], rounds: number, options: VerdictOptions): PairedVerdict {
  const { ratio, ci } = pairsInterval(m, options.confidence);
  const pairs = m.length;
  const level = confidenceLevel(options.confidence);
  const label = `${rounds} rounds in ${pairs} session pairs, ${level} CI`;
  if (pairs < MIN_PAIRS) {
    const reason = `only ${pairs} session pairs: at least ${MIN_PAIRS} are needed for a verdict`;
    return { ratio, ci, rounds, pairs, verdict: 'inconclusive', reason };
  }
  if (!(ci[0] > 0 && Number.isFinite(ci[1]))) {
    const reason = `${pairs} session pairs are too few for a ${level} interval`;
    return { ratio, ci: [0, Infinity], rounds, pairs, verdict: 'inconclusive', reason };
  }
  return {
    ratio,
    ci,
    rounds,
    pairs,
    ...decide(ratio, ci, options.threshold, options.direction, label),
  };
}

/** exp of the pairs' Hodges-Lehmann estimate and of its signed-rank interval at `confidence`. */
function pairsInterval(m: number[], confidence: number): { ratio: number; ci: [number, number] } {
  const { estimate, interval } = hodgesLehmann(m, confidence);
  return { ratio: Math.exp(estimate), ci: [Math.exp(interval[0]), Math.exp(interval[1])] };
}

/** ln(b_i / a_i), sorted unless asked not to. A non-positive or non-finite value is a bug in the caller. */
function logRatios(rounds: readonly PairedRound[], sort = true): Float64Array {
  const d = new Float64Array(rounds.length);
  rounds.forEach(({ a, b }, i) => {
    if (!(a > 0 && b > 0 && Number.isFinite(a) && Number.isFinite(b))) {
      throw new RangeError(`round ${i}: a ${a} and b ${b} must be positive and finite`);
    }
    d[i] = Math.log(b / a);
  });
  return sort ? d.sort() : d;
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
