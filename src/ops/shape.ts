/**
 * Shape arithmetic and tensor creation: Constant, ConstantOfShape, Shape, Size, Reshape, Flatten,
 * Squeeze, Unsqueeze, Identity, Cast, CastLike, Range, EyeLike and the Optional ops.
 *
 * Counting conventions:
 * - none of these ops does arithmetic (0 flops, 0 intOps; Cast and Range included: a conversion
 *   or an index fill is data movement here);
 * - Shape and Size read only metadata: their bytes are the output they write;
 * - Reshape, Flatten, Squeeze, Unsqueeze, Identity and the Optional ops are views (0 bytes);
 * - Constant moves 0 bytes: it is stored with the weights, and its readers count the read;
 * - every other op reads its inputs and writes its outputs (the default).
 *
 * Every rule folds: when its inputs are known constants and the output has at most
 * MAX_FOLD_ELEMENTS elements, the output carries its `value`, so that PyTorch's
 * Shape -> Gather -> Unsqueeze -> Concat -> Reshape chains resolve to numbers. Cast and Range
 * round to the output dtype as ONNX Runtime does (Range accumulates in it).
 */
import type { Dim } from '../onnx/model.ts';
import { DataType } from '../onnx/dtypes.ts';
import {
  castValue,
  clamp,
  constantOf,
  dimProduct,
  fold,
  foldDeferred,
  freshDim,
  INT64,
  intsArg,
  normAxes,
  rankOfShapeTensor,
} from './shape-util.ts';
import { roundToDtype } from './float-util.ts';
import type { OpContext, OpRule, RuleTable, Value } from './types.ts';
import { axis, fmtShape, foldedValueOf, isStatic, numel, tensorBytes } from './util.ts';

/** The input's contents carried over unchanged to a new shape (row-major order is kept). */
const passValue = (ctx: OpContext, dtype: number, shape: Dim[] | undefined): Value =>
  foldDeferred(dtype, shape, () => constantOf(ctx, 0));

const view = (infer: OpRule['infer'], metaInputs: number[] = []): OpRule => ({
  infer,
  bytes: 'view',
  metaInputs,
});

/** The output dims of Reshape: 0 copies the input dim (unless allowzero), -1 is inferred. */
function reshapeDims(ctx: OpContext, input: Dim[], target: number[], allowZero: boolean): Dim[] {
  const where = `Reshape of ${fmtShape(input)} to [${target.join(', ')}]`;
  const out: Dim[] = target.map((t, i) => {
    if (t < -1) ctx.fail(`${where}: ${t} is not a valid dim`);
    if (t !== 0 || allowZero) return t;
    if (i >= input.length) ctx.fail(`${where}: 0 at position ${i} copies a dim that is missing`);
    return input[i];
  });
  const inferred = out.indexOf(-1);
  if (inferred !== out.lastIndexOf(-1)) ctx.fail(`${where}: more than one -1`);
  if (inferred < 0) {
    const [a, b] = [numel(input), numel(out)];
    if (a === a && b === b && a !== b) ctx.fail(`${where}: ${a} elements cannot become ${b}`);
    return out;
  }
  out[inferred] = inferredDim(
    ctx,
    input,
    out.filter((_, i) => i !== inferred),
    where,
  );
  return out;
}

/** The -1 dim: numbers divide; a symbol of the input that is not among the others passes on. */
function inferredDim(ctx: OpContext, input: Dim[], others: Dim[], where: string): Dim {
  const left = input.filter((d): d is string => typeof d === 'string');
  for (const d of others) {
    if (typeof d !== 'string') continue;
    const k = left.indexOf(d);
    if (k < 0) return freshDim(ctx);
    left.splice(k, 1);
  }
  const numIn = input.reduce<number>((a, d) => (typeof d === 'number' ? a * d : a), 1);
  const numOut = others.reduce<number>((a, d) => (typeof d === 'number' ? a * d : a), 1);
  if (numOut === 0) ctx.fail(`${where}: -1 cannot be inferred beside a 0 dim`);
  if (left.length === 0) {
    if (numIn % numOut !== 0) ctx.fail(`${where}: ${numIn} elements do not divide by ${numOut}`);
    return numIn / numOut;
  }
  return left.length === 1 && numIn === numOut ? left[0] : freshDim(ctx);
}

function squeezeShape(ctx: OpContext, shape: Dim[], axes: number[] | null): Dim[] {
  // ONNX Runtime squeezes every size-1 dim for empty axes as for absent ones.
  if (axes === null || axes.length === 0) {
    if (shape.some((d) => typeof d === 'string'))
      ctx.note('Squeeze without axes: symbolic dims are assumed not to be 1');
    return shape.filter((d) => d !== 1);
  }
  const drop = new Set(normAxes(ctx, axes, shape.length));
  for (const a of drop) {
    if (typeof shape[a] === 'number' && shape[a] !== 1)
      ctx.fail(`Squeeze of ${fmtShape(shape)}: axis ${a} has size ${shape[a]}, not 1`);
  }
  return shape.filter((_, i) => !drop.has(i));
}

