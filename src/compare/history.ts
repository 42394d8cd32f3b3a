/**
 * The history of a baseline branch (`misnomer/history@1`): one point per baseline saved on a
 * push, oldest first. A point is the commit, when it was measured, per model and scenario the
 * static totals (exact, so their history is true on any machine) and the latency median, with
 * the hardware key of the run (measure/hardware-key.ts): latency is only charted among points of
 * the same key. Each baseline carries the history of the baseline before it plus its own point,
 * capped at HISTORY_CAP points (the oldest dropped), so the chain needs no store of its own; a
 * store that keeps points elsewhere holds the same `History` document.
 *
 * Pure: building a point from a Result, appending with the cap, the window a pull request's
 * comment shows, and the checks of a history read back from a baseline or an artifact (it may be
 * forged: every field is checked, strings by their grammars, so nothing an attacker wrote reaches
 * a report unless it is a commit in hex, a date, a unit id or a hex hardware key).
 */
import { hardwareKey, HARDWARE_KEY } from '../measure/hardware-key.ts';
import { Checker, isFiniteNumber, join, type Obj } from './checker.ts';
import { isUnitId, UNIT_ID_RULE } from './grammar.ts';
import type { Result } from './result.ts';

export const HISTORY_SCHEMA = 'misnomer/history@1';

/** Points a chain keeps; older ones are dropped as new ones come. */
export const HISTORY_CAP = 500;

/** Baseline points a pull request's comment shows (this pull request comes after them). */
export const HISTORY_WINDOW = 20;

/** The static totals a point keeps, by their catalogue keys (src/indicators.ts). */
export const HISTORY_TOTALS = [
  'params',
  'macs',
  'flops',
  'weightBytes',
  'bytesAccessed',
  'peakActivationBytes',
  'modelFileBytes',
  'nodes',
] as const;
export type HistoryTotal = (typeof HISTORY_TOTALS)[number];

/** One model or scenario at one point. */
export interface HistoryUnit {
  /** The unit id: a model id, or `model/scenario`. */
  id: string;
  /** The totals the analysis had (a total it could not count completely is left out). */
  totals: Partial<Record<HistoryTotal, number>>;
  /** The latency median (p50, ms) at its batch, when the model was measured. */
  latency?: { p50Ms: number; batch: number };
}

export interface HistoryPoint {
  /** The commit (hex); absent for a working tree. */
  commit?: string;
  /** When it was measured (ISO 8601). */
  date: string;
  /** The hardware key of the run (measure/hardware-key.ts), when it was measured. */
  hardware?: string;
  units: HistoryUnit[];
}

export interface History {
  schema: typeof HISTORY_SCHEMA;
  /** Oldest first; the last one is the baseline that carries the history. */
  points: HistoryPoint[];
}

/** What a comparison carries for its chart: the last baseline points, then this run's head. */
export interface HistoryView {
  baseline: HistoryPoint[];
  head: HistoryPoint;
}

// --- points and the chain ------------------------------------------------------------------

/** The point of a result: its commit, date, totals and latency medians, its hardware key. */
export function pointOf(result: Result): HistoryPoint {
  const units = result.models.map((m): HistoryUnit => {
    const incomplete = new Set(m.analysis.incompleteTotals ?? []);
    const totals: HistoryUnit['totals'] = {};
    for (const k of HISTORY_TOTALS) {
      const v = (m.analysis.totals as unknown as Record<string, unknown>)[k];
      if (isFiniteNumber(v) && !incomplete.has(k)) totals[k] = v;
    }
    const lat = m.measurement?.status === 'ok' ? m.measurement.latency : undefined;
    const p50 = lat?.summary?.count ? lat.summary.p50 : undefined;
    return {
      id: m.id,
      totals,
      ...(lat && isFiniteNumber(p50) ? { latency: { p50Ms: p50, batch: lat.batch } } : {}),
    };
  });
  const measured = result.fingerprint && result.settings;
  return {
    ...(result.commit ? { commit: result.commit } : {}),
    date: result.createdAt,
    ...(measured ? { hardware: hardwareKey(result.fingerprint!, result.settings!) } : {}),
    units,
  };
}

/**
 * The points a saved result stands for: its history when it carries one (its own point is the
 * last), else its own point alone (a baseline saved before histories, or a plain result file).
 */
export function pointsOf(result: Result): HistoryPoint[] {
  return result.history ? result.history.points : [pointOf(result)];
}

/**
 * The history of a new baseline: the previous baseline's points, then this one's, at most `cap`
 * (the oldest dropped). A previous point of the same commit (a baseline saved again) is replaced.
 */
