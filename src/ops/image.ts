/**
 * Image and detection ops: Resize, Upsample, GridSample, RoiAlign, NonMaxSuppression,
 * AffineGrid, CenterCropPad, Col2Im.
 *
 * Counting conventions (per output element; intOps instead of flops for integer data):
 * - interpolation (Resize, Upsample, GridSample): nearest 0; linear 2 per interpolated axis;
 *   cubic 4 per interpolated axis. An axis is interpolated when its output size differs from its
 *   input size (Resize, Upsample) or is a sampled spatial axis (GridSample: all of them). For the
 *   usual 2-D case this gives linear 4 and cubic 8. roi, antialias,
 *   cubic_coeff_a and exclude_outside do not change the count (antialias widens the filter when
 *   downscaling: not modelled, a note says so);
 * - RoiAlign: s x s bilinear samples per output element (s = sampling_ratio), each 4 flops (the
 *   2-D linear constant) + 1 accumulate: 5·s² flops. sampling_ratio 0 samples ceil(roi / output)
 *   points, which depends on the boxes: the cost is then unknown (the node is unresolved);
 * - NonMaxSuppression: a worst-case bound, documented as such: per batch and class, each of the
 *   min(max_output_boxes_per_class, S) selected boxes is compared with all S boxes, 13 flops per
 *   IoU test (intersection 9, union 2, divide 1, threshold compare 1). Its output count is a
 *   fresh symbol (data-dependent);
 * - AffineGrid: 2r flops per output coordinate (r multiply-adds of theta with [x, y, (z,) 1]);
 * - Col2Im: 1 add per input element (overlapping blocks accumulate);
 * - CenterCropPad: a copy, no arithmetic.
 * Output sizes from scales are floor(dim · scale) computed in float32 (as ONNX Runtime).
 * Bytes: every input read plus every output written (the default).
 */
import type { Dim } from '../onnx/model.ts';
import { isFloat } from '../onnx/dtypes.ts';
import { constantOf, freshDim, INT64, normAxes } from './shape-util.ts';
import type { Cost, OpContext, RuleTable, Value } from './types.ts';
import { fmtShape, numel } from './util.ts';

/** flops (or intOps) of one interpolated output element per interpolated axis. */
function perAxis(mode: string): number {
  if (mode.includes('cubic')) return 4;
  if (mode.includes('linear')) return 2;
  if (mode === 'nearest') return 0;
  return NaN;
}

const arithmetic = (dtype: number, n: number): Cost =>
  isFloat(dtype) ? { flops: n } : { intOps: n };

function interpolationCost(
  dtype: number,
  mode: string,
  axes: number,
  out: Dim[] | undefined,
): Cost {
  const per = perAxis(mode) * axes;
  if (per === 0) return {};
  return arithmetic(dtype, per * numel(out));
}

/** Axes whose size changes (a symbolic dim counts as changed unless it is the same symbol). */
const changedAxes = (a: Dim[], b: Dim[] | undefined): number =>
  b ? a.filter((d, i) => d !== b[i]).length : a.length;

/**
 * floor(dim · scale) computed in float32 as ONNX Runtime does (10 · 1.8f is exactly 18 there), or
 * a symbol when the dim is unknown and the scale is not 1.
 */
const scaled = (ctx: OpContext, d: Dim, s: number): Dim =>
  typeof d === 'number'
    ? Math.floor(Math.fround(d * Math.fround(s)))
    : s === 1
      ? d
      : freshDim(ctx, 'resize');

/** Scales must be positive and sizes non-negative (ONNX Runtime rejects the others). */
function checkPositive(ctx: OpContext, v: number[], what: 'scales' | 'sizes'): void {
  const bad = what === 'scales' ? v.some((s) => !(s > 0)) : v.some((s) => s < 0);
  if (bad) {
    const need = what === 'scales' ? 'greater than 0' : 'non-negative';
    ctx.fail(`${ctx.node.opType}: ${what} [${v.join(', ')}] must all be ${need}`);
  }
}

