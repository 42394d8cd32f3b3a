/**
 * Walks the ONNX protobuf schema (onnx/onnx.proto, IR version 3 to 11) with the wire reader and
 * builds the Model of model.ts. Field numbers are those of onnx.proto; unknown fields are skipped
 * so newer files still load. Tensor payloads are recorded as file ranges, never read here.
 */
import {
  normalizeDomain,
  type AttributeValue,
  type Dim,
  type FileRange,
  type FunctionDef,
  type Graph,
  type Node,
  type Tensor,
  type TensorData,
  type TypeInfo,
  type ValueInfo,
} from './model.ts';
import {
  WIRE_FIXED32,
  WIRE_FIXED64,
  WIRE_LEN,
  WIRE_VARINT,
  WireError,
  type WireReader,
} from './wire.ts';

export interface RawModel {
  irVersion: number;
  producerName: string;
  producerVersion: string;
  opsets: Map<string, number>;
  graph?: Graph;
  functions: FunctionDef[];
  /** Set when a field the model must have was seen; used to tell ONNX from other bytes. */
  sawModelField: boolean;
}

export function decodeModel(r: WireReader): RawModel {
  const m: RawModel = {
    irVersion: 0,
    producerName: '',
    producerVersion: '',
    opsets: new Map(),
    functions: [],
    sawModelField: false,
  };
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    if (field === 1 && wire === WIRE_VARINT) {
      m.irVersion = r.varint();
      m.sawModelField = true;
    } else if (field === 2 && wire === WIRE_LEN) m.producerName = r.string();
    else if (field === 3 && wire === WIRE_LEN) m.producerVersion = r.string();
    else if (field === 7 && wire === WIRE_LEN) m.graph = decodeGraph(r.message());
    else if (field === 8 && wire === WIRE_LEN) m.opsets.set(...decodeOpset(r.message()));
    else if (field === 25 && wire === WIRE_LEN) m.functions.push(decodeFunction(r.message()));
    else r.skip(wire);
  }
  return m;
}

/** OperatorSetIdProto as [domain, version], the default domain spelled ''. */
function decodeOpset(r: WireReader): [string, number] {
  let domain = '';
  let version = 0;
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    if (field === 1 && wire === WIRE_LEN) domain = r.string();
    else if (field === 2 && wire === WIRE_VARINT) version = r.varint();
    else r.skip(wire);
  }
  return [normalizeDomain(domain), version];
}

function decodeGraph(r: WireReader): Graph {
  const g: Graph = {
    name: '',
    nodes: [],
    inputs: [],
    outputs: [],
    valueInfo: [],
    initializers: [],
  };
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    if (wire !== WIRE_LEN) {
      r.skip(wire);
      continue;
    }
    switch (field) {
      case 1:
        g.nodes.push(decodeNode(r.message()));
        break;
      case 2:
        g.name = r.string();
        break;
      case 5:
        g.initializers.push(decodeTensor(r.message()));
        break;
      case 15:
        g.initializers.push(decodeSparseTensor(r.message()));
        break;
      case 11:
        g.inputs.push(decodeValueInfo(r.message()));
        break;
      case 12:
        g.outputs.push(decodeValueInfo(r.message()));
        break;
      case 13:
        g.valueInfo.push(decodeValueInfo(r.message()));
        break;
      default:
        r.skip(wire);
    }
  }
  return g;
}

/**
 * An array grown by push keeps room for 16 or more elements: a node's one input or a tensor's
 * two dims then took 150 bytes where 40 do, and every one of them survives to the end of the
 * analysis, so the young-generation GC copies it twice. A copy of exactly its length does not.
 */
function exact<T>(list: T[]): T[] {
  return list.slice();
}

/** The attributes of every node that has none (most nodes): a map per node was garbage to copy. */
const NO_ATTRIBUTES: ReadonlyMap<string, AttributeValue> = new Map();

