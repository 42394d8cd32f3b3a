/**
 * Static shape and constant inference over a Model: every node gets its input and output Values,
 * in an execution order, with the shape arithmetic that exporters emit folded to constants.
 * Control-flow bodies are inferred recursively. The result is what analyze/ costs.
 */
import { UserError } from '../errors.ts';
import type { Dim, Graph, Model, Node, TypeInfo } from '../onnx/model.ts';
import type { TensorStore } from '../onnx/tensor-data.ts';
import { findRule } from '../ops/registry.ts';
import type { OpRule, Value } from '../ops/types.ts';
import { fmtShape } from '../ops/util.ts';
import { bindDeclaredDim, bindInputs, type DimValues, type InputValues } from './bind.ts';
import { InferenceFailure, NodeContext, type NodeHost, type SubgraphRequest } from './context.ts';
import { executionOrder } from './order.ts';
import { GraphValues, NO_VALUE } from './value-ids.ts';

export interface SubgraphRun {
  attr: string;
  graph: InferredGraph;
  /** How many times the body runs; undefined when not known statically. */
  repeat?: number;
  /** One of several alternatives (If branches): the most expensive one is costed. */
  alternative: boolean;
  /** Why the body cannot run at these shapes: its first failed node or contradicted shape. */
  problem?: string;
  /** Warnings raised inside the body: reported unless the body is dropped. */
  warnings: string[];
}

export interface NodeRecord {
  node: Node;
  /** Opset version of the node's domain. */
  opset: number;
  /** undefined when no rule knows the op: it is reported as uncounted. */
  rule?: OpRule;
  ctx: NodeContext<Scope, SubgraphRun>;
  /** The node's position in its graph's file order: its ids in `InferredGraph.ids`. */
  at: number;
  inputs: (Value | undefined)[];
  outputs: Value[];
  subgraphs: readonly SubgraphRun[];
  /** Why inference failed for this node (its cost is then unknown). */
  error?: string;
}

export interface InferredGraph {
  graph: Graph;
  /** Nodes in execution order. */
  records: NodeRecord[];
  /** The graph's own values (not those of enclosing graphs), by name. */
  values: ValueTable;
  /** Ids of the graph's values, who produces each, and what each node reads and writes. */
  ids: GraphValues;
}

export interface ValueTable {
  get(name: string): Value | undefined;
}

export interface Inference {
  main: InferredGraph;
  /** Names of the graph inputs that are not initializers (the model's real inputs). */
  inputs: string[];
  dims: DimValues;
  warnings: string[];
}

/** Every numeric dim a rule returns must be a size: a finite, non-negative integer. */
function checkDims(outputs: Value[]): void {
  outputs.forEach((v, i) => {
    const bad = v?.shape?.find((d) => typeof d === 'number' && !(Number.isInteger(d) && d >= 0));
    if (bad !== undefined) {
      throw new InferenceFailure(
        `output ${i} would have the dim ${bad} (${fmtShape(v.shape)}), which is not a size`,
      );
    }
  });
}

/**
 * A chain of value scopes: a subgraph sees its own values, then its parents'. A scope's own
 * values are an array by id once its graph's ids are given (`attach`); values set before (the
 * graph's inputs) wait in a Map by name until then.
 */
class Scope implements ValueTable {
  private early = new Map<string, Value>();
  private ids?: GraphValues;
  private byId: (Value | undefined)[] = [];
  constructor(readonly parent?: Scope) {}
  attach(ids: GraphValues): void {
    this.ids = ids;
    this.byId = new Array<Value | undefined>(ids.names.length);
    for (const [name, v] of this.early) {
      const id = ids.ids.get(name);
      if (id === undefined) continue;
      this.byId[id] = v;
      this.early.delete(name);
    }
  }
  set(name: string, v: Value): void {
    const id = this.ids?.ids.get(name);
    if (id === undefined) this.early.set(name, v);
    else this.byId[id] = v;
  }
  setId(id: number, v: Value): void {
    this.byId[id] = v;
  }
  /** This scope's own value of `name`, not its parents'. */
  get(name: string): Value | undefined {
    const id = this.ids?.ids.get(name);
    return id === undefined ? this.early.get(name) : this.byId[id];
  }
  find(name: string): Value | undefined {
    return this.get(name) ?? this.parent?.find(name);
  }
  findId(id: number): Value | undefined {
    return this.byId[id] ?? this.parent?.find(this.ids!.names[id]);
  }
  hasId(id: number): boolean {
    return this.findId(id) !== undefined;
  }
}

