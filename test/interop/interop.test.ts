/**
 * The interop converters on real documents (the artifact fixtures: two small models analyzed for
 * real, a paired latency run), with every expected number worked out by hand in the test, and
 * every output checked against the format's published definition (validators.ts).
 */
import assert from 'node:assert/strict';
import { INDICATORS } from '../../src/indicators.ts';
import { test } from 'node:test';
import type { Result } from '../../src/compare/result.ts';
import { summarize } from '../../src/stats/summary.ts';
import type { Comparison } from '../../src/compare/types.ts';
import { bmfMeasure, toBmf } from '../../src/interop/bencher.ts';
import { toCustomBenchmarks, withoutDirection } from '../../src/interop/benchmark-action.ts';
import {
  comparisonPoints,
  directionOf,
  medianInterval,
  resultPoints,
  type Point,
} from '../../src/interop/points.ts';
import { validComparison, validResult } from '../compare/artifact-fixtures.ts';
import { bmfErrors, customErrors } from './validators.ts';

const close = (actual: number | undefined, expected: number, what: string) =>
  assert.ok(
    actual !== undefined && Math.abs(actual - expected) <= 1e-9 * Math.abs(expected),
    `${what}: ${actual} ≠ ${expected}`,
  );

const find = (points: Point[], unit: string, indicator: string): Point => {
  const p = points.find((x) => x.unit === unit && x.indicator === indicator);
  assert.ok(p, `no point ${unit} ${indicator}`);
  return p;
};

test('medianInterval: ranks from the binomial tail, none below 8 samples at 99%', () => {
  const xs = (n: number) => Array.from({ length: n }, (_, i) => n - i); // n..1, unsorted
  // n = 7: P(X = 0) = 1/128 = 0.0078 > 0.005, so no rank k ≥ 1 keeps the tail under 0.5%.
  assert.equal(medianInterval(xs(7)), undefined);
  // n = 8: P(X = 0) = 1/256 = 0.0039 ≤ 0.005, P(X ≤ 1) = 9/256 = 0.035 > 0.005: k = 1, min–max.
  assert.deepEqual(medianInterval(xs(8)), [1, 8]);
  // n = 15: P(X ≤ 2) = (1 + 15 + 105)/32768 = 0.0037 ≤ 0.005, P(X ≤ 3) = 576/32768 = 0.0176:
  // k = 3, the 3rd smallest and the 3rd largest.
  assert.deepEqual(medianInterval(xs(15)), [3, 13]);
  // At 90% the tail is 5%: P(X ≤ 3) = 0.0176 ≤ 0.05, P(X ≤ 4) = 1941/32768 = 0.059: k = 4.
  assert.deepEqual(medianInterval(xs(15), 0.9), [4, 12]);
  // n = 4000 (0.5^n underflows: the tail is summed in logs). Normal approximation of the rank:
  // n/2 − 2.576 × √n / 2 = 2000 − 81.5 ≈ 1918.5; the exact k is within a couple of ranks.
  const [lo, hi] = medianInterval(xs(4000))!;
  assert.ok(lo >= 1915 && lo <= 1921, `k = ${lo}`);
  assert.equal(hi, 4001 - lo);
});

test('a result: the static totals and the runtime medians, bounds only where samples allow', () => {
  const points = resultPoints(validResult());
  // mlp: x[1,64] · w[64,64] → Relu: params 64 × 64 = 4096, MACs 1 × 64 × 64 = 4096, weight
  // 4096 float32 = 16384 bytes, 2 nodes.
  for (const [key, value, measure] of [
    ['params', 4096, 'count'],
    ['macs', 4096, 'MACs'],
    ['weightBytes', 16384, 'bytes'],
    ['nodes', 2, 'nodes'],
  ] as const) {
    const p = find(points, 'mlp', key);
    assert.equal(p.value, value, key);
    assert.equal(p.measure, measure, key);
  }
  // 'fresh' (64×4 then 4×64): params 256 + 256 = 512; not measured, so no runtime points.
  assert.equal(find(points, 'fresh', 'params').value, 512);
  assert.ok(!points.some((p) => p.unit === 'fresh' && p.indicator.startsWith('latency')));
  // mlp was measured: latency samples 2, 2.1, 1.9, 2, 2.05 → sorted 1.9 2 2 2.05 2.1, p50 = 2;
  // p90 at rank 4 × 0.9 = 3.6: 2.05 + 0.6 × 0.05 = 2.08. Five samples: too few for bounds.
  const p50 = find(points, 'mlp', 'latency.p50');
  assert.equal(p50.value, 2);
  assert.equal(p50.lower, undefined);
  close(find(points, 'mlp', 'latency.p90').value, 2.08, 'p90');
  assert.equal(find(points, 'mlp', 'throughput.b1').value, 500);
  assert.equal(find(points, 'mlp', 'coldStart').value, 31); // median of 30, 31, 32
  close(find(points, 'mlp', 'firstRun').value, 3.05, 'firstRun'); // mean of 3 and 3.1
  assert.equal(find(points, 'mlp', 'peakRss').value, 2 ** 20);
  assert.equal(find(points, 'mlp', 'achievedFlopsPerSecond').value, 1e9);
  // The scenario unit keeps its id.
  assert.equal(find(points, 'mlp/decode', 'params').value, 4096);
});

