/**
 * Reductions, ArgMax/ArgMin, CumSum and TopK. Counting conventions (n = input elements,
 * m = output elements; integer inputs put the sum of flops and transcendentals into intOps):
 * - ReduceSum, ReduceMax, ReduceMin, ReduceProd, ReduceMean: 1 flop per input element (as
 *   GlobalAveragePool; ReduceMean's one division per output is not counted).
 * - ReduceL1 (abs, add), ReduceSumSquare (square, add): 2 per input element.
 * - ReduceL2: 2 per input element + 1 transcendental (sqrt) per output element.
 * - ReduceLogSum: 1 per input element + 1 transcendental (log) per output element.
 * - ReduceLogSumExp (stable form): 3 flops (max, sub, add) + 1 transcendental (exp) per input
 *   element, and 1 flop (add the max back) + 1 transcendental (log) per output element.
 * - noop_with_empty_axes with empty axes: identity, no arithmetic.
 * - ArgMax, ArgMin: 1 comparison per input element. CumSum: 1 add per element.
 * - TopK: rows · n · max(1, ceil(log2 k)) comparisons (a k-element heap per row of length n; even
 *   k = 1 needs n comparisons).
 * The axes input (opset 13 for ReduceSum, 18 for the others), CumSum's axis and TopK's K are
 * meta inputs. ReduceSum, ReduceProd, ReduceMax and ReduceMin fold small constants.
 */
import type { Dim } from '../onnx/model.ts';
import { DataType } from '../onnx/dtypes.ts';
import { costOf, type PerElement } from './elementwise-util.ts';
import { rankOfShapeTensor } from './shape-util.ts';
import type { Cost, OpContext, OpRule, RuleTable, Value } from './types.ts';
import { axis as normAxis, fmtShape, isStatic, MAX_FOLD_ELEMENTS, numel, strides } from './util.ts';

interface ReduceSpec {
  perInput: PerElement;
  perOutput?: PerElement;
  /** Folds constant inputs: the reduction's start value and step. */
  fold?: { init: number; step: (acc: number, x: number) => number };
}

/** Axes of a Reduce op: sorted and normalized; undefined when not known; 'noop' for identity. */
function reduceAxes(ctx: OpContext, rank: number): number[] | 'noop' | undefined {
  const fromInput = ctx.opset >= (ctx.node.opType === 'ReduceSum' ? 13 : 18);
  let axes: number[] | undefined;
  if (!fromInput) axes = ctx.attrs.ints('axes', []);
  else if (!ctx.inputs[1]) axes = [];
  else axes = ctx.constant(1);
  if (!axes) return undefined;
  if (axes.length === 0) {
    if (fromInput && ctx.attrs.int('noop_with_empty_axes', 0) === 1) return 'noop';
    return Array.from({ length: rank }, (_, i) => i);
  }
  const norm = axes.map((a) => normAxis(ctx, a, rank));
  return [...new Set(norm)].sort((a, b) => a - b);
}

/**
 * How many axes a non-constant axes input removes (keepdims 0): its static length. NaN when that
 * is unknown, or 0 (an empty list reduces all axes or none, by noop_with_empty_axes).
 */
function unknownAxesCount(ctx: OpContext, rank: number): number {
  const k = rankOfShapeTensor(ctx.inputs[1]);
  if (k === undefined || k === 0) return NaN;
  if (k > rank) ctx.fail(`${ctx.node.opType}: ${k} axes for an input of rank ${rank}`);
  return k;
}

/** Output shape of reducing `shape` over `axes`. */
const reducedShape = (shape: readonly Dim[], axes: readonly number[], keep: boolean): Dim[] =>
  shape.flatMap((d, i) => (axes.includes(i) ? (keep ? [1] : []) : [d]));

function reduceInfer(ctx: OpContext, spec: ReduceSpec): Value[] {
  const x = ctx.input(0);
  const keep = ctx.attrs.int('keepdims', 1) === 1;
  const axes = reduceAxes(ctx, x.shape.length);
  if (axes === 'noop') return [{ dtype: x.dtype, shape: x.shape, value: ctx.constant(0) }];
  if (!axes) {
    const rank = keep ? x.shape.length : x.shape.length - unknownAxesCount(ctx, x.shape.length);
    if (Number.isNaN(rank)) return [{ dtype: x.dtype }];
    return [
      {
        dtype: x.dtype,
        shape: Array.from({ length: rank }, (_, i) => ctx.symbol(`${ctx.node.name}:${i}`)),
      },
    ];
  }
  const shape = reducedShape(x.shape, axes, keep);
  const value = spec.fold && foldReduce(ctx, x.shape, axes, spec.fold);
  return [value ? { dtype: x.dtype, shape, value } : { dtype: x.dtype, shape }];
}