function decodeNode(r: WireReader): Node {
  const n: Node = {
    name: '',
    opType: '',
    domain: '',
    inputs: [],
    outputs: [],
    attributes: NO_ATTRIBUTES,
  };
  let attributes: Map<string, AttributeValue> | undefined;
  const inputs: string[] = [];
  const outputs: string[] = [];
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    if (wire !== WIRE_LEN) {
      r.skip(wire);
      continue;
    }
    switch (field) {
      case 1:
        inputs.push(r.shared());
        break;
      case 2:
        outputs.push(r.shared());
        break;
      case 3:
        n.name = r.string();
        break;
      case 4:
        n.opType = r.shared();
        break;
      case 7:
        n.domain = normalizeDomain(r.shared());
        break;
      case 5: {
        const attribute = decodeAttribute(r.message());
        if (attribute) (attributes ??= new Map()).set(attribute[0], attribute[1]);
        break;
      }
      case 8:
        n.overload = r.string();
        break;
      default:
        r.skip(wire);
    }
  }
  if (attributes) n.attributes = attributes;
  n.inputs = exact(inputs);
  n.outputs = exact(outputs);
  return n;
}

// The wire types a field may have, made once (not an array per field read).
const VARINT = [WIRE_VARINT];
const LEN = [WIRE_LEN];
const VARINT_OR_LEN = [WIRE_VARINT, WIRE_LEN];

// AttributeProto.AttributeType
const A_FLOAT = 1,
  A_INT = 2,
  A_STRING = 3,
  A_TENSOR = 4,
  A_GRAPH = 5,
  A_FLOATS = 6,
  A_INTS = 7;
const A_STRINGS = 8,
  A_TENSORS = 9,
  A_GRAPHS = 10,
  A_SPARSE = 11,
  A_SPARSES = 12,
  A_TP = 13,
  A_TPS = 14;

/** Fails on a field whose wire type its schema does not allow (garbage, not a newer schema). */
function expectWire(r: WireReader, field: number, wire: number, allowed: readonly number[]): void {
  if (!allowed.includes(wire)) {
    throw new WireError(
      `field ${field} has wire type ${wire}, expected ${allowed.join(' or ')}`,
      r.pos,
    );
  }
}

interface RawAttribute {
  name: string;
  type: number;
  ref: string;
  f?: number;
  i?: number;
  s?: string;
  t?: Tensor;
  g?: Graph;
  sp?: Tensor;
  tp?: TypeInfo;
  // The repeated fields are made when their first element is read: an attribute has at most
  // one of them, and seven empty arrays per attribute were a tenth of what decoding a large
  // graph allocated.
  floats?: number[];
  ints?: number[];
  strings?: string[];
  tensors?: Tensor[];
  graphs?: Graph[];
  sparses?: Tensor[];
  tps?: TypeInfo[];
}

/** A field of a message: the wire types the schema allows it, and how it is stored. */
type Field<T> = readonly [
  wires: readonly number[],
  read: (r: WireReader, wire: number, into: T) => unknown,
];

/** AttributeProto's fields: the wire types each may have, and where its value goes. */
const ATTRIBUTE_FIELDS: Record<number, Field<RawAttribute>> = {
  1: [[WIRE_LEN], (r, _, a) => (a.name = r.shared())],
  20: [[WIRE_VARINT], (r, _, a) => (a.type = r.varint())],
  21: [[WIRE_LEN], (r, _, a) => (a.ref = r.string())],
  2: [[WIRE_FIXED32], (r, _, a) => (a.f = r.fixed32Float())],
  3: [[WIRE_VARINT], (r, _, a) => (a.i = r.varint())],
  4: [[WIRE_LEN], (r, _, a) => (a.s = r.shared())],
  5: [[WIRE_LEN], (r, _, a) => (a.t = decodeTensor(r.message()))],
  6: [[WIRE_LEN], (r, _, a) => (a.g = decodeGraph(r.message()))],
  22: [[WIRE_LEN], (r, _, a) => (a.sp = decodeSparseTensor(r.message()))],
  14: [[WIRE_LEN], (r, _, a) => (a.tp = decodeType(r.message()))],
  7: [[WIRE_LEN, WIRE_FIXED32], (r, wire, a) => r.floats(wire, (a.floats ??= []))],
  8: [[WIRE_LEN, WIRE_VARINT], (r, wire, a) => r.varints(wire, (a.ints ??= []))],
  9: [[WIRE_LEN], (r, _, a) => (a.strings ??= []).push(r.string())],
  10: [[WIRE_LEN], (r, _, a) => (a.tensors ??= []).push(decodeTensor(r.message()))],
  11: [[WIRE_LEN], (r, _, a) => (a.graphs ??= []).push(decodeGraph(r.message()))],
  23: [[WIRE_LEN], (r, _, a) => (a.sparses ??= []).push(decodeSparseTensor(r.message()))],
  15: [[WIRE_LEN], (r, _, a) => (a.tps ??= []).push(decodeType(r.message()))],
};

