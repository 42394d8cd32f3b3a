/**
 * Quantization: QuantizeLinear, DequantizeLinear (also their com.microsoft versions, used by
 * 16-bit and int4 QDQ models), DynamicQuantizeLinear, the integer dense ops
 * (QLinearConv, QLinearMatMul, MatMulInteger, ConvInteger and com.microsoft QGemm,
 * MatMulIntegerToFloat, DynamicQuantizeMatMul) and the weight-only com.microsoft MatMulNBits. The
 * com.microsoft QLinear elementwise and pooling ops are in quantized-ms.ts.
 *
 * Counting conventions:
 * - QuantizeLinear: 3 flops per element (divide by scale, round, add zero point); saturation is
 *   free. DequantizeLinear: 2 flops per element (subtract zero point, multiply by scale).
 *   DynamicQuantizeLinear: 5 flops per element (min, max, then the 3 of QuantizeLinear); the
 *   scalar scale and zero point computation is not counted.
 * - Integer dense ops count multiply-accumulates in `macs` exactly as their float versions (Conv:
 *   N·Cout·prod(out)·Cin/g·prod(kernel); MatMul: batch·M·K·N) so that quantized and float models
 *   compare, but their 2·macs go to intOps, not flops. Input zero points are folded into the
 *   accumulation (not counted). An int32 bias adds 1 intOp per output element; requantizing to a
 *   quantized output adds 3 intOps per output element (rescale, round, add zero point).
 * - Integer dense ops with a float output (MatMulIntegerToFloat, DynamicQuantizeMatMul, QGemm
 *   without y_scale): 1 flop per output element to rescale, + 1 per element for a float bias;
 *   DynamicQuantizeMatMul also quantizes A (5 flops per element of A, as DynamicQuantizeLinear).
 * - MatMulNBits (float activations x 2..8-bit weights): macs = M·K·N, flops = 2·macs + 2 per
 *   weight element (K·N: subtract zero point, multiply by scale, once per node) + M·N for a bias.
 *   accuracy_level may make ORT quantize A and run integer kernels; that is not modelled.
 * - Scales and zero points are weights, not meta inputs (only MatMulNBits' g_idx is): per-channel
 *   and per-block ones count as params and weight bytes like any float or quantized tensor of two
 *   or more elements; per-tensor (single-element) ones are arithmetic constants, left out of both
 *   by src/analyze/params.ts. MatMulNBits' uint8 B and zero points pack `bits`-bit values: they
 *   count as N·K and N·ceil(K / block_size) params of the sub-byte type (packedWeights).
 */
import { DataType } from '../onnx/dtypes.ts';
import type { Dim } from '../onnx/model.ts';
import {
  convGeometry,
  DEQUANTIZE_FLOPS,
  DYNAMIC_QUANTIZE_FLOPS,
  FLOAT,
  INT32,
  matmulGeometry,
  QUANTIZE_FLOPS,
  REQUANTIZE_INTOPS,
  UINT8,
  zeroPointType,
  type Dense,
} from './quantized-util.ts';
import type { Cost, OpContext, OpRule, RuleTable } from './types.ts';
import { axis, fmtShape, numel } from './util.ts';

/** Scale (and zero point) must be per tensor, per axis, or (opset 21+) blocked along axis. */
function checkScale(ctx: OpContext, x: Dim[], si: number, zi: number): void {
  const s = ctx.inputs[si]?.shape;
  if (!s) return;
  const zp = ctx.inputs[zi]?.shape;
  const scalar = (t: Dim[]) => numel(t) === 1;
  const differ =
    zp && !(scalar(zp) && scalar(s)) && (zp.length !== s.length || zp.some((d, i) => d !== s[i]));
  if (differ) {
    ctx.fail(`zero point ${fmtShape(zp)} must have the shape of the scale ${fmtShape(s)}`);
  }
  if (s.length === 0 || (s.length === 1 && s[0] === 1)) return;
  // The com.microsoft versions (16-bit and int4 QDQ models) take axis and block_size.
  const opset = ctx.node.domain === 'com.microsoft' ? 21 : ctx.opset;
  if (opset < 13) ctx.fail(`scale ${fmtShape(s)} must be a scalar before opset 13`);
  const ax = axis(ctx, ctx.attrs.int('axis', 1), x.length);
  const block = opset >= 21 ? ctx.attrs.int('block_size', 0) : 0;
  const size = x[ax];
  const ok =
    block > 0
      ? s.length === x.length &&
        s.every((d, i) =>
          i === ax
            ? typeof size !== 'number' || d === Math.ceil(size / block)
            : typeof d !== 'number' || typeof x[i] !== 'number' || d === x[i],
        )
      : s.length === 1 && (typeof size !== 'number' || s[0] === size);
  if (!ok) {
    const how = block > 0 ? `blocks of ${block} along axis ${ax}` : `axis ${ax}`;
    ctx.fail(`scale ${fmtShape(s)} does not match input ${fmtShape(x)} per ${how}`);
  }
}

