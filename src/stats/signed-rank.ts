/**
 * The Hodges-Lehmann estimate of a location and its Wilcoxon signed-rank confidence interval
 * (Hollander and Wolfe, "Nonparametric Statistical Methods", ch. 3; Bauer, "Constructing
 * confidence sets using rank statistics", JASA 1972). Written here because the few npm packages
 * that compute signed-rank tests give p-values, not intervals, and use the normal approximation
 * where this needs the exact distribution (5 to 40 values, tails of a few in a thousand).
 *
 * The estimate is the median of the n(n+1)/2 Walsh averages (x_i + x_j) / 2, i <= j. The
 * interval runs from the k-th smallest to the k-th largest Walsh average, where k is the
 * largest count with P(T < k) <= (1 - confidence) / 2 for the signed-rank statistic T of n
 * values under its null distribution. Its coverage is exact, whatever the distribution, if the
 * values are independent and symmetric about the location. One wild value makes n of the Walsh
 * averages wild, so it moves the interval little once k exceeds n (about 20 values at 99.7%),
 * where it would widen a t interval by its whole distance over sqrt(n).
 */

/** P(T <= t) for t = 0 .. n(n+1)/2: T is the sum of the ranks 1..n, each kept with chance 1/2. */
export function signedRankCdf(n: number): Float64Array {
  const max = (n * (n + 1)) / 2;
  let p = new Float64Array(max + 1);
  p[0] = 1;
  for (let i = 1; i <= n; i++) {
    const next = new Float64Array(max + 1);
    for (let t = 0; t <= max; t++) next[t] = 0.5 * p[t] + (t >= i ? 0.5 * p[t - i] : 0);
    p = next;
  }
  for (let t = 1; t <= max; t++) p[t] += p[t - 1];
  return p;
}

/**
 * The Hodges-Lehmann estimate of `values` and its signed-rank interval at `confidence`. With
 * too few values for that confidence (2 / 2^n above 1 - confidence: 8 values are the fewest at
 * 99%), the interval is [-Infinity, Infinity].
 */
export function hodgesLehmann(
  values: readonly number[],
  confidence: number,
): { estimate: number; interval: [number, number] } {
  const n = values.length;
  if (n === 0) throw new RangeError('no values');
  const walsh: number[] = [];
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) walsh.push((values[i] + values[j]) / 2);
  walsh.sort((a, b) => a - b);
  const m = walsh.length;
  const estimate = m % 2 ? walsh[(m - 1) / 2] : (walsh[m / 2 - 1] + walsh[m / 2]) / 2;
  const cdf = signedRankCdf(n);
  const tail = (1 - confidence) / 2;
  // k: P(T <= k - 1) <= tail. A tiny tolerance keeps an exact tie (1/1024 against 0.5%/2 of a
  // rounded confidence) on the side the table would put it.
  let k = 0;
  while (k < m && cdf[k] <= tail * (1 + 1e-9)) k++;
  if (k === 0) return { estimate, interval: [-Infinity, Infinity] };
  return { estimate, interval: [walsh[k - 1], walsh[m - k]] };
}

/**
 * The fewest values whose signed-rank interval at `confidence` is finite: the smallest n with
 * 2 / 2^n <= 1 - confidence (8 at 99%, 9 at 99.5%, 10 at 99.7%).
 */
export function fewestFor(confidence: number): number {
  return Math.max(1, Math.ceil(Math.log2(2 / (1 - confidence)) - 1e-9));
}
