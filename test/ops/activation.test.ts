import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis } from '../../src/analyze/types.ts';
import { ModelBuilder, type AttrValue } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, nodeOf } from '../helpers.ts';

const N = 2 * 3 * 4;

/** One activation node `act` on x [2, 3, 4] (plus extra inputs) at the given opset. */
function run(
  op: string,
  opts: {
    opset?: number;
    attrs?: Record<string, AttrValue>;
    domain?: string;
    extra?: number[][];
  } = {},
): Analysis {
  const m = new ModelBuilder({ opset: opts.opset ?? 17, opsets: { 'com.microsoft': 1 } });
  const x = m.input('x', 'float32', [2, 3, 4]);
  const extra = (opts.extra ?? []).map((s, i) => m.initializer(`e${i}`, 'float32', s));
  m.output(m.op(op, [x, ...extra], opts.attrs ?? {}, { name: 'act', domain: opts.domain }));
  return analyzeBuilt(m);
}

const counts = (a: Analysis) => {
  const n = nodeOf(a, 'act');
  return [n.flops, n.transcendentals];
};

test('per-element constants of the ai.onnx activations, as documented', () => {
  const table: [string, number, number][] = [
    ['Relu', 1, 0],
    ['LeakyRelu', 1, 0],
    ['ThresholdedRelu', 1, 0],
    ['Sigmoid', 2, 1], // add, div; exp
    ['Tanh', 0, 1],
    ['HardSigmoid', 4, 0], // mul, add, min, max
    ['HardSwish', 5, 0], // HardSigmoid + mul
    ['Softplus', 1, 2], // add; exp, log
    ['Softsign', 3, 0], // abs, add, div
    ['Elu', 3, 1], // compare, sub, mul; exp
    ['Selu', 4, 1],
    ['Celu', 6, 1],
    ['Mish', 2, 3], // add, mul; exp, log, tanh
    ['Shrink', 3, 0],
  ];
  for (const [op, flops, trans] of table) {
    assert.deepEqual(counts(run(op)), [flops * N, trans * N], op);
  }
});

test('Gelu (opset 20): erf form 4 flops + 1 erf, tanh form 8 flops + 1 tanh', () => {
  assert.deepEqual(counts(run('Gelu', { opset: 20 })), [4 * N, N]);
  assert.deepEqual(counts(run('Gelu', { opset: 20, attrs: { approximate: 'tanh' } })), [8 * N, N]);
  const bad = run('Gelu', { opset: 20, attrs: { approximate: 'fast' } });
  assert.match(bad.unresolved[0]?.reason ?? '', /Gelu: unknown approximate "fast"/);
});

test('Swish (opset 24): mul alpha, Sigmoid, mul x = 4 flops + 1 exp', () => {
  assert.deepEqual(counts(run('Swish', { opset: 24, attrs: { alpha: 1.5 } })), [4 * N, N]);
});

test('PRelu slope broadcasts into X; a slope that would grow X fails', () => {
  const a = run('PRelu', { extra: [[3, 1]] });
  assert.deepEqual(nodeOf(a, 'act').outputShapes, [[2, 3, 4]]);
  assert.equal(nodeOf(a, 'act').flops, N);
  // x (24) + slope (3) read, y (24) written, float32
  assert.equal(nodeOf(a, 'act').bytesAccessed, 4 * (N + 3 + N));
  const bad = run('PRelu', { extra: [[2, 2, 3, 4]] });
  assert.match(bad.unresolved[0]?.reason ?? '', /must broadcast to input 0 \[2, 3, 4\]/);
});

