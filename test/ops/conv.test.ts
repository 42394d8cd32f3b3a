import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis } from '../../src/analyze/types.ts';
import { ModelBuilder, type AttrValue } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, nodeOf } from '../helpers.ts';

interface ConvCase {
  op?: string;
  opset?: number;
  x: (number | string)[];
  w: number[];
  bias?: boolean;
  attrs?: Record<string, AttrValue>;
  domain?: string;
  /** Further inputs: an existing name ('' = omitted), or a new float input [name, shape]. */
  extra?: (string | [string, number[]])[];
}

/** One conv-like node `c` over input x and weight w (and bias b when asked). */
function convModel(c: ConvCase): ModelBuilder {
  const m = new ModelBuilder({ opset: c.opset ?? 17, opsets: { 'com.microsoft': 1 } });
  const x = m.input('x', 'float32', c.x);
  const w = m.initializer('w', 'float32', c.w);
  const inputs = [x, w];
  if (c.bias) {
    const cout = c.op === 'ConvTranspose' ? c.w[1] * Number(c.attrs?.group ?? 1) : c.w[0];
    inputs.push(m.initializer('b', 'float32', [cout]));
  }
  for (const e of c.extra ?? [])
    inputs.push(typeof e === 'string' ? e : m.input(e[0], 'float32', e[1]));
  const y = m.op(c.op ?? 'Conv', inputs, c.attrs ?? {}, { name: 'c', domain: c.domain });
  m.output(y);
  return m;
}

const run = (c: ConvCase, dims?: Record<string, number>): Analysis =>
  analyzeBuilt(convModel(c), { dims });

test('Conv 2-D with pads, strides and bias: macs N·Cout·Hout·Wout·Cin·kh·kw, bias adds', () => {
  const a = run({
    x: [1, 3, 32, 32],
    w: [8, 3, 3, 3],
    bias: true,
    attrs: { pads: [1, 1, 1, 1], strides: [2, 2] },
  });
  const n = nodeOf(a, 'c');
  // floor((32 + 2 - 3) / 2) + 1 = 16
  assert.deepEqual(n.outputShapes, [[1, 8, 16, 16]]);
  const macs = 1 * 8 * 16 * 16 * 3 * 3 * 3;
  assert.equal(n.macs, macs);
  assert.equal(n.flops, 2 * macs + 8 * 16 * 16);
  assert.equal(n.transcendentals, 0);
  // x, w, b read, y written, float32
  assert.equal(n.bytesAccessed, 4 * (3 * 32 * 32 + 8 * 3 * 3 * 3 + 8 + 8 * 16 * 16));
  assert.equal(a.unresolved.length, 0);
});

test('Conv depthwise (group = Cin) counts Cin/g = 1 input channel per output', () => {
  const n = nodeOf(run({ x: [1, 16, 10, 10], w: [16, 1, 3, 3], attrs: { group: 16 } }), 'c');
  assert.deepEqual(n.outputShapes, [[1, 16, 8, 8]]);
  assert.equal(n.macs, 1 * 16 * 8 * 8 * 1 * 3 * 3);
  assert.equal(n.flops, 2 * n.macs); // no bias
});

test('Conv grouped with dilations: span dilation·(k - 1) + 1', () => {
  const a = run({ x: [2, 8, 20, 20], w: [12, 4, 3, 3], attrs: { group: 2, dilations: [2, 2] } });
  const n = nodeOf(a, 'c');
  // span 2·2 + 1 = 5, out 20 - 5 + 1 = 16; Cin/g = 8 / 2 = 4
  assert.deepEqual(n.outputShapes, [[2, 12, 16, 16]]);
  assert.equal(n.macs, 2 * 12 * 16 * 16 * 4 * 3 * 3);
});

test('Conv auto_pad SAME_UPPER, SAME_LOWER and VALID output sizes', () => {
  const shape = (autoPad: string) =>
    nodeOf(
      run({ x: [1, 4, 7, 7], w: [4, 4, 3, 3], attrs: { auto_pad: autoPad, strides: [2, 2] } }),
      'c',
    ).outputShapes[0];
  assert.deepEqual(shape('SAME_UPPER'), [1, 4, 4, 4]); // ceil(7 / 2)
  assert.deepEqual(shape('SAME_LOWER'), [1, 4, 4, 4]);
  assert.deepEqual(shape('VALID'), [1, 4, 3, 3]); // floor((7 - 3) / 2) + 1
  assert.deepEqual(shape('NOTSET'), [1, 4, 3, 3]);
});

