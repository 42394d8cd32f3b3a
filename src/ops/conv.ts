/**
 * Convolutions: Conv, ConvTranspose, DeformConv and com.microsoft FusedConv.
 *
 * Counting conventions, with Y the output and g the group count:
 * - Conv: macs = N·Cout·prod(out spatial)·(Cin/g)·prod(kernel) = numel(Y)·prod(W.shape[1:]);
 *   flops = 2·macs, plus 1 per output element for the bias when B is given.
 * - ConvTranspose: macs = N·Cin·prod(in spatial)·(Cout/g)·prod(kernel) = numel(X)·prod(W[1:]);
 *   flops = 2·macs, plus 1 per output element for the bias.
 * - DeformConv: the Conv macs and bias, plus the bilinear sampling of every input value the
 *   kernel reads (N·Cin·prod(out spatial)·prod(kernel) samples): 7 flops each (4 mul, 3 add of
 *   the four neighbours), 1 more with a mask. The interpolation weights themselves are computed
 *   once per offset and are not counted.
 * - FusedConv: Conv, plus 1 flop per output element for the sum input Z, plus the activation
 *   per output element (constants in dense-util.ts).
 * Integer dtypes put the same counts into intOps. Memory traffic is the default: every input
 * (weights included) read once, the output written once.
 */
import type { Dim } from '../onnx/model.ts';
import { denseCost, fusedActivation } from './dense-util.ts';
import type { Cost, OpContext, OpRule, RuleTable, Value } from './types.ts';
import { fmtShape, numel } from './util.ts';
import { windowOutputShape } from './window.ts';

/** The kernel size: kernel_shape when given (checked against W = input 1), else W's dims. */
function kernelOf(ctx: OpContext, x: Dim[], w: Dim[]): number[] {
  const op = ctx.node.opType;
  if (x.length < 3) ctx.fail(`${op}: X ${fmtShape(x)} must be N × C × spatial...`);
  if (w.length !== x.length) {
    ctx.fail(`${op}: W ${fmtShape(w)} must have the rank of X ${fmtShape(x)}`);
  }
  const fromWeight = w.slice(2);
  if (ctx.attrs.has('kernel_shape')) {
    const k = ctx.attrs.ints('kernel_shape');
    const clash = k.some((d, i) => typeof fromWeight[i] === 'number' && fromWeight[i] !== d);
    if (k.length !== fromWeight.length || clash) {
      ctx.fail(`${op}: kernel_shape ${fmtShape(k)} does not match W ${fmtShape(w)}`);
    }
    return k;
  }
  if (!fromWeight.every((d) => typeof d === 'number')) {
    ctx.fail(`${op}: the kernel size of W ${fmtShape(w)} is unknown and kernel_shape is absent`);
  }
  return fromWeight as number[];
}

function windowOpts(ctx: OpContext) {
  return {
    strides: ctx.attrs.ints('strides', []),
    dilations: ctx.attrs.ints('dilations', []),
    pads: ctx.attrs.ints('pads', []),
    autoPad: ctx.attrs.string('auto_pad', 'NOTSET'),
  };
}

/** Whether two dims can be equal (a symbol can be anything). */
function sameDim(a: Dim, b: Dim): boolean {
  return typeof a !== 'number' || typeof b !== 'number' || a === b;
}

function checkBias(ctx: OpContext, index: number, cout: Dim): void {
  const b = ctx.inputs[index];
  if (!b?.shape) return;
  if (b.shape.length !== 1 || !sameDim(b.shape[0], cout)) {
    ctx.fail(`${ctx.node.opType}: bias ${fmtShape(b.shape)} must be [${cout}] (output channels)`);
  }
}

/** Forward convolution shapes: [N, Cout, out spatial...] with W = [Cout, Cin/g, kernel...]. */
function inferConv(ctx: OpContext, biasIndex: number): Value[] {
  const x = ctx.input(0);
  const w = ctx.input(1).shape;
  const kernel = kernelOf(ctx, x.shape, w);
  const group = ctx.attrs.int('group', 1);
  const [cin, cout, perGroup] = [x.shape[1], w[0], w[1]];
  const op = ctx.node.opType;
  if (typeof perGroup === 'number' && !sameDim(cin, perGroup * group)) {
    ctx.fail(
      `${op}: X ${fmtShape(x.shape)} has ${cin} channels but W ${fmtShape(w)} with group ` +
        `${group} expects ${perGroup} × ${group} = ${perGroup * group}`,
    );
  }
  if (typeof cout === 'number' && cout % group !== 0) {
    ctx.fail(
      `${op}: W ${fmtShape(w)} has ${cout} output channels, not divisible by group ${group}`,
    );
  }
  checkBias(ctx, biasIndex, cout);
  const { spatial } = windowOutputShape(ctx, x.shape, kernel, windowOpts(ctx));
  return [{ dtype: x.dtype, shape: [x.shape[0], cout, ...spatial] }];
}

/** numel(Y)·prod(W[1:]) multiply-accumulates, and 1 flop per output element for a bias. */
function convArithmetic(ctx: OpContext, y: Value, biasIndex: number) {
  const macs = numel(y.shape) * numel(ctx.input(1).shape.slice(1));
  const bias = ctx.inputs[biasIndex] ? numel(y.shape) : 0;
  return { macs, bias };
}

const conv: OpRule = {
  infer: (ctx) => inferConv(ctx, 2),
  cost(ctx, [y]) {
    const { macs, bias } = convArithmetic(ctx, y, 2);
    return denseCost(y.dtype, macs, bias);
  },
};

