import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  DEFAULT_VERDICT_OPTIONS,
  noiseFloor,
  pairedVerdict,
  unpairedVerdict,
  type Direction,
  type Verdict,
  type VerdictOptions,
} from '../../src/compare/ab.ts';
import { bootstrapInterval } from '../../src/stats/bootstrap.ts';
import { UserError } from '../../src/errors.ts';
import { seeded } from '../../src/stats/rng.ts';
import { percentile, sortedCopy } from '../../src/stats/summary.ts';
import type { Round } from '../../src/measure/types.ts';
import {
  ONE_THREAD,
  TWO_THREADS,
  simulateRounds,
  simulateRun,
  type NoiseModel,
} from './simulation.ts';

const latency: VerdictOptions = { ...DEFAULT_VERDICT_OPTIONS, direction: 'lower-is-better' };
const throughput: VerdictOptions = { ...DEFAULT_VERDICT_OPTIONS, direction: 'higher-is-better' };

/** Rounds whose B/A ratios are exactly `ratios` (A = 10 ms). */
function roundsOf(ratios: number[]): { a: number; b: number }[] {
  return ratios.map((r) => ({ a: 10, b: 10 * r }));
}

function close(actual: number, expected: number, what: string): void {
  assert.ok(Math.abs(actual - expected) < 1e-12, `${what}: ${actual} is not ${expected}`);
}

type Tally = Record<Verdict, number>;

/** `count` simulated comparisons of 20-30 rounds; the verdicts' seed is the comparison's index. */
function tally(
  model: NoiseModel,
  bOverA: number,
  count: number,
  seed: number,
  options: Partial<VerdictOptions> = {},
): { tally: Tally; verdictMs: number } {
  const rng = seeded(seed);
  const runs = Array.from({ length: count }, (_, k) =>
    simulateRounds(model, { rounds: 20 + (k % 11), bOverA, rng }),
  );
  const out: Tally = { better: 0, worse: 0, unchanged: 0, inconclusive: 0 };
  const start = performance.now();
  runs.forEach(
    (rounds, k) => out[pairedVerdict(rounds, { ...latency, ...options, seed: k }).verdict]++,
  );
  return { tally: out, verdictMs: performance.now() - start };
}

function pct(n: number, count: number): string {
  return `${((100 * n) / count).toFixed(1)}%`;
}

test('5 rounds by hand: ratio = exp(median d), the 99% CI is the range of the rounds', () => {
  // d sorted = ln 0.9, ln 1.0, ln 1.05, ln 1.1, ln 1.2; median = ln 1.05 -> ratio 1.05.
  // A resample's median is the minimum when >= 3 of its 5 draws hit it:
  // P = C(5,3)(1/5)^3(4/5)^2 + C(5,4)(1/5)^4(4/5) + (1/5)^5 = 0.0512 + 0.00512 + 0.00032 = 0.05664,
  // about 566 of 10,000 resamples. The 0.5th percentile sits at rank (10000 - 1) * 0.005 = 49.995,
  // inside them: the lower bound is exactly the minimum, 0.9 (the upper, by symmetry, 1.2).
  const v = pairedVerdict(roundsOf([1.2, 0.9, 1.05, 1.0, 1.1]), latency);
  close(v.ratio, 1.05, 'ratio');
  close(v.ci[0], 0.9, 'ci low');
  close(v.ci[1], 1.2, 'ci high');
  assert.equal(v.rounds, 5);
  // CI spans 1 and 1.05: neither worse (needs ci low > 1) nor unchanged (needs ci high <= 1.05).
  assert.equal(v.verdict, 'inconclusive');
  assert.match(v.reason, /too noisy/);
});

test('6 rounds by hand: the even median averages the middle two log ratios', () => {
  // ratio = exp((ln 1.08 + ln 1.12) / 2) = sqrt(1.08 * 1.12) = sqrt(1.2096) = 1.09982
  // A resample's median is the minimum when >= 4 of 6 draws hit it:
  // P = (15 * 25 + 6 * 5 + 1) / 6^6 = 406 / 46656 = 0.0087: about 87 of 10,000, more than the 50
  // below the 0.5th percentile, so the CI is again [min, max].
  const v = pairedVerdict(roundsOf([1.25, 0.95, 1.12, 1.0, 1.08, 1.2]), latency);
  close(v.ratio, Math.sqrt(1.08 * 1.12), 'ratio');
  close(v.ci[0], 0.95, 'ci low');
  close(v.ci[1], 1.25, 'ci high');
});

