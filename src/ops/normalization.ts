/**
 * Normalizations and softmaxes. Y keeps X's shape and dtype. Counting conventions (n = elements
 * of X, rows = the number of independently normalized groups):
 * - BatchNormalization (inference): 2 flops per element (the per-channel scale and shift are
 *   folded into one multiply-add). Training mode (opset 14 training_mode=1, or the batch-stat
 *   outputs of older opsets): 4 more per element (1 add for the mean; sub, square, add for the
 *   variance) and 1 transcendental (sqrt) per channel.
 * - LayerNormalization, InstanceNormalization, GroupNormalization, MeanVarianceNormalization:
 *   5 flops per element (mean add, sub, square, variance add, multiply by 1/std), plus 1 per
 *   element for a scale and 1 for a bias when present; 1 transcendental (sqrt) per row.
 * - RMSNormalization, com.microsoft SimplifiedLayerNormalization: 3 flops per element (square,
 *   add, multiply by 1/rms) + 1 for the scale; 1 transcendental per row.
 * - The per-row scalar work (dividing sums by the row length, adding epsilon) is O(rows) and is
 *   not counted.
 * - Skip*LayerNormalization: the norm above plus 1 flop per element for the skip add and 1 for
 *   the bias when present. EmbedLayerNormalization: 1 add (word + position) + 1 if segment
 *   embeddings + LayerNormalization with scale and bias (7); the gathers are data movement; the
 *   mask_index (sum of the mask per sequence) is 1 intOp per mask element.
 * - LpNormalization: 3 flops per element (|x| or x^2, add, divide); p = 2 adds 1 sqrt per row.
 * - LRN: size + 3 flops per element (square, size - 1 adds over the window, mul by alpha/size,
 *   add bias, divide) + 1 transcendental (the pow by beta).
 * - Softmax: 4 flops (max, sub, sum, div) + 1 transcendental (exp) per element. LogSoftmax: 4
 *   flops (max, sub, sum, sub) + 1 transcendental per element + 1 (log) per row. Hardmax: 1 flop
 *   (compare) per element. Before opset 13 the input is coerced to 2D at `axis` (default 1),
 *   rows = prod(dims before axis); from 13 the op runs along `axis` (default -1), rows = n /
 *   dim[axis].
 */
import type { Dim } from '../onnx/model.ts';
import { DataType } from '../onnx/dtypes.ts';
import { costOf } from './elementwise-util.ts';
import type { Cost, OpContext, OpRule, RuleTable, Value } from './types.ts';
import { axis as normAxis, broadcast, fmtShape, numel } from './util.ts';

const FLOAT = DataType.FLOAT;

/** X's shape with the dims from `ax` on set to 1 (Mean / InvStdDev outputs). */
const statShape = (shape: readonly Dim[], ax: number): Dim[] =>
  shape.map((d, i) => (i < ax ? d : 1));

/** Fails unless `operand` (scale, bias) broadcasts into `target` without growing it. */
function checkOperand(ctx: OpContext, i: number, target: readonly Dim[], what: string): void {
  if (!ctx.inputs[i]) return;
  const s = ctx.input(i).shape;
  const out = broadcast(ctx, [target, s]);
  if (out.length !== target.length || out.some((d, k) => d !== target[k])) {
    ctx.fail(`${what} ${fmtShape(s)} does not match the normalized shape ${fmtShape(target)}`);
  }
}

/** Cost of a row-normalization: `perElement` flops on n elements, 1 transcendental per row. */
function rowNormCost(ctx: OpContext, n: number, rows: number, perElement: number): Cost {
  const c = costOf(ctx.input(0).dtype, n, { flops: perElement });
  if (c.intOps !== undefined) return { intOps: c.intOps + rows };
  return { ...c, transcendentals: rows };
}

/** A norm over the dims from `axis` on (LayerNormalization family). */
function lastAxesNorm(baseFlops: number, affineInputs: number[], statDtypeAttr: boolean): OpRule {
  const axisOf = (ctx: OpContext) =>
    normAxis(ctx, ctx.attrs.int('axis', -1), ctx.input(0).shape.length);
  return {
    infer(ctx) {
      const x = ctx.input(0);
      const ax = axisOf(ctx);
      for (const i of affineInputs) checkOperand(ctx, i, x.shape.slice(ax), `input ${i}`);
      const stat = statDtypeAttr ? ctx.attrs.int('stash_type', FLOAT) : FLOAT;
      const stats: Value = { dtype: stat, shape: statShape(x.shape, ax) };
      return [{ dtype: x.dtype, shape: x.shape }, stats, stats];
    },
    cost(ctx) {
      const x = ctx.input(0);
      const ax = axisOf(ctx);
      const affine = affineInputs.filter((i) => ctx.inputs[i]).length;
      return rowNormCost(ctx, numel(x.shape), numel(x.shape.slice(0, ax)), baseFlops + affine);
    },
  };
}

