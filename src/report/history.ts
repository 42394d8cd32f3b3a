/**
 * The history of the base branch in a report (compare/history.ts holds the points): per model a
 * one-line summary of where params, FLOPs and weight bytes went over the last merges and in this
 * change, and line charts of the last baselines with the head as the last point. Latency is only
 * drawn over the points measured on the head's hardware (same hardware key) at the head's batch:
 * a chart that mixed machines would show the machines, not the model.
 *
 * The summary's rule, per indicator (its value at the head h, at the newest baseline point b,
 * and at the point `m` merges before that, r, with m the smallest of TREND_MERGES and the number
 * of earlier points; a merge is one baseline point, a push to the base branch):
 *
 * - drift d = b/r − 1 over the last m merges, change p = h/b − 1 in this change;
 * - both 0 (or m = 0 and p = 0): unchanged; all three unchanged make one clause;
 * - m = 0: "FLOPs +4.0% in this PR";
 * - d = 0: "FLOPs unchanged over the last 5 merges, +4.0% in this PR";
 * - p = 0: "FLOPs +3.0% over the last 5 merges, unchanged in this PR";
 * - p against d, and h within UNDO_TOLERANCE of r: "FLOPs: this PR undoes the −12.0% of the
 *   last 5 merges";
 * - p against d otherwise: "FLOPs −12.0% over the last 5 merges, +5.0% in this PR";
 * - p the same way as d: "FLOPs +3.0% over the last 5 merges, +1.0% more in this PR".
 *
 * Zero values (a model with no weights) have no relative change: an indicator whose b or r is 0
 * while the other is not is left out of the line.
 */
import type { HistoryPoint, HistoryTotal, HistoryView } from '../compare/history.ts';
import { indicator, labelOf } from '../indicators.ts';
import { percentChange, quantity } from '../format.ts';
import { lineChart } from './mermaid.ts';

/** The indicators of the summary and the charts, in order. */
export const HISTORY_CHARTED: readonly HistoryTotal[] = ['params', 'flops', 'weightBytes'];

/** Merges the summary looks back over. */
export const TREND_MERGES = 5;

/** "Undoes": the head is back within 1% of where the indicator was m merges ago. */
export const UNDO_TOLERANCE = 0.01;

/** A value of an indicator at a point, or undefined when the unit or the total is not there. */
function valueAt(p: HistoryPoint, id: string, key: HistoryTotal): number | undefined {
  return p.units.find((u) => u.id === id)?.totals[key];
}

const relative = (to: number, from: number): number | null =>
  from === 0 ? (to === 0 ? 0 : null) : to / from - 1;

const merges = (m: number) => (m === 1 ? 'the last merge' : `the last ${m} merges`);

/** One indicator's clause, 'unchanged', or null (nothing to say: no values, or zeros). */
export function trendClause(
  label: string,
  baseline: number[],
  head: number,
  headName = 'this PR',
): string | 'unchanged' | null {
  if (baseline.length === 0) return null;
  const b = baseline[baseline.length - 1];
  const m = Math.min(TREND_MERGES, baseline.length - 1);
  const r = baseline[baseline.length - 1 - m];
  const d = relative(b, r);
  const p = relative(head, b);
  if (d === null || p === null) return null;
  if (p === 0 && (d === 0 || m === 0)) return 'unchanged';
  if (m === 0) return `${label} ${percentChange(p)} in ${headName}`;
  if (d === 0) return `${label} unchanged over ${merges(m)}, ${percentChange(p)} in ${headName}`;
  const drift = `${label} ${percentChange(d)} over ${merges(m)}`;
  if (p === 0) return `${drift}, unchanged in ${headName}`;
  if (Math.sign(p) !== Math.sign(d)) {
    if (Math.abs(head - r) <= UNDO_TOLERANCE * Math.abs(r)) {
      return `${label}: ${headName} undoes the ${percentChange(d)} of ${merges(m)}`;
    }
    return `${drift}, ${percentChange(p)} in ${headName}`;
  }
  return `${drift}, ${percentChange(p)} more in ${headName}`;
}

/** The series of one indicator of one unit: baseline values (points that have it), head value. */
function series(view: HistoryView, id: string, key: HistoryTotal) {
  const points = view.baseline.filter((p) => valueAt(p, id, key) !== undefined);
  return {
    points,
    values: points.map((p) => valueAt(p, id, key)!),
    head: valueAt(view.head, id, key),
  };
}

