/**
 * A/B measurement of two models on one machine. Latency and throughput: both models are loaded
 * into ONE model process and timed run by run in ABBA cycles (session.ts `alternate`), so that
 * a burst or a drift of the machine falls on both within milliseconds. Per round each side
 * keeps its median; rounds go on until the phase's share of the budget is spent, or until the
 * caller's sequential plan finds the latency verdict decided at one of its looks. Cold start and
 * memory need fresh processes, which are paired in a random order. If the shared process
 * fails, each model is run alone in a fresh process to learn which one failed, so a crash of
 * either still leaves the report.
 */
import { basename } from 'node:path';
import { seeded, type Rng } from '../stats/rng.ts';
import { median } from '../stats/summary.ts';
import { ModelFailure, ModelProcess, oneShot } from './model-process.ts';
import { profilePair } from './profile-pair.ts';
import { loadInto, samples, sessionSettings, throughputOf, type Tick } from './measure.ts';
import type { ModelPlan } from './plan.ts';
import type { Slot } from './protocol.ts';
import type { Look, ModelMeasurement, Round, RuntimeSettings } from './types.ts';

/** Share of the budget for latency when throughput batch sizes are also compared. */
const LATENCY_SHARE = 0.6;
/**
 * Rounds aimed for per budget. Rounds are the unit of the verdict's statistics, so more rounds
 * give a tighter interval, as long as each still holds a few ABBA cycles for a stable median.
 * In a trial on MobileNetV2 (15 s, a busy 2-core machine) 20 rounds gave a 99% interval of
 * ±1.0-1.2%, 60 rounds ±0.6-1.0%; 40 keeps rounds of ResNet-50 size at several cycles each.
 */
const TARGET_ROUNDS = 40;
/** ABBA cycles a round holds at least (8 runs per side: a median, not a single run). */
const MIN_CYCLES = 4;
/** Fresh-process pairs for peak memory (RSS varies little: a few pairs show it). */
const MEMORY_PAIRS = 3;
/** The longest warm-up waits for the per-run time to settle: this many times `warmupMs`. */
const SETTLE_LIMIT = 10;

export interface PairResult {
  a: ModelMeasurement;
  b: ModelMeasurement;
  latencyRounds: Round[];
  /** The sequential plan's looks at the latency rounds (none without a plan). */
  latencyLooks: Look[];
  throughputRounds: Record<string, Round[]>;
  coldStartRounds: Round[];
  firstRunRounds: Round[];
  memoryRounds: Round[];
  /** Profiled rounds: each side's median time outside kernels, ms (profile-pair.ts). */
  outsideKernelsRounds?: Round[];
}

/**
 * A sequential plan for the latency rounds (compare/sequential.ts makes one): at each look,
 * after `fraction` of the latency budget (above 1: into a second budget), the rounds so far
 * are judged at `confidence`; a decided verdict ends the rounds. The caller's confidences must
 * keep the plan's overall error at its level: each look spends part of it.
 */
export interface LookPlan {
  looks: { fraction: number; confidence: number }[];
  decided: (rounds: readonly Round[], confidence: number, fraction: number) => boolean;
}

export interface PairOptions {
  /** Without a plan, the latency rounds fill exactly one budget. */
  plan?: LookPlan;
  /** Latency rounds only (an A/A calibration): no throughput, cold start, memory or profile. */
  latencyOnly?: boolean;
}

type Side = Slot;
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
  /** The batch being timed (to run the right inputs when a failure must be attributed). */
  batch: number;
  result: PairResult;
}

/**
 * Measures A against B, phase by phase. The first phases share one process holding both
 * models and end at the first model failure; the later ones start fresh processes of their own.
 */
