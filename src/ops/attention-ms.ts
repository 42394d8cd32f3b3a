/**
 * com.microsoft Attention, MultiHeadAttention and GroupQueryAttention (the counting conventions are
 * those stated in attention.ts's doc comment).
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
  sumCosts,
  type AttentionCore,
} from './attention-util.ts';
import type { OpContext, RuleTable } from './types.ts';
import { fmtShape, numel } from './util.ts';

const SHARED_BUFFER_NOTE =
  'past and present share one KV buffer: the attended length is the buffer length (an upper bound)';

// ---- com.microsoft Attention: input [B, S, Din] x weights [Din, Dq + Dk + Dv] (+ bias) ----

interface MsGeometry extends AttentionCore {
  heads: number;
  seq: Dim;
  inHidden: Dim;
  sizes: [number, number, number];
}

function msAttentionGeometry(ctx: OpContext): MsGeometry {
  const x = ranked(ctx, 0, [3], 'input').shape;
  const w = ranked(ctx, 1, [2], 'weights').shape;
  same(ctx, w[0], x[2], `input ${fmtShape(x)} hidden vs weights ${fmtShape(w)} rows`);
  const heads = ctx.attrs.int('num_heads');
  let sizes = ctx.attrs.ints('qkv_hidden_sizes', []);
  if (sizes.length === 0) {
    if (typeof w[1] !== 'number') ctx.fail(`weights ${fmtShape(w)} need a static width`);
    const each = dimDiv(ctx, w[1], 3, `weights ${fmtShape(w)} width into Q, K, V`) as number;
    sizes = [each, each, each];
  } else if (sizes.length !== 3) {
    ctx.fail(`qkv_hidden_sizes ${fmtShape(sizes)} must have 3 values`);
  }
  same(ctx, w[1], sizes[0] + sizes[1] + sizes[2], `weights ${fmtShape(w)} width vs qkv sizes`);
  if (sizes[0] !== sizes[1]) ctx.fail(`Q and K hidden sizes ${sizes[0]}, ${sizes[1]} differ`);
  const past = optional(ctx, 4, [5], 'past')?.shape;
  const shared = !!past && !!ctx.attrs.int('past_present_share_buffer', 0);
  return {
    batch: x[0],
    seq: x[1],
    inHidden: x[2],
    sizes: sizes as [number, number, number],
    heads,
    sq: x[1],
    sk: !past ? x[1] : shared ? past[3] : dimAdd(ctx, past[3], x[1]),
    dqk: dimDiv(ctx, sizes[0], heads, `Q hidden ${sizes[0]} into ${heads} heads`),
    dv: dimDiv(ctx, sizes[2], heads, `V hidden ${sizes[2]} into ${heads} heads`),
    scoreAdds: (ctx.inputs[3] ? 1 : 0) + (ctx.inputs[5] ? 1 : 0),
    softcap: false,
  };
}

// ---- MultiHeadAttention: query/key/value already projected; bias optional ----

interface MhaGeometry extends AttentionCore {
  /** Elements the bias input is added to (0 without a bias). */
  biased: number;
}

function mhaGeometry(ctx: OpContext): MhaGeometry {
  const heads = ctx.attrs.int('num_heads');
  const q = ranked(ctx, 0, [3, 5], 'query').shape;
  const key = optional(ctx, 1, [3, 4, 5], 'key')?.shape;
  const value = optional(ctx, 2, [3, 4], 'value')?.shape;
  let dqk: Dim, dv: Dim, newKeys: Dim;
  if (q.length === 5) {
    // Packed QKV [B, S, N, 3, D].
    same(ctx, q[2], heads, `packed query ${fmtShape(q)} heads vs num_heads`);
    same(ctx, q[3], 3, `packed query ${fmtShape(q)} must hold Q, K, V in dim 3`);
    [dqk, dv, newKeys] = [q[4], q[4], q[1]];
  } else {
    dqk = dimDiv(ctx, q[2], heads, `query ${fmtShape(q)} into ${heads} heads`);
    if (!key) ctx.fail(`key is missing (needed unless query ${fmtShape(q)} is packed QKV)`);
    if (key.length === 5) {
      // Packed KV [B, L, N, 2, D].
      same(ctx, key[3], 2, `packed key ${fmtShape(key)} must hold K, V in dim 3`);
      [dv, newKeys] = [key[4], key[1]];
    } else {
      if (!value || value.length !== key.length) {
        ctx.fail(`value ${fmtShape(value)} must have the rank of key ${fmtShape(key)}`);
      }
      const k = key.length === 4;
      newKeys = k ? key[2] : key[1];
      same(ctx, k ? key[3] : dimDiv(ctx, key[2], heads, 'key into heads'), dqk, 'Dqk of key');
      dv = k ? value[3] : dimDiv(ctx, value[2], heads, `value ${fmtShape(value)} into heads`);
    }
  }
  const past = optional(ctx, 6, [4], 'past_key')?.shape;
  const shared = !!past && !!ctx.inputs[8];
  const projected = [q, key, value].filter((s): s is Dim[] => !!s && s.length !== 4);
  return {
    batch: q[0],
    heads,
    sq: q[1],
    sk: !past ? newKeys : shared ? past[2] : dimAdd(ctx, past[2], newKeys),
    dqk,
    dv,
    scoreAdds: (ctx.inputs[4] ? 1 : 0) + (ctx.inputs[5] ? 1 : 0),
    softcap: false,
    biased: ctx.inputs[3] ? projected.reduce((n, s) => n + numel(s), 0) : 0,
  };
}

// ---- GroupQueryAttention: query [B, S, N·D] (or packed QKV), always causal ----

