/**
 * Expands calls of model-local functions (ModelProto.functions) into their bodies, once per call
 * site, as ONNX Runtime does before running the graph. Inner values get the call site's name as
 * a prefix so they stay unique; `ref_attr_name` attributes take the caller's value (or the
 * function's default). Subgraphs of If/Loop/Scan are expanded too.
 */
import { UserError } from '../errors.ts';
import type { AttributeValue, FunctionDef, Graph, Node } from './model.ts';

const MAX_DEPTH = 32;

export function expandFunctions(graph: Graph, functions: FunctionDef[], path: string): Graph {
  if (functions.length === 0) return graph;
  const byKey = new Map(functions.map((f) => [key(f.domain, f.name, f.overload), f]));
  return expandGraph(graph, byKey, path, 0);
}

const key = (domain: string, name: string, overload = '') =>
  `${domain === 'ai.onnx' ? '' : domain}::${name}::${overload}`;

function expandGraph(g: Graph, fns: Map<string, FunctionDef>, path: string, depth: number): Graph {
  const nodes: Node[] = [];
  g.nodes.forEach((n, index) => expandNode(n, index, fns, path, depth, nodes));
  return { ...g, nodes };
}

function expandNode(
  n: Node,
  index: number,
  fns: Map<string, FunctionDef>,
  path: string,
  depth: number,
  out: Node[],
): void {
  const node = withExpandedSubgraphs(n, fns, path, depth);
  const fn = fns.get(key(n.domain, n.opType));
  if (!fn) {
    out.push(node);
    return;
  }
  if (depth >= MAX_DEPTH) {
    throw new UserError(
      `${path}: function "${fn.name}" calls itself (more than ${MAX_DEPTH} levels deep). ` +
        'ONNX functions may not be recursive; fix the exporter that wrote them.',
    );
  }
  const site = n.name || `${n.opType}_${index}`;
  const rename = new Map<string, string>();
  fn.inputs.forEach((formal, i) => rename.set(formal, n.inputs[i] ?? ''));
  fn.outputs.forEach((formal, i) => rename.set(formal, n.outputs[i] ?? `${site}/${formal}`));
  const mapName = (v: string) => (v === '' ? '' : (rename.get(v) ?? `${site}/${v}`));
  const body: Node[] = fn.nodes.map((inner, i) => ({
    ...inner,
    name: `${site}/${inner.name || `${inner.opType}_${i}`}`,
    inputs: inner.inputs.map(mapName),
    outputs: inner.outputs.map(mapName),
    attributes: bindAttributes(inner.attributes, n, fn),
  }));
  body.forEach((inner, i) => expandNode(inner, i, fns, path, depth + 1, out));
}

function bindAttributes(attrs: Map<string, AttributeValue>, call: Node, fn: FunctionDef) {
  const bound = new Map<string, AttributeValue>();
  for (const [name, a] of attrs) {
    if (a.type !== 'ref') {
      bound.set(name, a);
      continue;
    }
    const value = call.attributes.get(a.value) ?? fn.attributes.get(a.value);
    // An unset reference means the attribute is absent: the op's own default applies.
    if (value) bound.set(name, value);
  }
  return bound;
}

function withExpandedSubgraphs(
  n: Node,
  fns: Map<string, FunctionDef>,
  path: string,
  depth: number,
) {
  let changed = false;
  const attributes = new Map<string, AttributeValue>();
  for (const [name, a] of n.attributes) {
    if (a.type === 'graph') {
      attributes.set(name, { type: 'graph', value: expandGraph(a.value, fns, path, depth) });
      changed = true;
    } else if (a.type === 'graphs') {
      attributes.set(name, {
        type: 'graphs',
        value: a.value.map((g) => expandGraph(g, fns, path, depth)),
      });
      changed = true;
    } else attributes.set(name, a);
  }
  return changed ? { ...n, attributes } : n;
}
