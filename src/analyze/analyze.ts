/**
 * The static analysis of one model: shapes inferred, every node costed, params and memory
 * counted, totals and per-op-type counters assembled into the `misnomer/analysis@1` document.
 */
import type { LoadedModel } from '../onnx/load.ts';
import type { DimValues, InputValues } from '../shapes/bind.ts';
import type { Model } from '../onnx/model.ts';
import { inferModel, type Inference } from '../shapes/infer.ts';
import { COUNTING_RULES_VERSION, TOOL_VERSION } from '../version.ts';
import { addInto, costGraph, zero, type CostedNode } from './cost.ts';
import { peakActivation } from './memory.ts';
import { allGraphs, countParams } from './params.ts';
import {
  ANALYSIS_SCHEMA,
  type Analysis,
  type NodeCost,
  type OpTypeCounters,
  type Totals,
  type Uncounted,
  type Unresolved,
} from './types.ts';

export interface AnalyzeOptions {
  dims?: DimValues;
  /** Values of graph inputs: constants of the analysis (shapes and If conditions fold). */
  inputValues?: InputValues;
  /** Include one entry per node in `nodes`. */
  perNode?: boolean;
}

const COMPUTE_TOTALS: (keyof Totals)[] = [
  'macs',
  'flops',
  'transcendentals',
  'intOps',
  'arithmeticIntensity',
];

export function analyze(loaded: LoadedModel, options: AnalyzeOptions = {}): Analysis {
  const { model, store } = loaded;
  return analyzeInferred(
    model,
    inferModel(model, store, options.dims ?? {}, options.inputValues),
    options,
  );
}

/**
 * The analysis of a model whose shapes the caller has inferred already: a measurement plan infers
 * them to make the inputs, and inferring them again was a second pass over the graph, as long as
 * the first (on Swin-T, about a third of the analysis). The contract: `inference` is
 * `inferModel(model, ...)` of this same `model`, at the dims and input values the analysis is to
 * report; the result is then the one `analyze()` gives with those options. Nothing here checks
 * it: an inference of another model, or at other dims, gives counts for that one.
 */
export function analyzeInferred(
  model: Model,
  inference: Inference,
  options: Pick<AnalyzeOptions, 'perNode'> = {},
): Analysis {
  const { main } = inference;
  const graphInputs = inference.inputs;
  const costed = costGraph(main);
  const params = countParams(main, graphInputs);
  const memory = peakActivation(main, graphInputs);

  const sums = zero();
  const byOpType: Record<string, OpTypeCounters> = {};
  const uncounted = new Map<string, Uncounted>();
  const unresolved: Unresolved[] = [];
  const incomplete = new Set<keyof Totals>();
  const notes = new Set<string>(params.notes);
  for (const c of costed) {
    addInto(sums, c.cost);
    addInto(entry(byOpType, opKey(c)), c.cost);
    if (c.bytesUnknown) incomplete.add('bytesAccessed').add('arithmeticIntensity');
    for (const n of c.record.ctx.notes) notes.add(`${c.name}: ${n}`);
    if (c.problem?.kind === 'uncounted') {
      const key = opKey(c);
      const u = uncounted.get(key) ?? {
        opType: c.record.node.opType,
        domain: c.record.node.domain,
        count: 0,
        examples: [],
      };
      u.count++;
      if (u.examples.length < 5) u.examples.push(c.name);
      uncounted.set(key, u);
      COMPUTE_TOTALS.forEach((t) => incomplete.add(t));
    } else if (c.problem) {
      unresolved.push({ node: c.name, opType: c.record.node.opType, reason: c.problem.reason });
      COMPUTE_TOTALS.forEach((t) => incomplete.add(t));
    }
  }
  // Node counts are static: every node inferred, each once (both branches of an If whose
  // condition is unknown; only the branch a constant condition picks).
  let nodes = 0;
  for (const g of allGraphs(main)) {
    for (const r of g.records) {
      nodes++;
      entry(byOpType, r.node.domain ? `${r.node.domain}/${r.node.opType}` : r.node.opType).count++;
    }
  }
  for (const counters of Object.values(byOpType))
    counters.arithmeticIntensity = intensity(counters.flops, counters.bytesAccessed);
  if (memory.unknown) incomplete.add('peakActivationBytes');

  const totals: Totals = {
    params: params.params,
    paramsPerUse: params.paramsPerUse,
    embeddingParams: params.embeddingParams,
    nonEmbeddingParams: params.params - params.embeddingParams,
    paramsByDtype: params.paramsByDtype,
    weightBytes: params.weightBytes,
    ...sums,
    arithmeticIntensity: intensity(sums.flops, sums.bytesAccessed),
    peakActivationBytes: memory.peakActivationBytes,
    modelFileBytes: model.fileBytes,
    nodes,
  };
  const analysis: Analysis = {
    schema: ANALYSIS_SCHEMA,
    tool: { name: 'misnomer', version: TOOL_VERSION, countingRules: COUNTING_RULES_VERSION },
    model: {
      path: model.path,
      irVersion: model.irVersion,
      producer: [model.producerName, model.producerVersion].filter(Boolean).join(' '),
      opsets: Object.fromEntries([...model.opsets].map(([d, v]) => [d || 'ai.onnx', v])),
    },
    dims: inference.dims,
    totals,
    byOpType: sortByFlops(byOpType),
    uncounted: [...uncounted.values()].sort((a, b) => b.count - a.count),
    unresolved,
    incomplete: incomplete.size > 0,
    incompleteTotals: [...incomplete],
    notes: [...notes],
    warnings: inference.warnings,
  };
  if (options.perNode) analysis.nodes = costed.filter((c) => !c.notCosted).map(nodeCost);
  return analysis;
}

const opKey = (c: CostedNode) =>
  c.record.node.domain ? `${c.record.node.domain}/${c.record.node.opType}` : c.record.node.opType;

function entry(table: Record<string, OpTypeCounters>, key: string): OpTypeCounters {
  return (table[key] ??= { count: 0, ...zero(), arithmeticIntensity: null });
}

const intensity = (flops: number, bytes: number) => (bytes > 0 ? flops / bytes : null);

function sortByFlops(table: Record<string, OpTypeCounters>): Record<string, OpTypeCounters> {
  const entries = Object.entries(table).sort(
    ([ka, a], [kb, b]) =>
      b.flops - a.flops ||
      b.intOps - a.intOps ||
      b.bytesAccessed - a.bytesAccessed ||
      (ka < kb ? -1 : 1),
  );
  return Object.fromEntries(entries);
}

function nodeCost(c: CostedNode): NodeCost {
  const notes = c.record.ctx.notes;
  return {
    name: c.name,
    opType: c.record.node.opType,
    domain: c.record.node.domain,
    outputShapes: c.record.outputs.map((v) => v.shape ?? null),
    repeat: c.repeat,
    ...c.cost,
    ...(notes.length ? { notes: [...notes] } : {}),
  };
}
