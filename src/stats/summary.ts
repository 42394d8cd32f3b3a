/**
 * Summary statistics of a sample: the numbers every runtime indicator reports (`Summary`).
 *
 * Percentiles use linear interpolation between order statistics, numpy's default ('linear',
 * Hyndman & Fan type 7): for n sorted values x[0..n-1] and p in [0, 100], h = (n - 1) * p / 100
 * and the result is x[floor(h)] + (h - floor(h)) * (x[floor(h) + 1] - x[floor(h)]). So p0 is the
 * minimum, p100 the maximum and p50 the usual median; p90 of 1..10 is 9.1.
 */
/** Summary statistics of a sample, in the sample's unit (ms for times). */
export interface Summary {
  count: number;
  mean: number;
  /** Sample standard deviation (n - 1). */
  std: number;
  min: number;
  max: number;
  p50: number;
  p90: number;
  p99: number;
  /** Coefficient of variation: std / mean. */
  cv: number;
}

/**
 * Summary of `samples`, sorting one copy once. The input is not modified.
 *
 * Edge cases, chosen so that a summary always survives a JSON round trip (NaN becomes null):
 * - no samples: `count` 0 and every other field 0. Callers must read `count` before the rest.
 * - one sample: every location statistic is that sample; `std` and `cv` are 0 (there is no
 *   spread to estimate, and n - 1 = 0 would divide by zero).
 * - `cv` is 0 when the mean is 0 (all samples 0) rather than NaN or Infinity.
 * A sample that is NaN or infinite is a bug upstream (a timer cannot produce one): it throws.
 */
export function summarize(samples: readonly number[]): Summary {
  const count = samples.length;
  if (count === 0) return { count, mean: 0, std: 0, min: 0, max: 0, p50: 0, p90: 0, p99: 0, cv: 0 };
  const sorted = sortedCopy(samples);
  let sum = 0;
  for (let i = 0; i < count; i++) sum += sorted[i];
  const mean = sum / count;
  // Two passes (mean first, then squared deviations): no cancellation for large, close values
  // such as timestamps-sized latencies.
  let squares = 0;
  for (let i = 0; i < count; i++) squares += (sorted[i] - mean) ** 2;
  const std = count > 1 ? Math.sqrt(squares / (count - 1)) : 0;
  return {
    count,
    mean,
    std,
    min: sorted[0],
    max: sorted[count - 1],
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    cv: mean === 0 ? 0 : std / mean,
  };
}

/** The median of unsorted `samples` (linear interpolation: the mean of the middle two when n is even). */
export function median(samples: ArrayLike<number>): number {
  return percentile(sortedCopy(samples), 50);
}

/**
 * The p-th percentile (p in [0, 100]) of values already sorted ascending (not checked: the
 * callers sort once and ask for several percentiles). Empty input or p outside [0, 100] throws:
 * both are bugs in the caller, and a silent NaN would travel into a report.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('percentile of an empty sample');
  const h = percentileRank(n, p);
  const lo = Math.floor(h);
  const frac = h - lo;
  if (frac === 0) return sorted[lo];
  return sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
}

/**
 * The fractional 0-based rank h = (n - 1) * p / 100 of the p-th percentile among n sorted values:
 * shared with the bootstrap's selection (ab-util.ts) so both give bit-identical results.
 */
export function percentileRank(n: number, p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile p must be in [0, 100], got ${p}`);
  return ((n - 1) * p) / 100;
}

/** A sorted Float64Array copy (typed-array sort is numeric and faster than Array#sort). */
export function sortedCopy(samples: ArrayLike<number>): Float64Array {
  const sorted = Float64Array.from(samples);
  for (let i = 0; i < sorted.length; i++) {
    if (!Number.isFinite(sorted[i])) {
      throw new RangeError(`sample ${i} is ${sorted[i]}: every sample must be a finite number`);
    }
  }
  return sorted.sort();
}
