/**
 * Helpers shared by the dense families (conv.ts, matmul.ts, rnn.ts): how a dense op's arithmetic
 * splits by dtype, and the per-element cost of the activations that FusedConv, FusedGemm and the
 * recurrent ops apply inside themselves.
 *
 * Activations take their per-element cost from activation.ts (one table for the whole tool);
 * the two that exist only inside the recurrent ops are costed here: Affine (alpha·x + beta):
 * 2 flops; ScaledTanh (alpha·tanh(beta·x)): 2 flops + 1 transcendental.
 */
import { isFloat } from '../onnx/dtypes.ts';
import { ACTIVATION_COST } from './activation.ts';
import type { Cost, OpContext } from './types.ts';

export interface ElementCost {
  flops: number;
  transcendentals: number;
}

const ACTIVATIONS: Record<string, ElementCost> = {
  ...Object.fromEntries(
    Object.entries(ACTIVATION_COST).map(([name, c]) => [
      name.toLowerCase(),
      { flops: c.flops, transcendentals: 'transcendentals' in c ? c.transcendentals : 0 },
    ]),
  ),
  clip: { flops: 1, transcendentals: 0 },
  affine: { flops: 2, transcendentals: 0 },
  scaledtanh: { flops: 2, transcendentals: 1 },
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
