/**
 * Parameters: elements of weight tensors (initializers and Constant-node tensors of a float or
 * quantized-integer dtype), each counted once, leaving out tensors that only ever serve as a
 * shape, axes or index argument. Single-element tensors (1/sqrt(d), GELU's 0.5, epsilons,
 * per-tensor quantization scales) are arithmetic constants: nobody calls them parameters, and
 * counting them made a small GPT-2 36 "params" larger than its weights. The exception is one a
 * layer reads as its weight or bias (the bias of a Linear(·, 1)): that one is learned. Also:
 * params per use (sharing), embedding params, bytes.
 */
import { byteSize, dtypeName, isFloat, isQuantizedInt } from '../onnx/dtypes.ts';
import type { InferredGraph, NodeRecord } from '../shapes/infer.ts';
import { numel } from '../ops/util.ts';
import { NO_VALUE } from '../shapes/value-ids.ts';

export interface ParamCounts {
  params: number;
  paramsPerUse: number;
  embeddingParams: number;
  paramsByDtype: Record<string, number>;
  weightBytes: number;
  notes: string[];
}

interface Weight {
  name: string;
  dtype: number;
  elements: number;
  dataUses: number;
  metaUses: number;
  embedding: boolean;
  /** Read by a layer as its weight or bias (Gemm, Conv, LSTM, LayerNorm, ...). */
  layerUse: boolean;
  /** Read by DequantizeLinear as its data or zero point: a quantized weight, whatever its dtype. */
  dequantized: boolean;
}

/**
 * Layers whose every data input is a learned weight: a single-element tensor they read is the
 * bias (or weight) of a layer with one output, a parameter like any other. The scalars that
 * are not parameters (1/sqrt(d), 0.5, epsilons, scales) feed elementwise arithmetic instead.
 */
const LAYERS = new Set([
  'Conv',
  'ConvTranspose',
  'Gemm',
  'MatMul',
  'LSTM',
  'GRU',
  'RNN',
  'BatchNormalization',
  'LayerNormalization',
  'InstanceNormalization',
  'GroupNormalization',
  'RMSNormalization',
  'PRelu',
]);

/** Ops that pass a weight through unchanged in meaning, when tracing an embedding table. */
const PASS_THROUGH = new Set([
  'Cast',
  'Identity',
  'DequantizeLinear',
  'Reshape',
  'Squeeze',
  'Unsqueeze',
]);

