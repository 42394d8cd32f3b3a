/**
 * Other com.microsoft ops that ONNX Runtime's transformer optimizer emits (BERT/GPT training and
 * Stable Diffusion UNet graphs): BiasSoftmax, BiasDropout, GroupNorm, SkipGroupNorm,
 * BiasSplitGelu, NhwcConv and the old Trilu.
 *
 * Counting conventions (per output element unless stated):
 * - BiasSoftmax: 1 (bias add) + 4 (softmax: max, sub, sum, div) flops + 1 transcendental (exp).
 * - BiasDropout: 1 (bias add) + 1 (residual add, when given) flops; dropout itself is free at
 *   inference; with training_mode a constant true, + 1 (mask multiply; the scale is folded into
 *   it). Random number generation is not counted.
 * - GroupNorm (NHWC): 5 (mean, subtract, variance, divide) + 2 (gamma, beta) flops, + 1
 *   transcendental (sqrt) per (N, group); activation SiLU (x·sigmoid(x)) adds 3 flops (add, div,
 *   mul) + 1 transcendental (exp). SkipGroupNorm adds 1 flop for the skip add and 1 for the bias.
 * - BiasSplitGelu ([N, S, D] -> [N, S, D/2]): 2 (bias adds, both halves) + 4 (Gelu, erf form:
 *   divide, add, two multiplies) + 1 (the product of the halves) flops + 1 transcendental (erf).
 * - NhwcConv: as Conv, N·M·prod(out spatial)·(C/g)·prod(kernel) macs, 2·macs flops + 1 per
 *   output element for a bias; weights are [M, k..., C/g].
 * - Trilu moves data only.
 */
import type { Dim } from '../onnx/model.ts';
import type { OpContext, OpRule, RuleTable, Value } from './types.ts';
import { broadcast, fmtShape, isStatic, numel, product } from './util.ts';
import { windowOutputShape } from './window.ts';

const SOFTMAX_FLOPS = 4;
const NORM_FLOPS = 5 + 2;
const SILU_FLOPS = 3;
const GELU_FLOPS = 4;

const sameAsInput = (ctx: OpContext): Value => ({
  dtype: ctx.input(0).dtype,
  shape: ctx.input(0).shape.slice(),
});

/** NHWC GroupNorm geometry: [N, ..., C] with C split into `groups`, gamma and beta [C]. */
function groupNorm(ctx: OpContext): { elements: number; rows: number } {
  const x = ctx.input(0).shape;
  if (x.length < 2) ctx.fail(`input ${fmtShape(x)} must be [N, H, W, C]`);
  const c = x[x.length - 1];
  const groups = ctx.attrs.int('groups');
  if (typeof c === 'number' && c % groups !== 0) {
    ctx.fail(`input ${fmtShape(x)}: ${c} channels are not divisible by ${groups} groups`);
  }
  const gamma = ctx.input(1).shape;
  if (
    gamma.length !== 1 ||
    (typeof gamma[0] === 'number' && typeof c === 'number' && gamma[0] !== c)
  ) {
    ctx.fail(`gamma ${fmtShape(gamma)} must be [C] for input ${fmtShape(x)}`);
  }
  return { elements: numel(x), rows: numel([x[0]]) * groups };
}

function groupNormRule(skip: boolean): OpRule {
  return {
    infer(ctx) {
      groupNorm(ctx);
      if (skip) broadcast(ctx, [ctx.input(0).shape, ctx.input(3).shape]);
      return skip ? [sameAsInput(ctx), sameAsInput(ctx)] : [sameAsInput(ctx)];
    },
    cost(ctx) {
      const { elements, rows } = groupNorm(ctx);
      const silu = ctx.attrs.int('activation', 0) === 1;
      const extra = skip ? 1 + (ctx.inputs[4] ? 1 : 0) : 0;
      return {
        flops: elements * (NORM_FLOPS + (silu ? SILU_FLOPS : 0) + extra),
        transcendentals: rows + (silu ? elements : 0),
      };
    },
  };
}

