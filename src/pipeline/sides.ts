/**
 * One side of a run (the head checkout, or the base in its worktree): build the configured
 * models, plan them (static analysis + inputs), and turn plans and measurements into a Result.
 * The Action and `misnomer run` share this; nothing here knows about GitHub.
 */
import { makeResult, type Result, type ResultModel } from '../compare/result.ts';
import { buildModels } from '../config/build.ts';
import type { Config, UnitConfig } from '../config/types.ts';
import { unitsOf } from '../config/units.ts';
import { planModel, type ModelPlan } from '../measure/plan.ts';
import { DEFAULT_SETTINGS } from '../measure/settings.ts';
import type { Measurement, ModelMeasurement, RuntimeSettings } from '../measure/types.ts';
import { isAbsolute, join } from 'node:path';

export interface SidePlans {
  root: string;
  plans: Map<string, ModelPlan>;
}

/** The runtime settings of one model: the defaults, the config's budget, the model's own keys. */
export function settingsFor(config: Config, model: UnitConfig): RuntimeSettings {
  return {
    ...DEFAULT_SETTINGS,
    budgetMs: config.budgetMs,
    batchSizes: model.batchSizes,
    intraOpThreads: model.threads ?? DEFAULT_SETTINGS.intraOpThreads,
    provider: model.provider ?? DEFAULT_SETTINGS.provider,
  };
}

/** Builds the models in `root` and plans each (throws UserError when a build or a path fails). */
export async function prepareSide(
  config: Config,
  root: string,
  log: (line: string) => void,
  side?: string,
): Promise<SidePlans> {
  const paths = await buildModels(config, root, log, side ? { side } : undefined);
  const plans = new Map<string, ModelPlan>();
  for (const model of unitsOf(config)) {
    const path = paths.get(model.modelId)!;
    const settings = settingsFor(config, model);
    const files = Object.fromEntries(
      Object.entries(model.files).map(([name, file]) => [
        name,
        isAbsolute(file) ? file : join(root, file),
      ]),
    );
    const plan = planModel(
      { id: model.id, path, dims: model.dims, ranges: model.ranges, files, values: model.values },
      settings.batchSizes,
      settings.seed,
      model.latencyBatch,
    );
    plans.set(model.id, plan);
  }
  return { root, plans };
}

/** A Result from plans (static) and, when measured, each model's measurement. */
export function resultOf(
  plans: Map<string, ModelPlan>,
  measured: Map<string, { doc: Measurement; model: ModelMeasurement }>,
  commit?: string,
): Result {
  const analyses = [...plans.values()].map((p) => ({ id: p.job.id, analysis: p.analysis }));
  const first = [...measured.values()][0];
  const result = makeResult(analyses, first?.doc, commit);
  result.models = result.models.map((m): ResultModel => {
    const got = measured.get(m.id);
    return got ? { ...m, measurement: got.model } : { id: m.id, analysis: m.analysis };
  });
  return result;
}
