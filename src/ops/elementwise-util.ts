/**
 * Shared math of the elementwise families (elementwise.ts, activation.ts, reduce.ts): per-element
 * costs split between flops and intOps by dtype, and constant folding with broadcasting.
 */
import type { Dim } from '../onnx/model.ts';
import { isFloat } from '../onnx/dtypes.ts';
import { roundToDtype } from './float-util.ts';
import type { Cost, OpContext, Value } from './types.ts';
import { broadcast, isStatic, MAX_FOLD_ELEMENTS, numel, product, strides } from './util.ts';

export const BOOL = 9;

/** Per-element constants of an op: arithmetic and transcendental evaluations. */
export interface PerElement {
  flops: number;
  transcendentals?: number;
}

/**
 * `elements` times the per-element cost: flops and transcendentals for a float dtype, and the
 * sum of both as intOps for integer (or bool) dtypes.
 */
export function costOf(dtype: number, elements: number, per: PerElement): Cost {
  const t = per.transcendentals ?? 0;
  if (!isFloat(dtype)) return { intOps: (per.flops + t) * elements };
  return { flops: per.flops * elements, transcendentals: t * elements };
}

/** Integer dtypes keep integral fold results (ONNX Runtime truncates toward zero). */
export const isIntegral = (dtype: number): boolean => !isFloat(dtype);

/**
 * Folds an elementwise function over known constant inputs with numpy broadcasting, each result
 * rounded to the output `dtype` (a float32 op computes in float32). Returns undefined when an
 * input is not constant, a shape is symbolic or the result is too large.
 */
export function foldBroadcast(
  ctx: OpContext,
  indices: readonly number[],
  outShape: readonly Dim[],
  dtype: number,
  f: (xs: number[]) => number,
): number[] | undefined {
  if (!isStatic(outShape) || numel(outShape) > MAX_FOLD_ELEMENTS) return undefined;
  const sources: { values: number[]; strides: number[] }[] = [];
  for (const i of indices) {
    const v = ctx.inputs[i];
    const values = ctx.constant(i);
    if (!v || !values || !isStatic(v.shape) || values.length !== numel(v.shape)) return undefined;
    sources.push({ values, strides: broadcastStrides(v.shape, outShape) });
  }
  const total = product(outShape);
  const outStrides = strides(outShape);
  const out = new Array<number>(total);
  const args = new Array<number>(sources.length);
  for (let flat = 0; flat < total; flat++) {
    sources.forEach((s, k) => {
      let offset = 0;
      let rest = flat;
      for (let d = 0; d < outShape.length; d++) {
        const idx = Math.floor(rest / outStrides[d]);
        rest -= idx * outStrides[d];
        offset += idx * s.strides[d];
      }
      args[k] = s.values[offset];
    });
    out[flat] = roundToDtype(f(args), dtype);
  }
  return out;
}

/** Strides of `shape` laid against `out` (right-aligned), 0 where the input broadcasts. */
function broadcastStrides(shape: readonly number[], out: readonly number[]): number[] {
  const own = strides(shape);
  const lead = out.length - shape.length;
  return out.map((_, d) => (d < lead || shape[d - lead] === 1 ? 0 : own[d - lead]));
}

/** The broadcast output of the listed inputs (all must have known shapes). */
export function broadcastInputs(ctx: OpContext, indices: readonly number[]): Dim[] {
  return broadcast(
    ctx,
    indices.map((i) => ctx.input(i).shape),
  );
}

/** A Value with `value` set when a fold succeeded. */
export function withValue(dtype: number, shape: Dim[], value: number[] | undefined): Value {
  return value ? { dtype, shape, value } : { dtype, shape };
}

/** Rounds to nearest, ties to even (ONNX Round, numpy.round). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** Integer or float division as ONNX Runtime does it (integers truncate toward zero). */
export function divide(a: number, b: number, integral: boolean): number {
  if (!integral) return a / b;
  if (b === 0) return 0;
  return Math.trunc(a / b);
}

/** Mod: fmod=1 takes the dividend's sign (C fmod); fmod=0 the divisor's (Python %). */
export function modulo(a: number, b: number, fmod: boolean): number {
  if (b === 0) return fmod ? NaN : 0;
  const r = a % b;
  if (fmod) return r;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}
