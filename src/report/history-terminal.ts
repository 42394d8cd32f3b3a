/**
 * `misnomer history` on a terminal and in Markdown: per model and scenario, a table of the points
 * (commit, date, params, FLOPs, weight bytes, latency p50 with a letter for the hardware it was
 * measured on: A is the newest point's) and a one-line spark chart of each indicator that moved.
 * Pure: takes the points, returns text. Strings from the points are commits in hex, dates, unit
 * ids and hex keys (checked when read: compare/history.ts), cleaned or escaped all the same.
 */
import { markdownTable } from 'markdown-table';
import type { HistoryPoint, HistoryView } from '../compare/history.ts';
import { bytes, ms, percentChange, plural, si } from '../format.ts';
import { labelOf } from '../indicators.ts';
import { clean } from '../text.ts';
import { HISTORY_CHARTED, historyCharts } from './history.ts';
import { md, mdInline } from './markdown-escape.ts';
import { table } from './table.ts';

/** Points in a Markdown chart. */
const CHART_POINTS = 40;

const SPARKS = '▁▂▃▄▅▆▇█';

/** Values as a spark line: the lowest ▁, the highest █; all equal: a flat line. */
export function sparkLine(values: number[]): string {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return values
    .map((v) => SPARKS[hi === lo ? 0 : Math.round(((v - lo) / (hi - lo)) * (SPARKS.length - 1))])
    .join('');
}

/** Every unit id of the points, in the order they first appear. */
export function unitIds(points: HistoryPoint[]): string[] {
  return [...new Set(points.flatMap((p) => p.units.map((u) => u.id)))];
}

/** A letter per hardware key, A for the newest point's, in order of appearance from the newest. */
function hardwareLetters(points: HistoryPoint[]): Map<string, string> {
  const letters = new Map<string, string>();
  for (const p of [...points].reverse()) {
    if (p.hardware && !letters.has(p.hardware) && letters.size < 26) {
      letters.set(p.hardware, String.fromCharCode(65 + letters.size));
    }
  }
  return letters;
}

const commitOf = (p: HistoryPoint) => (p.commit ? p.commit.slice(0, 7) : '(none)');
const dateOf = (p: HistoryPoint) => p.date.slice(0, 16).replace('T', ' ');

/** The rows of one unit: commit, date, the charted totals, latency with its hardware letter. */
function rows(points: HistoryPoint[], id: string, letters: Map<string, string>): string[][] {
  return points
    .filter((p) => p.units.some((u) => u.id === id))
    .map((p) => {
      const u = p.units.find((x) => x.id === id)!;
      const lat = u.latency
        ? `${ms(u.latency.p50Ms)} (${letters.get(p.hardware ?? '') ?? '?'}, b${u.latency.batch})`
        : '—';
      return [
        commitOf(p),
        dateOf(p),
        si(u.totals.params),
        si(u.totals.flops),
        bytes(u.totals.weightBytes),
        lat,
      ];
    });
}

const HEAD = ['commit', 'date (UTC)', 'params', 'FLOPs', 'weight bytes', 'latency p50'];

/** "FLOPs ▁▁▅█ +12.0% over 4 points", for each charted indicator that moved. */
function sparks(points: HistoryPoint[], id: string): string[] {
  const out: string[] = [];
  for (const key of HISTORY_CHARTED) {
    const values = points
      .map((p) => p.units.find((u) => u.id === id)?.totals[key])
      .filter((v): v is number => v !== undefined);
    if (values.length < 2 || values.every((v) => v === values[0])) continue;
    const first = values[0];
    const last = values[values.length - 1];
    const change = first === 0 ? '' : ` ${percentChange(last / first - 1)}`;
    out.push(
      `  ${labelOf(key).padEnd(12)} ${sparkLine(values)}${change} over ${values.length} points`,
    );
  }
  return out;
}

function hardwareNote(letters: Map<string, string>): string {
  if (letters.size <= 1) return '';
  return `latency letters: the hardware it was measured on (A: the newest point's; ${letters.size} kinds). Only latencies of one letter compare.`;
}

/**
 * The terminal text: a title, the commits' subjects when the repository has them (`subjects`, by
 * full commit), then per unit its table and spark lines.
 */
export function renderHistoryTerminal(
  points: HistoryPoint[],
  source: string,
  subjects: Map<string, string> = new Map(),
): string {
  if (points.length === 0) return `No history in ${clean(source)}.\n`;
  const letters = hardwareLetters(points);
  const span = `${dateOf(points[0])} to ${dateOf(points[points.length - 1])}`;
  const lines = [
    `History in ${clean(source)}: ${plural(points.length, 'point')}, ${span} (UTC)`,
    '',
  ];
  const told = points.filter((p) => p.commit && subjects.has(p.commit));
  if (told.length > 0) {
    for (const p of told)
      lines.push(`  ${commitOf(p)}  ${clean(subjects.get(p.commit!)!).slice(0, 72)}`);
    lines.push('');
  }
  for (const id of unitIds(points)) {
    const t = table(HEAD, ['left', 'left', 'right', 'right', 'right', 'right']);
    for (const r of rows(points, id, letters)) t.push(r);
    lines.push(clean(id), t.toString(), ...sparks(points, id), '');
  }
  const note = hardwareNote(letters);
  if (note) lines.push(note);
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The Markdown: per unit the table, then the charts with the newest point as the last. */
export function renderHistoryMarkdown(points: HistoryPoint[], source: string): string {
  const blocks = [
    `**misnomer history**: ${plural(points.length, 'point')} in ${mdInline(source, 200)}`,
  ];
  const letters = hardwareLetters(points);
  for (const id of unitIds(points)) {
    blocks.push(`### ${md(id, 200)}`);
    const body = rows(points, id, letters).map((r) => r.map((cell) => mdInline(cell, 100)));
    blocks.push(markdownTable([HEAD, ...body], { align: ['l', 'l', 'r', 'r', 'r', 'r'] }));
    if (points.length >= 2) {
      // The last CHART_POINTS points: more labels than that do not fit a chart's width.
      const shown = points.slice(-CHART_POINTS);
      const view: HistoryView = { baseline: shown.slice(0, -1), head: shown[shown.length - 1] };
      blocks.push(...historyCharts(view, id, commitOf(view.head)).charts);
    }
  }
  const note = hardwareNote(letters);
  if (note) blocks.push(`_${md(note)}_`);
  return `${blocks.join('\n\n')}\n`;
}
