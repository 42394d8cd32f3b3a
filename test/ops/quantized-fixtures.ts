/**
 * Three small models in the quantized formats users ship, built with the test ONNX writer:
 * - qdqInt8: what onnxruntime's static quantizer (QuantFormat.QDQ) writes: QuantizeLinear /
 *   DequantizeLinear pairs around a Conv and a MatMul, int8 weights with per-channel scales and
 *   int8 zero points, an int32 bias dequantized per channel, activations quantized per tensor.
 * - dynamicInt8: what onnxruntime's quantize_dynamic writes: DynamicQuantizeLinear on the
 *   activations, ConvInteger (uint8 weights, per tensor) and MatMulInteger (int8 weights, per
 *   column), each followed by Cast and a Mul by the product of the two scales, then the float bias.
 * - matMulNBits4: what ONNX Runtime's generative-AI model builder writes for LLM linear layers:
 *   com.microsoft MatMulNBits with bits = 4, B packed [N, n_blocks, blob_size] uint8, scales
 *   [N · n_blocks] float, one layer with packed 4-bit zero points (block 32) and one symmetric
 *   layer without (block 128) but with a bias.
 * Each builder also returns the integer codes and scales it wrote, so a test can compute the
 * model's output by hand and check that ONNX Runtime reads the layout the counts assume.
 */
import { ModelBuilder, packBits } from '../fixtures/onnx-writer.ts';

/** Deterministic integers in [lo, hi] (a 32-bit LCG), so fixtures are the same on every run. */
export function ints(n: number, lo: number, hi: number, seed: number): number[] {
  let s = seed >>> 0;
  return Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return lo + (s % (hi - lo + 1));
  });
}

const MS = 'com.microsoft';

/**
 * x float [batch, 3, 8, 8]
 *   → Q/DQ (scale 0.02, uint8 zero point 128)
 *   → Conv 3×3 pads 1 with DQ(w int8 [8, 3, 3, 3], scale [8], zp int8 [8], axis 0) and
 *     DQ(bias int32 [8], scale [8], zp int32 [8], axis 0)
 *   → Relu → Q/DQ (scale 0.05, uint8 zp 0) → GlobalAveragePool → Reshape [batch, 8] (int64 shape)
 *   → Q/DQ (scale 0.05, int8 zp 0)
 *   → MatMul with DQ(w2 int8 [8, 4], scale [4], zp int8 [4], axis 1) → Add bias float [4] → y.
 */
export function qdqInt8() {
  const m = new ModelBuilder({ opset: 17 });
  const x = m.input('x', 'float32', ['batch', 3, 8, 8]);
  const qdq = (t: string, name: string, scale: number, zp: number, zpType: string) => {
    m.initializer(`${name}_scale`, 'float32', [], [scale]);
    m.initializer(`${name}_zero_point`, zpType, [], [zp]);
    const q = m.op('QuantizeLinear', [t, `${name}_scale`, `${name}_zero_point`]);
    return m.op('DequantizeLinear', [q, `${name}_scale`, `${name}_zero_point`]);
  };
  const xScale = 0.02;
  const xdq = qdq(x, 'x', xScale, 128, 'uint8');

  const w1 = ints(8 * 3 * 3 * 3, -127, 127, 1);
  const w1Scale = Array.from({ length: 8 }, (_, c) => 0.002 * (1 + (c % 3)));
  m.initializer('w1_quantized', 'int8', [8, 3, 3, 3], w1);
  m.initializer('w1_scale', 'float32', [8], w1Scale);
  m.initializer('w1_zero_point', 'int8', [8]);
  const w1dq = m.op('DequantizeLinear', ['w1_quantized', 'w1_scale', 'w1_zero_point'], {
    axis: 0,
  });
  // ORT's bias quantization: int32 codes, scale = input scale × weight scale, int32 zeros.
  const b1 = ints(8, -500, 500, 2);
  m.initializer('b1_quantized', 'int32', [8], b1);
  m.initializer(
    'b1_scale',
    'float32',
    [8],
    w1Scale.map((s) => s * xScale),
  );
  m.initializer('b1_zero_point', 'int32', [8]);
  const b1dq = m.op('DequantizeLinear', ['b1_quantized', 'b1_scale', 'b1_zero_point'], {
    axis: 0,
  });
  const conv = m.op('Conv', [xdq, w1dq, b1dq], { pads: [1, 1, 1, 1] }, { name: 'conv' });
  const relu = qdq(m.op('Relu', [conv]), 'relu', 0.05, 0, 'uint8');
  const pooled = m.op('GlobalAveragePool', [relu]);
  m.initializer('flat_shape', 'int64', [2], [-1, 8]);
  const flat = qdq(m.op('Reshape', [pooled, 'flat_shape']), 'flat', 0.05, 0, 'int8');

  const w2 = ints(8 * 4, -127, 127, 3);
  m.initializer('w2_quantized', 'int8', [8, 4], w2);
  m.initializer('w2_scale', 'float32', [4], [0.01, 0.02, 0.03, 0.04]);
  m.initializer('w2_zero_point', 'int8', [4]);
  const w2dq = m.op('DequantizeLinear', ['w2_quantized', 'w2_scale', 'w2_zero_point'], {
    axis: 1,
  });
  const mm = m.op('MatMul', [flat, w2dq], {}, { name: 'matmul' });
  m.initializer('b2', 'float32', [4], [0.1, -0.2, 0.3, -0.4]);
  m.output(m.op('Add', [mm, 'b2'], {}, { outputs: ['y'] }), 'float32', ['batch', 4]);
  return m;
}

