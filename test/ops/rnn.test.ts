import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis } from '../../src/analyze/types.ts';
import { ModelBuilder, type AttrValue } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, nodeOf } from '../helpers.ts';

interface Case {
  op: 'LSTM' | 'GRU' | 'RNN';
  x: (number | string)[];
  /** Weights by input slot: 1 W, 2 R, 3 B, 4 sequence_lens, 5 initial_h, 6 initial_c, 7 P. */
  weights: Record<number, number[]>;
  attrs?: Record<string, AttrValue>;
  opset?: number;
  dims?: Record<string, number>;
}

function run(c: Case): Analysis {
  const m = new ModelBuilder({ opset: c.opset ?? 17 });
  const inputs = [m.input('x', 'float32', c.x)];
  const last = Math.max(...Object.keys(c.weights).map(Number));
  for (let i = 1; i <= last; i++) {
    const dims = c.weights[i];
    const dtype = i === 4 ? 'int32' : 'float32';
    inputs.push(dims ? m.initializer(`in${i}`, dtype, dims) : '');
  }
  const outputs = c.op === 'LSTM' ? ['y', 'y_h', 'y_c'] : ['y', 'y_h'];
  m.node(c.op, inputs, c.attrs ?? {}, { name: 'n', outputs });
  for (const o of outputs) m.output(o);
  return analyzeBuilt(m, { dims: c.dims });
}

const node = (c: Case) => nodeOf(run(c), 'n');

test('LSTM forward with bias: macs T·B·4·H·(I + H), flops and 5 transcendentals per unit', () => {
  const [T, B, I, H] = [5, 2, 3, 4];
  const n = node({
    op: 'LSTM',
    x: [T, B, I],
    weights: { 1: [1, 4 * H, I], 2: [1, 4 * H, H], 3: [1, 8 * H] },
    attrs: { hidden_size: H },
  });
  assert.deepEqual(n.outputShapes, [
    [T, 1, B, H],
    [1, B, H],
    [1, B, H],
  ]);
  const macs = T * B * 1 * 4 * H * (I + H);
  const units = T * B * H;
  assert.equal(n.macs, macs);
  // per unit: cell and hidden 4, biases 2·4 = 8, three sigmoids at 2 flops each = 6
  assert.equal(n.flops, 2 * macs + units * (4 + 8 + 6));
  assert.equal(n.transcendentals, units * (3 + 2));
});

test('LSTM bidirectional, layout 1 (opset 14), peepholes, hidden_size read from R', () => {
  const [T, B, I, H] = [5, 2, 3, 4];
  const n = node({
    op: 'LSTM',
    opset: 14,
    x: [B, T, I],
    weights: {
      1: [2, 4 * H, I],
      2: [2, 4 * H, H],
      3: [2, 8 * H],
      5: [B, 2, H],
      6: [B, 2, H],
      7: [2, 3 * H],
    },
    attrs: { direction: 'bidirectional', layout: 1 },
  });
  assert.deepEqual(n.outputShapes, [
    [B, T, 2, H],
    [B, 2, H],
    [B, 2, H],
  ]);
  const macs = T * B * 2 * 4 * H * (I + H);
  const units = 2 * T * B * H;
  assert.equal(n.macs, macs);
  // per unit: 4 + bias 8 + peepholes 6 + sigmoids 6
  assert.equal(n.flops, 2 * macs + units * (4 + 8 + 6 + 6));
  assert.equal(n.transcendentals, units * 5);
});

test('LSTM at opset 7 (before layout existed) reads X as [T, B, I]', () => {
  const n = node({
    op: 'LSTM',
    opset: 7,
    x: [6, 1, 2],
    weights: { 1: [1, 12, 2], 2: [1, 12, 3] },
  });
  assert.deepEqual(n.outputShapes[0], [6, 1, 1, 3]);
  assert.equal(n.macs, 6 * 1 * 4 * 3 * (2 + 3));
});

test('GRU: 3 gates; linear_before_reset does not change the count', () => {
  const [T, B, I, H] = [3, 1, 2, 5];
  for (const lbr of [0, 1]) {
    const n = node({
      op: 'GRU',
      x: [T, B, I],
      weights: { 1: [1, 3 * H, I], 2: [1, 3 * H, H] },
      attrs: { hidden_size: H, linear_before_reset: lbr },
    });
    assert.deepEqual(n.outputShapes, [
      [T, 1, B, H],
      [1, B, H],
    ]);
    const macs = T * B * 3 * H * (I + H);
    const units = T * B * H;
    assert.equal(n.macs, macs, `lbr ${lbr}`);
    // per unit: r⊙ 1 + (1 - z)⊙h + z⊙H 4, two sigmoids 2·2; no bias
    assert.equal(n.flops, 2 * macs + units * (5 + 4), `lbr ${lbr}`);
    assert.equal(n.transcendentals, units * 3);
  }
});

