/**
 * `misnomer measure`: every runtime indicator of one model, each phase in its own process so a
 * crash or a hang is reported, not fatal: latency (batch 1 or as asked), throughput per batch
 * size, per-op time from ONNX Runtime's profiler, then cold start, first run and peak memory in
 * fresh processes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summarize, median } from '../stats/summary.ts';
import { ModelFailure, ModelProcess, oneShot } from './model-process.ts';
import type { ModelPlan } from './plan.ts';
import { correctionOf, profileOf } from './bubble.ts';
import { readProfileFile } from './profile.ts';
import type { SessionSettings, Slot } from './protocol.ts';
import type { InputSpec, ModelMeasurement, RuntimeSettings, Samples } from './types.ts';

/** Reports progress within one model's measurement (fraction 0..1 of that model). */
export type Tick = (label: string, fraction: number) => void;

/** Share of the budget spent on latency; the rest is split between the other batch sizes. */
const LATENCY_SHARE = 0.5;
/** Samples come back in chunks of this length, so progress moves and a hang is caught early. */
const CHUNK_MS = 1000;
/** Runs profiled for the per-op table (after the warm-up). */
const PROFILE_RUNS = 20;
/** Fresh processes for peak memory, with and without the model. */
const MEMORY_RUNS = 2;

export const sessionSettings = (s: RuntimeSettings, profilePrefix?: string): SessionSettings => ({
  provider: s.provider,
  intraOpThreads: s.intraOpThreads,
  interOpThreads: s.interOpThreads,
  graphOptimizationLevel: s.graphOptimizationLevel,
  executionMode: s.executionMode,
  ...(profilePrefix ? { profilePrefix } : {}),
});

export const samples = (samplesMs: number[]): Samples => ({
  samplesMs,
  summary: summarize(samplesMs),
});

export async function measureModel(
  plan: ModelPlan,
  settings: RuntimeSettings,
  tick: Tick,
): Promise<ModelMeasurement> {
  const { job, analysis, latencyBatch } = plan;
  const result: ModelMeasurement = {
    id: job.id,
    path: job.path,
    status: 'ok',
    dims: job.dims,
    inputs: plan.inputsByBatch.get(latencyBatch) ?? [],
  };
  try {
    await timeLatencyAndThroughput(plan, settings, result, tick);
    tick(`per-op profile ${job.id}`, 0.8);
    // The per-op table is a bonus: without it the other indicators still stand.
    try {
      result.opProfile = await profileModel(plan, settings, result.latency?.summary.p50);
    } catch (e) {
      if (!(e instanceof ModelFailure)) throw e;
      result.error = `per-op profile: ${e.message}`;
    }
    tick(`cold start ${job.id}`, 0.85);
    await coldStart(plan, settings, result);
    tick(`peak memory ${job.id}`, 0.95);
    await peakMemory(plan, settings, result);
  } catch (e) {
    if (!(e instanceof ModelFailure)) throw e;
    result.status = e.status;
    result.error = e.message;
  }
  if (result.latency && analysis.totals.flops > 0) {
    result.achievedFlopsPerSecond = analysis.totals.flops / (result.latency.summary.p50 / 1000);
  }
  return result;
}

/** Samples for `budgetMs` in chunks on an open model process. */
async function sampleFor(
  proc: ModelProcess,
  budgetMs: number,
  settings: RuntimeSettings,
  onChunk: (doneMs: number) => void,
): Promise<number[]> {
  const all: number[] = [];
  let spent = 0;
  let first = true;
  while (spent < budgetMs) {
    const durationMs = Math.min(CHUNK_MS, budgetMs - spent);
    const t0 = performance.now();
    const reply = await proc.request(
      {
        type: 'run',
        warmupRuns: first ? settings.warmupRuns : 0,
        warmupMs: first ? settings.warmupMs : 0,
        durationMs,
      },
      'ran',
      settings.timeoutMs,
    );
    first = false;
    all.push(...reply.samplesMs);
    spent += performance.now() - t0;
    onChunk(spent);
  }
  return all;
}

/** Opens a model process with the model loaded and the inputs generated. */
export async function openModel(
  path: string,
  specs: InputSpec[],
  settings: RuntimeSettings,
  label: string,
  profilePrefix?: string,
) {
  const proc = new ModelProcess(label);
  try {
    await loadInto(proc, 'a', path, specs, settings, profilePrefix);
    return proc;
  } catch (e) {
    proc.kill();
    throw e;
  }
}

/** Loads a model into one slot of a model process and generates its inputs there; returns the session creation time (ms). */
export async function loadInto(
  proc: ModelProcess,
  slot: Slot,
  path: string,
  specs: InputSpec[],
  settings: RuntimeSettings,
  profilePrefix?: string,
  who?: string,
): Promise<number> {
  const loaded = await proc
    .request(
      { type: 'load', path, session: sessionSettings(settings, profilePrefix), slot },
      'loaded',
      settings.timeoutMs,
      who,
    )
    .catch((e: unknown) => {
      throw e instanceof ModelFailure && e.status === 'failed'
        ? new ModelFailure('load-failed', `ONNX Runtime could not load ${path}: ${e.message}`)
        : e;
    });
  await proc.request(
    { type: 'inputs', specs, seed: settings.seed, slot },
    'inputsReady',
    settings.timeoutMs,
    who,
  );
  return loaded.loadMs;
}

