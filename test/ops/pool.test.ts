import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis } from '../../src/analyze/types.ts';
import { ModelBuilder, type AttrValue } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, nodeOf } from '../helpers.ts';

function run(
  op: string,
  x: (number | string)[],
  attrs: Record<string, AttrValue> = {},
  opts: { opset?: number; dtype?: string; outputs?: number; dims?: Record<string, number> } = {},
): Analysis {
  const m = new ModelBuilder({ opset: opts.opset ?? 17 });
  const input = m.input('x', opts.dtype ?? 'float32', x);
  const outs = m.node(op, [input], attrs, { name: 'p', outputs: opts.outputs ?? 1 });
  m.output(outs[0], opts.dtype ?? 'float32');
  return analyzeBuilt(m, { dims: opts.dims });
}

const p = (a: Analysis) => nodeOf(a, 'p');
const reason = (a: Analysis) => a.unresolved.find((u) => u.node === 'p')?.reason ?? '';

test('MaxPool 3x3 stride 2 pad 1: floor((32 + 2 - 3) / 2) + 1 = 16; 9 compares per output', () => {
  const a = run(
    'MaxPool',
    ['batch', 3, 32, 32],
    { kernel_shape: [3, 3], strides: [2, 2], pads: [1, 1, 1, 1] },
    { outputs: 2, dims: { batch: 2 } },
  );
  assert.deepEqual(p(a).outputShapes, [
    [2, 3, 16, 16],
    [2, 3, 16, 16],
  ]);
  assert.equal(p(a).flops, 3 * 3 * (2 * 3 * 16 * 16));
  // x read, values (float32) and indices (int64) written
  assert.equal(p(a).bytesAccessed, 4 * 2 * 3 * 32 * 32 + (4 + 8) * 2 * 3 * 16 * 16);
});

test('ceil_mode rounds up, but never starts a window in the end padding', () => {
  const k3s2 = { kernel_shape: [3], strides: [2] };
  // (6 - 3) / 2 = 1.5: floor -> 2 outputs, ceil -> 3
  assert.deepEqual(p(run('MaxPool', [1, 1, 6], k3s2)).outputShapes[0], [1, 1, 2]);
  assert.deepEqual(
    p(run('MaxPool', [1, 1, 6], { ...k3s2, ceil_mode: 1 })).outputShapes[0],
    [1, 1, 3],
  );
  // 5 with pads 1+1, k 2, s 2: ceil((7 - 2) / 2) + 1 = 4, but window 4 would start at
  // 3·2 = 6 >= 5 + 1 (inside the end padding): 3 outputs, as in PyTorch
  const a = run('MaxPool', [1, 1, 5], {
    kernel_shape: [2],
    strides: [2],
    pads: [1, 1],
    ceil_mode: 1,
  });
  assert.deepEqual(p(a).outputShapes[0], [1, 1, 3]);
});

test('auto_pad SAME_UPPER / SAME_LOWER give ceil(in / stride); VALID drops the rest', () => {
  const base = { kernel_shape: [3, 3], strides: [2, 2] };
  for (const autoPad of ['SAME_UPPER', 'SAME_LOWER']) {
    // ceil(7 / 2) = 4
    const a = run('AveragePool', [1, 2, 7, 7], { ...base, auto_pad: autoPad });
    assert.deepEqual(p(a).outputShapes[0], [1, 2, 4, 4], autoPad);
    assert.equal(p(a).flops, 9 * 2 * 4 * 4);
  }
  // floor((7 - 3) / 2) + 1 = 3
  const v = run('AveragePool', [1, 2, 7, 7], { ...base, auto_pad: 'VALID' });
  assert.deepEqual(p(v).outputShapes[0], [1, 2, 3, 3]);
});

test('dilations widen the window: 10 - (2·(3 - 1) + 1) + 1 = 6', () => {
  const a = run('MaxPool', [1, 1, 10, 10], { kernel_shape: [3, 3], dilations: [2, 2] });
  assert.deepEqual(p(a).outputShapes[0], [1, 1, 6, 6]);
  // the window still holds 9 elements
  assert.equal(p(a).flops, 9 * 36);
});

test('int8 MaxPool (opset 12) counts intOps', () => {
  const a = run(
    'MaxPool',
    [1, 1, 4, 4],
    { kernel_shape: [2, 2], strides: [2, 2] },
    {
      opset: 12,
      dtype: 'int8',
    },
  );
  assert.deepEqual([p(a).flops, p(a).intOps], [0, 4 * 4]);
});

