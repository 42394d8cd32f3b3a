/**
 * Attention: ai.onnx Attention (opset 23+), RotaryEmbedding (ai.onnx 23+ and com.microsoft). The
 * conventions below also hold for com.microsoft Attention, MultiHeadAttention and
 * GroupQueryAttention, whose rules are in attention-ms.ts.
 *
 * Counting conventions (scores are [B, H, Sq, Sk], Sk = past + new keys; H = query heads):
 * - macs: B·H·Sq·Sk·(Dqk + Dv) for QKᵀ and AV, plus the input projection B·S·Din·(Dq + Dk + Dv)
 *   for com.microsoft Attention (the only one of these that includes it).
 * - flops: 2·macs, plus per score element 1 (scale) + 4 (softmax: max, sub, sum, div) + 1 per
 *   additive mask or bias input present + 2 (divide, multiply) when softcap > 0; plus 1 per
 *   element of each biased projection output (the bias inputs of com.microsoft ops).
 * - transcendentals: 1 per score element (exp), + 1 (tanh) when softcap > 0.
 * - rotary embeddings: 3 flops per rotated element (2 mul + 1 add; cos and sin come from tables);
 *   the elements of a head beyond rotary_embedding_dim pass through for free.
 * - causal masking is not discounted (a note says so on every causal node); neither is
 *   GroupQueryAttention's local window. Concatenating past and new keys is data movement.
 * Not params (meta inputs), even as float initializers: masks (ai.onnx attn_mask, com.microsoft
 * mask_index and key_padding_mask), rotary cos / sin caches and position ids (tables computed
 * from positions), lengths. attention_bias stays data: it may hold a learned position bias.
 */
import type { Dim } from '../onnx/model.ts';
import {
  CAUSAL_NOTE,
  coreCost,
  dimAdd,
  dimDiv,
  dimMul,
  optional,
  ranked,
  rotaryDim,
  rotaryFlops,
  same,
  type AttentionCore,
} from './attention-util.ts';
import type { OpContext, OpRule, RuleTable } from './types.ts';
import { fmtShape, numel } from './util.ts';

interface OnnxGeometry extends AttentionCore {
  rank: number;
  kvHeads: Dim;
}

/** Q, K, V of ai.onnx Attention: all [B, H, S, D], or all [B, S, H·D] with the head counts. */
function onnxGeometry(ctx: OpContext): OnnxGeometry {
  const q = ranked(ctx, 0, [3, 4], 'Q').shape;
  const k = ranked(ctx, 1, [q.length], 'K (same rank as Q)').shape;
  const v = ranked(ctx, 2, [q.length], 'V (same rank as Q)').shape;
  let heads: Dim, kvHeads: Dim, dqk: Dim, dv: Dim;
  if (q.length === 4) {
    [heads, kvHeads, dqk, dv] = [q[1], k[1], q[3], v[3]];
    same(ctx, k[3], dqk, `head sizes of Q ${fmtShape(q)} and K ${fmtShape(k)}`);
    same(ctx, v[1], kvHeads, `kv heads of K ${fmtShape(k)} and V ${fmtShape(v)}`);
  } else {
    if (!ctx.attrs.has('q_num_heads') || !ctx.attrs.has('kv_num_heads')) {
      ctx.fail('3-D Q, K, V need the q_num_heads and kv_num_heads attributes');
    }
    heads = ctx.attrs.int('q_num_heads');
    kvHeads = ctx.attrs.int('kv_num_heads');
    dqk = dimDiv(ctx, q[2], heads, `Q ${fmtShape(q)} into ${heads} heads`);
    same(ctx, dimDiv(ctx, k[2], kvHeads, `K ${fmtShape(k)} into ${kvHeads} heads`), dqk, 'Dqk');
    dv = dimDiv(ctx, v[2], kvHeads, `V ${fmtShape(v)} into ${kvHeads} heads`);
  }
  const newKeys = q.length === 4 ? k[2] : k[1];
  same(ctx, v[q.length === 4 ? 2 : 1], newKeys, `key lengths of K ${fmtShape(k)} and V`);
  if (typeof heads === 'number' && typeof kvHeads === 'number' && heads % kvHeads !== 0) {
    ctx.fail(`${heads} query heads are not a multiple of ${kvHeads} kv heads`);
  }
  const past = optional(ctx, 4, [4], 'past_key')?.shape;
  const sk = past ? dimAdd(ctx, past[2], newKeys) : newKeys;
  return {
    rank: q.length,
    batch: q[0],
    heads,
    kvHeads,
    sq: q.length === 4 ? q[2] : q[1],
    sk,
    dqk,
    dv,
    scoreAdds: ctx.inputs[3] ? 1 : 0,
    softcap: ctx.attrs.float('softcap', 0) > 0,
  };
}

/** Head size of a rotary input: the last dim of [B, N, S, D], else hidden / num_heads. */
function rotaryHead(ctx: OpContext, x: Dim[], cosIndex: number): Dim {
  if (x.length === 4) return x[3];
  const heads = ctx.attrs.int('num_heads', 0);
  if (heads > 0) return dimDiv(ctx, x[2], heads, `hidden ${fmtShape(x)} into ${heads} heads`);
  // Without num_heads the cache width defines the head (the whole head rotates).
  return rotaryDim(ctx, cosIndex, x[2]);
}

/** ai.onnx and com.microsoft RotaryEmbedding differ only in where the cos cache sits. */
function rotaryRule(cosIndex: number, metaInputs: number[]): OpRule {
  const widths = (ctx: OpContext, x: Dim[]): [Dim, Dim] => {
    const head = rotaryHead(ctx, x, cosIndex);
    const rd = rotaryDim(ctx, cosIndex, head);
    if (typeof rd === 'number' && typeof head === 'number' && rd > head) {
      ctx.fail(`rotary width ${rd} exceeds the head size ${head} of input ${fmtShape(x)}`);
    }
    return [head, rd];
  };
  return {
    infer(ctx) {
      const x = ranked(ctx, 0, [3, 4], 'input');
      widths(ctx, x.shape);
      return [{ dtype: x.dtype, shape: x.shape.slice() }];
    },
    cost(ctx) {
      const x = ctx.input(0).shape;
      const [head, rd] = widths(ctx, x);
      return { flops: rotaryFlops((numel(x) / numel([head])) * numel([rd])) };
    },
    metaInputs,
  };
}

export const rules: RuleTable = {
  Attention: {
    infer(ctx) {
      const g = onnxGeometry(ctx);
      if (ctx.attrs.int('is_causal', 0)) ctx.note(CAUSAL_NOTE);
      const dtype = ctx.input(0).dtype;
      const y =
        g.rank === 4 ? [g.batch, g.heads, g.sq, g.dv] : [g.batch, g.sq, dimMul(ctx, g.heads, g.dv)];
      return [
        { dtype, shape: y },
        { dtype, shape: [g.batch, g.kvHeads, g.sk, g.dqk] },
        { dtype, shape: [g.batch, g.kvHeads, g.sk, g.dv] },
        { dtype, shape: [g.batch, g.heads, g.sq, g.sk] },
      ];
    },
    cost: (ctx) => coreCost(onnxGeometry(ctx)),
    // attn_mask is a mask (a deterministic table even when it is a float initializer);
    // nonpad_kv_seqlen (opset 24) holds lengths. Neither is a weight.
    metaInputs: [3, 6],
  },
  // position_ids, and the cos / sin caches: tables computed from positions, not learned.
  RotaryEmbedding: rotaryRule(1, [1, 2, 3]),
  'com.microsoft/RotaryEmbedding': rotaryRule(2, [1, 2, 3]),
};
