/**
 * Quantized family. Expected numbers from the constants of src/ops/quantized.ts and
 * quantized-ms.ts: Quantize 3 flops/element, Dequantize 2, DynamicQuantize 5; integer dense ops
 * count macs like their float versions, 2·macs as intOps, +1 intOp per output for an int32 bias,
 * +3 per output to requantize; rescaling to float 1 flop per output (+1 for a float bias).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, nodeOf } from '../helpers.ts';

const MS = { 'com.microsoft': 1 };
const ms = (name: string) => ({ domain: 'com.microsoft', name });
const reasonOf = (a: ReturnType<typeof analyzeBuilt>, name: string) =>
  a.unresolved.find((u) => u.node === name)?.reason ?? '';

test('QuantizeLinear: per tensor, uint8 by default; int4 from the zero point (opset 21)', () => {
  const m = new ModelBuilder({ opset: 10 });
  const x = m.input('x', 'float32', [2, 3, 4]);
  m.initializer('s', 'float32', [], [0.1]);
  m.node('QuantizeLinear', [x, 's'], {}, { name: 'q' });
  const n = nodeOf(analyzeBuilt(m), 'q');
  assert.equal(n.flops, 3 * 24);
  assert.deepEqual(n.outputShapes[0], [2, 3, 4]);
  // Reads 24 float32 + a float32 scale, writes 24 uint8: the output dtype is uint8.
  assert.equal(n.bytesAccessed, 24 * 4 + 4 + 24 * 1);

  const m21 = new ModelBuilder({ opset: 21 });
  const y = m21.input('y', 'float32', [4, 8]);
  m21.initializer('s', 'float32', [4, 2]);
  m21.initializer('z', 'int4', [4, 2]);
  m21.node('QuantizeLinear', [y, 's', 'z'], { axis: 1, block_size: 4 }, { name: 'q4' });
  const n4 = nodeOf(analyzeBuilt(m21), 'q4');
  assert.equal(n4.flops, 3 * 32);
  // 32 float32 in, 8 float32 scales, 8 int4 zero points (4 bytes), 32 int4 out (16 bytes).
  assert.equal(n4.bytesAccessed, 32 * 4 + 8 * 4 + 4 + 16);
});

test('DequantizeLinear: per axis (opset 13), scales and zero points are params', () => {
  const m = new ModelBuilder({ opset: 13 });
  m.initializer('w', 'int8', [2, 3, 4]);
  m.initializer('s', 'float32', [3]);
  m.initializer('z', 'int8', [3]);
  m.node('DequantizeLinear', ['w', 's', 'z'], { axis: 1 }, { name: 'dq' });
  m.initializer('bad_s', 'float32', [5]);
  m.node('DequantizeLinear', ['w', 'bad_s'], { axis: 1 }, { name: 'bad' });
  m.initializer('z2', 'int8', [2]);
  m.node('DequantizeLinear', ['w', 's', 'z2'], { axis: 1 }, { name: 'badzp' });
  const a = analyzeBuilt(m);
  const n = nodeOf(a, 'dq');
  assert.equal(n.flops, 2 * 24);
  assert.equal(n.bytesAccessed, 24 + 3 * 4 + 3 + 24 * 4);
  assert.equal(a.totals.params, 24 + 3 + 3 + 5 + 2);
  assert.match(reasonOf(a, 'badzp'), /zero point \[2\] must have the shape of the scale \[3\]/);
  assert.match(reasonOf(a, 'bad'), /scale \[5\] does not match input \[2, 3, 4\] per axis 1/);
});

test('DequantizeLinear: per-axis scales need opset 13; blocked scales need the right blocks', () => {
  const m10 = new ModelBuilder({ opset: 10 });
  m10.initializer('w', 'uint8', [4, 8]);
  m10.initializer('s', 'float32', [4]);
  m10.node('DequantizeLinear', ['w', 's'], {}, { name: 'old' });
  assert.match(reasonOf(analyzeBuilt(m10), 'old'), /must be a scalar before opset 13/);

  const m = new ModelBuilder({ opset: 21 });
  m.initializer('w', 'int4', [4, 8]);
  m.initializer('s', 'float32', [4, 2]);
  m.node('DequantizeLinear', ['w', 's'], { axis: 1, block_size: 4 }, { name: 'ok' });
  m.node('DequantizeLinear', ['w', 's'], { axis: 1, block_size: 2 }, { name: 'bad' });
  const a = analyzeBuilt(m);
  assert.equal(nodeOf(a, 'ok').flops, 2 * 32);
  assert.match(reasonOf(a, 'bad'), /blocks of 2 along axis 1/);
});

test('com.microsoft DequantizeLinear (uint16 QDQ) takes a per-axis scale at domain version 1', () => {
  const m = new ModelBuilder({ opset: 10, opsets: MS });
  m.initializer('w', 'uint16', [4, 8]);
  m.initializer('s', 'float32', [4]);
  m.initializer('z', 'uint16', [4]);
  m.node('DequantizeLinear', ['w', 's', 'z'], { axis: 0 }, ms('dq'));
  const n = nodeOf(analyzeBuilt(m), 'dq');
  assert.equal(n.flops, 2 * 32);
  // 32 uint16 in, 4 float32 scales, 4 uint16 zero points, 32 float32 out.
  assert.equal(n.bytesAccessed, 32 * 2 + 4 * 4 + 4 * 2 + 32 * 4);
});

test('DynamicQuantizeLinear: 5 flops per element, scalar scale and zero point', () => {
  const m = new ModelBuilder({ opset: 11 });
  const x = m.input('x', 'float32', ['batch', 10]);
  m.node('DynamicQuantizeLinear', [x], {}, { name: 'dq', outputs: 3 });
  const n = nodeOf(analyzeBuilt(m, { dims: { batch: 2 } }), 'dq');
  assert.equal(n.flops, 5 * 2 * 10);
  assert.deepEqual(n.outputShapes, [[2, 10], [], []]);
});

test('QLinearConv: Conv geometry, groups, int32 bias and requantization as intOps', () => {
  const m = new ModelBuilder({ opset: 10 });
  const x = m.input('x', 'uint8', [1, 4, 8, 8]);
  const bad = m.input('bad', 'uint8', [1, 5, 8, 8]);
  for (const [n, t] of [
    ['xs', 'float32'],
    ['xz', 'uint8'],
    ['ws', 'float32'],
    ['wz', 'int8'],
    ['ys', 'float32'],
    ['yz', 'uint8'],
  ])
    m.initializer(n, t, []);
  m.initializer('w', 'int8', [6, 2, 3, 3]);
  m.initializer('b', 'int32', [6]);
  const attrs = { group: 2, pads: [1, 1, 1, 1], strides: [2, 2] };
  const ins = ['xs', 'xz', 'w', 'ws', 'wz', 'ys', 'yz', 'b'];
  m.node('QLinearConv', [x, ...ins], attrs, { name: 'qc' });
  m.node('QLinearConv', [bad, ...ins], attrs, { name: 'bad' });
  const a = analyzeBuilt(m);
  const n = nodeOf(a, 'qc');
  // Spatial: floor((8 + 2 - 3) / 2) + 1 = 4. Output [1, 6, 4, 4] = 96 elements, Cin/g = 2.
  const out = 1 * 6 * 4 * 4;
  assert.deepEqual(n.outputShapes[0], [1, 6, 4, 4]);
  assert.equal(n.macs, out * 2 * 3 * 3);
  assert.equal(n.intOps, 2 * out * 18 + out + 3 * out);
  assert.equal(n.flops, 0);
  assert.match(reasonOf(a, 'bad'), /5 channels; weights \[6, 2, 3, 3\] with group 2 expect 4/);
});

test('ConvInteger with auto_pad SAME_UPPER: int32 output, 2·macs intOps', () => {
  const m = new ModelBuilder({ opset: 10 });
  const x = m.input('x', 'uint8', [1, 3, 5, 5]);
  m.initializer('w', 'uint8', [2, 3, 3, 3]);
  m.node('ConvInteger', [x, 'w'], { auto_pad: 'SAME_UPPER' }, { name: 'ci' });
  const n = nodeOf(analyzeBuilt(m), 'ci');
  assert.deepEqual(n.outputShapes[0], [1, 2, 5, 5]);
  assert.equal(n.macs, 50 * 27);
  assert.equal(n.intOps, 2 * 50 * 27);
  // x 75 bytes + w 54 bytes + 50 int32 outputs.
  assert.equal(n.bytesAccessed, 75 + 54 + 50 * 4);
});

test('QLinearMatMul broadcasts batch dims; MatMulInteger handles a 1-D operand', () => {
  const m = new ModelBuilder({ opset: 10 });
  const a = m.input('a', 'uint8', [2, 1, 4, 8]);
  const b = m.input('b', 'uint8', [3, 8, 5]);
  m.initializer('s', 'float32', []);
  m.initializer('z', 'uint8', []);
  m.node('QLinearMatMul', [a, 's', 'z', b, 's', 'z', 's', 'z'], {}, { name: 'qmm' });
  const a2 = m.input('a2', 'uint8', [4, 8]);
  const v = m.input('v', 'uint8', [8]);
  m.node('MatMulInteger', [a2, v], {}, { name: 'mmi' });
  m.node('MatMulInteger', [a2, a2], {}, { name: 'bad' });
  const r = analyzeBuilt(m);
  const q = nodeOf(r, 'qmm');
  assert.deepEqual(q.outputShapes[0], [2, 3, 4, 5]);
  assert.equal(q.macs, 2 * 3 * 4 * 8 * 5);
  assert.equal(q.intOps, 2 * q.macs + 3 * (2 * 3 * 4 * 5));
  const i = nodeOf(r, 'mmi');
  assert.deepEqual(i.outputShapes[0], [4]);
  assert.equal(i.intOps, 2 * 4 * 8);
  assert.match(reasonOf(r, 'bad'), /inner dims of \[4, 8\] and \[4, 8\] differ/);
});

test('MatMulNBits: float macs, weight dequantization and bias as flops', () => {
  const m = new ModelBuilder({ opset: 17, opsets: MS });
  const x = m.input('x', 'float32', ['batch', 7, 64]);
  m.initializer('b', 'uint8', [32, 2, 16]);
  m.initializer('s', 'float32', [64]);
  m.initializer('bias', 'float32', [32]);
  const attrs = { K: 64, N: 32, bits: 4, block_size: 32 };
  m.node('MatMulNBits', [x, 'b', 's', '', '', 'bias'], attrs, ms('nb'));
  m.initializer('b_bad', 'uint8', [32, 4, 16]);
  m.node('MatMulNBits', [x, 'b_bad', 's'], attrs, ms('bad'));
  const a = analyzeBuilt(m, { dims: { batch: 2 } });
  const n = nodeOf(a, 'nb');
  const macs = 2 * 7 * 64 * 32;
  assert.deepEqual(n.outputShapes[0], [2, 7, 32]);
  assert.equal(n.macs, macs);
  assert.equal(n.flops, 2 * macs + 2 * 64 * 32 + 2 * 7 * 32);
  assert.equal(n.intOps, 0);
  assert.match(reasonOf(a, 'bad'), /B \[32, 4, 16\] must be .* \[32, 2, 16\]/);
});

test('QGemm (quantized or float output), MatMulIntegerToFloat, DynamicQuantizeMatMul', () => {
  const m = new ModelBuilder({ opset: 17, opsets: MS });
  const a = m.input('a', 'uint8', [4, 16]);
  m.initializer('bt', 'int8', [8, 16]);
  m.initializer('c', 'int32', [8]);
  m.initializer('s', 'float32', []);
  m.initializer('z', 'uint8', []);
  m.node('QGemm', [a, 's', 'z', 'bt', 's', 'z', 'c', 's', 'z'], { transB: 1 }, ms('qg'));
  m.node('QGemm', [a, 's', 'z', 'bt', 's', 'z'], { transB: 1 }, ms('qgf'));
  const a3 = m.input('a3', 'uint8', [3, 16]);
  m.initializer('b', 'int8', [16, 8]);
  m.initializer('fbias', 'float32', [8]);
  m.node('MatMulIntegerToFloat', [a3, 'b', 's', 's', '', '', 'fbias'], {}, ms('mif'));
  const f = m.input('f', 'float32', [3, 16]);
  m.node('DynamicQuantizeMatMul', [f, 'b', 's'], {}, ms('dqm'));
  const r = analyzeBuilt(m);
  const qg = nodeOf(r, 'qg');
  assert.equal(qg.macs, 4 * 16 * 8);
  assert.equal(qg.intOps, 2 * 512 + 32 + 3 * 32);
  assert.equal(qg.flops, 0);
  const qgf = nodeOf(r, 'qgf');
  assert.equal(qgf.intOps, 2 * 512);
  assert.equal(qgf.flops, 4 * 8);
  const mif = nodeOf(r, 'mif');
  assert.deepEqual([mif.macs, mif.intOps, mif.flops], [384, 768, 24 + 24]);
  const dqm = nodeOf(r, 'dqm');
  assert.deepEqual([dqm.macs, dqm.intOps, dqm.flops], [384, 768, 5 * 48 + 24]);
});

test('QLinear elementwise ops: broadcast, per-element integer constants', () => {
  const m = new ModelBuilder({ opset: 17, opsets: MS });
  const x = m.input('x', 'uint8', [2, 3, 4]);
  const y = m.input('y', 'uint8', [4]);
  m.initializer('s', 'float32', []);
  m.initializer('z', 'uint8', []);
  m.node('QLinearAdd', [x, 's', 'z', y, 's', 'z', 's', 'z'], {}, ms('add'));
  m.node('QLinearMul', [y, 's', 'z', x, 's', 'z', 's', 'z'], {}, ms('mul'));
  m.node('QLinearSigmoid', [x, 's', 'z', 's', 'z'], {}, ms('sig'));
  m.node('QLinearLeakyRelu', [x, 's', 'z', 's', 'z'], { alpha: 0.1 }, ms('lrelu'));
  const w = m.input('w', 'uint8', [2, 5, 4]);
  m.node('QLinearConcat', ['s', 'z', x, 's', 'z', w, 's', 'z'], { axis: 1 }, ms('cat'));
  m.node('QLinearConcat', ['s', 'z', x, 's', 'z', y, 's', 'z'], { axis: 1 }, ms('badcat'));
  const r = analyzeBuilt(m);
  assert.equal(nodeOf(r, 'add').intOps, 24 * (2 * 2 + 1 + 3));
  assert.deepEqual(nodeOf(r, 'mul').outputShapes[0], [2, 3, 4]);
  assert.deepEqual(
    [nodeOf(r, 'sig').intOps, nodeOf(r, 'sig').transcendentals],
    [24 * (2 + 2 + 3), 24],
  );
  assert.equal(nodeOf(r, 'lrelu').intOps, 24 * (2 + 1 + 3));
  assert.deepEqual(nodeOf(r, 'cat').outputShapes[0], [2, 8, 4]);
  assert.equal(nodeOf(r, 'cat').intOps, 2 * 8 * 4 * (2 + 3));
  assert.match(reasonOf(r, 'badcat'), /differ outside axis 1/);
});

test('QLinearAveragePool (NCHW and channels_last) and QLinearGlobalAveragePool', () => {
  const m = new ModelBuilder({ opset: 17, opsets: MS });
  const x = m.input('x', 'uint8', [1, 2, 6, 6]);
  const xl = m.input('xl', 'uint8', [1, 6, 6, 2]);
  m.initializer('s', 'float32', []);
  m.initializer('z', 'uint8', []);
  const pool = { kernel_shape: [2, 2], strides: [2, 2] };
  m.node('QLinearAveragePool', [x, 's', 'z', 's', 'z'], pool, ms('ap'));
  m.node('QLinearAveragePool', [xl, 's', 'z', 's', 'z'], { ...pool, channels_last: 1 }, ms('apl'));
  const g = m.input('g', 'uint8', [1, 4, 5, 5]);
  m.node('QLinearGlobalAveragePool', [g, 's', 'z', 's', 'z'], {}, ms('gap'));
  const r = analyzeBuilt(m);
  // (6 - 2) / 2 + 1 = 3: 1·2·3·3 = 18 outputs, each a 2·2 window.
  assert.deepEqual(nodeOf(r, 'ap').outputShapes[0], [1, 2, 3, 3]);
  assert.equal(nodeOf(r, 'ap').intOps, 18 * (4 + 2 + 3));
  assert.deepEqual(nodeOf(r, 'apl').outputShapes[0], [1, 3, 3, 2]);
  assert.deepEqual(nodeOf(r, 'gap').outputShapes[0], [1, 4, 1, 1]);
  assert.equal(nodeOf(r, 'gap').intOps, 100 + 4 * (2 + 3));
});

test('MatMulNBits: params count the packed 4-bit weights, not the bytes that hold them', () => {
  const m = new ModelBuilder({ opsets: { 'com.microsoft': 1 } });
  const a = m.input('a', 'float32', [1, 64]);
  // K = 64, N = 32, block 32: B is [N, K / block, block · 4 / 8] = [32, 2, 16] uint8 = 1024 bytes.
  m.initializer('b', 'uint8', [32, 2, 16]);
  m.initializer('scales', 'float32', [32 * 2]);
  m.output(
    m.op(
      'MatMulNBits',
      [a, 'b', 'scales'],
      { K: 64, N: 32, bits: 4, block_size: 32 },
      { domain: 'com.microsoft' },
    ),
  );
  const r = analyzeBuilt(m);
  // 64 · 32 = 2048 four-bit weights (1024 bytes) plus 64 float scales.
  assert.deepEqual(r.totals.paramsByDtype, { uint4: 2048, float32: 64 });
  assert.equal(r.totals.params, 2048 + 64);
  assert.equal(r.totals.weightBytes, 1024 + 64 * 4);
});

test('MatMulNBits: float zero points are unpacked; uint8 ones pack 2 per byte, padded per column', () => {
  // K 96, block 32: 3 blocks per column, so each column's packed zero points take 2 bytes.
  const m = new ModelBuilder({ opset: 17, opsets: MS });
  const x = m.input('x', 'float32', [2, 96]);
  m.initializer('b', 'uint8', [8, 3, 16]);
  m.initializer('s', 'float32', [8 * 3]);
  m.initializer('zp_packed', 'uint8', [8 * 2]);
  m.initializer('zp_float', 'float32', [8 * 3]);
  const attrs = { K: 96, N: 8, bits: 4, block_size: 32 };
  m.node('MatMulNBits', [x, 'b', 's', 'zp_packed'], attrs, ms('nb_packed'));
  m.node('MatMulNBits', [x, 'b', 's', 'zp_float'], attrs, ms('nb_float'));
  const a = analyzeBuilt(m);
  // uint4: B 96·8 = 768 and 8·3 = 24 packed zero points; float32: scales 24, float zp 24.
  assert.deepEqual(a.totals.paramsByDtype, { uint4: 768 + 24, float32: 24 + 24 });
  // Bytes count the values packed: (768 + 24) / 2 = 396, not the 384 + 16 = 400 stored (the pad
  // nibble ending each column's zero points is not counted); float32 48 · 4.
  assert.equal(a.totals.weightBytes, (768 + 24) / 2 + 48 * 4);
});

test('GatherBlockQuantized: uint8 data unpacks 2 values per byte; 2 flops per output element', () => {
  const m = new ModelBuilder({ opset: 21, opsets: MS });
  const ids = m.input('ids', 'int64', ['batch', 7]);
  // 100 rows of 32 4-bit values = 16 bytes each; one block of 32 per row: scales [100, 1];
  // the 4-bit zero points of a row's single block fit one byte: [100, 1] uint8.
  m.initializer('table', 'uint8', [100, 16]);
  m.initializer('scales', 'float32', [100, 1]);
  m.initializer('zp', 'uint8', [100, 1]);
  const attrs = { bits: 4, block_size: 32, quantize_axis: 1 };
  m.output(m.op('GatherBlockQuantized', ['table', ids, 'scales', 'zp'], attrs, ms('g')));
  const a = analyzeBuilt(m, { dims: { batch: 2 } });
  const n = nodeOf(a, 'g');
  // Gather on axis 0: [batch, 7] + [16 · 8 / 4 = 32]
  assert.deepEqual(n.outputShapes, [[2, 7, 32]]);
  assert.equal(n.flops, 2 * (2 * 7 * 32)); // 896
  // indices 14 · 8 = 112; the 14 picked of 100 rows of table, scales and zero points:
  // 14 · (1600 + 400 + 100) / 100 = 294; output 2 · 7 · 32 · 4 = 1792
  assert.equal(n.bytesAccessed, 112 + 294 + 1792);
  // params: 100 · 32 four-bit weights and 100 four-bit zero points, 100 float scales
  assert.deepEqual(a.totals.paramsByDtype, { uint4: 3200 + 100, float32: 100 });
  assert.equal(a.totals.params, 3200 + 100 + 100);
});

test('GatherBlockQuantized: int4 data as is, gather_axis 1, and bad packing fails', () => {
  const m = new ModelBuilder({ opset: 21, opsets: MS });
  const ids = m.input('ids', 'int64', [5]);
  m.initializer('t4', 'int4', [4, 100, 32]);
  m.initializer('s4', 'float16', [4, 100, 1]);
  const attrs = { gather_axis: 1, quantize_axis: 2, block_size: 32 };
  m.output(m.op('GatherBlockQuantized', ['t4', ids, 's4'], attrs, ms('g4')), 'float16');
  m.initializer('t8', 'uint8', [100, 16]);
  m.initializer('s8', 'float32', [1, 16]);
  const bad = { bits: 4, block_size: 128, quantize_axis: 0 };
  m.op('GatherBlockQuantized', ['t8', ids, 's8'], bad, ms('bad'));
  const a = analyzeBuilt(m);
  // [4] + [5] + [32]: int4 elements are already one value each; the output takes the scale dtype
  assert.deepEqual(nodeOf(a, 'g4').outputShapes, [[4, 5, 32]]);
  assert.equal(nodeOf(a, 'g4').flops, 2 * 4 * 5 * 32);
  assert.match(reasonOf(a, 'bad'), /packed uint8 data \[100, 16\] must quantize its last axis/);
  assert.equal(a.totals.paramsByDtype.int4, 4 * 100 * 32);
});
