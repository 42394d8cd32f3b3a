/**
 * Load dependence: rounds built by hand, half of them on a quiet machine and half on a busy
 * one, and the halves' ratios worked out from the construction.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadDependence, loadDependenceNote } from '../../src/compare/load-dependence.ts';
import type { Round } from '../../src/measure/types.ts';
import { rankSumP } from '../../src/stats/rank-sum.ts';
import { seeded } from '../../src/stats/rng.ts';
import { ONE_THREAD, simulateRounds, TWO_THREADS } from './simulation.ts';

const close = (a: number, b: number, tol: number) =>
  assert.ok(Math.abs(a - b) <= tol, `${a} is not within ${tol} of ${b}`);

/**
 * Ten quiet rounds (base 100.0 to 100.9 µs, head at 1 + i/1000 of it) and ten busy ones (base
 * 120.0 to 120.9 µs, head at `busyRatio` + i/1000 of it), interleaved in time.
 */
function quietAndBusy(busyBase: number, busyRatio: number): Round[] {
  const rounds: Round[] = [];
  for (let i = 0; i < 10; i++) {
    const quiet = 100 + i / 10;
    const busy = busyBase + i / 10;
    rounds.push({ order: 'AB', a: quiet, b: quiet * (1 + i / 1000) });
    rounds.push({ order: 'BA', a: busy, b: busy * (busyRatio + i / 1000) });
  }
  return rounds;
}

test('a head that slows down more on a busy machine is found, ordered by the base', () => {
  const l = loadDependence(quietAndBusy(120, 1.5), 0.05);
  assert.ok(l);
  assert.equal(l.moreSensitive, 'head');
  assert.equal(l.orderedBy, 'base');
  assert.equal(l.rounds, 20);
  // Ordered by the base, the quiet rounds are the faster half. The median of ten values is the
  // mean of the 5th and 6th: base 100.45 against 120.45; ratios 1.0045 and 1.5045 (as logs).
  close(l.loadSpread, 120.45 / 100.45 - 1, 1e-12);
  close(l.quietRatio, Math.exp((Math.log(1.004) + Math.log(1.005)) / 2), 1e-12);
  close(l.busyRatio, Math.exp((Math.log(1.504) + Math.log(1.505)) / 2), 1e-12);
  // Every busy log ratio is above every quiet one: the rank sum test's most extreme value for
  // ten against ten (see test/stats/rank-sum.test.ts), 2 P(Z > 49.5 / √175).
  const apart = rankSumP(
    Array.from({ length: 10 }, (_, i) => i + 11),
    Array.from({ length: 10 }, (_, i) => i + 1),
  );
  close(l.p, apart, 1e-12);
  const note = loadDependenceNote(l);
  // exp of the mean of ln 1.004 and ln 1.005 is 1.0044999: +0.4%.
  assert.match(
    note,
    /in the half of the 20 rounds where the base ran fastest, the head was \+0\.4%/,
  );
  assert.match(note, /where the base ran 19\.9% slower, \+50\.4% \(rank-sum p < 0\.001\)/);
  assert.match(note, /The head loses more to a busy machine/);
});

test('a base that slows down more is found with the rounds ordered by the head', () => {
  // Busy rounds: the base at 140 µs, the head at 110 µs. Ordered by the head, the quiet half's
  // median is that of 100.4 × 1.004 and 100.5 × 1.005 (100.902), the busy half's 110.45: 9.46%
  // slower. The ratio fell from about 1.0045 to 110.45 / 140.45 = 0.79.
  const rounds: Round[] = [];
  for (let i = 0; i < 10; i++) {
    const quiet = 100 + i / 10;
    rounds.push({ order: 'AB', a: quiet, b: quiet * (1 + i / 1000) });
    rounds.push({ order: 'BA', a: 140 + i / 10, b: 110 + i / 10 });
  }
  const l = loadDependence(rounds, 0.05);
  assert.ok(l);
  assert.equal(l.moreSensitive, 'base');
  assert.equal(l.orderedBy, 'head');
  close(l.loadSpread, 110.45 / ((100.4 * 1.004 + 100.5 * 1.005) / 2) - 1, 1e-12);
  assert.ok(l.busyRatio < 0.8 && l.quietRatio > 1);
});

test('a difference that does not move with the load is not reported', () => {
  // The head 10% slower in quiet and busy rounds alike.
  assert.equal(loadDependence(quietAndBusy(120, 1.1).map(tenPercent), 0.05), undefined);
});

/** The head at 1.1 × the base, whatever the round. */
const tenPercent = (r: Round): Round => ({ ...r, b: r.a * 1.1 });

test('halves that differ by less than the threshold, or a load that barely moved, are not reported', () => {
  // Ratios 1.0045 quiet and 1.0445 busy: 4% apart, below T = 5% (above T = 2%).
  assert.equal(loadDependence(quietAndBusy(120, 1.04), 0.05), undefined);
  assert.ok(loadDependence(quietAndBusy(120, 1.04), 0.02));
  // The "busy" base only 3% slower (103.45 against 100.45): under the 5% the load must move.
  assert.equal(loadDependence(quietAndBusy(103, 1.5), 0.05), undefined);
});

test('too few rounds for two halves of 8', () => {
  const rounds = quietAndBusy(120, 1.5).slice(0, 15);
  assert.equal(loadDependence(rounds, 0.05), undefined);
});

test('simulated runs on a noisy shared runner: no note where the load hurts both sides alike', () => {
  // The noise model of the verdict tests (test/compare/simulation.ts): drift, bursts that slow
  // both sides of a round by 20 to 50%, bursts on one side only, per-round state. Its load
  // hurts base and head alike, so every note here would be false, whether the head is the same
  // model (A/A) or 10% slower in every state. Two tests at p < 0.001 per run: about 2 false
  // notes in 1,000 runs at most, if the halves were independent; ordering by one side makes a
  // false note rarer still (see the module's comment).
  let notes = 0;
  let runs = 0;
  for (const model of [ONE_THREAD, TWO_THREADS]) {
    for (let k = 0; k < 500; k++) {
      const rng = seeded(1000 + k);
      const rounds = simulateRounds(model, {
        rounds: 16 + (k % 45),
        bOverA: k % 2 ? 1 : 1.1,
        rng,
        pairs: k % 3 ? 1 : 8,
      });
      if (loadDependence(rounds, 0.05)) notes++;
      runs++;
    }
  }
  console.log(`load notes in ${runs} simulated runs whose load hurt both sides alike: ${notes}`);
  assert.ok(notes <= 2, `${notes} false load notes in ${runs} runs`);
});
