/**
 * com.microsoft QLinear elementwise, concat and pooling ops.
 * All their arithmetic is integer (intOps), per output element:
 * - QLinearAdd, QLinearMul: 2·2 (dequantize A and B) + 1 (the op) + 3 (requantize) = 8.
 * - QLinearSigmoid: 2 (dequantize) + 2 (add, divide) + 3 (requantize) = 7, + 1 transcendental
 *   (exp). ORT runs it as a 256-entry lookup table; the count is of the definition.
 * - QLinearLeakyRelu: 2 + 1 + 3 = 6. QLinearConcat: 2 + 3 = 5 (an upper bound: ORT copies inputs
 *   whose scale and zero point already match the output's).
 * - QLinearAveragePool: prod(kernel) (the window sum and divide, as AveragePool) + 2 + 3.
 *   QLinearGlobalAveragePool: 1 per input element + (2 + 3) per output element.
 * GatherBlockQuantized (a Gather of rows of a block-quantized table, dequantized on the way out)
 * is float arithmetic: DEQUANTIZE_FLOPS = 2 flops (subtract the zero point, multiply by the
 * scale) per output element. Its table (with its scales and zero points) is a weight whose params
 * are the unpacked elements (uint8 data packs 8 / bits of them per byte); the indices are meta.
 * Bytes: the indices, the picked rows of the table, scales and zero points, and the output.
 */
import type { Dim } from '../onnx/model.ts';
import { DataType } from '../onnx/dtypes.ts';
import {
  DEQUANTIZE_FLOPS as DEQUANTIZE,
  REQUANTIZE_INTOPS as REQUANTIZE,
} from './quantized-util.ts';
import type { OpContext, OpRule, RuleTable, Value } from './types.ts';
import { axis, broadcast, fmtShape, isStatic, numel, product, tensorBytes } from './util.ts';
import { windowOutputShape } from './window.ts';

const SIGMOID_ARITHMETIC = 2;

function binary(): OpRule {
  return {
    infer(ctx) {
      const shape = broadcast(ctx, [ctx.input(0).shape, ctx.input(3).shape]);
      return [{ dtype: ctx.input(0).dtype, shape }];
    },
    cost: (_ctx, [y]) => ({ intOps: (2 * DEQUANTIZE + 1 + REQUANTIZE) * numel(y.shape) }),
  };
}

function unary(intOps: number, transcendentals = 0): OpRule {
  return {
    infer: (ctx) => [{ dtype: ctx.input(0).dtype, shape: ctx.input(0).shape.slice() }],
    cost(_ctx, [y]) {
      const n = numel(y.shape);
      return { intOps: intOps * n, transcendentals: transcendentals * n };
    },
  };
}

/** [N, C, spatial...] view of a possibly channels-last input, and back. */
const toChannelsFirst = (s: Dim[], last: boolean): Dim[] =>
  last ? [s[0], s[s.length - 1], ...s.slice(1, -1)] : s;
const fromChannelsFirst = (s: Dim[], last: boolean): Dim[] =>
  last ? [s[0], ...s.slice(2), s[1]] : s;

function poolShape(ctx: OpContext): { shape: Dim[]; kernel: number[] } {
  const x = ctx.input(0).shape;
  const last = !!ctx.attrs.int('channels_last', 0);
  const kernel = ctx.attrs.ints('kernel_shape');
  if (!isStatic(kernel)) ctx.fail('kernel_shape must be static');
  const nc = toChannelsFirst(x, last);
  const { spatial } = windowOutputShape(ctx, nc, kernel, {
    strides: ctx.attrs.ints('strides', []),
    pads: ctx.attrs.ints('pads', []),
    autoPad: ctx.attrs.string('auto_pad', 'NOTSET'),
    ceilMode: !!ctx.attrs.int('ceil_mode', 0),
  });
  return { shape: fromChannelsFirst([nc[0], nc[1], ...spatial], last), kernel };
}

/** Values per byte of GatherBlockQuantized's table: 8 / bits for uint8 data, else 1. */
function packing(ctx: OpContext): number {
  if (ctx.input(0).dtype !== DataType.UINT8) return 1;
  const bits = ctx.attrs.int('bits', 4);
  if (bits !== 2 && bits !== 4 && bits !== 8)
    ctx.fail(`GatherBlockQuantized: bits ${bits} is not 2, 4 or 8`);
  return 8 / bits;
}

