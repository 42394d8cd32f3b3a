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
  const bad = r.models
    .flatMap((m, i) => wrongNumbers(m, `models[${i}]`))
    .concat(wrongNumbers(r.settings, 'settings', SETTINGS_NUMBERS));
  if (bad.length > 0) {
    throw new UserError(
      `${path}: ${bad.slice(0, 3).join(', ')}${bad.length > 3 ? ` and ${bad.length - 3} more` : ''} ` +
        'should be numbers; the file was edited or damaged. Produce it again with misnomer.',
    );
  }
  return r;
}

/** The settings fields a report reads as numbers (also checked in a read-back comparison). */
export const SETTINGS_NUMBERS = [
  'intraOpThreads',
  'interOpThreads',
  'budgetMs',
  'warmupRuns',
  'warmupMs',
  'latencyBatch',
  'coldStartRuns',
  'timeoutMs',
  'seed',
];
const TOTALS_NUMBERS = [
  'params',
  'paramsPerUse',
  'embeddingParams',
  'nonEmbeddingParams',
  'weightBytes',
  'macs',
  'flops',
  'transcendentals',
  'intOps',
  'bytesAccessed',
  'peakActivationBytes',
  'modelFileBytes',
  'nodes',
];
const OP_NUMBERS = ['count', 'macs', 'flops', 'transcendentals', 'intOps', 'bytesAccessed'];

/** Fields of `obj` named in `names` that are present but not numbers, as paths. */
function notNumbers(obj: unknown, where: string, names: string[]): string[] {
  if (!obj || typeof obj !== 'object') return [];
  const o = obj as Record<string, unknown>;
  return names.filter((k) => k in o && typeof o[k] !== 'number').map((k) => `${where}.${k}`);
}

/** A samples object whose samplesMs is not a list of numbers. */
function badSamples(s: unknown, where: string): string[] {
  if (!s || typeof s !== 'object') return [];
  const list = (s as { samplesMs?: unknown }).samplesMs;
  return Array.isArray(list) && list.every((x) => typeof x === 'number')
    ? []
    : [`${where}.samplesMs`];
}

/** Paths of fields a report reads as numbers that are not numbers (a result is untrusted input). */
function wrongNumbers(value: unknown, at: string, keys?: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (keys) return notNumbers(value, at, keys);
  const m = value as ResultModel;
  const out = notNumbers(m.analysis?.totals, `${at}.analysis.totals`, TOTALS_NUMBERS);
  for (const [op, c] of Object.entries(m.analysis?.byOpType ?? {})) {
    out.push(...notNumbers(c, `${at}.analysis.byOpType.${op}`, OP_NUMBERS));
  }
  const meas = m.measurement as unknown as Record<string, unknown> | undefined;
  if (meas) {
    for (const k of ['latency', 'coldStart', 'firstRun'])
      out.push(...badSamples(meas[k], `${at}.measurement.${k}`));
    const throughput = Array.isArray(meas.throughput) ? meas.throughput : [];
    throughput.forEach((t, j) => {
      out.push(
        ...notNumbers(t, `${at}.measurement.throughput[${j}]`, ['batch', 'examplesPerSecond']),
      );
      out.push(
        ...badSamples(
          (t as { latency?: unknown })?.latency,
          `${at}.measurement.throughput[${j}].latency`,
        ),
      );
    });
    out.push(...notNumbers(meas.peakRss, `${at}.measurement.peakRss`, ['bytes']));
  }
  return out;
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