function resizeShape(ctx: OpContext, x: Value & { shape: Dim[] }): Dim[] {
  const rank = x.shape.length;
  const axes =
    ctx.opset >= 18 && ctx.attrs.has('axes')
      ? normAxes(ctx, ctx.attrs.ints('axes'), rank)
      : Array.from({ length: rank }, (_, i) => i);
  const slot = (i: number) => (ctx.inputs[i] ? ctx.constant(i) : null);
  const scales = ctx.opset >= 11 ? slot(2) : slot(1);
  const sizes = ctx.opset >= 11 ? slot(3) : null;
  const shape = x.shape.slice();
  const check = (v: number[], what: string) => {
    if (v.length !== axes.length)
      ctx.fail(`Resize: ${v.length} ${what} for ${axes.length} axes of ${fmtShape(x.shape)}`);
  };
  if (sizes && sizes.length > 0) {
    check(sizes, 'sizes');
    checkPositive(ctx, sizes, 'sizes');
    const policy =
      ctx.opset >= 18 ? ctx.attrs.string('keep_aspect_ratio_policy', 'stretch') : 'stretch';
    if (policy === 'stretch') axes.forEach((a, i) => (shape[a] = sizes[i]));
    else {
      const ratios = axes.map((a, i) => sizes[i] / (x.shape[a] as number));
      if (axes.some((a) => typeof x.shape[a] !== 'number'))
        return axes.reduce((s, a) => ((s[a] = freshDim(ctx, 'resize')), s), shape);
      const s = policy === 'not_larger' ? Math.min(...ratios) : Math.max(...ratios);
      axes.forEach((a) => (shape[a] = Math.floor((x.shape[a] as number) * s + 0.5)));
    }
  } else if (scales && scales.length > 0) {
    check(scales, 'scales');
    checkPositive(ctx, scales, 'scales');
    axes.forEach((a, i) => (shape[a] = scaled(ctx, x.shape[a], scales[i])));
  } else if (scales === undefined || sizes === undefined) {
    axes.forEach((a) => (shape[a] = freshDim(ctx, 'resize')));
  } else ctx.fail('Resize needs scales or sizes');
  return shape;
}

function upsampleShape(ctx: OpContext, x: Value & { shape: Dim[] }): Dim[] {
  const scales = ctx.opset >= 9 ? ctx.constant(1) : ctx.attrs.floats('scales');
  if (!scales) return x.shape.map(() => freshDim(ctx, 'upsample'));
  if (scales.length !== x.shape.length)
    ctx.fail(`Upsample: ${scales.length} scales for ${fmtShape(x.shape)}`);
  checkPositive(ctx, scales, 'scales');
  return x.shape.map((d, i) => scaled(ctx, d, scales[i]));
}

/** Resize and Upsample share their cost: interpolation over the axes that change size. */
function resizeCost(ctx: OpContext, outputs: Value[]): Cost {
  const x = ctx.input(0);
  const mode = ctx.attrs.string('mode', 'nearest');
  if (ctx.attrs.int('antialias', 0) === 1)
    ctx.note(`${ctx.node.opType}: antialias is not modelled (counted as plain ${mode})`);
  return interpolationCost(x.dtype, mode, changedAxes(x.shape, outputs[0].shape), outputs[0].shape);
}

function gridSample(ctx: OpContext): Value {
  const x = ctx.input(0);
  const grid = ctx.input(1);
  const r = grid.shape.length - 2;
  const coords = grid.shape[grid.shape.length - 1];
  if (x.shape.length !== r + 2 || (typeof coords === 'number' && coords !== r))
    ctx.fail(`GridSample: grid ${fmtShape(grid.shape)} does not fit input ${fmtShape(x.shape)}`);
  return { dtype: x.dtype, shape: [x.shape[0], x.shape[1], ...grid.shape.slice(1, -1)] };
}

function roiAlign(ctx: OpContext): Value {
  const x = ctx.input(0);
  const rois = ctx.input(1);
  if (x.shape.length !== 4) ctx.fail(`RoiAlign needs [N, C, H, W], got ${fmtShape(x.shape)}`);
  const oh = ctx.attrs.int('output_height', 1);
  const ow = ctx.attrs.int('output_width', 1);
  return { dtype: x.dtype, shape: [rois.shape[0], x.shape[1], oh, ow] };
}

function nmsCost(ctx: OpContext): Cost {
  const boxes = ctx.input(0).shape;
  const scores = ctx.input(1).shape;
  const s = boxes[1];
  const max = ctx.inputs[2] ? constantOf(ctx, 2)?.[0] : 0;
  const selected = typeof s === 'number' && max !== undefined ? Math.min(max, s) : s;
  return { flops: 13 * numel([scores[0], scores[1], selected, s]) };
}

