/**
 * Matrix products: MatMul, Gemm, Einsum and com.microsoft FusedMatMul (and its old name
 * TransposeMatMul), FusedGemm, GemmFastGelu.
 *
 * Counting conventions:
 * - MatMul, FusedMatMul, TransposeMatMul: macs = prod(broadcast batch dims)·M·K·N; flops =
 *   2·macs. A 1-D operand counts as a matrix with M = 1 (or N = 1). FusedMatMul's alpha scaling
 *   is not counted (it is folded into the product's epilogue, as is Gemm's).
 * - GemmFastGelu: MatMul's macs and 2·macs flops, + 1 flop per output element for the bias when
 *   present, + FastGelu's tanh form per output element (activation.ts: 8 flops + 1
 *   transcendental).
 * - Gemm: macs = M·K·N; flops = 2·macs, plus M·N for adding C when C is present. alpha and beta
 *   scalings are not counted.
 * - FusedGemm: Gemm plus its activation per output element (constants in dense-util.ts).
 * - Einsum (parsed in matmul-util.ts): one operand (transpose, trace, sum): 0 macs and one
 *   add per reduced term, prod(sizes of all its distinct labels) − prod(output label sizes);
 *   two operands: macs = product of the sizes of all distinct labels; three or more operands:
 *   contracted pairwise left to right (as ONNX Runtime does), each pair costed as a two-operand
 *   einsum that keeps the labels still needed by the output or a later operand. flops = 2·macs
 *   plus the adds.
 * Integer dtypes put the same counts into intOps.
 */
import type { Dim } from '../onnx/model.ts';
import { GELU_TANH } from './activation.ts';
import { denseCost, fusedActivation } from './dense-util.ts';
import { einsumCost, inferEinsum } from './matmul-util.ts';
import type { OpContext, OpRule, RuleTable, Value } from './types.ts';
import { broadcast, fmtShape, numel } from './util.ts';

/** Shapes of a numpy matmul: the output, and the sizes that define its macs. */
interface Product {
  out: Dim[];
  batch: Dim[];
  m: Dim;
  k: Dim;
  n: Dim;
}

/** numpy.matmul shapes: 1-D operands promoted to matrices and the added dim removed again. */
function matmulShapes(ctx: OpContext, a: Dim[], b: Dim[]): Product {
  const op = ctx.node.opType;
  if (a.length === 0 || b.length === 0) {
    ctx.fail(`${op}: operands must not be scalars (A ${fmtShape(a)}, B ${fmtShape(b)})`);
  }
  const left = a.length === 1 ? [1, a[0]] : a;
  const right = b.length === 1 ? [b[0], 1] : b;
  const ka = left[left.length - 1];
  const kb = right[right.length - 2];
  if (typeof ka === 'number' && typeof kb === 'number' && ka !== kb) {
    ctx.fail(`${op}: A ${fmtShape(a)} and B ${fmtShape(b)} disagree on K (${ka} vs ${kb})`);
  }
  const batch = broadcast(ctx, [left.slice(0, -2), right.slice(0, -2)]);
  const m = left[left.length - 2];
  const n = right[right.length - 1];
  const out = [...batch, ...(a.length === 1 ? [] : [m]), ...(b.length === 1 ? [] : [n])];
  return { out, batch, m, k: typeof ka === 'number' ? ka : kb, n };
}

const productMacs = (p: Product) => numel([...p.batch, p.m, p.k, p.n]);

/** FusedMatMul's operand as a plain [batch..., rows, cols] (ONNX Runtime's shape inference). */
function fusedOperand(shape: Dim[], trans: boolean, transBatch: boolean): Dim[] {
  const r = shape.length;
  if (r < 2) return shape;
  const batch = transBatch ? shape.slice(1, r - 1) : shape.slice(0, r - 2);
  const rows = transBatch ? shape[0] : shape[r - 2];
  const cols = shape[r - 1];
  return trans ? [...batch, cols, rows] : [...batch, rows, cols];
}

function fusedMatmulShapes(ctx: OpContext): Product {
  const flag = (name: string) => ctx.attrs.int(name, 0) !== 0;
  const a = fusedOperand(ctx.input(0).shape, flag('transA'), flag('transBatchA'));
  const b = fusedOperand(ctx.input(1).shape, flag('transB'), flag('transBatchB'));
  return matmulShapes(ctx, a, b);
}

const matmul: OpRule = {
  infer(ctx) {
    const a = ctx.input(0);
    return [{ dtype: a.dtype, shape: matmulShapes(ctx, a.shape, ctx.input(1).shape).out }];
  },
  cost(ctx, [y]) {
    return denseCost(
      y.dtype,
      productMacs(matmulShapes(ctx, ctx.input(0).shape, ctx.input(1).shape)),
    );
  },
};

