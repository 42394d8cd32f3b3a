/**
 * Input values as onnxruntime-node takes them: typed arrays per dtype (float16 as Uint16Array
 * bits, bool as Uint8Array, int64 as BigInt64Array), built from numbers or read from a user's
 * .npy or .json file and checked against the model's input.
 *
 * The .npy reader (format versions 1.0, 2.0, 3.0) is written here rather than taken from npm:
 * the maintained package (npyjs) only loads asynchronously, while inputs are made synchronously
 * in the timed model process, and the format is small (a magic string, a Python-dict header,
 * then the raw array in C order).
 */
import { existsSync, readFileSync } from 'node:fs';
import { UserError } from '../errors.ts';
import { dtypeFromName } from '../onnx/dtypes.ts';
import type { GivenTensor } from '../shapes/bind.ts';

export type NpyData =
  | Float32Array
  | Float64Array
  | Int8Array
  | Uint8Array
  | Int16Array
  | Uint16Array
  | Int32Array
  | Uint32Array
  | BigInt64Array
  | BigUint64Array
  | string[];

export interface NpyArray {
  /** onnxruntime-node tensor type: 'float32', 'int64', 'bool', 'string', ... */
  dtype: string;
  shape: number[];
  data: NpyData;
}

type TypedData = Exclude<NpyData, string[]>;
type ArrayCtor = { new (length: number): TypedData; new (buffer: ArrayBuffer): TypedData };

/** numpy type code (without byte order) -> ORT type, element bytes, typed array. */
const KINDS: Record<string, [dtype: string, bytes: number, ctor: ArrayCtor]> = {
  f2: ['float16', 2, Uint16Array],
  f4: ['float32', 4, Float32Array],
  f8: ['float64', 8, Float64Array],
  i1: ['int8', 1, Int8Array],
  u1: ['uint8', 1, Uint8Array],
  i2: ['int16', 2, Int16Array],
  u2: ['uint16', 2, Uint16Array],
  i4: ['int32', 4, Int32Array],
  u4: ['uint32', 4, Uint32Array],
  i8: ['int64', 8, BigInt64Array],
  u8: ['uint64', 8, BigUint64Array],
  b1: ['bool', 1, Uint8Array],
};

const MAGIC = '\x93NUMPY';

function readNpy(path: string): NpyArray {
  if (!existsSync(path)) throw new UserError(`${path}: no such file. Check the input file path.`);
  return parseNpy(readFileSync(path), path);
}

function parseNpy(bytes: Uint8Array, path: string): NpyArray {
  const magic = String.fromCharCode(...bytes.subarray(0, 6));
  if (magic !== MAGIC) {
    throw new UserError(
      `${path} is not a .npy file (it does not start with "\\x93NUMPY"). ` +
        'Write it with numpy.save, or give a .json file.',
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const major = bytes[6];
  // Version 1.0 has a 2-byte header length; 2.0 and 3.0 (UTF-8 header) a 4-byte one.
  const lengthBytes = major === 1 ? 2 : 4;
  if (bytes.length < 8 + lengthBytes) throw truncated(path, 'header');
  const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const dataStart = 8 + lengthBytes + headerLength;
  if (bytes.length < dataStart) throw truncated(path, 'header');
  const header = new TextDecoder().decode(bytes.subarray(8 + lengthBytes, dataStart));
  const { descr, fortran, shape } = parseHeader(header, path);
  if (fortran) {
    throw new UserError(
      `${path} stores its array in Fortran order, which misnomer does not read. ` +
        'Save a C-ordered copy: numpy.save(path, numpy.ascontiguousarray(a)).',
    );
  }
  const count = shape.reduce((a, b) => a * b, 1);
  const order = descr[0];
  const code = descr.slice(1);
  if (code.startsWith('U'))
    return strings(bytes, dataStart, count, Number(code.slice(1)), order, path, shape);
  const kind = KINDS[code];
  if (!kind || !'<>|='.includes(order)) {
    throw new UserError(
      `${path} holds dtype '${descr}', which misnomer cannot feed to ONNX Runtime. Use one of ` +
        'float16/32/64, int8/16/32/64, uint8/16/32/64, bool or str.',
    );
  }
  const [dtype, width, Ctor] = kind;
  const byteCount = count * width;
  if (bytes.length - dataStart < byteCount) throw truncated(path, `${byteCount} data bytes`);
  // A copy: the typed array needs its own aligned buffer (the data offset is only 16-aligned
  // by convention), and big-endian files are swapped in place.
  const buffer = new ArrayBuffer(byteCount);
  const out = new Uint8Array(buffer);
  out.set(bytes.subarray(dataStart, dataStart + byteCount));
  if (order === '>' && width > 1) {
    for (let i = 0; i < byteCount; i += width) out.subarray(i, i + width).reverse();
  }
  return { dtype, shape, data: new Ctor(buffer) };
}

function parseHeader(header: string, path: string) {
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(header)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined) {
    throw new UserError(
      `${path}: the .npy header ${JSON.stringify(header.trim())} lacks 'descr', ` +
        "'fortran_order' or 'shape'. The file is damaged; write it again with numpy.save.",
    );
  }
  const shape = shapeText
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map(Number);
  if (shape.some((d) => !Number.isInteger(d) || d < 0)) {
    throw new UserError(`${path}: the .npy header has an invalid shape (${shapeText}).`);
  }
  return { descr, fortran: fortran === 'True', shape };
}

/** numpy 'U<n>': n UTF-32 code units per element, padded with NULs. */
function strings(
  bytes: Uint8Array,
  start: number,
  count: number,
  width: number,
  order: string,
  path: string,
  shape: number[],
): NpyArray {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length - start < count * width * 4)
    throw truncated(path, `${count * width * 4} data bytes`);
  const data: string[] = [];
  for (let i = 0; i < count; i++) {
    const points: number[] = [];
    for (let j = 0; j < width; j++) {
      const cp = view.getUint32(start + (i * width + j) * 4, order !== '>');
      if (cp === 0) break;
      points.push(cp);
    }
    data.push(String.fromCodePoint(...points));
  }
  return { dtype: 'string', shape, data };
}

