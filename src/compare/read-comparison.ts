/**
 * Reading a comparison (`misnomer/comparison@1`) written by `compare --json`. In the Action's
 * comment mode it comes from an artifact of a pull request's workflow, possibly from a fork:
 * untrusted input. Every field a renderer reads is checked for its type (numbers finite, strings
 * strings, verdicts and statuses among their values, lists lists), so a damaged or forged file is
 * one clear error naming the file and the field, never a stack trace or a broken report. Strings
 * are kept as they are: the renderers escape them.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { UserError } from '../errors.ts';
import { bytes } from '../report/format.ts';
import { clean } from '../text.ts';
import { SETTINGS_NUMBERS } from './result.ts';
import { STATIC_ROWS } from './static.ts';
import { COMPARISON_SCHEMA, type Comparison } from './types.ts';

/** Real comparisons are far smaller; a larger file is refused before it is parsed. */
export const MAX_COMPARISON_BYTES = 20 * 1024 * 1024;

const CHUNK = 1024 * 1024;

/** Problems listed in the message (all are counted). */
const LISTED = 3;

const STATIC_UNITS = [...new Set(STATIC_ROWS.map((r) => r.unit))];
const RUNTIME_UNITS = ['ms', 'examples/s', 'tokens/s', 'bytes', 'FLOP/s'];
const STATIC_VERDICTS = ['better', 'worse', 'unchanged'];
const RUNTIME_VERDICTS = [...STATIC_VERDICTS, 'inconclusive', 'not-tested', 'not-comparable'];
const STATUSES = ['compared', 'added', 'removed', 'failed'];
const RUNTIME_MODES = ['paired', 'unpaired', 'not-comparable', 'none'];

export function readComparison(path: string): Comparison {
  const text = readCapped(path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // The parser quotes a piece of the file: cleaned, since it ends up in a log.
    const why = clean((e as Error).message).slice(0, 200);
    throw new UserError(`${path} is not valid JSON (${why}): the file is truncated or damaged.`);
  }
  return parseComparison(data, path);
}

/** The file's text, refusing anything that is not a regular file or is over the size cap. */
function readCapped(path: string): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const why =
      (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    throw new UserError(`${path}: cannot read a misnomer comparison (${why}).`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      throw new UserError(`${path}: cannot read a misnomer comparison (not a regular file).`);
    }
    if (stat.size > MAX_COMPARISON_BYTES) tooLarge(path, `is ${bytes(stat.size)}`);
    // In chunks, whatever fstat said: a file that grows while it is read is still refused.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(CHUNK);
      const n = readSync(fd, chunk, 0, CHUNK, null);
      if (n === 0) break;
      total += n;
      if (total > MAX_COMPARISON_BYTES) tooLarge(path, 'grew too large while it was read');
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function tooLarge(path: string, what: string): never {
  throw new UserError(
    `${path} ${what}: a misnomer comparison may be at most ${bytes(MAX_COMPARISON_BYTES)}, ` +
      'so it is refused unread.',
  );
}

/** Checks that `data` is a comparison every renderer can read; `where` names it in errors. */
export function parseComparison(data: unknown, where: string): Comparison {
  const schema = isObject(data) ? data.schema : undefined;
  if (schema !== COMPARISON_SCHEMA) {
    throw new UserError(
      `${where} is not a ${COMPARISON_SCHEMA} file (its schema is ${shown(schema ?? null)}). ` +
        'It may come from another version of misnomer: produce it again with this one.',
    );
  }
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
    for (const k of ['gate', 'limit', 'model', 'reason']) c.string(o, k, at);
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
  const method = c.child(root, 'method', '', true);
  if (method) {
    for (const k of ['threshold', 'confidence', 'resamples', 'seed']) c.number(method, k, 'method');
  }
  if (c.count > 0) {
    const more = c.count > LISTED ? `; and ${c.count - LISTED} more` : '';
    throw new UserError(
      `${where}: ${c.problems.join('; ')}${more}. The file was edited or damaged: produce it ` +
        'again with misnomer compare --json.',
    );
  }
  return data as Comparison;
}

function checkModel(c: Checker, value: unknown, at: string): void {
  const m = c.object(value, at);
  if (!m) return;
  c.string(m, 'id', at);
  const scenario = c.child(m, 'scenario', at, true);
  if (scenario) {
    c.string(scenario, 'name', join(at, 'scenario'));
    const dims = c.child(scenario, 'dims', join(at, 'scenario'));
    for (const k of Object.keys(dims ?? {})) c.number(dims!, k, join(at, 'scenario.dims'));
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
    c.number(d, 'rounds', p);
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
    }
  });
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

// --- the checker ---------------------------------------------------------------------------

type Obj = Record<string, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** A value in an error message: its kind, or the value itself (quoted, cut) for a string. */
function describe(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return shown(v);
  if (typeof v === 'number') return Number.isFinite(v) ? 'a number' : String(v);
  if (typeof v === 'boolean') return String(v);
  return typeof v === 'object' ? 'an object' : typeof v;
}

/** JSON, cut to 40 characters and cleaned: it ends up in a log. */
function shown(v: unknown): string {
  const text = clean(JSON.stringify(v) ?? String(v));
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Collects every problem with its path; lists the first few. */
class Checker {
  readonly problems: string[] = [];
  count = 0;

  problem(path: string, expected: string, value: unknown): void {
    this.count++;
    if (this.problems.length < LISTED) {
      this.problems.push(`${path} should be ${expected} (it is ${describe(value)})`);
    }
  }

  object(v: unknown, path: string): Obj | null {
    if (isObject(v)) return v;
    this.problem(path, 'an object', v);
    return null;
  }

  /** o[key] as an object; absent is fine when optional, null when nullable. */
  child(o: Obj, key: string, path: string, optional = false, nullable = false): Obj | null {
    const v = o[key];
    if ((optional && v === undefined) || (nullable && v === null)) return null;
    if (isObject(v)) return v;
    this.problem(join(path, key), nullable ? 'an object or null' : 'an object', v);
    return null;
  }

  isString(v: unknown, path: string): void {
    if (typeof v !== 'string') this.problem(path, 'a string', v);
  }

  string(o: Obj, key: string, path: string, optional = false): void {
    if (optional && o[key] === undefined) return;
    this.isString(o[key], join(path, key));
  }

  number(o: Obj, key: string, path: string, how: { nullable?: boolean; optional?: boolean } = {}) {
    const v = o[key];
    if (isFiniteNumber(v) || (how.nullable && v === null) || (how.optional && v === undefined)) {
      return;
    }
    this.problem(join(path, key), how.nullable ? 'a number or null' : 'a number', v);
  }

  boolean(o: Obj, key: string, path: string): void {
    if (typeof o[key] !== 'boolean') this.problem(join(path, key), 'true or false', o[key]);
  }

  oneOf(o: Obj, key: string, path: string, allowed: readonly string[]): void {
    const v = o[key];
    if (typeof v === 'string' && allowed.includes(v)) return;
    this.problem(join(path, key), `one of ${allowed.map((a) => `"${a}"`).join(', ')}`, v);
  }

  list(o: Obj, key: string, path: string, each: (item: unknown, path: string) => void): void {
    const v = o[key];
    const at = join(path, key);
    if (!Array.isArray(v)) {
      this.problem(at, 'a list', v);
      return;
    }
    v.forEach((item, i) => each(item, `${at}[${i}]`));
  }
}
