/** The rank-sum test: p-values worked out by hand from the rank sum's normal form. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rankSumP, upperNormalTail } from '../../src/stats/rank-sum.ts';

const close = (a: number, b: number, tol: number) =>
  assert.ok(Math.abs(a - b) <= tol, `${a} is not within ${tol} of ${b}`);

test('the normal tail matches tabled values', () => {
  // The approximation's error is about 1e-6 at worst (at 0): far below the p < 0.001 asked.
  close(upperNormalTail(0), 0.5, 2e-6);
  close(upperNormalTail(1.959964), 0.025, 1e-7);
  close(upperNormalTail(3.090232), 0.001, 1e-8);
});

test('two samples apart: the rank sum is as far from its mean as it can be', () => {
  // x = 1..10 takes ranks 1..10, sum 55; its mean under the null is 10 × 21 / 2 = 105 and its
  // variance 10 × 10 / 12 × 21 = 175 (no ties). z = (|55 − 105| − 0.5) / √175 = 3.7418.
  const x = Array.from({ length: 10 }, (_, i) => i + 1);
  const y = Array.from({ length: 10 }, (_, i) => i + 11);
  const z = 49.5 / Math.sqrt(175);
  close(rankSumP(x, y), 2 * upperNormalTail(z), 1e-12);
  close(rankSumP(y, x), rankSumP(x, y), 1e-12);
  assert.ok(rankSumP(x, y) < 0.001);
});

test('ties share their midrank and shrink the variance', () => {
  // Pooled 1 1 2 2 3 3: midranks 1.5 1.5 3.5 3.5 5.5 5.5. x = {1, 1, 2} sums 6.5 against a mean
  // of 3 × 7 / 2 = 10.5. Ties: three pairs, each t³ − t = 6, so 18; the variance is
  // 3 × 3 / 12 × (7 − 18 / 30) = 4.8. z = (4 − 0.5) / √4.8 = 1.5975, and P(Z > 1.5975) is
  // 0.05508 by the normal table, so p = 0.1102.
  close(rankSumP([1, 1, 2], [2, 3, 3]), 2 * upperNormalTail(3.5 / Math.sqrt(4.8)), 1e-12);
  close(rankSumP([1, 1, 2], [2, 3, 3]), 0.1102, 1e-4);
});

test('interleaved samples: no evidence', () => {
  // Rank sums 18 and 18, the mean 4 × 9 / 2 = 18: z = 0, p = 2 × P(Z > 0) = 1.
  close(rankSumP([1, 4, 5, 8], [2, 3, 6, 7]), 1, 4e-6);
  assert.equal(rankSumP([], [1, 2]), 1);
});