/** "History: FLOPs: this PR undoes the −12.0% of the last 5 merges; params …." or null. */
export function historySummary(view: HistoryView, id: string, headName = 'this PR'): string | null {
  const said: string[] = [];
  const same: string[] = [];
  let most = 0;
  for (const key of HISTORY_CHARTED) {
    const s = series(view, id, key);
    if (s.head === undefined) continue;
    const clause = trendClause(labelOf(key), s.values, s.head, headName);
    if (clause === 'unchanged') {
      same.push(labelOf(key));
      most = Math.max(most, Math.min(TREND_MERGES, s.values.length - 1));
    } else if (clause) said.push(clause);
  }
  if (said.length === 0 && same.length === 0) return null;
  if (said.length === 0) {
    const over = most > 0 ? `over ${merges(most)} and ` : '';
    return `History: ${listed(same)} unchanged ${over}in ${headName}.`;
  }
  return `History: ${said.join('; ')}.`;
}

const listed = (xs: string[]) =>
  xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;

/** A divisor and its word for a chart's axis, by the largest value. */
function scaleOf(values: number[], bytes: boolean): { div: number; word: string } {
  const top = Math.max(...values.map(Math.abs));
  const steps = bytes
    ? ([
        [2 ** 30, 'GiB'],
        [2 ** 20, 'MiB'],
        [2 ** 10, 'KiB'],
      ] as const)
    : ([
        [1e9, 'billions'],
        [1e6, 'millions'],
        [1e3, 'thousands'],
      ] as const);
  for (const [div, word] of steps) if (top >= div) return { div, word };
  return { div: 1, word: bytes ? 'B' : '' };
}

const shortCommit = (p: HistoryPoint) => (p.commit ? p.commit.slice(0, 7) : 'no commit');

export interface HistoryCharts {
  /** The mermaid blocks, one per indicator that moved, and latency when there are points. */
  charts: string[];
  /** Indicators that did not move over the points: "params 4.74 k". */
  constant: string[];
  /** Baseline points shown. */
  points: number;
}

/**
 * The charts of one unit: each indicator of HISTORY_CHARTED that moved over the last baselines
 * and the head, and latency p50 over the points of the head's hardware and batch (none when
 * fewer than two points, the head included).
 */
export function historyCharts(view: HistoryView, id: string, headLabel = 'head'): HistoryCharts {
  const charts: string[] = [];
  const constant: string[] = [];
  let points = 0;
  for (const key of HISTORY_CHARTED) {
    const s = series(view, id, key);
    if (s.head === undefined || s.values.length === 0) continue;
    points = Math.max(points, s.values.length);
    const all = [...s.values, s.head];
    const { div, word } = scaleOf(all, key === 'weightBytes');
    if (all.every((v) => v === all[0])) {
      constant.push(`${labelOf(key)} ${quantity(all[0], indicator(key).unit)}`);
      continue;
    }
    const labels = [...s.points.map(shortCommit), headLabel];
    const label = labelOf(key);
    const n = s.values.length;
    const title = `${label}${word ? ` in ${word}` : ''} - ${n} baseline${n === 1 ? '' : 's'} then ${headLabel}`;
    const axis = word ? `${label} in ${word}` : label;
    charts.push(
      lineChart(
        title,
        axis,
        labels,
        all.map((v) => v / div),
      ),
    );
  }
  const latency = latencyChart(view, id, headLabel);
  if (latency) charts.push(latency);
  return { charts, constant, points };
}

function latencyChart(view: HistoryView, id: string, headLabel: string): string | null {
  const head = view.head.units.find((u) => u.id === id)?.latency;
  const hw = view.head.hardware;
  if (!head || !hw) return null;
  const same = view.baseline.filter((p) => {
    const l = p.hardware === hw ? p.units.find((u) => u.id === id)?.latency : undefined;
    return l !== undefined && l.batch === head.batch;
  });
  if (same.length + 1 < 2) return null;
  const values = [...same.map((p) => p.units.find((u) => u.id === id)!.latency!.p50Ms), head.p50Ms];
  const labels = [...same.map(shortCommit), headLabel];
  // Below a millisecond, in microseconds: ticks of 0.0145 ms read badly.
  const micro = Math.max(...values) < 1;
  const unit = micro ? 'µs' : 'ms';
  const title = `latency p50 in ${unit} - only the ${values.length} points measured on this hardware`;
  return lineChart(title, unit, labels, micro ? values.map((v) => v * 1000) : values);
}
