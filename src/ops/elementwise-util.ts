/**
 * Shared math of the elementwise families (elementwise.ts, activation.ts, reduce.ts): per-element
 * costs split between flops and intOps by dtype, and constant folding with broadcasting.
 */
import type { Dim } from '../onnx/model.ts';
import { isFloat } from '../onnx/dtypes.ts';
import { roundToDtype } from './float-util.ts';
import type { Cost, OpContext, Value } from './types.ts';
import {
  broadcast,
  folded,
  type Folded,
  isStatic,
  MAX_FOLD_ELEMENTS,
  numel,
  product,
  strides,
} from './util.ts';

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
 * rounded to the output `dtype` (a float32 op computes in float32). No contents when an input is
 * not constant, a shape is symbolic or the result is too large. A large result is deferred
 * (`folded` in util.ts) unless `f` reads attributes, which may fail: `eager` then.
 */
export function foldBroadcast(
  ctx: OpContext,
  indices: readonly number[],
  outShape: readonly Dim[],
  dtype: number,
  f: (xs: number[]) => number,
  eager = false,
): Folded {
  if (!isStatic(outShape) || numel(outShape) > MAX_FOLD_ELEMENTS) return {};
  const compute = () => broadcastValues(ctx, indices, outShape, dtype, f);
  if (eager) {
    const value = compute();
    return value ? { value } : {};
  }
  // An input that has no contents at all makes the fold fail whenever it runs: no need to defer.
  const maybe = indices.every((i) => {
    const v = ctx.inputs[i];
    return v && (v.value !== undefined || v.lazy || v.deferred);
  });
  return maybe ? folded(numel(outShape), compute) : {};
}

function broadcastValues(
  ctx: OpContext,
  indices: readonly number[],
  outShape: readonly number[],
  dtype: number,
  f: (xs: number[]) => number,
): number[] | undefined {
  const sources: { values: number[]; strides: number[] }[] = [];
  for (const i of indices) {
    const v = ctx.inputs[i];
    const values = ctx.constant(i);
    if (!v || !values || !isStatic(v.shape) || values.length !== numel(v.shape)) return undefined;
    sources.push({ values, strides: broadcastStrides(v.shape, outShape) });
  }
  // An odometer over the output in row-major order: each source's offset moves with the index,
  // where recomputing it from the flat index cost a division per dim, per source, per element
  // and a closure call (on the Swin-T export, whose attention masks fold through Sub, Equal,
  // Not and Where, this loop was a fifth of the analysis).
  const total = product(outShape);
  const rank = outShape.length;
  const n = sources.length;
  const out = new Array<number>(total);
  const args = new Array<number>(n);
  const idx = new Array<number>(rank).fill(0);
  const offsets = new Array<number>(n).fill(0);
  for (let flat = 0; flat < total; flat++) {
    for (let k = 0; k < n; k++) args[k] = sources[k].values[offsets[k]];
    out[flat] = roundToDtype(f(args), dtype);
    for (let d = rank - 1; d >= 0; d--) {
      if (++idx[d] < outShape[d]) {
        for (let k = 0; k < n; k++) offsets[k] += sources[k].strides[d];
        break;
      }
      // Back to the start of axis d; the next axis to the left moves on.
      idx[d] = 0;
      for (let k = 0; k < n; k++) offsets[k] -= sources[k].strides[d] * (outShape[d] - 1);
    }
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

/** A Value with the contents of a fold (none when there was no fold). */
export function withValue(dtype: number, shape: Dim[], contents: Folded | undefined): Value {
  return { dtype, shape, ...contents };
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