/** The fixture's result with 15 latency samples 1..15 ms: enough for a 99% interval. */
function resultWith15Samples(): Result {
  const r = validResult();
  const m = r.models.find((x) => x.id === 'mlp')!.measurement!;
  const samplesMs = Array.from({ length: 15 }, (_, i) => 15 - i);
  m.latency = { batch: 1, samplesMs, summary: summarize(samplesMs) };
  return r;
}

test('Bencher Metric Format of a result: ns for times, built-in slugs, bounds from the median CI', () => {
  const bmf = toBmf(resultPoints(resultWith15Samples()));
  assert.deepEqual(bmfErrors(bmf), []);
  // p50 of 1..15 is 8 ms = 8e6 ns; the 99% interval is the 3rd and 13th values (see above).
  assert.deepEqual(bmf.mlp.latency, { value: 8e6, lower_value: 3e6, upper_value: 13e6 });
  assert.deepEqual(bmf.mlp.params, { value: 4096 });
  assert.deepEqual(bmf.mlp['weight-bytes'], { value: 16384 });
  assert.equal(bmf.mlp['cold-start'].value, 31e6);
  assert.deepEqual(bmf.mlp['throughput-b1'], { value: 500 });
  assert.deepEqual(bmf.mlp['peak-rss'], { value: 2 ** 20 });
  assert.ok(bmf.mlp['file-size'].value > 0, 'model file as the built-in file-size');
  assert.deepEqual(Object.keys(bmf), ['mlp', 'mlp/decode', 'fresh']);
});

test('slugs: kebab case of the key, tokens/s apart from examples/s, times scaled to ns', () => {
  assert.deepEqual(bmfMeasure({ indicator: 'latency.p90', measure: 'ms' }), {
    slug: 'latency-p90',
    scale: 1e6,
  });
  assert.deepEqual(bmfMeasure({ indicator: 'peakActivationBytes', measure: 'bytes' }), {
    slug: 'peak-activation-bytes',
    scale: 1,
  });
  assert.deepEqual(bmfMeasure({ indicator: 'throughput.b8', measure: 'tokens/s' }), {
    slug: 'throughput-b8-tokens',
    scale: 1,
  });
});

/** The fixture's comparison with mlp's latency row set to a known, asymmetric interval. */
function comparisonWithInterval(): Comparison {
  const cmp = validComparison();
  const row = cmp.models.find((m) => m.id === 'mlp')!.runtime[0];
  assert.equal(row.indicator, 'latency.p50');
  Object.assign(row, { base: 2, head: 2.6, ratio: 1.25, ci: [1.2, 1.4] });
  return cmp;
}

test('a comparison: the head by default, the ratio interval carried onto its own value', () => {
  const head = comparisonPoints(comparisonWithInterval());
  const p = find(head, 'mlp', 'latency.p50');
  // head × [lo, hi] / ratio = 2.6 × [1.2, 1.4] / 1.25 = [2.496, 2.912].
  assert.equal(p.value, 2.6);
  close(p.lower, 2.496, 'lower');
  close(p.upper, 2.912, 'upper');
  // Static: the head is the full-rank model (4096 params), the base the rank-8 one.
  assert.equal(find(head, 'mlp', 'params').value, 4096);
  // 'fresh' is only in the head: a comparison holds no values for an added model.
  assert.ok(!head.some((x) => x.unit === 'fresh'));

  const base = comparisonPoints(comparisonWithInterval(), 'base');
  const b = find(base, 'mlp', 'latency.p50');
  // base × ratio / [hi, lo] = 2 × 1.25 / [1.4, 1.2] = [1.7857…, 2.0833…].
  assert.equal(b.value, 2);
  close(b.lower, 2.5 / 1.4, 'base lower');
  close(b.upper, 2.5 / 1.2, 'base upper');
  // The rank-8 base: 64 × 8 + 8 × 64 = 1024 params; 'fresh' has no base.
  assert.equal(find(base, 'mlp', 'params').value, 1024);
  assert.ok(!base.some((x) => x.unit === 'fresh'));
});