function truncated(path: string, what: string): UserError {
  return new UserError(
    `${path} is truncated: it ends before its ${what}. Write the file again with numpy.save.`,
  );
}

/** Value bounds of the integer types (64-bit ones to what a JS number holds exactly). */
export const INT_BOUNDS: Record<string, [min: number, max: number]> = {
  int8: [-128, 127],
  uint8: [0, 255],
  int16: [-32768, 32767],
  uint16: [0, 65535],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  uint64: [0, Number.MAX_SAFE_INTEGER],
  bool: [0, 1],
};

export const FLOAT_TYPES = new Set(['float16', 'float32', 'float64']);

/** The ORT data of `n` values of `dtype`, value i being `at(i)`. */
export function ortArray(dtype: string, n: number, at: (i: number) => number | string): NpyData {
  if (dtype === 'string') return Array.from({ length: n }, (_, i) => String(at(i)));
  if (dtype === 'int64' || dtype === 'uint64') {
    const a = dtype === 'int64' ? new BigInt64Array(n) : new BigUint64Array(n);
    for (let i = 0; i < n; i++) a[i] = BigInt(Math.trunc(Number(at(i))));
    return a;
  }
  const Ctor = Object.values(KINDS).find(([name]) => name === dtype)?.[2];
  if (!Ctor) throw new Error(`ortArray: no typed array for ${dtype}`);
  const a = new Ctor(n) as Float64Array;
  if (dtype === 'float16') for (let i = 0; i < n; i++) a[i] = toHalf(Number(at(i)));
  else for (let i = 0; i < n; i++) a[i] = Number(at(i));
  return a;
}

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** IEEE binary16 bits of `v` (via float32), rounded to nearest even, as ORT's float16 takes. */
export function toHalf(v: number): number {
  f32[0] = v;
  const x = u32[0];
  const sign = (x >>> 16) & 0x8000;
  const exp = (x >>> 23) & 0xff;
  const mant = x & 0x7fffff;
  if (exp === 0xff) return sign | 0x7c00 | (mant ? 0x200 : 0);
  const e = exp - 127 + 15;
  if (e >= 0x1f) return sign | 0x7c00;
  // Normal halves drop 13 mantissa bits; subnormal ones also shift in the implicit 1.
  const full = e > 0 ? mant : mant | 0x800000;
  const shift = e > 0 ? 13 : 14 - e;
  if (shift > 24) return sign;
  const kept = full >>> shift;
  const rest = full & ((1 << shift) - 1);
  const halfway = 1 << (shift - 1);
  const rounded = rest > halfway || (rest === halfway && kept & 1) ? kept + 1 : kept;
  // A carry out of the mantissa correctly bumps the exponent.
  return sign | ((e > 0 ? e << 10 : 0) + rounded);
}

export interface ExpectedInput {
  name: string;
  dtype: string;
  shape: number[];
}

