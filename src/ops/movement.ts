/**
 * Data movement: Transpose, Concat, Split, Slice, Expand, Tile, Trilu, DepthToSpace,
 * SpaceToDepth, ReverseSequence. The index ops (Gather, Scatter, NonZero, ...) are in
 * movement-index.ts, Pad in movement-pad.ts and the sequence ops in movement-sequence.ts.
 *
 * Counting conventions:
 * - no arithmetic: 0 flops, 0 intOps (Trilu's masking and Pad's fill are copies);
 * - bytes: every input read plus every output written (the default), except Slice, which reads
 *   only the elements it selects: bytes = 2 x output (plus its small starts/ends/axes/steps).
 *
 * Every rule folds small constant inputs (values row-major) so shape arithmetic resolves.
 */
import type { Dim } from '../onnx/model.ts';
import {
  constantOf,
  foldDeferred,
  freshDim,
  HUGE_INDEX,
  intsArg,
  mapAffine,
  mapIndices,
  normAxes,
  offsetOf,
  rankOfShapeTensor,
  sliceBounds,
  strides,
} from './shape-util.ts';
import type { OpContext, RuleTable, Value } from './types.ts';
import { axis, broadcast, fmtShape, isStatic, tensorBytes } from './util.ts';

/** Concat's axis dim: the sum, or a symbol when a part is symbolic. */
function concatDims(ctx: OpContext, shapes: Dim[][], ax: number): Dim[] {
  const out = shapes[0].slice();
  const parts = shapes.map((s) => s[ax]).filter((d) => d !== 0);
  out[ax] = parts.every((d) => typeof d === 'number')
    ? (parts as number[]).reduce((a, b) => a + b, 0)
    : parts.length === 1
      ? parts[0]
      : freshDim(ctx, 'concat');
  for (const s of shapes) {
    if (s.length !== out.length)
      ctx.fail(`Concat: ranks differ (${shapes.map(fmtShape).join(', ')})`);
    s.forEach((d, i) => {
      if (i === ax || d === out[i]) return;
      if (typeof d === 'number' && typeof out[i] === 'number')
        ctx.fail(`Concat on axis ${ax}: dim ${i} differs (${shapes.map(fmtShape).join(', ')})`);
      if (typeof out[i] === 'string') out[i] = d;
    });
  }
  return out;
}

function foldConcat(
  ctx: OpContext,
  count: number,
  ax: number,
  out: number[],
): number[] | undefined {
  const parts = Array.from({ length: count }, (_, i) => constantOf(ctx, i));
  if (parts.some((p) => !p)) return undefined;
  const outer = out.slice(0, ax).reduce((a, b) => a * b, 1);
  const values: number[] = [];
  for (let o = 0; o < outer; o++) {
    for (const p of parts as number[][]) {
      const chunk = p.length / outer;
      for (let j = o * chunk; j < (o + 1) * chunk; j++) values.push(p[j]);
    }
  }
  return values;
}

/** Split sizes along the axis: from `split`, from num_outputs (opset 18), or equal parts. */
function splitSizes(ctx: OpContext, dim: Dim, count: number): Dim[] {
  const given = intsArg(ctx, 1, 'split', 13);
  if (given === undefined) return Array.from({ length: count }, () => freshDim(ctx, 'split'));
  if (given) {
    if (given.length !== count) ctx.fail(`Split: ${given.length} sizes for ${count} outputs`);
    if (given.some((g) => g < 0)) ctx.fail(`Split: sizes [${given.join(', ')}] have a negative`);
    const sum = given.reduce((a, b) => a + b, 0);
    if (typeof dim === 'number' && sum !== dim)
      ctx.fail(`Split: sizes [${given.join(', ')}] add up to ${sum}, the axis has ${dim}`);
    return given;
  }
  if (typeof dim !== 'number')
    return count === 1 ? [dim] : Array.from({ length: count }, () => freshDim(ctx, 'split'));
  if (ctx.opset >= 18 && ctx.attrs.has('num_outputs')) {
    const n = ctx.attrs.int('num_outputs');
    if (n !== count) ctx.fail(`Split: num_outputs is ${n} but the node has ${count} outputs`);
    const part = Math.ceil(dim / n);
    return Array.from({ length: n }, (_, i) => Math.max(0, Math.min(part, dim - part * i)));
  }
  if (dim % count !== 0)
    ctx.fail(`Split: axis of size ${dim} does not split into ${count} equal parts`);
  return new Array<number>(count).fill(dim / count);
}

