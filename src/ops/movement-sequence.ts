/**
 * Tensor sequences: SequenceEmpty, SequenceConstruct,
 * SequenceInsert, SequenceErase, SequenceAt, SequenceLength, SplitToSequence,
 * ConcatFromSequence. A sequence Value has kind 'sequence' and, as its shape, the shape its
 * elements share (a dim that differs between elements is a symbol). Its elements are tracked
 * while every step that built it is static (SequenceEmpty, SequenceConstruct, SequenceInsert and
 * SequenceErase at constant positions, SplitToSequence of a known dim): SequenceLength,
 * SequenceAt and ConcatFromSequence are then exact. Otherwise its length is unknown and the dims
 * that depend on it are symbols.
 *
 * Counting conventions: no arithmetic; building, editing and indexing a sequence moves tensor
 * references, not data (0 bytes); SplitToSequence and ConcatFromSequence copy their data:
 * 2 x the bytes of their tensor input or output.
 */
import type { Dim } from '../onnx/model.ts';
import { DataType } from '../onnx/dtypes.ts';
import { freshDim, INT64 } from './shape-util.ts';
import type { OpContext, RuleTable, Value } from './types.ts';
import { axis, foldedValueOf, tensorBytes } from './util.ts';

/** Longer sequences are not tracked element by element. */
const MAX_TRACKED = 1 << 12;

/** The shape two elements share: equal dims stay, others become symbols. */
function merge(ctx: OpContext, a: Dim[] | undefined, b: Dim[] | undefined): Dim[] | undefined {
  if (!a || !b) return a ?? b;
  if (a.length !== b.length) return undefined;
  return a.map((d, i) => (d === b[i] ? d : freshDim(ctx, 'element')));
}

const sequence = (dtype: number, shape: Dim[] | undefined): Value => ({
  dtype,
  shape,
  kind: 'sequence',
});

/** A sequence of known elements; its shape is the one they share. */
function ofElements(ctx: OpContext, dtype: number, elements: Value[]): Value {
  const shared = elements
    .slice(1)
    .reduce<Dim[] | undefined>((acc, e) => merge(ctx, acc, e.shape), elements[0]?.shape);
  const s = sequence(dtype, shared);
  return elements.length <= MAX_TRACKED ? { ...s, elements } : s;
}

/** An element as a fresh Value (a tensor: no kind, no lazy read shared with its producer). */
function element(v: Value): Value {
  const value = foldedValueOf(v);
  return value ? { dtype: v.dtype, shape: v.shape, value } : { dtype: v.dtype, shape: v.shape };
}

/**
 * The position input i as an index into `n` elements (negative counts from the end), `dflt` when
 * the input is omitted, undefined when it is not a constant. `end` allows n (insert at the end).
 */
function position(ctx: OpContext, i: number, n: number, dflt: number, end = false) {
  if (!ctx.inputs[i]) return dflt;
  const p = ctx.constant(i);
  if (!p || p.length !== 1) return undefined;
  const k = p[0] < 0 ? p[0] + n : p[0];
  if (k < 0 || k > (end ? n : n - 1)) {
    ctx.fail(`${ctx.node.opType}: position ${p[0]} is out of range for a sequence of ${n}`);
  }
  return k;
}

/** The sizes of the pieces SplitToSequence cuts a dim of `d` into, or undefined if unknown. */
function pieces(ctx: OpContext, d: Dim): number[] | undefined {
  const split = ctx.inputs[1] ? ctx.constant(1) : null;
  if (typeof d !== 'number' || split === undefined) return undefined;
  if (split === null) return new Array<number>(d).fill(1);
  if (ctx.inputs[1]?.shape?.length === 0 || split.length === 0) {
    const s = split[0] ?? d;
    if (!(s > 0)) return undefined;
    const count = Math.ceil(d / s);
    return Array.from({ length: count }, (_, k) => Math.min(s, d - k * s));
  }
  return split;
}

