/**
 * Activation functions (ai.onnx and the elementwise com.microsoft ones). The output has the
 * input's shape and dtype. Counting conventions, per output element (flops + transcendentals;
 * integer inputs put their sum into intOps):
 * - Relu, LeakyRelu, PRelu, ThresholdedRelu: 1 flop (a compare-select; the slope multiply of
 *   LeakyRelu/PRelu is folded into it).
 * - Sigmoid 1 / (1 + exp(-x)): 2 flops (add, div) + 1 transcendental (exp).
 * - Tanh: 1 transcendental. Softplus log(exp(x) + 1): 1 flop + 2 transcendentals.
 * - Softsign x / (1 + |x|): 3 flops (abs, add, div).
 * - Elu: 3 flops (compare, sub 1, mul alpha) + 1 transcendental (exp); Selu: 4 flops (Elu's
 *   and a mul by gamma) + 1; Celu max(0,x) + min(0, alpha (exp(x/alpha) - 1)): 6 flops (div,
 *   sub, mul, min, max, add) + 1.
 * - HardSigmoid max(0, min(1, alpha x + beta)): 4 flops; HardSwish x * HardSigmoid(x): 5.
 * - Gelu exact 0.5 x (1 + erf(x / sqrt 2)): 4 flops (div, add, mul, mul) + 1 transcendental (erf);
 *   Gelu tanh 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))): 8 flops (two muls for x^3, mul,
 *   add, mul, add, mul, mul) + 1 transcendental (tanh).
 * - Mish x tanh(softplus(x)): 2 flops (add 1, mul) + 3 transcendentals (exp, log, tanh).
 * - Swish / QuickGelu x sigmoid(alpha x): 4 flops (mul alpha, Sigmoid's 2, mul x) + 1.
 * - Shrink: 3 flops (two compares, one add or sub).
 * - com.microsoft: Gelu as Gelu exact; BiasGelu: 1 bias add + Gelu exact = 5 + 1; FastGelu: Gelu
 *   tanh (8 + 1) plus 1 flop when it has a bias; BiasAdd (X + bias + skip): 2 flops.
 * - Dropout (inference): identity, no arithmetic, no traffic unless the mask output is requested
 *   (then the mask is written).
 * Folding: Relu of a known constant is folded (ONNX's own Range function clamps its trip count
 * with one).
 */
import type { Dim } from '../onnx/model.ts';
import { BOOL, costOf, foldBroadcast, type PerElement, withValue } from './elementwise-util.ts';
import type { OpContext, OpRule, RuleTable } from './types.ts';
import { broadcast, fmtShape, numel, tensorBytes } from './util.ts';

/**
 * A rule for an activation whose output is its input's shape, `per` operations per element.
 * With `fold`, a known constant input is folded (Relu clamps the scalar arithmetic of ONNX's
 * Range function body: max(ceil((limit - start) / delta), 0)).
 */
function activation(
  per: PerElement | ((ctx: OpContext) => PerElement),
  fold?: (x: number) => number,
): OpRule {
  return {
    infer(ctx) {
      const x = ctx.input(0);
      const value = fold && foldBroadcast(ctx, [0], x.shape, x.dtype, ([v]) => fold(v));
      return [withValue(x.dtype, x.shape, value)];
    },
    cost(ctx, outputs) {
      const p = typeof per === 'function' ? per(ctx) : per;
      return costOf(ctx.input(0).dtype, numel(outputs[0].shape), p);
    },
  };
}

/** A rule whose extra inputs (slope, bias, skip) must broadcast into input 0 without growing it. */
function withOperands(per: PerElement | ((ctx: OpContext) => PerElement)): OpRule {
  const base = activation(per);
  return {
    ...base,
    infer(ctx) {
      const x = ctx.input(0);
      const others = ctx.inputs.flatMap((v, i) => (v && i > 0 ? [ctx.input(i).shape] : []));
      const shape = broadcast(ctx, [x.shape, ...others]);
      if (!sameShape(shape, x.shape)) {
        ctx.fail(
          `${ctx.node.opType}: inputs ${others.map(fmtShape).join(', ')} must broadcast to ` +
            `input 0 ${fmtShape(x.shape)}`,
        );
      }
      return [{ dtype: x.dtype, shape: x.shape }];
    },
  };
}

const sameShape = (a: readonly Dim[], b: readonly Dim[]): boolean =>
  a.length === b.length && a.every((d, i) => d === b[i]);

/** Per-element cost of each activation; also used by the ops that fuse one (dense-util.ts). */
export const ACTIVATION_COST = {
  Relu: { flops: 1 },
  LeakyRelu: { flops: 1 },
  PRelu: { flops: 1 },
  ThresholdedRelu: { flops: 1 },
  Elu: { flops: 3, transcendentals: 1 },
  Selu: { flops: 4, transcendentals: 1 },
  Celu: { flops: 6, transcendentals: 1 },
  Sigmoid: { flops: 2, transcendentals: 1 },
  HardSigmoid: { flops: 4 },
  HardSwish: { flops: 5 },
  Tanh: { flops: 0, transcendentals: 1 },
  Softplus: { flops: 1, transcendentals: 2 },
  Softsign: { flops: 3 },
  Mish: { flops: 2, transcendentals: 3 },
  Shrink: { flops: 3 },
} satisfies Record<string, PerElement>;

