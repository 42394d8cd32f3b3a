/**
 * Execution order of a graph's nodes. Exporters write nodes in a valid order, which is kept as
 * it is (peak activation memory depends on it); otherwise nodes are sorted topologically,
 * preferring file order. A cycle or a value that nothing produces is a clear error.
 */
import { UserError } from '../errors.ts';
import type { Graph, Node } from '../onnx/model.ts';

export function executionOrder(path: string, g: Graph, known: (name: string) => boolean): Node[] {
  const producer = new Map<string, number>();
  g.nodes.forEach((n, i) => {
    for (const o of n.outputs) {
      if (o === '') continue;
      const other = producer.get(o);
      if (other !== undefined) {
        throw new UserError(
          `${path}: "${o}" is written by two nodes, "${g.nodes[other].name || g.nodes[other].opType}" ` +
            `and "${n.name || n.opType}". Every ONNX value has one producer; re-export the model.`,
        );
      }
      producer.set(o, i);
    }
  });
  // A producer read twice is listed twice: kahn() counts distinct ones. (No Set of names per
  // node: on a 20,000-node graph those were a twentieth of the analysis's allocations.)
  const deps = g.nodes.map((n) => {
    const out: number[] = [];
    const read = (name: string) => {
      if (name === '') return;
      const p = producer.get(name);
      if (p !== undefined) out.push(p);
      else if (!known(name)) {
        throw new UserError(
          `${path}: node "${n.name || n.opType}" (${n.opType}) reads "${name}", which no node produces ` +
            'and which is neither a graph input nor an initializer. The model is incomplete; re-export it.',
        );
      }
    };
    n.inputs.forEach(read);
    if (n.attributes.size > 0) implicitInputs(n).forEach(read);
    return out;
  });
  if (deps.every((d, i) => d.every((p) => p < i))) return g.nodes;
  return kahn(path, g.nodes, deps);
}

function kahn(path: string, nodes: Node[], deps: number[][]): Node[] {
  const waiting = deps.map((d) => new Set(d).size);
  const users: number[][] = nodes.map(() => []);
  deps.forEach((d, i) => new Set(d).forEach((p) => users[p].push(i)));
  const ready = new MinHeap();
  waiting.forEach((w, i) => w === 0 && ready.push(i));
  const order: Node[] = [];
  while (ready.size > 0) {
    const i = ready.pop();
    order.push(nodes[i]);
    for (const u of users[i]) if (--waiting[u] === 0) ready.push(u);
  }
  if (order.length < nodes.length) {
    const cycle = findCycle(deps, waiting).map((i) => `"${nodes[i].name || nodes[i].opType}"`);
    throw new UserError(
      `${path}: the graph has a cycle: ${cycle.join(' -> ')} -> ${cycle[0]}. ` +
        'ONNX graphs must be acyclic (loops belong in a Loop node); the exporter wrote a broken file.',
    );
  }
  return order;
}

/** Follows unresolved dependencies from a stuck node until one repeats. */
function findCycle(deps: number[][], waiting: number[]): number[] {
  let at = waiting.findIndex((w) => w > 0);
  const seen = new Map<number, number>();
  const path: number[] = [];
  while (!seen.has(at)) {
    seen.set(at, path.length);
    path.push(at);
    at = deps[at].find((p) => waiting[p] > 0) ?? at;
  }
  return path.slice(seen.get(at)).reverse();
}

const NO_NAMES: readonly string[] = Object.freeze([]);

/**
 * Outer-scope names that a node's subgraphs read (If/Loop/Scan bodies capture them). Nodes
 * without subgraphs (nearly all) get one shared empty list: this runs for every node of every
 * pass that follows data flow.
 */
export function implicitInputs(n: Node): readonly string[] {
  let out: string[] | undefined;
  for (const a of n.attributes.values()) {
    if (a.type === 'graph') (out ??= []).push(...freeNames(a.value));
    else if (a.type === 'graphs') for (const g of a.value) (out ??= []).push(...freeNames(g));
  }
  return out ?? NO_NAMES;
}

/** Every name a node reads: its inputs, then the names its subgraphs capture. */
export function readsOf(n: Node): readonly string[] {
  const implicit = implicitInputs(n);
  return implicit.length === 0 ? n.inputs : [...n.inputs, ...implicit];
}

function freeNames(g: Graph): string[] {
  const defined = new Set<string>([
    ...g.inputs.map((i) => i.name),
    ...g.initializers.map((t) => t.name),
  ]);
  for (const n of g.nodes) for (const o of n.outputs) defined.add(o);
  const free = new Set<string>();
  for (const n of g.nodes) {
    for (const i of [...n.inputs, ...implicitInputs(n)])
      if (i !== '' && !defined.has(i)) free.add(i);
  }
  return [...free];
}

class MinHeap {
  private a: number[] = [];
  get size() {
    return this.a.length;
  }
  push(x: number) {
    const a = this.a;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p] <= a[i]) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop(): number {
    const a = this.a;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1,
          r = l + 1;
        let m = i;
        if (l < a.length && a[l] < a[m]) m = l;
        if (r < a.length && a[r] < a[m]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}