export function appendPoint(
  previous: HistoryPoint[],
  point: HistoryPoint,
  cap = HISTORY_CAP,
): History {
  const kept = previous.filter((p) => !point.commit || p.commit !== point.commit);
  const points = [...kept, point].slice(-cap);
  return { schema: HISTORY_SCHEMA, points };
}

/** The window a pull request's comment shows: the last baseline points, then the head. */
export function historyView(
  baseline: HistoryPoint[],
  head: Result,
  window = HISTORY_WINDOW,
): HistoryView {
  return { baseline: baseline.slice(-window), head: pointOf(head) };
}

/**
 * Every point of several results (a folder of baselines or results), each commit once (its
 * newest measurement), oldest first by date. For `misnomer history`.
 */
export function mergePoints(results: Result[]): HistoryPoint[] {
  const byCommit = new Map<string, HistoryPoint>();
  const loose: HistoryPoint[] = [];
  for (const r of results) {
    for (const p of pointsOf(r)) {
      if (!p.commit) {
        loose.push(p);
        continue;
      }
      const had = byCommit.get(p.commit);
      if (!had || had.date < p.date) byCommit.set(p.commit, p);
    }
  }
  return [...byCommit.values(), ...loose].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
}

// --- checks of a history read back ----------------------------------------------------------

const COMMIT = /^[0-9a-f]{7,64}$/;
const COMMIT_RULE = 'a commit in hex (7 to 64 digits 0-9a-f)';
/** ISO 8601 as toISOString writes it (seconds, optional fraction, Z or an offset). */
const DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
const DATE_RULE = 'a date such as 2026-01-31T12:00:00.000Z';
const HARDWARE_RULE = 'a hardware key (16 digits 0-9a-f)';
/** More units than this in one point is not a real configuration. */
const MAX_UNITS = 1000;

const test = (re: RegExp) => (s: string) => re.test(s);

/** Checks a point; `at` is its path in the file. */
export function checkPoint(c: Checker, value: unknown, at: string): void {
  const p = c.object(value, at);
  if (!p) return;
  if (p.commit !== undefined) c.matching(p, 'commit', at, test(COMMIT), COMMIT_RULE);
  c.matching(p, 'date', at, test(DATE), DATE_RULE);
  if (p.hardware !== undefined) c.matching(p, 'hardware', at, test(HARDWARE_KEY), HARDWARE_RULE);
  if (Array.isArray(p.units) && p.units.length > MAX_UNITS) {
    c.problem(join(at, 'units'), `a list of at most ${MAX_UNITS} units`, 'a longer list');
    return;
  }
  c.list(p, 'units', at, (u, q) => checkUnit(c, u, q));
}

function checkUnit(c: Checker, value: unknown, at: string): void {
  const u = c.object(value, at);
  if (!u) return;
  c.matching(u, 'id', at, isUnitId, UNIT_ID_RULE);
  const totals = c.child(u, 'totals', at);
  for (const [k, v] of Object.entries(totals ?? {})) {
    const known = (HISTORY_TOTALS as readonly string[]).includes(k);
    if (!known) c.problem(`${join(at, 'totals')}[?]`, `one of ${HISTORY_TOTALS.join(', ')}`, k);
    else if (!isFiniteNumber(v) || v < 0) c.problem(join(join(at, 'totals'), k), 'a number ≥ 0', v);
  }
  const lat = c.child(u, 'latency', at, true);
  if (lat) {
    const p = join(at, 'latency');
    for (const k of ['p50Ms', 'batch']) {
      if (!isFiniteNumber(lat[k]) || (lat[k] as number) <= 0)
        c.problem(join(p, k), 'a number > 0', lat[k]);
    }
  }
}

/** Checks a list of points at o[key], at most `max` of them. */
function checkPoints(c: Checker, o: Obj, key: string, at: string, max: number): void {
  const v = o[key];
  if (Array.isArray(v) && v.length > max) {
    c.problem(join(at, key), `a list of at most ${max} points`, 'a longer list');
    return;
  }
  c.list(o, key, at, (p, q) => checkPoint(c, p, q));
}

/** Checks `root.history` (a baseline's chain), when there. */
export function checkHistory(c: Checker, root: Obj, at: string): void {
  const h = c.child(root, 'history', at, true);
  if (!h) return;
  const p = join(at, 'history');
  if (h.schema !== HISTORY_SCHEMA) c.oneOf(h, 'schema', p, [HISTORY_SCHEMA]);
  checkPoints(c, h, 'points', p, HISTORY_CAP);
}

/** Checks `root.history` of a comparison (the window of its chart), when there. */
export function checkHistoryView(c: Checker, root: Obj, at: string): void {
  const h = c.child(root, 'history', at, true);
  if (!h) return;
  const p = join(at, 'history');
  checkPoints(c, h, 'baseline', p, HISTORY_CAP);
  checkPoint(c, h.head, join(p, 'head'));
}
