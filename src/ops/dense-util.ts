/**
 * Helpers shared by the dense families (conv.ts, matmul.ts, rnn.ts): how a dense op's arithmetic
 * splits by dtype, and the per-element cost of the activations that FusedConv, FusedGemm and the
 * recurrent ops apply inside themselves.
 *
 * Activation constants, per element evaluated:
 * - Relu, LeakyRelu, ThresholdedRelu, Clip: 1 flop (INDICATORS.md counts these as one op);
 * - Affine (alpha·x + beta): 2 flops; HardSigmoid (alpha·x + beta, clamped): 3 flops;
 * - Softsign (x / (1 + |x|)): 3 flops;
 * - Sigmoid: 2 flops (add, div) + 1 transcendental (exp);
 * - Tanh: 1 transcendental; ScaledTanh (alpha·tanh(beta·x)): 2 flops + 1 transcendental;
 * - Elu: 2 flops (sub, mul) + 1 transcendental (exp);
 * - Softplus (log(1 + exp(x))): 1 flop + 2 transcendentals.
 */
import { isFloat } from '../onnx/dtypes.ts';
import type { Cost, OpContext } from './types.ts';

export interface ElementCost {
  flops: number;
  transcendentals: number;
}

const ACTIVATIONS: Record<string, ElementCost> = {
  relu: { flops: 1, transcendentals: 0 },
  leakyrelu: { flops: 1, transcendentals: 0 },
  thresholdedrelu: { flops: 1, transcendentals: 0 },
  clip: { flops: 1, transcendentals: 0 },
  affine: { flops: 2, transcendentals: 0 },
  hardsigmoid: { flops: 3, transcendentals: 0 },
  softsign: { flops: 3, transcendentals: 0 },
  sigmoid: { flops: 2, transcendentals: 1 },
  tanh: { flops: 0, transcendentals: 1 },
  scaledtanh: { flops: 2, transcendentals: 1 },
  elu: { flops: 2, transcendentals: 1 },
  softplus: { flops: 1, transcendentals: 2 },
};

/** The cost of one evaluation of a named activation; fails on a name it does not know. */
export function activationCost(ctx: OpContext, name: string): ElementCost {
  const c = ACTIVATIONS[name.toLowerCase()];
  if (!c) ctx.fail(`unknown activation "${name}"`);
  return c;
}

/** The `activation` attribute of FusedConv / FusedGemm; absent means none (as in ONNX Runtime). */
export function fusedActivation(ctx: OpContext): ElementCost {
  const name = ctx.attrs.string('activation', '');
  return name ? activationCost(ctx, name) : { flops: 0, transcendentals: 0 };
}

/**
 * A dense op's cost: `macs` multiply-accumulates plus `extraFlops` other operations (bias adds,
 * activations). Float types count `2·macs + extra` as flops, integer types as intOps.
 */
export function denseCost(dtype: number, macs: number, extra = 0, transcendentals = 0): Cost {
  const ops = 2 * macs + extra;
  return isFloat(dtype)
    ? { macs, flops: ops, transcendentals }
    : { macs, intOps: ops, transcendentals };
}
