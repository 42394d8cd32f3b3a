/**
 * The numbers misnomer hands to other benchmark trackers (Bencher, github-action-benchmark): one
 * flat list of points, each a unit (a model id, or `model/scenario`), an indicator key (the keys
 * gates use: `params`, `latency.p50`, `throughput.b8`, ...), a value in a stated unit and, when
 * the run gives one, a lower and upper bound. The format writers (bencher.ts,
 * benchmark-action.ts) only rename and rescale these; every choice of which number goes out is
 * made here, once.
 *
 * From a result (`misnomer/result@1`, one side): the static totals, and for a model measured
 * without error the runtime medians (latency p50, p90, p99, throughput per batch, cold start,
 * first run, peak RSS, achieved FLOP/s). A median of raw samples gets a distribution-free 99%
 * interval from its order statistics (`medianInterval`); other values get no bounds.
 *
 * From a comparison (`misnomer/comparison@1`): one side's values, the head by default (the pull
 * request is what a tracker records next). A runtime row's value is that side's own median; its
 * bounds carry the row's interval of head / base [lo, hi] around the paired estimate r onto it:
 * head × [lo / r, hi / r], or base × [r / hi, r / lo]. Not base × [lo, hi]: r is estimated from
 * the paired rounds, not the ratio of the two medians (a throughput is batch / mean latency), so
 * base × [lo, hi] can miss the head's own value; in the demo's mixer at batch 64 the head ran
 * 205,318 examples/s while base × CI was 212,400–237,700. Static values are exact and have no
 * bounds.
 */
import type { Result } from '../compare/result.ts';
import type { Comparison, Direction } from '../compare/types.ts';
import { findIndicator, STATIC_INDICATORS } from '../indicators.ts';
import type { Totals } from '../analyze/types.ts';
import type { Samples } from '../measure/types.ts';

export interface Point {
  /** The model's id, or `model/scenario`. */
  unit: string;
  /** The indicator's key, as gates write it: `params`, `latency.p50`, `throughput.b8`. */
  indicator: string;
  value: number;
  /** The value's unit: 'ms', 'examples/s', 'tokens/s', 'bytes', 'FLOP/s', 'count', 'FLOPs', ... */
  measure: string;
  /** Bounds of an interval around the value, in the same unit. */
  lower?: number;
  upper?: number;
  /** What the bounds are, in words: "99% CI of the median, 40 samples". */
  bounds?: string;
  /** Facts a reader of a chart may need: the base and the ratio, an incomplete count. */
  notes: string[];
}

/** The confidence of a result's median intervals: the same as a comparison's default. */
export const RESULT_CONFIDENCE = 0.99;

/**
 * Whether lower or higher is better for an indicator (from the indicator catalogue);
 * undefined for a key it does not know and for an indicator with no direction (nodes,
 * arithmetic intensity, ...), which the one-direction formats leave out.
 */
export function directionOf(indicator: string): Direction | undefined {
  const row = findIndicator(indicator);
  return row && row.direction !== 'none' ? row.direction : undefined;
}

/**
 * A distribution-free interval for the median of n independent samples: the k-th smallest and
 * k-th largest values, with k the largest rank such that P(Binomial(n, 1/2) < k) ≤ (1 − c) / 2,
 * so the interval covers the true median with probability at least c. Undefined when n is too
 * small for any k ≥ 1 (for c = 0.99, fewer than 8 samples: 2 × 0.5^7 > 0.01).
 */