/** Returns undefined for an attribute of a type this reader does not know (a newer IR). */
function decodeAttribute(r: WireReader): [string, AttributeValue] | undefined {
  const a: RawAttribute = { name: '', type: 0, ref: '' };
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    const how = ATTRIBUTE_FIELDS[field];
    if (!how) {
      r.skip(wire);
      continue;
    }
    expectWire(r, field, wire, how[0]);
    how[1](r, wire, a);
  }
  if (a.ref) return [a.name, { type: 'ref', value: a.ref, refType: a.type }];
  const value = attributeValue(a, a.type || guessType(a));
  return value ? [a.name, value] : undefined;
}

/** IR version < 3 files may leave `type` unset: the first field present decides. */
function guessType(a: RawAttribute): number {
  const present: [boolean, number][] = [
    [a.f !== undefined, A_FLOAT],
    [a.i !== undefined, A_INT],
    [a.s !== undefined, A_STRING],
    [!!a.t, A_TENSOR],
    [!!a.g, A_GRAPH],
    [!!a.sp, A_SPARSE],
    [!!a.tp, A_TP],
    [!!a.floats?.length, A_FLOATS],
    [!!a.ints?.length, A_INTS],
    [!!a.strings?.length, A_STRINGS],
    [!!a.tensors?.length, A_TENSORS],
    [!!a.graphs?.length, A_GRAPHS],
    [!!a.sparses?.length, A_SPARSES],
    [!!a.tps?.length, A_TPS],
  ];
  return present.find(([has]) => has)?.[1] ?? A_INTS;
}

function attributeValue(a: RawAttribute, type: number): AttributeValue | undefined {
  switch (type) {
    case A_FLOAT:
      return { type: 'float', value: a.f ?? 0 };
    case A_INT:
      return { type: 'int', value: a.i ?? 0 };
    case A_STRING:
      return { type: 'string', value: a.s ?? '' };
    case A_TENSOR:
      return { type: 'tensor', value: a.t ?? emptyTensor(a.name) };
    case A_GRAPH:
      return { type: 'graph', value: a.g ?? emptyGraph(a.name) };
    case A_SPARSE:
      return { type: 'sparse_tensor', value: a.sp ?? emptyTensor(a.name) };
    case A_TP:
      return { type: 'type_proto', value: a.tp ?? { kind: 'unknown' } };
    case A_FLOATS:
      return { type: 'floats', value: a.floats ?? [] };
    case A_INTS:
      return { type: 'ints', value: a.ints ?? [] };
    case A_STRINGS:
      return { type: 'strings', value: a.strings ?? [] };
    case A_TENSORS:
      return { type: 'tensors', value: a.tensors ?? [] };
    case A_GRAPHS:
      return { type: 'graphs', value: a.graphs ?? [] };
    case A_SPARSES:
      return { type: 'sparse_tensors', value: a.sparses ?? [] };
    case A_TPS:
      return { type: 'type_protos', value: a.tps ?? [] };
    default:
      return undefined;
  }
}

const emptyTensor = (name: string): Tensor => ({
  name,
  dataType: 0,
  dims: [],
  data: { kind: 'empty' },
});
export const emptyGraph = (name: string): Graph => ({
  name,
  nodes: [],
  inputs: [],
  outputs: [],
  valueInfo: [],
  initializers: [],
});

/** Wire types each TensorProto payload field may have (packed or not). */
const PAYLOAD_WIRES: Record<number, number[]> = {
  4: [WIRE_LEN, WIRE_FIXED32],
  5: [WIRE_LEN, WIRE_VARINT],
  7: [WIRE_LEN, WIRE_VARINT],
  9: [WIRE_LEN],
  10: [WIRE_LEN, WIRE_FIXED64],
  11: [WIRE_LEN, WIRE_VARINT],
};