/** Channel of an [N, C, ...] input, failing clearly on a rank below 2. */
function channels(ctx: OpContext): Dim {
  const x = ctx.input(0);
  if (x.shape.length < 2) ctx.fail(`expected X of shape [N, C, ...], got ${fmtShape(x.shape)}`);
  return x.shape[1];
}

function checkLength(ctx: OpContext, i: number, expected: Dim, what: string): void {
  if (!ctx.inputs[i]) return;
  const s = ctx.input(i).shape;
  const n = numel(s);
  if (typeof expected === 'number' && !Number.isNaN(n) && n !== expected) {
    ctx.fail(`${what} ${fmtShape(s)} must have ${expected} elements`);
  }
}

const batchNorm: OpRule = {
  infer(ctx) {
    const x = ctx.input(0);
    const c = channels(ctx);
    const spatial = ctx.opset < 9 && ctx.attrs.int('spatial', 1) === 0;
    if (!spatial) for (let i = 1; i <= 4; i++) checkLength(ctx, i, c, `input ${i}`);
    const stat = { dtype: ctx.input(3).dtype, shape: ctx.input(3).shape };
    return [{ dtype: x.dtype, shape: x.shape }, stat, stat, stat, stat];
  },
  cost(ctx) {
    const x = ctx.input(0);
    const training =
      ctx.opset >= 14
        ? ctx.attrs.int('training_mode', 0) === 1
        : ctx.node.outputs.slice(1).some((o) => o !== '');
    const n = numel(x.shape);
    if (!training) return costOf(x.dtype, n, { flops: 2 });
    return { flops: 6 * n, transcendentals: numel(ctx.input(1).shape) };
  },
};

/** Instance / Group normalization: rows are (n, group), `groups` per sample. */
function groupedNorm(groupsOf: (ctx: OpContext) => Dim): OpRule {
  return {
    infer(ctx) {
      const x = ctx.input(0);
      groupsOf(ctx);
      return [{ dtype: x.dtype, shape: x.shape }];
    },
    cost(ctx) {
      const x = ctx.input(0);
      const groups = groupsOf(ctx);
      const rows = numel([x.shape[0], groups]);
      return rowNormCost(ctx, numel(x.shape), rows, 7);
    },
  };
}

const instanceNormGroups = (ctx: OpContext): Dim => {
  const c = channels(ctx);
  checkLength(ctx, 1, c, 'scale');
  checkLength(ctx, 2, c, 'B');
  return c;
};

const groupNormGroups = (ctx: OpContext): Dim => {
  const c = channels(ctx);
  const g = ctx.attrs.int('num_groups');
  if (typeof c === 'number' && (g < 1 || c % g !== 0)) {
    ctx.fail(`num_groups ${g} must divide the ${c} channels of ${fmtShape(ctx.input(0).shape)}`);
  }
  // Opset 18 took one scale per group; opset 21 one per channel.
  const perScale = ctx.opset >= 21 ? c : g;
  checkLength(ctx, 1, perScale, 'scale');
  checkLength(ctx, 2, perScale, 'bias');
  return g;
};

const lpNorm: OpRule = {
  infer(ctx) {
    const x = ctx.input(0);
    normAxis(ctx, ctx.attrs.int('axis', -1), x.shape.length);
    const p = ctx.attrs.int('p', 2);
    if (p !== 1 && p !== 2) ctx.fail(`LpNormalization: p must be 1 or 2, got ${p}`);
    return [{ dtype: x.dtype, shape: x.shape }];
  },
  cost(ctx) {
    const x = ctx.input(0);
    const ax = normAxis(ctx, ctx.attrs.int('axis', -1), x.shape.length);
    const n = numel(x.shape);
    const c = costOf(x.dtype, n, { flops: 3 });
    return ctx.attrs.int('p', 2) === 2 ? { ...c, transcendentals: n / numel([x.shape[ax]]) } : c;
  },
};

const lrn: OpRule = {
  infer(ctx) {
    const x = ctx.input(0);
    channels(ctx);
    return [{ dtype: x.dtype, shape: x.shape }];
  },
  cost(ctx) {
    const x = ctx.input(0);
    const size = ctx.attrs.int('size');
    return costOf(x.dtype, numel(x.shape), { flops: size + 3, transcendentals: 1 });
  },
};

const mvn: OpRule = {
  infer(ctx) {
    const x = ctx.input(0);
    for (const a of ctx.attrs.ints('axes', [0, 2, 3])) normAxis(ctx, a, x.shape.length);
    return [{ dtype: x.dtype, shape: x.shape }];
  },
  cost(ctx) {
    const x = ctx.input(0);
    const axes = ctx.attrs.ints('axes', [0, 2, 3]).map((a) => normAxis(ctx, a, x.shape.length));
    const n = numel(x.shape);
    return rowNormCost(ctx, n, n / numel(axes.map((a) => x.shape[a])), 5);
  },
};

