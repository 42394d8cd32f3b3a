/**
 * Helpers shared by shape.ts, movement.ts, movement-index.ts and image.ts: constant folding of
 * data-movement ops (index mapping over small constants), optional int arguments that moved from
 * attributes to inputs, symbolic dims, and ONNX's Cast semantics.
 */
import type { Dim } from '../onnx/model.ts';
import { DataType, isFloat } from '../onnx/dtypes.ts';
import { roundToDtype } from './float-util.ts';
import type { OpContext, Value } from './types.ts';
import { axis, folded, isStatic, MAX_FOLD_ELEMENTS, product, strides } from './util.ts';

export const INT64 = DataType.INT64;

/** Ends past this are "to the end" (PyTorch writes INT64_MAX, some exporters INT32_MAX). */
export const HUGE_INDEX = 2 ** 31 - 1;

/**
 * The tensor, carrying its contents when it is small and `compute` can produce them. `compute`
 * runs now: it may fail (an index out of range) and the failure is this node's.
 */
export function fold(
  dtype: number,
  shape: Dim[] | undefined,
  compute: (shape: number[]) => number[] | undefined,
): Value {
  if (isStatic(shape) && product(shape) <= MAX_FOLD_ELEMENTS) {
    const value = compute(shape);
    if (value && value.length === product(shape)) return { dtype, shape, value };
  }
  return { dtype, shape };
}

/**
 * Like fold, for a `compute` that only reads constants and cannot fail: a large result is
 * computed only when a rule reads it (`folded` in util.ts says why).
 */
export function foldDeferred(
  dtype: number,
  shape: Dim[] | undefined,
  compute: (shape: number[]) => number[] | undefined,
): Value {
  if (!isStatic(shape) || product(shape) > MAX_FOLD_ELEMENTS) return { dtype, shape };
  const n = product(shape);
  return {
    dtype,
    shape,
    ...folded(n, () => {
      const value = compute(shape);
      return value && value.length === n ? value : undefined;
    }),
  };
}

/** The contents of input i when it is a constant whose length matches its static shape. */
export function constantOf(ctx: OpContext, i: number): number[] | undefined {
  const v = ctx.inputs[i];
  if (!v || !isStatic(v.shape)) return undefined;
  const values = ctx.constant(i);
  return values && values.length === product(v.shape) ? values : undefined;
}

/**
 * An int list that is an attribute before opset `since` and an input (slot `input`) from it on:
 * null when absent, undefined when given but not a known constant.
 */
export function intsArg(
  ctx: OpContext,
  input: number,
  attr: string,
  since: number,
): number[] | null | undefined {
  if (ctx.opset >= since) return ctx.inputs[input] ? ctx.constant(input) : null;
  return ctx.attrs.has(attr) ? ctx.attrs.ints(attr) : null;
}

/** No real model has a tensor of a higher rank (ONNX Runtime kernels stop far below). */
const MAX_RANK = 64;

/**
 * The rank that a shape tensor of unknown contents describes: its declared length when that is a
 * plausible rank, otherwise undefined (the output rank is then unknown). A declared length is
 * not trusted to size an allocation: a model may claim a shape tensor of a million elements.
 */
export function rankOfShapeTensor(v: Value | undefined): number | undefined {
  const n = v?.shape?.length === 1 ? v.shape[0] : undefined;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_RANK ? n : undefined;
}

/** A fresh symbol for a dim that depends on data this node cannot see. */
export const freshDim = (ctx: OpContext, what = 'dim'): string =>
  ctx.symbol(`${ctx.node.name || ctx.node.opType}:${what}`);

/** The product of dims: a number, the single symbol of a group of 1s, or a fresh symbol. */
export function dimProduct(ctx: OpContext, dims: readonly Dim[]): Dim {
  let n = 1;
  const symbols = dims.filter((d): d is string => typeof d === 'string');
  for (const d of dims) if (typeof d === 'number') n *= d;
  if (symbols.length === 0 || n === 0) return n;
  return symbols.length === 1 && n === 1 ? symbols[0] : freshDim(ctx);
}