const perElement = (flops: number) => (ctx: OpContext) => ({
  flops: flops * numel(ctx.input(0).shape),
});

/** An integer dense op with a quantized output (requantized) or an int32 one. */
function integerDense(
  geometry: (ctx: OpContext) => Dense,
  outType: (ctx: OpContext) => number,
  opts: { bias?: number; requantize: boolean },
): OpRule {
  return {
    infer: (ctx) => [{ dtype: outType(ctx), shape: geometry(ctx).shape }],
    cost(ctx) {
      const g = geometry(ctx);
      const out = numel(g.shape);
      const bias = opts.bias !== undefined && ctx.inputs[opts.bias] ? out : 0;
      return {
        macs: g.macs,
        intOps: 2 * g.macs + bias + (opts.requantize ? REQUANTIZE_INTOPS * out : 0),
      };
    },
  };
}

/** An integer matmul whose accumulator is rescaled to float (+ a float bias). */
function toFloat(ctx: OpContext, g: Dense, biasIndex: number): Cost {
  const out = numel(g.shape);
  return { macs: g.macs, intOps: 2 * g.macs, flops: out + (ctx.inputs[biasIndex] ? out : 0) };
}

function matMulNBitsGeometry(ctx: OpContext): Dense & { k: number; n: number } {
  const a = ctx.input(0).shape;
  const k = ctx.attrs.int('K');
  const n = ctx.attrs.int('N');
  const bits = ctx.attrs.int('bits', 4);
  const block = ctx.attrs.int('block_size');
  if (a.length < 1 || (typeof a[a.length - 1] === 'number' && a[a.length - 1] !== k)) {
    ctx.fail(`A ${fmtShape(a)} must end in K = ${k}`);
  }
  const b = ctx.input(1).shape;
  const blob = (block * bits) / 8;
  const expected = [n, Math.ceil(k / block), blob];
  if (b.length === 3 && b.some((d, i) => typeof d === 'number' && d !== expected[i])) {
    ctx.fail(
      `B ${fmtShape(b)} must be [N, ceil(K / block_size), block_size·bits/8] = ` +
        fmtShape(expected),
    );
  }
  const shape = [...a.slice(0, -1), n];
  return { shape, macs: numel(a.slice(0, -1)) * k * n, k, n };
}

function qgemmGeometry(ctx: OpContext): Dense {
  const a = ctx.input(0).shape;
  const b = ctx.input(3).shape;
  if (a.length !== 2 || b.length !== 2) {
    ctx.fail(`A ${fmtShape(a)} and B ${fmtShape(b)} must be 2-D`);
  }
  const [m, k] = ctx.attrs.int('transA', 0) ? [a[1], a[0]] : a;
  const [kb, n] = ctx.attrs.int('transB', 0) ? [b[1], b[0]] : b;
  if (typeof k === 'number' && typeof kb === 'number' && k !== kb) {
    ctx.fail(`inner dims of A ${fmtShape(a)} and B ${fmtShape(b)} differ (${k} vs ${kb})`);
  }
  return { shape: [m, n], macs: numel([m, k, n]) };
}

const quantizeLinear: OpRule = {
  infer(ctx) {
    const x = ctx.input(0);
    checkScale(ctx, x.shape, 1, 2);
    const attr = ctx.opset >= 21 ? ctx.attrs.int('output_dtype', 0) : 0;
    return [{ dtype: zeroPointType(ctx, 2, attr || UINT8), shape: x.shape.slice() }];
  },
  cost: perElement(QUANTIZE_FLOPS),
};

const dequantizeLinear: OpRule = {
  infer(ctx) {
    const x = ctx.input(0);
    checkScale(ctx, x.shape, 1, 2);
    const attr = ctx.opset >= 23 ? ctx.attrs.int('output_dtype', 0) : 0;
    return [{ dtype: attr || (ctx.inputs[1]?.dtype ?? FLOAT), shape: x.shape.slice() }];
  },
  cost: perElement(DEQUANTIZE_FLOPS),
};

