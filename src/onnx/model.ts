/**
 * The in-memory form of an ONNX model, as `onnx/` reads it. Immutable after load. Tensor
 * payloads are not read at load time: a tensor holds a `TensorData` reference that
 * `readTensorData` resolves on demand (only small constants that drive shapes are ever read).
 */

/** A dimension: a number, or a symbol (a `dim_param` name, or an unknown dim named by us). */
export type Dim = number | string;

export type TypeInfo =
  | { kind: 'tensor'; elemType: number; shape?: Dim[] }
  | { kind: 'sparse_tensor'; elemType: number; shape?: Dim[] }
  | { kind: 'sequence'; elem?: TypeInfo }
  | { kind: 'map'; keyType: number; value?: TypeInfo }
  | { kind: 'optional'; elem?: TypeInfo }
  | { kind: 'unknown' };

export interface ValueInfo {
  name: string;
  type: TypeInfo;
}

/** A byte range of one file. */
export interface FileRange {
  file: string;
  offset: number;
  length: number;
}

/**
 * Where a tensor's values live. `fields` are protobuf fields of the TensorProto (raw_data or one
 * of the typed repeated fields, possibly in several pieces); `external` is an external-data file.
 */
export type TensorData =
  | { kind: 'fields'; field: number; wireType: number; ranges: FileRange[] }
  | {
      kind: 'external';
      range: FileRange;
      declared: { location: string; offset: number; length?: number };
    }
  | { kind: 'inline'; values: number[] }
  | { kind: 'empty' };

export interface Tensor {
  name: string;
  dataType: number;
  dims: number[];
  data: TensorData;
  /** For a sparse initializer: the number of stored (non-zero) values. */
  sparseValues?: number;
}

export type AttributeValue =
  | { type: 'float'; value: number }
  | { type: 'int'; value: number }
  | { type: 'string'; value: string }
  | { type: 'tensor'; value: Tensor }
  | { type: 'graph'; value: Graph }
  | { type: 'sparse_tensor'; value: Tensor }
  | { type: 'type_proto'; value: TypeInfo }
  | { type: 'floats'; value: number[] }
  | { type: 'ints'; value: number[] }
  | { type: 'strings'; value: string[] }
  | { type: 'tensors'; value: Tensor[] }
  | { type: 'graphs'; value: Graph[] }
  | { type: 'sparse_tensors'; value: Tensor[] }
  | { type: 'type_protos'; value: TypeInfo[] }
  /** A reference to an attribute of the enclosing function (`ref_attr_name`). */
  | { type: 'ref'; value: string; refType: number };

export interface Node {
  name: string;
  opType: string;
  /** '' for the default ai.onnx domain. */
  domain: string;
  /** '' marks an omitted optional input. */
  inputs: string[];
  outputs: string[];
  /** Read-only: nodes without attributes (most) share one empty map. */
  attributes: ReadonlyMap<string, AttributeValue>;
  /** Selects one of several model-local functions of the same name (IR version 10). */
  overload?: string;
  /** For nodes expanded from a function body: that function's opset imports. */
  opsets?: Map<string, number>;
}

export interface Graph {
  name: string;
  nodes: Node[];
  inputs: ValueInfo[];
  outputs: ValueInfo[];
  valueInfo: ValueInfo[];
  initializers: Tensor[];
}

export interface FunctionDef {
  name: string;
  domain: string;
  overload: string;
  inputs: string[];
  outputs: string[];
  /** Attribute names the function accepts, with defaults where given. */
  attributes: Map<string, AttributeValue | undefined>;
  nodes: Node[];
  opsets: Map<string, number>;
}

export interface Model {
  /** The path the model was read from. */
  path: string;
  irVersion: number;
  producerName: string;
  producerVersion: string;
  /** domain ('' for ai.onnx) -> opset version */
  opsets: Map<string, number>;
  graph: Graph;
  functions: FunctionDef[];
  /** Bytes of the model file plus every external-data file it references. */
  fileBytes: number;
  externalFiles: string[];
}

/** Normalizes the two spellings of the default domain. */
export const normalizeDomain = (domain: string): string => (domain === 'ai.onnx' ? '' : domain);
