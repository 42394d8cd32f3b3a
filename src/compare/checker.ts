/**
 * Reading a JSON file that may be untrusted (an artifact of a pull request's run): a size cap
 * before parsing, and a checker that collects every field that is not what a reader expects.
 * Shared by the comparison and result readers.
 *
 * An `ArtifactError` carries two texts: its message, for the log, quotes a cleaned and cut piece
 * of the offending value; its `reason`, fit for a pull-request comment, names the file, the field
 * and what was expected, and quotes nothing from the file.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { UserError } from '../errors.ts';
import { bytes } from '../format.ts';
import { clean } from '../text.ts';

/** A file whose content was refused; `reason` is one line with no text from the file. */
export class ArtifactError extends UserError {
  readonly reason: string;
  constructor(message: string, reason: string) {
    super(message);
    this.reason = reason;
  }
}

/** Real comparisons and results are far smaller; a larger file is refused before it is parsed. */
export const MAX_ARTIFACT_BYTES = 20 * 1024 * 1024;

const CHUNK = 1024 * 1024;

/** Problems listed in the message (all are counted). */
const LISTED = 3;

/** `what` names the kind of file in messages: "comparison", "result". */
export function readJson(path: string, name: string, what: string): unknown {
  const text = readCapped(path, name, what);
  try {
    return JSON.parse(text);
  } catch (e) {
    // The parser quotes a piece of the file: cleaned, since it ends up in a log.
    const why = clean((e as Error).message).slice(0, 200);
    throw new ArtifactError(
      `${path} is not valid JSON (${why}): the file is truncated or damaged.`,
      `${name} is not valid JSON: the file is truncated or damaged.`,
    );
  }
}

/** The file's text, refusing anything that is not a regular file or is over the size cap. */
function readCapped(path: string, name: string, what: string): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const why =
      (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    throw new UserError(`${path}: cannot read a misnomer ${what} (${why}).`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      throw new ArtifactError(
        `${path}: cannot read a misnomer ${what} (not a regular file).`,
        `${name} is not a regular file.`,
      );
    }
    if (stat.size > MAX_ARTIFACT_BYTES) tooLarge(path, name, what, `is ${bytes(stat.size)}`);
    // In chunks, whatever fstat said: a file that grows while it is read is still refused.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(CHUNK);
      const n = readSync(fd, chunk, 0, CHUNK, null);
      if (n === 0) break;
      total += n;
      if (total > MAX_ARTIFACT_BYTES)
        tooLarge(path, name, what, 'grew too large while it was read');
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

function tooLarge(path: string, name: string, what: string, how: string): never {
  const tail = `a misnomer ${what} may be at most ${bytes(MAX_ARTIFACT_BYTES)}, so it is refused unread.`;
  throw new ArtifactError(`${path} ${how}: ${tail}`, `${name} ${how}: ${tail}`);
}

/** The error for a file whose schema field is not `schema`. */
export function wrongSchema(where: string, name: string, schema: string, got: unknown): never {
  const again = 'It may come from another version of misnomer: produce it again with this one.';
  throw new ArtifactError(
    `${where} is not a ${schema} file (its schema is ${shown(got ?? null)}). ${again}`,
    `${name} is not a ${schema} file. ${again}`,
  );
}

// --- the checker ---------------------------------------------------------------------------

export type Obj = Record<string, unknown>;

export const isObject = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const isFiniteNumber = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v);
export const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * The path of a key the file chose (a dim name, an op type): the key itself when it is a plain
 * word, else `[?]`, so that no message quotes a key an attacker wrote.
 */
export const keyPath = (path: string, key: string): string =>
  /^[A-Za-z0-9_:-]{1,40}$/.test(key) ? join(path, key) : `${path}[?]`;

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
export function shown(v: unknown): string {
  const text = clean(JSON.stringify(v) ?? String(v));
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Collects every problem with its path; lists the first few. */
export class Checker {
  /** With the offending values (cleaned, cut): for the log. */
  readonly problems: string[] = [];
  /** The same without the values: for a comment. */
  readonly reasons: string[] = [];
  count = 0;

  problem(path: string, expected: string, value: unknown): void {
    this.count++;
    if (this.problems.length < LISTED) {
      this.problems.push(`${path} should be ${expected} (it is ${describe(value)})`);
      const kind = typeof value === 'string' ? 'a string outside that' : describe(value);
      this.reasons.push(`${path} should be ${expected} (it is ${kind})`);
    }
  }

  /** Throws the problems found, if any: `where` names the file in the log, `name` in a comment. */
  done(where: string, name: string, what: string): void {
    if (this.count === 0) return;
    const more = this.count > LISTED ? `; and ${this.count - LISTED} more` : '';
    const tail = `The file was edited or damaged: produce it again with ${what}.`;
    throw new ArtifactError(
      `${where}: ${this.problems.join('; ')}${more}. ${tail}`,
      `${name}: ${this.reasons[0]}${this.count > 1 ? ` (and ${this.count - 1} more)` : ''}. ${tail}`,
    );
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

  /** A string of a grammar: `test` accepts it, `rule` says it in the message. */
  matching(o: Obj, key: string, path: string, test: (s: string) => boolean, rule: string): void {
    const v = o[key];
    if (typeof v === 'string' && test(v)) return;
    this.problem(join(path, key), rule, v);
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