/**
 * x float [batch, 4, 6, 6]
 *   → DynamicQuantizeLinear → ConvInteger (wc uint8 [6, 4, 3, 3], zp uint8 scalar; no pads)
 *   → Cast float → Mul by (x scale × wc scale) → Add bias float [6, 1, 1] → Relu
 *   → Reshape [batch, 96] → DynamicQuantizeLinear
 *   → MatMulInteger (w2 int8 [96, 10], zp int8 [10] per column) → Cast float
 *   → Mul by (x scale × w2 scale [10]) → Add bias float [10] → y.
 * `convWeight: 'int8'` writes the ConvInteger weights and zero point as int8 instead.
 */
export function dynamicInt8(convWeight: 'uint8' | 'int8' = 'uint8') {
  const m = new ModelBuilder({ opset: 17 });
  const x = m.input('x', 'float32', ['batch', 4, 6, 6]);
  const [xq, xs, xz] = m.node('DynamicQuantizeLinear', [x], {}, { name: 'dql1', outputs: 3 });
  const signed = convWeight === 'int8';
  const wc = ints(6 * 4 * 3 * 3, signed ? -127 : 0, signed ? 127 : 255, 4);
  m.initializer('wc_quantized', convWeight, [6, 4, 3, 3], wc);
  m.initializer('wc_scale', 'float32', [], [0.004]);
  m.initializer('wc_zero_point', convWeight, [], [signed ? 0 : 128]);
  const ci = m.op('ConvInteger', [xq, 'wc_quantized', xz, 'wc_zero_point'], {}, { name: 'conv' });
  const scale1 = m.op('Mul', [xs, 'wc_scale'], {}, { name: 'conv_scale' });
  const rescaled = m.op('Mul', [m.op('Cast', [ci], { to: 1 }), scale1], {}, { name: 'conv_mul' });
  m.initializer('bc', 'float32', [6, 1, 1], [0.1, 0.2, 0.3, -0.1, -0.2, -0.3]);
  const relu = m.op('Relu', [m.op('Add', [rescaled, 'bc'], {}, { name: 'conv_bias' })]);
  m.initializer('flat_shape', 'int64', [2], [-1, 96]);
  const flat = m.op('Reshape', [relu, 'flat_shape']);

  const [fq, fs, fz] = m.node('DynamicQuantizeLinear', [flat], {}, { name: 'dql2', outputs: 3 });
  m.initializer('w2_quantized', 'int8', [96, 10], ints(96 * 10, -127, 127, 5));
  m.initializer(
    'w2_scale',
    'float32',
    [10],
    Array.from({ length: 10 }, (_, j) => 0.001 * (j + 1)),
  );
  m.initializer('w2_zero_point', 'int8', [10]);
  const mi = m.op('MatMulInteger', [fq, 'w2_quantized', fz, 'w2_zero_point'], {}, { name: 'mm' });
  const scale2 = m.op('Mul', [fs, 'w2_scale'], {}, { name: 'mm_scale' });
  const out = m.op('Mul', [m.op('Cast', [mi], { to: 1 }), scale2], {}, { name: 'mm_mul' });
  m.initializer(
    'b2',
    'float32',
    [10],
    ints(10, -5, 5, 6).map((v) => v / 10),
  );
  m.output(m.op('Add', [out, 'b2'], {}, { name: 'mm_bias', outputs: ['y'] }), 'float32', [
    'batch',
    10,
  ]);
  return m;
}

/** One MatMulNBits layer's quantized weights, as the model builder lays them out. */
export interface NBitsLayer {
  k: number;
  n: number;
  block: number;
  /** Codes in [0, 15], row-major [N, K] (each output column's K weights in order). */
  codes: number[];
  /** [N · n_blocks] */
  scales: number[];
  /** Unpacked zero points [N · n_blocks], absent for symmetric layers (then 8). */
  zeroPoints?: number[];
  bias?: number[];
}

function nbitsLayer(k: number, n: number, block: number, seed: number, zp: boolean): NBitsLayer {
  const blocks = Math.ceil(k / block);
  return {
    k,
    n,
    block,
    codes: ints(n * k, 0, 15, seed),
    scales: ints(n * blocks, 1, 8, seed + 1).map((v) => v / 64),
    zeroPoints: zp ? ints(n * blocks, 6, 10, seed + 2) : undefined,
  };
}

