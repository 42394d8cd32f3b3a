/**
 * ONNX TensorProto.DataType codes and what misnomer needs to know about each: its name, its
 * width in bits (sub-byte types are 4 bits) and whether it is floating point or a quantized
 * integer type (which decides whether a tensor of that type counts as parameters).
 */

export const DataType = {
  UNDEFINED: 0,
  FLOAT: 1,
  UINT8: 2,
  INT8: 3,
  UINT16: 4,
  INT16: 5,
  INT32: 6,
  INT64: 7,
  STRING: 8,
  BOOL: 9,
  FLOAT16: 10,
  DOUBLE: 11,
  UINT32: 12,
  UINT64: 13,
  COMPLEX64: 14,
  COMPLEX128: 15,
  BFLOAT16: 16,
  FLOAT8E4M3FN: 17,
  FLOAT8E4M3FNUZ: 18,
  FLOAT8E5M2: 19,
  FLOAT8E5M2FNUZ: 20,
  UINT4: 21,
  INT4: 22,
  FLOAT4E2M1: 23,
  FLOAT8E8M0: 24,
  UINT2: 25,
  INT2: 26,
} as const;

interface DTypeInfo {
  name: string;
  bits: number;
  float: boolean;
  /** Integer types that hold quantized weights (their tensors count as parameters). */
  quantized: boolean;
}

const INFO: Record<number, DTypeInfo> = {
  0: { name: 'undefined', bits: 0, float: false, quantized: false },
  1: { name: 'float32', bits: 32, float: true, quantized: false },
  2: { name: 'uint8', bits: 8, float: false, quantized: true },
  3: { name: 'int8', bits: 8, float: false, quantized: true },
  4: { name: 'uint16', bits: 16, float: false, quantized: true },
  5: { name: 'int16', bits: 16, float: false, quantized: true },
  6: { name: 'int32', bits: 32, float: false, quantized: false },
  7: { name: 'int64', bits: 64, float: false, quantized: false },
  8: { name: 'string', bits: 0, float: false, quantized: false },
  9: { name: 'bool', bits: 8, float: false, quantized: false },
  10: { name: 'float16', bits: 16, float: true, quantized: false },
  11: { name: 'float64', bits: 64, float: true, quantized: false },
  12: { name: 'uint32', bits: 32, float: false, quantized: false },
  13: { name: 'uint64', bits: 64, float: false, quantized: false },
  14: { name: 'complex64', bits: 64, float: true, quantized: false },
  15: { name: 'complex128', bits: 128, float: true, quantized: false },
  16: { name: 'bfloat16', bits: 16, float: true, quantized: false },
  17: { name: 'float8e4m3fn', bits: 8, float: true, quantized: false },
  18: { name: 'float8e4m3fnuz', bits: 8, float: true, quantized: false },
  19: { name: 'float8e5m2', bits: 8, float: true, quantized: false },
  20: { name: 'float8e5m2fnuz', bits: 8, float: true, quantized: false },
  21: { name: 'uint4', bits: 4, float: false, quantized: true },
  22: { name: 'int4', bits: 4, float: false, quantized: true },
  23: { name: 'float4e2m1', bits: 4, float: true, quantized: false },
  24: { name: 'float8e8m0', bits: 8, float: true, quantized: false },
  25: { name: 'uint2', bits: 2, float: false, quantized: true },
  26: { name: 'int2', bits: 2, float: false, quantized: true },
};

function info(dtype: number): DTypeInfo {
  return INFO[dtype] ?? { name: `dtype${dtype}`, bits: 0, float: false, quantized: false };
}

export const dtypeName = (dtype: number): string => info(dtype).name;
export const isFloat = (dtype: number): boolean => info(dtype).float;
export const isQuantizedInt = (dtype: number): boolean => info(dtype).quantized;

/** Bytes occupied by `elements` values of this type (sub-byte types packed, rounded up). */
export function byteSize(dtype: number, elements: number): number {
  const bits = info(dtype).bits;
  // Strings have no fixed width; count a pointer-sized slot so they are not free.
  if (dtype === DataType.STRING) return elements * 8;
  return Math.ceil((elements * bits) / 8);
}

export function dtypeFromName(name: string): number | undefined {
  for (const [code, i] of Object.entries(INFO)) if (i.name === name) return Number(code);
  return undefined;
}
