/**
 * Typed accessors over a parsed YAML document that never lose track of where a value was
 * written: every failure is a `UserError` starting with `file:line:column: `, pointing at the
 * offending key or value, followed by the value's path (`models[0].batch-sizes`).
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node,
} from 'yaml';
import { suggest } from '../suggest.ts';
import { UserError } from '../errors.ts';
import type { Location } from './types.ts';

/** A value in the document: its node (aliases resolved) and where to point at it. */
export interface Field {
  /** Names the value in messages: 'models[0].batch-sizes'; '' for the whole document. */
  path: string;
  /** null when nothing was written (`key:` with no value, or an empty file). */
  node: Node | null;
  /** Offset in the text to point at: the value, or its key when there is no value. */
  pos: number;
}

/** `file:line:column` of a location, the prefix of every config message. */
export function locationText(at: Location): string {
  return `${at.file}:${at.line}:${at.column}`;
}

export class YamlSource {
  private constructor(
    readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** Parses one YAML document; a syntax error is a UserError with its location and reason. */
  static parse(file: string, text: string): YamlSource {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
    const source = new YamlSource(file, doc, lines);
    // Warnings (an unknown !tag) also mean the text was not read as written.
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem) {
      const reason = problem.message.replace(/[.:]?\s*$/, '');
      const hint =
        problem.code === 'TAB_AS_INDENT'
          ? '; indent with spaces'
          : problem.code === 'DUPLICATE_KEY'
            ? `; "${keyAt(doc, problem.pos[0])}" is written twice in one map`
            : '';
      throw new UserError(`${source.where(problem.pos[0])}: invalid YAML: ${reason}${hint}.`);
    }
    return source;
  }

  /** The whole document (node null when the file is empty or only comments). */
  root(): Field {
    const node = this.doc.contents as Node | null;
    const pos = node?.range?.[0] ?? 0;
    return { path: '', node: this.resolve(node, pos), pos };
  }

  location(at: Field | number): Location {
    const { line, col } = this.lines.linePos(typeof at === 'number' ? at : at.pos);
    return { file: this.file, line, column: col };
  }

  where(at: Field | number): string {
    return locationText(this.location(at));
  }

  /** Throws `file:line:column: path: message` for the field. */
  fail(f: Field, message: string): never {
    throw new UserError(`${this.where(f)}: ${f.path ? `${f.path}: ` : ''}${message}`);
  }

  /** `expected <what>, got <what was there>`. */
  expected(f: Field, what: string): never {
    return this.fail(f, `expected ${what}, got ${got(f.node)}`);
  }

  /**
   * A map with a fixed set of keys: an unknown key is an error pointing at it, with a
   * "did you mean" when a known key is close and the list of known keys otherwise.
   */
  keys(f: Field, known: readonly string[], what: string): Map<string, Field> {
    const out = new Map<string, Field>();
    for (const [key, value] of this.entries(f, what)) {
      if (!known.includes(key.name)) {
        const near = suggest(key.name, known);
        this.fail(
          { ...value, path: f.path, pos: key.pos },
          near
            ? `unknown key "${key.name}"; did you mean "${near}"?`
            : `unknown key "${key.name}"; expected one of: ${known.join(', ')}`,
        );
      }
      out.set(key.name, value);
    }
    return out;
  }

  /**
   * A map with free keys (dims, inputs, gates), in order, with where each key is written.
   * Nothing written (`gates:` with every entry commented out) is an empty map.
   */
  entries(f: Field, what: string): Array<[{ name: string; pos: number }, Field]> {
    if (isEmpty(f.node)) return [];
    if (!isMap(f.node)) this.expected(f, what);
    return f.node.items.map((pair) => {
      const keyNode = pair.key as Node | null;
      const keyPos = keyNode?.range?.[0] ?? f.pos;
      if (!isScalar(keyNode) || keyNode.value === null || typeof keyNode.value === 'object') {
        this.fail(
          { path: f.path, node: keyNode, pos: keyPos },
          `expected a plain key name, got ${got(keyNode)}`,
        );
      }
      const name = scalarText(keyNode);
      const path = f.path ? `${f.path}.${name}` : name;
      const valuePos = (pair.value as Node | null)?.range?.[0] ?? keyPos;
      const node = this.resolve(pair.value as Node | null, valuePos);
      return [
        { name, pos: keyPos },
        { path, node, pos: valuePos },
      ];
    });
  }

