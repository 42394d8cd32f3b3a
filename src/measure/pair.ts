/**
 * Interleaved A/B measurement of two models on one machine, each in a process of its own. Timed
 * phases go in rounds: per round both sides run one after the other (never at once) in a random
 * order, the first runs of each round are thrown away, and the round keeps each side's median.
 * A difference between A and B then shows within every round, while drift of the machine over
 * time (clock, heat, neighbours) hits both sides of a round alike. Rounds go on until the
 * phase's share of the time budget is spent. Cold start and memory need fresh processes, which
 * are paired the same way.
 */
import { basename } from 'node:path';
import { seeded, type Rng } from '../stats/rng.ts';
import { median } from '../stats/summary.ts';
import { ModelFailure, oneShot, type ModelProcess } from './model-process.ts';
import { profilePair } from './profile-pair.ts';
import { openModel, samples, sessionSettings, throughputOf, type Tick } from './measure.ts';
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
  /** Profiled rounds: each side's median time outside kernels, ms (profile-pair.ts). */
  outsideKernelsRounds?: Round[];
}

export interface PairOptions {
  /** Asked after the latency rounds: true spends a second budget on them (once). */
  more?: (rounds: Round[]) => boolean;
  /** Latency rounds only (an A/A calibration): no throughput, cold start, memory or profile. */
  latencyOnly?: boolean;
}

type Side = 'a' | 'b';
const SIDES = ['a', 'b'] as const;
type PerSide<T> = Record<Side, T>;

/** What the phases share: every phase reads the plans and settings and fills in `result`. */
interface PairRun {
  plans: PerSide<ModelPlan>;
  settings: RuntimeSettings;
  /** One stream for every round's order, so a seed replays the whole run's orders. */
  rng: Rng;
  tick: Tick;
  /** Batch sizes compared for throughput besides the latency batch (none for A/A). */
  batches: number[];
  /** The latency rounds' time: the whole budget, or its LATENCY_SHARE when batches follow. */
  latencyBudget: number;
  result: PairResult;
}

/**
 * Measures A against B, phase by phase. The first three phases share one long-lived process per
 * model and end at the first model failure; the later ones start fresh processes of their own.
 */
export async function measurePair(
  planA: ModelPlan,
  planB: ModelPlan,
  settings: RuntimeSettings,
  tick: Tick,
  options: PairOptions = {},
): Promise<PairResult> {
  const run = prepare({ a: planA, b: planB }, settings, tick, options);
  const finished = await withModelProcesses(run, async (pair) => {
    await warmUp(pair, settings);
    await latencyRounds(run, pair, options.more ?? (() => false));
    await throughputRounds(run, pair);
  });
  if (!finished || options.latencyOnly) return run.result;
  await coldStartPairs(run);
  await peakMemoryPairs(run);
  await opProfiles(run);
  return run.result;
}

/** The empty result, the batch sizes both models allow and the split of the time budget. */
function prepare(
  plans: PerSide<ModelPlan>,
  settings: RuntimeSettings,
  tick: Tick,
  options: PairOptions,
): PairRun {
  const batches = options.latencyOnly ? [] : sharedBatches(plans.a, plans.b);
  return {
    plans,
    settings,
    rng: seeded(settings.seed),
    tick,
    batches,
    latencyBudget: batches.length ? settings.budgetMs * LATENCY_SHARE : settings.budgetMs,
    result: {
      a: unmeasured(plans.a),
      b: unmeasured(plans.b),
      latencyRounds: [],
      throughputRounds: {},
      coldStartRounds: [],
      firstRunRounds: [],
      memoryRounds: [],
    },
  };
}

