/**
 * Entry points of the measure stage: `measureModels` (each model on its own, one after the
 * other) and `measureAB` (two models interleaved), both returning the `misnomer/measurement@1`
 * document. A model that fails is reported in the document; the others are still measured.
 */
import { TOOL_VERSION } from '../version.ts';
import type { Progress } from '../progress.ts';
import { timeCommand, type CommandJob } from './commands.ts';
import { fingerprint } from './fingerprint.ts';
import { measureModel } from './measure.ts';
import { measurePair, type PairOptions, type PairResult } from './pair.ts';
import type { ModelPlan } from './plan.ts';
import { placeProfile } from './roofline.ts';
import { runnerRoofline } from './roofline-probe.ts';
import {
  MEASUREMENT_SCHEMA,
  type Measurement,
  type ModelMeasurement,
  type RuntimeSettings,
} from './types.ts';

/** The document with the machine: its fingerprint and its roofline (once per run and settings). */
async function document(settings: RuntimeSettings, progress: Progress): Promise<Measurement> {
  progress.update("the runner's roofline", 0);
  const roofline = await runnerRoofline(settings);
  if ('rooflineError' in roofline) progress.log(roofline.rooflineError);
  return {
    schema: MEASUREMENT_SCHEMA,
    tool: { name: 'misnomer', version: TOOL_VERSION },
    createdAt: new Date().toISOString(),
    settings,
    fingerprint: fingerprint(),
    ...roofline,
    models: [],
  };
}

/** Each profiled op type of a model placed under the run's roofline. */
function place(doc: Measurement, m: ModelMeasurement, plan: ModelPlan): void {
  if (doc.roofline && m.opProfile) placeProfile(m.opProfile, plan.analysis, doc.roofline);
}

export async function measureModels(
  plans: ModelPlan[],
  settings: RuntimeSettings,
  progress: Progress,
  commands: CommandJob[] = [],
): Promise<Measurement> {
  const doc = await document(settings, progress);
  const parts = plans.length + (commands.length ? 1 : 0);
  for (const [i, plan] of plans.entries()) {
    const m = await measureModel(plan, settings, (label, f) =>
      progress.update(label, (i + f) / parts),
    );
    progress.log(
      m.status === 'ok'
        ? `measured ${plan.job.id}: p50 ${m.latency?.summary.p50.toFixed(2)} ms over ${m.latency?.summary.count} runs`
        : `${plan.job.id}: ${m.status}: ${m.error}`,
    );
    place(doc, m, plan);
    doc.models.push(m);
  }
  if (commands.length) {
    doc.commands = [];
    for (const [k, job] of commands.entries()) {
      progress.update(`timing "${job.name}"`, (plans.length + k / commands.length) / parts);
      doc.commands.push(await timeCommand(job));
    }
  }
  progress.done();
  return doc;
}

export async function measureAB(
  a: ModelPlan,
  b: ModelPlan,
  settings: RuntimeSettings,
  progress: Progress,
  options: PairOptions = {},
): Promise<{ measurement: Measurement; pair: PairResult }> {
  const doc = await document(settings, progress);
  const pair = await measurePair(a, b, settings, (label, f) => progress.update(label, f), options);
  progress.done();
  place(doc, pair.a, a);
  place(doc, pair.b, b);
  doc.models.push(pair.a, pair.b);
  doc.ab = {
    a: a.job.id,
    b: b.job.id,
    latencyRounds: pair.latencyRounds,
    ...(pair.latencyLooks.length ? { latencyLooks: pair.latencyLooks } : {}),
    throughputRounds: pair.throughputRounds,
    coldStartRounds: pair.coldStartRounds,
    firstRunRounds: pair.firstRunRounds,
    memoryRounds: pair.memoryRounds,
    ...(pair.outsideKernelsRounds ? { outsideKernelsRounds: pair.outsideKernelsRounds } : {}),
  };
  return { measurement: doc, pair };
}