/** NhwcConv: X [N, spatial..., C], W [M, kernel..., C/g]. */
function nhwcConv(ctx: OpContext): { shape: Dim[]; macs: number } {
  const x = ctx.input(0).shape;
  const w = ctx.input(1).shape;
  if (x.length < 3 || w.length !== x.length) {
    ctx.fail(`input ${fmtShape(x)} and weights ${fmtShape(w)} must be [N, spatial..., C]`);
  }
  const group = ctx.attrs.int('group', 1);
  const kernel = w.slice(1, -1);
  if (!isStatic(kernel)) ctx.fail(`weights ${fmtShape(w)} need a static kernel size`);
  const cin = w[w.length - 1];
  const c = x[x.length - 1];
  if (typeof c === 'number' && typeof cin === 'number' && c !== cin * group) {
    ctx.fail(
      `input ${fmtShape(x)} has ${c} channels; weights ${fmtShape(w)} expect ${cin * group}`,
    );
  }
  const nchw = [x[0], c, ...x.slice(1, -1)];
  const { spatial } = windowOutputShape(ctx, nchw, kernel, {
    strides: ctx.attrs.ints('strides', []),
    dilations: ctx.attrs.ints('dilations', []),
    pads: ctx.attrs.ints('pads', []),
    autoPad: ctx.attrs.string('auto_pad', 'NOTSET'),
  });
  const shape = [x[0], ...spatial, w[0]];
  return { shape, macs: numel(shape) * numel([cin]) * product(kernel) };
}

export const rules: RuleTable = {
  'com.microsoft/BiasSoftmax': {
    infer(ctx) {
      broadcast(ctx, [ctx.input(0).shape, ctx.input(1).shape]);
      return [sameAsInput(ctx)];
    },
    cost: (_ctx, [y]) => ({
      flops: (1 + SOFTMAX_FLOPS) * numel(y.shape),
      transcendentals: numel(y.shape),
    }),
  },

  'com.microsoft/BiasDropout': {
    infer(ctx) {
      broadcast(ctx, [ctx.input(0).shape, ctx.input(1).shape]);
      return [sameAsInput(ctx), { dtype: 9, shape: ctx.input(0).shape.slice() }];
    },
    cost(ctx, [y]) {
      const training = ctx.constant(4)?.[0] ? 1 : 0;
      return { flops: (1 + (ctx.inputs[2] ? 1 : 0) + training) * numel(y.shape) };
    },
    metaInputs: [3, 4],
  },

  'com.microsoft/GroupNorm': groupNormRule(false),
  'com.microsoft/SkipGroupNorm': groupNormRule(true),

  'com.microsoft/BiasSplitGelu': {
    infer(ctx) {
      const x = ctx.input(0).shape;
      const d = x[x.length - 1];
      if (x.length < 1 || (typeof d === 'number' && d % 2 !== 0)) {
        ctx.fail(`input ${fmtShape(x)} must have an even last dim to split in halves`);
      }
      const half = typeof d === 'number' ? d / 2 : ctx.symbol(`${ctx.node.name}:${d}/2`);
      return [{ dtype: ctx.input(0).dtype, shape: [...x.slice(0, -1), half] }];
    },
    cost: (_ctx, [y]) => ({
      flops: (2 + GELU_FLOPS + 1) * numel(y.shape),
      transcendentals: numel(y.shape),
    }),
  },

  'com.microsoft/NhwcConv': {
    infer: (ctx) => [{ dtype: ctx.input(0).dtype, shape: nhwcConv(ctx).shape }],
    cost(ctx) {
      const g = nhwcConv(ctx);
      return { macs: g.macs, flops: 2 * g.macs + (ctx.inputs[2] ? numel(g.shape) : 0) };
    },
  },

  'com.microsoft/Trilu': {
    infer: (ctx) => [sameAsInput(ctx)],
    metaInputs: [1],
  },
};
