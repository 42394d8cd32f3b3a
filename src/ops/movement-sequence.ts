/**
 * Tensor sequences (merged into movement.ts's table): SequenceEmpty, SequenceConstruct,
 * SequenceInsert, SequenceErase, SequenceAt, SequenceLength, SplitToSequence,
 * ConcatFromSequence. A sequence Value has kind 'sequence' and, as its shape, the shape its
 * elements share (a dim that differs between elements is a symbol); its length is not tracked.
 *
 * Counting conventions: no arithmetic; building, editing and indexing a sequence moves tensor
 * references, not data (0 bytes); SplitToSequence and ConcatFromSequence copy their data:
 * 2 x the bytes of their tensor input or output.
 */
import type { Dim } from '../onnx/model.ts';
import { DataType } from '../onnx/dtypes.ts';
import { freshDim, INT64 } from './shape-util.ts';
import type { OpContext, RuleTable, Value } from './types.ts';
import { axis, tensorBytes } from './util.ts';

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

function splitToSequence(ctx: OpContext): Value {
  const x = ctx.input(0);
  const ax = axis(ctx, ctx.attrs.int('axis', 0), x.shape.length);
  const split = ctx.inputs[1] ? ctx.constant(1) : null;
  const shape = x.shape.slice();
  if (split === null) {
    if (ctx.attrs.int('keepdims', 1) === 0) shape.splice(ax, 1);
    else shape[ax] = 1;
  } else if (split && split.length <= 1) {
    const s = split[0];
    const d = shape[ax];
    shape[ax] = typeof d === 'number' && d % s === 0 ? s : freshDim(ctx, 'element');
  } else if (split && split.every((s) => s === split[0])) shape[ax] = split[0];
  else shape[ax] = freshDim(ctx, 'element');
  return sequence(x.dtype, shape);
}

function concatFromSequence(ctx: OpContext): Value {
  const s = ctx.inputs[0];
  if (!s?.shape) return { dtype: s?.dtype ?? 0 };
  const newAxis = ctx.attrs.int('new_axis', 0) === 1;
  const rank = s.shape.length + (newAxis ? 1 : 0);
  const ax = axis(ctx, ctx.attrs.int('axis'), rank);
  const shape = s.shape.slice();
  // The sequence length is not known statically, so the concatenated dim is data-dependent.
  if (newAxis) shape.splice(ax, 0, freshDim(ctx, 'length'));
  else shape[ax] = freshDim(ctx, 'concat');
  return { dtype: s.dtype, shape };
}

export const rules: RuleTable = {
  SequenceEmpty: {
    infer: (ctx) => [sequence(ctx.attrs.int('dtype', DataType.FLOAT), undefined)],
    bytes: 'view',
  },
  SequenceConstruct: {
    infer(ctx) {
      if (ctx.inputs.length === 0) ctx.fail('SequenceConstruct needs at least one input');
      const xs = ctx.inputs.map((_, i) => ctx.input(i));
      const shape = xs
        .slice(1)
        .reduce<Dim[] | undefined>((acc, x) => merge(ctx, acc, x.shape), xs[0].shape);
      return [sequence(xs[0].dtype, shape)];
    },
    bytes: 'view',
  },
  SequenceInsert: {
    infer(ctx) {
      const s = ctx.inputs[0];
      const x = ctx.input(1);
      return [sequence(x.dtype, merge(ctx, s?.shape, x.shape))];
    },
    bytes: 'view',
    metaInputs: [2],
  },
  SequenceErase: {
    infer: (ctx) => [sequence(ctx.inputs[0]?.dtype ?? 0, ctx.inputs[0]?.shape)],
    bytes: 'view',
    metaInputs: [1],
  },
  SequenceAt: {
    infer: (ctx) => [{ dtype: ctx.inputs[0]?.dtype ?? 0, shape: ctx.inputs[0]?.shape }],
    bytes: 'view',
    metaInputs: [1],
  },
  SequenceLength: { infer: () => [{ dtype: INT64, shape: [] }], bytes: 'view' },
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