function affineGrid(ctx: OpContext): Value {
  const theta = ctx.input(0);
  const size = ctx.constant(1);
  const n = ctx.input(1).shape[0];
  if (!size && (n === 4 || n === 5)) {
    const spatial = Array.from({ length: n - 2 }, () => freshDim(ctx, 'grid'));
    return { dtype: theta.dtype, shape: [theta.shape[0], ...spatial, spatial.length] };
  }
  if (!size) {
    if (typeof n === 'string') return { dtype: theta.dtype };
    return ctx.fail(`AffineGrid: size has ${n} values; it must be [N, C, H, W] or [N, C, D, H, W]`);
  }
  const spatial: Dim[] = size.slice(2);
  if (spatial.length !== 2 && spatial.length !== 3)
    ctx.fail(`AffineGrid: size must be [N, C, H, W] or [N, C, D, H, W]`);
  if (size.some((d) => d < 0)) ctx.fail(`AffineGrid: negative size [${size.join(', ')}]`);
  return { dtype: theta.dtype, shape: [theta.shape[0], ...spatial, spatial.length] };
}

function centerCropPad(ctx: OpContext): Value {
  const x = ctx.input(0);
  const target = ctx.constant(1);
  const axes = ctx.attrs.has('axes')
    ? normAxes(ctx, ctx.attrs.ints('axes'), x.shape.length)
    : x.shape.map((_, i) => i);
  const shape = x.shape.slice();
  if (target && target.length !== axes.length)
    ctx.fail(`CenterCropPad: ${target.length} sizes for ${axes.length} axes`);
  if (target?.some((d) => d < 0))
    ctx.fail(`CenterCropPad: target shape [${target.join(', ')}] has a negative size`);
  axes.forEach((a, i) => (shape[a] = target ? target[i] : freshDim(ctx, 'crop')));
  return { dtype: x.dtype, shape };
}

function col2Im(ctx: OpContext): Value {
  const x = ctx.input(0);
  const image = ctx.constant(1);
  const block = ctx.constant(2);
  if (!image || !block) return { dtype: x.dtype };
  const cols = block.reduce((a, b) => a * b, 1);
  const c = x.shape[1];
  if (typeof c === 'number' && c % cols !== 0)
    ctx.fail(`Col2Im: ${c} columns of ${fmtShape(x.shape)} do not divide by the block ${cols}`);
  const channels = typeof c === 'number' ? c / cols : freshDim(ctx, 'channels');
  return { dtype: x.dtype, shape: [x.shape[0], channels, ...image] };
}

export const rules: RuleTable = {
  Resize: {
    infer(ctx) {
      const x = ctx.input(0);
      return [{ dtype: x.dtype, shape: resizeShape(ctx, x) }];
    },
    cost: resizeCost,
    metaInputs: [1, 2, 3],
  },

  Upsample: {
    infer(ctx) {
      const x = ctx.input(0);
      return [{ dtype: x.dtype, shape: upsampleShape(ctx, x) }];
    },
    cost: resizeCost,
    metaInputs: [1],
  },

  GridSample: {
    infer: (ctx) => [gridSample(ctx)],
    cost(ctx, outputs) {
      const mode = ctx.attrs.string('mode', ctx.opset >= 20 ? 'linear' : 'bilinear');
      return interpolationCost(
        ctx.input(0).dtype,
        mode,
        ctx.input(0).shape.length - 2,
        outputs[0].shape,
      );
    },
  },

  RoiAlign: {
    infer: (ctx) => [roiAlign(ctx)],
    cost(ctx, outputs) {
      const s = ctx.attrs.int('sampling_ratio', 0);
      if (s <= 0)
        ctx.fail('RoiAlign: sampling_ratio 0 samples a number of points that depends on the boxes');
      return arithmetic(ctx.input(0).dtype, 5 * s * s * numel(outputs[0].shape));
    },
    metaInputs: [2],
  },

  NonMaxSuppression: {
    infer(ctx) {
      const max = ctx.inputs[2] ? constantOf(ctx, 2)?.[0] : 0;
      const n: Dim = max === 0 ? 0 : freshDim(ctx, 'boxes');
      return [{ dtype: INT64, shape: [n, 3] }];
    },
    cost: nmsCost,
    metaInputs: [2, 3, 4],
  },

  AffineGrid: {
    infer: (ctx) => [affineGrid(ctx)],
    cost(ctx, outputs) {
      const r = outputs[0].shape?.at(-1);
      return arithmetic(ctx.input(0).dtype, 2 * Number(r) * numel(outputs[0].shape));
    },
    metaInputs: [1],
  },

  CenterCropPad: { infer: (ctx) => [centerCropPad(ctx)], metaInputs: [1] },

  Col2Im: {
    infer: (ctx) => [col2Im(ctx)],
    cost: (ctx) => arithmetic(ctx.input(0).dtype, numel(ctx.input(0).shape)),
    metaInputs: [1, 2],
  },
};
