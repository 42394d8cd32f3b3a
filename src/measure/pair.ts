/**
 * A/B measurement of two models on one machine. Latency and throughput: both models are loaded
 * into ONE model process and timed run by run in ABBA cycles (session.ts `alternate`), so that
 * a burst or a drift of the machine falls on both within milliseconds. Per round each side
 * keeps its median; rounds go on until the phase's share of the budget is spent, or until the
 * caller's sequential plan finds the latency verdict decided at one of its looks. The rounds
 * run in epochs: before each, both sessions are released and created again, because every pair
 * of sessions runs at an offset of its own (about ±1% on MobileNetV2, `npm run bench --
 * instances`) that rounds of one pair cannot average away; the verdict's unit is then the pair. Cold start and
 * memory need fresh processes, which are paired in a random order. If the shared process
 * fails, each model is run alone in a fresh process to learn which one failed, so a crash of
 * either still leaves the report.
 */
import { basename } from 'node:path';
import { seeded, type Rng } from '../stats/rng.ts';
import { fewestFor } from '../stats/signed-rank.ts';
import { median } from '../stats/summary.ts';
import { ModelFailure, ModelProcess, oneShot } from './model-process.ts';
import { profilePair } from './profile-pair.ts';
import { loadInto, samples, sessionSettings, throughputOf, type Tick } from './measure.ts';
import type { ModelPlan } from './plan.ts';
import type { Slot } from './protocol.ts';
import {
  MIN_PAIRS,
  type Look,
  type ModelMeasurement,
  type Round,
  type RuntimeSettings,
} from './types.ts';

/** Share of the budget for latency when throughput batch sizes are also compared. */
const LATENCY_SHARE = 0.6;
/**
 * Session pairs (epochs) aimed for per budget. The verdict's interval is over the pairs
 * (compare/ab.ts), so it narrows with their number, and faster than 1 / sqrt(n) while they are
 * few (an interval at 99.5% over 10 values must reach out to their 2nd most extreme averages,
 * over 20 values far less); and the spread it sees is mostly the pairs' own offsets, not the
 * rounds' noise: on MobileNetV2 (`npm run bench -- pairs`) 20 fresh pairs spread by 0.90%
 * where the rounds' own noise within a pair was 0.58%, and 20 stretches of one pair by 0.44%. So many short epochs: each costs two session
 * creations and a warm-up (about 0.6 s on MobileNetV2), a fifth of a 3 s epoch.
 */