test('decision rules on exact rounds: worse, better, unchanged, significant-but-small', () => {
  const slower = pairedVerdict(roundsOf(Array(8).fill(1.1)), latency);
  assert.deepEqual([slower.verdict, slower.ci], ['worse', [1.1, 1.1]]);
  close(slower.ratio, 1.1, 'ratio');
  // 0.9 <= 1 / 1.05 = 0.952 and the CI is below 1.
  assert.equal(pairedVerdict(roundsOf(Array(8).fill(0.9)), latency).verdict, 'better');
  assert.equal(pairedVerdict(roundsOf(Array(8).fill(1)), latency).verdict, 'unchanged');
  // Significant (CI [1.02, 1.02] excludes 1) but inside ±5%: unchanged.
  assert.equal(pairedVerdict(roundsOf(Array(8).fill(1.02)), latency).verdict, 'unchanged');
  // CI [1.01, 1.2] (the range, as above) excludes 1, point 1.03 < 1.05, and 1.2 > 1.05.
  const small = pairedVerdict(roundsOf([1.01, 1.02, 1.03, 1.04, 1.2]), latency);
  assert.equal(small.verdict, 'inconclusive');
  assert.match(small.reason, /significant but the point estimate is within the 5% threshold/);
  // The threshold is the caller's: 1.1 is not worse when T = 15%.
  const wide = pairedVerdict(roundsOf(Array(8).fill(1.1)), { ...latency, threshold: 0.15 });
  assert.equal(wide.verdict, 'unchanged');
});

test('higher-is-better flips the labels, not the ratio', () => {
  // Throughput 100 -> 90 examples/s: B/A = 0.9, a 10% drop: worse.
  const drop = pairedVerdict(roundsOf(Array(8).fill(0.9)), throughput);
  close(drop.ratio, 0.9, 'ratio');
  assert.equal(drop.verdict, 'worse');
  assert.equal(pairedVerdict(roundsOf(Array(8).fill(1.1)), throughput).verdict, 'better');
});

test('fewer than 5 rounds is inconclusive whatever the effect', () => {
  const v = pairedVerdict(roundsOf([1.5, 1.5, 1.5, 1.5]), latency);
  assert.equal(v.verdict, 'inconclusive');
  assert.match(v.reason, /only 4 rounds: at least 5/);
  close(v.ratio, 1.5, 'the ratio is still reported');
  const none = pairedVerdict([], latency);
  assert.deepEqual([none.verdict, none.rounds, none.ci], ['inconclusive', 0, [0, Infinity]]);
  assert.equal(pairedVerdict(roundsOf(Array(5).fill(1.5)), latency).verdict, 'worse');
});

test('the bootstrap interval (selection, no full sort) equals sort + linear percentiles', () => {
  // Many ties (values 0..9) and distinct values, odd and even counts, several confidences.
  for (const [resamples, confidence, levels] of [
    [10_000, 0.99, 10],
    [1001, 0.9, 1e9],
    [100, 0.5, 3],
    [2500, 0.95, 1e9],
  ]) {
    const rng = seeded(resamples);
    const values = Array.from({ length: resamples }, () => Math.floor(rng() * levels));
    let next = 0;
    const [low, high] = bootstrapInterval(() => values[next++], resamples, confidence);
    const sorted = sortedCopy(values);
    const tail = ((1 - confidence) / 2) * 100;
    assert.equal(low, percentile(sorted, tail), `low, ${resamples} at ${confidence}`);
    assert.equal(high, percentile(sorted, 100 - tail), `high, ${resamples} at ${confidence}`);
  }
});

test('bad rounds and options are rejected with what to fix', () => {
  assert.throws(() => pairedVerdict([{ a: 0, b: 1 }], latency), /round 0: a 0/);
  assert.throws(() => pairedVerdict([{ a: 1, b: NaN }], latency), RangeError);
  assert.throws(() => pairedVerdict([], { ...latency, threshold: 0 }), UserError);
  assert.throws(() => pairedVerdict([], { ...latency, confidence: 99 }), /confidence must be/);
  assert.throws(() => pairedVerdict([], { ...latency, resamples: 10.5 }), /resamples/);
  const sideways = { ...latency, direction: 'sideways' as Direction };
  assert.throws(() => pairedVerdict([], sideways), /direction/);
});

