/**
 * A Result (`misnomer/result@1`) is what a run leaves behind and what a baseline stores: per
 * model its static analysis and, when measured, its measurement, with the settings, the hardware
 * fingerprint, the commit and the tool version. Reading one checks the schema: an old or foreign
 * file is a clear error, never a crash.
 */
import { readFileSync } from 'node:fs';
import type { Analysis } from '../analyze/types.ts';
import { UserError } from '../errors.ts';
import type {
  Fingerprint,
  Measurement,
  ModelMeasurement,
  RuntimeSettings,
} from '../measure/types.ts';
import { COUNTING_RULES_VERSION, TOOL_VERSION } from '../version.ts';

export const RESULT_SCHEMA = 'misnomer/result@1';

export interface ResultModel {
  id: string;
  analysis: Analysis;
  measurement?: ModelMeasurement;
}

export interface Result {
  schema: typeof RESULT_SCHEMA;
  tool: { name: 'misnomer'; version: string; countingRules: number };
  createdAt: string;
  commit?: string;
  /** Present when the models were measured. */
  settings?: RuntimeSettings;
  fingerprint?: Fingerprint;
  models: ResultModel[];
}

export function readResult(path: string): Result {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const why =
      (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    throw new UserError(`${path}: cannot read a misnomer result (${why}).`);
  }
  const schema = (data as { schema?: unknown })?.schema;
  if (schema !== RESULT_SCHEMA) {
    throw new UserError(
      `${path} is not a ${RESULT_SCHEMA} file (its schema is ${JSON.stringify(schema ?? null)}). ` +
        'It may come from another version of misnomer: produce it again with this one.',
    );
  }
  const r = data as Result;
  if (
    !Array.isArray(r.models) ||
    r.models.some((m) => typeof m?.id !== 'string' || !m.analysis?.totals)
  ) {
    throw new UserError(
      `${path}: "models" must be a list of { id, analysis, measurement? }; the file is damaged.`,
    );
  }
  return r;
}

/** A Result from analyses and, when measured, the measurement document of the same models. */
export function makeResult(
  analyses: { id: string; analysis: Analysis }[],
  measurement?: Measurement,
  commit?: string,
): Result {
  return {
    schema: RESULT_SCHEMA,
    tool: { name: 'misnomer', version: TOOL_VERSION, countingRules: COUNTING_RULES_VERSION },
    createdAt: new Date().toISOString(),
    ...(commit ? { commit } : {}),
    ...(measurement
      ? { settings: measurement.settings, fingerprint: measurement.fingerprint }
      : {}),
    models: analyses.map(({ id, analysis }) => {
      const m = measurement?.models.find((x) => x.id === id);
      return { id, analysis, ...(m ? { measurement: m } : {}) };
    }),
  };
}
