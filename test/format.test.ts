/** The one notation for numbers: quantities in their units, shares, changes and intervals. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  changeWithInterval,
  exact,
  ms,
  percentChange,
  quantity,
  quantityWithInterval,
  ratioChange,
  share,
  signedInteger,
  signedQuantity,
} from '../src/format.ts';

const MINUS = '\u2212';

test('quantities carry their units, three significant digits', () => {
  assert.equal(ms(4.3812), '4.38 ms');
  assert.equal(ms(118.4), '118 ms');
  assert.equal(ms(0.0123), '12.3 µs');
  assert.equal(ms(1234), '1.23 s');
  assert.equal(quantity(1_814_073_344, 'MACs'), '1.81 GMACs');
  assert.equal(quantity(3_642_464_256, 'FLOPs'), '3.64 GFLOPs');
  assert.equal(quantity(512, 'MACs'), '512 MACs');
  assert.equal(quantity(4e9, 'FLOP/s'), '4.00 GFLOP/s');
  assert.equal(quantity(102_760_448, 'bytes'), '98.0 MiB'); // 102760448 / 1024² = 98.0
  assert.equal(quantity(228.3, 'examples/s'), '228 examples/s');
  assert.equal(quantity(1234.5, 'examples/s'), '1.23 k examples/s');
  assert.equal(quantity(1234, 'nodes'), '1,234 nodes');
  assert.equal(quantity(11_689_512, 'count'), '11.7 M');
  assert.equal(quantity(null, 'ms'), '—');
  assert.equal(signedQuantity(-1.39e9, 'FLOPs'), `${MINUS}1.39 GFLOPs`);
  assert.equal(signedQuantity(0, 'bytes'), '0');
  assert.equal(signedInteger(-4), `${MINUS}4`);
  assert.equal(signedInteger(200), '+200');
});

test('a change: true minus, one decimal below 100%, none from 100%, two digits below 0.1%', () => {
  assert.equal(percentChange(0.123), '+12.3%');
  assert.equal(percentChange(-0.34), `${MINUS}34.0%`);
  // −0.8333 is −83.33%: one decimal, −83.3%.
  assert.equal(percentChange(-0.8333), `${MINUS}83.3%`);
  assert.equal(percentChange(1.5), '+150%');
  assert.equal(percentChange(-1), `${MINUS}100%`);
  // 99.96% rounds to 100.0 at one decimal, so it takes the no-decimal form.
  assert.equal(percentChange(0.9996), '+100%');
  // 0.0004 is 0.04%: below 0.1%, two significant digits keep it from reading as zero.
  assert.equal(percentChange(0.0004), '+0.04%');
  assert.equal(percentChange(-0.000314), `${MINUS}0.031%`);
  assert.equal(percentChange(0), '0%');
  assert.equal(percentChange(Infinity), '+∞%');
});

test('a change with its interval: the change, then the range in the same unit, "%" once', () => {
  // ratio 1.123 with CI [1.081, 1.169]: +12.3%, from +8.1% to +16.9%.
  assert.equal(ratioChange(1.123, [1.081, 1.169]), '+12.3% (+8.1 to +16.9%)');
  // The CI that straddles no change shows both signs.
  assert.equal(ratioChange(1.01, [0.98, 1.04]), `+1.0% (${MINUS}2.0 to +4.0%)`);
  // −83.3% with [0.163, 0.181]: 0.163 − 1 = −0.837, 0.181 − 1 = −0.819.
  assert.equal(
    ratioChange(0.1667, [0.163, 0.181]),
    `${MINUS}83.3% (${MINUS}83.7 to ${MINUS}81.9%)`,
  );
  assert.equal(ratioChange(1.2, null), '+20.0%');
  assert.equal(changeWithInterval(0.05, [0.02, Infinity]), '+5.0% (+2.0 to +∞%)');
  assert.equal(quantityWithInterval(2.1, [1.2, 3], 'ms'), '+2.10 ms (+1.20 ms to +3.00 ms)');
});

test('shares: one decimal, "—" for none', () => {
  assert.equal(share(0.08), '8.0%');
  assert.equal(share(0.3127), '31.3%');
  assert.equal(share(undefined), '—');
});

test('exact counts are grouped in threes, signs and non-integers kept', () => {
  assert.equal(exact(0), '0');
  assert.equal(exact(999), '999');
  assert.equal(exact(1000), '1,000');
  assert.equal(exact(25557032), '25,557,032');
  assert.equal(exact(-1234567), '-1,234,567');
  assert.equal(exact(2.5), '2.5');
  assert.equal(exact(1e21), (1e21).toLocaleString('en-US'));
});
