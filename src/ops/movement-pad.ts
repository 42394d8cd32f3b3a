/**
 * Pad: pads as an attribute before opset 11, as an input from
 * 11, axes from 18; modes constant, reflect, edge and wrap (19). Negative pads crop.
 *
 * Counting conventions: no arithmetic (the fill is a copy); bytes are the default (inputs read
 * plus output written). Small constant inputs fold.
 */
import type { Dim } from '../onnx/model.ts';
import {
  constantOf,
  foldDeferred,
  freshDim,
  intsArg,
  mapIndices,
  normAxes,
  strides,
} from './shape-util.ts';
import type { OpContext, RuleTable, Value } from './types.ts';
import { fmtShape, isStatic } from './util.ts';

/** Output dims of Pad: begin + dim + end per axis (pads may be negative: cropping). */
function padArgs(ctx: OpContext, rank: number) {
  const pads =
    intsArg(ctx, 1, 'pads', 11) ?? (ctx.opset >= 11 ? undefined : ctx.attrs.ints('pads'));
  const axesIn = ctx.opset >= 18 && ctx.inputs[3] ? ctx.constant(3) : null;
  if (!pads || axesIn === undefined) return undefined;
  const axes = axesIn ? normAxes(ctx, axesIn, rank) : Array.from({ length: rank }, (_, i) => i);
  if (pads.length !== 2 * axes.length)
    ctx.fail(`Pad: ${pads.length} pads for ${axes.length} axes (need 2 per axis)`);
  const begin = new Array<number>(rank).fill(0);
  const end = new Array<number>(rank).fill(0);
  axes.forEach((a, k) => {
    begin[a] = pads[k];
    end[a] = pads[k + axes.length];
  });
  return { begin, end };
}

/** Where output index i of a padded axis reads from (undefined: the constant fill). */
function padSource(mode: string, i: number, dim: number): number | undefined {
  if (i >= 0 && i < dim) return i;
  if (mode === 'edge') return i < 0 ? 0 : dim - 1;
  if (mode === 'wrap') return ((i % dim) + dim) % dim;
  if (mode === 'reflect') {
    const period = 2 * (dim - 1);
    const r = period === 0 ? 0 : ((i % period) + period) % period;
    return r < dim ? r : period - r;
  }
  return undefined;
}

function padOutput(ctx: OpContext, x: Value & { shape: Dim[] }): Value {
  const args = padArgs(ctx, x.shape.length);
  if (!args) return { dtype: x.dtype, shape: x.shape.map(() => freshDim(ctx, 'pad')) };
  const { begin, end } = args;
  const shape = x.shape.map((d, i) =>
    typeof d === 'number'
      ? d + begin[i] + end[i]
      : begin[i] + end[i] === 0
        ? d
        : freshDim(ctx, 'pad'),
  );
  if (shape.some((d) => typeof d === 'number' && d < 0))
    ctx.fail(`Pad: pads crop ${fmtShape(x.shape)} below zero`);
  const mode = ctx.attrs.string('mode', 'constant');
  const fill =
    ctx.opset >= 11 ? (ctx.inputs[2] ? constantOf(ctx, 2)?.[0] : 0) : ctx.attrs.float('value', 0);
  return foldDeferred(x.dtype, shape, (out) => {
    const src = constantOf(ctx, 0);
    if (!src || !isStatic(x.shape) || fill === undefined) return undefined;
    const dims = x.shape;
    const st = strides(dims);
    return mapIndices(
      out,
      src,
      (idx) => {
        let off = 0;
        for (let d = 0; d < idx.length; d++) {
          const s = padSource(mode, idx[d] - begin[d], dims[d]);
          if (s === undefined) return undefined;
          off += s * st[d];
        }
        return off;
      },
      fill,
    );
  });
}

export const rules: RuleTable = {
  Pad: {
    infer: (ctx) => [padOutput(ctx, ctx.input(0))],
    metaInputs: [1, 2, 3],
  },
};