const unmeasured = (plan: ModelPlan): ModelMeasurement => ({
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

/**
 * Opens both models (A first) at their latency batch and runs `phases` on them; both processes
 * are closed afterwards whatever happens. A model failure ends the phases and is recorded on
 * its side: the answer is then false and no later phase should run.
 */
async function withModelProcesses(
  run: PairRun,
  phases: (pair: PerSide<ModelProcess>) => Promise<void>,
): Promise<boolean> {
  const procs: Partial<PerSide<ModelProcess>> = {};
  try {
    procs.a = await open('a', run.plans.a, run.settings);
    procs.b = await open('b', run.plans.b, run.settings);
    await phases({ a: procs.a, b: procs.b });
    return true;
  } catch (e) {
    if (!(e instanceof ModelFailure)) throw e;
    recordFailure(run.result, e);
    return false;
  } finally {
    await Promise.all([procs.a?.close(), procs.b?.close()]);
  }
}

/**
 * The side whose process failed carries the failure (both when the side is not known); the
 * other one was fine, but it is not compared against half a run.
 */
function recordFailure(result: PairResult, e: ModelFailure): void {
  const failed = e.side ? [e.side] : SIDES;
  for (const s of failed) {
    result[s].status = e.status;
    result[s].error = e.message;
  }
  for (const s of SIDES) {
    if (result[s].status === 'ok')
      result[s].error = 'not measured to the end: the other model failed';
  }
}

/**
 * Latency at each model's latency batch, in interleaved rounds. When `more` finds the rounds
 * inconclusive, a second budget of rounds is added, once: a small change needs more rounds to
 * tell from noise, and a clear one never pays for them. Throughput at the latency batch follows
 * from the same samples.
 */
async function latencyRounds(
  run: PairRun,
  pair: PerSide<ModelProcess>,
  more: (rounds: Round[]) => boolean,
): Promise<void> {
  const { settings, latencyBudget, result } = run;
  const share = latencyBudget / settings.budgetMs;
  const latency = await rounds(pair, latencyBudget, settings, run.rng, (f) =>
    run.tick('latency, A/B rounds', 0.7 * f * share),
  );
  if (more(latency.rounds)) {
    run.tick('latency, second budget', 0.7 * share);
    const again = await rounds(pair, latencyBudget, settings, run.rng, () => {});
    latency.rounds.push(...again.rounds);
    latency.a.push(...again.a);
    latency.b.push(...again.b);
  }
  result.latencyRounds = latency.rounds;
  for (const s of SIDES) {
    const plan = run.plans[s];
    const sampled = samples(latency[s]);
    result[s].latency = { batch: plan.latencyBatch, ...sampled };
    result[s].throughput = [throughputOf(plan, plan.latencyBatch, sampled)];
  }
}

/**
 * Throughput at every other batch size both models allow, each batch with its share of the rest
 * of the budget: new inputs on both sides, a fresh warm-up (the larger tensors change what the
 * caches hold), then interleaved rounds as for latency.
 */
async function throughputRounds(run: PairRun, pair: PerSide<ModelProcess>): Promise<void> {
  const { settings, batches, latencyBudget, result } = run;
  const perBatch = batches.length ? (settings.budgetMs - latencyBudget) / batches.length : 0;
  for (const [k, batch] of batches.entries()) {
    for (const s of SIDES) {
      await onSide(s, () => setBatch(pair[s], run.plans[s], batch, settings));
    }
    await warmUp(pair, settings);
    const done = latencyBudget + k * perBatch;
    const r = await rounds(pair, perBatch, settings, run.rng, (f) =>
      run.tick(
        `throughput batch ${batch}, A/B rounds`,
        (0.7 * (done + f * perBatch)) / settings.budgetMs,
      ),
    );
    result.throughputRounds[String(batch)] = r.rounds;
    for (const s of SIDES) {
      result[s].throughput!.push(throughputOf(run.plans[s], batch, samples(r[s])));
    }
  }
}

/**
 * Cold start (session creation) and first run: what a fresh process pays before its first
 * answer, which no warm round shows. One fresh process per side and pair.
 */
async function coldStartPairs(run: PairRun): Promise<void> {
  const { result } = run;
  run.tick('cold start, A/B pairs', 0.75);
  const fresh = await freshPairs(run, 'cold', run.settings.coldStartRuns);
  result.coldStartRounds = paired(fresh.orders, fresh.createMs);
  result.firstRunRounds = paired(fresh.orders, fresh.firstRunMs);
  if (fresh.failed) return;
  for (const s of SIDES) {
    result[s].coldStart = samples(fresh.createMs[s]);
    result[s].firstRun = samples(fresh.firstRunMs[s]);
  }
}

/**
 * Peak memory: the peak RSS of a fresh process that loads and runs each model, less that of a
 * process that loads none (the baseline, measured after every pair), so the runtime's own
 * footprint cancels out.
 */
async function peakMemoryPairs(run: PairRun): Promise<void> {
  const { result } = run;
  run.tick('peak memory, A/B pairs', 0.85);
  const fresh = await freshPairs(run, 'memory', MEMORY_PAIRS);
  result.memoryRounds = paired(fresh.orders, fresh.rssBytes);
  if (fresh.failed) return;
  const base = median(fresh.baselineBytes);
  for (const s of SIDES) {
    result[s].peakRss = {
      bytes: Math.max(0, median(fresh.rssBytes[s]) - base),
      withModelBytes: fresh.rssBytes[s],
      withoutModelBytes: fresh.baselineBytes,
    };
  }
}

/**
 * Per-op kernel time and time outside kernels from ONNX Runtime's profiler, both models in
 * interleaved rounds of their own (profile-pair.ts; profiling slows every run, so it is kept out
 * of the timed rounds). A failure here costs only the table and the rounds of that indicator.
 */
async function opProfiles(run: PairRun): Promise<void> {
  run.tick('per-op profiles, A/B rounds', 0.95);
  const { result } = run;
  const profiled = await profilePair(run.plans, run.settings, run.rng, {
    p50: { a: result.a.latency?.summary.p50, b: result.b.latency?.summary.p50 },
    rounds: result.latencyRounds,
  });
  for (const s of SIDES) {
    const profile = profiled.profiles[s];
    if (profile) run.result[s].opProfile = profile;
    const error = profiled.errors[s];
    if (error) run.result[s].error ??= `per-op profile: ${error}`;
  }
  run.result.outsideKernelsRounds = profiled.rounds;
}

/** Runs `f` for one side; a failure is tagged with that side. */
async function onSide<T>(side: Side, f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof ModelFailure) e.side = side;
    throw e;
  }
}

