import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis } from '../../src/analyze/types.ts';
import { ModelBuilder, type AttrValue } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, nodeOf } from '../helpers.ts';

interface Case {
  op: string;
  x: number[];
  /** Shapes of float initializers after x ('' = an omitted input). */
  extra?: (number[] | '')[];
  attrs?: Record<string, AttrValue>;
  opset?: number;
  domain?: string;
  outputs?: number;
}

function run(c: Case): Analysis {
  const m = new ModelBuilder({ opset: c.opset ?? 17, opsets: { 'com.microsoft': 1 } });
  const x = m.input('x', 'float32', c.x);
  const extra = (c.extra ?? []).map((s, i) =>
    s === '' ? '' : m.initializer(`e${i}`, 'float32', s),
  );
  const outs = m.node(c.op, [x, ...extra], c.attrs ?? {}, {
    name: 'n',
    domain: c.domain,
    outputs: c.outputs ?? 1,
  });
  m.output(outs[0]);
  return analyzeBuilt(m);
}

const counts = (a: Analysis) => [nodeOf(a, 'n').flops, nodeOf(a, 'n').transcendentals];
const reason = (a: Analysis) => a.unresolved.find((u) => u.node === 'n')?.reason ?? '';

test('BatchNormalization (inference): 2 flops per element; channel mismatch fails', () => {
  const c = [3];
  const a = run({ op: 'BatchNormalization', x: [2, 3, 4, 4], extra: [c, c, c, c] });
  assert.deepEqual(nodeOf(a, 'n').outputShapes, [[2, 3, 4, 4]]);
  assert.deepEqual(counts(a), [2 * (2 * 3 * 4 * 4), 0]);
  const bad = run({ op: 'BatchNormalization', x: [2, 3, 4, 4], extra: [[4], c, c, c] });
  assert.match(reason(bad), /input 1 \[4\] must have 3 elements/);
});

test('BatchNormalization opset 14 training_mode adds batch statistics', () => {
  const c = [3];
  const a = run({
    op: 'BatchNormalization',
    opset: 15,
    x: [2, 3, 4],
    extra: [c, c, c, c],
    attrs: { training_mode: 1 },
    outputs: 3,
  });
  // 2 (scale-shift) + 4 (mean add; sub, square, add) per element, 1 sqrt per channel
  assert.deepEqual(counts(a), [6 * (2 * 3 * 4), 3]);
  assert.deepEqual(nodeOf(a, 'n').outputShapes.slice(1), [[3], [3]]);
});

test('LayerNormalization: 5 flops per element + 1 each for scale and bias, 1 sqrt per row', () => {
  const a = run({ op: 'LayerNormalization', x: [2, 5, 8], extra: [[8], [8]], outputs: 3 });
  assert.deepEqual(counts(a), [(5 + 2) * (2 * 5 * 8), 2 * 5]);
  // Mean and InvStdDev keep the leading dims and set the normalized ones to 1
  assert.deepEqual(nodeOf(a, 'n').outputShapes, [
    [2, 5, 8],
    [2, 5, 1],
    [2, 5, 1],
  ]);
  // axis = 1 normalizes [5, 8] per batch entry: 2 rows; scale only: 6 flops per element
  const b = run({ op: 'LayerNormalization', x: [2, 5, 8], extra: [[5, 8]], attrs: { axis: 1 } });
  assert.deepEqual(counts(b), [6 * (2 * 5 * 8), 2]);
  const bad = run({ op: 'LayerNormalization', x: [2, 5, 8], extra: [[5]] });
  assert.match(reason(bad), /cannot broadcast|does not match the normalized shape/);
});

test('InstanceNormalization: rows are N·C; GroupNormalization: rows are N·groups', () => {
  const inst = run({ op: 'InstanceNormalization', x: [2, 3, 4, 4], extra: [[3], [3]] });
  assert.deepEqual(counts(inst), [7 * (2 * 3 * 4 * 4), 2 * 3]);
  const g18 = run({
    op: 'GroupNormalization',
    opset: 18,
    x: [2, 4, 3, 3],
    extra: [[2], [2]],
    attrs: { num_groups: 2 },
  });
  assert.deepEqual(counts(g18), [7 * (2 * 4 * 3 * 3), 2 * 2]);
  // opset 21: scale and bias per channel
  const g21 = run({
    op: 'GroupNormalization',
    opset: 21,
    x: [2, 4, 3, 3],
    extra: [[4], [4]],
    attrs: { num_groups: 2 },
  });
  assert.deepEqual(counts(g21), [7 * (2 * 4 * 3 * 3), 2 * 2]);
  const bad = run({
    op: 'GroupNormalization',
    opset: 21,
    x: [2, 4, 3, 3],
    extra: [[4], [4]],
    attrs: { num_groups: 3 },
  });
  assert.match(reason(bad), /num_groups 3 must divide the 4 channels of \[2, 4, 3, 3\]/);
});

test('RMSNormalization (opset 23) and SimplifiedLayerNormalization: 3 + 1 flops, 1 per row', () => {
  const rms = run({ op: 'RMSNormalization', opset: 23, x: [2, 5, 8], extra: [[8]] });
  assert.deepEqual(counts(rms), [4 * (2 * 5 * 8), 2 * 5]);
  const simple = run({ op: 'SimplifiedLayerNormalization', x: [2, 5, 8], extra: [[8]] });
  assert.deepEqual(counts(simple), [4 * (2 * 5 * 8), 2 * 5]);
  const ms = run({
    op: 'SimplifiedLayerNormalization',
    domain: 'com.microsoft',
    x: [2, 5, 8],
    extra: [[8]],
  });
  assert.deepEqual(counts(ms), [4 * (2 * 5 * 8), 2 * 5]);
});

