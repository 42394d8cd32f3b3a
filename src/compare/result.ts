/**
 * A Result (`misnomer/result@1`) is what a run leaves behind and what a baseline stores: per
 * model its static analysis and, when measured, its measurement, with the settings, the hardware
 * fingerprint, the commit and the tool version. Reading one checks the schema and every field a
 * report or a comparison reads, with the size cap of comparison.json (checker.ts): an old,
 * foreign or forged file is a clear error naming the file and the field, never a crash. In the
 * Action's comment mode a result is an artifact of a pull request's run (`untrusted`): its ids
 * and scenario names must also follow their grammars (grammar.ts).
 */
import type { Analysis } from '../analyze/types.ts';
import type {
  Fingerprint,
  Measurement,
  ModelMeasurement,
  Roofline,
  RuntimeSettings,
} from '../measure/types.ts';
import { COUNTING_RULES_VERSION, TOOL_VERSION } from '../version.ts';
import {
  Checker,
  isFiniteNumber,
  isObject,
  join,
  keyPath,
  readJson,
  wrongSchema,
  type Obj,
} from './checker.ts';
import { isScenarioName, isUnitId, SCENARIO_NAME_RULE, UNIT_ID_RULE } from './grammar.ts';
import { checkHistory, type History } from './history.ts';
import { checkPlacement, checkRoofline } from './roofline.ts';

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
  /** The runner's roofline of the run, or why it could not be measured. */
  roofline?: Roofline;
  rooflineError?: string;
  models: ResultModel[];
  /** A baseline's history: the points of the baselines before it, then its own (history.ts). */
  history?: History;
}

export interface ReadResultOptions {
  /**
   * An artifact of a pull request's run (the Action's comment mode): ids and scenario names must
   * also follow their grammars (a model id by the config's rule, `model/scenario`).
   */
  untrusted?: boolean;
  /** Names the file in an ArtifactError's reason (default result.json). */
  name?: string;
}

/**
 * Reads a result with the comparison's care: a size cap before parsing, then every field a
 * report or a comparison reads checked for its type, so a damaged or forged file is one error
 * naming the file and the field (an ArtifactError), never a crash in a renderer.
 */
export function readResult(path: string, options: ReadResultOptions = {}): Result {
  const name = options.name ?? 'result.json';
  return parseResult(readJson(path, name, 'result'), path, { ...options, name });
}

/** Checks that `data` is a result a report can read; `where` names it in errors. */
export function parseResult(data: unknown, where: string, options: ReadResultOptions = {}): Result {
  const name = options.name ?? where;
  const schema = isObject(data) ? data.schema : undefined;
  if (schema !== RESULT_SCHEMA) wrongSchema(where, name, RESULT_SCHEMA, schema);
  const c = new Checker();
  checkResult(c, data as Obj, options.untrusted ?? false);
  c.done(where, name, 'misnomer');
  return data as Result;
}

const MODEL_STATUSES = ['ok', 'load-failed', 'crashed', 'timed-out', 'failed'];
const SUMMARY_NUMBERS = ['count', 'mean', 'std', 'min', 'max', 'p50', 'p90', 'p99', 'cv'];

function checkResult(c: Checker, root: Obj, untrusted: boolean): void {
  const tool = c.child(root, 'tool', '');
  if (tool) c.string(tool, 'version', 'tool');
  c.string(root, 'commit', '', true);
  const s = c.child(root, 'settings', '', true);
  if (s) {
    c.string(s, 'provider', 'settings');
    for (const k of SETTINGS_NUMBERS) c.number(s, k, 'settings');
    for (const k of ['graphOptimizationLevel', 'executionMode']) c.string(s, k, 'settings');
  }
  c.child(root, 'fingerprint', '', true);
  checkRoofline(c, root, '');
  checkHistory(c, root, '');
  c.list(root, 'models', '', (v, at) => {
    const m = c.object(v, at);
    if (!m) return;
    if (untrusted) c.matching(m, 'id', at, isUnitId, UNIT_ID_RULE);
    else c.string(m, 'id', at);
    checkAnalysis(c, m, at, untrusted);
    const meas = c.child(m, 'measurement', at, true);
    if (meas) checkMeasurement(c, meas, join(at, 'measurement'));
  });
}

