/**
 * Shared geometry and constants of the quantized rules (quantized.ts, quantized-ms.ts): MatMul and
 * Conv shapes with their multiply-accumulates, and the per-element costs of (de)quantization. The
 * constants are documented in quantized.ts.
 */
import type { Dim } from '../onnx/model.ts';
import type { OpContext } from './types.ts';
import { broadcast, fmtShape, isStatic, numel, product } from './util.ts';
import { windowOutputShape } from './window.ts';

/** Per element: divide by the scale, round, add the zero point. */
export const QUANTIZE_FLOPS = 3;
/** Per element: subtract the zero point, multiply by the scale. */
export const DEQUANTIZE_FLOPS = 2;
/** Per output element of an integer kernel: rescale, round, add the output zero point. */
export const REQUANTIZE_INTOPS = 3;
/** Per element: min and max (2 compares), then QUANTIZE_FLOPS. */
export const DYNAMIC_QUANTIZE_FLOPS = 2 + QUANTIZE_FLOPS;

export const UINT8 = 2;
export const INT32 = 6;
export const FLOAT = 1;

export interface Dense {
  shape: Dim[];
  macs: number;
}

/** ONNX MatMul semantics (numpy): 1-D operands promoted, batch dims broadcast. */
export function matmulGeometry(ctx: OpContext, ai: number, bi: number): Dense {
  const a = ctx.input(ai).shape;
  const b = ctx.input(bi).shape;
  if (a.length === 0 || b.length === 0) {
    ctx.fail(`MatMul operands ${fmtShape(a)} and ${fmtShape(b)} must not be scalars`);
  }
  const a2 = a.length === 1 ? [1, a[0]] : a;
  const b2 = b.length === 1 ? [b[0], 1] : b;
  const [m, k] = a2.slice(-2);
  const [kb, n] = b2.slice(-2);
  if (typeof k === 'number' && typeof kb === 'number' && k !== kb) {
    ctx.fail(`inner dims of ${fmtShape(a)} and ${fmtShape(b)} differ (${k} vs ${kb})`);
  }
  const batch = broadcast(ctx, [a2.slice(0, -2), b2.slice(0, -2)]);
  const shape = [...batch, ...(a.length === 1 ? [] : [m]), ...(b.length === 1 ? [] : [n])];
  return { shape, macs: numel([...batch, m, k, n]) };
}

/** Conv geometry (weights [Cout, Cin/group, k...]) shared with the float Conv by window.ts. */
export function convGeometry(ctx: OpContext, xi: number, wi: number): Dense {
  const x = ctx.input(xi).shape;
  const w = ctx.input(wi).shape;
  if (x.length < 3 || w.length !== x.length) {
    ctx.fail(`input ${fmtShape(x)} and weights ${fmtShape(w)} must both be [N, C, spatial...]`);
  }
  const group = ctx.attrs.int('group', 1);
  const kernel = ctx.attrs.ints('kernel_shape', []).length
    ? ctx.attrs.ints('kernel_shape')
    : w.slice(2);
  if (!isStatic(kernel)) ctx.fail(`weights ${fmtShape(w)} need a static kernel size`);
  const cin = w[1];
  if (typeof x[1] === 'number' && typeof cin === 'number' && x[1] !== cin * group) {
    ctx.fail(
      `input ${fmtShape(x)} has ${x[1]} channels; weights ${fmtShape(w)} with group ${group} ` +
        `expect ${cin * group}`,
    );
  }
  if (typeof w[0] === 'number' && w[0] % group !== 0) {
    ctx.fail(`weights ${fmtShape(w)}: ${w[0]} output channels are not divisible by group ${group}`);
  }
  const { spatial } = windowOutputShape(ctx, x, kernel, {
    strides: ctx.attrs.ints('strides', []),
    dilations: ctx.attrs.ints('dilations', []),
    pads: ctx.attrs.ints('pads', []),
    autoPad: ctx.attrs.string('auto_pad', 'NOTSET'),
  });
  const shape = [x[0], w[0], ...spatial];
  return { shape, macs: numel(shape) * numel([cin]) * product(kernel) };
}

/** The dtype of a quantized output: its zero point's, else `fallback`. */
export const zeroPointType = (ctx: OpContext, zp: number, fallback: number): number =>
  ctx.inputs[zp]?.dtype ?? fallback;
