/**
 * The contract of an op rule: how an operator's outputs are shaped and what it costs, side by
 * side. One rule per op type; one file per op family; registry.ts maps (domain, op) to rules.
 */
import type { Dim, Graph, Node } from '../onnx/model.ts';

/** What shape inference knows about one tensor. */
export interface Value {
  dtype: number;
  /** undefined when even the rank is unknown. A string dim is an unresolved symbol. */
  shape?: Dim[];
  /** Contents of small constants (row-major), when known: drives shape arithmetic. */
  value?: number[];
  /** Deferred read of `value` (initializers): resolved at most once, by ctx.constant(). */
  lazy?: () => number[] | undefined;
  /**
   * A large folded `value` not computed yet (see `folded` in util.ts): computed at most once,
   * when a rule first reads it (ctx.constant()).
   */
  deferred?: () => number[] | undefined;
  /** Set for values that are not plain tensors (sequences, maps, optionals). */
  kind?: 'sequence' | 'map' | 'optional';
  /**
   * A sequence's elements, in order, when every step that built it is static (see
   * movement-sequence.ts); undefined when its length is not known.
   */
  elements?: Value[];
}

/** Arithmetic of one node (all counts, not rates): MACs, and FLOPs counting 2 per float MAC. */
export interface Cost {
  macs?: number;
  /** Floating-point operations, `2 x macs` of dense ops included. */
  flops?: number;
  transcendentals?: number;
  /** Integer arithmetic (quantized ops), kept apart from flops. */
  intOps?: number;
}

export interface Attrs {
  has(name: string): boolean;
  int(name: string, dflt?: number): number;
  ints(name: string, dflt?: number[]): number[];
  float(name: string, dflt?: number): number;
  floats(name: string, dflt?: number[]): number[];
  string(name: string, dflt?: string): string;
  strings(name: string, dflt?: string[]): string[];
  /** A tensor attribute (Constant's `value`, ConstantOfShape's `value`) as a Value. */
  tensor(name: string): Value | undefined;
  graph(name: string): Graph | undefined;
}

export interface OpContext {
  readonly node: Node;
  /** The opset version of the node's domain that the model imports. */
  readonly opset: number;
  /** undefined marks an omitted optional input. */
  readonly inputs: readonly (Value | undefined)[];
  readonly attrs: Attrs;
  /** The input as a tensor with a known shape; fails with a clear message otherwise. */
  input(i: number): Value & { shape: Dim[] };
  /** The constant contents of input i, or undefined when not known at analysis time. */
  constant(i: number): number[] | undefined;
  /** Stops inference of this node with a message that the report shows beside it. */
  fail(message: string): never;
  /** Adds a note to the node's record (e.g. "If: costed as the more expensive branch"). */
  note(message: string): void;
  /**
   * Marks the node's cost as approximate (counted, but the totals are flagged incomplete and the
   * node is listed with the reason): a Loop whose trip count is unknown, a carried shape that
   * changes across iterations.
   */
  flag(reason: string): void;
  /**
   * Infers a subgraph (If/Loop/Scan body) with the given values bound to its formal inputs and
   * records it for costing: run `repeat` times (undefined = unknown count), or as one of the
   * alternatives of which the most expensive is costed.
   */
  subgraph(attr: string, inputs: Value[], how: { repeat?: number; alternative?: boolean }): Value[];
  /**
   * Why the subgraph inferred from `attr` cannot run at these shapes (a node whose shapes could
   * not be inferred, or a shape the model's own value_info contradicts), or undefined.
   */
  subgraphProblem(attr: string): string | undefined;
  /** Forgets the subgraph inferred from `attr`: it is neither costed nor counted nor warned of. */
  dropSubgraph(attr: string): void;
  /** A fresh symbol for a data-dependent dim (NonZero's count, ...). */
  symbol(hint: string): string;
}

export interface OpRule {
  infer(ctx: OpContext): Value[];
  /** Omitted: the op does no arithmetic (data movement, shape ops). */
  cost?(ctx: OpContext, outputs: Value[]): Cost;
  /**
   * Memory traffic. Default: every input read plus every output written. 'view' ops (Reshape,
   * Squeeze, ...) move nothing; a function overrides both (Shape reads metadata only).
   */
  bytes?: 'view' | ((ctx: OpContext, outputs: Value[]) => number);
  /** Input indices that carry shapes, axes or indices rather than weights (not params). */
  metaInputs?: readonly number[];
  /**
   * For inputs that pack several weights per element (MatMulNBits' 4-bit weights in uint8): the
   * number of weights the input holds and their dtype, so params count weights, not bytes.
   */
  packedWeights?(ctx: OpContext, input: number): { elements: number; dtype: number } | undefined;
}

/** A family file exports a table of rules; registry.ts merges them. */
export type RuleTable = Record<string, OpRule>;
