/**
 * A protobuf wire-format reader over a file, read through a sliding window.
 *
 * Why not a protobuf library: protobufjs and google-protobuf decode from one in-memory buffer, so
 * a 1.5 GB model with embedded weights would be read whole before a single shape is known. Cost
 * analysis needs the structure and the shapes, never the weights, so this reader skips a
 * length-delimited field by moving its cursor, and remembers where the field was (a FileRange)
 * in case a small constant is needed later. ONNX uses only four wire types and a handful of
 * message kinds, which keeps the reader small (see decode.ts for the ONNX schema walk).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_LEN = 2;
export const WIRE_FIXED32 = 5;

/** Thrown when the bytes are not valid protobuf; decode.ts turns it into a UserError. */
export class WireError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    /** The bytes ran out: the file is most likely cut short rather than damaged. */
    readonly truncated = false,
  ) {
    super(message);
  }
}

/**
 * The read window grows while reading goes on near where the last window ended (the graph's
 * nodes: many small fields; small weights), up to WINDOW_BYTES, so that a graph of 100k small
 * fields costs a few hundred reads; after a longer jump (a skipped weight) it starts again at
 * MIN_WINDOW_BYTES, which holds the next tensor's header without paging in its payload. A fixed 256 KiB window read
 * 256 KiB after every weight: 50 MB for ViT-B/16's 200 weights, a third of its analysis.
 */
const WINDOW_BYTES = 256 << 10;
const MIN_WINDOW_BYTES = 8 << 10;
/** Files up to this size are read whole: one read is cheaper than several. */
const WHOLE_FILE_BYTES = 256 << 10;

/**
 * Random access to bytes: `view(pos, n)` makes `bytes` hold [pos, pos + n) and returns the index
 * of `pos` in it. (An index, not a [buffer, index] pair: that pair was an allocation per field
 * read, a tenth of what decoding a large graph allocated.)
 */
export interface ByteSource {
  readonly path: string;
  readonly size: number;
  /** The buffer the last view is in; valid until the next view. */
  readonly bytes: Buffer;
  view(pos: number, n: number): number;
  /** The strings `WireReader.shared()` has returned while decoding this file, if it keeps them. */
  seen?: Map<string, string>;
}

/** Random access to the bytes of one file through a cached window. */
export class FileSource implements ByteSource {
  readonly size: number;
  private fd: number;
  /**
   * The window's bytes are buf[0, winLength). One buffer serves every window that fits in it: a
   * fresh buffer per window was an allocation, and an ArrayBuffer for the GC to sweep, per skipped
   * weight. Views of it are read at once (a varint, a name, a constant's bytes), never kept.
   */
  bytes: Buffer = Buffer.alloc(0);
  seen?: Map<string, string>;
  private winLength = 0;
  private winStart = 0;
  /** The size of the next window read where the last one ended. */
  private next = MIN_WINDOW_BYTES;

  constructor(
    readonly path: string,
    private window = WINDOW_BYTES,
    /** Files up to this size are read whole at once (cheaper than many window reads). */
    wholeFileBytes = WHOLE_FILE_BYTES,
  ) {
    this.fd = openSync(path, 'r');
    this.size = fstatSync(this.fd).size;
    if (this.size <= wholeFileBytes) this.fill(0, this.size);
  }

  close(): void {
    closeSync(this.fd);
  }

  /** Returns the index in `bytes` of file offset `pos`, with at least `n` bytes there. */
  view(pos: number, n: number): number {
    if (pos < this.winStart || pos + n > this.winStart + this.winLength) {
      if (pos + n > this.size) throw new WireError('unexpected end of file', pos, true);
      // Reading on, or after a skip shorter than the next window (small weights): grow.
      const onward = pos >= this.winStart && pos - (this.winStart + this.winLength) < this.next;
      const size = onward ? this.next : MIN_WINDOW_BYTES;
      this.next = Math.min(this.window, 2 * size);
      this.fill(pos, Math.max(n, Math.min(size, this.size - pos)));
    }
    return pos - this.winStart;
  }

  private fill(pos: number, n: number): void {
    if (n > this.bytes.length)
      this.bytes = Buffer.allocUnsafe(Math.max(n, Math.min(this.window, this.size)));
    const buf = this.bytes;
    // Until the read is complete the buffer holds no window (a failed read leaves none).
    this.winLength = 0;
    let done = 0;
    while (done < n) {
      const got = readSync(this.fd, buf, done, n - done, pos + done);
      if (got === 0) throw new WireError('unexpected end of file', pos + done, true);
      done += got;
    }
    this.winLength = n;
    this.winStart = pos;
  }
}

/** Names, op types and attribute strings longer than this are a damaged file. */
const MAX_STRING_BYTES = 16 << 20;

/** Nesting deeper than this is a damaged (or hostile) file; protobuf's own default is 100. */
const MAX_DEPTH = 100;

/** A cursor over the bytes [pos, end) of a FileSource: one protobuf message. */
export class WireReader {
  /** The wire type of the last tag read. */
  wire = 0;

  constructor(
    readonly src: ByteSource,
    public pos: number,
    readonly end: number,
    readonly depth = 0,
  ) {}

  get done(): boolean {
    return this.pos >= this.end;
  }