function gatherBlockQuantized(ctx: OpContext): { out: Value; axis: number } {
  const data = ctx.input(0).shape;
  const idx = ctx.input(1).shape;
  const ax = axis(ctx, ctx.attrs.int('gather_axis', 0), data.length);
  const per = packing(ctx);
  const quantizeAxis = axis(ctx, ctx.attrs.int('quantize_axis', 1), data.length);
  if (per > 1 && quantizeAxis !== data.length - 1)
    ctx.fail(
      `GatherBlockQuantized: packed uint8 data ${fmtShape(data)} must quantize its last axis`,
    );
  const scales = ctx.input(2).shape;
  if (scales.length !== data.length)
    ctx.fail(
      `GatherBlockQuantized: scales ${fmtShape(scales)} and data ${fmtShape(data)} differ in rank`,
    );
  const shape = [...data.slice(0, ax), ...idx, ...data.slice(ax + 1)];
  const last = shape[shape.length - 1];
  if (per > 1)
    shape[shape.length - 1] = typeof last === 'number' ? last * per : ctx.symbol(`${last}*${per}`);
  return { out: { dtype: ctx.input(2).dtype, shape }, axis: ax };
}

export const rules: RuleTable = {
  'com.microsoft/GatherBlockQuantized': {
    infer: (ctx) => [gatherBlockQuantized(ctx).out],
    cost: (_ctx, [y]) => ({ flops: DEQUANTIZE * numel(y.shape) }),
    bytes(ctx, [y]) {
      // The picked share of the table's rows, with their scales and zero points.
      const { axis: ax } = gatherBlockQuantized(ctx);
      const rows = numel([ctx.input(0).shape[ax]]);
      const table = [0, 2, 3].reduce((s, i) => s + tensorBytes(ctx.inputs[i]), 0);
      const picked = (numel(ctx.input(1).shape) * table) / rows;
      return tensorBytes(ctx.inputs[1]) + picked + tensorBytes(y);
    },
    metaInputs: [1],
    // uint8 data packs 8 / bits values per byte, and its zero points one per block (per scale).
    packedWeights(ctx, input) {
      const per = packing(ctx);
      if (per === 1 || (input !== 0 && input !== 3)) return undefined;
      const dtype = per === 2 ? DataType.UINT4 : DataType.UINT2;
      const elements = input === 0 ? numel(ctx.input(0).shape) * per : numel(ctx.input(2).shape);
      return { elements, dtype };
    },
  },
  'com.microsoft/QLinearAdd': binary(),
  'com.microsoft/QLinearMul': binary(),
  'com.microsoft/QLinearSigmoid': unary(DEQUANTIZE + SIGMOID_ARITHMETIC + REQUANTIZE, 1),
  'com.microsoft/QLinearLeakyRelu': unary(DEQUANTIZE + 1 + REQUANTIZE),

  'com.microsoft/QLinearConcat': {
    infer(ctx) {
      const count = (ctx.inputs.length - 2) / 3;
      if (count < 1 || !Number.isInteger(count)) {
        ctx.fail(`expects Y_scale, Y_zero_point, then (X, scale, zero point) triples`);
      }
      const parts = Array.from({ length: count }, (_, j) => ctx.input(2 + 3 * j).shape);
      const rank = parts[0].length;
      const ax = axis(ctx, ctx.attrs.int('axis'), rank);
      const shape = parts[0].slice();
      for (const p of parts.slice(1)) {
        if (
          p.length !== rank ||
          p.some(
            (d, i) =>
              i !== ax && typeof d === 'number' && typeof shape[i] === 'number' && d !== shape[i],
          )
        ) {
          ctx.fail(`inputs ${parts.map(fmtShape).join(', ')} differ outside axis ${ax}`);
        }
        const a = shape[ax];
        const b = p[ax];
        shape[ax] =
          typeof a === 'number' && typeof b === 'number'
            ? a + b
            : ctx.symbol(`${ctx.node.name}:concat`);
      }
      return [{ dtype: ctx.inputs[1]?.dtype ?? ctx.input(2).dtype, shape }];
    },
    cost: (_ctx, [y]) => ({ intOps: (DEQUANTIZE + REQUANTIZE) * numel(y.shape) }),
  },

  'com.microsoft/QLinearAveragePool': {
    infer: (ctx) => [{ dtype: ctx.input(0).dtype, shape: poolShape(ctx).shape }],
    cost(ctx) {
      const { shape, kernel } = poolShape(ctx);
      return { intOps: (product(kernel) + DEQUANTIZE + REQUANTIZE) * numel(shape) };
    },
  },

  'com.microsoft/QLinearGlobalAveragePool': {
    infer(ctx) {
      const x = ctx.input(0).shape;
      if (x.length < 3) ctx.fail(`input ${fmtShape(x)} must be [N, C, spatial...]`);
      const last = !!ctx.attrs.int('channels_last', 0);
      const nc = toChannelsFirst(x, last);
      const shape = fromChannelsFirst([nc[0], nc[1], ...nc.slice(2).map(() => 1)], last);
      return [{ dtype: ctx.input(0).dtype, shape }];
    },
    cost: (ctx, [y]) => ({
      intOps: numel(ctx.input(0).shape) + (DEQUANTIZE + REQUANTIZE) * numel(y.shape),
    }),
  },
};
