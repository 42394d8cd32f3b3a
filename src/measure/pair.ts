/**
 * Interleaved A/B measurement (MEASUREMENT.md): both models open in their own processes on the
 * same machine; R rounds, each timing A and B one after the other in a random order (never at
 * the same time), the first runs of every round discarded; per round the median of each side.
 * Rounds go on until the budget is spent. Cold start and memory run in fresh processes, paired.
 */
import { basename } from 'node:path';
import { seeded, type Rng } from '../stats/rng.ts';
import { median } from '../stats/summary.ts';
import { ModelFailure, oneShot, type ModelProcess } from './model-process.ts';
import {
  openModel,
  profileModel,
  samples,
  sessionSettings,
  throughputOf,
  type Tick,
} from './measure.ts';
import type { ModelPlan } from './plan.ts';
import type { ModelMeasurement, Round, RuntimeSettings } from './types.ts';

/** Share of the budget for latency when throughput batch sizes are also compared. */
const LATENCY_SHARE = 0.6;
/** Rounds aimed for per indicator: enough for a stable bootstrap of the median. */
const TARGET_ROUNDS = 20;
/** Fresh-process pairs for peak memory (RSS varies little: a few pairs show it). */
const MEMORY_PAIRS = 3;
/** Runs discarded at the start of every round (switching models disturbs caches). */
const ROUND_WARMUP_RUNS = 2;

export interface PairResult {
  a: ModelMeasurement;
  b: ModelMeasurement;
  latencyRounds: Round[];
  throughputRounds: Record<string, Round[]>;
  coldStartRounds: Round[];
  firstRunRounds: Round[];
  memoryRounds: Round[];
}

export interface PairOptions {
  /** Asked after the latency rounds: true spends a second budget on them (once). */
  more?: (rounds: Round[]) => boolean;
  /** Latency rounds only (an A/A calibration): no throughput, cold start, memory or profile. */
  latencyOnly?: boolean;
}

const side = (plan: ModelPlan): ModelMeasurement => ({
  id: plan.job.id,
  path: plan.job.path,
  status: 'ok',
  dims: plan.job.dims,
  inputs: plan.inputsByBatch.get(plan.latencyBatch) ?? [],
});

/** Batch sizes both models allow, other than the latency batch. */
function sharedBatches(a: ModelPlan, b: ModelPlan): number[] {
  return [...a.inputsByBatch.keys()].filter((n) => n !== a.latencyBatch && b.inputsByBatch.has(n));
}

