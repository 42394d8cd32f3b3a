/**
 * Optimizer steps of the ai.onnx.preview.training domain: Adagrad, Momentum and Adam. Each
 * updates n tensors at once: its inputs are the learning rate R and the update count T (scalars),
 * then n tensors per group (X, G, and the optimizer state: H for Adagrad, V for Momentum, V and
 * H for Adam); its outputs are the new X and the new state, n per group, each of the shape of the
 * tensor it replaces.
 *
 * Gradient: its outputs are the gradients of y with respect to the tensors named in `xs`, which
 * are its first inputs: output i has the shape and dtype of input i. Its cost (the backward pass
 * of the graph that computes y) is not counted: the node is flagged and the totals incomplete.
 *
 * Counting conventions, per element of the updated tensors (the scalar work on R and T is O(1)
 * and not counted):
 * - Adagrad: G' = c X + G (2), H' = H + G'^2 (2), sqrt(H') + eps (1 + 1 sqrt), X' = X - r G' /
 *   that (3): 8 flops + 1 transcendental.
 * - Momentum, standard: G' = c X + G (2), V' = alpha V + beta G' (3), X' = X - R V' (2): 7 flops.
 *   Nesterov: G' (2), V' = alpha V + G' (2), X' = X - R (G' + alpha V') (4): 8 flops.
 * - Adam: G' = c X + G (2), V' = alpha V + (1 - alpha) G' (3), H' = beta H + (1 - beta) G'^2 (4),
 *   sqrt(H') + eps (1 + 1 sqrt), X' = X - R' V' / that (3), scaled by (1 - c_post) (1): 14 flops
 *   + 1 transcendental.
 */
import { costOf, type PerElement } from './elementwise-util.ts';
import type { OpContext, OpRule, RuleTable, Value } from './types.ts';
import { fmtShape, numel } from './util.ts';

/**
 * A rule for an optimizer with `groups` tensors per variable among its inputs (after R and T) and
 * outputs taken from the input groups `outputGroups` (0 = X).
 */
function optimizer(
  groups: number,
  outputGroups: number[],
  per: (ctx: OpContext) => PerElement,
): OpRule {
  const count = (ctx: OpContext): number => {
    const n = (ctx.inputs.length - 2) / groups;
    if (!Number.isInteger(n) || n < 1) {
      ctx.fail(
        `${ctx.node.opType}: ${ctx.inputs.length} inputs; expected R, T and ${groups} tensors per variable`,
      );
    }
    return n;
  };
  return {
    infer(ctx) {
      const n = count(ctx);
      const outputs: Value[] = [];
      for (const g of outputGroups) {
        for (let i = 0; i < n; i++) {
          const v = ctx.input(2 + g * n + i);
          const x = ctx.input(2 + i);
          const clash =
            v.shape.length !== x.shape.length ||
            v.shape.some(
              (d, k) => typeof d === 'number' && typeof x.shape[k] === 'number' && d !== x.shape[k],
            );
          if (clash) {
            ctx.fail(
              `${ctx.node.opType}: input ${2 + g * n + i} ${fmtShape(v.shape)} must have the shape of X${i + 1} ${fmtShape(x.shape)}`,
            );
          }
          outputs.push({ dtype: v.dtype, shape: v.shape });
        }
      }
      return outputs;
    },
    cost(ctx) {
      const n = count(ctx);
      let elements = 0;
      for (let i = 0; i < n; i++) elements += numel(ctx.input(2 + i).shape);
      return costOf(ctx.input(2).dtype, elements, per(ctx));
    },
    metaInputs: [0, 1],
  };
}

function momentum(ctx: OpContext): PerElement {
  const mode = ctx.attrs.string('mode');
  if (mode === 'standard') return { flops: 7 };
  if (mode === 'nesterov') return { flops: 8 };
  return ctx.fail(`Momentum: unknown mode "${mode}" (expected standard or nesterov)`);
}

const gradient: OpRule = {
  infer(ctx) {
    const xs = ctx.attrs.strings('xs');
    if (xs.length > ctx.inputs.length) {
      ctx.fail(`Gradient: ${xs.length} tensors in xs, but only ${ctx.inputs.length} inputs`);
    }
    ctx.flag('Gradient: the backward pass is not costed');
    return xs.map((_, i) => {
      const x = ctx.input(i);
      return { dtype: x.dtype, shape: x.shape };
    });
  },
};

const D = 'ai.onnx.preview.training';

export const rules: RuleTable = {
  // Inputs R, T, X..., G..., H...; outputs X'..., H'...
  [`${D}/Adagrad`]: optimizer(3, [0, 2], () => ({ flops: 8, transcendentals: 1 })),
  // Inputs R, T, X..., G..., V...; outputs X'..., V'...
  [`${D}/Momentum`]: optimizer(3, [0, 2], momentum),
  // Inputs R, T, X..., G..., V..., H...; outputs X'..., V'..., H'...
  [`${D}/Adam`]: optimizer(4, [0, 2, 3], () => ({ flops: 14, transcendentals: 1 })),
  [`${D}/Gradient`]: gradient,
};