function checkAnalysis(c: Checker, m: Obj, at: string, untrusted: boolean): void {
  const a = c.child(m, 'analysis', at);
  if (!a) return;
  const p = join(at, 'analysis');
  const totals = c.child(a, 'totals', p);
  if (totals) {
    for (const k of TOTALS_NUMBERS) c.number(totals, k, join(p, 'totals'), { optional: true });
  }
  const dims = c.child(a, 'dims', p, true);
  for (const [k, v] of Object.entries(dims ?? {})) {
    if (!isFiniteNumber(v)) c.problem(keyPath(join(p, 'dims'), k), 'a number', v);
  }
  if (untrusted && a.scenario !== undefined) {
    c.matching(a, 'scenario', p, isScenarioName, SCENARIO_NAME_RULE);
  } else c.string(a, 'scenario', p, true);
  const ops = c.child(a, 'byOpType', p, true);
  for (const [op, v] of Object.entries(ops ?? {})) {
    const o = c.object(v, keyPath(join(p, 'byOpType'), op));
    if (o)
      for (const k of OP_NUMBERS)
        c.number(o, k, keyPath(join(p, 'byOpType'), op), { optional: true });
  }
  if (a.uncounted !== undefined) {
    c.list(a, 'uncounted', p, (u, q) => {
      const o = c.object(u, q);
      if (!o) return;
      c.string(o, 'opType', q);
      c.number(o, 'count', q);
    });
  }
  if (a.incompleteTotals !== undefined)
    c.list(a, 'incompleteTotals', p, (x, q) => c.isString(x, q));
}

function checkMeasurement(c: Checker, m: Obj, at: string): void {
  c.oneOf(m, 'status', at, MODEL_STATUSES);
  c.string(m, 'error', at, true);
  for (const k of ['latency', 'coldStart', 'firstRun']) {
    const s = c.child(m, k, at, true);
    if (s) checkSamples(c, s, join(at, k));
  }
  const latency = isObject(m.latency) ? m.latency : undefined;
  if (latency) c.number(latency, 'batch', join(at, 'latency'));
  if (m.throughput !== undefined) {
    c.list(m, 'throughput', at, (t, p) => {
      const o = c.object(t, p);
      if (!o) return;
      c.number(o, 'batch', p);
      c.number(o, 'examplesPerSecond', p);
      c.number(o, 'tokensPerSecond', p, { optional: true });
      const s = c.child(o, 'latency', p);
      if (s) checkSamples(c, s, join(p, 'latency'));
    });
  }
  const rss = c.child(m, 'peakRss', at, true);
  if (rss) c.number(rss, 'bytes', join(at, 'peakRss'));
  c.number(m, 'achievedFlopsPerSecond', at, { optional: true });
  const profile = c.child(m, 'opProfile', at, true);
  if (profile) checkOutsideKernels(c, profile, join(at, 'opProfile'));
  const byOp = profile ? c.child(profile, 'byOpType', join(at, 'opProfile')) : null;
  for (const [op, v] of Object.entries(byOp ?? {})) {
    const p = keyPath(join(at, 'opProfile.byOpType'), op);
    const o = c.object(v, p);
    if (!o) continue;
    for (const k of ['ms', 'share', 'calls']) c.number(o, k, p);
    for (const k of ['flopsShare', 'bytesShare', 'achievedFlopsPerSecond']) {
      c.number(o, k, p, { optional: true });
    }
    checkPlacement(c, o, p);
  }
}

/** opProfile.outsideKernels, when there: every figure a number, the kernel samples numbers. */
function checkOutsideKernels(c: Checker, profile: Obj, at: string): void {
  const o = c.child(profile, 'outsideKernels', at, true);
  if (!o) return;
  const p = join(at, 'outsideKernels');
  for (const k of OUTSIDE_KERNELS_NUMBERS) c.number(o, k, p);
  for (const k of ['idleThreadShare', 'threads']) c.number(o, k, p, { optional: true });
  c.list(o, 'shareSamples', p, (x, q) => {
    if (!isFiniteNumber(x)) c.problem(q, 'a number', x);
  });
}

const OUTSIDE_KERNELS_NUMBERS = [
  'ms',
  'share',
  'latencyMs',
  'profiledRunMs',
  'profiledKernelMs',
  'profiledOutsideMs',
  'launches',
];

/** samplesMs a list of numbers; the summary, when there, numbers. */
function checkSamples(c: Checker, s: Obj, at: string): void {
  c.list(s, 'samplesMs', at, (x, p) => {
    if (!isFiniteNumber(x)) c.problem(p, 'a number', x);
  });
  const summary = c.child(s, 'summary', at, true);
  if (summary) {
    for (const k of SUMMARY_NUMBERS) c.number(summary, k, join(at, 'summary'), { optional: true });
  }
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
    ...(measurement?.roofline ? { roofline: measurement.roofline } : {}),
    ...(measurement?.rooflineError ? { rooflineError: measurement.rooflineError } : {}),
    models: analyses.map(({ id, analysis }) => {
      const m = measurement?.models.find((x) => x.id === id);
      return { id, analysis, ...(m ? { measurement: m } : {}) };
    }),
  };
}