/** Slice parameters per opset: attributes before 10, inputs from 10. */
function sliceArgs(ctx: OpContext, rank: number) {
  const read = (input: number, attr: string) =>
    ctx.opset >= 10
      ? ctx.inputs[input]
        ? ctx.constant(input)
        : null
      : ctx.attrs.has(attr)
        ? ctx.attrs.ints(attr)
        : null;
  const starts = read(1, 'starts');
  const ends = read(2, 'ends');
  const axes = read(3, 'axes');
  const steps = ctx.opset >= 10 ? read(4, 'steps') : null;
  if (!starts || !ends || axes === undefined || steps === undefined) return undefined;
  const ax = normAxes(ctx, axes ?? starts.map((_, i) => i), rank);
  if (starts.length !== ends.length || ax.length !== starts.length)
    ctx.fail(`Slice: starts, ends and axes have different lengths`);
  const st = steps ?? starts.map(() => 1);
  if (st.some((s) => s === 0)) ctx.fail('Slice: a step is 0');
  return { starts, ends, axes: ax, steps: st };
}

function sliceOutput(ctx: OpContext, x: Value & { shape: Dim[] }): Value {
  const args = sliceArgs(ctx, x.shape.length);
  if (!args) {
    const axes = ctx.opset >= 10 && ctx.inputs[3] ? ctx.constant(3) : undefined;
    const touched = axes ? new Set(normAxes(ctx, axes, x.shape.length)) : undefined;
    const shape = x.shape.map((d, i) => (!touched || touched.has(i) ? freshDim(ctx, 'slice') : d));
    return { dtype: x.dtype, shape };
  }
  const shape = x.shape.slice();
  const first = x.shape.map(() => 0);
  const step = x.shape.map(() => 1);
  args.axes.forEach((a, k) => {
    const [s, e, t] = [args.starts[k], args.ends[k], args.steps[k]];
    const d = x.shape[a];
    if (typeof d === 'number') {
      const b = sliceBounds(d, s, e, t);
      [shape[a], first[a], step[a]] = [b.count, b.first, t];
    } else if (!(s === 0 && e >= HUGE_INDEX && t === 1)) shape[a] = freshDim(ctx, 'slice');
  });
  return foldDeferred(x.dtype, shape, (out) => {
    const src = constantOf(ctx, 0);
    if (!src || !isStatic(x.shape)) return undefined;
    const st = strides(x.shape);
    return mapAffine(
      out,
      src,
      offsetOf(first, st),
      st.map((s, d) => s * step[d]),
    );
  });
}

/** DepthToSpace / SpaceToDepth on [N, C, H, W]. */
function spaceDepth(ctx: OpContext, toSpace: boolean): Value[] {
  const x = ctx.input(0);
  const b = ctx.attrs.int('blocksize');
  if (x.shape.length !== 4)
    ctx.fail(`${ctx.node.opType} needs [N, C, H, W], got ${fmtShape(x.shape)}`);
  const [n, c, h, w] = x.shape;
  const divide = (d: Dim, by: number, what: string): Dim => {
    if (typeof d !== 'number') return freshDim(ctx, what);
    if (d % by !== 0)
      ctx.fail(`${ctx.node.opType}: ${what} ${d} of ${fmtShape(x.shape)} does not divide by ${by}`);
    return d / by;
  };
  const times = (d: Dim, by: number): Dim => (typeof d === 'number' ? d * by : freshDim(ctx));
  const shape = toSpace
    ? [n, divide(c, b * b, 'channels'), times(h, b), times(w, b)]
    : [n, times(c, b * b), divide(h, b, 'height'), divide(w, b, 'width')];
  return [{ dtype: x.dtype, shape }];
}

