/**
 * Peak activation memory: run the nodes in execution order and track the live intermediate
 * tensors. A tensor is live from the node that produces it (graph inputs: from the start) to
 * its last reader (graph outputs: to the end). Not activations: weights, and anything computed
 * from weights and constants alone (ONNX Runtime folds those when the session starts). The
 * outputs of view ops (Reshape, Squeeze, ...) share their input's buffer. A control-flow node
 * adds its body's own peak while it runs, before its outputs exist.
 */
import type { InferredGraph } from '../shapes/infer.ts';
import { readsOf } from '../shapes/order.ts';
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
  const statics = new Set<string>(g.graph.initializers.map((t) => t.name));
  const isStatic = (name: string) => name === '' || statics.has(name) || outerStatic.has(name);
  // Every alias of a buffer points at the name that owns it.
  const owner = new Map<string, string>();
  const size = new Map<string, number>();
  const lastUse = new Map<string, number>();
  let unknown = false;
  const own = (name: string, bytes: number) => {
    owner.set(name, name);
    if (Number.isNaN(bytes)) unknown = true;
    size.set(name, Number.isNaN(bytes) ? 0 : bytes);
  };

  for (const name of graphInputs) own(name, tensorBytes(g.values.get(name)));
  const reads = g.records.map((r) => readsOf(r.node));
  g.records.forEach((r, i) => {
    if (reads[i].every(isStatic)) {
      for (const o of r.node.outputs) statics.add(o);
      return;
    }
    const viewOf = r.rule?.bytes === 'view' ? owner.get(r.node.inputs[0]) : undefined;
    r.node.outputs.forEach((o, k) => {
      if (o === '') return;
      if (viewOf) owner.set(o, viewOf);
      else own(o, tensorBytes(r.outputs[k]));
    });
    for (const name of reads[i]) {
      const root = owner.get(name);
      if (root) lastUse.set(root, i);
    }
  });
  for (const o of g.graph.outputs) {
    const root = owner.get(o.name);
    if (root) lastUse.set(root, g.records.length);
  }

  const freeAt = new Map<number, string[]>();
  for (const [root, at] of lastUse) {
    const list = freeAt.get(at);
    if (list) list.push(root);
    else freeAt.set(at, [root]);
  }
  let current = graphInputs.reduce((sum, name) => sum + (size.get(name) ?? 0), 0);
  let peak = current;
  // What a body may treat as static: made only for a graph that has bodies (it copies every
  // static name of the graph).
  let staticHere: Set<string> | undefined;
  g.records.forEach((r, i) => {
    let inner = 0;
    for (const s of r.subgraphs) {
      staticHere ??= new Set([...statics, ...outerStatic]);
      const body = peakActivation(
        s.graph,
        s.graph.graph.inputs.map((v) => v.name),
        staticHere,
      );
      if (body.unknown) unknown = true;
      inner = Math.max(inner, body.peakActivationBytes);
    }
    peak = Math.max(peak, current + inner);
    for (const o of r.node.outputs) if (owner.get(o) === o) current += size.get(o) ?? 0;
    peak = Math.max(peak, current);
    for (const root of freeAt.get(i) ?? []) current -= size.get(root) ?? 0;
    // Outputs nobody reads are freed right after the node.
    for (const o of r.node.outputs) {
      if (owner.get(o) === o && !lastUse.has(o)) current -= size.get(o) ?? 0;
    }
  });
  return { peakActivationBytes: peak, unknown };
}
