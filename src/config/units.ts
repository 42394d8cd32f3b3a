/**
 * The units a config measures: each model, or each of its scenarios with the scenario's
 * settings merged over the model's (dims and inputs by name, batch sizes and the latency batch
 * replaced). A unit's id is `model/scenario` (src/scenario.ts), so everything downstream
 * (plans, pairs, results, baselines, comparisons) handles a scenario like a model.
 */
import { unitId } from '../scenario.ts';
import type { Config, ModelConfig, UnitConfig } from './types.ts';

export function unitsOf(config: Config): UnitConfig[] {
  return config.models.flatMap((m) => unitsOfModel(m));
}

export function unitsOfModel(model: ModelConfig): UnitConfig[] {
  const { scenarios, ...own } = model;
  if (scenarios.length === 0) return [{ ...own, modelId: model.id }];
  return scenarios.map((s) => ({
    ...own,
    id: unitId(model.id, s.name),
    modelId: model.id,
    scenario: s.name,
    dims: { ...model.dims, ...s.dims },
    batchSizes: s.batchSizes ?? model.batchSizes,
    latencyBatch: s.latencyBatch ?? model.latencyBatch,
    ...inputsOver(model, s),
  }));
}

/** The model's inputs with the scenario's over them: an input the scenario names is its own. */
function inputsOver(model: ModelConfig, s: ModelConfig['scenarios'][number]) {
  const mine = new Set([
    ...Object.keys(s.ranges),
    ...Object.keys(s.files),
    ...Object.keys(s.values),
  ]);
  const keep = <T>(r: Record<string, T>) =>
    Object.fromEntries(Object.entries(r).filter(([name]) => !mine.has(name)));
  return {
    ranges: { ...keep(model.ranges), ...s.ranges },
    files: { ...keep(model.files), ...s.files },
    values: { ...keep(model.values), ...s.values },
  };
}
