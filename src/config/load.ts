/**
 * Reads and validates the Action's config file (`.github/misnomer.yml`). The first problem
 * found is thrown as a `UserError` that starts with `file:line:column: ` and points at the
 * offending key or value; everything valid comes back with its defaults filled in.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, posix } from 'node:path';
import { isMap, isScalar, isSeq } from 'yaml';
import { clashesWithGateKey, parseScopedGate } from '../compare/gates.ts';
import { UserError } from '../errors.ts';
import { parseDuration } from '../measure/settings.ts';
import { isScenarioName, SCENARIO_NAME_RULE } from '../scenario.ts';
import { isName, NAME_RULE } from '../names.ts';
import {
  COMMAND_KEYS,
  CONFIG_DEFAULTS,
  INPUT_KEYS,
  MODEL_KEYS,
  SCENARIO_KEYS,
  TOP_KEYS,
} from './schema.ts';
import type {
  BaselineStrategy,
  HistoryStore,
  CommandConfig,
  CommentMode,
  Config,
  GateConfig,
  ModelConfig,
  ScenarioConfig,
} from './types.ts';
import { got, YamlSource, type Field } from './yaml-walk.ts';

export { CONFIG_DEFAULTS, DEFAULT_CONFIG_FILE } from './schema.ts';
export { locationText } from './yaml-walk.ts';

const BASELINES: readonly BaselineStrategy[] = ['auto', 'cache', 'rebuild'];
const HISTORIES: readonly HistoryStore[] = ['cache', 'branch'];
const COMMENTS: readonly CommentMode[] = ['always', 'on-change', 'never'];
const EXAMPLE = 'models:\n  - id: classifier\n    path: model.onnx';
export { EXAMPLE as CONFIG_EXAMPLE };
const POSITIVE = 'a positive integer';
const FRACTION = 'a percentage above 0% and below 100% such as 5% (or a fraction such as 0.05)';

/** Reads `file` (unless its `text` is given) and validates it. */
export function loadConfig(file: string, text?: string): Config {
  if (text === undefined) {
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        throw new UserError(
          `${file}: no config file there. misnomer looked for its config at this path; create ` +
            `it, e.g.\n\n${EXAMPLE}\n\nor set the Action's \`config\` input to another path.`,
        );
      }
      throw new UserError(`${file}: cannot read the config file: ${(e as Error).message}`);
    }
  }
  const y: YamlSource = YamlSource.parse(file, text);
  const root = y.root();
  if (root.node === null) {
    y.fail(root, `the config is empty; it needs at least a list of models, e.g.\n\n${EXAMPLE}`);
  }
  if (!isMap(root.node)) {
    y.fail(root, `expected a map of settings, got ${got(root.node)}; e.g.\n\n${EXAMPLE}`);
  }
  const top = y.keys(root, TOP_KEYS, 'a map of settings');
  const modelsField = top.get('models');
  if (!modelsField) {
    y.fail(root, `"models" is missing; list the models to measure, e.g.\n\n${EXAMPLE}`);
  }
  if (!isSeq(modelsField.node) || modelsField.node.items.length === 0) {
    y.fail(
      modelsField,
      `expected a non-empty list of models, got ${got(modelsField.node)}; e.g.\n\n${EXAMPLE}`,
    );
  }
  const ids = uniqueNames(y, 'id');
  const models = y.items(modelsField, '').map((f) => model(y, f, ids));
  const names = uniqueNames(y, 'name');
  const commands = (
    optional(top, 'commands', (f) =>
      y.items(f, 'a list of commands such as [{ name: export, run: python export.py }]'),
    ) ?? []
  ).map((f) => command(y, f, names));

  return {
    file,
    models,
    commands,
    gates:
      optional(top, 'gates', (f) =>
        gates(y, f, new Set(models.flatMap((m) => m.scenarios.map((s) => s.name)))),
      ) ?? [],
    budgetMs: optional(top, 'budget', (f) => duration(y, f, 'budget')) ?? CONFIG_DEFAULTS.budgetMs,
    buildTimeoutMs:
      optional(top, 'build-timeout', (f) => duration(y, f, 'build-timeout')) ??
      CONFIG_DEFAULTS.buildTimeoutMs,
    threshold: optional(top, 'threshold', (f) => fraction(y, f)) ?? CONFIG_DEFAULTS.threshold,
    staticThreshold:
      optional(top, 'static-threshold', (f) => fraction(y, f)) ?? CONFIG_DEFAULTS.staticThreshold,
    failOnInconclusive:
      optional(top, 'fail-on-inconclusive', (f) => y.boolean(f)) ??
      CONFIG_DEFAULTS.failOnInconclusive,
    failOnMissingBase:
      optional(top, 'fail-on-missing-base', (f) => y.boolean(f)) ??
      CONFIG_DEFAULTS.failOnMissingBase,
    baseline: optional(top, 'baseline', (f) => y.oneOf(f, BASELINES)) ?? CONFIG_DEFAULTS.baseline,
    comment: optional(top, 'comment', (f) => y.oneOf(f, COMMENTS)) ?? CONFIG_DEFAULTS.comment,
    key: optional(top, 'key', (f) => name(y, f)) ?? CONFIG_DEFAULTS.key,
    branches: optional(top, 'branches', (f) => branches(y, f)) ?? [...CONFIG_DEFAULTS.branches],
    history: optional(top, 'history', (f) => y.oneOf(f, HISTORIES)) ?? CONFIG_DEFAULTS.history,
    historyBranch:
      optional(top, 'history-branch', (f) => branchName(y, f)) ?? CONFIG_DEFAULTS.historyBranch,
  };
}