test('PRelu before opset 7: the slope is per channel (axis 1), not broadcast from the right', () => {
  // x [2, 3, 4] with a slope of 3 values: one per channel of axis 1 (numpy rules would fail).
  const a = run('PRelu', { opset: 6, extra: [[3]] });
  assert.deepEqual(nodeOf(a, 'act').outputShapes, [[2, 3, 4]]);
  assert.equal(nodeOf(a, 'act').flops, N);
  assert.deepEqual(nodeOf(run('PRelu', { opset: 6, extra: [[1]] }), 'act').outputShapes, [
    [2, 3, 4],
  ]);
  // 4 values match the last axis, not the channels: fine from opset 7, wrong before.
  assert.deepEqual(nodeOf(run('PRelu', { opset: 9, extra: [[4]] }), 'act').outputShapes, [
    [2, 3, 4],
  ]);
  const bad = run('PRelu', { opset: 6, extra: [[4]] });
  assert.match(bad.unresolved[0]?.reason ?? '', /must be per channel \(3 values along axis 1/);
});

test('integer Relu (opset 14) counts intOps', () => {
  const m = new ModelBuilder({ opset: 14 });
  const x = m.input('x', 'int8', [10]);
  m.output(m.op('Relu', [x], {}, { name: 'act' }));
  const n = nodeOf(analyzeBuilt(m), 'act');
  assert.deepEqual([n.flops, n.intOps], [0, 10]);
});

test('Dropout is an identity: no arithmetic, no bytes unless the mask is requested', () => {
  const m = new ModelBuilder({ opset: 13 });
  const x = m.input('x', 'float32', [2, 3, 4]);
  const ratio = m.initializer('ratio', 'float32', [], [0.1]);
  m.output(m.op('Dropout', [x, ratio], {}, { name: 'plain' }));
  const [, mask] = m.node('Dropout', [x, ratio], {}, { name: 'masked', outputs: 2 });
  m.output(mask, 'bool');
  const a = analyzeBuilt(m);
  const plain = nodeOf(a, 'plain');
  assert.deepEqual([plain.flops, plain.bytesAccessed], [0, 0]);
  // the bool mask (1 byte per element) is written
  assert.deepEqual(nodeOf(a, 'masked').outputShapes, [
    [2, 3, 4],
    [2, 3, 4],
  ]);
  assert.equal(nodeOf(a, 'masked').bytesAccessed, N * 1);
  // ratio is a hyperparameter, not a weight
  assert.equal(a.totals.params, 0);
});

test('Dropout before opset 10 has a mask of the input dtype', () => {
  const m = new ModelBuilder({ opset: 7 });
  const x = m.input('x', 'float32', [2, 3, 4]);
  const [, mask] = m.node('Dropout', [x], { ratio: 0.5 }, { name: 'd', outputs: 2 });
  m.output(mask);
  assert.equal(nodeOf(analyzeBuilt(m), 'd').bytesAccessed, N * 4);
});

test('com.microsoft Gelu, QuickGelu, BiasGelu and FastGelu with and without bias', () => {
  const ms = { domain: 'com.microsoft' };
  assert.deepEqual(counts(run('Gelu', ms)), [4 * N, N]);
  assert.deepEqual(counts(run('QuickGelu', ms)), [4 * N, N]);
  // bias add + erf Gelu
  assert.deepEqual(counts(run('BiasGelu', { ...ms, extra: [[4]] })), [5 * N, N]);
  assert.deepEqual(counts(run('FastGelu', ms)), [8 * N, N]);
  assert.deepEqual(counts(run('FastGelu', { ...ms, extra: [[4]] })), [9 * N, N]);
  const bad = run('BiasGelu', { ...ms, extra: [[3]] });
  assert.match(bad.unresolved[0]?.reason ?? '', /cannot broadcast/);
});

test('com.microsoft BiasAdd: X + bias + skip = 2 flops per element; bias must be [C]', () => {
  const ms = { domain: 'com.microsoft' };
  const a = run('BiasAdd', { ...ms, extra: [[4], [2, 3, 4]] });
  assert.deepEqual(nodeOf(a, 'act').outputShapes, [[2, 3, 4]]);
  assert.equal(nodeOf(a, 'act').flops, 2 * N);
  const bad = run('BiasAdd', { ...ms, extra: [[3], [2, 3, 4]] });
  assert.match(bad.unresolved[0]?.reason ?? '', /BiasAdd: expected X \[N, S, C\] and bias \[C\]/);
});

test('Relu of a constant folds: a clamped count becomes a shape', () => {
  const m = new ModelBuilder({ opset: 17 });
  const c = m.constant('float32', [2], [-3, 2]);
  const relu = m.op('Relu', [c], {}, { name: 'relu' });
  const n = m.op('Cast', [relu], { to: 7 });
  m.output(m.op('ConstantOfShape', [n], {}, { name: 'probe' }));
  const a = analyzeBuilt(m);
  // max(-3, 0) = 0 and max(2, 0) = 2: the probe's shape is the folded value.
  assert.deepEqual(nodeOf(a, 'probe').outputShapes[0], [0, 2]);
});