test('determinism: the same seed gives the same CI; the seed drives the resampling', () => {
  const rounds = simulateRounds(ONE_THREAD, { rounds: 25, bOverA: 1.03, rng: seeded(5) });
  const first = pairedVerdict(rounds, { ...latency, seed: 42 });
  assert.deepEqual(pairedVerdict(rounds, { ...latency, seed: 42 }), first);
  // With 10,000 resamples the CI ends usually land on the same order statistics whatever the
  // seed (bootstrap medians take few distinct values); with 100 the seed shows.
  const cis = new Set<string>();
  for (let seed = 1; seed <= 10; seed++) {
    const v = pairedVerdict(rounds, { ...latency, resamples: 100, seed });
    assert.equal(v.ratio, first.ratio, 'the point estimate does not depend on the seed');
    cis.add(v.ci.join());
  }
  assert.ok(cis.size > 1, 'ten seeds gave one CI: the seed is not used');
});

test('the simulator reproduces the published A/A round-to-round ranges', () => {
  // Published (docs/measurement.md): B/A per round 0.84x-1.10x with 1 thread, 0.55x-1.37x with 2.
  // Over 1,000 simulated A/A runs of 30 rounds, each published extreme must lie between the 10th
  // and 90th percentiles of the simulated extremes: a typical run, not a freak one.
  const published = new Map([
    [ONE_THREAD, [0.84, 1.1]],
    [TWO_THREADS, [0.55, 1.37]],
  ]);
  for (const [model, [low, high]] of published) {
    const rng = seeded(7);
    const mins: number[] = [];
    const maxs: number[] = [];
    for (let k = 0; k < 1000; k++) {
      const ratios = simulateRounds(model, { rounds: 30, bOverA: 1, rng }).map((r) => r.b / r.a);
      mins.push(Math.min(...ratios));
      maxs.push(Math.max(...ratios));
    }
    const band = (xs: number[]) => [10, 90].map((p) => percentile(sortedCopy(xs), p));
    const [min10, min90] = band(mins);
    const [max10, max90] = band(maxs);
    console.log(
      `${model.name}: simulated A/A min ratio p10-p90 ${min10.toFixed(3)}-${min90.toFixed(3)}, ` +
        `max ratio p10-p90 ${max10.toFixed(3)}-${max90.toFixed(3)} (published ${low}-${high})`,
    );
    assert.ok(min10 <= low && low <= min90, `${model.name}: published min ${low}`);
    assert.ok(max10 <= high && high <= max90, `${model.name}: published max ${high}`);
  }
});

test('1 thread: A/A false positives < 1%, 10% slowdown power >= 95% (1,000 comparisons each)', () => {
  const count = 1000;
  const aa = tally(ONE_THREAD, 1, count, 101);
  const slow = tally(ONE_THREAD, 1.1, count, 102);
  const smallCount = 500;
  const small = tally(ONE_THREAD, 1.02, smallCount, 103);
  const fp = aa.tally.worse + aa.tally.better;
  console.log(
    `1 thread, A/A: false positives ${pct(fp, count)} (${JSON.stringify(aa.tally)}); ` +
      `${count} verdicts in ${aa.verdictMs.toFixed(0)} ms`,
  );
  console.log(
    `1 thread, +10%: power ${pct(slow.tally.worse, count)} (${JSON.stringify(slow.tally)})`,
  );
  console.log(`1 thread, +2%: ${JSON.stringify(small.tally)}`);
  assert.ok(fp < 0.01 * count, `A/A called worse or better ${fp} times`);
  assert.ok(slow.tally.worse >= 0.95 * count, `+10% called worse only ${slow.tally.worse} times`);
  assert.equal(slow.tally.better, 0);
  assert.equal(small.tally.better, 0, 'a 2% slowdown is never called better');
  const calm = small.tally.unchanged + small.tally.inconclusive;
  assert.ok(calm >= 0.95 * smallCount, `+2%: only ${calm} unchanged or inconclusive`);
});

