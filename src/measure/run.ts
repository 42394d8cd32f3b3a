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
import { MEASUREMENT_SCHEMA, type Measurement, type RuntimeSettings } from './types.ts';

function document(settings: RuntimeSettings): Measurement {
  return {
    schema: MEASUREMENT_SCHEMA,
    tool: { name: 'misnomer', version: TOOL_VERSION },
    createdAt: new Date().toISOString(),
    settings,
    fingerprint: fingerprint(),
    models: [],
  };
}

export async function measureModels(
  plans: ModelPlan[],
  settings: RuntimeSettings,
  progress: Progress,
  commands: CommandJob[] = [],
): Promise<Measurement> {
  const doc = document(settings);
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
  const doc = document(settings);
  const pair = await measurePair(a, b, settings, (label, f) => progress.update(label, f), options);
  progress.done();
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
