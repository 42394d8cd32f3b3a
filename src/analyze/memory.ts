/**
 * Peak activation memory: run the nodes in execution order and track the live intermediate
 * tensors. A tensor is live from the node that produces it (graph inputs: from the start) to
 * its last reader (graph outputs: to the end). Not activations: weights, and anything computed
 * from weights and constants alone (ONNX Runtime folds those when the session starts). The
 * outputs of view ops (Reshape, Squeeze, ...) share their input's buffer. A control-flow node
 * adds its body's own peak while it runs, before its outputs exist.
 */
import type { InferredGraph } from '../shapes/infer.ts';
import { NO_VALUE } from '../shapes/value-ids.ts';
import { tensorBytes } from '../ops/util.ts';

export interface PeakMemory {
  peakActivationBytes: number;
  /** True when a tensor of unknown size was live (its size counted as 0). */
  unknown: boolean;
}

export function peakActivation(
  g: InferredGraph,
  graphInputs: string[],
  outerStatic: ReadonlySet<string> = new Set(),
): PeakMemory {
  const { ids } = g;
  const n = ids.names.length;
  // By value id: static (a weight, or computed from weights alone), the id of the buffer it
  // lives in (a view's is its input's; -1 before it is written), its size, and the index of
  // the last node that reads the buffer (-1: none).
  const statics = new Uint8Array(n);
  for (const t of g.graph.initializers) statics[ids.ids.get(t.name)!] = 1;
  if (outerStatic.size > 0) {
    for (let id = 0; id < n; id++) if (outerStatic.has(ids.names[id])) statics[id] = 1;
  }
  const owner = new Int32Array(n).fill(-1);
  const size = new Float64Array(n);
  const lastUse = new Int32Array(n).fill(-1);
  let unknown = false;
  const own = (id: number, bytes: number) => {
    owner[id] = id;
    if (Number.isNaN(bytes)) unknown = true;
    size[id] = Number.isNaN(bytes) ? 0 : bytes;
  };

  const inputs = graphInputs.map((name) => ids.ids.get(name) ?? NO_VALUE);
  for (const id of inputs) if (id !== NO_VALUE) own(id, tensorBytes(g.values.get(ids.names[id])));
  const { inputIds, inputStart, outputIds, outputStart, captured } = ids;
  const isStatic = (id: number) => id === NO_VALUE || statics[id] === 1;
  g.records.forEach((r, i) => {
    const at = r.at;
    let allStatic = true;
    for (let k = inputStart[at]; allStatic && k < inputStart[at + 1]; k++)
      allStatic = isStatic(inputIds[k]);
    if (allStatic) for (const id of captured[at]) if (!isStatic(id)) allStatic = false;
    if (allStatic) {
      for (let k = outputStart[at]; k < outputStart[at + 1]; k++)
        if (outputIds[k] !== NO_VALUE) statics[outputIds[k]] = 1;
      return;
    }
    const first = inputIds[inputStart[at]];
    const viewOf =
      r.rule?.bytes === 'view' && inputStart[at + 1] > inputStart[at] && first !== NO_VALUE
        ? owner[first]
        : -1;
    for (let k = outputStart[at]; k < outputStart[at + 1]; k++) {
      const o = outputIds[k];
      if (o === NO_VALUE) continue;
      if (viewOf >= 0) owner[o] = viewOf;
      else own(o, tensorBytes(r.outputs[k - outputStart[at]]));
    }
    const read = (id: number) => {
      if (id === NO_VALUE) return;
      const root = owner[id];
      if (root >= 0) lastUse[root] = i;
    };
    for (let k = inputStart[at]; k < inputStart[at + 1]; k++) read(inputIds[k]);
    for (const id of captured[at]) read(id);
  });
  for (const o of g.graph.outputs) {
    const id = ids.ids.get(o.name);
    const root = id === undefined ? -1 : owner[id];
    if (root >= 0) lastUse[root] = g.records.length;
  }

  // The buffers freed after each node: a list per node, linked through `next`.
  const freeHead = new Int32Array(g.records.length + 1).fill(-1);
  const next = new Int32Array(n).fill(-1);
  for (let id = 0; id < n; id++) {
    const at = lastUse[id];
    if (at < 0) continue;
    next[id] = freeHead[at];
    freeHead[at] = id;
  }
  let current = 0;
  for (const id of inputs) if (id !== NO_VALUE) current += size[id];
  let peak = current;
  // What a body may treat as static: made only for a graph that has bodies (it copies every
  // static name of the graph).
  let staticHere: Set<string> | undefined;
  g.records.forEach((r, i) => {
    let inner = 0;
    for (const s of r.subgraphs) {
      staticHere ??= new Set([...staticNames(ids.names, statics), ...outerStatic]);
      const body = peakActivation(
        s.graph,
        s.graph.graph.inputs.map((v) => v.name),
        staticHere,
      );
      if (body.unknown) unknown = true;
      inner = Math.max(inner, body.peakActivationBytes);
    }
    peak = Math.max(peak, current + inner);
    const at = r.at;
    for (let k = outputStart[at]; k < outputStart[at + 1]; k++) {
      const o = outputIds[k];
      if (o !== NO_VALUE && owner[o] === o) current += size[o];
    }
    peak = Math.max(peak, current);
    for (let root = freeHead[i]; root >= 0; root = next[root]) current -= size[root];
    // Outputs nobody reads are freed right after the node.
    for (let k = outputStart[at]; k < outputStart[at + 1]; k++) {
      const o = outputIds[k];
      if (o !== NO_VALUE && owner[o] === o && lastUse[o] < 0) current -= size[o];
    }
  });
  return { peakActivationBytes: peak, unknown };
}

function staticNames(names: string[], statics: Uint8Array): string[] {
  return names.filter((_, id) => statics[id] === 1);
}