test('2 threads: noisier; calibrating T on an A/A run (T >= 2 x noise floor) keeps it safe', () => {
  const count = 300;
  const raw = tally(TWO_THREADS, 1, count, 201);
  const slow = tally(TWO_THREADS, 1.1, count, 202);
  console.log(
    `2 threads, T = 5%: A/A false positives ${pct(raw.tally.worse + raw.tally.better, count)} ` +
      `(${JSON.stringify(raw.tally)}); +10% power ${pct(slow.tally.worse, count)}`,
  );
  // Calibrated: each comparison first runs an A/A of the same length, then T = max(5%, 2 * floor).
  const rng = seeded(203);
  const calibrated: Tally = { better: 0, worse: 0, unchanged: 0, inconclusive: 0 };
  const thresholds: number[] = [];
  for (let k = 0; k < 150; k++) {
    const rounds = 20 + (k % 11);
    const floor = noiseFloor(simulateRounds(TWO_THREADS, { rounds, bOverA: 1, rng }), { seed: k });
    const threshold = Math.max(0.05, 2 * floor.spread);
    thresholds.push(threshold);
    const ab = simulateRounds(TWO_THREADS, { rounds, bOverA: 1, rng });
    calibrated[pairedVerdict(ab, { ...latency, threshold, seed: k }).verdict]++;
  }
  const medianT = percentile(sortedCopy(thresholds), 50);
  console.log(
    `2 threads, calibrated (median T ${(100 * medianT).toFixed(1)}%): A/A ${JSON.stringify(calibrated)}`,
  );
  assert.equal(calibrated.worse + calibrated.better, 0);
  assert.ok(medianT > 0.1, 'the 2-thread noise floor raises T well above 5%');
  assert.equal(slow.tally.better, 0);
});

test('throughput: a 10% latency slowdown is a throughput drop, called worse', () => {
  const rng = seeded(301);
  const count = 200;
  const out: Tally = { better: 0, worse: 0, unchanged: 0, inconclusive: 0 };
  for (let k = 0; k < count; k++) {
    const rounds: Round[] = simulateRounds(ONE_THREAD, { rounds: 25, bOverA: 1.1, rng });
    // examples/s at batch 1 = 1000 / latency ms
    const perSecond = rounds.map((r) => ({ a: 1000 / r.a, b: 1000 / r.b }));
    const v = pairedVerdict(perSecond, { ...throughput, seed: k });
    assert.ok(v.ratio < 1, 'B/A of throughput is below 1');
    out[v.verdict]++;
  }
  console.log(`throughput, -9.1% (latency +10%): ${JSON.stringify(out)}`);
  assert.ok(out.worse >= 0.95 * count, `worse ${out.worse} of ${count}`);
  assert.equal(out.better, 0);
});

test('noiseFloor: the far end of the A/A CI, by hand', () => {
  // CI = [0.9, 1.2] as in the 5-round case: max(1.2 - 1, 1 / 0.9 - 1 = 0.111) = 0.2.
  const floor = noiseFloor(roundsOf([1.2, 0.9, 1.05, 1.0, 1.1]));
  close(floor.spread, 0.2, 'spread');
  close(floor.halfWidth, Math.sqrt(1.2 / 0.9) - 1, 'half-width'); // 0.1547
  close(floor.ratio, 1.05, 'ratio');
  assert.throws(() => noiseFloor(roundsOf([1, 1, 1, 1])), /at least 5 rounds, got 4/);
});

