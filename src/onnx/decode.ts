/**
 * Walks the ONNX protobuf schema (onnx/onnx.proto, IR version 3 to 11) with the wire reader and
 * builds the Model of model.ts. Field numbers are those of onnx.proto; unknown fields are skipped
 * so newer files still load. Tensor payloads are recorded as file ranges, never read here.
 */
import type {
  AttributeValue,
  Dim,
  FileRange,
  FunctionDef,
  Graph,
  Node,
  Tensor,
  TensorData,
  TypeInfo,
  ValueInfo,
} from './model.ts';
import { WIRE_LEN, WIRE_VARINT, WireError, type WireReader } from './wire.ts';

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
    const [field, wire] = r.tag();
    if (field === 1 && wire === WIRE_VARINT) {
      m.irVersion = r.varint();
      m.sawModelField = true;
    } else if (field === 2 && wire === WIRE_LEN) m.producerName = r.string();
    else if (field === 3 && wire === WIRE_LEN) m.producerVersion = r.string();
    else if (field === 7 && wire === WIRE_LEN) m.graph = decodeGraph(r.message());
    else if (field === 8 && wire === WIRE_LEN) {
      const [domain, version] = decodeOpset(r.message());
      m.opsets.set(domain === 'ai.onnx' ? '' : domain, version);
    } else if (field === 25 && wire === WIRE_LEN) m.functions.push(decodeFunction(r.message()));
    else r.skip(wire);
  }
  return m;
}

function decodeOpset(r: WireReader): [string, number] {
  let domain = '';
  let version = 0;
  while (!r.done) {
    const [field, wire] = r.tag();
    if (field === 1 && wire === WIRE_LEN) domain = r.string();
    else if (field === 2 && wire === WIRE_VARINT) version = r.varint();
    else r.skip(wire);
  }
  return [domain, version];
}

