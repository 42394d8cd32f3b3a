/**
 * Command-line options shared by the commands, parsed with node:util's parseArgs (no library
 * needed) and turned into typed settings with clear errors.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../errors.ts';
import {
  DEFAULT_SETTINGS,
  parseDuration,
  parseFiles,
  parseIntList,
  parseOptLevel,
  parsePositiveInt,
  parseRanges,
} from '../measure/settings.ts';
import type { ModelJob } from '../measure/plan.ts';
import type { RuntimeSettings } from '../measure/types.ts';
import { parseDims, type DimValues } from '../shapes/bind.ts';
import { checkScenarioNames, parseScenarioSpec, unitId, type Scenario } from '../scenario.ts';

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

export function parse(args: string[], options: Options): { values: Values; positionals: string[] } {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UserError(`${(e as Error).message}. Run "misnomer --help" for the options.`);
  }
}

export const STATIC_OPTIONS: Options = {
  dim: { type: 'string', multiple: true },
  scenario: { type: 'string', multiple: true },
  json: { type: 'boolean' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

export const RUNTIME_OPTIONS: Options = {
  ...STATIC_OPTIONS,
  'batch-sizes': { type: 'string' },
  'latency-batch': { type: 'string' },
  budget: { type: 'string' },
  threads: { type: 'string' },
  'inter-threads': { type: 'string' },
  provider: { type: 'string' },
  'opt-level': { type: 'string' },
  warmup: { type: 'string' },
  'cold-starts': { type: 'string' },
  timeout: { type: 'string' },
  seed: { type: 'string' },
  'input-range': { type: 'string', multiple: true },
  input: { type: 'string', multiple: true },
  'no-progress': { type: 'boolean' },
};

const str = (v: Values[string]): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: Values[string]): string[] => (Array.isArray(v) ? (v as string[]) : []);

export const dimsOf = (values: Values): DimValues => parseDims(list(values.dim));

/** What to measure of one model file: its dims, input ranges and input files from the options. */
export const jobOf = (values: Values, id: string, path: string): ModelJob => ({
  id,
  path,
  dims: dimsOf(values),
  ranges: rangesOf(values),
  files: filesOf(values),
});
/** The scenarios of --scenario, in order (none: the model once, at its --dim values). */
export function scenariosOf(values: Values): Scenario[] {
  const scenarios = list(values.scenario).map(parseScenarioSpec);
  checkScenarioNames(scenarios, '--scenario');
  return scenarios;
}

/**
 * One job per scenario (`id/scenario`, the scenario's dims over --dim), or the one job of
 * jobOf when no --scenario is given.
 */
export function jobsOf(values: Values, id: string, path: string): ModelJob[] {
  const job = jobOf(values, id, path);
  const scenarios = scenariosOf(values);
  if (scenarios.length === 0) return [job];
  return scenarios.map((s) => ({
    ...job,
    id: unitId(id, s.name),
    dims: { ...job.dims, ...s.dims },
  }));
}

export const rangesOf = (values: Values) => parseRanges(list(values['input-range']));
export const filesOf = (values: Values) => parseFiles(list(values.input));

/** RuntimeSettings from the options, over the defaults. */
export function settingsOf(
  values: Values,
  defaults: Partial<RuntimeSettings> = {},
): RuntimeSettings {
  const base = { ...DEFAULT_SETTINGS, ...defaults };
  const v = (k: string) => str(values[k]);
  return {
    ...base,
    provider: v('provider') ?? base.provider,
    intraOpThreads: v('threads')
      ? parsePositiveInt(v('threads')!, '--threads')
      : base.intraOpThreads,
    interOpThreads: v('inter-threads')
      ? parsePositiveInt(v('inter-threads')!, '--inter-threads')
      : base.interOpThreads,
    graphOptimizationLevel: v('opt-level')
      ? parseOptLevel(v('opt-level')!)
      : base.graphOptimizationLevel,
    budgetMs: v('budget') ? parseDuration(v('budget')!, '--budget') : base.budgetMs,
    warmupRuns: v('warmup') ? parsePositiveInt(v('warmup')!, '--warmup', 0) : base.warmupRuns,
    latencyBatch: v('latency-batch')
      ? parsePositiveInt(v('latency-batch')!, '--latency-batch')
      : base.latencyBatch,
    batchSizes: v('batch-sizes')
      ? parseIntList(v('batch-sizes')!, '--batch-sizes')
      : base.batchSizes,
    coldStartRuns: v('cold-starts')
      ? parsePositiveInt(v('cold-starts')!, '--cold-starts')
      : base.coldStartRuns,
    timeoutMs: v('timeout') ? parseDuration(v('timeout')!, '--timeout') : base.timeoutMs,
    seed: v('seed') ? parsePositiveInt(v('seed')!, '--seed', 0) : base.seed,
  };
}

/** The latency batch the user asked for, if they did (else the plan picks one). */
export const askedLatencyBatch = (values: Values): number | undefined =>
  str(values['latency-batch'])
    ? parsePositiveInt(str(values['latency-batch'])!, '--latency-batch')
    : undefined;

/** Writes the command's output where --out says, or to stdout. */
export function emit(values: Values, text: string, out: (s: string) => void): void {
  const path = str(values.out);
  if (!path) {
    out(text);
    return;
  }
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new UserError(
      `cannot write ${path}: ${(e as Error).message}. Check that its folder exists and is writable.`,
    );
  }
}

export const stringOption = str;
export const listOption = list;
