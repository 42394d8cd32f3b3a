/**
 * Encodes a small ONNX model: graph inputs, graph outputs and attribute-free nodes, nothing
 * else (no initializers, no attributes, no functions). Enough for the models misnomer builds
 * itself (the roofline probe, src/measure/roofline-probe.ts); models of users are only read.
 * Field numbers are those of onnx.proto, as in decode.ts.
 */
import { WIRE_LEN, WIRE_VARINT } from './wire.ts';

/** A graph input or output: its name, its TensorProto.DataType code and its fixed shape. */
export interface ValueSpec {
  name: string;
  elemType: number;
  shape: number[];
}

export interface NodeSpec {
  name: string;
  opType: string;
  inputs: string[];
  outputs: string[];
}

export interface ModelSpec {
  /** Version of the default (ai.onnx) opset. */
  opset: number;
  graphName: string;
  inputs: ValueSpec[];
  outputs: ValueSpec[];
  nodes: NodeSpec[];
}

/** IR version 8 (ONNX 1.10+): understood by every ONNX Runtime misnomer supports. */
const IR_VERSION = 8;

/** The bytes of one protobuf message, field by field. */
class Message {
  private parts: Buffer[] = [];

  private key(field: number, wire: number): void {
    this.parts.push(varintBytes(field * 8 + wire));
  }
  int(field: number, value: number): this {
    this.key(field, WIRE_VARINT);
    this.parts.push(varintBytes(value));
    return this;
  }
  bytes(field: number, data: Buffer): this {
    this.key(field, WIRE_LEN);
    this.parts.push(varintBytes(data.length), data);
    return this;
  }
  text(field: number, value: string): this {
    return this.bytes(field, Buffer.from(value, 'utf8'));
  }
  sub(field: number, message: Message): this {
    return this.bytes(field, message.encode());
  }
  encode(): Buffer {
    return Buffer.concat(this.parts);
  }
}

/** A non-negative integer as a base-128 varint. */
function varintBytes(value: number): Buffer {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`onnx write: ${value} is not a non-negative integer`);
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return Buffer.from(out);
}

/** ValueInfoProto { name = 1, type = 2 { tensor_type = 1 { elem_type = 1, shape = 2 } } }. */
function valueInfo(v: ValueSpec): Message {
  const shape = new Message();
  for (const d of v.shape) shape.sub(1, new Message().int(1, d)); // Dimension.dim_value = 1
  const tensor = new Message().int(1, v.elemType).sub(2, shape);
  return new Message().text(1, v.name).sub(2, new Message().sub(1, tensor));
}

/** NodeProto { input = 1, output = 2, name = 3, op_type = 4 }. */
function node(n: NodeSpec): Message {
  const m = new Message();
  for (const i of n.inputs) m.text(1, i);
  for (const o of n.outputs) m.text(2, o);
  return m.text(3, n.name).text(4, n.opType);
}

/** The model's bytes: ModelProto { ir_version = 1, producer_name = 2, graph = 7, opset_import = 8 }. */
export function encodeModel(spec: ModelSpec): Buffer {
  const graph = new Message();
  for (const n of spec.nodes) graph.sub(1, node(n)); // GraphProto.node = 1
  graph.text(2, spec.graphName);
  for (const i of spec.inputs) graph.sub(11, valueInfo(i));
  for (const o of spec.outputs) graph.sub(12, valueInfo(o));
  return new Message()
    .int(1, IR_VERSION)
    .text(2, 'misnomer')
    .sub(7, graph)
    .sub(8, new Message().text(1, '').int(2, spec.opset))
    .encode();
}
