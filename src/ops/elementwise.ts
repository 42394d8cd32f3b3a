/**
 * Elementwise arithmetic, math, comparison, logical and bitwise ops (numpy broadcasting).
 *
 * Counting conventions, per output element:
 * - Add, Sub, Mul, Div, Mod, Neg, Abs, Sign, Floor, Ceil, Round, Reciprocal (one division),
 *   comparisons (Equal, Less, Greater, LessOrEqual, GreaterOrEqual), IsNaN, IsInf, Clip: 1 flop.
 * - Max, Min, Sum with n inputs: n - 1 flops; Mean: n flops (n - 1 adds and a division).
 * - Exp, Log, Erf, Sqrt, Pow, Sin, Cos, Tan, Asin, Acos, Atan, Sinh, Cosh, Asinh, Acosh, Atanh:
 *   1 transcendental and no extra flops.
 * - Where: 0 (it selects, moving bytes only).
 * - Logical (And, Or, Xor, Not) and bitwise (BitShift, BitwiseAnd/Or/Xor/Not) ops: 1 intOp.
 * - On integer (or bool) inputs, every count above goes to intOps instead (flops and
 *   transcendentals summed), e.g. an int64 Mul is 1 intOp.
 * The dtype that decides is that of input 0 (of input 1 for Where). Comparisons and logical ops
 * output bool; the others output their input's dtype.
 *
 * Folding: the ops that PyTorch's shape arithmetic goes through fold known constant inputs (with
 * broadcasting): Add, Sub, Mul, Div (integers truncate toward zero), Mod (fmod), Neg, Abs, Sign,
 * Floor, Ceil, Round (half to even), Sqrt, Pow, Reciprocal, Max, Min, Sum, comparisons, And, Or,
 * Xor, Not, Where, Clip. Each folded result is rounded to the output dtype (float32, float16,
 * bfloat16), as ONNX Runtime computes in that type.
 */
import {
  BOOL,
  broadcastInputs,
  costOf,
  divide,
  foldBroadcast,
  isIntegral,
  modulo,
  type PerElement,
  roundHalfEven,
  withValue,
} from './elementwise-util.ts';
import type { OpContext, OpRule, RuleTable } from './types.ts';
import { numel } from './util.ts';

type Fold = (xs: number[], ctx: OpContext, integral: boolean) => number;

interface Spec {
  per: PerElement | ((ctx: OpContext) => PerElement);
  /** Outputs bool (comparisons, logical ops, IsNaN, IsInf). */
  bool?: boolean;
  /** Always integer arithmetic (logical and bitwise ops). */
  integer?: boolean;
  fold?: Fold;
  /** The fold reads attributes (which may fail): it runs now, never deferred. */
  eager?: boolean;
}

/** Indices of the inputs actually present (variadic ops). */
const present = (ctx: OpContext): number[] => ctx.inputs.flatMap((v, i) => (v ? [i] : []));

/** A rule for an op whose output is the broadcast of all its inputs. */
function elementwise(spec: Spec): OpRule {
  return {
    infer(ctx) {
      const indices = present(ctx);
      if (indices.length === 0) ctx.fail('the op needs at least one input');
      const dtype = ctx.input(indices[0]).dtype;
      const shape = broadcastInputs(ctx, indices);
      const integral = isIntegral(dtype);
      const fold = spec.fold;
      const out = spec.bool ? BOOL : dtype;
      const value =
        fold &&
        foldBroadcast(ctx, indices, shape, out, (xs) => fold(xs, ctx, integral), spec.eager);
      return [withValue(out, shape, value)];
    },
    cost(ctx, outputs) {
      const per = typeof spec.per === 'function' ? spec.per(ctx) : spec.per;
      const dtype = spec.integer ? BOOL : ctx.input(0).dtype;
      return costOf(dtype, numel(outputs[0].shape), per);
    },
  };
}

const ONE: PerElement = { flops: 1 };
const TRANSCENDENTAL: PerElement = { flops: 0, transcendentals: 1 };

const arith = (fold?: Fold): OpRule => elementwise({ per: ONE, fold });
const compare = (fold: (a: number, b: number) => boolean): OpRule =>
  elementwise({ per: ONE, bool: true, fold: ([a, b]) => (fold(a, b) ? 1 : 0) });
const logical = (fold?: Fold, bool = true): OpRule =>
  elementwise({ per: ONE, bool, integer: true, fold });
const math = (fold?: Fold): OpRule => elementwise({ per: TRANSCENDENTAL, fold });

/** Variadic ops: n inputs need n - 1 operations per element (`extra` more for Mean). */
const variadic = (fold: Fold | undefined, extra = 0): OpRule =>
  elementwise({ per: (ctx) => ({ flops: present(ctx).length - 1 + extra }), fold });