/**
 * Infers the whole model at the given dims. Inputs whose values are given (`given`) are
 * constants of the analysis: shape arithmetic and If conditions that read them fold.
 */
export function inferModel(
  model: Model,
  store: TensorStore,
  dims: DimValues,
  given: InputValues = {},
): Inference {
  const binding = bindInputs(model.path, model.graph, dims, given);
  const warnings: string[] = binding.unused.map(
    (d) => `--dim ${d} is not a dim of any input of ${model.path}; it was ignored.`,
  );
  const run = new Inferrer(model, store, binding.used, warnings);
  const scope = new Scope();
  for (const [name, b] of binding.shapes) {
    const values = given[name]?.values;
    scope.set(name, {
      dtype: b.dtype,
      shape: b.shape,
      kind: b.kind,
      ...(values && values.length <= MAX_FOLDED_INPUT ? { value: values } : {}),
    });
  }
  const main = run.graph(model.graph, scope);
  return { main, inputs: [...binding.shapes.keys()], dims: binding.used, warnings };
}

/**
 * Given inputs larger than this bind their dims but are not folded: values only steer shapes
 * and branches through small tensors (scalars, shapes, scales), and folding a whole image
 * through the graph would cost time for nothing.
 */
const MAX_FOLDED_INPUT = 1 << 16;

class Inferrer implements NodeHost<Scope, SubgraphRun> {
  private symbols = 0;

  constructor(
    private model: Model,
    private store: TensorStore,
    private dims: DimValues,
    private warnings: string[],
  ) {}

  graph(g: Graph, scope: Scope): InferredGraph {
    const ids = new GraphValues(this.model.path, g);
    scope.attach(ids);
    for (const t of g.initializers) {
      // A graph input that has an initializer of the same name: the initializer is its default.
      if (scope.get(t.name)) continue;
      scope.set(t.name, {
        dtype: t.dataType,
        shape: t.dims.slice(),
        lazy: this.store.lazyValues(t),
      });
    }
    // What the model declares of each value, by id (a value_info named '' in the last slot).
    const declared: (TypeInfo | undefined)[] = new Array(ids.names.length + 1);
    for (const list of [g.valueInfo, g.outputs]) {
      for (const v of list) {
        const id = v.name === '' ? ids.names.length : ids.ids.get(v.name);
        if (id !== undefined) declared[id] = v.type;
      }
    }
    const order = executionOrder(this.model.path, g, ids, (id) => scope.hasId(id));
    const records = order.map((at) => this.node(g.nodes[at], at, ids, scope, declared));
    return { graph: g, records, values: scope, ids };
  }

  private node(
    node: Node,
    at: number,
    ids: GraphValues,
    scope: Scope,
    declared: (TypeInfo | undefined)[],
  ): NodeRecord {
    // A node from a function body uses that function's imports; a domain nobody imports is
    // version 1 (most contrib domains have only that).
    const opset = node.opsets?.get(node.domain) ?? this.model.opsets.get(node.domain) ?? 1;
    // Sized up front: the list lives as long as the record (see exact() in onnx/decode.ts).
    const first = ids.inputStart[at];
    const inputs = new Array<Value | undefined>(ids.inputStart[at + 1] - first);
    for (let k = 0; k < inputs.length; k++) {
      const id = ids.inputIds[first + k];
      inputs[k] = id === NO_VALUE ? undefined : scope.findId(id);
    }
    const ctx = new NodeContext(node, opset, inputs, this.store, scope, this);
    const rule = findRule(node.domain, node.opType);
    let outputs: Value[] | undefined;
    let error: string | undefined;
    if (rule) {
      try {
        outputs = rule.infer(ctx);
        checkDims(outputs);
      } catch (e) {
        if (e instanceof UserError) throw e;
        error =
          e instanceof InferenceFailure
            ? e.message
            : `internal error in the ${node.opType} rule (${(e as Error).message}); please report it`;
      }
    }
    // The subgraphs the rule kept (If may drop one): their warnings are now the node's.
    const subgraphs = ctx.runs;
    for (const run of subgraphs) this.warnings.push(...run.warnings);
    const record: NodeRecord = { node, opset, rule, ctx, at, inputs, outputs: [], subgraphs };
    if (error !== undefined) record.error = error;
    const firstOut = ids.outputStart[at];
    record.outputs = node.outputs.map((name, i) => {
      const id = ids.outputIds[firstOut + i];
      const decl = declared[id === NO_VALUE ? ids.names.length : id];
      const v = this.reconcile(node, name, outputs?.[i], decl);
      if (id !== NO_VALUE) scope.setId(id, v);
      return v;
    });
    return record;
  }

