/**
 * Expands calls of model-local functions (ModelProto.functions) into their bodies, once per call
 * site, as ONNX Runtime does before running the graph. Every value a body defines gets a prefix
 * unique to its call site (so two calls never collide, even when node names repeat), names a
 * body's subgraphs read from the body are renamed with it, `ref_attr_name` attributes take the
 * caller's value (or the function's default) at every depth, and expanded nodes keep the
 * function's own opset imports.
 */
import { UserError } from '../errors.ts';
import {
  normalizeDomain,
  type AttributeValue,
  type FunctionDef,
  type Graph,
  type Node,
} from './model.ts';

const MAX_DEPTH = 32;
/** Nodes an expansion may produce: functions calling functions can multiply without bound. */
const MAX_EXPANDED_NODES = 1_000_000;

const key = (domain: string, name: string, overload = '') =>
  `${normalizeDomain(domain)}::${name}::${overload}`;

export function expandFunctions(graph: Graph, functions: FunctionDef[], path: string): Graph {
  if (functions.length === 0) return graph;
  const expander = new Expander(
    new Map(functions.map((f) => [key(f.domain, f.name, f.overload), f])),
    path,
  );
  return expander.graph(graph, 0);
}

class Expander {
  private sites = new Set<string>();
  private produced = 0;

  constructor(
    private fns: Map<string, FunctionDef>,
    private path: string,
  ) {}

  graph(g: Graph, depth: number): Graph {
    const nodes: Node[] = [];
    for (const n of g.nodes) this.node(n, depth, nodes);
    return { ...g, nodes };
  }

  private node(n: Node, depth: number, out: Node[]): void {
    const node = mapSubgraphs(n, (sub) => this.graph(sub, depth));
    const fn = this.fns.get(key(n.domain, n.opType, n.overload));
    if (!fn) {
      if (++this.produced > MAX_EXPANDED_NODES) this.tooBig();
      out.push(node);
      return;
    }
    if (depth >= MAX_DEPTH) {
      throw new UserError(
        `${this.path}: function "${fn.name}" calls itself (more than ${MAX_DEPTH} levels deep). ` +
          'ONNX functions may not be recursive; fix the exporter that wrote them.',
      );
    }
    const site = this.site(n.name || n.opType);
    const rename = new Map<string, string>();
    fn.inputs.forEach((formal, i) => rename.set(formal, n.inputs[i] ?? ''));
    fn.outputs.forEach((formal, i) => rename.set(formal, n.outputs[i] || `${site}/${formal}`));
    const outer = (v: string) => (v === '' ? '' : (rename.get(v) ?? `${site}/${v}`));
    fn.nodes.forEach((inner, i) => {
      const body: Node = {
        ...inner,
        name: `${site}/${inner.name || `${inner.opType}_${i}`}`,
        inputs: inner.inputs.map(outer),
        outputs: inner.outputs.map(outer),
        attributes: bindAttributes(inner.attributes, n, fn, outer),
        ...(fn.opsets.size > 0 ? { opsets: fn.opsets } : {}),
      };
      this.node(body, depth + 1, out);
    });
  }

  /** A call-site prefix no other call site has. */
  private site(base: string): string {
    let site = base;
    for (let k = 2; this.sites.has(site); k++) site = `${base}#${k}`;
    this.sites.add(site);
    return site;
  }

  private tooBig(): never {
    throw new UserError(
      `${this.path}: expanding the model's functions produces more than ${MAX_EXPANDED_NODES} nodes ` +
        '(functions that call functions many times). misnomer stops here; check the exporter.',
    );
  }
}

/** Binds `ref_attr_name` attributes at every depth, and renames what body subgraphs read. */
function bindAttributes(
  attrs: ReadonlyMap<string, AttributeValue>,
  call: Node,
  fn: FunctionDef,
  outer: (name: string) => string,
): Map<string, AttributeValue> {
  const bound = new Map<string, AttributeValue>();
  for (const [name, a] of attrs) {
    if (a.type === 'ref') {
      const value = call.attributes.get(a.value) ?? fn.attributes.get(a.value);
      // An unset reference means the attribute is absent: the op's own default applies.
      if (value) bound.set(name, value);
    } else if (a.type === 'graph') {
      bound.set(name, { type: 'graph', value: renameSubgraph(a.value, call, fn, outer) });
    } else if (a.type === 'graphs') {
      bound.set(name, {
        type: 'graphs',
        value: a.value.map((g) => renameSubgraph(g, call, fn, outer)),
      });
    } else bound.set(name, a);
  }
  return bound;
}

/**
 * A subgraph of a function body: names it defines stay (they are scoped to it); names it reads
 * from the body are renamed like the body's own; its nodes' attribute references are bound.
 */
function renameSubgraph(
  g: Graph,
  call: Node,
  fn: FunctionDef,
  outer: (name: string) => string,
): Graph {
  const defined = new Set<string>([
    ...g.inputs.map((i) => i.name),
    ...g.initializers.map((t) => t.name),
  ]);
  for (const n of g.nodes) for (const o of n.outputs) defined.add(o);
  const name = (v: string) => (v === '' || defined.has(v) ? v : outer(v));
  return {
    ...g,
    nodes: g.nodes.map((n) => ({
      ...n,
      inputs: n.inputs.map(name),
      attributes: bindAttributes(n.attributes, call, fn, name),
    })),
    outputs: g.outputs.map((o) => ({ ...o, name: name(o.name) })),
  };
}

/** The node with `f` applied to each of its subgraphs (If branches, Loop and Scan bodies). */
function mapSubgraphs(n: Node, f: (g: Graph) => Graph): Node {
  let changed = false;
  const attributes = new Map<string, AttributeValue>();
  for (const [name, a] of n.attributes) {
    if (a.type === 'graph') {
      attributes.set(name, { type: 'graph', value: f(a.value) });
      changed = true;
    } else if (a.type === 'graphs') {
      attributes.set(name, { type: 'graphs', value: a.value.map(f) });
      changed = true;
    } else attributes.set(name, a);
  }
  return changed ? { ...n, attributes } : n;
}