/**
 * x float [batch, seq, 256]
 *   → MatMulNBits gate: K 256, N 128, block 32: B uint8 [128, 8, 16], scales [1024], zero points
 *     packed uint8 [128 · 8 / 2 = 512]
 *   → Relu
 *   → MatMulNBits down: K 128, N 256, block 128: B uint8 [256, 1, 64], scales [256], no zero
 *     points (symmetric: 8), bias float [256]
 *   → y float [batch, seq, 256].
 */
export function matMulNBits4() {
  const m = new ModelBuilder({ opset: 17, opsets: { [MS]: 1 } });
  const x = m.input('x', 'float32', ['batch', 'seq', 256]);
  const gate = nbitsLayer(256, 128, 32, 7, true);
  const down = { ...nbitsLayer(128, 256, 128, 11, false), bias: ints(256, -10, 10, 13) };
  down.bias = down.bias.map((v) => v / 20);
  const layer = (input: string, name: string, l: NBitsLayer, output?: string) => {
    const blocks = Math.ceil(l.k / l.block);
    const blob = (l.block * 4) / 8;
    // Each output column n holds its K codes in blocks; a block's codes are packed low nibble first.
    m.initializer(`${name}.qweight`, 'uint8', [l.n, blocks, blob], packBits(l.codes, 4));
    m.initializer(`${name}.scales`, 'float32', [l.n * blocks], l.scales);
    const inputs = [input, `${name}.qweight`, `${name}.scales`];
    if (l.zeroPoints) {
      // Zero points: per column, ceil(n_blocks · 4 / 8) bytes, packed like B.
      const zp = l.zeroPoints;
      const perColumn = Array.from({ length: l.n }, (_, j) =>
        packBits(zp.slice(j * blocks, (j + 1) * blocks), 4),
      );
      m.initializer(`${name}.qzeros`, 'uint8', [l.n * perColumn[0].length], perColumn.flat());
      inputs.push(`${name}.qzeros`);
    }
    if (l.bias) {
      m.initializer(`${name}.bias`, 'float32', [l.n], l.bias);
      while (inputs.length < 5) inputs.push('');
      inputs.push(`${name}.bias`);
    }
    const attrs = { K: l.k, N: l.n, bits: 4, block_size: l.block, accuracy_level: 0 };
    return m.node('MatMulNBits', inputs, attrs, {
      domain: MS,
      name,
      outputs: output ? [output] : 1,
    })[0];
  };
  const h = m.op('Relu', [layer(x, 'gate', gate)]);
  m.output(layer(h, 'down', down, 'y'), 'float32', ['batch', 'seq', 256]);
  return { model: m, gate, down };
}

/**
 * The float models the three fixtures quantize (same shapes, float32 weights): what the
 * quantizers start from, for comparing the dense counts.
 */
export function floatTwins() {
  const qdq = new ModelBuilder({ opset: 17 });
  {
    const x = qdq.input('x', 'float32', ['batch', 3, 8, 8]);
    qdq.initializer('w1', 'float32', [8, 3, 3, 3]);
    qdq.initializer('b1', 'float32', [8]);
    const conv = qdq.op('Conv', [x, 'w1', 'b1'], { pads: [1, 1, 1, 1] });
    const pooled = qdq.op('GlobalAveragePool', [qdq.op('Relu', [conv])]);
    qdq.initializer('flat_shape', 'int64', [2], [-1, 8]);
    qdq.initializer('w2', 'float32', [8, 4]);
    qdq.initializer('b2', 'float32', [4]);
    const mm = qdq.op('MatMul', [qdq.op('Reshape', [pooled, 'flat_shape']), 'w2']);
    qdq.output(qdq.op('Add', [mm, 'b2']));
  }
  const dynamic = new ModelBuilder({ opset: 17 });
  {
    const x = dynamic.input('x', 'float32', ['batch', 4, 6, 6]);
    dynamic.initializer('wc', 'float32', [6, 4, 3, 3]);
    dynamic.initializer('bc', 'float32', [6]);
    const relu = dynamic.op('Relu', [dynamic.op('Conv', [x, 'wc', 'bc'])]);
    dynamic.initializer('flat_shape', 'int64', [2], [-1, 96]);
    dynamic.initializer('w2', 'float32', [96, 10]);
    dynamic.initializer('b2', 'float32', [10]);
    const mm = dynamic.op('MatMul', [dynamic.op('Reshape', [relu, 'flat_shape']), 'w2']);
    dynamic.output(dynamic.op('Add', [mm, 'b2']));
  }
  const nbits = new ModelBuilder({ opset: 17 });
  {
    const x = nbits.input('x', 'float32', ['batch', 'seq', 256]);
    nbits.initializer('gate', 'float32', [256, 128]);
    nbits.initializer('down', 'float32', [128, 256]);
    nbits.initializer('down_bias', 'float32', [256]);
    const h = nbits.op('Relu', [nbits.op('MatMul', [x, 'gate'])]);
    nbits.output(nbits.op('Add', [nbits.op('MatMul', [h, 'down']), 'down_bias']));
  }
  return { qdq, dynamic, nbits };
}