const fusedConv: OpRule = {
  infer(ctx) {
    const out = inferConv(ctx, 2);
    fusedActivation(ctx);
    return out;
  },
  cost(ctx, [y]) {
    const { macs, bias } = convArithmetic(ctx, y, 2);
    const act = fusedActivation(ctx);
    const elements = numel(y.shape);
    const sum = ctx.inputs[3] ? elements : 0;
    return denseCost(
      y.dtype,
      macs,
      bias + sum + act.flops * elements,
      act.transcendentals * elements,
    );
  },
};

/** Bilinear sampling: 4 mul + 3 add per sampled value, +1 mul for the modulation mask. */
const SAMPLE_FLOPS = 7;

const deformConv: OpRule = {
  infer(ctx) {
    const [y] = inferConv(ctx, 3);
    const x = ctx.input(0).shape;
    const offset = ctx.input(2).shape;
    const kernel = kernelOf(ctx, x, ctx.input(1).shape);
    const offsetGroup = ctx.attrs.int('offset_group', 1);
    const want: Dim[] = [x[0], offsetGroup * 2 * numel(kernel), ...y.shape!.slice(2)];
    if (offset.length !== want.length || offset.some((d, i) => !sameDim(d, want[i]))) {
      ctx.fail(`DeformConv: offset ${fmtShape(offset)} must be ${fmtShape(want)}`);
    }
    return [y];
  },
  cost(ctx, [y]) {
    const { macs, bias } = convArithmetic(ctx, y, 3);
    const x = ctx.input(0).shape;
    const spatial = [y.shape![0], ...y.shape!.slice(2), ...ctx.input(1).shape.slice(2)];
    const samples = numel(spatial) * numel([x[1]]);
    const perSample = SAMPLE_FLOPS + (ctx.inputs[4] ? 1 : 0);
    return denseCost(y.dtype, macs, bias + perSample * samples);
  },
};

/** ConvTranspose output spatial dims, per the ONNX formulas (or output_shape when given). */
function transposeSpatial(ctx: OpContext, x: Dim[], kernel: number[]): Dim[] {
  const rank = kernel.length;
  const list = (name: string, dflt: number, len = rank) => {
    const v = ctx.attrs.ints(name, []);
    if (v.length === 0) return new Array<number>(len).fill(dflt);
    if (v.length !== len) ctx.fail(`ConvTranspose: ${name} ${fmtShape(v)} needs ${len} values`);
    return v;
  };
  if (ctx.attrs.has('output_shape')) {
    const given = ctx.attrs.ints('output_shape');
    // ONNX Runtime also accepts the full [N, C, spatial...] form.
    const spatial = given.length === rank + 2 ? given.slice(2) : given;
    if (spatial.length !== rank) {
      ctx.fail(`ConvTranspose: output_shape ${fmtShape(given)} needs ${rank} spatial values`);
    }
    if (spatial.some((d) => d < 0))
      ctx.fail(`ConvTranspose: output_shape ${fmtShape(given)} has a negative size`);
    return spatial;
  }
  const strides = list('strides', 1);
  const dilations = list('dilations', 1);
  const outPad = list('output_padding', 0);
  const autoPad = ctx.attrs.string('auto_pad', 'NOTSET');
  if (!['NOTSET', 'SAME_UPPER', 'SAME_LOWER', 'VALID'].includes(autoPad)) {
    ctx.fail(`ConvTranspose: unknown auto_pad "${autoPad}"`);
  }
  const pads = autoPad === 'NOTSET' ? list('pads', 0, 2 * rank) : new Array(2 * rank).fill(0);
  return kernel.map((k, i) => {
    const size = x[i + 2];
    const span = dilations[i] * (k - 1) + 1;
    if (typeof size !== 'number') {
      const growth = outPad[i] + span - 1 - pads[i] - pads[i + rank];
      const keeps = strides[i] === 1 && (autoPad.startsWith('SAME') || growth === 0);
      return keeps ? size : ctx.symbol(`${size}/convT`);
    }
    if (autoPad.startsWith('SAME')) return size * strides[i];
    const out = strides[i] * (size - 1) + outPad[i] + span - pads[i] - pads[i + rank];
    if (out < 1) ctx.fail(`ConvTranspose: output dim ${i} would be ${out} for X ${fmtShape(x)}`);
    return out;
  });
}

const convTranspose: OpRule = {
  infer(ctx) {
    const x = ctx.input(0);
    const w = ctx.input(1).shape;
    const kernel = kernelOf(ctx, x.shape, w);
    const group = ctx.attrs.int('group', 1);
    if (!sameDim(x.shape[1], w[0])) {
      ctx.fail(
        `ConvTranspose: X ${fmtShape(x.shape)} has ${x.shape[1]} channels but W ${fmtShape(w)} ` +
          `expects ${w[0]}`,
      );
    }
    if (typeof w[0] === 'number' && w[0] % group !== 0) {
      ctx.fail(
        `ConvTranspose: W ${fmtShape(w)} has ${w[0]} input channels, not divisible by group ${group}`,
      );
    }
    const cout = typeof w[1] === 'number' ? w[1] * group : ctx.symbol('convT:channels');
    checkBias(ctx, 2, cout);
    return [
      { dtype: x.dtype, shape: [x.shape[0], cout, ...transposeSpatial(ctx, x.shape, kernel)] },
    ];
  },
  cost(ctx, [y]): Cost {
    const macs = numel(ctx.input(0).shape) * numel(ctx.input(1).shape.slice(1));
    return denseCost(y.dtype, macs, ctx.inputs[2] ? numel(y.shape) : 0);
  },
};

export const rules: RuleTable = {
  Conv: conv,
  ConvTranspose: convTranspose,
  DeformConv: deformConv,
  'com.microsoft/FusedConv': fusedConv,
};
