/**
 * A noise model of per-iteration latencies on a shared CI runner, for testing the A/B verdicts
 * on thousands of comparisons whose truth is known.
 *
 * Published figures it is calibrated against (docs/measurement.md, "Why runs on shared runners
 * need care"):
 * - CodSpeed: coefficient of variation about 2.7% on GitHub-hosted runners -> per-iteration noise
 *   of 2-5%.
 * - This project's 2-core machines, one model against itself (A/A), the per-round ratio ranged
 *   0.84x-1.10x with 1 intra-op thread and 0.55x-1.37x with 2 threads. The presets reproduce
 *   these ranges over 30 rounds (checked by a test in ab.test.ts); the number of rounds behind
 *   the published ranges is not recorded, 30 is an assumption.
 *
 * The latency of one iteration of side S (A or B) in round r is
 *   baseMs * trueFactor(S) * sessionFactor(S) * exp(level(t)) * commonBurst(r) * sideState(r, S)
 *     * sideBurst(r, S) * exp(iterationSigma * z)
 * where z is standard normal per iteration and
 * - trueFactor: 1 for A, the simulated true B/A ratio for B;
 * - level(t): a random walk over the run (drift: thermal state, neighbours ramping up), stepped
 *   once per side timed, so the side timed second in a round sees one more step: interleaving
 *   with a random order is what makes that fair;
 * - commonBurst(r): with probability commonBurst.probability the whole round is slower by a
 *   uniform fraction in [min, max] for both sides (a neighbour's burst that outlasts the round);
 * - sideState(r, S) = exp(roundSigma * z): state that persists through one side's iterations in
 *   one round (cache contents after the model switch, thread placement, a neighbour's phase).
 *   This is why iterations within a round are not independent and rounds are the unit;
 * - sideBurst(r, S): with probability oneSideBurst.probability, a burst that hits only this side
 *   of this round (it starts and ends while that side is being timed).
 * A paired run reports per side per round the median of iterationsPerRound iterations.
 * sessionFactor(S) = exp(sessionSigma * z), drawn for each side whenever its session is created:
 * a pair of sessions of the same model runs at an offset of its own (where its buffers landed),
 * which stays for the pair's life. With `pairs`, the rounds are split evenly among that many
 * pairs (epochs), each with new factors; without, the whole run is one pair.
 * runSigma is a whole-run offset (another VM, another day, same hardware fingerprint): it cancels
 * in a paired run and is what unpaired comparisons of separate runs suffer from; it is an
 * assumption, not a published figure.
 */
import type { Round } from '../../src/measure/types.ts';
import { median } from '../../src/stats/summary.ts';
import { normal, type Rng } from '../../src/stats/rng.ts';

export interface Burst {
  /** Chance per round (common) or per side per round (one side). */
  probability: number;
  /** Slowdown as a fraction: 0.2 = 20% slower. Uniform in [min, max]. */
  min: number;
  max: number;
}

export interface NoiseModel {
  name: string;
  /** True per-iteration latency of A, ms. */
  baseMs: number;
  iterationsPerRound: number;
  /** Standard deviation of ln(latency) per iteration (about the CV for small values). */
  iterationSigma: number;
  /** Standard deviation of the per side per round ln-factor. */
  roundSigma: number;
  /** Standard deviation of each step of the drift random walk (ln units, one step per side). */
  driftSigma: number;
  commonBurst: Burst;
  oneSideBurst: Burst;
  /** Standard deviation of a whole run's ln-offset (separate runs, matching hardware). */
  runSigma: number;
  /** Standard deviation of one session's ln-offset (0 unless a test sets it). */
  sessionSigma?: number;
}

/** 1 intra-op thread (the default, docs/measurement.md): A/A rounds within ~0.84x-1.10x. */
export const ONE_THREAD: NoiseModel = {
  name: '1 thread',
  baseMs: 12,
  iterationsPerRound: 20,
  iterationSigma: 0.03,
  roundSigma: 0.03,
  driftSigma: 0.005,
  commonBurst: { probability: 0.05, min: 0.2, max: 0.5 },
  oneSideBurst: { probability: 0.03, min: 0.05, max: 0.2 },
  runSigma: 0.05,
};

/**
 * 2 intra-op threads on 2 cores: the threads compete with the runner's own processes, and a
 * neighbour holding one core for a while stalls every parallel kernel, hence one-side bursts of up
 * to +80%. A/A 0.55x-1.37x.
 */
export const TWO_THREADS: NoiseModel = {
  name: '2 threads',
  baseMs: 7,
  iterationsPerRound: 20,
  iterationSigma: 0.05,
  roundSigma: 0.08,
  driftSigma: 0.01,
  commonBurst: { probability: 0.08, min: 0.2, max: 0.5 },
  oneSideBurst: { probability: 0.05, min: 0.2, max: 0.8 },
  runSigma: 0.08,
};

export interface SimulatedRun {
  /** Per-round medians, in the order the rounds ran. */
  rounds: Round[];
  /** Every iteration of each side, for unpaired comparisons. */
  aSamplesMs: number[];
  bSamplesMs: number[];
}

/** One interleaved A/B run of `rounds` rounds in which B's true latency is bOverA times A's. */
export function simulateRun(
  model: NoiseModel,
  options: { rounds: number; bOverA: number; rng: Rng; pairs?: number },
): SimulatedRun {
  const { rounds, bOverA, rng } = options;
  const pairs = options.pairs ?? 1;
  const stepSigma = model.driftSigma;
  let level = model.runSigma * normal(rng);
  const out: SimulatedRun = { rounds: [], aSamplesMs: [], bSamplesMs: [] };
  const session = { A: 1, B: 1 };
  let epoch = -1;
  for (let r = 0; r < rounds; r++) {
    const e = Math.floor((r * pairs) / rounds);
    if (e !== epoch) {
      epoch = e;
      for (const side of ['A', 'B'] as const)
        session[side] = Math.exp((model.sessionSigma ?? 0) * normal(rng));
    }
    const order = rng() < 0.5 ? 'AB' : 'BA';
    const common = burstFactor(model.commonBurst, rng);
    const medians = { A: 0, B: 0 };
    for (const side of order === 'AB' ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
      level += stepSigma * normal(rng);
      const truth = side === 'A' ? 1 : bOverA;
      const state = Math.exp(model.roundSigma * normal(rng)) * burstFactor(model.oneSideBurst, rng);
      const scale = model.baseMs * truth * session[side] * Math.exp(level) * common * state;
      const iterations: number[] = [];
      for (let i = 0; i < model.iterationsPerRound; i++) {
        iterations.push(scale * Math.exp(model.iterationSigma * normal(rng)));
      }
      medians[side] = median(iterations);
      (side === 'A' ? out.aSamplesMs : out.bSamplesMs).push(...iterations);
    }
    out.rounds.push({ order, a: medians.A, b: medians.B, ...(pairs > 1 ? { epoch } : {}) });
  }
  return out;
}

/** Per-round medians only (the paired verdict's input). */
export function simulateRounds(
  model: NoiseModel,
  options: { rounds: number; bOverA: number; rng: Rng; pairs?: number },
): Round[] {
  return simulateRun(model, options).rounds;
}

function burstFactor(burst: Burst, rng: Rng): number {
  if (rng() >= burst.probability) return 1;
  return 1 + burst.min + (burst.max - burst.min) * rng();
}