export async function measurePair(
  planA: ModelPlan,
  planB: ModelPlan,
  settings: RuntimeSettings,
  tick: Tick,
  options: PairOptions = {},
): Promise<PairResult> {
  const run = prepare({ a: planA, b: planB }, settings, tick, options);
  const finished = await withPairProcess(run, async (proc) => {
    const settled = await settle(proc, settings);
    await latencyRounds(run, proc, settled, options.plan);
    await throughputRounds(run, proc);
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
    batch: plans.a.latencyBatch,
    result: {
      a: unmeasured(plans.a),
      b: unmeasured(plans.b),
      latencyRounds: [],
      latencyLooks: [],
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
 * Opens one process holding both models (A in slot a, B in slot b) at their latency batch and
 * runs `phases` on it; the process is closed afterwards whatever happens. A model failure ends
 * the phases and is recorded on its side: the answer is then false and no later phase runs.
 */
async function withPairProcess(
  run: PairRun,
  phases: (proc: ModelProcess) => Promise<void>,
): Promise<boolean> {
  // Labelled by file names: in a comparison both sides share the model id.
  const proc = new ModelProcess(SIDES.map((s) => basename(run.plans[s].job.path)).join(' and '));
  try {
    for (const s of SIDES) {
      const plan = run.plans[s];
      const specs = plan.inputsByBatch.get(plan.latencyBatch)!;
      const file = basename(plan.job.path);
      await onSide(s, () => loadInto(proc, s, plan.job.path, specs, run.settings, undefined, file));
    }
    await phases(proc);
    return true;
  } catch (e) {
    if (!(e instanceof ModelFailure)) throw e;
    proc.kill();
    recordFailure(run.result, e.side ? e : await attribute(run, e));
    return false;
  } finally {
    await proc.close();
  }
}

/**
 * The shared process failed while running both models: runs each alone in a fresh process at
 * the batch that was being timed. The one that fails alone carries its own failure; when both
 * or neither fail alone, both carry the shared process's.
 */
async function attribute(run: PairRun, e: ModelFailure): Promise<ModelFailure> {
  const alone: Partial<PerSide<ModelFailure>> = {};
  for (const s of SIDES) {
    const plan = run.plans[s];
    const job = {
      path: plan.job.path,
      session: sessionSettings(run.settings),
      inputs: plan.inputsByBatch.get(run.batch) ?? plan.inputsByBatch.get(plan.latencyBatch),
      seed: run.settings.seed,
      runs: 1,
    };
    try {
      await oneShot('cold', job, run.settings.timeoutMs);
    } catch (f) {
      if (!(f instanceof ModelFailure)) throw f;
      alone[s] = f;
    }
  }
  const only = SIDES.filter((s) => alone[s]);
  if (only.length === 1) {
    const f = alone[only[0]]!;
    f.side = only[0];
    return f;
  }
  if (only.length === 0) {
    e.message +=
      ' (both models were in one process; each ran alone in a fresh process without failing)';
  }
  return e;
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

/** Per-run times of each side once warm, from the warm-up. */
type Settled = PerSide<number>;

/**
 * Latency at each model's latency batch, in rounds. With a sequential plan, the rounds are
 * judged at each look and end at the first decided one (looks past the first budget spend a
 * second one: a small change needs more rounds to tell from noise, a clear one never pays for
 * them). Throughput at the latency batch follows from the same samples.
 */
async function latencyRounds(
  run: PairRun,
  proc: ModelProcess,
  settled: Settled,
  plan: LookPlan | undefined,
): Promise<void> {
  const { settings, latencyBudget, result } = run;
  const share = latencyBudget / settings.budgetMs;
  const all = { rounds: [] as Round[], a: [] as number[], b: [] as number[] };
  const looks = plan?.looks ?? [{ fraction: 1, confidence: 0 }];
  const roundMs = roundLength(latencyBudget, settled);
  const t0 = performance.now();
  for (const look of looks) {
    const label = look.fraction > 1 ? 'latency, second budget' : 'latency, A/B rounds';
    const r = await rounds(run, proc, t0 + look.fraction * latencyBudget, roundMs, (t) =>
      run.tick(label, 0.7 * Math.min(1, (t - t0) / latencyBudget) * share),
    );
    all.rounds.push(...r.rounds);
    all.a.push(...r.a);
    all.b.push(...r.b);
    if (!plan) break;
    const decided = plan.decided(all.rounds, look.confidence, look.fraction);
    result.latencyLooks.push({ rounds: all.rounds.length, confidence: look.confidence, decided });
    if (decided) break;
  }
  result.latencyRounds = all.rounds;
  for (const s of SIDES) {
    const p = run.plans[s];
    const sampled = samples(all[s]);
    result[s].latency = { batch: p.latencyBatch, ...sampled };
    result[s].throughput = [throughputOf(p, p.latencyBatch, sampled)];
  }
}

/**
 * A round's length: the budget over TARGET_ROUNDS, but at least MIN_CYCLES ABBA cycles of the
 * settled per-run times (a slow model gets fewer, longer rounds).
 */
function roundLength(budgetMs: number, settled: Settled): number {
  const cycleMs = 2 * (settled.a + settled.b);
  return Math.max(budgetMs / TARGET_ROUNDS, MIN_CYCLES * cycleMs);
}

/**
 * Throughput at every other batch size both models allow, each batch with its share of the rest
 * of the budget: new inputs on both sides, a fresh warm-up (the larger tensors change what the
 * caches hold), then rounds as for latency.
 */
async function throughputRounds(run: PairRun, proc: ModelProcess): Promise<void> {
  const { settings, batches, latencyBudget, result } = run;
  const perBatch = batches.length ? (settings.budgetMs - latencyBudget) / batches.length : 0;
  for (const [k, batch] of batches.entries()) {
    run.batch = batch;
    for (const s of SIDES) {
      const specs = run.plans[s].inputsByBatch.get(batch)!;
      await onSide(s, () =>
        proc.request(
          { type: 'inputs', specs, seed: settings.seed, slot: s },
          'inputsReady',
          settings.timeoutMs,
        ),
      );
    }
    const settled = await settle(proc, settings);
    const done = latencyBudget + k * perBatch;
    const t0 = performance.now();
    const r = await rounds(run, proc, t0 + perBatch, roundLength(perBatch, settled), (t) =>
      run.tick(
        `throughput batch ${batch}, A/B rounds`,
        (0.7 * (done + Math.min(perBatch, t - t0))) / settings.budgetMs,
      ),
    );
    result.throughputRounds[String(batch)] = r.rounds;
    for (const s of SIDES) {
      result[s].throughput!.push(throughputOf(run.plans[s], batch, samples(r[s])));
    }
  }
  run.batch = run.plans.a.latencyBatch;
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

/**
 * Warm-up, not timed and outside the budget: ABBA cycles until each side's per-run time stops
 * drifting (session.ts `settle`), after at least `warmupRuns` runs and `warmupMs`, at most
 * SETTLE_LIMIT times `warmupMs`. Returns the settled per-run times, which size the rounds.
 */
async function settle(proc: ModelProcess, settings: RuntimeSettings): Promise<Settled> {
  const r = await proc.request(
    {
      type: 'settle',
      minRuns: settings.warmupRuns,
      minMs: settings.warmupMs,
      maxMs: Math.max(SETTLE_LIMIT * settings.warmupMs, 2000),
    },
    'settled',
    settings.timeoutMs,
  );
  return { a: r.a, b: r.b };
}

/**
 * Rounds until `untilMs` (performance.now()): per round, ABBA cycles for `roundMs` opened by a
 * side drawn at random, and each side's median. At least one round, however late.
 */
async function rounds(
  run: PairRun,
  proc: ModelProcess,
  untilMs: number,
  roundMs: number,
  progress: (nowMs: number) => void,
) {
  const out = { rounds: [] as Round[], a: [] as number[], b: [] as number[] };
  do {
    const order = randomOrder(run.rng);
    const r = await proc.request(
      { type: 'alternate', durationMs: roundMs, minCycles: MIN_CYCLES, first: first(order) },
      'alternated',
      run.settings.timeoutMs,
    );
    out.a.push(...r.a);
    out.b.push(...r.b);
    out.rounds.push({ order, a: median(r.a), b: median(r.b) });
    progress(performance.now());
  } while (performance.now() + roundMs / 2 < untilMs);
  return out;
}

const first = (order: Round['order']): Slot => (order === 'AB' ? 'a' : 'b');
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