test('Conv 1-D and 3-D, kernel_shape inferred from W or given', () => {
  const one = nodeOf(run({ x: [1, 2, 10], w: [4, 2, 3] }), 'c');
  assert.deepEqual(one.outputShapes, [[1, 4, 8]]);
  assert.equal(one.macs, 4 * 8 * 2 * 3);
  const three = nodeOf(
    run({
      x: [1, 2, 4, 6, 6],
      w: [3, 2, 2, 3, 3],
      attrs: { kernel_shape: [2, 3, 3], strides: [2, 1, 1] },
    }),
    'c',
  );
  // depth floor((4 - 2) / 2) + 1 = 2, height and width 6 - 3 + 1 = 4
  assert.deepEqual(three.outputShapes, [[1, 3, 2, 4, 4]]);
  assert.equal(three.macs, 3 * 2 * 4 * 4 * 2 * 2 * 3 * 3);
});

test('Conv counts the same at opset 7, 11 and 22', () => {
  for (const opset of [7, 11, 22]) {
    const n = nodeOf(run({ opset, x: [1, 3, 8, 8], w: [5, 3, 3, 3], bias: true }), 'c');
    assert.deepEqual(n.outputShapes, [[1, 5, 6, 6]], `opset ${opset}`);
    assert.equal(n.flops, 2 * 5 * 6 * 6 * 3 * 9 + 5 * 6 * 6, `opset ${opset}`);
  }
});

test('Conv with a batch dim bound by --dim scales with the batch', () => {
  const a = run({ x: ['batch', 3, 8, 8], w: [4, 3, 1, 1] }, { batch: 2 });
  const n = nodeOf(a, 'c');
  assert.deepEqual(n.outputShapes, [[2, 4, 8, 8]]);
  assert.equal(n.macs, 2 * 4 * 8 * 8 * 3);
});

test('Conv fed a data-dependent dim is reported unresolved, never counted as 0', () => {
  const m = new ModelBuilder({ opset: 17, opsets: { 'test.unknown': 1 } });
  const x = m.input('x', 'float32', [1, 3, 8, 8]);
  const u = m.op('Mystery', [x], {}, { name: 'u', domain: 'test.unknown' });
  m.valueInfo(u, 'float32', ['n', 3, 8, 8]);
  const y = m.op('Conv', [u, m.initializer('w', 'float32', [4, 3, 3, 3])], {}, { name: 'c' });
  m.output(y);
  const a = analyzeBuilt(m);
  assert.deepEqual(nodeOf(a, 'c').outputShapes, [['n', 4, 6, 6]]);
  const entry = a.unresolved.find((u) => u.node === 'c');
  assert.ok(entry, 'the conv is unresolved');
  assert.match(entry.reason, /depends on the data/);
  assert.equal(nodeOf(a, 'c').macs, 0);
  assert.ok(a.incompleteTotals.includes('macs'));
});

test('Conv with mismatched channels fails naming both shapes', () => {
  const a = run({ x: [1, 4, 8, 8], w: [8, 3, 3, 3] });
  const entry = a.unresolved.find((u) => u.node === 'c');
  assert.ok(entry);
  assert.match(entry.reason, /\[1, 4, 8, 8\]/);
  assert.match(entry.reason, /\[8, 3, 3, 3\]/);
  const grouped = run({ x: [1, 6, 8, 8], w: [8, 3, 3, 3], attrs: { group: 4 } });
  assert.match(grouped.unresolved[0]?.reason ?? '', /group 4/);
  const bias = run({ x: [1, 3, 8, 8], w: [8, 3, 3, 3], extra: ['w'] });
  assert.match(bias.unresolved[0]?.reason ?? '', /bias \[8, 3, 3, 3\] must be \[8\]/);
});

test('ConvTranspose: strides, pads, output_padding; macs N·Cin·Hin·Win·(Cout/g)·kh·kw', () => {
  const n = nodeOf(
    run({
      op: 'ConvTranspose',
      x: [1, 4, 5, 5],
      w: [4, 6, 3, 3],
      bias: true,
      attrs: { strides: [2, 2], pads: [1, 1, 1, 1], output_padding: [1, 1] },
    }),
    'c',
  );
  // 2·(5 - 1) + 1 + 3 - 1 - 1 = 10
  assert.deepEqual(n.outputShapes, [[1, 6, 10, 10]]);
  const macs = 1 * 4 * 5 * 5 * 6 * 3 * 3;
  assert.equal(n.macs, macs);
  assert.equal(n.flops, 2 * macs + 6 * 10 * 10);
});