/** Reads a .npy or .json file of values for one input, checked against the model's input. */
export function readInputFile(path: string, expected: ExpectedInput): NpyData {
  if (!existsSync(path)) {
    throw new UserError(
      `${path}: no such file (given as the values of input "${expected.name}"). Check the path.`,
    );
  }
  const want = `${expected.dtype} [${expected.shape.join(', ')}]`;
  if (!path.toLowerCase().endsWith('.json')) {
    const found = readNpy(path);
    if (found.dtype !== expected.dtype || !sameShape(found.shape, expected.shape)) {
      throw new UserError(
        `${path}: input "${expected.name}" expects ${want}; the file holds ` +
          `${found.dtype} [${found.shape.join(', ')}]. Save an array of that dtype and shape ` +
          `(numpy: a.astype('${expected.dtype === 'string' ? 'str' : expected.dtype}')` +
          `.reshape(${expected.shape.join(', ')})).`,
      );
    }
    return found.data;
  }
  const { shape, flat } = readJson(path);
  if (!sameShape(shape, expected.shape)) {
    throw new UserError(
      `${path}: input "${expected.name}" expects ${want}; the file holds a JSON array of shape ` +
        `[${shape.join(', ')}]. Give a nested array of that shape, or {"dims": [...], "data": [...]}.`,
    );
  }
  const bad = flat.findIndex((v) => !fits(expected.dtype, v));
  if (bad >= 0) {
    throw new UserError(
      `${path}: input "${expected.name}" expects ${want}; the file holds ` +
        `${JSON.stringify(flat[bad])} at flat index ${bad}, which is not a valid ${expected.dtype} value.`,
    );
  }
  return ortArray(expected.dtype, flat.length, (i) => {
    const v = flat[i];
    return typeof v === 'boolean' ? Number(v) : (v as number | string);
  });
}

/**
 * A .npy or .json file of one input's values, for the static analysis: its shape (which binds
 * the input's dims) and its values as numbers (text is not folded: it steers no shape).
 */
function readGivenFile(path: string, name: string): GivenTensor {
  const source = `--input ${name}=${path}`;
  if (!existsSync(path)) {
    throw new UserError(
      `${path}: no such file (given as the values of input "${name}"). Check the path.`,
    );
  }
  if (!path.toLowerCase().endsWith('.json')) {
    const a = readNpy(path);
    const values = Array.isArray(a.data)
      ? undefined
      : Array.from(a.data as ArrayLike<number | bigint>, Number);
    return { dtype: dtypeFromName(a.dtype), shape: a.shape, values, source };
  }
  const { shape, flat } = readJson(path);
  if (flat.every((v) => typeof v === 'string')) return { shape, source };
  const bad = flat.findIndex((v) => typeof v !== 'number' && typeof v !== 'boolean');
  if (bad >= 0) {
    throw new UserError(
      `${path}: the values of input "${name}" must be numbers, booleans or text; ` +
        `flat index ${bad} holds ${JSON.stringify(flat[bad])}.`,
    );
  }
  return { shape, values: flat.map(Number), source };
}

/** readGivenFile for each `name -> path`. */
export const readGivenFiles = (files: Record<string, string>): Record<string, GivenTensor> =>
  Object.fromEntries(
    Object.entries(files).map(([name, path]) => [name, readGivenFile(path, name)]),
  );

function readJson(path: string): { shape: number[]; flat: unknown[] } {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UserError(`${path} is not valid JSON (${(e as Error).message}).`);
  }
  if (doc !== null && typeof doc === 'object' && !Array.isArray(doc)) {
    const { dims, data } = doc as { dims?: unknown; data?: unknown };
    if (!Array.isArray(dims) || !dims.every((d) => Number.isInteger(d) && d >= 0)) {
      throw new UserError(
        `${path}: a JSON object must be {"dims": [...], "data": [...]} with "dims" a list of ` +
          'non-negative integers; or give a nested array.',
      );
    }
    const flat = nested(data, path).flat;
    const count = (dims as number[]).reduce((a, b) => a * b, 1);
    if (flat.length !== count) {
      throw new UserError(
        `${path}: "dims" [${dims.join(', ')}] needs ${count} values, but "data" has ${flat.length}.`,
      );
    }
    return { shape: dims as number[], flat };
  }
  return nested(doc, path);
}

/** Shape and row-major values of a nested array; a ragged array is an error. */
function nested(v: unknown, path: string): { shape: number[]; flat: unknown[] } {
  if (!Array.isArray(v)) return { shape: [], flat: [v] };
  const parts = v.map((x) => nested(x, path));
  const inner = parts[0]?.shape ?? [];
  for (const p of parts) {
    if (!sameShape(p.shape, inner)) {
      throw new UserError(
        `${path}: the nested array is ragged (elements of shape [${inner.join(', ')}] and ` +
          `[${p.shape.join(', ')}] side by side). Give a rectangular array.`,
      );
    }
  }
  return { shape: [v.length, ...inner], flat: parts.flatMap((p) => p.flat) };
}

/** Whether `v` is a valid value of the ORT dtype (numbers in range, integers for int types). */
export function fits(dtype: string, v: unknown): boolean {
  if (dtype === 'string') return typeof v === 'string';
  if (dtype === 'bool') return typeof v === 'boolean' || v === 0 || v === 1;
  if (typeof v !== 'number') return false;
  if (FLOAT_TYPES.has(dtype)) return true;
  const b = INT_BOUNDS[dtype];
  return !!b && Number.isInteger(v) && v >= b[0] && v <= b[1];
}

const sameShape = (a: number[], b: number[]) =>
  a.length === b.length && a.every((d, i) => d === b[i]);