/** Applies `read` to the key's value when the key is written. */
function optional<T>(
  fields: Map<string, Field>,
  key: string,
  read: (f: Field) => T,
): T | undefined {
  const f = fields.get(key);
  return f ? read(f) : undefined;
}

function required(
  y: YamlSource,
  entry: Field,
  fields: Map<string, Field>,
  key: string,
  hint: string,
): Field {
  const f = fields.get(key);
  if (!f) y.fail(entry, `"${key}" is missing: ${hint}`);
  return f;
}

function model(y: YamlSource, entry: Field, ids: Unique): ModelConfig {
  const fields = y.keys(entry, MODEL_KEYS, 'a model such as { id: classifier, path: model.onnx }');
  const idField = required(y, entry, fields, 'id', 'a name for the model, e.g. id: classifier');
  const pathField = required(
    y,
    entry,
    fields,
    'path',
    'the ONNX file, relative to the repository root, e.g. path: model.onnx',
  );
  const m: ModelConfig = {
    id: ids(name(y, idField), idField, entry.path),
    path: relativePath(y, pathField, 'the path of an ONNX file such as model.onnx'),
    dims: {},
    batchSizes: optional(fields, 'batch-sizes', (f) => batchSizes(y, f)) ?? [],
    ranges: {},
    files: {},
    values: {},
    scenarios: [],
    at: y.location(entry),
    fieldsAt: { path: y.location(pathField) },
  };
  const build = fields.get('build');
  if (build) {
    m.build = y.text(build, 'a shell command such as python export.py');
    m.fieldsAt.build = y.location(build);
  }
  dimsAndInputs(y, fields, m);
  const latencyBatch = fields.get('latency-batch');
  if (latencyBatch) m.latencyBatch = y.integer(latencyBatch, `${POSITIVE} such as 1`);
  const threads = fields.get('threads');
  if (threads) m.threads = y.integer(threads, `${POSITIVE} such as 1`);
  const provider = fields.get('provider');
  if (provider) m.provider = y.text(provider, 'an execution provider such as cpu');
  const scenarios = fields.get('scenarios');
  if (scenarios) {
    const names = uniqueNames(y, 'name');
    m.scenarios = y
      .items(
        scenarios,
        'a list of scenarios such as [{ name: decode, dims: { sequence_length: 1 } }]',
      )
      .map((f) => scenario(y, f, names));
  }
  return m;
}

/** `dims:` and `inputs:` of a model or a scenario, into `into`. */
function dimsAndInputs(y: YamlSource, fields: Map<string, Field>, into: InputSettings): void {
  const dims = fields.get('dims');
  for (const [key, f] of dims
    ? y.entries(dims, 'a map of dims such as { batch: 1, seq: 128 }')
    : []) {
    // 0 is a size too: a decoder's prefill has a past of length 0.
    into.dims[key.name] = y.integer(f, 'a non-negative integer such as 128', 0);
  }
  const inputs = fields.get('inputs');
  for (const [key, f] of inputs
    ? y.entries(inputs, 'a map of inputs such as { ids: { range: [0, 999] } }')
    : []) {
    input(y, f, key.name, into);
  }
}

type InputSettings = Pick<ModelConfig, 'dims' | 'ranges' | 'files' | 'values'>;