function foldReduce(
  ctx: OpContext,
  shape: readonly Dim[],
  axes: readonly number[],
  fold: NonNullable<ReduceSpec['fold']>,
): number[] | undefined {
  const values = ctx.constant(0);
  if (!values || !isStatic(shape) || values.length > MAX_FOLD_ELEMENTS) return undefined;
  if (values.length !== numel(shape)) return undefined;
  const kept = shape.map((d, i) => (axes.includes(i) ? 1 : d));
  const outStrides = strides(kept);
  const inStrides = strides(shape);
  const out = new Array<number>(numel(kept)).fill(fold.init);
  values.forEach((v, flat) => {
    let o = 0;
    for (let d = 0; d < shape.length; d++) {
      const idx = Math.floor(flat / inStrides[d]) % shape[d];
      if (!axes.includes(d)) o += idx * outStrides[d];
    }
    out[o] = fold.step(out[o], v);
  });
  return out;
}

function reduceCost(ctx: OpContext, outputs: Value[], spec: ReduceSpec): Cost {
  const x = ctx.input(0);
  if (reduceAxes(ctx, x.shape.length) === 'noop') return {};
  const a = costOf(x.dtype, numel(x.shape), spec.perInput);
  const b = spec.perOutput ? costOf(x.dtype, numel(outputs[0].shape), spec.perOutput) : {};
  return sum(a, b);
}

const sum = (a: Cost, b: Cost): Cost => {
  const out: Cost = {};
  for (const k of ['flops', 'transcendentals', 'intOps'] as const) {
    if (a[k] !== undefined || b[k] !== undefined) out[k] = (a[k] ?? 0) + (b[k] ?? 0);
  }
  return out;
};

function reduce(spec: ReduceSpec): OpRule {
  return {
    infer: (ctx) => reduceInfer(ctx, spec),
    cost: (ctx, outputs) => reduceCost(ctx, outputs, spec),
    metaInputs: [1],
  };
}

const argReduce: OpRule = {
  infer(ctx) {
    const x = ctx.input(0);
    const ax = normAxis(ctx, ctx.attrs.int('axis', 0), x.shape.length);
    const keep = ctx.attrs.int('keepdims', 1) === 1;
    return [{ dtype: DataType.INT64, shape: reducedShape(x.shape, [ax], keep) }];
  },
  cost: (ctx) => costOf(ctx.input(0).dtype, numel(ctx.input(0).shape), { flops: 1 }),
};

const cumSum: OpRule = {
  infer(ctx) {
    const x = ctx.input(0);
    const ax = ctx.constant(1);
    if (ax && ax.length !== 1) ctx.fail(`CumSum: axis must be a scalar, got ${ax.length} values`);
    if (ax) normAxis(ctx, ax[0], x.shape.length);
    return [{ dtype: x.dtype, shape: x.shape }];
  },
  cost: (ctx) => costOf(ctx.input(0).dtype, numel(ctx.input(0).shape), { flops: 1 }),
  metaInputs: [1],
};

function topKCount(ctx: OpContext): number | undefined {
  if (ctx.opset < 10) return ctx.attrs.int('k');
  const k = ctx.constant(1);
  if (k && k.length !== 1) ctx.fail(`TopK: K must hold one value, got ${k.length}`);
  return k?.[0];
}

const topK: OpRule = {
  infer(ctx) {
    const x = ctx.input(0);
    const ax = normAxis(ctx, ctx.attrs.int('axis', -1), x.shape.length);
    const k = topKCount(ctx);
    const n = x.shape[ax];
    if (k !== undefined && (k < 0 || (typeof n === 'number' && k > n))) {
      ctx.fail(`TopK: k = ${k} is out of range for axis ${ax} of ${fmtShape(x.shape)}`);
    }
    const shape = x.shape.slice();
    shape[ax] = k ?? ctx.symbol(`${ctx.node.name}:k`);
    return [
      { dtype: x.dtype, shape },
      { dtype: DataType.INT64, shape },
    ];
  },
  cost(ctx, outputs) {
    const x = ctx.input(0);
    const ax = normAxis(ctx, ctx.attrs.int('axis', -1), x.shape.length);
    const k = numel([outputs[0].shape![ax]]);
    const depth = Math.max(1, Math.ceil(Math.log2(k)));
    return costOf(x.dtype, numel(x.shape) * depth, { flops: 1 });
  },
  metaInputs: [1],
};

const ONE: PerElement = { flops: 1 };

export const rules: RuleTable = {
  ReduceSum: reduce({ perInput: ONE, fold: { init: 0, step: (a, x) => a + x } }),
  ReduceProd: reduce({ perInput: ONE, fold: { init: 1, step: (a, x) => a * x } }),
  ReduceMax: reduce({ perInput: ONE, fold: { init: -Infinity, step: Math.max } }),
  ReduceMin: reduce({ perInput: ONE, fold: { init: Infinity, step: Math.min } }),
  ReduceMean: reduce({ perInput: ONE }),
  ReduceL1: reduce({ perInput: { flops: 2 } }),
  ReduceSumSquare: reduce({ perInput: { flops: 2 } }),
  ReduceL2: reduce({ perInput: { flops: 2 }, perOutput: { flops: 0, transcendentals: 1 } }),
  ReduceLogSum: reduce({ perInput: ONE, perOutput: { flops: 0, transcendentals: 1 } }),
  ReduceLogSumExp: reduce({
    perInput: { flops: 3, transcendentals: 1 },
    perOutput: { flops: 1, transcendentals: 1 },
  }),
  ArgMax: argReduce,
  ArgMin: argReduce,
  CumSum: cumSum,
  TopK: topK,
};
