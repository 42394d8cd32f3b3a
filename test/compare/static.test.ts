/** Static deltas are exact, with their direction; op-type shifts carry shares of work and time. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis, OpTypeCounters, Totals } from '../../src/analyze/types.ts';
import { opTypeShifts, staticDeltas } from '../../src/compare/static.ts';
import type { ModelMeasurement } from '../../src/measure/types.ts';

const zeroTotals: Totals = {
  params: 0,
  paramsPerUse: 0,
  embeddingParams: 0,
  nonEmbeddingParams: 0,
  paramsByDtype: {},
  weightBytes: 0,
  macs: 0,
  flops: 0,
  transcendentals: 0,
  intOps: 0,
  bytesAccessed: 0,
  arithmeticIntensity: null,
  peakActivationBytes: 0,
  modelFileBytes: 0,
  nodes: 0,
};

function analysis(
  totals: Partial<Totals>,
  byOpType: Record<string, Partial<OpTypeCounters>> = {},
  incomplete: (keyof Totals)[] = [],
): Analysis {
  const ops = Object.fromEntries(
    Object.entries(byOpType).map(([k, v]) => [
      k,
      {
        count: 0,
        macs: 0,
        flops: 0,
        transcendentals: 0,
        intOps: 0,
        bytesAccessed: 0,
        arithmeticIntensity: null,
        ...v,
      },
    ]),
  );
  return {
    schema: 'misnomer/analysis@1',
    tool: { name: 'misnomer', version: '0.1.0', countingRules: 1 },
    model: { path: 'm.onnx', irVersion: 8, producer: '', opsets: {} },
    dims: {},
    totals: { ...zeroTotals, ...totals },
    byOpType: ops,
    uncounted: [],
    unresolved: [],
    incomplete: incomplete.length > 0,
    incompleteTotals: incomplete,
    notes: [],
    warnings: [],
  };
}

test('exact deltas, relative to base, with the direction of each indicator', () => {
  const base = analysis({
    params: 1000,
    flops: 4000,
    nodes: 10,
    arithmeticIntensity: 2,
    bytesAccessed: 500,
    weightBytes: 1000,
    peakActivationBytes: 1000,
  });
  const head = analysis(
    {
      params: 1000,
      flops: 3000,
      nodes: 12,
      arithmeticIntensity: 3,
      bytesAccessed: 550,
      weightBytes: 1009,
      peakActivationBytes: 1050,
    },
    {},
    ['flops'],
  );
  const d = Object.fromEntries(staticDeltas(base, head, 0.05).map((x) => [x.indicator, x]));
  assert.deepEqual(
    { delta: d.params.delta, relative: d.params.relative, verdict: d.params.verdict },
    { delta: 0, relative: 0, verdict: 'unchanged' },
  );
  // FLOPs 4000 → 3000: −1000, −25%, fewer is better; head could not count everything.
  assert.deepEqual(
    [d.flops.delta, d.flops.relative, d.flops.verdict, d.flops.incomplete],
    [-1000, -0.25, 'better', true],
  );
  // Bytes 500 → 550: +10%, beyond the 5% threshold: worse.
  assert.deepEqual([d.bytesAccessed.relative, d.bytesAccessed.verdict], [0.1, 'worse']);
  // Weight bytes 1000 → 1009: +0.9%, below the threshold: unchanged, though the delta is exact.
  assert.deepEqual([d.weightBytes.delta, d.weightBytes.verdict], [9, 'unchanged']);
  // Peak activations 1000 → 1050: +5.0% exactly, at the threshold: it counts, worse.
  assert.deepEqual(
    [d.peakActivationBytes.relative, d.peakActivationBytes.verdict],
    [0.05, 'worse'],
  );
  // Nodes 10 → 12 (+20%) and arithmetic intensity 2 → 3 FLOP/B (+50%) have no direction.
  assert.deepEqual([d.nodes.relative, d.nodes.verdict], [0.2, 'changed']);
  assert.deepEqual(
    [d.arithmeticIntensity.relative, d.arithmeticIntensity.verdict],
    [0.5, 'changed'],
  );
  // A base of 0 has no relative change.
  assert.equal(d.macs.relative, null);
  // The labels are the catalogue's.
  assert.equal(d.weightBytes.label, 'weight bytes');
});

test('op-type shifts: shares of FLOPs and bytes, and of time when profiled; heaviest first', () => {
  const base = analysis(
    { flops: 1000, bytesAccessed: 100 },
    {
      Conv: { count: 4, flops: 900, bytesAccessed: 60 },
      Relu: { count: 4, flops: 100, bytesAccessed: 40 },
    },
  );
  const head = analysis(
    { flops: 500, bytesAccessed: 200 },
    {
      Conv: { count: 8, flops: 400, bytesAccessed: 150 },
      Relu: { count: 8, flops: 100, bytesAccessed: 50 },
    },
  );
  const measured = {
    head: {
      opProfile: {
        runs: 1,
        byNode: {},
        notes: [],
        byOpType: {
          Conv: { ms: 3, share: 0.75, calls: 8, achievedFlopsPerSecond: 1.3e5 },
          Relu: { ms: 1, share: 0.25, calls: 8 },
        },
      },
    } as unknown as ModelMeasurement,
  };
  const [conv, relu] = opTypeShifts(base, head, measured);
  assert.equal(conv.opType, 'Conv');
  // Conv: 900/1000 = 90% of base FLOPs, 400/500 = 80% of head's; bytes 60% → 75%; time 75% of head.
  assert.deepEqual(conv.base, { count: 4, flops: 900, flopsShare: 0.9, bytesShare: 0.6 });
  assert.deepEqual(conv.head, {
    count: 8,
    flops: 400,
    flopsShare: 0.8,
    bytesShare: 0.75,
    timeShare: 0.75,
    achievedFlopsPerSecond: 1.3e5,
  });
  assert.deepEqual(relu.head, {
    count: 8,
    flops: 100,
    flopsShare: 0.2,
    bytesShare: 0.25,
    timeShare: 0.25,
  });
});
