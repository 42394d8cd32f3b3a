/**
 * com.microsoft contrib ops. Expected numbers from the constants of src/ops/contrib.ts:
 * BiasSoftmax 1 + 4 flops + 1 exp; BiasDropout 1 (+1 residual, +1 training); GroupNorm 7 flops
 * per element + 1 sqrt per (N, group), SiLU +3 flops +1 exp; SkipGroupNorm +1 skip (+1 bias);
 * BiasSplitGelu 7 flops + 1 erf per output; NhwcConv as Conv.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, nodeOf } from '../helpers.ts';

const MS = { 'com.microsoft': 1 };
const ms = (name: string) => ({ domain: 'com.microsoft', name });
const reasonOf = (a: ReturnType<typeof analyzeBuilt>, name: string) =>
  a.unresolved.find((u) => u.node === name)?.reason ?? '';

test('BiasSoftmax broadcasts its bias; BiasDropout counts residual and training mask', () => {
  const m = new ModelBuilder({ opset: 17, opsets: MS });
  const x = m.input('x', 'float32', ['batch', 4, 8, 8]);
  const b = m.input('b', 'float32', [1, 1, 8, 8]);
  m.node('BiasSoftmax', [x, b], { axis: -1 }, ms('bs'));
  const bad = m.input('bad', 'float32', [3, 8]);
  m.node('BiasSoftmax', [x, bad], {}, ms('badbs'));
  const h = m.input('h', 'float32', [2, 5, 16]);
  m.initializer('bias', 'float32', [16]);
  m.initializer('ratio', 'float32', [], [0.1]);
  m.initializer('train', 'bool', [], [1]);
  m.node('BiasDropout', [h, 'bias'], {}, { ...ms('bd'), outputs: 2 });
  m.node('BiasDropout', [h, 'bias', h, 'ratio', 'train'], {}, { ...ms('bdt'), outputs: 2 });
  const a = analyzeBuilt(m, { dims: { batch: 2 } });
  const bs = nodeOf(a, 'bs');
  assert.equal(bs.flops, (1 + 4) * 2 * 4 * 8 * 8);
  assert.equal(bs.transcendentals, 2 * 4 * 8 * 8);
  assert.match(reasonOf(a, 'badbs'), /cannot broadcast/);
  assert.equal(nodeOf(a, 'bd').flops, 1 * 2 * 5 * 16);
  assert.equal(nodeOf(a, 'bdt').flops, (1 + 1 + 1) * 2 * 5 * 16);
  assert.deepEqual(nodeOf(a, 'bdt').outputShapes, [
    [2, 5, 16],
    [2, 5, 16],
  ]);
});

test('GroupNorm (NHWC) with SiLU, SkipGroupNorm with bias, and bad groups', () => {
  const m = new ModelBuilder({ opset: 17, opsets: MS });
  const x = m.input('x', 'float32', [2, 4, 4, 32]);
  m.initializer('g', 'float32', [32]);
  m.node('GroupNorm', [x, 'g', 'g'], { groups: 8, activation: 1, epsilon: 1e-5 }, ms('gn'));
  m.node('GroupNorm', [x, 'g', 'g'], { groups: 6, activation: 0 }, ms('bad'));
  const skip = m.input('skip', 'float32', [2, 1, 1, 32]);
  m.node(
    'SkipGroupNorm',
    [x, 'g', 'g', skip, 'g'],
    { groups: 8, activation: 0 },
    { ...ms('sgn'), outputs: 2 },
  );
  const a = analyzeBuilt(m);
  const elements = 2 * 4 * 4 * 32;
  const gn = nodeOf(a, 'gn');
  assert.equal(gn.flops, elements * (7 + 3));
  assert.equal(gn.transcendentals, 2 * 8 + elements);
  const sgn = nodeOf(a, 'sgn');
  assert.equal(sgn.flops, elements * (7 + 1 + 1));
  assert.equal(sgn.transcendentals, 2 * 8);
  assert.deepEqual(sgn.outputShapes[1], [2, 4, 4, 32]);
  assert.match(reasonOf(a, 'bad'), /32 channels are not divisible by 6 groups/);
});

test('BiasSplitGelu halves the last dim; an odd dim is unresolved', () => {
  const m = new ModelBuilder({ opset: 17, opsets: MS });
  const x = m.input('x', 'float32', [2, 64, 20]);
  m.initializer('b', 'float32', [20]);
  m.node('BiasSplitGelu', [x, 'b'], {}, ms('bsg'));
  const odd = m.input('odd', 'float32', [2, 64, 7]);
  m.node('BiasSplitGelu', [odd, 'b'], {}, ms('bad'));
  const a = analyzeBuilt(m);
  const n = nodeOf(a, 'bsg');
  assert.deepEqual(n.outputShapes[0], [2, 64, 10]);
  assert.equal(n.flops, (2 + 4 + 1) * 2 * 64 * 10);
  assert.equal(n.transcendentals, 2 * 64 * 10);
  assert.match(reasonOf(a, 'bad'), /\[2, 64, 7\] must have an even last dim/);
});

test('NhwcConv: Conv arithmetic on [N, H, W, C] with [M, kH, kW, C/g] weights', () => {
  const m = new ModelBuilder({ opset: 17, opsets: MS });
  const x = m.input('x', 'float32', [1, 8, 8, 4]);
  m.initializer('w', 'float32', [6, 3, 3, 4]);
  m.initializer('b', 'float32', [6]);
  m.node('NhwcConv', [x, 'w', 'b'], { pads: [1, 1, 1, 1] }, ms('conv'));
  m.initializer('w_bad', 'float32', [6, 3, 3, 5]);
  m.node('NhwcConv', [x, 'w_bad'], {}, ms('bad'));
  const a = analyzeBuilt(m);
  const n = nodeOf(a, 'conv');
  // Same padding: 8x8 out, 6 channels: 384 outputs, each 4·3·3 MACs.
  assert.deepEqual(n.outputShapes[0], [1, 8, 8, 6]);
  assert.equal(n.macs, 384 * 36);
  assert.equal(n.flops, 2 * 384 * 36 + 384);
  assert.match(reasonOf(a, 'bad'), /4 channels; weights \[6, 3, 3, 5\] expect 5/);
});

test('com.microsoft Trilu moves data and does no arithmetic', () => {
  const m = new ModelBuilder({ opset: 17, opsets: MS });
  const x = m.input('x', 'float32', [3, 5]);
  m.node('Trilu', [x], { upper: 0 }, ms('tri'));
  const n = nodeOf(analyzeBuilt(m), 'tri');
  assert.deepEqual(n.outputShapes[0], [3, 5]);
  assert.deepEqual([n.flops, n.macs], [0, 0]);
  assert.equal(n.bytesAccessed, 2 * 15 * 4);
});