test('ConvTranspose groups, output_shape and auto_pad', () => {
  const grouped = nodeOf(
    run({ op: 'ConvTranspose', x: [1, 4, 5, 5], w: [4, 3, 3, 3], attrs: { group: 2 } }),
    'c',
  );
  // Cout = 3·2 = 6; out 5 - 1 + 3 = 7
  assert.deepEqual(grouped.outputShapes, [[1, 6, 7, 7]]);
  assert.equal(grouped.macs, 4 * 5 * 5 * 3 * 3 * 3);
  const given = nodeOf(
    run({
      op: 'ConvTranspose',
      x: [1, 4, 5, 5],
      w: [4, 2, 3, 3],
      attrs: { strides: [2, 2], output_shape: [10, 11] },
    }),
    'c',
  );
  assert.deepEqual(given.outputShapes, [[1, 2, 10, 11]]);
  const same = nodeOf(
    run({
      op: 'ConvTranspose',
      opset: 7,
      x: [1, 4, 5, 5],
      w: [4, 2, 3, 3],
      attrs: { strides: [2, 2], auto_pad: 'SAME_UPPER' },
    }),
    'c',
  );
  assert.deepEqual(same.outputShapes, [[1, 2, 10, 10]]); // 5·2
  const bad = run({ op: 'ConvTranspose', x: [1, 3, 5, 5], w: [4, 2, 3, 3] });
  assert.match(bad.unresolved[0]?.reason ?? '', /\[1, 3, 5, 5\].*\[4, 2, 3, 3\]/);
});

test('FusedConv adds its activation and the Z sum per output element', () => {
  const fused = (activation: string, extra: ConvCase['extra']) =>
    nodeOf(
      run({
        op: 'FusedConv',
        domain: 'com.microsoft',
        x: [1, 2, 6, 6],
        w: [3, 2, 3, 3],
        bias: true,
        attrs: { activation },
        extra,
      }),
      'c',
    );
  const out = 3 * 4 * 4;
  const macs = out * 2 * 3 * 3;
  const sigmoid = fused('Sigmoid', [['z', [1, 3, 4, 4]]]);
  assert.deepEqual(sigmoid.outputShapes, [[1, 3, 4, 4]]);
  assert.equal(sigmoid.macs, macs);
  // bias 1 + Z 1 + sigmoid 2 flops per output element; 1 exp each
  assert.equal(sigmoid.flops, 2 * macs + out * (1 + 1 + 2));
  assert.equal(sigmoid.transcendentals, out);
  const relu = fused('Relu', []);
  assert.equal(relu.flops, 2 * macs + out * (1 + 1)); // bias + relu
  assert.equal(relu.transcendentals, 0);
});

test('DeformConv (opset 19): conv macs plus bilinear sampling per sampled value', () => {
  const deform = (extra: ConvCase['extra']) =>
    run({ op: 'DeformConv', opset: 19, x: [1, 2, 6, 6], w: [4, 2, 3, 3], extra });
  const n = nodeOf(deform([['off', [1, 2 * 3 * 3, 4, 4]], '', ['mask', [1, 3 * 3, 4, 4]]]), 'c');
  assert.deepEqual(n.outputShapes, [[1, 4, 4, 4]]);
  const macs = 4 * 4 * 4 * 2 * 3 * 3;
  const samples = 1 * 2 * 4 * 4 * 3 * 3; // N·Cin·out·kernel
  assert.equal(n.macs, macs);
  assert.equal(n.flops, 2 * macs + (7 + 1) * samples);
  const bad = deform([['off', [1, 9, 4, 4]]]);
  assert.match(bad.unresolved[0]?.reason ?? '', /offset \[1, 9, 4, 4\] must be \[1, 18, 4, 4\]/);
});

test('ShuffleNet V2 1×1 conv: B = hw·c1·c2 MACs, memory access hw(c1 + c2) + c1·c2 elements', () => {
  const [h, w, c1, c2] = [14, 14, 32, 64];
  const n = nodeOf(run({ x: [1, c1, h, w], w: [c2, c1, 1, 1] }), 'c');
  const B = h * w * c1 * c2;
  const accessElements = h * w * (c1 + c2) + c1 * c2;
  assert.equal(n.macs, B);
  assert.equal(n.bytesAccessed, 4 * accessElements);
  assert.equal(n.bytesAccessed, 4 * (h * w * c1 + h * w * c2 + c1 * c2));
  // The paper's lower bound MAC >= 2·sqrt(hw·B) + B / (hw) holds (equality iff c1 = c2).
  assert.ok(accessElements >= 2 * Math.sqrt(h * w * B) + B / (h * w));
});

test('ResNet stem (7×7, stride 2, pad 3 at 224×224) gives the 118 M MACs of torchvision', () => {
  const n = nodeOf(
    run({ x: [1, 3, 224, 224], w: [64, 3, 7, 7], attrs: { strides: [2, 2], pads: [3, 3, 3, 3] } }),
    'c',
  );
  // floor((224 + 6 - 7) / 2) + 1 = 112
  assert.deepEqual(n.outputShapes, [[1, 64, 112, 112]]);
  assert.equal(n.macs, 64 * 112 * 112 * 3 * 7 * 7); // 118,013,952
});

test('ConvTranspose with a negative output_shape fails clearly', () => {
  const a = run({
    op: 'ConvTranspose',
    x: [1, 4, 5, 5],
    w: [4, 2, 3, 3],
    attrs: { strides: [2, 2], output_shape: [-10, 11] },
  });
  assert.match(a.unresolved[0]?.reason ?? '', /output_shape \[-10, 11\] has a negative size/);
});