export function decodeGraph(r: WireReader): Graph {
  const g: Graph = {
    name: '',
    nodes: [],
    inputs: [],
    outputs: [],
    valueInfo: [],
    initializers: [],
  };
  while (!r.done) {
    const [field, wire] = r.tag();
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

function decodeNode(r: WireReader): Node {
  const n: Node = {
    name: '',
    opType: '',
    domain: '',
    inputs: [],
    outputs: [],
    attributes: new Map(),
  };
  while (!r.done) {
    const [field, wire] = r.tag();
    if (wire !== WIRE_LEN) {
      r.skip(wire);
      continue;
    }
    switch (field) {
      case 1:
        n.inputs.push(r.string());
        break;
      case 2:
        n.outputs.push(r.string());
        break;
      case 3:
        n.name = r.string();
        break;
      case 4:
        n.opType = r.string();
        break;
      case 7:
        n.domain = r.string();
        if (n.domain === 'ai.onnx') n.domain = '';
        break;
      case 5: {
        const [name, value] = decodeAttribute(r.message());
        n.attributes.set(name, value);
        break;
      }
      default:
        r.skip(wire);
    }
  }
  return n;
}

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

function decodeAttribute(r: WireReader): [string, AttributeValue] {
  let name = '';
  let type = 0;
  let ref = '';
  let f: number | undefined, i: number | undefined, s: string | undefined;
  let t: Tensor | undefined, g: Graph | undefined, sp: Tensor | undefined, tp: TypeInfo | undefined;
  const floats: number[] = [],
    ints: number[] = [],
    strings: string[] = [];
  const tensors: Tensor[] = [],
    graphs: Graph[] = [],
    sparses: Tensor[] = [],
    tps: TypeInfo[] = [];
  while (!r.done) {
    const [field, wire] = r.tag();
    switch (field) {
      case 1:
        name = r.string();
        break;
      case 20:
        type = r.varint();
        break;
      case 21:
        ref = r.string();
        break;
      case 2:
        f = r.fixed32Float();
        break;
      case 3:
        i = r.varint();
        break;
      case 4:
        s = r.string();
        break;
      case 5:
        t = decodeTensor(r.message());
        break;
      case 6:
        g = decodeGraph(r.message());
        break;
      case 22:
        sp = decodeSparseTensor(r.message());
        break;
      case 14:
        tp = decodeType(r.message());
        break;
      case 7:
        r.floats(wire, floats);
        break;
      case 8:
        r.varints(wire, ints);
        break;
      case 9:
        strings.push(r.string());
        break;
      case 10:
        tensors.push(decodeTensor(r.message()));
        break;
      case 11:
        graphs.push(decodeGraph(r.message()));
        break;
      case 23:
        sparses.push(decodeSparseTensor(r.message()));
        break;
      case 15:
        tps.push(decodeType(r.message()));
        break;
      default:
        r.skip(wire);
    }
  }
  if (ref) return [name, { type: 'ref', value: ref, refType: type }];
  // IR version < 3 files may leave `type` unset: fall back to whichever field is present.
  if (type === 0) {
    type =
      f !== undefined
        ? A_FLOAT
        : i !== undefined
          ? A_INT
          : s !== undefined
            ? A_STRING
            : t
              ? A_TENSOR
              : g
                ? A_GRAPH
                : sp
                  ? A_SPARSE
                  : tp
                    ? A_TP
                    : floats.length
                      ? A_FLOATS
                      : ints.length
                        ? A_INTS
                        : strings.length
                          ? A_STRINGS
                          : tensors.length
                            ? A_TENSORS
                            : graphs.length
                              ? A_GRAPHS
                              : sparses.length
                                ? A_SPARSES
                                : tps.length
                                  ? A_TPS
                                  : A_INTS;
  }
  switch (type) {
    case A_FLOAT:
      return [name, { type: 'float', value: f ?? 0 }];
    case A_INT:
      return [name, { type: 'int', value: i ?? 0 }];
    case A_STRING:
      return [name, { type: 'string', value: s ?? '' }];
    case A_TENSOR:
      return [name, { type: 'tensor', value: t ?? emptyTensor(name) }];
    case A_GRAPH:
      return [name, { type: 'graph', value: g ?? emptyGraph(name) }];
    case A_SPARSE:
      return [name, { type: 'sparse_tensor', value: sp ?? emptyTensor(name) }];
    case A_TP:
      return [name, { type: 'type_proto', value: tp ?? { kind: 'unknown' } }];
    case A_FLOATS:
      return [name, { type: 'floats', value: floats }];
    case A_INTS:
      return [name, { type: 'ints', value: ints }];
    case A_STRINGS:
      return [name, { type: 'strings', value: strings }];
    case A_TENSORS:
      return [name, { type: 'tensors', value: tensors }];
    case A_GRAPHS:
      return [name, { type: 'graphs', value: graphs }];
    case A_SPARSES:
      return [name, { type: 'sparse_tensors', value: sparses }];
    case A_TPS:
      return [name, { type: 'type_protos', value: tps }];
    default:
      throw new WireError(`attribute "${name}" has unknown type ${type}`, r.pos);
  }
}

const emptyTensor = (name: string): Tensor => ({
  name,
  dataType: 0,
  dims: [],
  data: { kind: 'empty' },
});
const emptyGraph = (name: string): Graph => ({
  name,
  nodes: [],
  inputs: [],
  outputs: [],
  valueInfo: [],
  initializers: [],
});

/** TensorProto: shape and type are read; the payload is recorded as where it lies. */
export function decodeTensor(r: WireReader): Tensor {
  const t: Tensor = { name: '', dataType: 0, dims: [], data: { kind: 'empty' } };
  let payload: { field: number; wire: number; ranges: FileRange[] } | undefined;
  let external = false;
  const ext = new Map<string, string>();
  while (!r.done) {
    const [field, wire] = r.tag();
    switch (field) {
      case 1:
        r.varints(wire, t.dims);
        break;
      case 2:
        t.dataType = r.varint();
        break;
      case 8:
        t.name = r.string();
        break;
      case 14:
        external = r.varint() === 1;
        break;
      case 13: {
        const [k, v] = decodeStringEntry(r.message());
        ext.set(k, v);
        break;
      }
      case 4:
      case 5:
      case 7:
      case 9:
      case 10:
      case 11: {
        // raw_data and the typed repeated fields: remember where the bytes are.
        const start = r.pos;
        r.skip(wire);
        const range: FileRange = { file: r.src.path, offset: start, length: r.pos - start };
        if (payload && payload.field === field) payload.ranges.push(range);
        else payload = { field, wire, ranges: [range] };
        break;
      }
      default:
        r.skip(wire);
    }
  }
  if (external) {
    const offset = Number(ext.get('offset') ?? 0);
    const length = ext.has('length') ? Number(ext.get('length')) : undefined;
    t.data = {
      kind: 'external',
      range: { file: '', offset, length: length ?? -1 },
      declared: { location: ext.get('location') ?? '', offset, length },
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
    const [field, wire] = r.tag();
    if (field === 1 && wire === WIRE_LEN) values = decodeTensor(r.message());
    else if (field === 3) r.varints(wire, dims);
    else r.skip(wire);
  }
  // A sparse tensor is costed as its dense shape; only its stored values are parameters.
  const stored = values ? values.dims.reduce((a, b) => a * b, 1) : 0;
  return {
    name: values?.name ?? '',
    dataType: values?.dataType ?? 0,
    dims,
    data: { kind: 'empty' },
    sparseValues: stored,
  };
}

function decodeStringEntry(r: WireReader): [string, string] {
  let k = '';
  let v = '';
  while (!r.done) {
    const [field, wire] = r.tag();
    if (field === 1 && wire === WIRE_LEN) k = r.string();
    else if (field === 2 && wire === WIRE_LEN) v = r.string();
    else r.skip(wire);
  }
  return [k, v];
}

function decodeValueInfo(r: WireReader): ValueInfo {
  const v: ValueInfo = { name: '', type: { kind: 'unknown' } };
  while (!r.done) {
    const [field, wire] = r.tag();
    if (field === 1 && wire === WIRE_LEN) v.name = r.string();
    else if (field === 2 && wire === WIRE_LEN) v.type = decodeType(r.message());
    else r.skip(wire);
  }
  return v;
}

function decodeType(r: WireReader): TypeInfo {
  let t: TypeInfo = { kind: 'unknown' };
  while (!r.done) {
    const [field, wire] = r.tag();
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
        const [f2, w2] = inner.tag();
        if (f2 === 1 && w2 === WIRE_LEN) elem = decodeType(inner.message());
        else inner.skip(w2);
      }
      t = { kind: field === 4 ? 'sequence' : 'optional', elem };
    } else if (field === 5) {
      const inner = r.message();
      let keyType = 0;
      let value: TypeInfo | undefined;
      while (!inner.done) {
        const [f2, w2] = inner.tag();
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
    const [field, wire] = r.tag();
    if (field === 1 && wire === WIRE_VARINT) elemType = r.varint();
    else if (field === 2 && wire === WIRE_LEN) {
      shape = [];
      const s = r.message();
      while (!s.done) {
        const [f2, w2] = s.tag();
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
    const [field, wire] = r.tag();
    if (field === 1 && wire === WIRE_VARINT) dim = r.varint();
    else if (field === 2 && wire === WIRE_LEN) dim = r.string();
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
    const [field, wire] = r.tag();
    if (wire !== WIRE_LEN) {
      r.skip(wire);
      continue;
    }
    switch (field) {
      case 1:
        fn.name = r.string();
        break;
      case 4:
        fn.inputs.push(r.string());
        break;
      case 5:
        fn.outputs.push(r.string());
        break;
      case 6:
        fn.attributes.set(r.string(), undefined);
        break;
      case 11: {
        const [name, value] = decodeAttribute(r.message());
        fn.attributes.set(name, value);
        break;
      }
      case 7:
        fn.nodes.push(decodeNode(r.message()));
        break;
      case 9: {
        const [domain, version] = decodeOpset(r.message());
        fn.opsets.set(domain === 'ai.onnx' ? '' : domain, version);
        break;
      }
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