export const rules: RuleTable = {
  QuantizeLinear: quantizeLinear,
  DequantizeLinear: dequantizeLinear,
  'com.microsoft/QuantizeLinear': quantizeLinear,
  'com.microsoft/DequantizeLinear': dequantizeLinear,

  DynamicQuantizeLinear: {
    infer(ctx) {
      const x = ctx.input(0);
      return [
        { dtype: UINT8, shape: x.shape.slice() },
        { dtype: FLOAT, shape: [] },
        { dtype: UINT8, shape: [] },
      ];
    },
    cost: perElement(DYNAMIC_QUANTIZE_FLOPS),
  },

  QLinearConv: integerDense(
    (ctx) => convGeometry(ctx, 0, 3),
    (ctx) => zeroPointType(ctx, 7, UINT8),
    {
      bias: 8,
      requantize: true,
    },
  ),
  ConvInteger: integerDense(
    (ctx) => convGeometry(ctx, 0, 1),
    () => INT32,
    { requantize: false },
  ),
  QLinearMatMul: integerDense(
    (ctx) => matmulGeometry(ctx, 0, 3),
    (ctx) => zeroPointType(ctx, 7, UINT8),
    { requantize: true },
  ),
  MatMulInteger: integerDense(
    (ctx) => matmulGeometry(ctx, 0, 1),
    () => INT32,
    {
      requantize: false,
    },
  ),

  'com.microsoft/QGemm': {
    infer(ctx) {
      const quantized = !!ctx.inputs[7];
      const dtype = quantized ? zeroPointType(ctx, 8, UINT8) : FLOAT;
      return [{ dtype, shape: qgemmGeometry(ctx).shape }];
    },
    cost(ctx) {
      const g = qgemmGeometry(ctx);
      const out = numel(g.shape);
      const bias = ctx.inputs[6] ? out : 0;
      const quantized = !!ctx.inputs[7];
      return {
        macs: g.macs,
        intOps: 2 * g.macs + bias + (quantized ? REQUANTIZE_INTOPS * out : 0),
        flops: quantized ? 0 : out,
      };
    },
  },

  'com.microsoft/MatMulIntegerToFloat': {
    infer: (ctx) => [
      { dtype: ctx.inputs[2]?.dtype ?? FLOAT, shape: matmulGeometry(ctx, 0, 1).shape },
    ],
    cost: (ctx) => toFloat(ctx, matmulGeometry(ctx, 0, 1), 6),
  },

  'com.microsoft/DynamicQuantizeMatMul': {
    infer: (ctx) => [{ dtype: ctx.input(0).dtype, shape: matmulGeometry(ctx, 0, 1).shape }],
    cost(ctx) {
      const c = toFloat(ctx, matmulGeometry(ctx, 0, 1), 4);
      const quantizeA = DYNAMIC_QUANTIZE_FLOPS * numel(ctx.input(0).shape);
      return { ...c, flops: (c.flops ?? 0) + quantizeA };
    },
  },

  'com.microsoft/MatMulNBits': {
    infer: (ctx) => [{ dtype: ctx.input(0).dtype, shape: matMulNBitsGeometry(ctx).shape }],
    cost(ctx) {
      const g = matMulNBitsGeometry(ctx);
      const bias = ctx.inputs[5] ? numel(g.shape) : 0;
      return { macs: g.macs, flops: 2 * g.macs + DEQUANTIZE_FLOPS * g.k * g.n + bias };
    },
    metaInputs: [4],
    // B packs K·N weights of `bits` bits into uint8 blobs, and uint8 zero points pack one value
    // per block (N·ceil(K / block_size)) the same way; they are params of the sub-byte type.
    // Zero points of A's float type are unpacked: counted as they are.
    packedWeights(ctx, input) {
      const zeroPoints = input === 3 && ctx.inputs[3]?.dtype === DataType.UINT8;
      if (input !== 1 && !zeroPoints) return undefined;
      const bits = ctx.attrs.int('bits', 4);
      const dtype = bits === 4 ? DataType.UINT4 : bits === 2 ? DataType.UINT2 : DataType.UINT8;
      const k = ctx.attrs.int('K');
      const n = ctx.attrs.int('N');
      const elements = input === 1 ? k * n : n * Math.ceil(k / ctx.attrs.int('block_size'));
      return { elements, dtype };
    },
  },
};