test('GRU with clip counts a min and a max per gate input', () => {
  const n = node({
    op: 'GRU',
    x: [3, 1, 2],
    weights: { 1: [1, 15, 2], 2: [1, 15, 5], 3: [1, 30] },
    attrs: { clip: 3.0 },
  });
  const macs = 3 * 1 * 3 * 5 * (2 + 5);
  const units = 3 * 1 * 5;
  // 5 gate arithmetic + 6 bias + 6 clip + 4 sigmoid flops
  assert.equal(n.flops, 2 * macs + units * (5 + 6 + 6 + 4));
});

test('RNN: one gate, tanh by default, custom activations per direction', () => {
  const [T, B, I, H] = [4, 3, 6, 2];
  const macs = T * B * 1 * H * (I + H);
  const units = T * B * H;
  const tanh = node({
    op: 'RNN',
    x: [T, B, I],
    weights: { 1: [1, H, I], 2: [1, H, H], 3: [1, 2 * H] },
  });
  assert.equal(tanh.macs, macs);
  assert.equal(tanh.flops, 2 * macs + units * 2); // two bias adds, tanh has no flops
  assert.equal(tanh.transcendentals, units);
  const mixed = node({
    op: 'RNN',
    x: [T, B, I],
    weights: { 1: [2, H, I], 2: [2, H, H] },
    attrs: { direction: 'bidirectional', activations: ['Relu', 'Tanh'] },
  });
  assert.deepEqual(mixed.outputShapes[0], [T, 2, B, H]);
  assert.equal(mixed.macs, 2 * macs);
  assert.equal(mixed.flops, 2 * 2 * macs + units * 1); // Relu 1 flop on the forward pass only
  assert.equal(mixed.transcendentals, units); // tanh on the reverse pass only
});

test('RNN with a symbolic sequence length bound by --dim', () => {
  const n = node({
    op: 'RNN',
    x: ['seq', 'batch', 3],
    weights: { 1: [1, 4, 3], 2: [1, 4, 4], 4: [2] },
    dims: { seq: 7, batch: 2 },
  });
  assert.deepEqual(n.outputShapes, [
    [7, 1, 2, 4],
    [1, 2, 4],
  ]);
  assert.equal(n.macs, 7 * 2 * 4 * (3 + 4));
});

test('LSTM with W of the wrong input size or a bad activations list fails clearly', () => {
  const bad = run({ op: 'LSTM', x: [5, 2, 3], weights: { 1: [1, 16, 5], 2: [1, 16, 4] } });
  assert.match(bad.unresolved[0]?.reason ?? '', /W \[1, 16, 5\] must be \[1, 16, 3\]/);
  const acts = run({
    op: 'GRU',
    x: [5, 2, 3],
    weights: { 1: [1, 12, 3], 2: [1, 12, 4] },
    attrs: { activations: ['Sigmoid'] },
  });
  assert.match(acts.unresolved[0]?.reason ?? '', /activations lists 1 names, expected 2/);
});

test('initial_h and initial_c are a start state, not params', () => {
  const [T, B, I, H] = [3, 2, 5, 4];
  const a = run({
    op: 'LSTM',
    x: [T, B, I],
    weights: { 1: [1, 4 * H, I], 2: [1, 4 * H, H], 3: [1, 8 * H], 5: [1, B, H], 6: [1, B, H] },
    attrs: { hidden_size: H },
  });
  assert.deepEqual(a.unresolved, []);
  // W 4H·I + R 4H·H + B 8H; the two [1, B, H] states are excluded
  assert.equal(a.totals.params, 4 * H * I + 4 * H * H + 8 * H);
  const g = run({
    op: 'GRU',
    x: [T, B, I],
    weights: { 1: [1, 3 * H, I], 2: [1, 3 * H, H], 5: [1, B, H] },
    attrs: { hidden_size: H },
  });
  assert.equal(g.totals.params, 3 * H * I + 3 * H * H);
});