export function medianInterval(
  samples: readonly number[],
  confidence = RESULT_CONFIDENCE,
): [number, number] | undefined {
  const n = samples.length;
  const tail = (1 - confidence) / 2;
  // P(X < k) summed in log space: 0.5^n underflows for n > 1074.
  const logHalfN = -n * Math.LN2;
  let logC = 0; // log C(n, 0)
  let below = 0; // P(X < k) for the current k
  let k = 0;
  while (k < n) {
    const next = below + Math.exp(logC + logHalfN); // P(X < k + 1) = P(X ≤ k)
    if (next > tail) break;
    below = next;
    k++;
    logC += Math.log((n - k + 1) / k);
  }
  if (k < 1 || 2 * k > n) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  return [sorted[k - 1], sorted[n - k]];
}

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** One side of a result: every model's static totals, and its runtime medians when measured. */
export function resultPoints(result: Result): Point[] {
  const out: Point[] = [];
  for (const model of result.models) {
    for (const row of STATIC_INDICATORS) {
      const key = row.key as keyof Totals;
      const value = model.analysis.totals[key];
      if (!finite(value)) continue;
      const incomplete = model.analysis.incompleteTotals.includes(key);
      out.push({
        unit: model.id,
        indicator: row.key,
        value,
        measure: row.unit,
        notes: incomplete ? ['incomplete: some nodes could not be counted'] : [],
      });
    }
    const m = model.measurement;
    if (!m || m.status !== 'ok') continue;
    const add = (indicator: string, value: unknown, measure: string, notes: string[] = []) => {
      if (finite(value)) out.push({ unit: model.id, indicator, value, measure, notes });
    };
    // A median of raw samples, with its order-statistic interval when there are enough samples.
    const median = (indicator: string, s: Samples | undefined, notes: string[] = []) => {
      if (!s || s.summary.count === 0 || !finite(s.summary.p50)) return;
      const ci = medianInterval(s.samplesMs);
      add(indicator, s.summary.p50, 'ms', notes);
      if (!ci) return;
      Object.assign(out[out.length - 1], {
        lower: ci[0],
        upper: ci[1],
        bounds: `${pct(RESULT_CONFIDENCE)} CI of the median, ${s.summary.count} samples`,
      });
    };
    if (m.latency) {
      const batch = `batch ${m.latency.batch}`;
      median('latency.p50', m.latency, [batch]);
      add('latency.p90', m.latency.summary.p90, 'ms', [batch]);
      add('latency.p99', m.latency.summary.p99, 'ms', [batch]);
    }
    for (const t of m.throughput ?? []) {
      if (t.tokensPerSecond !== undefined)
        add(`throughput.b${t.batch}`, t.tokensPerSecond, 'tokens/s');
      else add(`throughput.b${t.batch}`, t.examplesPerSecond, 'examples/s');
    }
    median('coldStart', m.coldStart);
    median('firstRun', m.firstRun);
    add('peakRss', m.peakRss?.bytes, 'bytes');
    add('achievedFlopsPerSecond', m.achievedFlopsPerSecond, 'FLOP/s');
  }
  return out;
}

/** One side of a comparison (the head unless `side` says base): values, and runtime bounds. */
export function comparisonPoints(cmp: Comparison, side: 'base' | 'head' = 'head'): Point[] {
  const confidence = cmp.method?.confidence ?? RESULT_CONFIDENCE;
  const other = side === 'head' ? 'base' : 'head';
  const out: Point[] = [];
  for (const model of cmp.models) {
    for (const row of model.static) {
      const value = row[side];
      if (value === null) continue;
      out.push({
        unit: model.id,
        indicator: row.indicator,
        value,
        measure: row.unit,
        notes: row.incomplete ? ['incomplete: some nodes could not be counted'] : [],
      });
    }
    for (const row of model.runtime) {
      const value = row[side];
      const them = row[other];
      if (!finite(value)) continue;
      const notes: string[] = [row.label];
      if (finite(them) && finite(row.ratio)) {
        notes.push(`${other} ${round(them)} ${row.unit}, head/base ${round(row.ratio)}`);
      }
      notes.push(`verdict ${row.verdict}`);
      const point: Point = {
        unit: model.id,
        indicator: row.indicator,
        value,
        measure: row.unit,
        notes,
      };
      // A comparison file may hold an open interval (high null: JSON has no Infinity): no bounds.
      const [lo, hi] = row.ci ?? [];
      if (finite(lo) && finite(hi) && finite(row.ratio) && row.ratio > 0) {
        // The interval's relative width around the paired estimate, anchored at this side.
        const bounds =
          side === 'head'
            ? [(value * lo) / row.ratio, (value * hi) / row.ratio]
            : [(value * row.ratio) / hi, (value * row.ratio) / lo];
        if (bounds.every(finite)) {
          point.lower = bounds[0];
          point.upper = bounds[1];
          point.bounds =
            row.indicator === 'peakRss'
              ? `range of the ${row.rounds} fresh-process pairs`
              : `${pct(confidence)} CI of head/base over ${row.rounds} rounds`;
        }
      }
      out.push(point);
    }
  }
  return out;
}

const pct = (c: number) => `${Math.round(c * 1000) / 10}%`;

/** Four significant digits, for notes only (the values themselves are never rounded). */
export const round = (v: number): number => Number(v.toPrecision(4));
