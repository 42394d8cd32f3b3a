/**
 * The OpContext a rule sees for one node: typed attribute access with defaults, inputs,
 * constants read on demand, and subgraph inference for control-flow ops.
 */
import type { AttributeValue, Graph, Node } from '../onnx/model.ts';
import type { TensorStore } from '../onnx/tensor-data.ts';
import type { Attrs, OpContext, Value } from '../ops/types.ts';
import { fmtShape, valueOf } from '../ops/util.ts';
import type { Dim } from '../onnx/model.ts';

/** Thrown by ctx.fail(): the node's shapes could not be inferred. */
export class InferenceFailure extends Error {}

type AttributeOf<T extends AttributeValue['type']> = Extract<AttributeValue, { type: T }>;

export class NodeAttrs implements Attrs {
  constructor(
    private node: Node,
    private store: TensorStore,
  ) {}

  private get(name: string, type: AttributeValue['type']): AttributeValue | undefined {
    const a = this.node.attributes.get(name);
    if (a && a.type !== type) {
      throw new InferenceFailure(`attribute "${name}" is a ${a.type}, expected ${type}`);
    }
    return a;
  }

  private required<T>(name: string, v: T | undefined, dflt: T | undefined): T {
    if (v !== undefined) return v;
    if (dflt !== undefined) return dflt;
    throw new InferenceFailure(`required attribute "${name}" is missing`);
  }

  has(name: string): boolean {
    return this.node.attributes.has(name);
  }
  /** An attribute of this type (another type fails); absent: `dflt`, or a failure without. */
  private typed<T extends AttributeValue['type']>(
    name: string,
    type: T,
    dflt: AttributeOf<T>['value'] | undefined,
  ): AttributeOf<T>['value'] {
    // get() has checked the type: the value is that of an attribute of type T.
    const value = this.get(name, type)?.value as AttributeOf<T>['value'] | undefined;
    return this.required(name, value, dflt);
  }

  int(name: string, dflt?: number): number {
    return this.typed(name, 'int', dflt);
  }
  ints(name: string, dflt?: number[]): number[] {
    return this.typed(name, 'ints', dflt);
  }
  float(name: string, dflt?: number): number {
    return this.typed(name, 'float', dflt);
  }
  floats(name: string, dflt?: number[]): number[] {
    return this.typed(name, 'floats', dflt);
  }
  string(name: string, dflt?: string): string {
    return this.typed(name, 'string', dflt);
  }
  strings(name: string, dflt?: string[]): string[] {
    return this.typed(name, 'strings', dflt);
  }
  tensor(name: string): Value | undefined {
    const a = this.node.attributes.get(name);
    if (!a || (a.type !== 'tensor' && a.type !== 'sparse_tensor')) return undefined;
    const t = a.value;
    return { dtype: t.dataType, shape: t.dims.slice(), lazy: this.store.lazyValues(t) };
  }
  graph(name: string): Graph | undefined {
    const a = this.node.attributes.get(name);
    return a?.type === 'graph' ? a.value : undefined;
  }
}

/** What the context needs of an inferred subgraph: its attribute, and why it cannot run. */
export interface SubgraphEntry {
  attr: string;
  problem?: string;
}

export interface SubgraphRequest {
  attr: string;
  inputs: Value[];
  how: { repeat?: number; alternative?: boolean };
}

/**
 * What a node's context asks of the inferrer: its subgraphs, inferred in `scope` (the node's
 * graph's values, opaque here), kept in `runs`, and fresh symbols. One host serves every node
 * of a graph, so a node needs no closures of its own (five per node were a tenth of what the
 * inference of a large graph allocated).
 */
export interface NodeHost<Scope = unknown, Run extends SubgraphEntry = SubgraphEntry> {
  runSubgraph(ctx: NodeContext<Scope, Run>, req: SubgraphRequest): Value[];
  symbol(hint: string): string;
}

const NONE: readonly string[] = Object.freeze([]);
const NO_RUNS: readonly never[] = Object.freeze([]);

export class NodeContext<
  Scope = unknown,
  Run extends SubgraphEntry = SubgraphEntry,
> implements OpContext {
  /**
   * Notes, flags and subgraph runs: one shared empty list until the first (nearly every node has
   * none). A context lives as long as the analysis, so an empty list of its own per node was one
   * more object for the garbage collector to move, 20,000 of them on a 20,000-node graph.
   */
  notes: readonly string[] = NONE;
  flags: readonly string[] = NONE;
  private ownRuns: Run[] | undefined;
  /** Made when a rule first reads an attribute (for the same reason). */
  private ownAttrs: NodeAttrs | undefined;

  constructor(
    readonly node: Node,
    readonly opset: number,
    readonly inputs: readonly (Value | undefined)[],
    private store: TensorStore,
    /** The values of the node's graph, where its subgraphs are inferred. */
    readonly scope: Scope,
    private host: NodeHost<Scope, Run>,
  ) {}

  get attrs(): Attrs {
    return (this.ownAttrs ??= new NodeAttrs(this.node, this.store));
  }

  /** The subgraphs inferred for this node, in the order its rule asked for them. */
  get runs(): readonly Run[] {
    return this.ownRuns ?? NO_RUNS;
  }

  /** Keeps an inferred subgraph (the host calls it as it infers one the rule asked for). */
  addRun(run: Run): void {
    (this.ownRuns ??= []).push(run);
  }

  input(i: number): Value & { shape: Dim[] } {
    const v = this.inputs[i];
    if (!v) this.fail(`input ${i} is missing`);
    if (!v.shape) this.fail(`input ${i} ("${this.node.inputs[i]}") has an unknown shape`);
    return v as Value & { shape: Dim[] };
  }

  constant(i: number): number[] | undefined {
    const v = this.inputs[i];
    return v ? valueOf(v) : undefined;
  }

  fail(message: string): never {
    throw new InferenceFailure(message);
  }

  note(message: string): void {
    this.notes = this.notes.concat(message);
  }

  flag(reason: string): void {
    this.flags = this.flags.concat(reason);
  }

  subgraph(
    attr: string,
    inputs: Value[],
    how: { repeat?: number; alternative?: boolean },
  ): Value[] {
    return this.host.runSubgraph(this, { attr, inputs, how });
  }

  subgraphProblem(attr: string): string | undefined {
    return this.runs.find((r) => r.attr === attr)?.problem;
  }

  dropSubgraph(attr: string): void {
    const i = this.runs.findIndex((r) => r.attr === attr);
    if (i >= 0) this.ownRuns!.splice(i, 1);
  }

  symbol(hint: string): string {
    return this.host.symbol(hint);
  }

  describeInputs(): string {
    return this.inputs.map((v) => fmtShape(v?.shape)).join(', ');
  }
}