export async function measurePair(
  planA: ModelPlan,
  planB: ModelPlan,
  settings: RuntimeSettings,
  tick: Tick,
  options: PairOptions = {},
): Promise<PairResult> {
  const result: PairResult = {
    a: side(planA),
    b: side(planB),
    latencyRounds: [],
    throughputRounds: {},
    coldStartRounds: [],
    firstRunRounds: [],
    memoryRounds: [],
  };
  const rng = seeded(settings.seed);
  const more = options.more ?? (() => false);
  const batches = options.latencyOnly ? [] : sharedBatches(planA, planB);
  const latencyBudget = batches.length ? settings.budgetMs * LATENCY_SHARE : settings.budgetMs;
  const procs: Partial<Record<'a' | 'b', ModelProcess>> = {};
  try {
    procs.a = await open('a', planA, planA.latencyBatch, settings);
    procs.b = await open('b', planB, planB.latencyBatch, settings);
    const pair = { a: procs.a, b: procs.b };
    await warmUp(pair, settings);
    const latency = await rounds(pair, latencyBudget, settings, rng, (f) =>
      tick('latency, A/B rounds', 0.7 * f * (latencyBudget / settings.budgetMs)),
    );
    // MEASUREMENT.md step 6: an inconclusive result gets a second budget, once.
    if (more(latency.rounds)) {
      tick('latency, second budget', 0.7 * (latencyBudget / settings.budgetMs));
      const again = await rounds(pair, latencyBudget, settings, rng, () => {});
      latency.rounds.push(...again.rounds);
      latency.a.push(...again.a);
      latency.b.push(...again.b);
    }
    result.latencyRounds = latency.rounds;
    const latencyA = samples(latency.a);
    const latencyB = samples(latency.b);
    result.a.latency = { batch: planA.latencyBatch, ...latencyA };
    result.b.latency = { batch: planB.latencyBatch, ...latencyB };
    result.a.throughput = [throughputOf(planA, planA.latencyBatch, latencyA)];
    result.b.throughput = [throughputOf(planB, planB.latencyBatch, latencyB)];
    const perBatch = batches.length ? (settings.budgetMs - latencyBudget) / batches.length : 0;
    for (const [k, batch] of batches.entries()) {
      await onSide('a', () => setBatch(procs.a!, planA, batch, settings));
      await onSide('b', () => setBatch(procs.b!, planB, batch, settings));
      await warmUp(pair, settings);
      const done = latencyBudget + k * perBatch;
      const r = await rounds(pair, perBatch, settings, rng, (f) =>
        tick(
          `throughput batch ${batch}, A/B rounds`,
          (0.7 * (done + f * perBatch)) / settings.budgetMs,
        ),
      );
      result.throughputRounds[String(batch)] = r.rounds;
      result.a.throughput.push(throughputOf(planA, batch, samples(r.a)));
      result.b.throughput.push(throughputOf(planB, batch, samples(r.b)));
    }
  } catch (e) {
    if (!(e instanceof ModelFailure)) throw e;
    // The side whose process failed carries the failure; the other was fine but is not
    // compared against half a run.
    const failed = e.side ? [e.side] : (['a', 'b'] as const);
    for (const k of failed) {
      result[k].status = e.status;
      result[k].error = e.message;
    }
    for (const k of ['a', 'b'] as const) {
      if (result[k].status === 'ok')
        result[k].error = 'not measured to the end: the other model failed';
    }
    return result;
  } finally {
    await Promise.all([procs.a?.close(), procs.b?.close()]);
  }
  if (options.latencyOnly) return result;
  tick('cold start, A/B pairs', 0.75);
  const cold = await freshPairs(
    planA,
    planB,
    settings,
    rng,
    'cold',
    settings.coldStartRuns,
    result,
  );
  result.coldStartRounds = cold.rounds;
  result.firstRunRounds = cold.firstRounds;
  tick('peak memory, A/B pairs', 0.85);
  const memory = await freshPairs(planA, planB, settings, rng, 'memory', MEMORY_PAIRS, result);
  result.memoryRounds = memory.rounds;
  tick('per-op profiles', 0.95);
  for (const [plan, m] of [
    [planA, result.a],
    [planB, result.b],
  ] as const) {
    try {
      m.opProfile = await profileModel(plan, settings);
    } catch (e) {
      if (!(e instanceof ModelFailure)) throw e;
      m.error ??= `per-op profile: ${e.message}`;
    }
  }
  return result;
}

/** Runs `f` for one side; a failure is tagged with that side. */
async function onSide<T>(side: 'a' | 'b', f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof ModelFailure) e.side = side;
    throw e;
  }
}

function open(side: 'a' | 'b', plan: ModelPlan, batch: number, settings: RuntimeSettings) {
  // Labelled by file name: in a comparison both sides share the model id.
  const label = basename(plan.job.path);
  return onSide(side, () =>
    openModel(plan.job.path, plan.inputsByBatch.get(batch)!, settings, label),
  );
}

/** Warm-up outside the budget: at least `warmupRuns` runs and `warmupMs` on each side. */
async function warmUp(pair: { a: ModelProcess; b: ModelProcess }, settings: RuntimeSettings) {
  for (const side of ['a', 'b'] as const) {
    await onSide(side, () =>
      pair[side].request(
        { type: 'run', warmupRuns: settings.warmupRuns, warmupMs: settings.warmupMs, runs: 0 },
        'ran',
        settings.timeoutMs,
      ),
    );
  }
}

async function setBatch(
  proc: ModelProcess,
  plan: ModelPlan,
  batch: number,
  settings: RuntimeSettings,
) {
  await proc.request(
    { type: 'inputs', specs: plan.inputsByBatch.get(batch)!, seed: settings.seed },
    'inputsReady',
    settings.timeoutMs,
  );
}

