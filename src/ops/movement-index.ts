/**
 * Index-driven data movement: Gather, GatherElements,
 * GatherND, Scatter, ScatterElements, ScatterND, OneHot, NonZero, Compress, Unique.
 *
 * Counting conventions:
 * - no arithmetic, except the scatter reductions (reduction add/mul/max/min): 1 flop per update
 *   element (intOps for integer data);
 * - Gather, GatherElements and GatherND read only the rows they pick, not the whole table (an
 *   embedding lookup does not stream the embedding matrix): bytes = indices + 2 x output;
 * - the other ops read every input and write every output (the default);
 * - NonZero, Compress and Unique have data-dependent output sizes: a fresh symbol, unless their
 *   inputs are known constants, in which case they fold.
 */
import type { Dim } from '../onnx/model.ts';
import { isFloat } from '../onnx/dtypes.ts';
import {
  constantOf,
  fold,
  forEachIndex,
  freshDim,
  INT64,
  mapIndices,
  offsetOf,
  strides,
} from './shape-util.ts';
import type { Cost, OpContext, OpRule, RuleTable, Value } from './types.ts';
import { axis, fmtShape, isStatic, numel, tensorBytes } from './util.ts';

/** An index that may count from the end, checked against its dim. */
function wrapIndex(ctx: OpContext, i: number, dim: number): number {
  const r = i < 0 ? i + dim : i;
  if (r < 0 || r >= dim)
    ctx.fail(`${ctx.node.opType}: index ${i} is out of range for a dim of ${dim}`);
  return r;
}

const gatherBytes = (ctx: OpContext, outputs: Value[]) =>
  tensorBytes(ctx.inputs[1]) + 2 * tensorBytes(outputs[0]);

function gatherOutput(ctx: OpContext): Value {
  const data = ctx.input(0);
  const idx = ctx.input(1);
  const ax = axis(ctx, ctx.attrs.int('axis', 0), data.shape.length);
  const shape = [...data.shape.slice(0, ax), ...idx.shape, ...data.shape.slice(ax + 1)];
  const ind = constantOf(ctx, 1);
  const dim = data.shape[ax];
  // Known indices are checked even when the data is not: a bad index is an export bug.
  if (ind && typeof dim === 'number') ind.forEach((i) => wrapIndex(ctx, i, dim));
  return fold(data.dtype, shape, (out) => {
    const src = constantOf(ctx, 0);
    if (!src || !ind || !isStatic(data.shape)) return undefined;
    const dims = data.shape;
    const st = strides(dims);
    const q = idx.shape.length;
    const ist = strides(idx.shape as number[]);
    return mapIndices(out, src, (o) => {
      const k = ind[offsetOf(o.slice(ax, ax + q), ist)];
      const at = [...o.slice(0, ax), wrapIndex(ctx, k, dims[ax]), ...o.slice(ax + q)];
      return offsetOf(at, st);
    });
  });
}

function gatherElementsOutput(ctx: OpContext): Value {
  const data = ctx.input(0);
  const idx = ctx.input(1);
  if (idx.shape.length !== data.shape.length)
    ctx.fail(
      `GatherElements: indices ${fmtShape(idx.shape)} and data ${fmtShape(data.shape)} differ in rank`,
    );
  const ax = axis(ctx, ctx.attrs.int('axis', 0), data.shape.length);
  return fold(data.dtype, idx.shape, (out) => {
    const src = constantOf(ctx, 0);
    const ind = constantOf(ctx, 1);
    if (!src || !ind || !isStatic(data.shape)) return undefined;
    const st = strides(data.shape);
    const dim = data.shape[ax];
    return mapIndices(out, src, (o) => {
      const at = o.slice();
      at[ax] = wrapIndex(ctx, ind[offsetOf(o, strides(out))], dim);
      return offsetOf(at, st);
    });
  });
}

function gatherNDOutput(ctx: OpContext): Value {
  const data = ctx.input(0);
  const idx = ctx.input(1);
  const b = ctx.opset >= 12 ? ctx.attrs.int('batch_dims', 0) : 0;
  const k = idx.shape[idx.shape.length - 1];
  if (typeof k !== 'number') return { dtype: data.dtype };
  if (b + k > data.shape.length)
    ctx.fail(
      `GatherND: index tuples of ${k} with batch_dims ${b} exceed data ${fmtShape(data.shape)}`,
    );
  const shape = [...idx.shape.slice(0, -1), ...data.shape.slice(b + k)];
  return fold(data.dtype, shape, (out) => {
    const src = constantOf(ctx, 0);
    const ind = constantOf(ctx, 1);
    if (!src || !ind || !isStatic(data.shape) || !isStatic(idx.shape)) return undefined;
    const dims = data.shape;
    const st = strides(dims);
    const ist = strides(idx.shape);
    const q = idx.shape.length - 1;
    return mapIndices(out, src, (o) => {
      const base = offsetOf(o.slice(0, q), ist.slice(0, q));
      const tuple = ind.slice(base, base + k).map((v, j) => wrapIndex(ctx, v, dims[b + j]));
      return offsetOf([...o.slice(0, b), ...tuple, ...o.slice(q)], st);
    });
  });
}