/** Tensor dims are sizes: non-negative safe integers, and a sane rank. */
function checkDims(r: WireReader, t: Tensor): void {
  if (t.dims.length > MAX_RANK || t.dims.some((d) => !Number.isSafeInteger(d) || d < 0)) {
    const shown = t.dims.length > 8 ? `${t.dims.length} dims` : `dims [${t.dims.join(', ')}]`;
    throw new WireError(`tensor "${t.name}" has ${shown}, which is not a shape`, r.pos);
  }
}

/** An external-data offset or length: a non-negative decimal integer. */
function byteCount(r: WireReader, t: Tensor, key: string, text: string): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n)) {
    throw new WireError(
      `tensor "${t.name}" has external-data ${key} "${text}", which is not a byte count`,
      r.pos,
    );
  }
  return n;
}

/** More dims than any real tensor has: a damaged file. */
const MAX_RANK = 64;

/** TensorProto: shape and type are read; the payload is recorded as where it lies. */
export function decodeTensor(r: WireReader): Tensor {
  const t: Tensor = { name: '', dataType: 0, dims: [], data: { kind: 'empty' } };
  let payload: { field: number; wire: number; ranges: FileRange[] } | undefined;
  let external = false;
  // external_data entries, made only for a tensor that has them (most have none)
  let ext: Map<string, string> | undefined;
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    switch (field) {
      case 1:
        expectWire(r, field, wire, VARINT_OR_LEN);
        r.varints(wire, t.dims);
        break;
      case 2:
        expectWire(r, field, wire, VARINT);
        t.dataType = r.varint();
        break;
      case 8:
        expectWire(r, field, wire, LEN);
        t.name = r.shared();
        break;
      case 14:
        expectWire(r, field, wire, VARINT);
        external = r.varint() === 1;
        break;
      case 13: {
        expectWire(r, field, wire, LEN);
        const [k, v] = decodeStringEntry(r.message());
        (ext ??= new Map()).set(k, v);
        break;
      }
      case 4:
      case 5:
      case 7:
      case 9:
      case 10:
      case 11: {
        expectWire(r, field, wire, PAYLOAD_WIRES[field]);
        // raw_data and the typed repeated fields: remember where the bytes are.
        const start = r.pos;
        r.skip(wire);
        const range: FileRange = { file: r.src.path, offset: start, length: r.pos - start };
        // raw_data is a singular field (the last one wins); the typed ones are repeated.
        if (payload && payload.field === field && field !== 9) payload.ranges.push(range);
        else payload = { field, wire, ranges: [range] };
        break;
      }
      default:
        r.skip(wire);
    }
  }
  t.dims = exact(t.dims);
  checkDims(r, t);
  if (external) {
    const offset = byteCount(r, t, 'offset', ext?.get('offset') ?? '0');
    const length = ext?.has('length') ? byteCount(r, t, 'length', ext.get('length')!) : undefined;
    t.data = {
      kind: 'external',
      range: { file: '', offset, length: length ?? -1 },
      declared: { location: ext?.get('location') ?? '', offset, length },
    };
  } else if (payload) {
    t.data = {
      kind: 'fields',
      field: payload.field,
      wireType: payload.wire,
      ranges: payload.ranges,
    } satisfies TensorData;
  }
  return t;
}

function decodeSparseTensor(r: WireReader): Tensor {
  let values: Tensor | undefined;
  const dims: number[] = [];
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    if (field === 1 && wire === WIRE_LEN) values = decodeTensor(r.message());
    else if (field === 3) r.varints(wire, dims);
    else r.skip(wire);
  }
  // A sparse tensor is costed as its dense shape; only its stored values are parameters.
  const stored = values ? values.dims.reduce((a, b) => a * b, 1) : 0;
  const t: Tensor = {
    name: values?.name ?? '',
    dataType: values?.dataType ?? 0,
    dims,
    data: { kind: 'empty' },
    sparseValues: stored,
  };
  checkDims(r, t);
  return t;
}

