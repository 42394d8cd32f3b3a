/**
 * A fast percentile bootstrap of the median. It never sorts a resample: a resample of n values
 * is n indices drawn with replacement into the sorted data, and its k-th smallest value is
 * sorted[j] for the j where the running count of draws passes k. One resample costs n draws into
 * a count array plus a partial scan: O(n), no comparisons, and the count array is the only
 * scratch memory (reused).
 */
import type { Rng } from './rng.ts';
import { percentileRank } from './summary.ts';

/**
 * The median of one bootstrap resample of `sorted` (ascending). `counts` is scratch of the same
 * length; its contents on entry do not matter.
 */
export function resampledMedian(sorted: Float64Array, counts: Int32Array, rng: Rng): number {
  const n = sorted.length;
  counts.fill(0);
  drawCounts(counts, rng);
  // 0-based ranks of the middle values: equal when n is odd.
  const lowRank = (n - 1) >> 1;
  const highRank = n >> 1;
  let below = 0;
  let j = 0;
  while (below + counts[j] <= lowRank) below += counts[j++];
  const low = sorted[j];
  if (highRank === lowRank) return low;
  while (below + counts[j] <= highRank) below += counts[j++];
  return (low + sorted[j]) / 2;
}

/**
 * Adds n uniform draws of an index in [0, n) to counts (n = counts.length). The generator is the
 * cost (about 10 ns a call here), so each 32-bit output gives two indices from its 16-bit halves:
 * floor(h * n / 65536) is uniform to within a relative n / 65536 per index (0.1% for 60 rounds,
 * 0.4% at most), far below the Monte Carlo error of the bootstrap's tails. Above 256 values
 * (unpaired samples) the halves would be less even, and one output is used per draw.
 */
function drawCounts(counts: Int32Array, rng: Rng): void {
  const n = counts.length;
  if (n > 256) {
    for (let i = 0; i < n; i++) counts[(rng() * n) | 0]++;
    return;
  }
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const bits = rng() * 4294967296; // the generator's 32-bit output, exactly
    counts[((bits >>> 16) * n) >>> 16]++;
    counts[((bits & 0xffff) * n) >>> 16]++;
  }
  if (i < n) counts[(rng() * n) | 0]++;
}

/**
 * Percentile bootstrap interval of a statistic, in whatever unit `statistic` returns: draws
 * `resamples` values and takes their (1 - confidence) / 2 and (1 + confidence) / 2 percentiles
 * (linear interpolation, as in summary.ts) by selection rather than a full sort.
 */
export function bootstrapInterval(
  statistic: () => number,
  resamples: number,
  confidence: number,
): [number, number] {
  const draws = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) draws[r] = statistic();
  const tail = ((1 - confidence) / 2) * 100;
  const low = selectPercentile(draws, tail, 0);
  // Selection leaves every value from the low rank on in the right part: search only there.
  const high = selectPercentile(draws, 100 - tail, Math.floor(percentileRank(resamples, tail)));
  return [low, high];
}

/**
 * The p-th percentile of `values` as summary.ts's percentile would give it after a sort, reordering
 * `values` in place; every value before index `from` is known to be no larger than the rest.
 */
function selectPercentile(values: Float64Array, p: number, from: number): number {
  const n = values.length;
  const h = percentileRank(n, p);
  const k = Math.floor(h);
  const atK = select(values, k, from, n - 1);
  if (h === k || k + 1 >= n) return atK;
  let next = values[k + 1];
  for (let i = k + 2; i < n; i++) if (values[i] < next) next = values[i];
  return atK + (h - k) * (next - atK);
}

/**
 * Quickselect (Hoare partition, median-of-three pivot): places the k-th smallest of
 * values[left..right] at index k, smaller values before it and larger after. O(n) on average.
 */
function select(values: Float64Array, k: number, left: number, right: number): number {
  while (right > left) {
    const mid = (left + right) >> 1;
    const pivot = medianOf3(values[left], values[mid], values[right]);
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i++] = values[j];
        values[j--] = t;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k];
}

function medianOf3(a: number, b: number, c: number): number {
  return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}
