/**
 * The signed-rank distribution and the Hodges-Lehmann interval (src/stats/signed-rank.ts),
 * against values counted by hand.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fewestFor, hodgesLehmann, signedRankCdf } from '../../src/stats/signed-rank.ts';

test('the signed-rank distribution of 3 values, by counting subsets of {1, 2, 3}', () => {
  // Sums of the subsets: {} 0, {1} 1, {2} 2, {3} 3, {1,2} 3, {1,3} 4, {2,3} 5, {1,2,3} 6:
  // counts 1, 1, 1, 2, 1, 1, 1 for t = 0..6, cumulated 1, 2, 3, 5, 6, 7, 8 out of 8.
  assert.deepEqual(
    [...signedRankCdf(3)],
    [1, 2, 3, 5, 6, 7, 8].map((c) => c / 8),
  );
  // n = 10: P(T <= 4) = 7 / 1024 (sums 0..4: 1 + 1 + 1 + 2 + 2 subsets); the total is 1.
  const ten = signedRankCdf(10);
  assert.equal(ten[4], 7 / 1024);
  assert.equal(ten[55], 1);
});

test('Hodges-Lehmann of 3 values and its 75% interval, by hand', () => {
  // Walsh averages of 1, 2, 6: 1, 2, 6, 1.5, 3.5, 4; sorted 1, 1.5, 2, 3.5, 4, 6; their median
  // (2 + 3.5) / 2 = 2.75. At 75% the tail is 12.5% = P(T <= 0) = 1/8: k = 1, the interval is
  // the smallest and largest Walsh averages, [1, 6], and its coverage exactly 1 - 2/8.
  const r = hodgesLehmann([6, 1, 2], 0.75);
  assert.equal(r.estimate, 2.75);
  assert.deepEqual(r.interval, [1, 6]);
  // At 80% no k works (P(T <= 0) = 12.5% > 10%): the interval is everything.
  assert.deepEqual(hodgesLehmann([6, 1, 2], 0.8).interval, [-Infinity, Infinity]);
  assert.throws(() => hodgesLehmann([], 0.9), /no values/);
});

test('the fewest values for a finite interval: 2 / 2^n within 1 - confidence', () => {
  // 99%: 2 / 2^8 = 0.0078 <= 0.01 < 2 / 2^7 = 0.0156. 99.5%: 2 / 2^9 = 0.0039. 99.7%: 2 / 2^10
  // = 0.00195 <= 0.003 < 0.0039. 75%: 2 / 2^3 = 0.25, exactly (the 3-value case above).
  assert.deepEqual([0.99, 0.995, 0.997, 0.75].map(fewestFor), [8, 9, 10, 3]);
  for (const c of [0.99, 0.995, 0.997, 0.75]) {
    const n = fewestFor(c);
    const values = Array.from({ length: n }, (_, i) => i);
    assert.ok(Number.isFinite(hodgesLehmann(values, c).interval[1]), `${n} values at ${c}`);
    assert.ok(!Number.isFinite(hodgesLehmann(values.slice(1), c).interval[1]), `${n - 1} at ${c}`);
  }
});