export const rules: RuleTable = {
  Transpose: {
    infer(ctx) {
      const x = ctx.input(0);
      const r = x.shape.length;
      const perm = ctx.attrs.ints(
        'perm',
        Array.from({ length: r }, (_, i) => r - 1 - i),
      );
      if (perm.length !== r || new Set(normAxes(ctx, perm, r)).size !== r)
        ctx.fail(`Transpose: perm [${perm.join(', ')}] does not fit ${fmtShape(x.shape)}`);
      const p = normAxes(ctx, perm, r);
      const shape = p.map((a) => x.shape[a]);
      return [
        foldDeferred(x.dtype, shape, (out) => {
          const src = constantOf(ctx, 0);
          if (!src || !isStatic(x.shape)) return undefined;
          const st = strides(x.shape);
          return mapAffine(
            out,
            src,
            0,
            p.map((a) => st[a]),
          );
        }),
      ];
    },
  },

  Concat: {
    infer(ctx) {
      if (ctx.inputs.length === 0) ctx.fail('Concat needs at least one input');
      const present = ctx.inputs.map((_, i) => ctx.input(i));
      const shapes = present.map((v) => v.shape);
      const ax = axis(ctx, ctx.attrs.int('axis'), shapes[0].length);
      const shape = concatDims(ctx, shapes, ax);
      return [
        foldDeferred(present[0].dtype, shape, (out) => foldConcat(ctx, shapes.length, ax, out)),
      ];
    },
  },

  Split: {
    infer(ctx) {
      const x = ctx.input(0);
      const ax = axis(ctx, ctx.attrs.int('axis', 0), x.shape.length);
      const sizes = splitSizes(ctx, x.shape[ax], ctx.node.outputs.length);
      const src = constantOf(ctx, 0);
      let offset = 0;
      return sizes.map((size) => {
        const shape = x.shape.slice();
        shape[ax] = size;
        const start = offset;
        offset += typeof size === 'number' ? size : 0;
        return foldDeferred(x.dtype, shape, (out) => {
          if (!src || !isStatic(x.shape)) return undefined;
          const st = strides(x.shape);
          return mapAffine(out, src, start * st[ax], st);
        });
      });
    },
    metaInputs: [1],
  },

  Slice: {
    infer: (ctx) => [sliceOutput(ctx, ctx.input(0))],
    bytes: (ctx, outputs) =>
      2 * tensorBytes(outputs[0]) +
      [1, 2, 3, 4].reduce((a, i) => a + tensorBytes(ctx.inputs[i]), 0),
    metaInputs: [1, 2, 3, 4],
  },

  Expand: {
    infer(ctx) {
      const x = ctx.input(0);
      const target = ctx.constant(1);
      let shape: Dim[];
      if (target) shape = broadcast(ctx, [x.shape, target]);
      else {
        const k = rankOfShapeTensor(ctx.input(1));
        if (k === undefined) return [{ dtype: x.dtype }];
        const r = Math.max(k, x.shape.length);
        shape = Array.from({ length: r }, (_, i) => {
          const d = x.shape[i - (r - x.shape.length)];
          return d !== undefined && d !== 1 ? d : freshDim(ctx, 'expand');
        });
      }
      return [
        foldDeferred(x.dtype, shape, (out) => {
          const src = constantOf(ctx, 0);
          if (!src || !isStatic(x.shape)) return undefined;
          const lead = out.length - x.shape.length;
          const st = strides(x.shape);
          return mapAffine(
            out,
            src,
            0,
            out.map((_, d) => (d < lead || x.shape[d - lead] === 1 ? 0 : st[d - lead])),
          );
        }),
      ];
    },
    metaInputs: [1],
  },

  Tile: {
    infer(ctx) {
      const x = ctx.input(0);
      const repeats = ctx.constant(1);
      if (!repeats) return [{ dtype: x.dtype, shape: x.shape.map(() => freshDim(ctx, 'tile')) }];
      if (repeats.length !== x.shape.length)
        ctx.fail(`Tile: ${repeats.length} repeats for ${fmtShape(x.shape)}`);
      if (repeats.some((r) => r < 0))
        ctx.fail(`Tile: repeats [${repeats.join(', ')}] must be non-negative`);
      const shape = x.shape.map((d, i) =>
        typeof d === 'number' ? d * repeats[i] : repeats[i] === 1 ? d : freshDim(ctx, 'tile'),
      );
      return [
        foldDeferred(x.dtype, shape, (out) => {
          const src = constantOf(ctx, 0);
          if (!src || !isStatic(x.shape)) return undefined;
          const dims = x.shape;
          const st = strides(dims);
          return mapIndices(out, src, (idx) =>
            offsetOf(
              idx.map((i, d) => i % dims[d]),
              st,
            ),
          );
        }),
      ];
    },
    metaInputs: [1],
  },

  Trilu: {
    infer(ctx) {
      const x = ctx.input(0);
      if (x.shape.length < 2) ctx.fail(`Trilu needs rank >= 2, got ${fmtShape(x.shape)}`);
      const k = ctx.inputs[1] ? constantOf(ctx, 1)?.[0] : 0;
      const upper = ctx.attrs.int('upper', 1) === 1;
      return [
        foldDeferred(x.dtype, x.shape, (out) => {
          const src = constantOf(ctx, 0);
          if (!src || k === undefined) return undefined;
          const [rows, cols] = out.slice(-2);
          return src.map((v, f) => {
            const j = f % cols;
            const i = Math.floor(f / cols) % rows;
            return (upper ? j - i >= k : j - i <= k) ? v : 0;
          });
        }),
      ];
    },
    metaInputs: [1],
  },

  DepthToSpace: { infer: (ctx) => spaceDepth(ctx, true) },
  SpaceToDepth: { infer: (ctx) => spaceDepth(ctx, false) },

  ReverseSequence: {
    infer(ctx) {
      const x = ctx.input(0);
      return [{ dtype: x.dtype, shape: x.shape }];
    },
    metaInputs: [1],
  },
};
