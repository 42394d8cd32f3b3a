/**
 * Execution order of a graph's nodes (their indices). Exporters write nodes in a valid order, which is kept as
 * it is (peak activation memory depends on it); otherwise nodes are sorted topologically,
 * preferring file order. A cycle or a value that nothing produces is a clear error.
 */
import { UserError } from '../errors.ts';
import type { Graph, Node } from '../onnx/model.ts';
import { NO_VALUE, type GraphValues } from './value-ids.ts';

export function executionOrder(
  path: string,
  g: Graph,
  ids: GraphValues,
  known: (id: number) => boolean,
): number[] {
  // A producer read twice is listed twice: kahn() counts distinct ones. (No Set of names per
  // node: on a 20,000-node graph those were a twentieth of the analysis's allocations.)
  const { producer, inputIds, inputStart, captured } = ids;
  let ordered = true;
  const deps = g.nodes.map((n, i) => {
    const out: number[] = [];
    const read = (id: number) => {
      if (id === NO_VALUE) return;
      const p = producer[id];
      if (p >= 0) {
        out.push(p);
        if (p >= i) ordered = false;
      } else if (!known(id)) {
        throw new UserError(
          `${path}: node "${n.name || n.opType}" (${n.opType}) reads "${ids.names[id]}", which no node produces ` +
            'and which is neither a graph input nor an initializer. The model is incomplete; re-export it.',
        );
      }
    };
    for (let k = inputStart[i]; k < inputStart[i + 1]; k++) read(inputIds[k]);
    for (const id of captured[i]) read(id);
    return out;
  });
  if (ordered) return g.nodes.map((_, i) => i);
  return kahn(path, g.nodes, deps);
}

function kahn(path: string, nodes: Node[], deps: number[][]): number[] {
  const waiting = deps.map((d) => new Set(d).size);
  const users: number[][] = nodes.map(() => []);
  deps.forEach((d, i) => new Set(d).forEach((p) => users[p].push(i)));
  const ready = new MinHeap();
  waiting.forEach((w, i) => w === 0 && ready.push(i));
  const order: number[] = [];
  while (ready.size > 0) {
    const i = ready.pop();
    order.push(i);
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
