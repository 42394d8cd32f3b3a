/**
 * The history as a data branch keeps it: one file per report key and kind of machine, one point
 * (`HistoryPoint`, compare/history.ts) per line as JSON, in the order the pushes landed. Lines,
 * not one document, so that appending a point adds one line to the file and its diff, and a
 * damaged line costs that point alone.
 *
 * Pure: reading the lines back (anyone with push access could have edited the branch, so every
 * point is checked as a history read from an artifact is) and writing one more.
 */
import { Checker } from './checker.ts';
import { checkPoint, type HistoryPoint } from './history.ts';

export interface HistoryLines {
  /** The points that passed the checks, in file order. */
  points: HistoryPoint[];
  /** One sentence per line that did not (1-based line numbers; nothing quoted from the line). */
  skipped: string[];
}

/** A line longer than this is not a point (a real one is well under 10 kB). */
const MAX_LINE = 1 << 20;

/** The points of a data-branch file; `name` names the file in the sentences about bad lines. */
export function readHistoryLines(text: string, name: string): HistoryLines {
  const points: HistoryPoint[] = [];
  const skipped: string[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const at = `${name} line ${i + 1}`;
    if (line.length > MAX_LINE) {
      skipped.push(`${at} is longer than a point can be`);
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      skipped.push(`${at} is not JSON`);
      return;
    }
    const c = new Checker();
    checkPoint(c, value, 'point');
    if (c.count > 0) {
      skipped.push(`${at} is not a history point (${c.reasons[0]})`);
      return;
    }
    points.push(value as HistoryPoint);
  });
  return { points, skipped };
}

/** `text` with `point` as one more line (a missing final newline is added first). */
export function appendHistoryLine(text: string, point: HistoryPoint): string {
  const head = text === '' || text.endsWith('\n') ? text : `${text}\n`;
  return `${head}${JSON.stringify(point)}\n`;
}

/**
 * Where a scope's points are on the data branch: `history/<key>-<os>-<arch>.jsonl`, in lower
 * case like the cache keys, so that a folder listing reads as the list of reports.
 */
export const historyFile = (scope: { key: string; os: string; arch: string }): string =>
  `history/${scope.key}-${scope.os}-${scope.arch}.jsonl`.toLowerCase();