const EPOCHS_PER_BUDGET = 20;
/** Rounds aimed for per epoch (their median is the epoch's estimate). */
const ROUNDS_PER_EPOCH = 3;
/** An epoch holds at least this many rounds, or there are fewer epochs. */
const MIN_EPOCH_ROUNDS = 2;
/** Re-creating the sessions and warming up takes at most this share of an epoch. */
const MAX_OVERHEAD_SHARE = 0.25;
/** The shortest warm-up after a reload: two 200 ms windows that agree (session.ts `settle`). */
const RESETTLE_MS = 400;
/**
 * Rounds aimed for per budget when it is too short for several epochs (one pair of sessions).
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
  /**
   * Epochs (session pairs) per budget of latency rounds, EPOCHS_PER_BUDGET by default, fewer
   * when they do not fit; 1 runs every round on one pair, the method before epochs, which the
   * verdict benchmark measures against (bench/verdicts.bench.ts).
   */
  epochs?: number;
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
  /** What a reload and its warm-up cost, ms (both session creations, plus RESETTLE_MS). */
  reloadMs: number;
  /** Epochs so far in this process: each reload alternates which side is created first. */
  reloads: number;
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
    await latencyRounds(run, proc, settled, options.plan, options.epochs);
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
    reloadMs: RESETTLE_MS,
    reloads: 0,
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
      run.reloadMs += await onSide(s, () =>
        loadInto(proc, s, plan.job.path, specs, run.settings, undefined, file),
      );
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
  epochsPerBudget = EPOCHS_PER_BUDGET,
): Promise<void> {
  const { settings, latencyBudget, result } = run;
  const share = latencyBudget / settings.budgetMs;
  const all = { rounds: [] as Round[], a: [] as number[], b: [] as number[] };
  const looks = plan?.looks ?? [{ fraction: 1, confidence: 0 }];
  const epochs = epochPlan(latencyBudget, settled, run.reloadMs, epochsPerBudget);
  const t0 = performance.now();
  let epoch = 0;
  // A look whose pairs are too few for its interval (fewestFor) cannot decide anything: it is
  // skipped, and its share of the error goes to the next look, so none of it is wasted. Which
  // looks are skipped depends on the plan and the epochs, never on the times measured, so the
  // shares still add up to the plan's error.
  let carried = 0;
  for (const [i, planned] of looks.entries()) {
    const look = { ...planned, confidence: planned.confidence - carried };
    const label = look.fraction > 1 ? 'latency, second budget' : 'latency, A/B rounds';
    const progress = (t: number) =>
      run.tick(label, 0.7 * Math.min(1, (t - t0) / latencyBudget) * share);
    const add = (r: Awaited<ReturnType<typeof rounds>>) => {
      append(all.rounds, r.rounds);
      append(all.a, r.a);
      append(all.b, r.b);
    };
    if (epochs.count === 1) {
      // One pair of sessions for the whole plan: its rounds until the look's share of time.
      add(await rounds(run, proc, t0 + look.fraction * latencyBudget, epochs.roundMs, progress));
    } else {
      // The look's epochs, each ending at its share of the budget (reload and warm-up included).
      for (; epoch < Math.round(look.fraction * epochs.count); epoch++) {
        const until = t0 + ((epoch + 1) * latencyBudget) / epochs.count;
        add(await epochRounds(run, proc, epoch, until, epochs.roundMs, progress));
      }
    }
    if (!plan) break;
    const pairs = epochs.count > 1 ? epoch : Infinity;
    if (pairs < fewestFor(look.confidence) && i < looks.length - 1) {
      carried = 1 - look.confidence;
      continue;
    }
    carried = 0;
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

/** How a phase's budget is cut into epochs, and the length of their rounds. */
interface EpochPlan {
  count: number;
  roundMs: number;
}

/**
 * EPOCHS_PER_BUDGET epochs, fewer when an epoch would not hold MIN_EPOCH_ROUNDS rounds of at
 * least MIN_CYCLES ABBA cycles of the settled per-run times, or when reloading would take more
 * than MAX_OVERHEAD_SHARE of it; a budget too short for MIN_PAIRS epochs runs as one epoch
 * (its rounds then judged as one pair's, compare/ab.ts). Rounds: the epoch's time after the
 * reload over ROUNDS_PER_EPOCH (TARGET_ROUNDS for one epoch), but at least MIN_CYCLES cycles.
 */
function epochPlan(
  budgetMs: number,
  settled: Settled,
  reloadMs: number,
  perBudget = EPOCHS_PER_BUDGET,
): EpochPlan {
  const minRoundMs = MIN_CYCLES * 2 * (settled.a + settled.b);
  const minEpochMs = Math.max(reloadMs / MAX_OVERHEAD_SHARE, MIN_EPOCH_ROUNDS * minRoundMs);
  const fits = Math.min(perBudget, Math.floor(budgetMs / minEpochMs));
  if (fits < MIN_PAIRS) {
    return { count: 1, roundMs: Math.max(budgetMs / TARGET_ROUNDS, minRoundMs) };
  }
  const epochMs = budgetMs / fits;
  return { count: fits, roundMs: Math.max((epochMs - reloadMs) / ROUNDS_PER_EPOCH, minRoundMs) };
}

/**
 * One epoch's rounds until `untilMs`, tagged with its number. Every epoch but a phase's first
 * runs on a new pair of sessions: both released and created again, the side created first
 * alternating from epoch to epoch (the one created second ran faster in every one of 8 epochs
 * on the bundled grouped MatMul: an order that never changed would bias the comparison), then
 * warmed up until settled. The first epoch uses the pair the phase was warmed up on.
 */
async function epochRounds(
  run: PairRun,
  proc: ModelProcess,
  epoch: number,
  untilMs: number,
  roundMs: number,
  progress: (nowMs: number) => void,
) {
  if (epoch > 0) {
    run.reloads++;
    const first: Slot = run.reloads % 2 === 1 ? 'b' : 'a';
    await proc.request({ type: 'reload', first }, 'reloaded', run.settings.timeoutMs);
    await settle(proc, run.settings, true);
  }
  const r = await rounds(run, proc, untilMs, roundMs, progress);
  for (const x of r.rounds) x.epoch = epoch;
  return r;
}

/**
 * A round's length: the budget over TARGET_ROUNDS, but at least MIN_CYCLES ABBA cycles of the
 * settled per-run times (a slow model gets fewer, longer rounds).
 */
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
    const progress = (t: number) =>
      run.tick(
        `throughput batch ${batch}, A/B rounds`,
        (0.7 * (done + Math.min(perBatch, t - t0))) / settings.budgetMs,
      );
    const epochs = epochPlan(perBatch, settled, run.reloadMs);
    const r = { rounds: [] as Round[], a: [] as number[], b: [] as number[] };
    for (let epoch = 0; epoch < epochs.count; epoch++) {
      const until = t0 + ((epoch + 1) * perBatch) / epochs.count;
      const e =
        epochs.count === 1
          ? await rounds(run, proc, until, epochs.roundMs, progress)
          : await epochRounds(run, proc, epoch, until, epochs.roundMs, progress);
      append(r.rounds, e.rounds);
      append(r.a, e.a);
      append(r.b, e.b);
    }
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

/**
 * Appends `from` to `to` in place. Not `to.push(...from)`: a spread passes every element as an
 * argument, and a tiny model's samples over a long budget (300,000 runs of 90 µs in 60 s)
 * overflow the stack.
 */
function append<T>(to: T[], from: readonly T[]): void {
  for (const x of from) to.push(x);
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
async function settle(
  proc: ModelProcess,
  settings: RuntimeSettings,
  afterReload = false,
): Promise<Settled> {
  const r = await proc.request(
    {
      type: 'settle',
      minRuns: settings.warmupRuns,
      // After a reload the process, its inputs and the code paths are warm already: the new
      // sessions need their first runs (arena growth) and two windows that agree.
      minMs: afterReload ? 0 : settings.warmupMs,
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
    append(out.a, r.a);
    append(out.b, r.b);
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