function decodeStringEntry(r: WireReader): [string, string] {
  let k = '';
  let v = '';
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    if (field === 1 && wire === WIRE_LEN) k = r.string();
    else if (field === 2 && wire === WIRE_LEN) v = r.string();
    else r.skip(wire);
  }
  return [k, v];
}

function decodeValueInfo(r: WireReader): ValueInfo {
  const v: ValueInfo = { name: '', type: { kind: 'unknown' } };
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    if (field === 1 && wire === WIRE_LEN) v.name = r.shared();
    else if (field === 2 && wire === WIRE_LEN) v.type = decodeType(r.message());
    else r.skip(wire);
  }
  return v;
}

function decodeType(r: WireReader): TypeInfo {
  let t: TypeInfo = { kind: 'unknown' };
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    if (wire !== WIRE_LEN) {
      r.skip(wire);
      continue;
    }
    if (field === 1 || field === 8) {
      const [elemType, shape] = decodeTensorType(r.message());
      t = { kind: field === 1 ? 'tensor' : 'sparse_tensor', elemType, shape };
    } else if (field === 4 || field === 9) {
      const inner = r.message();
      let elem: TypeInfo | undefined;
      while (!inner.done) {
        const f2 = inner.tag();
        const w2 = inner.wire;
        if (f2 === 1 && w2 === WIRE_LEN) elem = decodeType(inner.message());
        else inner.skip(w2);
      }
      t = { kind: field === 4 ? 'sequence' : 'optional', elem };
    } else if (field === 5) {
      const inner = r.message();
      let keyType = 0;
      let value: TypeInfo | undefined;
      while (!inner.done) {
        const f2 = inner.tag();
        const w2 = inner.wire;
        if (f2 === 1 && w2 === WIRE_VARINT) keyType = inner.varint();
        else if (f2 === 2 && w2 === WIRE_LEN) value = decodeType(inner.message());
        else inner.skip(w2);
      }
      t = { kind: 'map', keyType, value };
    } else r.skip(wire);
  }
  return t;
}

function decodeTensorType(r: WireReader): [number, Dim[] | undefined] {
  let elemType = 0;
  let shape: Dim[] | undefined;
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    if (field === 1 && wire === WIRE_VARINT) elemType = r.varint();
    else if (field === 2 && wire === WIRE_LEN) {
      shape = [];
      const s = r.message();
      while (!s.done) {
        const f2 = s.tag();
        const w2 = s.wire;
        if (f2 === 1 && w2 === WIRE_LEN) shape.push(decodeDim(s.message()));
        else s.skip(w2);
      }
    } else r.skip(wire);
  }
  return [elemType, shape];
}

/** A dim with neither value nor param is unknown: it gets the empty symbol '' (named later). */
function decodeDim(r: WireReader): Dim {
  let dim: Dim = '';
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    if (field === 1 && wire === WIRE_VARINT) dim = r.varint();
    else if (field === 2 && wire === WIRE_LEN) dim = r.shared();
    else r.skip(wire);
  }
  return dim;
}

function decodeFunction(r: WireReader): FunctionDef {
  const fn: FunctionDef = {
    name: '',
    domain: '',
    overload: '',
    inputs: [],
    outputs: [],
    attributes: new Map(),
    nodes: [],
    opsets: new Map(),
  };
  while (!r.done) {
    const field = r.tag();
    const wire = r.wire;
    if (wire !== WIRE_LEN) {
      r.skip(wire);
      continue;
    }
    switch (field) {
      case 1:
        fn.name = r.string();
        break;
      case 4:
        fn.inputs.push(r.shared());
        break;
      case 5:
        fn.outputs.push(r.shared());
        break;
      case 6:
        fn.attributes.set(r.string(), undefined);
        break;
      case 11: {
        const attribute = decodeAttribute(r.message());
        if (attribute) fn.attributes.set(attribute[0], attribute[1]);
        break;
      }
      case 7:
        fn.nodes.push(decodeNode(r.message()));
        break;
      case 9:
        fn.opsets.set(...decodeOpset(r.message()));
        break;
      case 10:
        fn.domain = r.string();
        break;
      case 13:
        fn.overload = r.string();
        break;
      default:
        r.skip(wire);
    }
  }
  return fn;
}