export function countParams(main: InferredGraph, graphInputs: string[]): ParamCounts {
  const weights = new Map<string, Weight>();
  const graphs = allGraphs(main);
  for (const g of graphs) {
    for (const t of g.graph.initializers) {
      const elements = t.sparseValues ?? t.dims.reduce((a, b) => a * b, 1);
      addWeight(weights, t.name, t.dataType, elements);
    }
    for (const r of g.records) {
      if (r.node.opType === 'Constant' && r.node.domain === '' && r.outputs[0]) {
        addWeight(weights, r.node.outputs[0], r.outputs[0].dtype, numel(r.outputs[0].shape));
      }
    }
  }

  // Values computed from the graph inputs (not from weights alone), by id in each graph. A
  // body reads its parents' values by name: with several graphs, each starts from the names
  // the graphs before it derived (`derivedNames`), and adds its own when it is done.
  const derivedNames = new Set(graphInputs);
  const several = graphs.length > 1;
  // An omitted output ('') of a node that reads derived values; kept as a name would be.
  let emptyDerived = false;
  const emptyWeight = weights.get('');
  let mainDerived: Uint8Array | undefined;
  for (const g of graphs) {
    const { ids } = g;
    const { inputIds, inputStart, outputIds, outputStart } = ids;
    const n = ids.names.length;
    const derived = new Uint8Array(n);
    if (g === main) {
      for (const name of graphInputs) {
        const id = ids.ids.get(name);
        if (id !== undefined) derived[id] = 1;
      }
      mainDerived = derived;
    } else {
      for (let id = 0; id < n; id++) if (derivedNames.has(ids.names[id])) derived[id] = 1;
    }
    const weightOf = new Array<Weight | undefined>(n);
    for (const [name, w] of weights) {
      const id = ids.ids.get(name);
      if (id !== undefined) weightOf[id] = w;
    }
    for (const r of g.records) {
      const { at } = r;
      let reads = false;
      for (let k = inputStart[at]; !reads && k < inputStart[at + 1]; k++)
        reads = inputIds[k] !== NO_VALUE && derived[inputIds[k]] === 1;
      if (reads) {
        for (let k = outputStart[at]; k < outputStart[at + 1]; k++) {
          if (outputIds[k] === NO_VALUE) emptyDerived = true;
          else derived[outputIds[k]] = 1;
        }
      }
      const meta = r.rule?.metaInputs;
      // A node that reads one weight twice (Mul(W, W)) is one use: uses are per consuming node.
      // (A list, not a Set: most nodes read one or two weights, and a Set per node was a tenth
      // of the memory the analysis of a 20,000-node graph allocated.)
      const counted: Weight[] = [];
      for (let i = 0; i < inputStart[at + 1] - inputStart[at]; i++) {
        const id = inputIds[inputStart[at] + i];
        const w = id === NO_VALUE ? emptyWeight : weightOf[id];
        if (!w) continue;
        if (meta?.includes(i)) w.metaUses++;
        else if (!counted.includes(w)) {
          counted.push(w);
          w.dataUses++;
          if (r.node.domain === '' && LAYERS.has(r.node.opType)) w.layerUse = true;
          // A static quantizer stores a Conv's bias as int32 codes (and int32 zero points)
          // for DequantizeLinear: the float model's bias, quantized, still a parameter.
          if (r.node.opType === 'DequantizeLinear' && (i === 0 || i === 2)) w.dequantized = true;
        }
        const packed = packedWeights(r, i);
        if (packed && Number.isFinite(packed.elements)) {
          w.elements = packed.elements;
          w.dtype = packed.dtype;
        }
      }
    }
    if (several) {
      for (let id = 0; id < n; id++) if (derived[id] === 1) derivedNames.add(ids.names[id]);
    }
  }
  const isDerived = (name: string): boolean => {
    if (name === '') return emptyDerived || derivedNames.has(name);
    if (several) return derivedNames.has(name);
    const id = main.ids.ids.get(name);
    return id === undefined ? derivedNames.has(name) : mainDerived![id] === 1;
  };

  // Who produces each name, across the graphs (a later graph's producer wins): only embedding
  // tables are traced through it, so it is made on the first trace.
  let producers: Map<string, NodeRecord> | undefined;
  const producerOf = (name: string) => {
    if (!producers) {
      producers = new Map();
      for (const g of graphs)
        for (const r of g.records) for (const o of r.node.outputs) producers.set(o, r);
    }
    return producers.get(name);
  };
  const traceWeight = (name: string): Weight | undefined => {
    for (let hops = 0; hops < 8; hops++) {
      const w = weights.get(name);
      if (w) return w;
      const p = producerOf(name);
      if (!p || !PASS_THROUGH.has(p.node.opType)) return undefined;
      name = p.node.inputs[0];
    }
    return undefined;
  };
  for (const g of graphs) {
    for (const r of g.records) {
      const { opType, domain, inputs } = r.node;
      const gather =
        (opType === 'Gather' && domain === '') ||
        (opType === 'GatherBlockQuantized' && domain === 'com.microsoft');
      if (gather && inputs.length > 1 && isDerived(inputs[1])) {
        const w = traceWeight(inputs[0]);
        if (w) w.embedding = true;
      } else if (opType === 'EmbedLayerNormalization' && domain === 'com.microsoft') {
        for (const i of [2, 3, 4]) {
          const w = inputs[i] ? traceWeight(inputs[i]) : undefined;
          if (w) w.embedding = true;
        }
      }
    }
  }

  const counts: ParamCounts = {
    params: 0,
    paramsPerUse: 0,
    embeddingParams: 0,
    paramsByDtype: {},
    weightBytes: 0,
    notes: [],
  };
  let unused = 0;
  let scalars = 0;
  for (const w of weights.values()) {
    if (!isFloat(w.dtype) && !isQuantizedInt(w.dtype) && !w.dequantized) continue;
    if (w.dataUses === 0) {
      if (w.metaUses === 0) unused++;
      continue;
    }
    if (w.elements < 2 && !w.layerUse) {
      scalars++;
      continue;
    }
    counts.params += w.elements;
    counts.paramsPerUse += w.elements * w.dataUses;
    if (w.embedding) counts.embeddingParams += w.elements;
    const dt = dtypeName(w.dtype);
    counts.paramsByDtype[dt] = (counts.paramsByDtype[dt] ?? 0) + w.elements;
    counts.weightBytes += byteSize(w.dtype, w.elements);
  }
  if (unused > 0)
    counts.notes.push(
      `${unused} weight tensor(s) are used by no node and are not counted as params`,
    );
  if (scalars > 0)
    counts.notes.push(
      `${scalars} single-element constant(s) (scales, epsilons, ...) are arithmetic constants, ` +
        'not params: left out of params and weight bytes',
    );
  return counts;
}

/** A rule's packed-weights count for one input; a node whose attributes are broken has none. */
function packedWeights(r: NodeRecord, input: number) {
  try {
    return r.rule?.packedWeights?.(r.ctx, input);
  } catch {
    return undefined;
  }
}

function addWeight(weights: Map<string, Weight>, name: string, dtype: number, elements: number) {
  if (!weights.has(name) && Number.isFinite(elements)) {
    weights.set(name, {
      name,
      dtype,
      elements,
      dataUses: 0,
      metaUses: 0,
      embedding: false,
      layerUse: false,
      dequantized: false,
    });
  }
}

/** The main graph and every subgraph under it (all branches). */
export function allGraphs(g: InferredGraph): InferredGraph[] {
  const out = [g];
  for (const r of g.records) {
    if (r.subgraphs.length === 0) continue;
    for (const s of r.subgraphs) out.push(...allGraphs(s.graph));
  }
  return out;
}
