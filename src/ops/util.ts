/** Shape helpers shared by the op families. */
import { byteSize } from '../onnx/dtypes.ts';
import type { Dim } from '../onnx/model.ts';
import type { OpContext, Value } from './types.ts';

/** Elements of a shape; NaN when a dim is an unresolved symbol (the cost is then unknown). */
export function numel(shape: readonly Dim[] | undefined): number {
  if (!shape) return NaN;
  // Indexed, not for...of: numel runs tens of thousands of times per graph, much of it before
  // V8 optimizes it, and unoptimized for...of allocates a result object per element.
  let n = 1;
  for (let i = 0; i < shape.length; i++) {
    const d = shape[i];
    if (typeof d !== 'number') return NaN;
    n *= d;
  }
  return n;
}

export const product = (xs: readonly number[]): number => xs.reduce((a, b) => a * b, 1);

/** Numpy-style multidirectional broadcasting of any number of shapes. */
export function broadcast(ctx: OpContext, shapes: readonly (readonly Dim[])[]): Dim[] {
  const rank = Math.max(0, ...shapes.map((s) => s.length));
  const out: Dim[] = [];
  for (let i = 0; i < rank; i++) {
    let dim: Dim = 1;
    for (const s of shapes) {
      const d = s[s.length - rank + i];
      if (d === undefined || d === 1) continue;
      if (dim === 1) dim = d;
      else if (dim !== d) {
        // A symbol against a number: the number wins (the model would fail otherwise).
        if (typeof dim === 'string' && typeof d === 'number') dim = d;
        else if (typeof dim === 'number' && typeof d === 'number') {
          ctx.fail(`cannot broadcast shapes ${shapes.map(fmtShape).join(' and ')}`);
        }
      }
    }
    out.push(dim);
  }
  return out;
}

export const fmtShape = (s: readonly Dim[] | undefined): string =>
  s ? `[${s.join(', ')}]` : '[?]';

/** Normalizes a possibly negative axis against `rank`, failing clearly when out of range. */
export function axis(ctx: OpContext, a: number, rank: number): number {
  const r = a < 0 ? a + rank : a;
  if (r < 0 || r >= rank) ctx.fail(`axis ${a} is out of range for rank ${rank}`);
  return r;
}

/** Values larger than this are not folded: shape arithmetic never needs them. */
export const MAX_FOLD_ELEMENTS = 1 << 16;

/** Folds of more elements than this are deferred (see `folded`). */
export const DEFER_FOLD_ELEMENTS = 1 << 10;

/** The contents of a folded tensor: its `value`, or a `deferred` computation of it, or neither. */
export type Folded = Pick<Value, 'value' | 'deferred'>;

/**
 * The contents of a folded tensor of `elements` elements: computed now when small, and deferred
 * (computed the first time a rule reads it) when larger than DEFER_FOLD_ELEMENTS. Shape
 * arithmetic reads small tensors; the large ones that exports build from shapes (Swin's
 * shifted-window attention masks, index grids) are usually never read, yet computing them was
 * most of the time a Swin-T export's analysis spent in its rules. `compute` returns undefined
 * when the contents are unknown; it may run while another node is inferred, so it must only
 * read constants: never fail, note or mint a symbol (folds that can fail use the eager path).
 */
export function folded(elements: number, compute: () => number[] | undefined): Folded {
  if (elements <= DEFER_FOLD_ELEMENTS) {
    const value = compute();
    return value ? { value } : {};
  }
  return { deferred: compute };
}

/**
 * The known contents of `v`, computing a deferred fold or reading an initializer's constant
 * first (each at most once: the result is kept in `v.value`).
 */
export function valueOf(v: Value): number[] | undefined {
  if (v.value === undefined && v.lazy) {
    v.value = v.lazy();
    v.lazy = undefined;
  }
  if (v.value === undefined && v.deferred) {
    v.value = v.deferred();
    v.deferred = undefined;
  }
  return v.value;
}

/**
 * The contents of `v` as an op that copies tensors without sharing an initializer's deferred
 * read sees them: `value`, with a deferred fold computed now (it stands for a value computed
 * eagerly), an initializer's unread constant left out.
 */
export function foldedValueOf(v: Value): number[] | undefined {
  if (v.value === undefined && v.deferred) {
    v.value = v.deferred();
    v.deferred = undefined;
  }
  return v.value;
}

/** Row-major strides of a numeric shape. */
export function strides(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i];
  }
  return s;
}

/** Whether all dims are numbers. */
export const isStatic = (s: readonly Dim[] | undefined): s is number[] =>
  !!s && s.every((d) => typeof d === 'number');

/** Bytes of one tensor value; NaN when its shape is unknown or it is not a plain tensor. */
export function tensorBytes(v: Value | undefined): number {
  if (!v) return 0;
  return v.kind ? NaN : byteSize(v.dtype, numel(v.shape));
}