test('unpaired: ratio of medians by hand; separate runs are far noisier than paired rounds', () => {
  const v = unpairedVerdict([10, 10, 10, 10, 10], [11, 11, 11, 11, 11], latency);
  close(v.ratio, 1.1, 'ratio');
  assert.equal(v.verdict, 'worse');
  // medians: A = 10 (of 8, 10, 12), B = 9.5 ((9 + 10) / 2 of 9, 10, 9, 11): too few samples.
  const few = unpairedVerdict([8, 10, 12], [9, 10, 9, 11], latency);
  close(few.ratio, 0.95, 'ratio');
  assert.equal(few.verdict, 'inconclusive');
  assert.throws(() => unpairedVerdict([1, 2, 3, 4, -5], [1, 2, 3, 4, 5], latency), /side A/);
  // Two separate A/A runs (each with its own run-level offset, simulation.ts's runSigma), their
  // per-round medians compared unpaired at T = 5%: the offset does not cancel, so false positives
  // are far above the paired rate (< 1%): why misnomer compares in one job (docs/measurement.md,
  // step 1).
  const rng = seeded(401);
  const count = 100;
  let wrong = 0;
  for (let k = 0; k < count; k++) {
    const a = simulateRun(ONE_THREAD, { rounds: 25, bOverA: 1, rng }).rounds.map((r) => r.a);
    const b = simulateRun(ONE_THREAD, { rounds: 25, bOverA: 1, rng }).rounds.map((r) => r.b);
    const verdict = unpairedVerdict(a, b, { ...latency, seed: k }).verdict;
    if (verdict === 'worse' || verdict === 'better') wrong++;
  }
  console.log(`unpaired separate 1-thread A/A runs, T = 5%: false positives ${pct(wrong, count)}`);
  assert.ok(wrong > 0.1 * count, `only ${wrong} of ${count}`);
});

/** Rounds of several session pairs: per pair, rounds whose log ratios are `d` (A = 10 ms). */
function pairsOf(perPair: number[][]): Round[] {
  return perPair.flatMap((d, epoch) =>
    d.map((x) => ({ order: 'AB' as const, a: 10, b: 10 * Math.exp(x), epoch })),
  );
}

test('session pairs by hand: the Hodges-Lehmann estimate and signed-rank interval over the pairs', () => {
  // Ten pairs of three rounds; each pair's median log ratio m_e is its middle value, whatever
  // its outlier (+0.04, a burst): m = 0, 0.01, ..., 0.09. The 55 Walsh averages are
  // (i + j) / 2 * 0.01 for 0 <= i <= j <= 9; their median, by symmetry, 0.045.
  // k at 99% for n = 10: subsets of {1..10} with sum <= t number 1, 2, 3, 5, 7 for t = 0..4
  // (sum 3: {3}, {1,2}; sum 4: {4}, {1,3}); 0.005 * 2^10 = 5.12, so P(T <= 3) = 5/1024 is within
  // the tail and P(T <= 4) = 7/1024 is not: k = 4. The 4th smallest Walsh average is 0.01
  // (0, 0.005, 0.01, 0.01) and the 4th largest 0.08 (0.09, 0.085, 0.08, 0.08).
  const rounds = pairsOf(
    [...Array(10).keys()].map((i) => 0.01 * i).map((m) => [m - 0.005, m, m + 0.04]),
  );
  const v = pairedVerdict(rounds, { ...latency, threshold: 0.04 });
  assert.ok(Math.abs(v.ratio - Math.exp(0.045)) < 1e-12, `ratio ${v.ratio}`);
  assert.ok(Math.abs(v.ci[0] - Math.exp(0.01)) < 1e-12, `ci low ${v.ci[0]}`);
  assert.ok(Math.abs(v.ci[1] - Math.exp(0.08)) < 1e-12, `ci high ${v.ci[1]}`);
  assert.deepEqual([v.rounds, v.pairs], [30, 10]);
  // Above 1 and exp(0.045) = 1.046 >= 1.04: worse at T = 4%.
  assert.equal(v.verdict, 'worse');
  assert.match(v.reason, /30 rounds in 10 session pairs, 99% CI/);
  // The rounds' order does not matter, only which pair each came from.
  const shuffled = pairedVerdict([...rounds].reverse(), { ...latency, threshold: 0.04 });
  assert.deepEqual([shuffled.ratio, shuffled.ci], [v.ratio, v.ci]);
});

test('session pairs: one pair far off moves the interval little once there are 20', () => {
  // 20 pairs at -0.95%, -0.85%, ..., +0.95% (0.1% apart), then the same with the last one at
  // +30% (a burst that hit one side of one pair). The outlier makes 20 of the 210 Walsh
  // averages wild, all at the top, and the 99% interval's ends are far inside them, so they
  // move by less than 0.5%. A t interval's upper end would move from +0.38% to +5.8% (the mean
  // by 0.3 / 20 = 1.45%, the half-width from 0.38% to 4.3%).
  const m = [...Array(20).keys()].map((i) => 0.001 * (i - 9.5));
  const calm = pairedVerdict(pairsOf(m.map((x) => [x])), latency);
  const wild = pairedVerdict(pairsOf([...m.slice(0, 19), 0.3].map((x) => [x])), latency);
  const up = Math.log(wild.ci[1]) - Math.log(calm.ci[1]);
  assert.ok(up > 0 && up < 0.005, `upper end moved by ${up}`);
  assert.ok(Math.abs(Math.log(wild.ci[0]) - Math.log(calm.ci[0])) < 0.005);
  assert.equal(wild.verdict, 'unchanged', wild.reason);
});

