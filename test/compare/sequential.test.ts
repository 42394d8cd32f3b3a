/**
 * The sequential plan's alpha spending (src/compare/sequential.ts), checked against values
 * worked out by hand from the standard normal table.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairedVerdict } from '../../src/compare/ab.ts';
import { parseGate, parseScopedGate } from '../../src/compare/gates.ts';
import {
  atLook,
  latencyLimits,
  looks,
  resamplesFor,
  sequentialPlan,
} from '../../src/compare/sequential.ts';
import { seeded } from '../../src/stats/rng.ts';
import { ONE_THREAD, simulateRounds } from './simulation.ts';

test('the looks spend 1 - confidence in all, Pocock-type within the first budget', () => {
  const plan = looks(0.99);
  assert.deepEqual(
    plan.map((l) => l.fraction),
    [0.5, 1, 2],
  );
  // By hand, alpha = 0.01: the first budget gets 0.8 alpha = 0.008. At half the budget
  // 0.008 ln(1 + (e - 1) / 2) = 0.008 ln(1.859141) = 0.008 * 0.620115 = 0.0049609. At the
  // full budget the rest of the first budget's 0.008: 0.0030391. The second budget's look gets
  // the rest, 0.002.
  const spent = plan.map((l) => 1 - l.confidence);
  assert.ok(Math.abs(spent[0] - 0.0049609) < 0.0000002, `${spent[0]}`);
  assert.ok(Math.abs(spent[1] - 0.0030391) < 0.0000002, `${spent[1]}`);
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

test('simulated A/A runs: the plan errs far less often than peeking at a fixed 99%', () => {
  // 400 simulated A/A comparisons on the 1-thread noise model (test/compare/simulation.ts)
  // with an offset per session pair (sessionSigma 0.5%), 120 rounds in 40 pairs of 3 each, as
  // `compare` runs them (20 pairs per budget); the plan looks after 10, 20 and 40 pairs (half,
  // all and twice a budget). A look that reaches a verdict other than inconclusive ends the
  // comparison; better or worse is false. The same runs judged at a fixed 99% at every look
  // (peeking) are the control. T = 1% makes the noise matter (a 99% interval over 20 pairs is
  // about ±1% here). The plan's rate is held to 1.5% (1% and the simulation's own scatter),
  // and below peeking's: a plan that spent nothing (99% at every look) would err exactly as
  // often as peeking.
  const count = 400;
  const rng = seeded(7);
  const plan = looks(0.99);
  const at = [30, 60, 120];
  const model = { ...ONE_THREAD, sessionSigma: 0.005 };
  const base = { threshold: 0.01, confidence: 0.99, resamples: 2000, seed: 1 };
  const options = { ...base, direction: 'lower-is-better' as const };
  let planWrong = 0;
  let peekWrong = 0;
  for (let k = 0; k < count; k++) {
    const rounds = simulateRounds(model, { rounds: 120, bOverA: 1, rng, pairs: 40 });
    const judge = (confidence: (i: number) => number) => {
      for (const [i, n] of at.entries()) {
        const v = pairedVerdict(rounds.slice(0, n), {
          ...options,
          confidence: confidence(i),
          seed: k,
        });
        if (v.verdict !== 'inconclusive') return v.verdict;
      }
      return 'inconclusive';
    };
    const wrong = (v: string) => (v === 'better' || v === 'worse' ? 1 : 0);
    planWrong += wrong(judge((i) => plan[i].confidence));
    peekWrong += wrong(judge(() => 0.99));
  }
  console.log(`A/A over ${count} runs: the plan erred ${planWrong} times, peeking ${peekWrong}`);
  assert.ok(planWrong <= 0.015 * count, `the plan erred ${planWrong} times in ${count}`);
  assert.ok(planWrong < peekWrong, `plan ${planWrong} vs peeking ${peekWrong}`);
});

test('gate limits on the latency ratio, by hand', () => {
  const gates = [
    parseGate('latency.p50', '+5%'),
    parseGate('latency.p50', '+2ms'),
    parseGate('throughput', '-5%'),
    parseGate('params', '+10%'),
    parseScopedGate('decode.latency.p50', '+20%', new Set(['decode'])),
  ];
  // +5% → 1.05; +2 ms on a 10 ms base → 12 / 10 = 1.2; throughput −5% → latency 1 / 0.95;
  // params is static (no limit); the decode gate only for the decode unit: 1.2.
  const plain = latencyLimits(gates, 'm', 1).map((l) => l(10));
  assert.deepEqual(
    plain.map((x) => x.toFixed(4)),
    ['1.0500', '1.2000', (1 / 0.95).toFixed(4)],
  );
  const decode = latencyLimits(gates, 'm/decode', 1).map((l) => l(10));
  assert.deepEqual(
    decode.map((x) => x.toFixed(4)),
    ['1.0500', '1.2000', (1 / 0.95).toFixed(4), '1.2000'],
  );
});

test('a look does not end the rounds while a gate limit lies inside the interval', () => {
  // 20 rounds, B about 10% slower with ±3% spread: worse at a 5% threshold. A +5% gate sits
  // below the interval (settled: it trips); a +10% gate sits inside it (not settled).
  const ratios = Array.from({ length: 20 }, (_, i) => 1.1 + ((i % 5) - 2) * 0.015);
  const rounds = ratios.map((r, i) => ({
    order: (i % 2 ? 'AB' : 'BA') as 'AB' | 'BA',
    a: 10,
    b: 10 * r,
  }));
  const options = { threshold: 0.05, confidence: 0.99, resamples: 10_000, seed: 1 };
  const lines: string[] = [];
  const at = (limit: string) =>
    sequentialPlan(
      options,
      (l) => lines.push(l),
      latencyLimits([parseGate('latency.p50', limit)], 'm', 1),
    );
  assert.equal(at('+5%').decided(rounds, 0.99, 0.5), true);
  assert.equal(at('+10%').decided(rounds, 0.99, 0.5), false);
  assert.equal(at('+10%').decided(rounds, 0.99, 1), false);
  assert.match(lines.at(-1)!, /gate's limit after the first budget: spending a second one/);
  assert.equal(sequentialPlan(options, () => {}).decided(rounds, 0.99, 0.5), true);
});
