/**
 * Shared math of the attention rules (attention.ts, attention-ms.ts): dim arithmetic that keeps
 * symbols, and the cost of the scaled-dot-product core and of rotary embeddings. The constants
 * are documented in attention.ts.
 */
import type { Dim } from '../onnx/model.ts';
import type { Cost, OpContext, Value } from './types.ts';
import { fmtShape, numel } from './util.ts';

/** Per score element: the scale by 1/sqrt(D). */
const SCALE_FLOPS = 1;
/** Per score element: max, subtract, sum, divide (+ 1 exp, a transcendental). */
const SOFTMAX_FLOPS = 4;
/** Per score element, when softcap > 0: divide, multiply (+ 1 tanh). */
const SOFTCAP_FLOPS = 2;
/** Per rotated element: x·cos and x·sin (2 mul) and their sum (1 add); sin/cos are tables. */
const ROTARY_FLOPS = 3;

export const CAUSAL_NOTE =
  'causal masking is not discounted: every Sq x Sk score is counted, masked or not';

/** The scaled-dot-product part of an attention node: scores are [batch, heads, sq, sk]. */
export interface AttentionCore {
  batch: Dim;
  heads: Dim;
  sq: Dim;
  /** Attended length: past + new keys. */
  sk: Dim;
  dqk: Dim;
  dv: Dim;
  /** Additive terms per score element (a mask, a bias), 1 flop each. */
  scoreAdds: number;
  softcap: boolean;
}

const num = (d: Dim): number => (typeof d === 'number' ? d : NaN);

/** MACs of QKᵀ and AV plus the per-score scale, softmax, masks and softcap. */
export function coreCost(c: AttentionCore): Required<Cost> {
  const scores = numel([c.batch, c.heads, c.sq, c.sk]);
  const macs = scores * (num(c.dqk) + num(c.dv));
  const perScore = SCALE_FLOPS + SOFTMAX_FLOPS + c.scoreAdds + (c.softcap ? SOFTCAP_FLOPS : 0);
  return {
    macs,
    flops: 2 * macs + scores * perScore,
    transcendentals: scores * (1 + (c.softcap ? 1 : 0)),
    intOps: 0,
  };
}

/** Flops of rotating `rotated` elements (the pass-through part of each head costs nothing). */
export const rotaryFlops = (rotated: number): number => ROTARY_FLOPS * rotated;

export function sumCosts(...costs: Cost[]): Required<Cost> {
  const out = { macs: 0, flops: 0, transcendentals: 0, intOps: 0 };
  for (const c of costs) {
    out.macs += c.macs ?? 0;
    out.flops += c.flops ?? 0;
    out.transcendentals += c.transcendentals ?? 0;
    out.intOps += c.intOps ?? 0;
  }
  return out;
}

export function dimMul(ctx: OpContext, a: Dim, b: Dim): Dim {
  if (typeof a === 'number' && typeof b === 'number') return a * b;
  if (a === 1) return b;
  if (b === 1) return a;
  return ctx.symbol(`${ctx.node.name}:${a}*${b}`);
}

export function dimAdd(ctx: OpContext, a: Dim, b: Dim): Dim {
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  if (a === 0) return b;
  if (b === 0) return a;
  return ctx.symbol(`${ctx.node.name}:${a}+${b}`);
}

/** `a / b` where the op requires exact division (a hidden size split into heads). */
export function dimDiv(ctx: OpContext, a: Dim, b: number, what: string): Dim {
  if (!(b > 0)) ctx.fail(`${what}: the divisor ${b} must be positive`);
  if (typeof a !== 'number') return ctx.symbol(`${ctx.node.name}:${a}/${b}`);
  if (a % b !== 0) ctx.fail(`${what}: ${a} is not divisible by ${b}`);
  return a / b;
}

/** Fails unless two dims that must agree do (symbols are trusted). */
export function same(ctx: OpContext, a: Dim, b: Dim, what: string): void {
  if (typeof a === 'number' && typeof b === 'number' && a !== b) {
    ctx.fail(`${what}: ${a} and ${b} differ`);
  }
}

/** Input i with one of the allowed ranks, or a clear failure naming the shape. */
export function ranked(
  ctx: OpContext,
  i: number,
  ranks: number[],
  name: string,
): Value & { shape: Dim[] } {
  const v = ctx.input(i);
  if (!ranks.includes(v.shape.length)) {
    ctx.fail(`${name} ${fmtShape(v.shape)} must have rank ${ranks.join(' or ')}`);
  }
  return v;
}

/** Optional input i (undefined when omitted), with the rank checked when given. */
export function optional(
  ctx: OpContext,
  i: number,
  ranks: number[],
  name: string,
): (Value & { shape: Dim[] }) | undefined {
  return ctx.inputs[i] ? ranked(ctx, i, ranks, name) : undefined;
}

/** The rotary width of a head: the attribute, else twice the cos cache's last dim, else D. */
export function rotaryDim(ctx: OpContext, cosIndex: number, head: Dim): Dim {
  const attr = ctx.attrs.int('rotary_embedding_dim', 0);
  if (attr > 0) return attr;
  const cos = ctx.inputs[cosIndex]?.shape;
  const half = cos?.[cos.length - 1];
  return typeof half === 'number' ? 2 * half : head;
}
