/**
 * The indicator catalogue (src/indicators.ts) against what the stages produce: every indicator
 * that appears in a real analysis, a comparison (static and runtime rows, contradiction
 * changes) or a gate key has a row, and each row is complete.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GATE_KEYS } from '../../src/compare/gate-parse.ts';
import { contradictionRules } from '../../src/compare/contradictions.ts';
import {
  anchorOf,
  findIndicator,
  INDICATORS,
  labelOf,
  STATIC_INDICATORS,
} from '../../src/indicators.ts';
import { validComparison } from './artifact-fixtures.ts';
import { analyzePath } from '../helpers.ts';

/** Totals that break a total down rather than being an indicator of their own. */
const BREAKDOWNS = ['paramsByDtype'];

test('every total of a real analysis has a catalogue row, and every static row a total', () => {
  const a = analyzePath('examples/models/separable.onnx', { dims: { batch: 1 } });
  const totals = Object.keys(a.totals).filter((k) => !BREAKDOWNS.includes(k));
  const missing = totals.filter((k) => !findIndicator(k));
  assert.deepEqual(missing, [], 'add a row to src/indicators.ts for each');
  assert.deepEqual(
    STATIC_INDICATORS.map((r) => r.key).filter((k) => !totals.includes(k)),
    [],
  );
});

test('every indicator of a comparison has a catalogue row', () => {
  const c = validComparison();
  const keys = c.models.flatMap((m) => [
    ...m.static.map((d) => d.indicator),
    ...m.runtime.map((d) => d.indicator),
    ...m.contradictions.flatMap((x) => x.changes.map((ch) => ch.indicator)),
  ]);
  // The fixture must hold both kinds, or this test would pass on an empty list.
  assert.ok(keys.includes('flops') && keys.includes('latency.p50') && keys.includes('peakRss'));
  assert.deepEqual(
    keys.filter((k) => !findIndicator(k)),
    [],
  );
  // And the comparison's labels are the catalogue's: one name per indicator.
  for (const m of c.models) {
    for (const d of m.static) assert.equal(d.label, labelOf(d.indicator));
    for (const d of m.runtime) {
      assert.ok(d.label.startsWith(labelOf(d.indicator).replace(/ \(batch \d+\)$/, '')), d.label);
    }
  }
});

test('a key without a row is caught: findIndicator knows only catalogued keys', () => {
  assert.equal(findIndicator('flopz'), undefined);
  assert.equal(findIndicator('constructor'), undefined);
  assert.equal(findIndicator('throughput.b0'), undefined);
  assert.equal(findIndicator('throughput.b8')?.key, 'throughput');
  assert.throws(() => labelOf('flopz'), /"flopz" has no row in src\/indicators.ts/);
});

test('every gate key is a catalogued indicator that can gate', () => {
  const keys = GATE_KEYS.filter((k) => !['fail-on-contradiction', 'on-inconclusive'].includes(k));
  for (const key of keys) {
    const row = findIndicator(key === 'throughput.b<N>' ? 'throughput.b1' : key);
    assert.ok(row?.gate, `gate key ${key}`);
  }
  // achieved FLOP/s is derived (FLOPs / latency p50): shown, never a gate.
  assert.equal(findIndicator('achievedFlopsPerSecond')?.gate, null);
});

test('each row: a label, a docs link by the anchor rule, a reason when it has no direction', () => {
  const labels = new Set<string>();
  for (const r of INDICATORS) {
    assert.ok(r.label && !labels.has(r.label), `label of ${r.key}`);
    labels.add(r.label);
    const page = r.stage === 'static' ? 'docs/indicators.md' : 'docs/measurement.md';
    // Runtime families share one anchor: latency (every percentile) and throughput.
    const anchor = r.key.startsWith('latency.') ? 'latency' : anchorOf(r.key);
    assert.equal(r.docs, `${page}#${anchor}`);
    assert.equal(r.direction === 'none', r.noDirection !== undefined, r.key);
  }
  assert.equal(anchorOf('bytesAccessed'), 'bytes-accessed');
  assert.equal(anchorOf('achievedFlopsPerSecond'), 'achieved-flops-per-second');
  assert.equal(anchorOf('latency.p50'), 'latency-p50');
  // The rows with no direction, and why they have none, are a decision: listed here.
  assert.deepEqual(
    INDICATORS.filter((r) => r.direction === 'none').map((r) => r.key),
    ['paramsPerUse', 'intOps', 'arithmeticIntensity', 'nodes', 'achievedFlopsPerSecond'],
  );
});

test('contradiction rules only name catalogued indicators in their descriptions', () => {
  // The rule descriptions use the catalogue's labels (weight bytes, not weight memory).
  const text = contradictionRules.map((r) => r.description).join(' ');
  assert.ok(!/weight memory|peak activations\b/.test(text), text);
});
