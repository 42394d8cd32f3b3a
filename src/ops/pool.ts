/**
 * Pooling over the spatial dims of [N, C, spatial...] inputs. Output sizes follow the ONNX
 * formulas in window.ts (pads, auto_pad, dilations, ceil_mode). Counting conventions:
 * - MaxPool, AveragePool: prod(kernel) flops per output element (comparisons, or the adds plus
 *   the final division); integer inputs (int8/uint8 MaxPool) count intOps instead.
 * - LpPool: 2 · prod(kernel) flops (|x|^p by multiplication, add) + 1 transcendental (the 1/p
 *   root) per output element.
 * - GlobalAveragePool, GlobalMaxPool: 1 flop per input element. GlobalLpPool: 2 flops per input
 *   element + 1 transcendental per output element.
 * - MaxUnpool: no arithmetic (a scatter); its indices and output_shape inputs are meta inputs.
 * Not covered: MaxRoiPool (the bin sizes depend on the RoI data).
 */
import type { Dim } from '../onnx/model.ts';
import { DataType } from '../onnx/dtypes.ts';
import { costOf, type PerElement } from './elementwise-util.ts';
import type { OpContext, OpRule, RuleTable, Value } from './types.ts';
import { fmtShape, numel, product } from './util.ts';
import { windowOutputShape } from './window.ts';

function kernelOf(ctx: OpContext): number[] {
  const kernel = ctx.attrs.ints('kernel_shape');
  const x = ctx.input(0);
  if (x.shape.length !== kernel.length + 2) {
    ctx.fail(
      `kernel_shape ${fmtShape(kernel)} needs an input of rank ${kernel.length + 2} ` +
        `([N, C, spatial...]), got ${fmtShape(x.shape)}`,
    );
  }
  return kernel;
}

/** Output of a windowed pool: [N, C, spatial...]. */
function poolShape(ctx: OpContext): Dim[] {
  const x = ctx.input(0);
  const kernel = kernelOf(ctx);
  const attrs = ctx.attrs;
  const { spatial } = windowOutputShape(ctx, x.shape, kernel, {
    strides: attrs.ints('strides', []),
    dilations: attrs.ints('dilations', []),
    pads: attrs.ints('pads', []),
    autoPad: attrs.string('auto_pad', 'NOTSET'),
    ceilMode: attrs.int('ceil_mode', 0) === 1,
  });
  return [x.shape[0], x.shape[1], ...spatial];
}

/** A windowed pool costing `per(kernel)` per output element; `indices` adds MaxPool's output. */
function windowPool(per: (kernel: number) => PerElement, indices = false): OpRule {
  return {
    infer(ctx) {
      const x = ctx.input(0);
      const shape = poolShape(ctx);
      const out: Value[] = [{ dtype: x.dtype, shape }];
      if (indices) out.push({ dtype: DataType.INT64, shape });
      return out;
    },
    cost(ctx, outputs) {
      const kernel = product(kernelOf(ctx));
      return costOf(ctx.input(0).dtype, numel(outputs[0].shape), per(kernel));
    },
  };
}

function globalPool(perInput: PerElement, perOutput?: PerElement): OpRule {
  return {
    infer(ctx) {
      const x = ctx.input(0);
      if (x.shape.length < 3) {
        ctx.fail(`expected an input of shape [N, C, spatial...], got ${fmtShape(x.shape)}`);
      }
      return [
        { dtype: x.dtype, shape: [x.shape[0], x.shape[1], ...x.shape.slice(2).map(() => 1)] },
      ];
    },
    cost(ctx, outputs) {
      const dtype = ctx.input(0).dtype;
      const a = costOf(dtype, numel(ctx.input(0).shape), perInput);
      if (!perOutput) return a;
      const b = costOf(dtype, numel(outputs[0].shape), perOutput);
      return {
        flops: (a.flops ?? 0) + (b.flops ?? 0),
        transcendentals: (a.transcendentals ?? 0) + (b.transcendentals ?? 0),
        intOps: (a.intOps ?? 0) + (b.intOps ?? 0),
      };
    },
  };
}

const maxUnpool: OpRule = {
  infer(ctx) {
    const x = ctx.input(0);
    const kernel = kernelOf(ctx);
    const given = ctx.inputs[2] ? ctx.constant(2) : undefined;
    if (ctx.inputs[2]) {
      if (given && given.length !== x.shape.length) {
        ctx.fail(`output_shape ${fmtShape(given)} must have rank ${x.shape.length}`);
      }
      if (given?.some((d) => d < 0))
        ctx.fail(`MaxUnpool: output_shape ${fmtShape(given)} is negative`);
      const shape = given ?? x.shape.map((_, i) => ctx.symbol(`${ctx.node.name}:${i}`));
      return [{ dtype: x.dtype, shape }];
    }
    const rank = kernel.length;
    const strides = ctx.attrs.ints('strides', new Array<number>(rank).fill(1));
    const pads = ctx.attrs.ints('pads', new Array<number>(2 * rank).fill(0));
    const spatial = kernel.map((k, i) => {
      const d = x.shape[i + 2];
      if (typeof d !== 'number') return ctx.symbol(`${d}*unpool`);
      return (d - 1) * strides[i] + k - pads[i] - pads[i + rank];
    });
    return [{ dtype: x.dtype, shape: [x.shape[0], x.shape[1], ...spatial] }];
  },
  metaInputs: [1, 2],
};

export const rules: RuleTable = {
  MaxPool: windowPool((k) => ({ flops: k }), true),
  AveragePool: windowPool((k) => ({ flops: k })),
  LpPool: windowPool((k) => ({ flops: 2 * k, transcendentals: 1 })),
  GlobalAveragePool: globalPool({ flops: 1 }),
  GlobalMaxPool: globalPool({ flops: 1 }),
  GlobalLpPool: globalPool({ flops: 2 }, { flops: 0, transcendentals: 1 }),
  MaxUnpool: maxUnpool,
};