test('session pairs: fewer than 8 are inconclusive; untagged rounds among tagged are a bug', () => {
  const seven = pairsOf(Array.from({ length: 7 }, () => Array(4).fill(0.5)));
  const few = pairedVerdict(seven, latency);
  assert.equal(few.verdict, 'inconclusive');
  assert.match(few.reason, /only 7 session pairs: at least 8/);
  // 8 pairs hold a 99% interval (2 / 2^8 = 0.78% is below 1%), not a 99.5% one.
  const eight = pairsOf(Array.from({ length: 8 }, () => Array(4).fill(0.5)));
  assert.equal(pairedVerdict(eight, latency).verdict, 'worse');
  const strict = pairedVerdict(eight, { ...latency, confidence: 0.995 });
  assert.deepEqual([strict.verdict, strict.ci], ['inconclusive', [0, Infinity]]);
  assert.match(strict.reason, /8 session pairs are too few for a 99.5% interval/);
  // One pair only: judged as one pair's rounds (the bootstrap over rounds), no `pairs`.
  const one = pairedVerdict(pairsOf([Array(8).fill(0.1)]), latency);
  assert.deepEqual([one.verdict, one.pairs], ['worse', undefined]);
  const mixed = [...pairsOf([[0.1], [0.1]]), { a: 10, b: 11 }];
  assert.throws(() => pairedVerdict(mixed, latency), /1 of 3 rounds carry no epoch/);
  assert.throws(
    () =>
      noiseFloor(
        pairsOf([
          [0, 0.01],
          [0, 0.01],
        ]),
      ),
    /at least 8 session pairs/,
  );
});

test("a pair's own offset: one pair's interval misses it, a t interval over pairs holds", () => {
  // The 1-thread noise model made as quiet as the verdict benchmark's MobileNetV2 runs (one
  // pair's A/A intervals there were about ±0.5%: round and iteration noise 1%, fewer bursts),
  // with an offset per session (sessionSigma 0.5%: a pair's offset ln(fB / fA) then spreads by
  // 0.5% * sqrt 2 = 0.71%, as `npm run bench -- instances` found 0.5-0.9% on MobileNetV2).
  // 400 A/A runs of 40 rounds: on one pair, judged by the bootstrap over rounds; in 10 pairs
  // of 4 rounds, by the signed-rank interval over pairs. A 99% interval should leave out 1 in
  // about 1% of A/A runs (1 - 2 * 5/1024 = 99.02% for 10 pairs); the one-pair interval does
  // far more often.
  const model = {
    ...ONE_THREAD,
    roundSigma: 0.01,
    iterationSigma: 0.01,
    commonBurst: { ...ONE_THREAD.commonBurst, probability: 0.02 },
    oneSideBurst: { ...ONE_THREAD.oneSideBurst, probability: 0.01 },
    sessionSigma: 0.005,
  };
  const count = 400;
  const rng = seeded(11);
  let onePair = 0;
  let tenPairs = 0;
  const misses = (rounds: Round[], seed: number) => {
    const { ci } = pairedVerdict(rounds, { ...latency, resamples: 2000, seed });
    return ci[0] > 1 || ci[1] < 1 ? 1 : 0;
  };
  for (let k = 0; k < count; k++) {
    onePair += misses(simulateRounds(model, { rounds: 40, bOverA: 1, rng }), k);
    tenPairs += misses(simulateRounds(model, { rounds: 40, bOverA: 1, rng, pairs: 10 }), k);
  }
  console.log(`A/A intervals leaving out 0: one pair ${onePair}/${count}, 10 pairs ${tenPairs}`);
  assert.ok(onePair >= 0.1 * count, `one pair: only ${onePair} of ${count}`);
  assert.ok(tenPairs <= 0.025 * count, `10 pairs: ${tenPairs} of ${count}`);
});
