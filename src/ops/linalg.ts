/**
 * Linear algebra: Det (opset 11). The input is [..., M, M]; the output drops the two matrix axes
 * and keeps the batch dims ([] for one matrix).
 *
 * Counting convention: Gaussian elimination (LU) of each M x M matrix, then the product of the
 * diagonal. Eliminating below a pivot with j rows and columns left costs j divisions (the
 * multipliers) and j^2 multiplies and j^2 subtractions; the diagonal product is M - 1 multiplies:
 * flops per matrix = sum over j = 1..M-1 of (j + 2 j^2), + (M - 1). Pivot search (compares) is
 * not counted. These are flops, not MACs: MACs count the dense layers only (docs/indicators.md#macs).
 */
import { costOf } from './elementwise-util.ts';
import type { RuleTable } from './types.ts';
import { fmtShape, numel } from './util.ts';

/** Flops of the determinant of one M x M matrix by elimination (see the file comment). */
function detFlops(m: number): number {
  let flops = m - 1;
  for (let j = 1; j < m; j++) flops += j + 2 * j * j;
  return flops;
}

export const rules: RuleTable = {
  Det: {
    infer(ctx) {
      const x = ctx.input(0);
      const r = x.shape.length;
      const [rows, cols] = x.shape.slice(r - 2);
      if (r < 2 || (typeof rows === 'number' && typeof cols === 'number' && rows !== cols)) {
        ctx.fail(`Det needs square matrices [..., M, M], got ${fmtShape(x.shape)}`);
      }
      return [{ dtype: x.dtype, shape: x.shape.slice(0, r - 2) }];
    },
    cost(ctx, outputs) {
      const x = ctx.input(0);
      const m = x.shape[x.shape.length - 1];
      const perMatrix = typeof m === 'number' ? detFlops(m) : NaN;
      return costOf(x.dtype, numel(outputs[0].shape), { flops: perMatrix });
    },
  },
};