const fusedMatmul: OpRule = {
  infer: (ctx) => [{ dtype: ctx.input(0).dtype, shape: fusedMatmulShapes(ctx).out }],
  cost: (ctx, [y]) => denseCost(y.dtype, productMacs(fusedMatmulShapes(ctx))),
};

/** GemmFastGelu: X·W (numpy matmul), a bias of N values, then FastGelu's tanh form. */
function gemmFastGeluShapes(ctx: OpContext): Product {
  const p = matmulShapes(ctx, ctx.input(0).shape, ctx.input(1).shape);
  const bias = ctx.inputs[2] ? ctx.input(2).shape : undefined;
  if (
    bias &&
    (bias.length !== 1 ||
      (typeof bias[0] === 'number' && typeof p.n === 'number' && bias[0] !== p.n))
  ) {
    ctx.fail(`GemmFastGelu: bias ${fmtShape(bias)} must hold N = ${p.n} values`);
  }
  return p;
}

const gemmFastGelu: OpRule = {
  infer: (ctx) => [{ dtype: ctx.input(0).dtype, shape: gemmFastGeluShapes(ctx).out }],
  cost(ctx, [y]) {
    const out = numel(y.shape);
    const perElement = GELU_TANH.flops + (ctx.inputs[2] ? 1 : 0);
    const t = GELU_TANH.transcendentals ?? 0;
    return denseCost(y.dtype, productMacs(gemmFastGeluShapes(ctx)), perElement * out, t * out);
  },
};

/** Gemm's M, K, N after transA / transB, with C checked to broadcast to [M, N]. */
function gemmShapes(ctx: OpContext): { m: Dim; k: Dim; n: Dim } {
  const a = ctx.input(0).shape;
  const b = ctx.input(1).shape;
  const op = ctx.node.opType;
  if (a.length !== 2 || b.length !== 2) {
    ctx.fail(`${op}: A ${fmtShape(a)} and B ${fmtShape(b)} must be matrices`);
  }
  const [m, ka] = ctx.attrs.int('transA', 0) ? [a[1], a[0]] : a;
  const [kb, n] = ctx.attrs.int('transB', 0) ? [b[1], b[0]] : b;
  if (typeof ka === 'number' && typeof kb === 'number' && ka !== kb) {
    ctx.fail(`${op}: A ${fmtShape(a)} and B ${fmtShape(b)} disagree on K (${ka} vs ${kb})`);
  }
  const c = ctx.inputs[2]?.shape;
  if (c) {
    const target = [m, n];
    const bad =
      c.length > 2 ||
      c.some((d, i) => {
        const t = target[target.length - c.length + i];
        return typeof d === 'number' && d !== 1 && typeof t === 'number' && d !== t;
      });
    if (bad) ctx.fail(`${op}: C ${fmtShape(c)} does not broadcast to [M, N] = ${fmtShape(target)}`);
  }
  return { m, k: typeof ka === 'number' ? ka : kb, n };
}

function gemmCost(ctx: OpContext, y: Value, extraPerElement: number, transcendentals: number) {
  const { m, k, n } = gemmShapes(ctx);
  const mn = numel([m, n]);
  const extra = (ctx.inputs[2] ? mn : 0) + extraPerElement * mn;
  return denseCost(y.dtype, numel([m, k, n]), extra, transcendentals * mn);
}

const gemm: OpRule = {
  infer(ctx) {
    const { m, n } = gemmShapes(ctx);
    return [{ dtype: ctx.input(0).dtype, shape: [m, n] }];
  },
  cost: (ctx, [y]) => gemmCost(ctx, y, 0, 0),
};

const fusedGemm: OpRule = {
  infer(ctx) {
    fusedActivation(ctx);
    return gemm.infer(ctx);
  },
  cost(ctx, [y]) {
    const act = fusedActivation(ctx);
    return gemmCost(ctx, y, act.flops, act.transcendentals);
  },
};

const einsum: OpRule = {
  infer(ctx) {
    const { shape } = inferEinsum(ctx);
    return [{ dtype: ctx.input(0).dtype, shape }];
  },
  cost(ctx, [y]) {
    const { macs, adds } = einsumCost(inferEinsum(ctx));
    return denseCost(y.dtype, macs, adds);
  },
};

export const rules: RuleTable = {
  MatMul: matmul,
  Gemm: gemm,
  Einsum: einsum,
  'com.microsoft/FusedMatMul': fusedMatmul,
  // The name FusedMatMul had before ONNX Runtime 1.3: the same schema.
  'com.microsoft/TransposeMatMul': fusedMatmul,
  'com.microsoft/FusedGemm': fusedGemm,
  'com.microsoft/GemmFastGelu': gemmFastGelu,
};
