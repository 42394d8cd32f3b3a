/**
 * Random generators: RandomNormal, RandomUniform, RandomNormalLike, RandomUniformLike, Bernoulli,
 * Multinomial. Nothing folds (the values are random); the output shapes are static.
 *
 * Counting conventions, per output element unless stated. The integer work of the generator that
 * draws a uniform u in [0, 1) is not counted (it is not arithmetic on the data); what is counted
 * is the arithmetic that turns u into the requested distribution:
 * - RandomUniform(Like): low + (high - low)·u: 2 flops (mul, add; high - low is once per node).
 * - RandomNormal(Like), Box-Muller: mean + scale·sqrt(-2 ln u1)·cos(2π u2): 5 flops (-2·, 2π·,
 *   the product, scale·, + mean) + 3 transcendentals (ln, sqrt, cos). Every element is costed as
 *   one full transform (the sine twin of each pair is not reused).
 * - Bernoulli: u < p: 1 flop (a compare).
 * - Multinomial over [batch, classes] logits: per input element 3 flops (row max, subtract it, the
 *   running sum of the CDF) + 1 transcendental (exp); per sample (output element) 1 flop (scale u
 *   by the row total) + ceil(log2(classes)) compares (a binary search of the CDF).
 * The arithmetic is floating point: flops for float outputs (Multinomial: its float input).
 * Bytes: the *Like ops read only their input's shape (their input is a meta input, not a weight)
 * and write their output; the others read their inputs and write their outputs (the default).
 */
import type { Dim } from '../onnx/model.ts';
import { DataType } from '../onnx/dtypes.ts';
import { costOf, type PerElement } from './elementwise-util.ts';
import type { OpContext, OpRule, RuleTable, Value } from './types.ts';
import { fmtShape, numel, tensorBytes } from './util.ts';

const UNIFORM: PerElement = { flops: 2 };
const NORMAL: PerElement = { flops: 5, transcendentals: 3 };
const BERNOULLI: PerElement = { flops: 1 };
const MULTINOMIAL_PER_LOGIT: PerElement = { flops: 3, transcendentals: 1 };

const perOutput = (per: PerElement) => (_ctx: OpContext, outputs: Value[]) =>
  costOf(outputs[0].dtype, numel(outputs[0].shape), per);

/** RandomNormal / RandomUniform: shape and dtype from attributes. */
function generator(per: PerElement): OpRule {
  return {
    infer(ctx) {
      if (!ctx.attrs.has('shape')) ctx.fail(`${ctx.node.opType} needs the shape attribute`);
      const shape = ctx.attrs.ints('shape');
      if (shape.some((d) => d < 0))
        ctx.fail(`${ctx.node.opType}: negative shape ${fmtShape(shape)}`);
      return [{ dtype: ctx.attrs.int('dtype', DataType.FLOAT), shape }];
    },
    cost: perOutput(per),
  };
}

/** RandomNormalLike / RandomUniformLike: the input's shape, its dtype unless `dtype` is set. */
function generatorLike(per: PerElement): OpRule {
  return {
    infer(ctx) {
      const x = ctx.input(0);
      return [{ dtype: ctx.attrs.int('dtype', x.dtype), shape: x.shape.slice() }];
    },
    cost: perOutput(per),
    bytes: (_ctx, outputs) => tensorBytes(outputs[0]),
    metaInputs: [0],
  };
}

/** Multinomial's [batch, classes] input. */
function logits(ctx: OpContext): [Dim, Dim] {
  const x = ctx.input(0).shape;
  if (x.length !== 2) ctx.fail(`Multinomial needs [batch, classes] logits, got ${fmtShape(x)}`);
  return [x[0], x[1]];
}

const multinomial: OpRule = {
  infer(ctx) {
    const [batch] = logits(ctx);
    const samples = ctx.attrs.int('sample_size', 1);
    if (samples < 0) ctx.fail(`Multinomial: sample_size ${samples} is negative`);
    return [{ dtype: ctx.attrs.int('dtype', DataType.INT32), shape: [batch, samples] }];
  },
  cost(ctx, outputs) {
    const x = ctx.input(0);
    const [, classes] = logits(ctx);
    const search = Math.ceil(Math.log2(numel([classes])));
    const table = costOf(x.dtype, numel(x.shape), MULTINOMIAL_PER_LOGIT);
    const draws = costOf(x.dtype, numel(outputs[0].shape), { flops: 1 + search });
    return {
      flops: (table.flops ?? 0) + (draws.flops ?? 0),
      transcendentals: table.transcendentals ?? 0,
      intOps: (table.intOps ?? 0) + (draws.intOps ?? 0),
    };
  },
};

export const rules: RuleTable = {
  RandomNormal: generator(NORMAL),
  RandomUniform: generator(UNIFORM),
  RandomNormalLike: generatorLike(NORMAL),
  RandomUniformLike: generatorLike(UNIFORM),
  Bernoulli: {
    infer(ctx) {
      const p = ctx.input(0);
      return [{ dtype: ctx.attrs.int('dtype', p.dtype), shape: p.shape.slice() }];
    },
    // The draw compares in the probabilities' (float) type whatever the output dtype.
    cost: (ctx, outputs) => costOf(ctx.input(0).dtype, numel(outputs[0].shape), BERNOULLI),
  },
  Multinomial: multinomial,
};
