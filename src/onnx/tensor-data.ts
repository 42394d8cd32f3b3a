/**
 * Reads the values of a tensor on demand: only small constants that drive shapes (Reshape
 * targets, Slice bounds, Resize scales, Loop trip counts, ...) are ever read. The store keeps
 * one windowed source per file open until `close()`, so thousands of small constants cost
 * thousands of buffer lookups, not thousands of file opens.
 */
import { DataType, isFloat } from './dtypes.ts';
import type { FileRange, Tensor } from './model.ts';
import { FileSource, WireReader } from './wire.ts';

const tensorElements = (t: Tensor): number => t.dims.reduce((a, b) => a * b, 1);

/** The largest floating-point tensor read for shape inference (Resize scales, scalars). */
const MAX_FLOAT_CONSTANT = 64;

/** Small windows: constants are read one by one, and weights must never be paged in whole. */
const CONSTANT_WINDOW_BYTES = 256 << 10;

export class TensorStore {
  private sources = new Map<string, FileSource>();

  /** Reuses `modelSource` (already open for decoding) for the model file itself. */
  constructor(modelSource?: FileSource) {
    if (modelSource) this.sources.set(modelSource.path, modelSource);
  }

  close(): void {
    for (const s of this.sources.values()) s.close();
    this.sources.clear();
  }

  /**
   * The values of `t` as numbers (int64 beyond 2^53 lose precision; bool becomes 0/1), or
   * undefined when the tensor has more than `maxElements` values, holds strings, or is sparse.
   */
  values(t: Tensor, maxElements = 1 << 16): number[] | undefined {
    const n = tensorElements(t);
    if (n > maxElements || t.dataType === DataType.STRING || t.sparseValues !== undefined)
      return undefined;
    try {
      return this.read(t, n);
    } catch {
      // A damaged payload (a bad varint, a file cut short) leaves the constant unknown: the
      // shapes that depend on it become symbols and their nodes are reported, never a crash.
      return undefined;
    }
  }

  private read(t: Tensor, n: number): number[] | undefined {
    const d = t.data;
    if (d.kind === 'inline') return d.values.slice();
    if (d.kind === 'empty') return n === 0 ? [] : undefined;
    const width = RAW[t.dataType]?.[0];
    if (d.kind === 'external') {
      // Only the bytes the values need: an external range may run to the end of a large file.
      if (width === undefined || d.range.length < n * width) return undefined;
      return decodeRaw(t.dataType, this.bytes({ ...d.range, length: n * width }), n);
    }
    if (d.field === 9) {
      // raw_data: the recorded range starts at the field's length prefix.
      const prefix = this.reader(d.ranges[0]);
      const start = prefix.lengthDelimited();
      if (width === undefined || prefix.pos - start < n * width) return undefined;
      return decodeRaw(
        t.dataType,
        this.bytes({ file: d.ranges[0].file, offset: start, length: n * width }),
        n,
      );
    }
    const values: number[] = [];
    for (const range of d.ranges) {
      const r = this.reader(range);
      if (d.field === 4) r.floats(d.wireType, values);
      else if (d.field === 10) r.doubles(d.wireType, values);
      else r.varints(d.wireType, values);
    }
    if (values.length < n) return undefined;
    const out = values.slice(0, n);
    // int32_data carries float16 and bfloat16 as their bit patterns; uint64_data is unsigned.
    if (d.field === 5 && t.dataType === DataType.FLOAT16) return out.map(halfToFloat);
    if (d.field === 5 && t.dataType === DataType.BFLOAT16) return out.map(bf16ToFloat);
    if (d.field === 11) return out.map((v) => (v < 0 ? v + 2 ** 64 : v));
    return out;
  }

  /**
   * A deferred read for shape inference. Integer and bool tensors (shapes, indices, masks) are
   * read up to `maxElements`; floating-point ones only when tiny (Resize scales, scalars): a
   * float tensor any bigger is a weight, and weights are never read.
   */
  lazyValues(t: Tensor, maxElements = 1 << 16): () => number[] | undefined {
    return () =>
      this.values(t, isFloat(t.dataType) ? Math.min(maxElements, MAX_FLOAT_CONSTANT) : maxElements);
  }

  private source(file: string): FileSource {
    let s = this.sources.get(file);
    if (!s) {
      s = new FileSource(file, CONSTANT_WINDOW_BYTES, CONSTANT_WINDOW_BYTES);
      this.sources.set(file, s);
    }
    return s;
  }

  private reader(range: FileRange): WireReader {
    return new WireReader(this.source(range.file), range.offset, range.offset + range.length);
  }

  private bytes(range: FileRange): Buffer {
    const source = this.source(range.file);
    const i = source.view(range.offset, range.length);
    return source.bytes.subarray(i, i + range.length);
  }
}

function decodeRaw(dtype: number, buf: Buffer, n: number): number[] {
  const [width, read] = RAW[dtype];
  const out: number[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = read(buf, i * width);
  return out;
}

/** raw_data (little-endian) of the types whose constants are read: element width, reader. */
const RAW: Record<number, [width: number, read: (buf: Buffer, offset: number) => number]> = {
  [DataType.FLOAT]: [4, (b, o) => b.readFloatLE(o)],
  [DataType.DOUBLE]: [8, (b, o) => b.readDoubleLE(o)],
  [DataType.INT64]: [8, (b, o) => Number(b.readBigInt64LE(o))],
  [DataType.UINT64]: [8, (b, o) => Number(b.readBigUInt64LE(o))],
  [DataType.INT32]: [4, (b, o) => b.readInt32LE(o)],
  [DataType.UINT32]: [4, (b, o) => b.readUInt32LE(o)],
  [DataType.INT16]: [2, (b, o) => b.readInt16LE(o)],
  [DataType.UINT16]: [2, (b, o) => b.readUInt16LE(o)],
  [DataType.INT8]: [1, (b, o) => b.readInt8(o)],
  [DataType.UINT8]: [1, (b, o) => b[o]],
  [DataType.BOOL]: [1, (b, o) => b[o]],
  [DataType.FLOAT16]: [2, (b, o) => halfToFloat(b.readUInt16LE(o))],
  [DataType.BFLOAT16]: [2, (b, o) => bf16ToFloat(b.readUInt16LE(o))],
};

function halfToFloat(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0) return s * 2 ** -14 * (f / 1024);
  if (e === 31) return f ? NaN : s * Infinity;
  return s * 2 ** (e - 15) * (1 + f / 1024);
}

const bf16View = new DataView(new ArrayBuffer(4));
function bf16ToFloat(b: number): number {
  bf16View.setUint32(0, (b << 16) >>> 0);
  return bf16View.getFloat32(0);
}
