/**
 * Rounding of folded values to the precision of their dtype (shared by elementwise-util.ts,
 * shape-util.ts, shape.ts and image.ts). ONNX Runtime computes a float32 op in float32: folding in
 * float64 can land on the other side of a Floor (10 · 1.8f is exactly 18 in float32, 17.9999995
 * in float64), so every folded float result is rounded to its dtype, round-to-nearest-even,
 * overflowing to ±Infinity as the hardware conversions do.
 */
import { DataType } from '../onnx/dtypes.ts';

/** x rounded to the nearest value of `dtype` (float32, float16, bfloat16); other dtypes as is. */
export function roundToDtype(x: number, dtype: number): number {
  if (dtype === DataType.FLOAT) return Math.fround(x);
  if (dtype === DataType.FLOAT16) return toFloat16(x);
  if (dtype === DataType.BFLOAT16) return toBfloat16(x);
  return x;
}

/** Ties go to the even neighbour (IEEE round-to-nearest-even). */
function roundEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  if (d !== 0.5) return d < 0.5 ? f : f + 1;
  return f % 2 === 0 ? f : f + 1;
}

/** The largest float16 is 65504; from 65520 (the midpoint to 65536) on, a value rounds to Inf. */
const F16_OVERFLOW = 65520;
/** Below 2^-14 float16 is subnormal: a fixed quantum of 2^-24. */
const F16_MIN_NORMAL = 2 ** -14;

function toFloat16(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const a = Math.abs(x);
  if (a >= F16_OVERFLOW) return Math.sign(x) * Infinity;
  let quantum = 2 ** -24;
  if (a >= F16_MIN_NORMAL) {
    let e = Math.floor(Math.log2(a));
    // log2 may round across an integer just below or at a power of two.
    if (2 ** e > a) e--;
    else if (2 ** (e + 1) <= a) e++;
    quantum = 2 ** (e - 10);
  }
  return Math.sign(x) * roundEven(a / quantum) * quantum;
}

const scratch = new DataView(new ArrayBuffer(4));

/** bfloat16 keeps the top 16 bits of a float32, rounded to nearest even (as ONNX Runtime does). */
function toBfloat16(x: number): number {
  if (Number.isNaN(x)) return x;
  scratch.setFloat32(0, x);
  const u = scratch.getUint32(0);
  const rounded = (u + 0x7fff + ((u >>> 16) & 1)) & 0xffff0000;
  scratch.setUint32(0, rounded >>> 0);
  return scratch.getFloat32(0);
}
