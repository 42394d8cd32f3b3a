/**
 * Signal processing (opset 17+): DFT (17, 20), STFT, HannWindow, HammingWindow, BlackmanWindow,
 * MelWeightMatrix.
 *
 * Counting conventions (floating point throughout: the windows compute in float whatever their
 * output dtype):
 * - DFT: a radix-2 FFT, 5·n·log2(n) flops per transform of length n = dft_length (complex
 *   arithmetic: n/2·log2(n) butterflies of 6 adds and 4 muls), for every position of the other
 *   dims. Twiddle factors come from a table (0 transcendentals). Forward or inverse, full or
 *   one-sided (a real input's half-size trick and the inverse's 1/n scaling are not counted
 *   separately), and whatever n is: a non-power-of-two n still counts 5·n·log2(n).
 * - STFT: per frame one DFT of length frame_length (as above) + the window multiply, 1 flop per
 *   sample of a real signal, 2 of a complex one (when a window is given); frames =
 *   floor((signal_length - frame_length) / frame_step) + 1 for each batch row.
 * - HannWindow 0.5 - 0.5·cos(2πn/N), HammingWindow α - β·cos(2πn/N): 3 flops (the argument's
 *   multiply, the coefficient's multiply, the subtraction) + 1 transcendental (cos) per element;
 *   BlackmanWindow 0.42 - 0.5·cos(2πn/N) + 0.08·cos(4πn/N): 6 flops + 2 transcendentals.
 * - MelWeightMatrix: 0 flops: a table of [floor(dft_length / 2) + 1, num_mel_bins] constants.
 * Scalar size arguments (dft_length, axis, frame_step, frame_length, the window size, the mel
 * parameters) are meta inputs; so is STFT's window, a deterministic table rather than a weight.
 */
import type { Dim } from '../onnx/model.ts';
import { DataType } from '../onnx/dtypes.ts';
import { constantOf, freshDim } from './shape-util.ts';
import type { Cost, OpContext, OpRule, RuleTable, Value } from './types.ts';
import { axis as normAxis, fmtShape, numel } from './util.ts';

/** Flops of one complex FFT of length n (radix-2 convention); NaN when n is unknown. */
const fftFlops = (n: Dim): number => (typeof n === 'number' ? 5 * n * Math.log2(n) : NaN);

/** A scalar integer argument: its value, undefined when unknown or omitted. */
function scalarArg(ctx: OpContext, i: number, what: string): number | undefined {
  if (!ctx.inputs[i]) return undefined;
  const v = constantOf(ctx, i);
  if (v && v.length !== 1) ctx.fail(`${ctx.node.opType}: ${what} must be a scalar`);
  return v?.[0];
}

/** A size argument of at least `min`, or a fresh symbol when it is not a known constant. */
function sizeArg(ctx: OpContext, i: number, what: string, min = 1): Dim {
  const v = scalarArg(ctx, i, what);
  if (v === undefined) return freshDim(ctx, what);
  if (!(v >= min)) ctx.fail(`${ctx.node.opType}: ${what} ${v} must be at least ${min}`);
  return v;
}

const halfPlusOne = (n: Dim, ctx: OpContext): Dim =>
  typeof n === 'number' ? Math.floor(n / 2) + 1 : freshDim(ctx, 'bins');

/** Real (1) or complex (2) components of the last dim, checked. */
function components(ctx: OpContext, shape: Dim[]): Dim {
  const c = shape[shape.length - 1];
  if (typeof c === 'number' && c !== 1 && c !== 2)
    ctx.fail(`${ctx.node.opType}: the last dim of ${fmtShape(shape)} must be 1 (real) or 2`);
  return c;
}

interface DftGeometry {
  out: Dim[];
  /** The transform length. */
  n: Dim;
  /** Transforms: the product of the dims other than the axis and the components. */
  transforms: number;
}

/** DFT's axis: an attribute (default 1) before opset 20, an input (default -2) from 20. */
function dftAxis(ctx: OpContext, rank: number): number | undefined {
  const a =
    ctx.opset >= 20 ? (ctx.inputs[2] ? scalarArg(ctx, 2, 'axis') : -2) : ctx.attrs.int('axis', 1);
  if (a === undefined) return undefined;
  const r = normAxis(ctx, a, rank);
  if (r === rank - 1) ctx.fail(`DFT: axis ${a} is the components dim of the input`);
  return r;
}

