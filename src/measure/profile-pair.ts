/**
 * The per-op profiles of an A/B run, taken in interleaved rounds so that the time outside
 * kernels gets a paired verdict like latency's. Profiling slows every run (each kernel event is
 * recorded), so these runs are kept out of the timed rounds: both models are loaded with
 * ONNX Runtime's profiler on, each in a process of its own, warmed up, then run in rounds of a
 * random order (AB or BA), each side's first run of a round thrown away. Per round, each side's
 * time outside kernels (its unprofiled latency in the timed round of the same number times the
 * median share outside kernels of its profiled runs in this round; bubble.ts) is one paired
 * observation.
 *
 * A failure of either model (load, crash, time limit, an unusable profile) costs only that
 * side's per-op table and the paired rounds; the other side is still profiled.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Rng } from '../stats/rng.ts';
import { median } from '../stats/summary.ts';
import { correctionOf, profileOf, type Correction } from './bubble.ts';
import { openModel } from './measure.ts';
import { ModelFailure, type ModelProcess } from './model-process.ts';
import type { ModelPlan } from './plan.ts';
import { readProfileFile } from './profile.ts';
import type { OpProfile, Round, RuntimeSettings } from './types.ts';

/** Rounds of profiled runs: enough for a paired verdict (at least 5), few enough to stay short. */
export const PROFILE_ROUNDS = 10;
/** Profiled runs per side and round, after the round's warm-up run. */
export const RUNS_PER_ROUND = 3;
/** Runs thrown away at the start of every round (switching models disturbs the caches). */
const ROUND_WARMUP_RUNS = 1;

type Side = 'a' | 'b';
const SIDES = ['a', 'b'] as const;

export interface ProfilePair {
  profiles: Partial<Record<Side, OpProfile>>;
  /** Why a side has no profile. */
  errors: Partial<Record<Side, string>>;
  /** Per round, each side's median time outside kernels (ms); empty unless both were profiled. */
  rounds: Round[];
}

/** One side's profiling process and what it has done. */
interface Profiled {
  dir: string;
  proc?: ModelProcess;
  /** Rounds this side completed. */
  rounds: number;
  error?: string;
}

/** What the timed rounds found: the unprofiled latency, per side and per round (ms). */
export interface TimedLatency {
  p50: Partial<Record<Side, number>>;
  rounds: readonly Round[];
}

/**
 * Profiles A and B in interleaved rounds (`rng` picks each round's order); `latency` turns their
 * share of time outside kernels into a time.
 */
export async function profilePair(
  plans: Record<Side, ModelPlan>,
  settings: RuntimeSettings,
  rng: Rng,
  latency: TimedLatency,
): Promise<ProfilePair> {
  const sides = {
    a: { dir: mkdtempSync(join(tmpdir(), 'misnomer-profile-')), rounds: 0 } as Profiled,
    b: { dir: mkdtempSync(join(tmpdir(), 'misnomer-profile-')), rounds: 0 } as Profiled,
  };
  const orders: Round['order'][] = [];
  try {
    for (const s of SIDES) await start(sides[s], plans[s], settings);
    for (let i = 0; i < PROFILE_ROUNDS && SIDES.some((s) => alive(sides[s])); i++) {
      const order: Round['order'] = rng() < 0.5 ? 'AB' : 'BA';
      for (const s of order === 'AB' ? SIDES : (['b', 'a'] as const)) {
        await attempt(sides[s], async (proc) => {
          await proc.request(
            { type: 'run', warmupRuns: ROUND_WARMUP_RUNS, warmupMs: 0, runs: RUNS_PER_ROUND },
            'ran',
            settings.timeoutMs,
          );
          sides[s].rounds++;
        });
      }
      orders.push(order);
    }
    for (const s of SIDES) {
      await attempt(sides[s], (proc) =>
        proc.request({ type: 'endProfiling' }, 'profiled', settings.timeoutMs),
      );
    }
  } finally {
    await Promise.all(SIDES.map((s) => sides[s].proc?.close()));
  }
  const out: ProfilePair = { profiles: {}, errors: {}, rounds: [] };
  try {
    for (const s of SIDES) {
      const p = sides[s];
      const correction = correctionOf(settings, latency.p50[s]);
      if (!p.error) p.error = read(p, plans[s], correction, settings.warmupRuns, out, s);
      if (p.error) out.errors[s] = p.error;
    }
  } finally {
    for (const s of SIDES) rmSync(sides[s].dir, { recursive: true, force: true });
  }
  const both = Math.min(sides.a.rounds, sides.b.rounds, latency.rounds.length);
  out.rounds = pairedRounds(out.profiles, orders, latency.rounds, both);
  return out;
}

