/**
 * What to measure for one model: its static analysis (for achieved FLOP/s and the per-op join),
 * which dim is the batch (throughput) and which the sequence (tokens/s), and the input specs at
 * each batch size. Runs in the parent process; never touches ONNX Runtime.
 */
import { analyzeInferred } from '../analyze/analyze.ts';
import type { Analysis } from '../analyze/types.ts';
import { loadModel } from '../onnx/load.ts';
import type { Model } from '../onnx/model.ts';
import type { DimValues, InputValues } from '../shapes/bind.ts';
import { parseDimExpr } from '../shapes/dim-expr.ts';
import { inferModel } from '../shapes/infer.ts';
import { planInputs } from './inputs.ts';
import { readGivenFiles } from './npy.ts';
import type { InputSpec } from './types.ts';

export interface ModelJob {
  id: string;
  path: string;
  dims: DimValues;
  /** Value ranges for integer inputs that do not index a table: name -> [min, max]. */
  ranges?: Record<string, [number, number]>;
  /** Inputs read from .npy or .json files: name -> path. */
  files?: Record<string, string>;
  /** Inputs given by value (the config's `value:`): fed as they are, folded by the analysis. */
  values?: InputValues;
  /** The batch dim's symbol; found from the inputs when not given. */
  batchSymbol?: string;
}

export interface ModelPlan {
  job: ModelJob;
  analysis: Analysis;
  /** Input specs per batch size that the model allows (the latency batch included). */
  inputsByBatch: Map<number, InputSpec[]>;
  /** Batch sizes asked for that the model's inputs do not allow, with why. */
  skippedBatches: { batch: number; why: string }[];
  /** Tokens per example, when a sequence dim is bound (for tokens/s). */
  tokensPerExample?: number;
  batchSymbol?: string;
  /** The batch of the latency samples: as asked, else the bound batch dim, else 1. */
  latencyBatch: number;
}

export function planModel(
  job: ModelJob,
  batchSizes: number[],
  seed: number,
  askedLatencyBatch?: number,
): ModelPlan {
  const loaded = loadModel(job.path);
  try {
    const { model, store } = loaded;
    const batchSymbol = job.batchSymbol ?? findBatchSymbol(model);
    const latencyBatch =
      askedLatencyBatch ?? (batchSymbol ? job.dims[batchSymbol] : undefined) ?? 1;
    const sequenceSymbol = findSequenceSymbol(model, batchSymbol);
    const sizes = [...new Set([latencyBatch, ...batchSizes])];
    const inputsByBatch = new Map<number, InputSpec[]>();
    const skippedBatches: ModelPlan['skippedBatches'] = [];
    let analysis: Analysis | undefined;
    // Given values are constants of the analysis too: the If they decide is the one timed.
    const given = { ...readGivenFiles(job.files ?? {}), ...job.values };
    for (const size of sizes) {
      if (!batchSymbol && size !== latencyBatch) {
        skippedBatches.push({ batch: size, why: 'the model has no symbolic batch dim' });
        continue;
      }
      const dims = batchSymbol ? { ...job.dims, [batchSymbol]: size } : job.dims;
      const inference = inferModel(model, store, dims, given);
      inputsByBatch.set(
        size,
        planInputs(model, inference, {
          dims,
          seed,
          ranges: job.ranges,
          files: job.files,
          given,
        }),
      );
      if (size === latencyBatch) analysis = analyzeInferred(model, inference);
    }
    const tokensPerExample = sequenceSymbol ? job.dims[sequenceSymbol] : undefined;
    return {
      job,
      analysis: analysis!,
      inputsByBatch,
      skippedBatches,
      tokensPerExample,
      batchSymbol,
      latencyBatch,
    };
  } finally {
    loaded.store.close();
  }
}

/** The symbol of axis 0 shared by the inputs (the usual batch dim), if any. */
function findBatchSymbol(model: Model): string | undefined {
  const initializers = new Set(model.graph.initializers.map((t) => t.name));
  for (const input of model.graph.inputs) {
    if (initializers.has(input.name) || input.type.kind !== 'tensor') continue;
    const d0 = input.type.shape?.[0];
    if (typeof d0 === 'string' && d0 !== '') return d0;
  }
  return undefined;
}

/** The symbol of axis 1 of an integer rank-2 input (token ids: [batch, sequence]). */
function findSequenceSymbol(model: Model, batchSymbol: string | undefined): string | undefined {
  for (const input of model.graph.inputs) {
    const t = input.type;
    if (t.kind !== 'tensor' || (t.elemType !== 6 && t.elemType !== 7) || t.shape?.length !== 2)
      continue;
    const d1 = t.shape[1];
    // A dim named by an expression (a mask over past + new tokens) is not the sequence.
    if (typeof d1 === 'string' && d1 !== '' && d1 !== batchSymbol && !parseDimExpr(d1)) return d1;
  }
  return undefined;
}