async function timeLatencyAndThroughput(
  plan: ModelPlan,
  settings: RuntimeSettings,
  result: ModelMeasurement,
  tick: Tick,
) {
  const { job, latencyBatch } = plan;
  const others = [...plan.inputsByBatch.keys()].filter((b) => b !== latencyBatch);
  const latencyBudget = others.length ? settings.budgetMs * LATENCY_SHARE : settings.budgetMs;
  const otherBudget = others.length ? (settings.budgetMs - latencyBudget) / others.length : 0;
  const proc = await openModel(job.path, plan.inputsByBatch.get(latencyBatch)!, settings, job.id);
  try {
    const sampled = await sampleFor(proc, latencyBudget, settings, (ms) =>
      tick(`latency ${job.id} (batch ${latencyBatch})`, (0.75 * ms) / settings.budgetMs),
    );
    result.latency = { batch: latencyBatch, ...samples(sampled) };
    result.throughput = [throughputOf(plan, latencyBatch, result.latency)];
    let spentBefore = latencyBudget;
    for (const batch of others) {
      await proc.request(
        { type: 'inputs', specs: plan.inputsByBatch.get(batch)!, seed: settings.seed },
        'inputsReady',
        settings.timeoutMs,
      );
      const s = await sampleFor(proc, otherBudget, settings, (ms) =>
        tick(
          `throughput ${job.id} (batch ${batch})`,
          (0.75 * (spentBefore + ms)) / settings.budgetMs,
        ),
      );
      spentBefore += otherBudget;
      result.throughput.push(throughputOf(plan, batch, samples(s)));
    }
    result.throughput.sort((a, b) => a.batch - b.batch);
  } finally {
    await proc.close();
  }
}

/** Throughput at one batch size from its per-run samples (and tokens/s for token inputs). */
export function throughputOf(plan: ModelPlan, batch: number, latency: Samples) {
  // Sustained rate: examples over the mean time per run (the mean, not the median, because
  // every slow run costs real throughput).
  const examplesPerSecond = (batch * 1000) / latency.summary.mean;
  return {
    batch,
    examplesPerSecond,
    ...(plan.tokensPerExample
      ? { tokensPerSecond: examplesPerSecond * plan.tokensPerExample }
      : {}),
    latency,
  };
}

/**
 * Per-op kernel time from ONNX Runtime's profiler, in a process of its own (profiling slows
 * runs), and the time outside kernels against the unprofiled `latencyMs` (bubble.ts).
 */
async function profileModel(plan: ModelPlan, settings: RuntimeSettings, latencyMs?: number) {
  const dir = mkdtempSync(join(tmpdir(), 'misnomer-profile-'));
  const prefix = join(dir, 'ort');
  try {
    const proc = await openModel(
      plan.job.path,
      plan.inputsByBatch.get(plan.latencyBatch)!,
      settings,
      plan.job.id,
      prefix,
    );
    try {
      // Warm-up runs are profiled too; parseProfile keeps only the last PROFILE_RUNS runs.
      await proc.request(
        { type: 'run', warmupRuns: settings.warmupRuns, warmupMs: 0, runs: PROFILE_RUNS },
        'ran',
        settings.timeoutMs,
      );
      await proc.request({ type: 'endProfiling' }, 'profiled', settings.timeoutMs);
    } finally {
      await proc.close();
    }
    try {
      const correction = correctionOf(settings, latencyMs);
      return profileOf(readProfileFile(prefix), PROFILE_RUNS, plan.analysis, correction);
    } catch (e) {
      // ONNX Runtime's own output was unusable (too many events, a truncated file).
      throw new ModelFailure('failed', (e as Error).message);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function oneShotJob(plan: ModelPlan, settings: RuntimeSettings, runs: number) {
  return {
    path: plan.job.path,
    session: sessionSettings(settings),
    inputs: plan.inputsByBatch.get(plan.latencyBatch),
    seed: settings.seed,
    runs,
  };
}

async function coldStart(plan: ModelPlan, settings: RuntimeSettings, result: ModelMeasurement) {
  const create: number[] = [];
  const first: number[] = [];
  for (let i = 0; i < settings.coldStartRuns; i++) {
    const r = await oneShot('cold', oneShotJob(plan, settings, 1), settings.timeoutMs);
    create.push(r.createMs!);
    first.push(r.firstRunMs!);
  }
  result.coldStart = samples(create);
  result.firstRun = samples(first);
}

async function peakMemory(plan: ModelPlan, settings: RuntimeSettings, result: ModelMeasurement) {
  const job = oneShotJob(plan, settings, 5);
  const withModel: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < MEMORY_RUNS; i++) {
    without.push((await oneShot('baseline', job, settings.timeoutMs)).maxRssBytes);
    withModel.push((await oneShot('memory', job, settings.timeoutMs)).maxRssBytes);
  }
  result.peakRss = {
    bytes: Math.max(0, median(withModel) - median(without)),
    withModelBytes: withModel,
    withoutModelBytes: without,
  };
}