function scenario(y: YamlSource, entry: Field, names: Unique): ScenarioConfig {
  const fields = y.keys(
    entry,
    SCENARIO_KEYS,
    'a scenario such as { name: decode, dims: { sequence_length: 1 } }',
  );
  const nameField = required(
    y,
    entry,
    fields,
    'name',
    'a name for the scenario, e.g. name: decode',
  );
  const text = y.text(nameField, SCENARIO_NAME_RULE);
  if (!isScenarioName(text)) y.expected(nameField, SCENARIO_NAME_RULE);
  if (clashesWithGateKey(text)) {
    y.fail(
      nameField,
      `"${text}" is also the start of a gate key, so "${text}.…" gates would be ambiguous; ` +
        'choose another name',
    );
  }
  const s: ScenarioConfig = {
    name: names(text, nameField, entry.path),
    dims: {},
    ranges: {},
    files: {},
    values: {},
    at: y.location(entry),
  };
  dimsAndInputs(y, fields, s);
  const sizes = fields.get('batch-sizes');
  if (sizes) s.batchSizes = batchSizes(y, sizes);
  const latencyBatch = fields.get('latency-batch');
  if (latencyBatch) s.latencyBatch = y.integer(latencyBatch, `${POSITIVE} such as 1`);
  return s;
}

function input(y: YamlSource, entry: Field, inputName: string, m: InputSettings): void {
  const shape = '{ range: [min, max] }, { file: values.npy } or { value: 16000 }';
  const fields = y.keys(entry, INPUT_KEYS, shape);
  const range = fields.get('range');
  const file = fields.get('file');
  const value = fields.get('value');
  if ([range, file, value].filter(Boolean).length > 1)
    y.fail(entry, 'give one of range, file or value, not several');
  if (value) {
    m.values[inputName] = { ...tensorValue(y, value), source: `${y.where(value)}: ${value.path}` };
  } else if (range) {
    const pair = 'a range of two integers [min, max] such as [0, 999]';
    const ends = y.items(range, pair);
    if (ends.length !== 2) y.expected(range, pair);
    const [min, max] = ends.map((f) => y.integer(f, pair, Number.MIN_SAFE_INTEGER));
    if (min > max) y.fail(range, `expected [min, max] with min <= max, got [${min}, ${max}]`);
    m.ranges[inputName] = [min, max];
  } else if (file) {
    const what = 'a .npy or .json file such as values.npy';
    const p = relativePath(y, file, what);
    if (!/\.(npy|json)$/i.test(p)) y.expected(file, what);
    m.files[inputName] = p;
  } else {
    y.expected(entry, shape);
  }
}

/** A scalar or a rectangular nested list of numbers (or booleans): its shape and values. */
function tensorValue(y: YamlSource, f: Field): { shape: number[]; values: number[] } {
  const what = 'a number, true/false, or a nested list of them such as [[1, 2], [3, 4]]';
  if (isSeq(f.node)) {
    const parts = y.items(f, what).map((item) => tensorValue(y, item));
    const inner = parts[0]?.shape ?? [];
    parts.forEach((p, i) => {
      if (p.shape.join() !== inner.join())
        y.fail(f, `the list is ragged: item ${i} has shape [${p.shape}], item 0 [${inner}]`);
    });
    return { shape: [parts.length, ...inner], values: parts.flatMap((p) => p.values) };
  }
  const v = isScalar(f.node) ? f.node.value : undefined;
  if (typeof v === 'boolean') return { shape: [], values: [Number(v)] };
  if (typeof v !== 'number' || !Number.isFinite(v)) y.expected(f, what);
  return { shape: [], values: [v] };
}

function command(y: YamlSource, entry: Field, names: Unique): CommandConfig {
  const fields = y.keys(
    entry,
    COMMAND_KEYS,
    'a command such as { name: export, run: python export.py }',
  );
  const nameField = required(y, entry, fields, 'name', 'a name for the command, e.g. name: export');
  return {
    name: names(y.text(nameField, 'a name such as export'), nameField, entry.path),
    run: y.text(
      required(y, entry, fields, 'run', 'the shell command, e.g. run: python export.py'),
      'a shell command such as python export.py',
    ),
    runs:
      optional(fields, 'runs', (f) => y.integer(f, `${POSITIVE} such as 5`)) ??
      CONFIG_DEFAULTS.commandRuns,
    at: y.location(entry),
  };
}

/** Registers a name; a repeated one is an error pointing at the later one. */
type Unique = (value: string, at: Field, owner: string) => string;

