import assert from 'node:assert/strict';
import { test } from 'node:test';
import { median, percentile, sortedCopy, summarize } from '../../src/stats/summary.ts';

const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

function close(actual: number, expected: number, what: string): void {
  assert.ok(Math.abs(actual - expected) < 1e-12, `${what}: ${actual} is not ${expected}`);
}

test('percentiles interpolate linearly between order statistics (numpy linear)', () => {
  // h = (n - 1) * p / 100, value = x[floor h] + frac(h) * (x[floor h + 1] - x[floor h]).
  // p90: h = 9 * 0.9 = 8.1 -> x[8] + 0.1 * (x[9] - x[8]) = 9 + 0.1 * (10 - 9) = 9.1
  close(percentile(oneToTen, 90), 9.1, 'p90');
  // p50: h = 9 * 0.5 = 4.5 -> 5 + 0.5 * (6 - 5) = 5.5
  close(percentile(oneToTen, 50), 5.5, 'p50');
  // p99: h = 9 * 0.99 = 8.91 -> 9 + 0.91 * 1 = 9.91
  close(percentile(oneToTen, 99), 9.91, 'p99');
  // p25: h = 9 * 0.25 = 2.25 -> 3 + 0.25 * 1 = 3.25
  close(percentile(oneToTen, 25), 3.25, 'p25');
  assert.equal(percentile(oneToTen, 0), 1);
  assert.equal(percentile(oneToTen, 100), 10);
  // Unequal gaps: [0, 10, 40], p75: h = 2 * 0.75 = 1.5 -> 10 + 0.5 * (40 - 10) = 25
  assert.equal(percentile([0, 10, 40], 75), 25);
  // Works on typed arrays too (the bootstrap's).
  assert.equal(percentile(Float64Array.from([0, 10, 40]), 75), 25);
});

test('summarize: mean, n-1 std, cv and percentiles of an unsorted sample', () => {
  const samples = [9, 2, 5, 4, 7, 4, 5, 4];
  const copy = [...samples];
  const s = summarize(samples);
  assert.deepEqual(samples, copy, 'the input is not reordered');
  // sorted: 2 4 4 4 5 5 7 9; sum 40, mean 40 / 8 = 5
  // squared deviations: 9 1 1 1 0 0 4 16 = 32; variance 32 / (8 - 1) = 4.571428...
  assert.equal(s.count, 8);
  assert.equal(s.mean, 5);
  close(s.std, Math.sqrt(32 / 7), 'std'); // 2.13809
  close(s.cv, Math.sqrt(32 / 7) / 5, 'cv'); // 0.42762
  assert.equal(s.min, 2);
  assert.equal(s.max, 9);
  // p50: h = 7 * 0.5 = 3.5 -> 4 + 0.5 * (5 - 4) = 4.5
  close(s.p50, 4.5, 'p50');
  // p90: h = 7 * 0.9 = 6.3 -> 7 + 0.3 * (9 - 7) = 7.6
  close(s.p90, 7.6, 'p90');
  // p99: h = 7 * 0.99 = 6.93 -> 7 + 0.93 * (9 - 7) = 8.86
  close(s.p99, 8.86, 'p99');
});

test('summarize: empty, single and all-zero samples give finite numbers that survive JSON', () => {
  const empty = summarize([]);
  assert.deepEqual(empty, {
    count: 0,
    mean: 0,
    std: 0,
    min: 0,
    max: 0,
    p50: 0,
    p90: 0,
    p99: 0,
    cv: 0,
  });
  assert.deepEqual(JSON.parse(JSON.stringify(empty)), empty);

  const one = summarize([3.5]);
  assert.deepEqual(one, {
    count: 1,
    mean: 3.5,
    std: 0,
    min: 3.5,
    max: 3.5,
    p50: 3.5,
    p90: 3.5,
    p99: 3.5,
    cv: 0,
  });

  const zeros = summarize([0, 0, 0]);
  assert.equal(zeros.cv, 0, 'cv of a zero mean is 0, not NaN');
  for (const s of [empty, one, zeros]) {
    for (const [k, v] of Object.entries(s)) assert.ok(Number.isFinite(v), `${k} = ${v}`);
  }
});

test('median of odd and even counts; invalid input throws instead of returning NaN', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 3, 2]), 2.5); // (2 + 3) / 2
  assert.equal(median(Float64Array.from([7])), 7);
  assert.throws(() => median([]), RangeError);
  assert.throws(() => percentile(oneToTen, 101), /\[0, 100\]/);
  assert.throws(() => percentile(oneToTen, Number.NaN), RangeError);
  assert.throws(() => summarize([1, Number.NaN, 3]), /sample 1 is NaN/);
  assert.throws(() => summarize([1, Infinity]), /sample 1 is Infinity/);
});

test('sortedCopy sorts numerically (not as strings) and leaves the input alone', () => {
  const input = [10, 9, 100, 1];
  assert.deepEqual(Array.from(sortedCopy(input)), [1, 9, 10, 100]);
  assert.deepEqual(input, [10, 9, 100, 1]);
});
