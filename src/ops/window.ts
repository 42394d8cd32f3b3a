/**
 * Output size of a sliding window (pooling, convolution) over the spatial dims of an
 * `[N, C, spatial...]` input, per the ONNX spec formulas: explicit pads with floor (or ceil, with
 * ceil_mode), or auto_pad SAME_UPPER / SAME_LOWER (`ceil(in / stride)`, pads split with the odd
 * one at the end or the beginning) or VALID (no pads). Shared by pool.ts and conv.ts.
 */
import type { Dim } from '../onnx/model.ts';
import type { OpContext } from './types.ts';
import { fmtShape } from './util.ts';

export interface WindowOptions {
  strides?: number[];
  dilations?: number[];
  /** Explicit pads `[begin..., end...]` (ignored unless autoPad is NOTSET or absent). */
  pads?: number[];
  /** NOTSET (default), SAME_UPPER, SAME_LOWER or VALID. */
  autoPad?: string;
  ceilMode?: boolean;
}

/**
 * Output spatial dims and the effective pads (begin..., end...) of a window of size `kernel`.
 * A symbolic input dim gives a symbolic output dim (the same symbol when the window keeps the
 * size, a fresh one otherwise); its pads are then reported as 0 under auto_pad SAME.
 */
export function windowOutputShape(
  ctx: OpContext,
  input: Dim[],
  kernel: number[],
  opts: WindowOptions,
): { spatial: Dim[]; pads: number[] } {
  const rank = kernel.length;
  if (input.length !== rank + 2) {
    ctx.fail(
      `input ${fmtShape(input)} must have ${rank + 2} dims (N, C and ${rank} spatial) ` +
        `for a kernel of ${fmtShape(kernel)}`,
    );
  }
  const strides = listOf(ctx, 'strides', opts.strides, rank, 1);
  const dilations = listOf(ctx, 'dilations', opts.dilations, rank, 1);
  const autoPad = opts.autoPad || 'NOTSET';
  const explicit = autoPad === 'NOTSET' ? listOf(ctx, 'pads', opts.pads, 2 * rank, 0) : [];
  if (!['NOTSET', 'SAME_UPPER', 'SAME_LOWER', 'VALID'].includes(autoPad)) {
    ctx.fail(`unknown auto_pad "${autoPad}"`);
  }
  const pads = new Array<number>(2 * rank).fill(0);
  const spatial: Dim[] = [];
  for (let i = 0; i < rank; i++) {
    const size = input[i + 2];
    const span = dilations[i] * (kernel[i] - 1) + 1;
    if (kernel[i] < 1 || strides[i] < 1 || dilations[i] < 1) {
      ctx.fail(`kernel ${fmtShape(kernel)}, strides and dilations must be positive`);
    }
    if (autoPad === 'NOTSET') {
      pads[i] = explicit[i];
      pads[i + rank] = explicit[i + rank];
    }
    if (typeof size !== 'number') {
      const padTotal = pads[i] + pads[i + rank];
      const keeps = strides[i] === 1 && (autoPad.startsWith('SAME') || padTotal === span - 1);
      spatial.push(keeps ? size : ctx.symbol(`${size}/window`));
      continue;
    }
    let out: number;
    if (autoPad.startsWith('SAME')) {
      out = Math.ceil(size / strides[i]);
      const total = Math.max(0, (out - 1) * strides[i] + span - size);
      const small = Math.floor(total / 2);
      pads[i] = autoPad === 'SAME_UPPER' ? small : total - small;
      pads[i + rank] = total - pads[i];
    } else {
      const padded = size + pads[i] + pads[i + rank];
      const steps = (padded - span) / strides[i];
      out = (opts.ceilMode ? Math.ceil(steps) : Math.floor(steps)) + 1;
      // ceil_mode never starts a window inside the end padding (ONNX reference, PyTorch, ORT).
      if (opts.ceilMode && (out - 1) * strides[i] >= size + pads[i]) out--;
    }
    if (out < 1) {
      ctx.fail(
        `window of ${span} (kernel ${kernel[i]}, dilation ${dilations[i]}) does not fit ` +
          `spatial dim ${i} of ${fmtShape(input)} with pads ${fmtShape(pads)}`,
      );
    }
    spatial.push(out);
  }
  return { spatial, pads };
}

function listOf(
  ctx: OpContext,
  name: string,
  given: number[] | undefined,
  length: number,
  dflt: number,
): number[] {
  if (!given || given.length === 0) return new Array<number>(length).fill(dflt);
  if (given.length !== length) {
    ctx.fail(`${name} ${fmtShape(given)} must have ${length} values`);
  }
  return given;
}
