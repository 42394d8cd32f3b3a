/**
 * Terminal tables with light box borders; cells are strings, coloured or not, never wrapped.
 *
 * Written here rather than taken from cli-table3, which drew these tables before: loading it and
 * drawing a 25-row table takes 28 to 34 ms of a fresh process (its width function compiles a
 * large emoji pattern, and its layout handles spans and wrapping these tables never use). What
 * remains is padding each cell to its column's display width, which `displayWidth` measures.
 */
import { eastAsianWidth } from 'get-east-asian-width';
import { stripVTControlCharacters } from 'node:util';

export type Align = 'left' | 'right';

export interface Table {
  push(...rows: string[][]): void;
  toString(): string;
}

/** A table with a head row and columns aligned as given (the head row too). */
export function table(head: string[], align: Align[]): Table {
  const rows: string[][] = [head];
  return {
    push: (...more) => void rows.push(...more),
    toString: () => draw(rows, align),
  };
}

function draw(rows: string[][], align: Align[]): string {
  const columns = Math.max(...rows.map((r) => r.length));
  const widths = new Array<number>(columns).fill(0);
  const cells = rows.map((r) =>
    Array.from({ length: columns }, (_, c) => {
      const text = r[c] ?? '';
      const width = displayWidth(text);
      if (width > widths[c]) widths[c] = width;
      return { text, width };
    }),
  );
  const rule = (left: string, mid: string, right: string) =>
    left + widths.map((w) => '─'.repeat(w + 2)).join(mid) + right;
  const lines = [rule('┌', '┬', '┐')];
  for (const row of cells) {
    const padded = row.map(({ text, width }, c) => {
      const pad = ' '.repeat(widths[c] - width);
      return align[c] === 'right' ? pad + text : text + pad;
    });
    lines.push(`│ ${padded.join(' │ ')} │`);
  }
  lines.push(rule('└', '┴', '┘'));
  return lines.join('\n');
}

/** Printable ASCII and Latin-1: one column per character. */
const NARROW = /^[\x20-\x7e\u00a0-\u02ff]*$/;
/** Combining marks and format characters (zero-width joiners, variation selectors). */
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

/**
 * Columns a terminal gives `s`: East Asian wide and fullwidth characters (CJK, most emoji) take
 * two, combining marks and colour escapes none, everything else one. Other control characters
 * never reach a table (`clean` replaces them).
 */
export function displayWidth(s: string): number {
  if (NARROW.test(s)) return s.length;
  let width = 0;
  for (const ch of stripVTControlCharacters(s)) {
    if (ZERO_WIDTH.test(ch)) continue;
    width += eastAsianWidth(ch.codePointAt(0)!) === 2 ? 2 : 1;
  }
  return width;
}
