/**
 * Reading a comparison (`misnomer/comparison@1`) written by `compare --json`. In the Action's
 * comment mode it comes from an artifact of a pull request's workflow, possibly from a fork:
 * untrusted input. Every field a renderer reads is checked for its type (numbers finite, strings
 * strings, verdicts and statuses among their values, lists lists), so a damaged or forged file is
 * one clear error naming the file and the field, never a stack trace or a broken report.
 *
 * Strings that reach more than escaped Markdown have grammars (grammar.ts): model ids and the
 * models gates name (the config's id rule, `model/scenario` for a scenario), gate names (the
 * known gate keys), scenario names. Other strings (labels, reasons, notes) are kept as they are:
 * the renderers escape them.
 */
import {
  ArtifactError,
  Checker,
  isFiniteNumber,
  isObject,
  join,
  keyPath,
  MAX_ARTIFACT_BYTES,
  readJson,
  wrongSchema,
} from './checker.ts';
import {
  GATE_NAME_RULE,
  isGateName,
  isScenarioName,
  isUnitId,
  SCENARIO_NAME_RULE,
  UNIT_ID_RULE,
} from './grammar.ts';
import { checkHistoryView } from './history.ts';
import { STATIC_INDICATORS } from '../indicators.ts';
import { SETTINGS_NUMBERS } from './result.ts';
import { checkPlacement, checkRoofline } from './roofline.ts';
import { COMPARISON_SCHEMA, type Comparison } from './types.ts';

export { ArtifactError };

/** Real comparisons are far smaller; a larger file is refused before it is parsed. */
export const MAX_COMPARISON_BYTES = MAX_ARTIFACT_BYTES;

const STATIC_UNITS = [...new Set(STATIC_INDICATORS.map((r) => r.unit))];
const RUNTIME_UNITS = ['ms', 'examples/s', 'tokens/s', 'bytes', 'FLOP/s'];
const STATIC_VERDICTS = ['better', 'worse', 'unchanged', 'changed'];
const RUNTIME_VERDICTS = [...STATIC_VERDICTS, 'inconclusive', 'not-tested', 'not-comparable'];
const STATUSES = ['compared', 'added', 'removed', 'failed'];
const RUNTIME_MODES = ['paired', 'unpaired', 'not-comparable', 'none'];
const AGAIN = 'misnomer compare --json';

/**
 * Reads and checks a comparison file; `name` names it in an ArtifactError's reason (a comment
 * may show it: the file's name, never the runner's path).
 */
export function readComparison(path: string, name = 'comparison.json'): Comparison {
  return parseComparison(readJson(path, name, 'comparison'), path, name);
}

/** Checks that `data` is a comparison every renderer can read; `where` names it in errors. */
export function parseComparison(data: unknown, where: string, name = where): Comparison {
  const schema = isObject(data) ? data.schema : undefined;
  if (schema !== COMPARISON_SCHEMA) wrongSchema(where, name, COMPARISON_SCHEMA, schema);
  const c = new Checker();
  const root = c.object(data, '')!;
  const tool = c.child(root, 'tool', '');
  if (tool) {
    c.oneOf(tool, 'name', 'tool', ['misnomer']);
    c.string(tool, 'version', 'tool');
  }
  for (const side of ['base', 'head']) {
    const s = c.child(root, side, '');
    if (s) {
      c.string(s, 'label', side);
      c.string(s, 'commit', side, true);
    }
  }
  c.list(root, 'models', '', (m, at) => checkModel(c, m, at));
  c.list(root, 'gates', '', (g, at) => {
    const o = c.object(g, at);
    if (!o) return;
    c.matching(o, 'gate', at, isGateName, GATE_NAME_RULE);
    c.matching(o, 'model', at, isUnitId, UNIT_ID_RULE);
    for (const k of ['limit', 'reason']) c.string(o, k, at);
    c.boolean(o, 'tripped', at);
  });
  c.string(root, 'headline', '');
  if (root.notes !== undefined) c.list(root, 'notes', '', (n, at) => c.isString(n, at));
  if (root.commands !== undefined) {
    c.list(root, 'commands', '', (v, p) => {
      const d = c.object(v, p);
      if (!d) return;
      for (const k of ['name', 'command', 'reason']) c.string(d, k, p);
      for (const k of ['base', 'head', 'ratio']) c.number(d, k, p, { nullable: true });
      c.number(d, 'rounds', p);
      checkInterval(c, d, p);
      c.oneOf(d, 'verdict', p, RUNTIME_VERDICTS);
    });
  }
  checkSettings(c, root);
  const hw = c.child(root, 'hardware', '', true);
  if (hw) {
    c.boolean(hw, 'comparable', 'hardware');
    c.list(hw, 'differences', 'hardware', (d, at) => c.isString(d, at));
    c.string(hw, 'description', 'hardware');
  }
  checkRoofline(c, root, '');
  checkHistoryView(c, root, '');
  const method = c.child(root, 'method', '', true);
  if (method) {
    for (const k of ['threshold', 'confidence', 'resamples', 'seed']) c.number(method, k, 'method');
  }
  c.done(where, name, AGAIN);
  return data as Comparison;
}