function unsqueezeShape(ctx: OpContext, shape: Dim[], axes: number[]): Dim[] {
  const rank = shape.length + axes.length;
  const added = new Set(normAxes(ctx, axes, rank));
  const out: Dim[] = [];
  let k = 0;
  for (let i = 0; i < rank; i++) out.push(added.has(i) ? 1 : shape[k++]);
  return out;
}

/**
 * Squeeze (sign -1) or Unsqueeze (sign 1) with axes that are not constants: the rank still follows
 * from the number of axes (the axes tensor's static length); which dims go or come does not, so
 * every dim is a fresh symbol. An empty axes tensor squeezes an unknown set of dims.
 */
function unknownAxes(ctx: OpContext, x: Value & { shape: Dim[] }, sign: 1 | -1): Value {
  const k = rankOfShapeTensor(ctx.inputs[1]);
  if (k === undefined || (sign === -1 && k === 0)) return { dtype: x.dtype };
  const rank = x.shape.length + sign * k;
  if (rank < 0) ctx.fail(`Squeeze: ${k} axes for an input of rank ${x.shape.length}`);
  return { dtype: x.dtype, shape: Array.from({ length: rank }, () => freshDim(ctx, 'axes')) };
}

/** Shape's selected dims: [start, end) clamped to the rank (opset 15). */
function shapeRange(ctx: OpContext, rank: number): [number, number] {
  if (ctx.opset < 15) return [0, rank];
  const norm = (x: number) => clamp(x < 0 ? x + rank : x, 0, rank);
  return [norm(ctx.attrs.int('start', 0)), norm(ctx.attrs.int('end', rank))];
}

/** Constant's value from whichever of its attributes is set. */
function constantValue(ctx: OpContext): Value {
  const a = ctx.attrs;
  const t = a.tensor('value') ?? a.tensor('sparse_value');
  if (t) return t;
  if (a.has('value_float'))
    return { dtype: DataType.FLOAT, shape: [], value: [a.float('value_float')] };
  if (a.has('value_floats')) {
    const v = a.floats('value_floats');
    return { dtype: DataType.FLOAT, shape: [v.length], value: v };
  }
  if (a.has('value_int')) return { dtype: INT64, shape: [], value: [a.int('value_int')] };
  if (a.has('value_ints')) {
    const v = a.ints('value_ints');
    return { dtype: INT64, shape: [v.length], value: v };
  }
  if (a.has('value_string')) return { dtype: DataType.STRING, shape: [] };
  const strings = ctx.node.attributes.get('value_strings');
  if (strings?.type === 'strings') return { dtype: DataType.STRING, shape: [strings.value.length] };
  return ctx.fail(
    'Constant has none of value, sparse_value, value_float(s), value_int(s), value_string(s)',
  );
}

/** Range's element count: max(ceil((limit - start) / delta), 0), the difference in `dtype`. */
function rangeLength(ctx: OpContext, dtype: number, [start, limit, delta]: number[]): number {
  if (delta === 0) ctx.fail('Range: delta is 0');
  return Math.max(Math.ceil(roundToDtype(limit - start, dtype) / delta), 0);
}

/** Range's values as ONNX Runtime makes them: a running sum in the output dtype. */
function rangeValues(dtype: number, n: number, start: number, delta: number): number[] {
  const out = new Array<number>(n);
  let v = start;
  for (let i = 0; i < n; i++) {
    out[i] = v;
    v = roundToDtype(v + delta, dtype);
  }
  return out;
}

const scalarOf = (ctx: OpContext, i: number): number | undefined => {
  const v = constantOf(ctx, i);
  return v && v.length === 1 ? v[0] : undefined;
};

