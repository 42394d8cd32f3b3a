/**
 * The sequential plan's alpha spending (src/compare/sequential.ts), checked against values
 * worked out by hand from the standard normal table.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairedVerdict } from '../../src/compare/ab.ts';
import { atLook, looks, resamplesFor } from '../../src/compare/sequential.ts';

test("the looks spend 1 - confidence in all, O'Brien-Fleming-type within the first budget", () => {
  const plan = looks(0.99);
  assert.deepEqual(
    plan.map((l) => l.fraction),
    [0.5, 1, 2],
  );
  // By hand, alpha = 0.01: the first budget gets 0.8 alpha = 0.008, so z = Phi^-1(1 - 0.004)
  // = 2.6521. At half the budget: 2 - 2 Phi(2.6521 / sqrt(0.5) = 3.7507) = 2 (1 - 0.999912)
  // = 0.000176. At the full budget the first budget's 0.008 is spent: 0.008 - 0.000176 =
  // 0.007824. The second budget's look gets the rest, 0.002.
  const spent = plan.map((l) => 1 - l.confidence);
  assert.ok(Math.abs(spent[0] - 0.000176) < 0.000002, `${spent[0]}`);
  assert.ok(Math.abs(spent[1] - 0.007824) < 0.000002, `${spent[1]}`);
  assert.ok(Math.abs(spent[2] - 0.002) < 1e-12, `${spent[2]}`);
  assert.ok(Math.abs(spent.reduce((s, x) => s + x, 0) - 0.01) < 1e-12);
});

test('an early look asks for enough resamples to hold 50 in each tail', () => {
  assert.equal(resamplesFor(0.99, 10_000), 10_000);
  // 0.0002 / 2 = 0.0001 per tail: 50 / 0.0001 = 500,000.
  assert.equal(resamplesFor(0.9998, 10_000), 500_000);
});

test('a look judges at its own confidence: a wider interval than the fixed 99%', () => {
  // Ten rounds with B 3% slower, give or take 2%: the 99.98% interval of the first look is
  // wider than the 99% one on the same rounds.
  const rounds = [1.03, 1.01, 1.05, 1.02, 1.04, 1.03, 1.0, 1.06, 1.03, 1.02].map((r) => ({
    a: 10,
    b: 10 * r,
  }));
  const base = {
    threshold: 0.02,
    confidence: 0.99,
    resamples: 10_000,
    seed: 1,
    direction: 'lower-is-better' as const,
  };
  const fixed = pairedVerdict(rounds, base);
  const early = pairedVerdict(rounds, atLook(base, 0.9998));
  assert.ok(early.ci[0] <= fixed.ci[0] && early.ci[1] >= fixed.ci[1]);
  assert.ok(early.ci[1] / early.ci[0] > fixed.ci[1] / fixed.ci[0]);
});
