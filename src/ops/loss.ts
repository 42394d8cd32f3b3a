/**
 * Loss functions: NegativeLogLikelihoodLoss and SoftmaxCrossEntropyLoss (opset 12+).
 *
 * Shapes: the input (scores) is [N, C, d1, ..., dk], the target (labels) [N, d1, ..., dk] of
 * class indices, the optional weight [C]. With reduction 'none' the loss has the target's shape;
 * with 'mean' (the default) or 'sum' it is a scalar. SoftmaxCrossEntropyLoss's optional second
 * output, the log-probabilities, has the scores' shape. The loss has the input's dtype.
 *
 * Counting conventions (M = elements of the target, one per position; n = elements of the input):
 * - NegativeLogLikelihoodLoss: 1 flop per position (the negated pick), + 1 with weights (the
 *   multiply by the picked class's weight). Reduction 'sum': + 1 add per position; 'mean': + 1
 *   add per position for the sum, + 1 more per position with weights (the sum of the picked
 *   weights that normalizes it), + 1 division.
 * - SoftmaxCrossEntropyLoss: a LogSoftmax over C (as normalization.ts counts it: 4 flops and 1
 *   exp per element of the scores, 1 log per position) followed by NegativeLogLikelihoodLoss.
 * The target is indices, not weights (a metaInput).
 */
import type { Dim } from '../onnx/model.ts';
import { costOf } from './elementwise-util.ts';
import type { Cost, OpContext, OpRule, RuleTable, Value } from './types.ts';
import { fmtShape, numel } from './util.ts';

type Reduction = 'none' | 'mean' | 'sum';

function reduction(ctx: OpContext): Reduction {
  const r = ctx.attrs.string('reduction', 'mean');
  if (r !== 'none' && r !== 'mean' && r !== 'sum') {
    ctx.fail(`${ctx.node.opType}: unknown reduction "${r}" (expected none, mean or sum)`);
  }
  return r;
}

/** The input [N, C, d...] against the target [N, d...]: the target's shape, checked. */
function positions(ctx: OpContext): Dim[] {
  const x = ctx.input(0);
  const target = ctx.input(1);
  if (x.shape.length < 2) {
    ctx.fail(`${ctx.node.opType}: the input needs [N, C, ...], got ${fmtShape(x.shape)}`);
  }
  const expected = [x.shape[0], ...x.shape.slice(2)];
  const clash = target.shape.some(
    (d, i) => typeof d === 'number' && typeof expected[i] === 'number' && d !== expected[i],
  );
  if (target.shape.length !== expected.length || clash) {
    ctx.fail(
      `${ctx.node.opType}: the target ${fmtShape(target.shape)} must be the input ` +
        `${fmtShape(x.shape)} without its class axis, ${fmtShape(expected)}`,
    );
  }
  // A number known on either side wins over a symbol.
  return expected.map((d, i) => (typeof d === 'number' ? d : target.shape[i]));
}

function lossValue(ctx: OpContext): Value {
  const shape = positions(ctx);
  return { dtype: ctx.input(0).dtype, shape: reduction(ctx) === 'none' ? shape : [] };
}

/** Flops of the picking, weighting and reduction over M positions. */
function nllFlops(ctx: OpContext, m: number): number {
  const weighted = !!ctx.inputs[2];
  const r = reduction(ctx);
  const pick = m * (weighted ? 2 : 1);
  if (r === 'none') return pick;
  if (r === 'sum') return pick + m;
  return pick + m + (weighted ? m : 0) + 1;
}

const nll: OpRule = {
  infer: (ctx) => [lossValue(ctx)],
  cost(ctx): Cost {
    return costOf(ctx.input(0).dtype, 1, { flops: nllFlops(ctx, numel(positions(ctx))) });
  },
  metaInputs: [1],
};

const softmaxCrossEntropy: OpRule = {
  infer(ctx) {
    const x = ctx.input(0);
    return [lossValue(ctx), { dtype: x.dtype, shape: x.shape }];
  },
  cost(ctx): Cost {
    const x = ctx.input(0);
    const m = numel(positions(ctx));
    const n = numel(x.shape);
    return costOf(x.dtype, 1, { flops: 4 * n + nllFlops(ctx, m), transcendentals: n + m });
  },
  metaInputs: [1],
};

export const rules: RuleTable = {
  NegativeLogLikelihoodLoss: nll,
  SoftmaxCrossEntropyLoss: softmaxCrossEntropy,
};