export const rules: RuleTable = {
  // A Constant is stored with the weights: producing it moves nothing at run time (its readers
  // count the read).
  Constant: { infer: (ctx) => [constantValue(ctx)], bytes: () => 0 },

  ConstantOfShape: {
    infer(ctx) {
      const fillTensor = ctx.attrs.tensor('value');
      const dtype = fillTensor?.dtype ?? DataType.FLOAT;
      const dims = ctx.constant(0);
      const rank = rankOfShapeTensor(ctx.input(0));
      let shape: Dim[] | undefined;
      if (dims) shape = dims;
      else if (rank !== undefined) shape = Array.from({ length: rank }, () => freshDim(ctx));
      if (dims?.some((d) => d < 0))
        ctx.fail(`ConstantOfShape: negative dim in [${dims.join(', ')}]`);
      return [
        foldDeferred(dtype, shape, (s) => {
          const fill = fillTensor ? (fillTensor.value ?? fillTensor.lazy?.())?.[0] : 0;
          return fill === undefined ? undefined : new Array<number>(numel(s)).fill(fill);
        }),
      ];
    },
    metaInputs: [0],
  },

  Shape: {
    infer(ctx) {
      const x = ctx.input(0);
      const [start, end] = shapeRange(ctx, x.shape.length);
      const dims = x.shape.slice(start, Math.max(start, end));
      return [fold(INT64, [dims.length], () => (isStatic(dims) ? dims : undefined))];
    },
    bytes: (_ctx, outputs) => tensorBytes(outputs[0]),
  },

  Size: {
    infer(ctx) {
      const n = numel(ctx.input(0).shape);
      return [fold(INT64, [], () => (n === n ? [n] : undefined))];
    },
    bytes: (_ctx, outputs) => tensorBytes(outputs[0]),
  },

  Reshape: view(
    (ctx) => {
      const x = ctx.input(0);
      const target = ctx.opset >= 5 ? ctx.constant(1) : ctx.attrs.ints('shape');
      const allowZero = ctx.opset >= 14 && ctx.attrs.int('allowzero', 0) === 1;
      if (!target) {
        const rank = rankOfShapeTensor(ctx.inputs[1]);
        if (rank === undefined) return [{ dtype: x.dtype }];
        return [{ dtype: x.dtype, shape: Array.from({ length: rank }, () => freshDim(ctx)) }];
      }
      return [passValue(ctx, x.dtype, reshapeDims(ctx, x.shape, target, allowZero))];
    },
    [1],
  ),

  Flatten: view((ctx) => {
    const x = ctx.input(0);
    const r = x.shape.length;
    const a = ctx.attrs.int('axis', 1);
    const at = a === r ? r : axis(ctx, a, Math.max(r, 1));
    const shape = [dimProduct(ctx, x.shape.slice(0, at)), dimProduct(ctx, x.shape.slice(at))];
    return [passValue(ctx, x.dtype, shape)];
  }),

  Squeeze: view(
    (ctx) => {
      const x = ctx.input(0);
      const axes = intsArg(ctx, 1, 'axes', 13);
      if (axes === undefined) return [unknownAxes(ctx, x, -1)];
      return [passValue(ctx, x.dtype, squeezeShape(ctx, x.shape, axes))];
    },
    [1],
  ),

  Unsqueeze: view(
    (ctx) => {
      const x = ctx.input(0);
      const axes = intsArg(ctx, 1, 'axes', 13);
      if (axes === null) return ctx.fail('Unsqueeze needs axes');
      if (axes === undefined) return [unknownAxes(ctx, x, 1)];
      return [passValue(ctx, x.dtype, unsqueezeShape(ctx, x.shape, axes))];
    },
    [1],
  ),

  Identity: view((ctx) => {
    const x = ctx.inputs[0];
    if (!x) return ctx.fail('Identity has no input');
    if (x.kind) return [{ ...x }];
    return [passValue(ctx, x.dtype, x.shape)];
  }),

  Cast: {
    infer(ctx) {
      const x = ctx.input(0);
      const to = ctx.attrs.int('to');
      if (x.dtype === DataType.STRING || to === DataType.STRING)
        return [{ dtype: to, shape: x.shape }];
      return [foldDeferred(to, x.shape, () => constantOf(ctx, 0)?.map((v) => castValue(v, to)))];
    },
  },

  CastLike: {
    infer(ctx) {
      const x = ctx.input(0);
      const to = ctx.input(1).dtype;
      if (x.dtype === DataType.STRING || to === DataType.STRING)
        return [{ dtype: to, shape: x.shape }];
      return [foldDeferred(to, x.shape, () => constantOf(ctx, 0)?.map((v) => castValue(v, to)))];
    },
    metaInputs: [1],
  },

  Range: {
    infer(ctx) {
      const dtype = ctx.input(0).dtype;
      const [start, limit, delta] = [0, 1, 2].map((i) => scalarOf(ctx, i));
      if (start === undefined || limit === undefined || delta === undefined)
        return [{ dtype, shape: [freshDim(ctx, 'range')] }];
      const n = rangeLength(ctx, dtype, [start, limit, delta]);
      return [foldDeferred(dtype, [n], () => rangeValues(dtype, n, start, delta))];
    },
    metaInputs: [0, 1, 2],
  },

  EyeLike: {
    infer(ctx) {
      const x = ctx.input(0);
      if (x.shape.length !== 2) ctx.fail(`EyeLike needs a 2-D input, got ${fmtShape(x.shape)}`);
      const dtype = ctx.attrs.int('dtype', x.dtype);
      const k = ctx.attrs.int('k', 0);
      return [
        foldDeferred(dtype, x.shape, ([, cols]) =>
          Array.from({ length: numel(x.shape) }, (_, f) =>
            f % cols === Math.floor(f / cols) + k ? 1 : 0,
          ),
        ),
      ];
    },
  },

  Optional: view((ctx) => {
    const x = ctx.inputs[0];
    return [{ dtype: x?.dtype ?? 0, shape: x?.shape, kind: 'optional' }];
  }),

  OptionalHasElement: view((ctx) => {
    const x = ctx.inputs[0];
    // Only an omitted input is known to be empty: an optional value may hold nothing at run time.
    return [
      x ? { dtype: DataType.BOOL, shape: [] } : { dtype: DataType.BOOL, shape: [], value: [0] },
    ];
  }),

  OptionalGetElement: view((ctx) => {
    const x = ctx.inputs[0];
    if (!x) return ctx.fail('OptionalGetElement has no input');
    return [{ dtype: x.dtype, shape: x.shape, value: foldedValueOf(x) }];
  }),
};
