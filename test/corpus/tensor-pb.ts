/**
 * Reads one serialized TensorProto (an ONNX backend test's `input_N.pb` / `output_N.pb`) with
 * misnomer's own protobuf reader: dims and data type from decodeTensor, values from the same
 * TensorStore that reads a model's constants.
 */
import { decodeTensor } from '../../src/onnx/decode.ts';
import type { Tensor } from '../../src/onnx/model.ts';
import { TensorStore } from '../../src/onnx/tensor-data.ts';
import { FileSource, WireReader } from '../../src/onnx/wire.ts';

export interface PbTensor {
  dtype: number;
  dims: number[];
  /** Row-major values; undefined for strings or tensors above `maxValues` elements. */
  values?: number[];
}

export function readTensorPb(path: string, maxValues = 1 << 16): PbTensor {
  const source = new FileSource(path);
  const store = new TensorStore(source);
  try {
    const t: Tensor = decodeTensor(new WireReader(source, 0, source.size));
    return { dtype: t.dataType, dims: t.dims, values: store.values(t, maxValues) };
  } finally {
    store.close();
  }
}