function open(side: Side, plan: ModelPlan, settings: RuntimeSettings) {
  // Labelled by file name: in a comparison both sides share the model id.
  const label = basename(plan.job.path);
  return onSide(side, () =>
    openModel(plan.job.path, plan.inputsByBatch.get(plan.latencyBatch)!, settings, label),
  );
}

/**
 * Warm-up, not timed and outside the budget: at least `warmupRuns` runs and `warmupMs` on each
 * side, so that first-run costs (allocations, kernel choices, cold caches) stay out of the rounds.
 */
async function warmUp(pair: PerSide<ModelProcess>, settings: RuntimeSettings) {
  for (const side of SIDES) {
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
  pair: PerSide<ModelProcess>,
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
    const order = randomOrder(rng);
    const medians: PerSide<number> = { a: 0, b: 0 };
    for (const s of inOrder(order)) {
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

const randomOrder = (rng: Rng): Round['order'] => (rng() < 0.5 ? 'AB' : 'BA');
const inOrder = (order: Round['order']) => (order === 'AB' ? SIDES : (['b', 'a'] as const));

/** The raw figures of fresh-process pairs; `orders` has one entry per completed pair. */
interface FreshPairs {
  orders: Round['order'][];
  createMs: PerSide<number[]>;
  firstRunMs: PerSide<number[]>;
  rssBytes: PerSide<number[]>;
  /** Peak RSS of a process that loads no model, one per memory pair. */
  baselineBytes: number[];
  /** A model failed: the figures stop at the last completed pair and both sides say why. */
  failed: boolean;
}

/** Per pair, the two sides' figures with the order they ran in. */
const paired = (orders: Round['order'][], v: PerSide<number[]>): Round[] =>
  orders.map((order, i) => ({ order, a: v.a[i], b: v.b[i] }));

/** `count` pairs of fresh processes (A and B in a random order): cold start or peak memory. */
async function freshPairs(run: PairRun, mode: 'cold' | 'memory', count: number) {
  const { settings } = run;
  const job = (p: ModelPlan) => ({
    path: p.job.path,
    session: sessionSettings(settings),
    inputs: p.inputsByBatch.get(p.latencyBatch),
    seed: settings.seed,
    runs: mode === 'memory' ? 5 : 1,
  });
  const out: FreshPairs = {
    orders: [],
    createMs: { a: [], b: [] },
    firstRunMs: { a: [], b: [] },
    rssBytes: { a: [], b: [] },
    baselineBytes: [],
    failed: false,
  };
  try {
    for (let i = 0; i < count; i++) {
      const order = randomOrder(run.rng);
      for (const s of inOrder(order)) {
        const r = await oneShot(mode, job(run.plans[s]), settings.timeoutMs);
        out.createMs[s].push(r.createMs!);
        out.firstRunMs[s].push(r.firstRunMs!);
        out.rssBytes[s].push(r.maxRssBytes);
      }
      if (mode === 'memory') {
        const baseline = await oneShot('baseline', job(run.plans.a), settings.timeoutMs);
        out.baselineBytes.push(baseline.maxRssBytes);
      }
      out.orders.push(order);
    }
  } catch (e) {
    if (!(e instanceof ModelFailure)) throw e;
    for (const s of SIDES) {
      run.result[s].error ??= `${mode === 'cold' ? 'cold start' : 'peak memory'}: ${e.message}`;
    }
    out.failed = true;
  }
  return out;
}