interface GqaGeometry extends AttentionCore {
  heads: number;
  seq: Dim;
  kvHeads: number;
  present: Dim;
}

function gqaGeometry(ctx: OpContext): GqaGeometry {
  const heads = ctx.attrs.int('num_heads');
  const kvHeads = ctx.attrs.int('kv_num_heads');
  if (heads % kvHeads !== 0) ctx.fail(`num_heads ${heads} is not a multiple of ${kvHeads}`);
  const q = ranked(ctx, 0, [3], 'query').shape;
  const key = optional(ctx, 1, [3], 'key')?.shape;
  let d: Dim;
  if (key) {
    d = dimDiv(ctx, q[2], heads, `query ${fmtShape(q)} into ${heads} heads`);
    same(ctx, dimDiv(ctx, key[2], kvHeads, `key ${fmtShape(key)} into heads`), d, 'key head');
  } else {
    d = dimDiv(ctx, q[2], heads + 2 * kvHeads, `packed QKV ${fmtShape(q)} into heads`);
  }
  const past = optional(ctx, 3, [4], 'past_key')?.shape;
  const pastLen = past ? past[2] : 0;
  const total = ctx.constant(6);
  let sk: Dim, present: Dim;
  if (total && total.length === 1) {
    sk = total[0];
    present = typeof pastLen === 'number' ? Math.max(pastLen, total[0]) : total[0];
  } else {
    sk = present = dimAdd(ctx, pastLen, q[1]);
  }
  return {
    batch: q[0],
    seq: q[1],
    heads,
    kvHeads,
    sq: q[1],
    sk,
    present,
    dqk: d,
    dv: d,
    scoreAdds: ctx.inputs[10] ? 1 : 0,
    softcap: ctx.attrs.float('softcap', 0) > 0,
  };
}

export const rules: RuleTable = {
  'com.microsoft/Attention': {
    infer(ctx) {
      const g = msAttentionGeometry(ctx);
      if (ctx.attrs.int('unidirectional', 0)) ctx.note(CAUSAL_NOTE);
      if (g.sk !== g.sq && ctx.attrs.int('past_present_share_buffer', 0)) {
        ctx.note(SHARED_BUFFER_NOTE);
      }
      const dtype = ctx.input(0).dtype;
      return [
        { dtype, shape: [g.batch, g.seq, g.sizes[2]] },
        { dtype, shape: [2, g.batch, g.heads, g.sk, g.dqk] },
      ];
    },
    cost(ctx) {
      const g = msAttentionGeometry(ctx);
      const width = g.sizes[0] + g.sizes[1] + g.sizes[2];
      const tokens = numel([g.batch, g.seq]);
      const projMacs = tokens * numel([g.inHidden]) * width;
      const rotary = ctx.attrs.int('do_rotary', 0)
        ? rotaryFlops(tokens * 2 * g.heads * numel([rotaryDim(ctx, -1, g.dqk)]))
        : 0;
      return sumCosts(coreCost(g), {
        macs: projMacs,
        flops: 2 * projMacs + (ctx.inputs[2] ? tokens * width : 0) + rotary,
      });
    },
    metaInputs: [3, 6],
  },

  'com.microsoft/MultiHeadAttention': {
    infer(ctx) {
      const g = mhaGeometry(ctx);
      if (ctx.attrs.int('unidirectional', 0)) ctx.note(CAUSAL_NOTE);
      if (ctx.inputs[6] && ctx.inputs[8]) ctx.note(SHARED_BUFFER_NOTE);
      const dtype = ctx.input(0).dtype;
      return [
        { dtype, shape: [g.batch, g.sq, dimMul(ctx, g.heads, g.dv)] },
        { dtype, shape: [g.batch, g.heads, g.sk, g.dqk] },
        { dtype, shape: [g.batch, g.heads, g.sk, g.dv] },
        { dtype, shape: [g.batch, g.heads, g.sq, g.sk] },
      ];
    },
    cost(ctx) {
      const g = mhaGeometry(ctx);
      return sumCosts(coreCost(g), { flops: g.biased });
    },
    metaInputs: [4, 8, 9],
  },

  'com.microsoft/GroupQueryAttention': {
    infer(ctx) {
      const g = gqaGeometry(ctx);
      ctx.note(CAUSAL_NOTE);
      if (ctx.inputs[3] && !ctx.constant(6)) {
        ctx.note(
          'total_sequence_length is not a constant: Sk is taken as past + new ' +
            '(an upper bound when past and present share one KV buffer)',
        );
      }
      if (ctx.attrs.int('local_window_size', -1) > 0) {
        ctx.note('the local attention window is not discounted either');
      }
      const dtype = ctx.input(0).dtype;
      const kvType = ctx.inputs[3]?.dtype ?? dtype;
      return [
        { dtype, shape: [g.batch, g.seq, dimMul(ctx, g.heads, g.dqk)] },
        { dtype: kvType, shape: [g.batch, g.kvHeads, g.present, g.dqk] },
        { dtype: kvType, shape: [g.batch, g.kvHeads, g.present, g.dv] },
        { dtype, shape: [g.batch, g.heads, g.sq, g.sk] },
      ];
    },
    cost(ctx) {
      const g = gqaGeometry(ctx);
      const rotated = ctx.attrs.int('do_rotary', 0)
        ? numel([g.batch, g.seq]) * (g.heads + g.kvHeads) * numel([rotaryDim(ctx, 7, g.dqk)])
        : 0;
      return sumCosts(coreCost(g), { flops: rotaryFlops(rotated) });
    },
    // seqlens_k, total_sequence_length, the cos / sin caches (tables computed from positions,
    // not learned) and position_ids.
    metaInputs: [5, 6, 7, 8, 9],
  },
};