const alive = (p: Profiled) => p.proc !== undefined && p.error === undefined;

/** Opens a side with the profiler on and warms it up (its warm-up runs are profiled too). */
async function start(p: Profiled, plan: ModelPlan, settings: RuntimeSettings): Promise<void> {
  try {
    p.proc = await openModel(
      plan.job.path,
      plan.inputsByBatch.get(plan.latencyBatch)!,
      settings,
      basename(plan.job.path),
      join(p.dir, 'ort'),
    );
  } catch (e) {
    if (!(e instanceof ModelFailure)) throw e;
    p.error = e.message;
    return;
  }
  await attempt(p, (proc) =>
    proc.request(
      { type: 'run', warmupRuns: settings.warmupRuns, warmupMs: 0, runs: 0 },
      'ran',
      settings.timeoutMs,
    ),
  );
}

/** Runs `f` on a live side; a model failure ends that side (its process is stopped). */
async function attempt(p: Profiled, f: (proc: ModelProcess) => Promise<unknown>): Promise<void> {
  if (!alive(p)) return;
  try {
    await f(p.proc!);
  } catch (e) {
    if (!(e instanceof ModelFailure)) throw e;
    p.error = e.message;
    p.proc!.kill();
  }
}

/**
 * Reads a side's profile: the runs of its completed rounds, each round's warm-up run left out.
 * Returns why it could not, or undefined.
 */
function read(
  p: Profiled,
  plan: ModelPlan,
  correction: Correction | undefined,
  warmupRuns: number,
  out: ProfilePair,
  side: Side,
): string | undefined {
  if (p.rounds === 0) return 'no profiled round completed';
  try {
    const events = readProfileFile(join(p.dir, 'ort'));
    const runs = keptRuns(warmupRuns, p.rounds);
    out.profiles[side] = profileOf(events, runs, plan.analysis, correction);
    return undefined;
  } catch (e) {
    // ONNX Runtime's own output was unusable (too many events, a truncated file).
    return (e as Error).message;
  }
}

/**
 * The indices, among all the runs the profile records in time order, of the measured runs of
 * `rounds` rounds: the warm-up's runs first, then per round its warm-up run and RUNS_PER_ROUND.
 */
export function keptRuns(warmupRuns: number, rounds: number): number[] {
  const perRound = ROUND_WARMUP_RUNS + RUNS_PER_ROUND;
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < RUNS_PER_ROUND; i++)
      out.push(warmupRuns + r * perRound + ROUND_WARMUP_RUNS + i);
  }
  return out;
}

/**
 * Per round both sides completed, each side's time outside kernels: its latency in the timed
 * round of the same number times the median share outside kernels of its profiled runs in this
 * round (shareSamples holds RUNS_PER_ROUND per round, in order). A value below the profiler's
 * resolution (1 µs) counts as 1 µs, so that the ratio of a round stays defined.
 */
function pairedRounds(
  profiles: ProfilePair['profiles'],
  orders: Round['order'][],
  latency: readonly Round[],
  rounds: number,
): Round[] {
  const a = profiles.a?.outsideKernels?.shareSamples;
  const b = profiles.b?.outsideKernels?.shareSamples;
  if (!a || !b) return [];
  const ofRound = (latencyMs: number, shares: number[], r: number) =>
    Math.max(0.001, latencyMs * median(shares.slice(r * RUNS_PER_ROUND, (r + 1) * RUNS_PER_ROUND)));
  return orders.slice(0, rounds).map((order, r) => ({
    order,
    a: ofRound(latency[r].a, a, r),
    b: ofRound(latency[r].b, b, r),
  }));
}