/** Keeps integer results integral (Pow of integers, Sqrt never reaches here with ints). */
const keep = (x: number, integral: boolean): number => (integral ? Math.trunc(x) : x);

const clip: OpRule = {
  infer(ctx) {
    const x = ctx.input(0);
    const [lo, hi] = clipBounds(ctx);
    const value =
      lo !== undefined && hi !== undefined
        ? foldBroadcast(ctx, [0], x.shape, x.dtype, ([v]) => Math.min(Math.max(v, lo), hi))
        : undefined;
    return [withValue(x.dtype, x.shape, value)];
  },
  cost: (ctx, outputs) => costOf(ctx.input(0).dtype, numel(outputs[0].shape), ONE),
  // min/max are bounds (ReLU6's 0 and 6), not learned weights.
  metaInputs: [1, 2],
};

/** Clip's bounds: attributes before opset 11, optional scalar inputs after; undefined = unknown. */
function clipBounds(ctx: OpContext): [number | undefined, number | undefined] {
  if (ctx.opset < 11) {
    return [ctx.attrs.float('min', -Infinity), ctx.attrs.float('max', Infinity)];
  }
  const bound = (i: number, dflt: number): number | undefined => {
    if (!ctx.inputs[i]) return dflt;
    const v = ctx.constant(i);
    if (v && v.length !== 1) ctx.fail(`Clip input ${i} must be a scalar, got ${v.length} values`);
    return v?.[0];
  };
  return [bound(1, -Infinity), bound(2, Infinity)];
}

const where: OpRule = {
  infer(ctx) {
    const dtype = ctx.input(1).dtype;
    const shape = broadcastInputs(ctx, [0, 1, 2]);
    const value = foldBroadcast(ctx, [0, 1, 2], shape, dtype, ([c, x, y]) => (c ? x : y));
    return [withValue(dtype, shape, value)];
  },
  cost: () => ({}),
};

const isInf = elementwise({
  per: ONE,
  bool: true,
  eager: true,
  fold: ([x], ctx) =>
    (x === Infinity && ctx.attrs.int('detect_positive', 1) === 1) ||
    (x === -Infinity && ctx.attrs.int('detect_negative', 1) === 1)
      ? 1
      : 0,
});

const mod = elementwise({
  per: ONE,
  eager: true,
  fold: ([a, b], ctx) => modulo(a, b, ctx.attrs.int('fmod', 0) === 1),
});

export const rules: RuleTable = {
  Add: arith(([a, b]) => a + b),
  Sub: arith(([a, b]) => a - b),
  Mul: arith(([a, b]) => a * b),
  Div: arith(([a, b], _ctx, integral) => divide(a, b, integral)),
  Mod: mod,
  Pow: math(([a, b], _ctx, integral) => keep(Math.pow(a, b), integral)),
  Max: variadic((xs) => Math.max(...xs)),
  Min: variadic((xs) => Math.min(...xs)),
  Sum: variadic((xs) => xs.reduce((s, x) => s + x, 0)),
  Mean: variadic(undefined, 1),
  Neg: arith(([a]) => -a),
  Abs: arith(([a]) => Math.abs(a)),
  Sign: arith(([a]) => Math.sign(a)),
  Reciprocal: arith(([a]) => 1 / a),
  Floor: arith(([a]) => Math.floor(a)),
  Ceil: arith(([a]) => Math.ceil(a)),
  Round: arith(([a]) => roundHalfEven(a)),
  Sqrt: math(([a]) => Math.sqrt(a)),
  Exp: math(),
  Log: math(),
  Erf: math(),
  Sin: math(),
  Cos: math(),
  Tan: math(),
  Asin: math(),
  Acos: math(),
  Atan: math(),
  Sinh: math(),
  Cosh: math(),
  Asinh: math(),
  Acosh: math(),
  Atanh: math(),
  IsNaN: elementwise({ per: ONE, bool: true, fold: ([x]) => (Number.isNaN(x) ? 1 : 0) }),
  IsInf: isInf,
  Equal: compare((a, b) => a === b),
  Less: compare((a, b) => a < b),
  Greater: compare((a, b) => a > b),
  LessOrEqual: compare((a, b) => a <= b),
  GreaterOrEqual: compare((a, b) => a >= b),
  And: logical(([a, b]) => (a && b ? 1 : 0)),
  Or: logical(([a, b]) => (a || b ? 1 : 0)),
  Xor: logical(([a, b]) => (!a !== !b ? 1 : 0)),
  Not: logical(([a]) => (a ? 0 : 1)),
  BitShift: logical(undefined, false),
  BitwiseAnd: logical(undefined, false),
  BitwiseOr: logical(undefined, false),
  BitwiseXor: logical(undefined, false),
  BitwiseNot: logical(undefined, false),
  Where: where,
  Clip: clip,
};