  /** The items of a list, each named `path[i]` (nothing written is an empty list). */
  items(f: Field, what: string): Field[] {
    if (isEmpty(f.node)) return [];
    if (!isSeq(f.node)) this.expected(f, what);
    return f.node.items.map((item, i) => {
      const pos = (item as Node | null)?.range?.[0] ?? f.pos;
      return { path: `${f.path}[${i}]`, node: this.resolve(item as Node | null, pos), pos };
    });
  }

  /** A non-empty string; a plain number counts as the text written (`id: 2024`). */
  text(f: Field, what: string): string {
    const n = f.node;
    if (!isScalar(n) || (typeof n.value !== 'string' && typeof n.value !== 'number')) {
      return this.expected(f, what);
    }
    const value = scalarText(n);
    if (value.trim() === '') this.expected(f, what);
    return value;
  }

  /** An integer of at least `min`, written as a YAML number. */
  integer(f: Field, what: string, min = 1): number {
    const v = isScalar(f.node) ? f.node.value : undefined;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) this.expected(f, what);
    return v as number;
  }

  boolean(f: Field): boolean {
    const v = isScalar(f.node) ? f.node.value : undefined;
    if (typeof v !== 'boolean') this.expected(f, 'true or false');
    return v as boolean;
  }

  /** One of a few words; a near miss gets a "did you mean". */
  oneOf<T extends string>(f: Field, words: readonly T[]): T {
    const v = isScalar(f.node) ? f.node.value : undefined;
    if (typeof v === 'string' && (words as readonly string[]).includes(v)) return v as T;
    const near = typeof v === 'string' ? suggest(v, words) : undefined;
    const list = `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
    return this.fail(
      f,
      `expected ${list}, got ${got(f.node)}${near ? `; did you mean "${near}"?` : ''}`,
    );
  }

  /** Follows an alias to its anchored node; an alias without an anchor is an error. */
  private resolve(node: Node | null, pos: number): Node | null {
    if (!isAlias(node)) return node;
    const target = node.resolve(this.doc);
    if (!target) {
      throw new UserError(
        `${this.where(pos)}: invalid YAML: alias *${node.source} has no anchor &${node.source} before it.`,
      );
    }
    return target;
  }
}

/** The text of the map key that starts at `offset` (a duplicate key's position). */
function keyAt(doc: Document, offset: number): string {
  let name = '';
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key as Node | null;
      if (isScalar(key) && key.range?.[0] === offset) {
        name = scalarText(key);
        return visit.BREAK;
      }
    },
  });
  return name;
}

/** Nothing written, or an explicit null (`~`). */
function isEmpty(node: Node | null): boolean {
  return node === null || (isScalar(node) && node.value === null);
}

/** A scalar as written: numbers keep their source text (`1.10` stays "1.10"). */
function scalarText(n: { value: unknown; source?: string }): string {
  if (typeof n.value === 'string') return n.value;
  return n.source ?? String(n.value);
}

/** What a value is, for `got ...`: "eight" (a string), 8, true, a list, a map, nothing. */
export function got(node: Node | null): string {
  if (node === null) return 'nothing';
  if (isSeq(node)) return node.items.length ? 'a list' : 'an empty list';
  if (isMap(node)) return node.items.length ? 'a map' : 'an empty map';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined) return node.source ? String(node.source) : 'nothing';
    if (typeof v === 'string') return JSON.stringify(v);
    return scalarText(node as { value: unknown; source?: string });
  }
  return 'an unreadable value';
}