const GELU_ERF: PerElement = { flops: 4, transcendentals: 1 };
/** Also GemmFastGelu's epilogue (matmul.ts). */
export const GELU_TANH: PerElement = { flops: 8, transcendentals: 1 };
const X_SIGMOID: PerElement = { flops: 4, transcendentals: 1 };

function gelu(ctx: OpContext): PerElement {
  const approximate = ctx.attrs.string('approximate', 'none');
  if (approximate === 'none') return GELU_ERF;
  if (approximate === 'tanh') return GELU_TANH;
  return ctx.fail(`Gelu: unknown approximate "${approximate}" (expected none or tanh)`);
}

const dropout: OpRule = {
  infer(ctx) {
    const x = ctx.input(0);
    if (ctx.opset >= 12 && ctx.inputs[2] && ctx.constant(2)?.[0]) {
      ctx.note('Dropout: training_mode is true; costed as inference (identity)');
    }
    const maskDtype = ctx.opset < 10 ? x.dtype : BOOL;
    return [
      { dtype: x.dtype, shape: x.shape },
      { dtype: maskDtype, shape: x.shape },
    ];
  },
  bytes(ctx, outputs) {
    if (!ctx.node.outputs[1]) return 0;
    return tensorBytes(outputs[1]);
  },
  metaInputs: [1, 2],
};

/**
 * PRelu. Before opset 7 (no broadcasting in ONNX yet) the slope is per channel: [C] along axis 1
 * of X (what PyTorch exported), or one value shared by all channels; from opset 7 it broadcasts
 * into X. Either way Y has X's shape.
 */
const preluBroadcast = withOperands(ACTIVATION_COST.PRelu);
const prelu: OpRule = {
  ...preluBroadcast,
  infer(ctx) {
    if (ctx.opset >= 7) return preluBroadcast.infer(ctx);
    const x = ctx.input(0);
    const slope = ctx.input(1).shape;
    const n = slope.length === 1 ? slope[0] : undefined;
    const fits = n !== undefined && (n === 1 || n === x.shape[1] || typeof n === 'string');
    if (!fits && numel(slope) !== 1) {
      ctx.fail(
        `PRelu (opset ${ctx.opset}): the slope ${fmtShape(slope)} must be per channel ` +
          `(${x.shape[1] ?? '?'} values along axis 1 of ${fmtShape(x.shape)}) or one value`,
      );
    }
    return [{ dtype: x.dtype, shape: x.shape }];
  },
};

const biasAdd: OpRule = {
  ...withOperands({ flops: 2 }),
  infer(ctx) {
    const x = ctx.input(0);
    const bias = ctx.input(1).shape;
    const skip = ctx.input(2).shape;
    const c = x.shape[x.shape.length - 1];
    if (x.shape.length !== 3 || bias.length !== 1 || (typeof c === 'number' && bias[0] !== c)) {
      ctx.fail(
        `BiasAdd: expected X [N, S, C] and bias [C], got ${fmtShape(x.shape)} and ${fmtShape(bias)}`,
      );
    }
    if (!sameShape(broadcast(ctx, [x.shape, skip]), x.shape)) {
      ctx.fail(`BiasAdd: skip ${fmtShape(skip)} must match X ${fmtShape(x.shape)}`);
    }
    return [{ dtype: x.dtype, shape: x.shape }];
  },
};

export const rules: RuleTable = {
  Relu: activation(ACTIVATION_COST.Relu, (x) => Math.max(x, 0)),
  LeakyRelu: activation(ACTIVATION_COST.LeakyRelu),
  PRelu: prelu,
  ThresholdedRelu: activation(ACTIVATION_COST.ThresholdedRelu),
  Elu: activation(ACTIVATION_COST.Elu),
  Selu: activation(ACTIVATION_COST.Selu),
  Celu: activation(ACTIVATION_COST.Celu),
  Sigmoid: activation(ACTIVATION_COST.Sigmoid),
  HardSigmoid: activation(ACTIVATION_COST.HardSigmoid),
  HardSwish: activation(ACTIVATION_COST.HardSwish),
  Tanh: activation(ACTIVATION_COST.Tanh),
  Softplus: activation(ACTIVATION_COST.Softplus),
  Softsign: activation(ACTIVATION_COST.Softsign),
  Gelu: activation(gelu),
  Mish: activation(ACTIVATION_COST.Mish),
  Swish: activation(X_SIGMOID),
  Shrink: activation(ACTIVATION_COST.Shrink),
  Dropout: dropout,
  'com.microsoft/Gelu': activation(GELU_ERF),
  'com.microsoft/QuickGelu': activation(X_SIGMOID),
  'com.microsoft/BiasGelu': withOperands({ flops: GELU_ERF.flops + 1, transcendentals: 1 }),
  'com.microsoft/FastGelu': withOperands((ctx) => ({
    flops: GELU_TANH.flops + (ctx.inputs[1] ? 1 : 0),
    transcendentals: 1,
  })),
  'com.microsoft/BiasAdd': biasAdd,
};
