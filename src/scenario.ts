/**
 * Scenarios: one model under several named settings of its dims and batch sizes. An LLM's
 * prefill (a long prompt, no past) and decode (one token, a long past) are different programs
 * with different costs, and a change can speed up one and slow down the other; a detector runs
 * at several resolutions.
 *
 * A model measured under a scenario is a unit of its own: its id is `model/scenario`
 * (`decoder/decode`), so results, baselines, pairs and comparisons match it by that id like any
 * model, each scenario is its own group of rows in the report, and contradictions and gates are
 * per scenario. A model id cannot contain "/", so the split is unambiguous.
 */
import { UserError } from './errors.ts';

/** The settings a scenario gives on top of its model's (every field optional but the name). */
export interface Scenario {
  name: string;
  /** Dims set (or overridden) for this scenario. */
  dims: Record<string, number>;
  batchSizes?: number[];
  latencyBatch?: number;
}

/** A scenario name: letters, digits, "_" and "-" (no "." or "/": gate keys and ids use them). */
export const SCENARIO_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
export const SCENARIO_NAME_RULE =
  'a name of letters, digits, "_" and "-" that starts with a letter or digit (at most 32 characters)';

export const isScenarioName = (s: string): boolean => SCENARIO_NAME.test(s) && s.length <= 32;

/** The id of a model under a scenario: `model/scenario`, or the model's id alone. */
export const unitId = (model: string, scenario?: string): string =>
  scenario ? `${model}/${scenario}` : model;

/** The model id and scenario name of a unit id. */
export function splitUnit(id: string): { model: string; scenario?: string } {
  const at = id.lastIndexOf('/');
  return at < 0 ? { model: id } : { model: id.slice(0, at), scenario: id.slice(at + 1) };
}

/**
 * `--scenario name:dim=value,dim=value` (the dims are optional): `decode:sequence_length=1,
 * past_sequence_length=512`. Batch sizes and the latency batch come from the other options.
 */
export function parseScenarioSpec(spec: string): Scenario {
  const colon = spec.indexOf(':');
  const name = (colon < 0 ? spec : spec.slice(0, colon)).trim();
  const example = '--scenario decode:sequence_length=1,past_sequence_length=512';
  if (!isScenarioName(name)) {
    throw new UserError(
      `--scenario "${spec}": "${name}" is not a scenario name; expected ${SCENARIO_NAME_RULE}, ` +
        `e.g. ${example}.`,
    );
  }
  const dims: Record<string, number> = {};
  const rest = colon < 0 ? '' : spec.slice(colon + 1).trim();
  for (const part of rest === '' ? [] : rest.split(',')) {
    const m = /^\s*([^=]+?)\s*=\s*(\d+)\s*$/.exec(part);
    if (!m || !Number.isSafeInteger(Number(m[2])) || m[1] === '__proto__') {
      throw new UserError(
        `--scenario "${spec}": "${part}" is not dim=value; write e.g. ${example}.`,
      );
    }
    dims[m[1]] = Number(m[2]);
  }
  return { name, dims };
}

/** Unique names, in order; a repeated one is an error naming it. */
export function checkScenarioNames(scenarios: Scenario[], where: string): void {
  const seen = new Set<string>();
  for (const s of scenarios) {
    if (seen.has(s.name)) {
      throw new UserError(`${where}: scenario "${s.name}" is given twice; each name once.`);
    }
    seen.add(s.name);
  }
}