  /** Reads a varint as a JS number. int64 values beyond 2^53 lose precision (never a dim). */
  varint(): number {
    if (this.pos >= this.end) {
      throw new WireError('unexpected end of message', this.pos, this.pos >= this.src.size);
    }
    const avail = Math.min(10, this.end - this.pos);
    const i0 = this.src.view(this.pos, avail);
    const buf = this.src.bytes;
    const b0 = buf[i0];
    if (b0 < 0x80) {
      this.pos += 1;
      return b0;
    }
    // Low 28 bits, then the rest; two halves keep negative int64 (10-byte varints) exact enough.
    let lo = 0;
    let hi = 0;
    for (let k = 0; k < avail; k++) {
      const b = buf[i0 + k];
      if (k < 4) lo |= (b & 0x7f) << (7 * k);
      else if (k === 4) {
        lo |= (b & 0x0f) << 28;
        hi = (b & 0x7f) >> 4;
      } else hi |= (b & 0x7f) << (7 * k - 32);
      if (b < 0x80) {
        this.pos += k + 1;
        lo >>>= 0;
        if (hi & 0x80000000) return -((~hi >>> 0) * 4294967296 + ((~lo >>> 0) + 1));
        return (hi >>> 0) * 4294967296 + lo;
      }
    }
    throw new WireError(
      avail < 10 ? 'truncated varint' : 'varint longer than 10 bytes',
      this.pos,
      avail < 10 && this.end >= this.src.size,
    );
  }

  /** Reads a tag: returns its field number; its wire type is then in `wire`. */
  tag(): number {
    const t = this.varint();
    const field = Math.floor(t / 8);
    this.wire = t & 7;
    if (field === 0) throw new WireError('field number 0', this.pos);
    return field;
  }

  /** Reads a length prefix and returns where the field starts, moving past it (to its end). */
  lengthDelimited(): number {
    const len = this.varint();
    const start = this.pos;
    if (len < 0 || start + len > this.end) {
      throw new WireError(
        `length ${len} runs past the end of its message`,
        start,
        start + len > this.src.size,
      );
    }
    this.pos = start + len;
    return start;
  }

  /** A reader over the next length-delimited field (an embedded message). */
  message(): WireReader {
    const start = this.lengthDelimited();
    const end = this.pos;
    if (this.depth >= MAX_DEPTH)
      throw new WireError(`messages nested more than ${MAX_DEPTH} deep`, start);
    return new WireReader(this.src, start, end, this.depth + 1);
  }

  string(): string {
    const start = this.lengthDelimited();
    const n = this.pos - start;
    if (n > MAX_STRING_BYTES) throw new WireError(`a ${n}-byte name`, start);
    if (n === 0) return '';
    const i = this.src.view(start, n);
    return this.src.bytes.toString('utf8', i, i + n);
  }

  /**
   * A string that recurs in a file (an op type, a domain, an attribute or a value name): with a
   * `seen` table, the first copy read is returned for every later one. The strings read last to
   * the end of the analysis, so each copy kept is one more object the young-generation GC moves
   * twice: Swin-T's 2,702 Constant nodes would keep 2,702 "Constant" strings and as many
   * "value"s, and every value name appears once more for each node that reads it.
   */
  shared(): string {
    const s = this.string();
    const seen = this.src.seen;
    if (!seen) return s;
    const known = seen.get(s);
    if (known !== undefined) return known;
    seen.set(s, s);
    return s;
  }

  fixed32Float(): number {
    return this.fixed(4, 'fixed32', (buf, i) => buf.readFloatLE(i));
  }

  fixed64Double(): number {
    return this.fixed(8, 'fixed64', (buf, i) => buf.readDoubleLE(i));
  }

  /** A little-endian value of `width` bytes at the current position. */
  private fixed(width: number, what: string, read: (buf: Buffer, i: number) => number): number {
    const i = this.src.view(this.pos, width);
    this.pos += width;
    if (this.pos > this.end)
      throw new WireError(`truncated ${what}`, this.pos - width, this.pos > this.src.size);
    return read(this.src.bytes, i);
  }

  skip(wire: number): void {
    switch (wire) {
      case WIRE_VARINT:
        this.varint();
        return;
      case WIRE_FIXED64:
        this.pos += 8;
        break;
      case WIRE_LEN:
        this.lengthDelimited();
        return;
      case WIRE_FIXED32:
        this.pos += 4;
        break;
      default:
        throw new WireError(`unsupported wire type ${wire}`, this.pos);
    }
    if (this.pos > this.end)
      throw new WireError(
        'field runs past the end of its message',
        this.pos,
        this.pos > this.src.size,
      );
  }

  /** Reads a repeated varint field, packed (wire type 2) or one value (wire type 0). */
  varints(wire: number, into: number[]): void {
    this.repeated(wire, WIRE_VARINT, 'varint', (r) => r.varint(), into);
  }

  /** Reads a repeated float field, packed or not. */
  floats(wire: number, into: number[]): void {
    this.repeated(wire, WIRE_FIXED32, 'float', (r) => r.fixed32Float(), into);
  }

  /** Reads a repeated double field, packed or not. */
  doubles(wire: number, into: number[]): void {
    this.repeated(wire, WIRE_FIXED64, 'double', (r) => r.fixed64Double(), into);
  }

  /**
   * A repeated scalar field: either one value with the scalar's own wire type, or a packed run
   * of them in one length-delimited field.
   */
  private repeated(
    wire: number,
    single: number,
    what: string,
    read: (r: WireReader) => number,
    into: number[],
  ): void {
    if (wire === single) {
      into.push(read(this));
      return;
    }
    if (wire !== WIRE_LEN) throw new WireError(`wire type ${wire} for a ${what} field`, this.pos);
    const inner = this.message();
    while (!inner.done) into.push(read(inner));
  }
}