  /** Checks an inferred Value against the model's own value_info; fills gaps from it. */
  private reconcile(
    node: Node,
    name: string,
    inferred: Value | undefined,
    declared: TypeInfo | undefined,
  ): Value {
    const decl = declared && declared.kind === 'tensor' ? declared : undefined;
    const declShape = decl?.shape?.map((d) => this.bindDim(d));
    if (!inferred) {
      return { dtype: decl?.elemType ?? 0, shape: declShape };
    }
    if (!declShape || !inferred.shape) {
      return inferred.shape || !declShape ? inferred : { ...inferred, shape: declShape };
    }
    if (declShape.length !== inferred.shape.length) {
      this.warn(node, name, declShape, inferred.shape);
      return inferred;
    }
    const shape = inferred.shape;
    let filled: Dim[] | undefined;
    shape.forEach((d, i) => {
      const m = declShape[i];
      if (typeof d === 'number' && typeof m === 'number' && d !== m)
        this.warn(node, name, declShape, shape);
      if (typeof d === 'string' && typeof m === 'number') (filled ??= shape.slice())[i] = m;
    });
    return filled ? { ...inferred, shape: filled } : inferred;
  }

  private warned = new Set<string>();
  private warn(node: Node, name: string, declared: Dim[], inferred: Dim[]) {
    if (this.warned.has(name)) return;
    this.warned.add(name);
    this.warnings.push(
      `"${name}" (output of ${node.opType} node "${node.name}"): the model's value_info says ` +
        `${fmtShape(declared)}, inference gives ${fmtShape(inferred)}; the inferred shape is used.`,
    );
  }

  runSubgraph(ctx: NodeContext<Scope, SubgraphRun>, req: SubgraphRequest): Value[] {
    return this.subgraph(ctx, req);
  }

  symbol(hint: string): string {
    return `${hint}?${++this.symbols}`;
  }

  /** Model-declared dims: bound symbols become numbers; other symbols stay symbols. */
  private bindDim(d: Dim): Dim {
    return bindDeclaredDim(d, this.dims);
  }

  private subgraph(ctx: NodeContext<Scope, SubgraphRun>, req: SubgraphRequest): Value[] {
    const a = ctx.node.attributes.get(req.attr);
    if (!a || a.type !== 'graph')
      throw new InferenceFailure(`attribute "${req.attr}" (a graph) is missing`);
    const g = a.value;
    const scope = new Scope(ctx.scope);
    g.inputs.forEach((formal, i) => {
      const given = req.inputs[i];
      const t = formal.type;
      const declared: Value | undefined =
        t.kind === 'tensor'
          ? { dtype: t.elemType, shape: t.shape?.map((d) => this.bindDim(d)) }
          : undefined;
      scope.set(formal.name, given?.shape ? given : (declared ?? given ?? { dtype: 0 }));
    });
    // The body's warnings are held apart until the node's rule has decided to keep the body.
    const outerWarnings = this.warnings;
    const warnings: string[] = [];
    this.warnings = warnings;
    let inferred: InferredGraph;
    try {
      inferred = this.graph(g, scope);
    } finally {
      this.warnings = outerWarnings;
    }
    const failed = allRecords(inferred).find((r) => r.error);
    const problem = failed
      ? `${failed.node.opType} node "${failed.node.name}": ${failed.error}`
      : warnings[0];
    ctx.addRun({
      attr: req.attr,
      graph: inferred,
      repeat: req.how.repeat,
      alternative: !!req.how.alternative,
      ...(problem ? { problem } : {}),
      warnings,
    });
    return g.outputs.map((o) => {
      const v = scope.find(o.name);
      if (v) return v;
      const t = o.type;
      return t.kind === 'tensor'
        ? { dtype: t.elemType, shape: t.shape?.map((d) => this.bindDim(d)) }
        : { dtype: 0 };
    });
  }
}

/** Every record of a graph and of the bodies inside it. */
function allRecords(g: InferredGraph): NodeRecord[] {
  return g.records.flatMap((r) => [r, ...r.subgraphs.flatMap((s) => allRecords(s.graph))]);
}