/** Normalized, duplicate-free axes (negative counted from the end of `rank`). */
export function normAxes(ctx: OpContext, axes: readonly number[], rank: number): number[] {
  const out = axes.map((a) => axis(ctx, a, rank));
  if (new Set(out).size !== out.length) ctx.fail(`axes [${axes.join(', ')}] repeat an axis`);
  return out;
}

/** Calls f with every multi-index of `shape`, in row-major order. */
export function forEachIndex(shape: readonly number[], f: (idx: number[], flat: number) => void) {
  const total = product(shape);
  const idx = new Array<number>(shape.length).fill(0);
  for (let flat = 0; flat < total; flat++) {
    f(idx, flat);
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
}

/** Folds an op whose every output element copies one input element (or a fill value). */
export function mapIndices(
  outShape: readonly number[],
  src: readonly number[],
  at: (idx: number[]) => number | undefined,
  fill = 0,
): number[] | undefined {
  const out = new Array<number>(product(outShape));
  let ok = true;
  forEachIndex(outShape, (idx, flat) => {
    const i = at(idx);
    if (i === undefined) out[flat] = fill;
    else if (i < 0 || i >= src.length) ok = false;
    else out[flat] = src[i];
  });
  return ok ? out : undefined;
}

/**
 * Folds an op whose output element at index `idx` copies `src[base + Σ idx[d] · steps[d]]`
 * (Slice, Expand, Transpose, Split): the source offset moves along as the output index counts up
 * in row-major order, so no index array is built per element as mapIndices' callers do. Those
 * allocations made the Slice and Expand folds of the Swin-T export's masks a tenth of its
 * analysis. Undefined when an offset falls outside `src`, as mapIndices.
 */
export function mapAffine(
  outShape: readonly number[],
  src: readonly number[],
  base: number,
  steps: readonly number[],
): number[] | undefined {
  const total = product(outShape);
  const rank = outShape.length;
  const out = new Array<number>(total);
  const idx = new Array<number>(rank).fill(0);
  let at = base;
  for (let flat = 0; flat < total; flat++) {
    if (at < 0 || at >= src.length) return undefined;
    out[flat] = src[at];
    for (let d = rank - 1; d >= 0; d--) {
      if (++idx[d] < outShape[d]) {
        at += steps[d];
        break;
      }
      idx[d] = 0;
      at -= steps[d] * (outShape[d] - 1);
    }
  }
  return out;
}

/** Flat offset of a multi-index. */
export const offsetOf = (idx: readonly number[], st: readonly number[]): number =>
  idx.reduce((acc, x, d) => acc + x * st[d], 0);

export { strides };

/**
 * A value converted as ONNX Cast does: truncation to integers (with wrap-around), 0/1 bools,
 * rounding to float32, float16 and bfloat16 (overflowing to ±Infinity). The float8 types are
 * not rounded.
 */
export function castValue(x: number, to: number): number {
  if (to === DataType.BOOL) return x !== 0 ? 1 : 0;
  if (isFloat(to)) return roundToDtype(x, to);
  if (!Number.isFinite(x)) return 0;
  const t = Math.trunc(x);
  const bits = WRAP_BITS[to];
  if (bits === undefined) return t;
  const m = 2 ** bits;
  const u = ((t % m) + m) % m;
  return SIGNED.has(to) && u >= m / 2 ? u - m : u;
}

const WRAP_BITS: Record<number, number> = {
  [DataType.INT8]: 8,
  [DataType.UINT8]: 8,
  [DataType.INT16]: 16,
  [DataType.UINT16]: 16,
  [DataType.INT32]: 32,
  [DataType.UINT32]: 32,
};
const SIGNED = new Set<number>([DataType.INT8, DataType.INT16, DataType.INT32]);

/** ONNX Slice bounds for one axis of a numeric dim: the first index and the element count. */
export function sliceBounds(
  dim: number,
  start: number,
  end: number,
  step: number,
): { first: number; count: number } {
  let s = start < 0 ? start + dim : start;
  let e = end < 0 ? end + dim : end;
  if (step > 0) {
    s = clamp(s, 0, dim);
    e = clamp(e, 0, dim);
  } else {
    s = clamp(s, 0, dim - 1);
    e = clamp(e, -1, dim - 1);
  }
  return { first: s, count: Math.max(0, Math.ceil((e - s) / step)) };
}

export const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