test('the unmodified fixture: every round has ratio 1.3, so the interval is the value itself', () => {
  // Rounds a = 2 × (0.98, 0.99, 1, 1.01, 1.02), b = 1.3 × a: head p50 = 2.6, ratio and CI 1.3.
  const p = find(comparisonPoints(validComparison()), 'mlp', 'latency.p50');
  close(p.value, 2.6, 'head p50');
  close(p.lower, 2.6, 'lower');
  close(p.upper, 2.6, 'upper');
});

test('github-action-benchmark: one file per direction, every indicator with one in exactly one', () => {
  const points = comparisonPoints(comparisonWithInterval());
  const smaller = toCustomBenchmarks(points, 'customSmallerIsBetter');
  const bigger = toCustomBenchmarks(points, 'customBiggerIsBetter');
  assert.deepEqual(customErrors(smaller), []);
  assert.deepEqual(customErrors(bigger), []);
  // The catalogue's directionless indicators (a change in them is neither better nor worse) go
  // in neither file; every other point in exactly one.
  const none = withoutDirection(points);
  assert.equal(smaller.length + bigger.length + none.length, points.length);
  const directionless = INDICATORS.filter((r) => r.direction === 'none').map((r) => r.key);
  assert.deepEqual(
    [...new Set(none.map((p) => p.indicator))].sort(),
    directionless.filter((k) => points.some((p) => p.indicator === k)).sort(),
  );
  assert.ok(none.some((p) => p.indicator === 'arithmeticIntensity'));
  const names = (xs: { name: string }[]) => new Set(xs.map((x) => x.name));
  assert.ok(names(smaller).has('mlp params'));
  assert.ok(names(smaller).has('mlp latency.p50'));
  assert.ok(names(bigger).has('mlp throughput.b1'));
  assert.ok(!names(bigger).has('mlp arithmeticIntensity'));
  assert.ok(!names(smaller).has('mlp nodes'));
  assert.ok(!names(bigger).has('mlp latency.p50'));
  const lat = smaller.find((x) => x.name === 'mlp latency.p50')!;
  // The wider side of [2.496, 2.912] around 2.6: max(0.104, 0.312) = 0.312.
  assert.equal(lat.range, '± 0.312');
  assert.equal(lat.unit, 'ms');
  assert.match(lat.extra!, /^99% CI of head\/base over 20 rounds: 2\.496–2\.912 ms\n/);
  assert.match(lat.extra!, /\nbase 2 ms, head\/base 1\.25\n/);
});

test('an indicator with no known direction goes in neither custom file', () => {
  const odd: Point = { unit: 'm', indicator: 'mystery', value: 1, measure: 'count', notes: [] };
  assert.equal(directionOf('mystery'), undefined);
  assert.deepEqual(toCustomBenchmarks([odd], 'customSmallerIsBetter'), []);
  assert.deepEqual(toCustomBenchmarks([odd], 'customBiggerIsBetter'), []);
  assert.deepEqual(withoutDirection([odd]), [odd]);
  // Directions as the indicator catalogue gives them; none for a directionless indicator.
  assert.equal(directionOf('arithmeticIntensity'), undefined);
  assert.equal(directionOf('nodes'), undefined);
  assert.equal(directionOf('throughput.b64'), 'higher-is-better');
  assert.equal(directionOf('coldStart'), 'lower-is-better');
});

test('two points for one benchmark and measure: an error, not a silent overwrite', () => {
  const p: Point = { unit: 'm', indicator: 'params', value: 1, measure: 'count', notes: [] };
  assert.throws(() => toBmf([p, { ...p, value: 2 }]), /two values for m params/);
});

test('the validators reject what the formats do not allow', () => {
  assert.notDeepEqual(bmfErrors({ m: { latency: { value: '1' } } }), []);
  assert.notDeepEqual(bmfErrors({ m: { latency: { lower_value: 1 } } }), []);
  assert.notDeepEqual(bmfErrors({ m: { 'Latency P50': { value: 1 } } }), []);
  assert.notDeepEqual(bmfErrors({ m: { ['x'.repeat(65)]: { value: 1 } } }), []);
  assert.notDeepEqual(customErrors({ name: 'a', unit: 'ms', value: 1 }), []);
  assert.notDeepEqual(customErrors([{ name: 'a', unit: 'ms' }]), []);
  assert.notDeepEqual(customErrors([{ name: 'a', unit: 'ms', value: 1, range: '2.5–3' }]), []);
});

test('an open interval (high null, as a comparison file may hold it) gives no bounds, not 0', () => {
  const cmp = comparisonWithInterval();
  const row = cmp.models.find((m) => m.id === 'mlp')!.runtime[0];
  row.ci = [1.2, null as unknown as number];
  const p = find(comparisonPoints(cmp), 'mlp', 'latency.p50');
  assert.equal(p.value, 2.6);
  assert.equal(p.lower, undefined);
  assert.equal(p.upper, undefined);
});