function checkModel(c: Checker, value: unknown, at: string): void {
  const m = c.object(value, at);
  if (!m) return;
  c.matching(m, 'id', at, isUnitId, UNIT_ID_RULE);
  const scenario = c.child(m, 'scenario', at, true);
  if (scenario) {
    c.matching(scenario, 'name', join(at, 'scenario'), isScenarioName, SCENARIO_NAME_RULE);
    const dims = c.child(scenario, 'dims', join(at, 'scenario'));
    for (const k of Object.keys(dims ?? {})) {
      if (!isFiniteNumber(dims![k]))
        c.problem(keyPath(join(at, 'scenario.dims'), k), 'a number', dims![k]);
    }
  }
  c.oneOf(m, 'status', at, STATUSES);
  c.string(m, 'reason', at, true);
  if (m.failedSides !== undefined) {
    c.list(m, 'failedSides', at, (v, p) => {
      if (v !== 'base' && v !== 'head') c.problem(p, '"base" or "head"', v);
    });
  }
  c.list(m, 'static', at, (v, p) => {
    const d = c.object(v, p);
    if (!d) return;
    c.string(d, 'indicator', p);
    c.string(d, 'label', p);
    c.oneOf(d, 'unit', p, STATIC_UNITS);
    for (const k of ['base', 'head', 'delta', 'relative']) c.number(d, k, p, { nullable: true });
    c.oneOf(d, 'verdict', p, STATIC_VERDICTS);
    c.boolean(d, 'incomplete', p);
  });
  c.list(m, 'runtime', at, (v, p) => {
    const d = c.object(v, p);
    if (!d) return;
    for (const k of ['indicator', 'label', 'reason']) c.string(d, k, p);
    c.oneOf(d, 'unit', p, RUNTIME_UNITS);
    for (const k of ['base', 'head', 'ratio']) c.number(d, k, p, { nullable: true });
    checkInterval(c, d, p);
    c.number(d, 'confidence', p, { optional: true });
    if (
      d.confidence !== undefined &&
      !((d.confidence as number) > 0 && (d.confidence as number) < 1)
    )
      c.problem(join(p, 'confidence'), 'a number between 0 and 1', d.confidence);
    c.number(d, 'rounds', p);
    c.number(d, 'pairs', p, { optional: true });
    c.oneOf(d, 'verdict', p, RUNTIME_VERDICTS);
    c.boolean(d, 'gating', p);
  });
  c.oneOf(m, 'runtimeMode', at, RUNTIME_MODES);
  c.list(m, 'opTypes', at, (v, p) => {
    const o = c.object(v, p);
    if (!o) return;
    c.string(o, 'opType', p);
    for (const side of ['base', 'head']) {
      const s = c.child(o, side, p, false, true);
      if (!s) continue;
      const sp = `${p}.${side}`;
      for (const k of ['count', 'flops', 'flopsShare', 'bytesShare']) c.number(s, k, sp);
      c.number(s, 'timeShare', sp, { optional: true });
      c.number(s, 'achievedFlopsPerSecond', sp, { optional: true });
      checkPlacement(c, s, sp);
    }
  });
  c.number(m, 'ridgeFlopsPerByte', at, { optional: true });
  c.list(m, 'contradictions', at, (v, p) => {
    const x = c.object(v, p);
    if (!x) return;
    for (const k of ['rule', 'title', 'evidence']) c.string(x, k, p);
    c.list(x, 'changes', p, (ch, q) => {
      const o = c.object(ch, q);
      if (!o) return;
      c.string(o, 'indicator', q);
      c.number(o, 'relative', q);
    });
  });
  c.list(m, 'notes', at, (n, p) => c.isString(n, p));
}

/**
 * A CI is null or [low, high]. JSON writes an infinite end as null, and a CI that says
 * "anything" is [0, Infinity]: a null upper end is read back as Infinity.
 */
function checkInterval(c: Checker, d: Record<string, unknown>, at: string): void {
  const ci = d.ci;
  if (ci === null) return;
  const ok =
    Array.isArray(ci) &&
    ci.length === 2 &&
    isFiniteNumber(ci[0]) &&
    (ci[1] === null || isFiniteNumber(ci[1]));
  if (!ok) {
    c.problem(`${at}.ci`, 'null or [low, high], low a number and high a number or null', ci);
    return;
  }
  if (ci[1] === null) ci[1] = Infinity;
}

function checkSettings(c: Checker, root: Record<string, unknown>): void {
  const s = c.child(root, 'settings', '', true);
  if (!s) return;
  c.string(s, 'provider', 'settings');
  for (const k of SETTINGS_NUMBERS) c.number(s, k, 'settings');
  c.oneOf(s, 'graphOptimizationLevel', 'settings', ['disabled', 'basic', 'extended', 'all']);
  c.oneOf(s, 'executionMode', 'settings', ['sequential', 'parallel']);
  c.list(s, 'batchSizes', 'settings', (b, at) => {
    if (!isFiniteNumber(b)) c.problem(at, 'a number', b);
  });
}