test('Softmax: 4 flops + 1 exp per element at every opset', () => {
  assert.deepEqual(counts(run({ op: 'Softmax', x: [2, 3, 4], opset: 11 })), [4 * 24, 24]);
  assert.deepEqual(counts(run({ op: 'Softmax', x: [2, 3, 4], opset: 13 })), [4 * 24, 24]);
  assert.deepEqual(counts(run({ op: 'Hardmax', x: [2, 3, 4] })), [24, 0]);
  const bad = run({ op: 'Softmax', x: [2, 3, 4], attrs: { axis: 3 } });
  assert.match(reason(bad), /axis 3 is out of range for rank 3/);
});

test('LogSoftmax rows: coerced to 2-D at axis 1 before opset 13, per last axis from 13', () => {
  // opset 11: [2, 3·4] -> 2 rows, 2 logs; opset 13: rows of the last axis, 2·3 = 6 logs
  assert.deepEqual(counts(run({ op: 'LogSoftmax', x: [2, 3, 4], opset: 11 })), [4 * 24, 24 + 2]);
  assert.deepEqual(counts(run({ op: 'LogSoftmax', x: [2, 3, 4], opset: 13 })), [4 * 24, 24 + 6]);
  // opset 13 axis 1: rows are 24 / 3 = 8
  const a = run({ op: 'LogSoftmax', x: [2, 3, 4], opset: 13, attrs: { axis: 1 } });
  assert.deepEqual(counts(a), [4 * 24, 24 + 8]);
});

test('LpNormalization, LRN and MeanVarianceNormalization', () => {
  // p = 2 along the last axis: 3 flops per element, 1 sqrt per row (2·3 rows)
  assert.deepEqual(counts(run({ op: 'LpNormalization', x: [2, 3, 4] })), [3 * 24, 6]);
  assert.deepEqual(counts(run({ op: 'LpNormalization', x: [2, 3, 4], attrs: { p: 1 } })), [
    3 * 24,
    0,
  ]);
  // size 5: 5 + 3 flops, 1 pow per element
  const lrn = run({ op: 'LRN', x: [1, 8, 2, 2], attrs: { size: 5 } });
  assert.deepEqual(counts(lrn), [(5 + 3) * 32, 32]);
  // default axes [0, 2, 3]: one group per channel, 8 sqrt
  assert.deepEqual(counts(run({ op: 'MeanVarianceNormalization', x: [1, 8, 2, 2] })), [5 * 32, 8]);
});

test('com.microsoft SkipLayerNormalization and SkipSimplifiedLayerNormalization', () => {
  const h = [8];
  const skip = run({
    op: 'SkipLayerNormalization',
    domain: 'com.microsoft',
    x: [2, 5, 8],
    extra: [[2, 5, 8], h, h, h],
    outputs: 4,
  });
  // skip add 1 + bias 1 + norm 5 + gamma 1 + beta 1 = 9 per element; 10 rows
  assert.deepEqual(counts(skip), [9 * 80, 10]);
  assert.deepEqual(nodeOf(skip, 'n').outputShapes[1], [2, 5, 1]);
  assert.deepEqual(nodeOf(skip, 'n').outputShapes[3], [2, 5, 8]);
  const noBeta = run({
    op: 'SkipLayerNormalization',
    domain: 'com.microsoft',
    x: [2, 5, 8],
    extra: [[2, 5, 8], h],
  });
  assert.deepEqual(counts(noBeta), [(1 + 5 + 1) * 80, 10]);
  const simple = run({
    op: 'SkipSimplifiedLayerNormalization',
    domain: 'com.microsoft',
    x: [2, 5, 8],
    extra: [[2, 5, 8], h, h],
  });
  // skip 1 + bias 1 + rms 3 + gamma 1
  assert.deepEqual(counts(simple), [6 * 80, 10]);
  const bad = run({
    op: 'SkipLayerNormalization',
    domain: 'com.microsoft',
    x: [2, 5, 8],
    extra: [[2, 5, 8], [6]],
  });
  assert.match(reason(bad), /cannot broadcast|does not match/);
});

test('com.microsoft EmbedLayerNormalization: [B, S, H] output, mask_index [B], ids are not weights', () => {
  const m = new ModelBuilder({ opset: 17, opsets: { 'com.microsoft': 1 } });
  const ids = m.input('ids', 'int32', [2, 7]);
  const seg = m.input('seg', 'int32', [2, 7]);
  const mask = m.input('mask', 'int32', [2, 7]);
  const w = [
    m.initializer('word', 'float32', [100, 8]),
    m.initializer('pos', 'float32', [16, 8]),
    m.initializer('segemb', 'float32', [2, 8]),
    m.initializer('gamma', 'float32', [8]),
    m.initializer('beta', 'float32', [8]),
  ];
  const outs = m.node(
    'EmbedLayerNormalization',
    [ids, seg, ...w, mask],
    {},
    {
      name: 'n',
      domain: 'com.microsoft',
      outputs: 2,
    },
  );
  m.output(outs[0]);
  m.output(outs[1], 'int32');
  const a = analyzeBuilt(m);
  const n = nodeOf(a, 'n');
  assert.deepEqual(n.outputShapes, [[2, 7, 8], [2]]);
  // word + pos + segment: 2 adds, LayerNorm with scale and bias: 7 -> 9 per output element
  assert.deepEqual([n.flops, n.transcendentals, n.intOps], [9 * 2 * 7 * 8, 2 * 7, 2 * 7]);
  assert.equal(a.totals.params, 100 * 8 + 16 * 8 + 2 * 8 + 8 + 8);
});
