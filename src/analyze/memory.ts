/**
 * Peak activation memory: run the nodes in execution order and track the live intermediate
 * tensors. A tensor is live from the node that produces it (graph inputs: from the start) to
 * its last consumer (graph outputs: to the end). Weights and folded constants are not
 * activations; the outputs of view ops (Reshape, Squeeze, ...) share their input's buffer.
 */
import type { InferredGraph } from '../shapes/infer.ts';
import { tensorBytes } from '../ops/util.ts';

export interface PeakMemory {
  peakActivationBytes: number;
  /** True when a tensor of unknown size was live (its size counted as 0). */
  unknown: boolean;
}

export function peakActivation(g: InferredGraph, graphInputs: string[]): PeakMemory {
  const outputs = new Set(g.graph.outputs.map((o) => o.name));
  const end = g.records.length;
  // Every alias of a buffer points at the name that owns it.
  const owner = new Map<string, string>();
  const size = new Map<string, number>();
  const lastUse = new Map<string, number>();
  let unknown = false;
  const sizeOf = (bytes: number) => {
    if (Number.isNaN(bytes)) {
      unknown = true;
      return 0;
    }
    return bytes;
  };

  let current = 0;
  for (const name of graphInputs) {
    owner.set(name, name);
    const b = sizeOf(tensorBytes(g.values.get(name)));
    size.set(name, b);
    current += b;
  }
  g.records.forEach((r, i) => {
    const isView = r.rule?.bytes === 'view';
    r.node.outputs.forEach((o, k) => {
      if (o === '') return;
      const v = r.outputs[k];
      if (isView && r.node.inputs[0] && owner.has(r.node.inputs[0])) {
        owner.set(o, owner.get(r.node.inputs[0])!);
      } else if (v && v.value === undefined && r.node.opType !== 'Constant') {
        owner.set(o, o);
        size.set(o, sizeOf(tensorBytes(v)));
      }
    });
    for (const name of [...r.node.inputs, ...subgraphReads(r)]) {
      const root = owner.get(name);
      if (root) lastUse.set(root, i);
    }
  });
  for (const name of outputs) {
    const root = owner.get(name);
    if (root) lastUse.set(root, end);
  }

  let peak = current;
  const freeAt = new Map<number, string[]>();
  for (const [root, at] of lastUse) {
    const list = freeAt.get(at);
    if (list) list.push(root);
    else freeAt.set(at, [root]);
  }
  g.records.forEach((r, i) => {
    for (const o of r.node.outputs) {
      if (owner.get(o) === o) current += size.get(o) ?? 0;
    }
    let inner = 0;
    for (const s of r.subgraphs)
      inner = Math.max(inner, peakActivation(s.graph, []).peakActivationBytes);
    peak = Math.max(peak, current + inner);
    for (const root of freeAt.get(i) ?? []) current -= size.get(root) ?? 0;
    // Outputs nobody reads are freed right after the node.
    for (const o of r.node.outputs) {
      if (owner.get(o) === o && !lastUse.has(o)) current -= size.get(o) ?? 0;
    }
  });
  return { peakActivationBytes: peak, unknown };
}

/** Outer names read by a node's subgraphs keep those tensors alive until the node runs. */
function subgraphReads(r: InferredGraph['records'][number]): string[] {
  const names: string[] = [];
  for (const s of r.subgraphs) {
    for (const inner of s.graph.records) names.push(...inner.node.inputs, ...subgraphReads(inner));
  }
  return names;
}