function splitToSequence(ctx: OpContext): Value {
  const x = ctx.input(0);
  const ax = axis(ctx, ctx.attrs.int('axis', 0), x.shape.length);
  const sizes = pieces(ctx, x.shape[ax]);
  const dropAxis = !ctx.inputs[1] && ctx.attrs.int('keepdims', 1) === 0;
  if (sizes && sizes.length <= MAX_TRACKED) {
    const elements = sizes.map((size) => {
      const shape = x.shape.slice();
      if (dropAxis) shape.splice(ax, 1);
      else shape[ax] = size;
      return { dtype: x.dtype, shape };
    });
    return ofElements(ctx, x.dtype, elements);
  }
  const shape = x.shape.slice();
  if (dropAxis) shape.splice(ax, 1);
  else shape[ax] = ctx.inputs[1] ? freshDim(ctx, 'element') : 1;
  return sequence(x.dtype, shape);
}

function concatFromSequence(ctx: OpContext): Value {
  const s = ctx.inputs[0];
  if (!s?.shape) return { dtype: s?.dtype ?? 0 };
  const newAxis = ctx.attrs.int('new_axis', 0) === 1;
  const rank = s.shape.length + (newAxis ? 1 : 0);
  const ax = axis(ctx, ctx.attrs.int('axis'), rank);
  const shape = s.shape.slice();
  const elements = s.elements?.length ? s.elements : undefined;
  if (newAxis) shape.splice(ax, 0, elements?.length ?? freshDim(ctx, 'length'));
  else {
    const dims = elements?.map((e) => e.shape?.[ax]);
    const known = dims?.every((d): d is number => typeof d === 'number');
    shape[ax] = known ? dims!.reduce((a, b) => a + (b as number), 0) : freshDim(ctx, 'concat');
  }
  return { dtype: s.dtype, shape };
}

/** Input 0 as a sequence of known elements, or undefined. */
const known = (ctx: OpContext): Value[] | undefined => ctx.inputs[0]?.elements;

export const rules: RuleTable = {
  SequenceEmpty: {
    infer: (ctx) => [
      { ...sequence(ctx.attrs.int('dtype', DataType.FLOAT), undefined), elements: [] },
    ],
    bytes: 'view',
  },
  SequenceConstruct: {
    infer(ctx) {
      if (ctx.inputs.length === 0) ctx.fail('SequenceConstruct needs at least one input');
      const xs = ctx.inputs.map((_, i) => ctx.input(i));
      return [ofElements(ctx, xs[0].dtype, xs.map(element))];
    },
    bytes: 'view',
  },
  SequenceInsert: {
    infer(ctx) {
      const s = ctx.inputs[0];
      const x = ctx.input(1);
      const elements = known(ctx);
      const at = elements && position(ctx, 2, elements.length, elements.length, true);
      if (elements && at !== undefined) {
        const next = [...elements.slice(0, at), element(x), ...elements.slice(at)];
        return [ofElements(ctx, x.dtype, next)];
      }
      return [sequence(x.dtype, merge(ctx, s?.shape, x.shape))];
    },
    bytes: 'view',
    metaInputs: [2],
  },
  SequenceErase: {
    infer(ctx) {
      const s = ctx.inputs[0];
      const elements = known(ctx);
      const at = elements?.length
        ? position(ctx, 1, elements.length, elements.length - 1)
        : undefined;
      if (elements && at !== undefined) {
        const next = elements.filter((_, k) => k !== at);
        return [
          next.length
            ? ofElements(ctx, s!.dtype, next)
            : { ...sequence(s!.dtype, undefined), elements: [] },
        ];
      }
      return [sequence(s?.dtype ?? 0, s?.shape)];
    },
    bytes: 'view',
    metaInputs: [1],
  },
  SequenceAt: {
    infer(ctx) {
      const s = ctx.inputs[0];
      const elements = known(ctx);
      const at = elements?.length ? position(ctx, 1, elements.length, 0) : undefined;
      if (elements && at !== undefined) return [element(elements[at])];
      return [{ dtype: s?.dtype ?? 0, shape: s?.shape }];
    },
    bytes: 'view',
    metaInputs: [1],
  },
  SequenceLength: {
    infer(ctx) {
      const n = known(ctx)?.length;
      return [
        n === undefined ? { dtype: INT64, shape: [] } : { dtype: INT64, shape: [], value: [n] },
      ];
    },
    bytes: 'view',
  },
  SplitToSequence: {
    infer: (ctx) => [splitToSequence(ctx)],
    bytes: (ctx) => 2 * tensorBytes(ctx.inputs[0]),
    metaInputs: [1],
  },
  ConcatFromSequence: {
    infer: (ctx) => [concatFromSequence(ctx)],
    bytes: (_ctx, outputs) => 2 * tensorBytes(outputs[0]),
  },
};
