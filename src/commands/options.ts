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
  let parsed;
  try {
    parsed = parseArgs({
      args: optionalValues(
        args,
        OUTPUTS.filter((o) => options[o]?.type === 'string'),
      ),
      options,
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UserError(`${(e as Error).message}. Run "misnomer --help" for the options.`);
  }
  const toStdout = OUTPUTS.filter((o) => parsed.values[o] === STDOUT);
  if (toStdout.length > 1) {
    throw new UserError(
      `${toStdout.map((o) => `--${o}`).join(' and ')} would both print to stdout: give one of them a file (--json report.json).`,
    );
  }
  return parsed;
}

/** The outputs every command offers: alone they print to stdout, with a file they write it. */
const OUTPUTS = ['json', 'markdown'] as const;
/** The value of an output given without a file (or given `-`): stdout. */
export const STDOUT = '-';

/**
 * `--json` and `--markdown` take an optional file. parseArgs knows no optional values, so a flag
 * whose next word is not its file becomes `--json=-` first. The next word is its file unless it
 * is an option or a model (.onnx): `analyze --json model.onnx` prints JSON, as it always did,
 * and `compare a.onnx b.onnx --json cmp.json` writes cmp.json, as it always did.
 */
function optionalValues(args: string[], names: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') return [...out, ...args.slice(i)];
    if (!a.startsWith('--') || !names.includes(a.slice(2))) {
      out.push(a);
      continue;
    }
    const next = args[i + 1];
    const isFile =
      next !== undefined && next !== STDOUT && !next.startsWith('-') && !next.endsWith('.onnx');
    if (isFile) {
      out.push(`${a}=${next}`);
      i++;
    } else {
      out.push(`${a}=${STDOUT}`);
      if (next === STDOUT) i++;
    }
  }
  return out;
}

/** Where `--json` or `--markdown` sends its output: STDOUT, a file, or nowhere (not given). */
export const outputOf = (values: Values, name: (typeof OUTPUTS)[number]): string | undefined =>
  str(values[name]);

type Rendering = 'json' | 'markdown' | 'terminal';

/** The renderings the options ask for, each with its target: a file, or STDOUT (the main one). */
function outputPlan(values: Values): [Rendering, string][] {
  let main: Rendering = 'terminal';
  const plan: [Rendering, string][] = [];
  for (const name of OUTPUTS) {
    const target = outputOf(values, name);
    if (target === STDOUT) main = name;
    else if (target) plan.push([name, target]);
  }
  plan.push([main, STDOUT]);
  return plan;
}

/** The renderings writeOutputs will call: a command loads the code of these only. */
export const renderingsOf = (values: Values): Set<Rendering> =>
  new Set(outputPlan(values).map(([name]) => name));

/**
 * Writes the JSON and the Markdown where the options say, and prints the main output: the one
 * asked for on stdout, else the terminal text. Each is rendered only when it is wanted.
 */
export function writeOutputs(
  values: Values,
  render: Record<Rendering, () => string>,
  out: (s: string) => void,
): void {
  for (const [name, target] of outputPlan(values))
    emit(target === STDOUT ? values : { out: target }, render[name](), out);
}

export const STATIC_OPTIONS: Options = {
  dim: { type: 'string', multiple: true },
  scenario: { type: 'string', multiple: true },
  json: { type: 'string' },
  markdown: { type: 'string' },
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