/** Scatter* reductions do one op per update element; plain assignment does none. */
function scatterCost(ctx: OpContext): Cost {
  const reduction = ctx.opset >= 16 ? ctx.attrs.string('reduction', 'none') : 'none';
  if (reduction === 'none') return {};
  const n = numel(ctx.input(2).shape);
  return isFloat(ctx.input(0).dtype) ? { flops: n } : { intOps: n };
}

/** Scatter / ScatterElements with reduction none, folded. */
function scatterElementsOutput(ctx: OpContext): Value {
  const data = ctx.input(0);
  const ax = axis(ctx, ctx.attrs.int('axis', 0), data.shape.length);
  const reduction = ctx.opset >= 16 ? ctx.attrs.string('reduction', 'none') : 'none';
  return fold(data.dtype, data.shape, (shape) => {
    const [src, ind, upd] = [0, 1, 2].map((i) => constantOf(ctx, i));
    const idxShape = ctx.input(1).shape;
    if (!src || !ind || !upd || reduction !== 'none' || !isStatic(idxShape)) return undefined;
    const out = src.slice();
    const st = strides(shape);
    forEachIndex(idxShape, (i, flat) => {
      const at = i.slice();
      at[ax] = wrapIndex(ctx, ind[flat], shape[ax]);
      out[offsetOf(at, st)] = upd[flat];
    });
    return out;
  });
}

function scatterNDOutput(ctx: OpContext): Value {
  const data = ctx.input(0);
  const reduction = ctx.opset >= 16 ? ctx.attrs.string('reduction', 'none') : 'none';
  return fold(data.dtype, data.shape, (shape) => {
    const [src, ind, upd] = [0, 1, 2].map((i) => constantOf(ctx, i));
    const idxShape = ctx.input(1).shape;
    if (!src || !ind || !upd || reduction !== 'none' || !isStatic(idxShape)) return undefined;
    const k = idxShape[idxShape.length - 1];
    const slice = numel(shape.slice(k));
    const st = strides(shape);
    const out = src.slice();
    for (let t = 0; t * k < ind.length; t++) {
      // The offset of index tuple t, summed in place: two arrays per tuple made the ScatterND
      // folds of Swin-T's window masks (thousands of tuples each) a tenth of its inference.
      let base = 0;
      for (let j = 0; j < k; j++) base += wrapIndex(ctx, ind[t * k + j], shape[j]) * st[j];
      for (let e = 0; e < slice; e++) out[base + e] = upd[t * slice + e];
    }
    return out;
  });
}

function oneHotOutput(ctx: OpContext): Value {
  const idx = ctx.input(0);
  const dtype = ctx.input(2).dtype;
  const depthValue = constantOf(ctx, 1)?.[0];
  const depth: Dim = depthValue === undefined ? freshDim(ctx, 'depth') : Math.trunc(depthValue);
  // ONNX Runtime rejects a depth below 1 ("Depth is negative").
  if (typeof depth === 'number' && depth < 1) ctx.fail(`OneHot: depth ${depthValue} must be >= 1`);
  const ax = axis(ctx, ctx.attrs.int('axis', -1), idx.shape.length + 1);
  const shape = [...idx.shape.slice(0, ax), depth, ...idx.shape.slice(ax)];
  return fold(dtype, shape, (out) => {
    const ind = constantOf(ctx, 0);
    const values = constantOf(ctx, 2);
    if (!ind || !values || typeof depth !== 'number') return undefined;
    const ist = strides(idx.shape as number[]);
    const res: number[] = [];
    forEachIndex(out, (o) => {
      const at = offsetOf([...o.slice(0, ax), ...o.slice(ax + 1)], ist);
      const want = ind[at] < 0 ? ind[at] + depth : ind[at];
      res.push(values[want === o[ax] ? 1 : 0]);
    });
    return res;
  });
}