function dftGeometry(ctx: OpContext): DftGeometry {
  const x = ctx.input(0).shape;
  if (x.length < 2) ctx.fail(`DFT needs [batch, signal..., 1 or 2], got ${fmtShape(x)}`);
  const c = components(ctx, x);
  const inverse = ctx.attrs.int('inverse', 0) === 1;
  const onesided = ctx.attrs.int('onesided', 0) === 1;
  if (onesided && !inverse && c === 2)
    ctx.fail(`DFT: a one-sided forward DFT needs a real input (last dim 1), got ${fmtShape(x)}`);
  const ax = dftAxis(ctx, x.length);
  if (ax === undefined) {
    // The axis is not known: every signal dim may change.
    const out = [...x.slice(0, -1).map(() => freshDim(ctx, 'dft')), inverse && onesided ? 1 : 2];
    return { out, n: freshDim(ctx, 'dft'), transforms: NaN };
  }
  const d = x[ax];
  // An inverse one-sided DFT (IRFFT) takes floor(n/2) + 1 bins: n defaults to 2·(bins - 1).
  const dflt: Dim = inverse && onesided ? (typeof d === 'number' ? 2 * (d - 1) : freshDim(ctx)) : d;
  const n = ctx.inputs[1] ? sizeArg(ctx, 1, 'dft_length') : dflt;
  const out = x.slice();
  out[ax] = onesided && !inverse ? halfPlusOne(n, ctx) : n;
  out[x.length - 1] = inverse && onesided ? 1 : 2;
  const others = x.filter((_, i) => i !== ax && i !== x.length - 1);
  return { out, n, transforms: numel(others) };
}

interface StftGeometry {
  out: Dim[];
  frameLength: Dim;
  frames: number;
  windowed: boolean;
  complex: boolean;
}

function stftGeometry(ctx: OpContext): StftGeometry {
  const x = ctx.input(0).shape;
  if (x.length !== 3) ctx.fail(`STFT needs a [batch, length, 1 or 2] signal, got ${fmtShape(x)}`);
  const c = components(ctx, x);
  // ONNX Runtime returns the first floor(n/2) + 1 bins of a complex signal's spectrum too.
  const onesided = ctx.attrs.int('onesided', 1) === 1;
  const window = ctx.inputs[2] ? ctx.input(2).shape : undefined;
  if (window && window.length !== 1) ctx.fail(`STFT: window ${fmtShape(window)} must be 1-D`);
  const given = ctx.inputs[3] ? sizeArg(ctx, 3, 'frame_length') : undefined;
  const frameLength = given ?? window?.[0];
  if (frameLength === undefined) ctx.fail('STFT needs a window or a frame_length');
  if (typeof given === 'number' && typeof window?.[0] === 'number' && window[0] !== given)
    ctx.fail(`STFT: window ${fmtShape(window)} does not match frame_length ${given}`);
  const step = sizeArg(ctx, 1, 'frame_step');
  const length = x[1];
  let frames: Dim = freshDim(ctx, 'frames');
  if (typeof length === 'number' && typeof frameLength === 'number' && typeof step === 'number') {
    if (length < frameLength)
      ctx.fail(`STFT: signal ${fmtShape(x)} is shorter than the frame length ${frameLength}`);
    frames = Math.floor((length - frameLength) / step) + 1;
  }
  const bins = onesided ? halfPlusOne(frameLength, ctx) : frameLength;
  return {
    out: [x[0], frames, bins, 2],
    frameLength,
    frames: numel([x[0], frames]),
    windowed: !!window,
    complex: c === 2,
  };
}

/** A window generator: [size] elements, `per` arithmetic each. */
function windowRule(flops: number, transcendentals: number): OpRule {
  return {
    infer: (ctx) => [
      {
        dtype: ctx.attrs.int('output_datatype', DataType.FLOAT),
        shape: [sizeArg(ctx, 0, 'size', 0)],
      },
    ],
    cost(_ctx, outputs): Cost {
      const n = numel(outputs[0].shape);
      return { flops: flops * n, transcendentals: transcendentals * n };
    },
    metaInputs: [0],
  };
}

const dft: OpRule = {
  infer(ctx) {
    return [{ dtype: ctx.input(0).dtype, shape: dftGeometry(ctx).out }];
  },
  cost(ctx) {
    const g = dftGeometry(ctx);
    return { flops: g.transforms * fftFlops(g.n) };
  },
  metaInputs: [1, 2],
};

const stft: OpRule = {
  infer(ctx) {
    return [{ dtype: ctx.input(0).dtype, shape: stftGeometry(ctx).out }];
  },
  cost(ctx) {
    const g = stftGeometry(ctx);
    const windowFlops = g.windowed ? (g.complex ? 2 : 1) * numel([g.frameLength]) : 0;
    return { flops: g.frames * (fftFlops(g.frameLength) + windowFlops) };
  },
  metaInputs: [1, 2, 3],
};

const melWeightMatrix: OpRule = {
  infer(ctx): Value[] {
    const bins = sizeArg(ctx, 0, 'num_mel_bins');
    const n = sizeArg(ctx, 1, 'dft_length');
    const dtype = ctx.attrs.int('output_datatype', DataType.FLOAT);
    return [{ dtype, shape: [halfPlusOne(n, ctx), bins] }];
  },
  cost: () => ({}),
  metaInputs: [0, 1, 2, 3, 4],
};

export const rules: RuleTable = {
  DFT: dft,
  STFT: stft,
  HannWindow: windowRule(3, 1),
  HammingWindow: windowRule(3, 1),
  BlackmanWindow: windowRule(6, 2),
  MelWeightMatrix: melWeightMatrix,
};