function uniqueNames(y: YamlSource, key: string): Unique {
  const owners = new Map<string, string>();
  return (value, at, owner) => {
    const first = owners.get(value);
    if (first !== undefined) {
      y.fail(at, `"${value}" is already the ${key} of ${first}; each ${key} must be unique`);
    }
    owners.set(value, owner);
    return value;
  };
}

function gates(y: YamlSource, f: Field, scenarios: ReadonlySet<string>): GateConfig[] {
  return y
    .entries(f, 'a map of gates such as { latency.p50: +5%, params: +1% }')
    .map(([key, value]) => {
      const v = isScalar(value.node) ? value.node.value : undefined;
      if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
        const onOff = key.name === 'fail-on-contradiction' || key.name === 'on-inconclusive';
        y.expected(value, onOff ? 'true or false' : 'a limit such as +5%');
      }
      return {
        gate: parseScopedGate(key.name, v, scenarios, y.where(key.pos)),
        at: y.location(key.pos),
      };
    });
}

function duration(y: YamlSource, f: Field, what: string): number {
  const v = isScalar(f.node) ? f.node.value : undefined;
  if (typeof v !== 'string' && typeof v !== 'number')
    y.expected(f, 'a duration such as 60s, 2m or 500ms');
  try {
    return parseDuration(String(v), what);
  } catch (e) {
    throw e instanceof UserError ? new UserError(`${y.where(f)}: ${e.message}`) : e;
  }
}

/** `5%`, `5` (a number of 1 or more is percent) or `0.05`; strictly between 0 and 1. */
function fraction(y: YamlSource, f: Field): number {
  const v = isScalar(f.node) ? f.node.value : undefined;
  let value: number | undefined;
  let shown = got(f.node);
  if (typeof v === 'number') {
    value = v >= 1 ? v / 100 : v;
    if (v >= 1) shown += ` (read as ${v}%)`;
  } else if (typeof v === 'string') {
    const m = /^\s*(\d+(?:\.\d*)?|\.\d+)\s*%\s*$/.exec(v);
    if (m) value = Number(m[1]) / 100;
  }
  if (value === undefined || !(value > 0 && value < 1))
    y.fail(f, `expected ${FRACTION}, got ${shown}`);
  return value;
}

function name(y: YamlSource, f: Field): string {
  const text = y.text(f, NAME_RULE);
  if (!isName(text)) y.expected(f, NAME_RULE);
  return text;
}

function batchSizes(y: YamlSource, f: Field): number[] {
  const what = 'a list of positive integers such as [1, 8]';
  const seen = new Set<number>();
  for (const item of y.items(f, what)) {
    const n = y.integer(item, what);
    if (seen.has(n)) y.fail(item, `${n} is listed twice; each batch size once`);
    seen.add(n);
  }
  return [...seen];
}

/**
 * A branch name git accepts (the rules of git check-ref-format, conservatively): letters,
 * digits and . _ / -, no `..`, no part that starts with `.` or ends with `.lock`.
 */
function branchName(y: YamlSource, f: Field): string {
  const b = y.text(f, 'a branch name such as misnomer-history');
  const parts = b.split('/');
  const ok =
    /^[A-Za-z0-9._/-]{1,100}$/.test(b) &&
    !b.startsWith('-') &&
    !b.includes('..') &&
    parts.every((p) => p !== '' && !p.startsWith('.') && !p.endsWith('.lock'));
  if (!ok) {
    y.fail(
      f,
      `"${b}" is not a branch name misnomer writes to: use letters, digits, '.', '_', '-' and '/' (no '..', no part starting with '.'), such as misnomer-history`,
    );
  }
  return b;
}

function branches(y: YamlSource, f: Field): string[] {
  const what = 'a list of branch names such as [main]';
  return [...new Set(y.items(f, what).map((item) => y.text(item, what)))];
}

/** A path inside the checkout: not absolute, not climbing out of it with `..`. */
function relativePath(y: YamlSource, f: Field, what: string): string {
  const p = y.text(f, what);
  if (isAbsolute(p) || /^[A-Za-z]:[\\/]/.test(p)) {
    y.fail(f, `"${p}" is an absolute path; write it relative to the repository root`);
  }
  const normal = posix.normalize(p.replace(/\\/g, '/'));
  if (normal === '..' || normal.startsWith('../')) {
    y.fail(f, `"${p}" points outside the repository root; the path must stay inside the checkout`);
  }
  return p;
}