function nonZeroOutput(ctx: OpContext): Value {
  const x = ctx.input(0);
  const src = constantOf(ctx, 0);
  if (!src || !isStatic(x.shape))
    return { dtype: INT64, shape: [x.shape.length, freshDim(ctx, 'nonzero')] };
  const hits: number[][] = [];
  forEachIndex(x.shape, (i, flat) => {
    if (src[flat] !== 0) hits.push(i.slice());
  });
  const r = x.shape.length;
  return fold(INT64, [r, hits.length], () => {
    const out: number[] = [];
    for (let d = 0; d < r; d++) for (const h of hits) out.push(h[d]);
    return out;
  });
}

function compressOutput(ctx: OpContext): Value {
  const x = ctx.input(0);
  const cond = constantOf(ctx, 1);
  const kept = cond ? cond.map((c, i) => (c ? i : -1)).filter((i) => i >= 0) : undefined;
  const hasAxis = ctx.attrs.has('axis');
  const ax = hasAxis ? axis(ctx, ctx.attrs.int('axis'), x.shape.length) : 0;
  const n: Dim = kept ? kept.length : freshDim(ctx, 'compress');
  const shape = hasAxis ? x.shape.map((d, i) => (i === ax ? n : d)) : [n];
  return fold(x.dtype, shape, (out) => {
    const src = constantOf(ctx, 0);
    if (!src || !kept || !isStatic(x.shape)) return undefined;
    if (!hasAxis) return kept.map((i) => src[i]);
    const st = strides(x.shape);
    return mapIndices(out, src, (o) =>
      offsetOf(
        o.map((i, d) => (d === ax ? kept[i] : i)),
        st,
      ),
    );
  });
}

/** Unique: folded for a constant input without an axis; otherwise sized by a fresh symbol. */
function uniqueOutputs(ctx: OpContext): Value[] {
  const x = ctx.input(0);
  const src = constantOf(ctx, 0);
  if (src && !ctx.attrs.has('axis')) {
    const sorted = ctx.attrs.int('sorted', 1) === 1;
    // One pass: first occurrence and count of each value (a filter per value was quadratic).
    const first = new Map<number, number>();
    const count = new Map<number, number>();
    src.forEach((v, i) => {
      if (!first.has(v)) first.set(v, i);
      count.set(v, (count.get(v) ?? 0) + 1);
    });
    const ys = [...first.keys()];
    if (sorted) ys.sort((a, b) => a - b);
    const pos = new Map(ys.map((v, i) => [v, i]));
    const counts = ys.map((v) => count.get(v)!);
    return [
      fold(x.dtype, [ys.length], () => ys),
      fold(INT64, [ys.length], () => ys.map((v) => first.get(v)!)),
      fold(INT64, [src.length], () => src.map((v) => pos.get(v)!)),
      fold(INT64, [ys.length], () => counts),
    ];
  }
  const u = freshDim(ctx, 'unique');
  const hasAxis = ctx.attrs.has('axis');
  const ax = hasAxis ? axis(ctx, ctx.attrs.int('axis'), x.shape.length) : 0;
  const y = hasAxis ? x.shape.map((d, i) => (i === ax ? u : d)) : [u];
  const n = numel(x.shape);
  const all: Dim = hasAxis ? x.shape[ax] : Number.isNaN(n) ? freshDim(ctx) : n;
  return [
    { dtype: x.dtype, shape: y },
    { dtype: INT64, shape: [u] },
    { dtype: INT64, shape: [all] },
    { dtype: INT64, shape: [u] },
  ];
}

const scatterRule = (infer: (ctx: OpContext) => Value): OpRule => ({
  infer: (ctx) => [infer(ctx)],
  cost: scatterCost,
  metaInputs: [1],
});

export const rules: RuleTable = {
  Gather: { infer: (ctx) => [gatherOutput(ctx)], bytes: gatherBytes, metaInputs: [1] },
  GatherElements: {
    infer: (ctx) => [gatherElementsOutput(ctx)],
    bytes: gatherBytes,
    metaInputs: [1],
  },
  GatherND: { infer: (ctx) => [gatherNDOutput(ctx)], bytes: gatherBytes, metaInputs: [1] },
  Scatter: scatterRule(scatterElementsOutput),
  ScatterElements: scatterRule(scatterElementsOutput),
  ScatterND: scatterRule(scatterNDOutput),
  OneHot: { infer: (ctx) => [oneHotOutput(ctx)], metaInputs: [0, 1, 2] },
  NonZero: { infer: (ctx) => [nonZeroOutput(ctx)] },
  Compress: { infer: (ctx) => [compressOutput(ctx)], metaInputs: [1] },
  Unique: { infer: uniqueOutputs },
};