/** Interleaved rounds for `budgetMs`: per round, each side's median in a random order. */
async function rounds(
  pair: { a: ModelProcess; b: ModelProcess },
  budgetMs: number,
  settings: RuntimeSettings,
  rng: Rng,
  progress: (fraction: number) => void,
) {
  const out = { rounds: [] as Round[], a: [] as number[], b: [] as number[] };
  // Half of each round's time per side, aiming at TARGET_ROUNDS rounds within the budget.
  const sideMs = Math.max(50, budgetMs / TARGET_ROUNDS / 2);
  const t0 = performance.now();
  while (performance.now() - t0 < budgetMs) {
    const order: Round['order'] = rng() < 0.5 ? 'AB' : 'BA';
    const medians: Record<'a' | 'b', number> = { a: 0, b: 0 };
    for (const s of order === 'AB' ? (['a', 'b'] as const) : (['b', 'a'] as const)) {
      const reply = await onSide(s, () =>
        pair[s].request(
          { type: 'run', warmupRuns: ROUND_WARMUP_RUNS, warmupMs: 0, durationMs: sideMs },
          'ran',
          settings.timeoutMs,
        ),
      );
      out[s].push(...reply.samplesMs);
      medians[s] = median(reply.samplesMs);
    }
    out.rounds.push({ order, a: medians.a, b: medians.b });
    progress(Math.min(1, (performance.now() - t0) / budgetMs));
  }
  return out;
}

/** Fresh processes in A/B pairs (random order): cold start and first run, or peak memory. */
async function freshPairs(
  planA: ModelPlan,
  planB: ModelPlan,
  settings: RuntimeSettings,
  rng: Rng,
  mode: 'cold' | 'memory',
  count: number,
  result: PairResult,
): Promise<{ rounds: Round[]; firstRounds: Round[] }> {
  const job = (p: ModelPlan) => ({
    path: p.job.path,
    session: sessionSettings(settings),
    inputs: p.inputsByBatch.get(p.latencyBatch),
    seed: settings.seed,
    runs: mode === 'memory' ? 5 : 1,
  });
  const out: Round[] = [];
  const firstRounds: Round[] = [];
  const create: Record<'a' | 'b', number[]> = { a: [], b: [] };
  const first: Record<'a' | 'b', number[]> = { a: [], b: [] };
  const rss: Record<'a' | 'b', number[]> = { a: [], b: [] };
  const baseline: number[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const order: Round['order'] = rng() < 0.5 ? 'AB' : 'BA';
      for (const s of order === 'AB' ? (['a', 'b'] as const) : (['b', 'a'] as const)) {
        const r = await oneShot(mode, job(s === 'a' ? planA : planB), settings.timeoutMs);
        create[s].push(r.createMs!);
        first[s].push(r.firstRunMs!);
        rss[s].push(r.maxRssBytes);
      }
      if (mode === 'memory')
        baseline.push((await oneShot('baseline', job(planA), settings.timeoutMs)).maxRssBytes);
      const value = (s: 'a' | 'b') => (mode === 'cold' ? create[s][i] : rss[s][i]);
      out.push({ order, a: value('a'), b: value('b') });
      firstRounds.push({ order, a: first.a[i], b: first.b[i] });
    }
  } catch (e) {
    if (!(e instanceof ModelFailure)) throw e;
    for (const m of [result.a, result.b])
      m.error ??= `${mode === 'cold' ? 'cold start' : 'peak memory'}: ${e.message}`;
    return { rounds: out, firstRounds };
  }
  if (mode === 'cold') {
    result.a.coldStart = samples(create.a);
    result.b.coldStart = samples(create.b);
    result.a.firstRun = samples(first.a);
    result.b.firstRun = samples(first.b);
  } else {
    const base = median(baseline);
    result.a.peakRss = {
      bytes: Math.max(0, median(rss.a) - base),
      withModelBytes: rss.a,
      withoutModelBytes: baseline,
    };
    result.b.peakRss = {
      bytes: Math.max(0, median(rss.b) - base),
      withModelBytes: rss.b,
      withoutModelBytes: baseline,
    };
  }
  return { rounds: out, firstRounds };
}
