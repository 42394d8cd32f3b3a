/** The analysis JSON (`misnomer/analysis@1`): what other tools read. Every name says its unit. */

export const ANALYSIS_SCHEMA = 'misnomer/analysis@1';

/** Arithmetic and traffic of a set of nodes. */
export interface Counters {
  macs: number;
  flops: number;
  transcendentals: number;
  intOps: number;
  bytesAccessed: number;
}

export interface OpTypeCounters extends Counters {
  /** Nodes of this op type (subgraph nodes included, each counted once). */
  count: number;
  /** flops / bytesAccessed, FLOP per byte (null when no bytes move). */
  arithmeticIntensity: number | null;
}

export interface Totals extends Counters {
  /** Elements of weight tensors, each tensor once. */
  params: number;
  /** The same, once per consuming node: above `params` when weights are shared. */
  paramsPerUse: number;
  /** Params of tensors gathered by indices that come from a graph input (token/position embeddings). */
  embeddingParams: number;
  /** params - embeddingParams: the count scaling-law papers use. */
  nonEmbeddingParams: number;
  /** dtype name -> params of that dtype. */
  paramsByDtype: Record<string, number>;
  /** Bytes the params occupy. */
  weightBytes: number;
  /** flops / bytesAccessed in FLOP per byte (null when no bytes move). */
  arithmeticIntensity: number | null;
  /** Largest total of live intermediate tensors in execution order, graph inputs and outputs included. */
  peakActivationBytes: number;
  /** The model file plus its external-data files, in bytes. */
  modelFileBytes: number;
  /** Nodes after model-local functions are expanded, subgraph nodes included. */
  nodes: number;
}

export interface Uncounted {
  opType: string;
  domain: string;
  count: number;
  /** Up to five node names, for finding them. */
  examples: string[];
}

export interface Unresolved {
  node: string;
  opType: string;
  reason: string;
}

export interface NodeCost extends Counters {
  name: string;
  opType: string;
  domain: string;
  /** null for an output whose rank is not known. */
  outputShapes: ((number | string)[] | null)[];
  /** Times the node runs per inference (inside a Loop or Scan body); 1 otherwise. */
  repeat: number;
  notes?: string[];
}

export interface Analysis {
  schema: typeof ANALYSIS_SCHEMA;
  tool: { name: 'misnomer'; version: string; countingRules: number };
  model: {
    path: string;
    irVersion: number;
    producer: string;
    opsets: Record<string, number>;
  };
  /** The dim values the analysis used. */
  dims: Record<string, number>;
  /** The scenario these dims are (`analyze --scenario`), when one was named. */
  scenario?: string;
  totals: Totals;
  byOpType: Record<string, OpTypeCounters>;
  uncounted: Uncounted[];
  unresolved: Unresolved[];
  /** True when anything was not counted; `incompleteTotals` names the totals it could change. */
  incomplete: boolean;
  incompleteTotals: (keyof Totals)[];
  notes: string[];
  warnings: string[];
  nodes?: NodeCost[];
}