/** Softmax-like ops: the axis default and meaning changed at opset 13. */
function softmaxRows(ctx: OpContext): number {
  const x = ctx.input(0);
  const legacy = ctx.opset < 13;
  const ax = normAxis(ctx, ctx.attrs.int('axis', legacy ? 1 : -1), x.shape.length);
  return legacy ? numel(x.shape.slice(0, ax)) : numel(x.shape) / numel([x.shape[ax]]);
}

function softmax(flops: number, transcendentals: number, perRow: number): OpRule {
  return {
    infer(ctx) {
      const x = ctx.input(0);
      softmaxRows(ctx);
      return [{ dtype: x.dtype, shape: x.shape }];
    },
    cost(ctx) {
      const x = ctx.input(0);
      const n = numel(x.shape);
      const c = costOf(x.dtype, n, { flops, transcendentals });
      if (perRow === 0) return c;
      return { ...c, transcendentals: (c.transcendentals ?? 0) + perRow * softmaxRows(ctx) };
    },
  };
}

/** The skip (+bias) sum before a LayerNormalization (com.microsoft Skip*). */
function skipNorm(normFlops: number, affine: number[], bias: number): OpRule {
  return {
    infer(ctx) {
      const x = ctx.input(0);
      if (x.shape.length < 2)
        ctx.fail(`expected input [B, S, H] or [T, H], got ${fmtShape(x.shape)}`);
      const hidden = x.shape.slice(-1);
      checkOperand(ctx, 1, x.shape, 'skip');
      for (const i of [...affine, bias]) checkOperand(ctx, i, hidden, `input ${i}`);
      const stats: Value = { dtype: FLOAT, shape: statShape(x.shape, x.shape.length - 1) };
      return [{ dtype: x.dtype, shape: x.shape }, stats, stats, { dtype: x.dtype, shape: x.shape }];
    },
    cost(ctx) {
      const x = ctx.input(0);
      const present = [...affine, bias].filter((i) => ctx.inputs[i]).length;
      const n = numel(x.shape);
      return rowNormCost(ctx, n, numel(x.shape.slice(0, -1)), normFlops + 1 + present);
    },
  };
}

const embedLayerNorm: OpRule = {
  infer(ctx) {
    const ids = ctx.input(0).shape;
    const word = ctx.input(2);
    if (ids.length !== 2 || word.shape.length !== 2) {
      ctx.fail(
        `expected input_ids [B, S] and word_embedding [V, H], got ${fmtShape(ids)} and ` +
          fmtShape(word.shape),
      );
    }
    const hidden = word.shape[1];
    for (const i of [3, 4]) {
      if (ctx.inputs[i] && ctx.input(i).shape[1] !== hidden) {
        ctx.fail(`embedding ${i} ${fmtShape(ctx.input(i).shape)} must have hidden size ${hidden}`);
      }
    }
    checkOperand(ctx, 5, [hidden], 'gamma');
    checkOperand(ctx, 6, [hidden], 'beta');
    const out: Value = { dtype: word.dtype, shape: [ids[0], ids[1], hidden] };
    return [out, { dtype: DataType.INT32, shape: [ids[0]] }, out];
  },
  cost(ctx, outputs) {
    const n = numel(outputs[0].shape);
    const ids = ctx.input(0).shape;
    const adds = 1 + (ctx.inputs[4] ? 1 : 0);
    // The float work follows the embeddings' dtype, not input 0's (the ids).
    const cost = costOf(ctx.input(2).dtype, n, { flops: 7 + adds });
    const mask = ctx.inputs[7] ? numel(ctx.input(7).shape) : 0;
    return { ...cost, transcendentals: numel(ids), intOps: (cost.intOps ?? 0) + mask };
  },
  metaInputs: [0, 1, 7, 8],
};

export const rules: RuleTable = {
  BatchNormalization: batchNorm,
  LayerNormalization: lastAxesNorm(5, [1, 2], true),
  RMSNormalization: lastAxesNorm(3, [1], true),
  InstanceNormalization: groupedNorm(instanceNormGroups),
  GroupNormalization: groupedNorm(groupNormGroups),
  LpNormalization: lpNorm,
  LRN: lrn,
  MeanVarianceNormalization: mvn,
  Softmax: softmax(4, 1, 0),
  LogSoftmax: softmax(4, 1, 1),
  Hardmax: softmax(1, 0, 0),
  // ONNX Runtime registers SimplifiedLayerNormalization in the default domain too.
  SimplifiedLayerNormalization: lastAxesNorm(3, [1], false),
  'com.microsoft/SimplifiedLayerNormalization': lastAxesNorm(3, [1], false),
  'com.microsoft/SkipLayerNormalization': skipNorm(5, [2, 3], 4),
  'com.microsoft/SkipSimplifiedLayerNormalization': skipNorm(3, [2], 3),
  'com.microsoft/EmbedLayerNormalization': embedLayerNorm,
};