test('LpPool: 2·prod(kernel) flops + 1 root per output element', () => {
  const a = run('LpPool', [1, 2, 4, 4], { kernel_shape: [2, 2], strides: [2, 2] });
  assert.deepEqual(p(a).outputShapes[0], [1, 2, 2, 2]);
  assert.deepEqual([p(a).flops, p(a).transcendentals], [2 * 4 * 8, 8]);
});

test('global pools: [N, C, 1, 1], 1 flop per input element', () => {
  const a = run('GlobalAveragePool', [2, 8, 7, 7]);
  assert.deepEqual(p(a).outputShapes, [[2, 8, 1, 1]]);
  assert.equal(p(a).flops, 2 * 8 * 7 * 7);
  assert.equal(p(run('GlobalMaxPool', [2, 8, 7])).flops, 2 * 8 * 7);
  const lp = p(run('GlobalLpPool', [2, 8, 7, 7]));
  assert.deepEqual([lp.flops, lp.transcendentals], [2 * 2 * 8 * 7 * 7, 2 * 8]);
});

test('a window that does not fit, or a kernel of the wrong rank, fails clearly', () => {
  const big = run('MaxPool', [1, 1, 2, 2], { kernel_shape: [3, 3] });
  assert.match(reason(big), /window of 3 \(kernel 3, dilation 1\) does not fit spatial dim 0/);
  const rank = run('MaxPool', [1, 1, 8, 8], { kernel_shape: [3] });
  assert.match(reason(rank), /kernel_shape \[3\] needs an input of rank 3/);
  const pads = run('MaxPool', [1, 1, 8, 8], { kernel_shape: [3, 3], pads: [1, 1] });
  assert.match(reason(pads), /pads \[1, 1\] must have 4 values/);
});

test('MaxUnpool: (in - 1)·stride + kernel - pads, or output_shape; no arithmetic', () => {
  const m = new ModelBuilder({ opset: 11 });
  const x = m.input('x', 'float32', [1, 2, 3, 3]);
  const i = m.input('i', 'int64', [1, 2, 3, 3]);
  const attrs = { kernel_shape: [2, 2], strides: [2, 2] };
  m.output(m.op('MaxUnpool', [x, i], attrs, { name: 'u1' }));
  const shape = m.initializer('shape', 'int64', [4], [1, 2, 7, 7]);
  m.output(m.op('MaxUnpool', [x, i, shape], attrs, { name: 'u2' }));
  const a = analyzeBuilt(m);
  // (3 - 1)·2 + 2 = 6
  assert.deepEqual(nodeOf(a, 'u1').outputShapes, [[1, 2, 6, 6]]);
  assert.deepEqual(nodeOf(a, 'u2').outputShapes, [[1, 2, 7, 7]]);
  assert.equal(nodeOf(a, 'u1').flops, 0);
  assert.equal(a.totals.params, 0);
});

test('symbolic spatial dims: kept when the window preserves size, a fresh symbol otherwise', () => {
  // Reshape to a shape read from a graph input: every output dim is a data-dependent symbol
  const m = new ModelBuilder({ opset: 17 });
  const x = m.input('x', 'float32', [1, 2, 8, 8]);
  const y = m.op('Reshape', [x, m.input('target', 'int64', [4])]);
  const same = { kernel_shape: [3, 3], pads: [1, 1, 1, 1] };
  m.output(m.op('MaxPool', [y], same, { name: 'same' }));
  m.output(m.op('MaxPool', [y], { kernel_shape: [2, 2], strides: [2, 2] }, { name: 'half' }));
  const a = analyzeBuilt(m);
  const [, , h, w] = nodeOf(a, 'same').outputShapes[0]!;
  const [, , h2] = nodeOf(a, 'half').outputShapes[0]!;
  assert.equal(typeof h, 'string');
  const reshaped = nodeOf(a, 'Reshape_0').outputShapes[0]!;
  assert.deepEqual([h, w], reshaped.slice(2));
  assert.equal(typeof h2, 'string');
  assert.notEqual(h2, reshaped[2]);
  assert.ok(a.unresolved.some((u) => u.node === 'same'));
});

test('MaxUnpool with a negative output_shape fails clearly', () => {
  const m = new ModelBuilder({ opset: 11 });
  const x = m.input('x', 'float32', [1, 2, 3, 3]);
  const i = m.input('i', 'int64', [1, 2, 3, 3]);
  const shape = m.initializer('shape', 'int64', [4], [1, 2, -7, 7]);
  m.output(m.op('MaxUnpool', [x, i, shape], { kernel_shape: [2, 2] }, { name: 'u' }));
  const a = analyzeBuilt(m);
  assert.match(
    a.unresolved[0]?.reason ?? '',
    /MaxUnpool: output_shape \[1, 2, -7, 7\] is negative/,
  );
});
