import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import ort from 'onnxruntime-node';
import { seeded } from '../../src/stats/rng.ts';
import { UserError } from '../../src/errors.ts';
import { inputSeed, makeTensors, planInputs, type InputOptions } from '../../src/measure/inputs.ts';
import { toHalf } from '../../src/measure/npy.ts';
import type { InputSpec } from '../../src/measure/types.ts';
import { loadModel } from '../../src/onnx/load.ts';
import { inferModel } from '../../src/shapes/infer.ts';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { tempDir } from '../helpers.ts';

/** Saves the model, reads it back, infers it and plans its inputs. */
function plan(m: ModelBuilder, options: Partial<InputOptions> = {}) {
  const path = m.save(join(tempDir(), 'model.onnx'));
  const { model, store } = loadModel(path);
  try {
    const dims = options.dims ?? {};
    const specs = planInputs(model, inferModel(model, store, dims), { seed: 7, ...options, dims });
    return { path, specs };
  } finally {
    store.close();
  }
}

async function run(path: string, feeds: Record<string, ort.Tensor>) {
  const session = await ort.InferenceSession.create(path);
  try {
    return await session.run(feeds);
  } finally {
    await session.release();
  }
}

const bytesOf = (t: ort.Tensor) =>
  t.type === 'string'
    ? Buffer.from(JSON.stringify(t.data))
    : Buffer.from(
        (t.data as Uint8Array).buffer,
        (t.data as Uint8Array).byteOffset,
        (t.data as Uint8Array).byteLength,
      );

const numbers = (t: ort.Tensor) => Array.from(t.data as ArrayLike<number | bigint>, Number);

/** The error thrown by fn, which must be a UserError. */
function userError(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof UserError, `expected a UserError, got ${String(e)}`);
    return e.message;
  }
  assert.fail('expected a UserError');
}

// Every dtype onnxruntime-node feeds, each through an Identity; float16 also through a Cast so
// the test reads ORT's own decoding of the half bits we made.
const DTYPES = [
  'float32',
  'float64',
  'float16',
  'int8',
  'uint8',
  'int16',
  'uint16',
  'int32',
  'uint32',
  'int64',
  'uint64',
  'bool',
  'string',
];
const INT_RANGES: Record<string, [number, number]> = {
  int8: [-100, 100],
  uint8: [0, 255],
  int16: [-1000, 1000],
  uint16: [0, 60000],
  int32: [-100000, 100000],
  uint32: [0, 4000000000],
  int64: [-(2 ** 40), 2 ** 40],
  uint64: [0, 2 ** 50],
};

function everyDtypeModel(): ModelBuilder {
  const m = new ModelBuilder({ opset: 17 });
  for (const dtype of DTYPES) {
    const x = m.input(`x_${dtype}`, dtype, ['batch', 'n']);
    m.output(m.op('Identity', [x], {}, { outputs: [`y_${dtype}`] }), dtype, ['batch', 'n']);
  }
  m.output(m.op('Cast', ['x_float16'], { to: 1 }, { outputs: ['half_as_float'] }), 'float32');
  return m;
}
const BOOL_WHY =
  'bool inputs are masks or flags: all true attends to every position and takes every ' +
  'flagged path, the full-cost case';
const STRING_WHY =
  'string input: the decimal text of integers in [0, 9] (no text is valid in general)';
const rangesByInput = Object.fromEntries(
  Object.entries(INT_RANGES).map(([dtype, r]) => [`x_${dtype}`, r]),
);

test('every dtype: planned fills, and the tensors run through a real session', async () => {
  const { path, specs } = plan(everyDtypeModel(), {
    dims: { batch: 1, n: 3 },
    batch: { symbol: 'batch', size: 4 },
    ranges: rangesByInput,
  });
  const fills = Object.fromEntries(specs.map((s) => [s.name, [s.dtype, s.shape, s.fill]]));
  const user = 'range given by the user (--input-range or `ranges` in the config)';
  assert.deepEqual(fills.x_float32, ['float32', [4, 3], { kind: 'uniform', min: -1, max: 1 }]);
  assert.deepEqual(fills.x_float16[2], { kind: 'uniform', min: -1, max: 1 });
  assert.deepEqual(fills.x_int8[2], { kind: 'integers', min: -100, max: 100, why: user });
  assert.deepEqual(fills.x_bool[2], { kind: 'ones', why: BOOL_WHY });
  assert.deepEqual(fills.x_string[2], { kind: 'integers', min: 0, max: 9, why: STRING_WHY });
  assert.equal(specs.length, DTYPES.length);

  const feeds = makeTensors(specs, 7, ort);
  const out = await run(path, feeds);
  for (const dtype of DTYPES) {
    const y = out[`y_${dtype}`];
    // batch overridden to 4, n bound to 3: every output is [4, 3] of the input's dtype.
    assert.deepEqual(y.dims, [4, 3], dtype);
    assert.equal(y.type, dtype);
    assert.deepEqual(bytesOf(y), bytesOf(feeds[`x_${dtype}`]), `${dtype} passes unchanged`);
  }
  for (const [dtype, [min, max]] of Object.entries(INT_RANGES)) {
    const v = numbers(out[`y_${dtype}`]);
    assert.ok(
      v.every((x) => Number.isInteger(x) && x >= min && x <= max),
      `${dtype}: ${v}`,
    );
  }
  assert.deepEqual(numbers(out.y_bool), new Array(12).fill(1));
  assert.ok((out.y_string.data as string[]).every((s) => /^[0-9]$/.test(s)));

  // float32 by hand: value i = fround(-1 + 2·u_i), u_i the i-th draw of the input's own seed.
  const rng32 = seeded(inputSeed(7, 'x_float32'));
  const expected32 = Array.from({ length: 12 }, () => Math.fround(-1 + 2 * rng32()));
  assert.deepEqual(Array.from(out.y_float32.data as Float32Array), expected32);
  // float16: ORT's Cast of our bits lies within half a half-precision step of the drawn value;
  // in [-1, 1] that step is at most 2^-11 (the spacing in [0.5, 1)), so the error is <= 2^-12.
  const rng16 = seeded(inputSeed(7, 'x_float16'));
  for (const got of out.half_as_float.data as Float32Array) {
    const want = -1 + 2 * rng16();
    assert.ok(Math.abs(got - want) <= 2 ** -12 + 2 ** -24, `half ${got} vs ${want}`);
  }
});

test('the batch override must name a dim of the inputs', () => {
  const message = userError(() =>
    plan(everyDtypeModel(), {
      dims: { batch: 1, n: 3 },
      batch: { symbol: 'N', size: 8 },
      ranges: rangesByInput,
    }),
  );
  assert.match(
    message,
    /model\.onnx: the batch dim "N" is not a dim of any input, so the batch size cannot be changed\. Name the symbolic batch dim of the inputs\.$/,
  );
});

test('same seed, byte-identical tensors; another seed or input order changes only what it should', () => {
  const { specs } = plan(everyDtypeModel(), { dims: { batch: 2, n: 5 }, ranges: rangesByInput });
  const a = makeTensors(specs, 11, ort);
  const b = makeTensors(specs, 11, ort);
  const reversed = makeTensors([...specs].reverse(), 11, ort);
  const other = makeTensors(specs, 12, ort);
  for (const s of specs) {
    assert.deepEqual(bytesOf(a[s.name]), bytesOf(b[s.name]), s.name);
    // Values are keyed by the input's name, not its position among the inputs.
    assert.deepEqual(bytesOf(a[s.name]), bytesOf(reversed[s.name]), s.name);
  }
  assert.notDeepEqual(bytesOf(a.x_float32), bytesOf(other.x_float32));
  assert.notDeepEqual(bytesOf(a.x_int64), bytesOf(other.x_int64));
  // Constant fills do not depend on the seed.
  assert.deepEqual(bytesOf(a.x_bool), bytesOf(other.x_bool));
});

/**
 * A small language model front end: token ids through Cast -> Gather(wte, 50 rows) and through
 * Unsqueeze -> Gather(tiny, 30 rows along axis 1); position ids + 2 -> Gather(wpe, 10 rows);
 * token_type_ids -> Gather(types, 2 rows); attention_mask and a segment_ids that index nothing.
 */
function embeddingModel(): ModelBuilder {
  const m = new ModelBuilder({ opset: 17 });
  const ids = m.input('input_ids', 'int64', ['batch', 'seq']);
  // Named so that it is not taken for position ids (those follow the past: production-inputs).
  const pos = m.input('bucket_ids', 'int64', ['batch', 'seq']);
  const types = m.input('token_type_ids', 'int64', ['batch', 'seq']);
  const mask = m.input('attention_mask', 'int64', ['batch', 'seq']);
  const seg = m.input('segment_ids', 'int32', ['batch', 'seq']);
  m.initializer('wte', 'float32', [50, 8]);
  m.initializer('tiny', 'float32', [4, 30]);
  m.initializer('wpe', 'float32', [10, 8]);
  m.initializer('types', 'float32', [2, 8]);
  m.initializer('two', 'int64', [], [2]);
  const ids32 = m.op('Cast', [ids], { to: 6 });
  const tok = m.op('Gather', ['wte', ids32], {}, { name: 'embed' });
  const flat = m.op('Unsqueeze', [ids, m.constant('int64', [1], [0])]);
  m.output(m.op('Gather', ['tiny', flat], { axis: 1 }, { name: 'tiny_lookup' }));
  const shifted = m.op('Add', [pos, 'two']);
  const p = m.op('Gather', ['wpe', shifted], {}, { name: 'positions' });
  const t = m.op('Gather', ['types', types], {}, { name: 'type_embed' });
  const sum = m.op('Add', [m.op('Add', [tok, p]), t]);
  const maskF = m.op('Unsqueeze', [
    m.op('Cast', [mask], { to: 1 }),
    m.constant('int64', [1], [-1]),
  ]);
  const segF = m.op('Unsqueeze', [m.op('Cast', [seg], { to: 1 }), m.constant('int64', [1], [-1])]);
  m.output(m.op('Add', [m.op('Mul', [sum, maskF]), segF], {}, { outputs: ['hidden'] }));
  return m;
}

test('embedding indices get [0, rows - 1] of their tables; masks ones; segment ids zeros', async () => {
  const { path, specs } = plan(embeddingModel(), { dims: { batch: 2, seq: 256 } });
  const fill = (name: string) => specs.find((s) => s.name === name)?.fill;
  // input_ids: wte has 50 rows (axis 0) and tiny 30 rows along axis 1; both must hold, so
  // [0, min(50, 30) - 1] = [0, 29].
  assert.deepEqual(fill('input_ids'), {
    kind: 'integers',
    min: 0,
    max: 29,
    why:
      'indices of Gather "tiny_lookup", whose table "tiny" has 30 rows along axis 1 ' +
      '(the tightest of the 2 tables it indexes)',
  });
  // bucket_ids + 2 must lie in [0, 9]: bucket_ids in [0, 9 - 2] = [0, 7].
  assert.deepEqual(fill('bucket_ids'), {
    kind: 'integers',
    min: 0,
    max: 7,
    why: 'indices of Gather "positions", whose table "wpe" has 10 rows along axis 0, after adding 2 on the way',
  });
  // token_type_ids index a 2-row table: [0, 1], not the zeros of a segment input.
  assert.deepEqual(fill('token_type_ids'), {
    kind: 'integers',
    min: 0,
    max: 1,
    why: 'indices of Gather "type_embed", whose table "types" has 2 rows along axis 0',
  });
  assert.equal(fill('attention_mask')?.kind, 'ones');
  assert.deepEqual(fill('segment_ids'), {
    kind: 'integers',
    min: 0,
    max: 0,
    why: 'the name says it holds segment ids: all zeros (one segment), the common case',
  });

  const feeds = makeTensors(specs, 3, ort);
  const ids = numbers(feeds.input_ids);
  const pos = numbers(feeds.bucket_ids);
  // 512 draws each: every one of the 30 (8) values appears with probability > 1 - 30·(29/30)^512.
  assert.deepEqual([Math.min(...ids), Math.max(...ids)], [0, 29]);
  assert.deepEqual([Math.min(...pos), Math.max(...pos)], [0, 7]);
  assert.deepEqual(new Set(numbers(feeds.token_type_ids)), new Set([0, 1]));
  assert.deepEqual(new Set(numbers(feeds.attention_mask)), new Set([1]));
  assert.deepEqual(new Set(numbers(feeds.segment_ids)), new Set([0]));
  // ONNX Runtime rejects out-of-range Gather indices, so a clean run confirms the ranges.
  const out = await run(path, feeds);
  assert.deepEqual(out.hidden.dims, [2, 256, 8]);
  assert.deepEqual(out.tiny_lookup_out0.dims, [4, 1, 2, 256]);
});

test('an integer input that indexes no table asks for a range, and a given range is used', () => {
  const m = new ModelBuilder({ opset: 17 });
  m.output(m.op('Identity', [m.input('pixel_ids', 'int64', ['batch', 4])]), 'int64');
  m.output(m.op('Identity', [m.input('bucket', 'int32', [3])]), 'int32');
  m.output(m.op('Identity', [m.input('scale', 'float32', [1])]), 'float32');
  const message = userError(() => plan(m, { dims: { batch: 2 } }));
  assert.match(message, /^\/.*\/model\.onnx: /);
  assert.equal(
    message.slice(message.indexOf(': ') + 2),
    'integer inputs "pixel_ids" (int64 [2, 4]), "bucket" (int32 [3]) do not index an embedding ' +
      'table, so misnomer cannot tell which values are valid. Give ranges: ' +
      '--input-range pixel_ids=min:max --input-range bucket=min:max (or, in the config, ' +
      '`inputs.pixel_ids.range: [min, max]`, `inputs.bucket.range: [min, max]`).',
  );
  const one = userError(() => plan(m, { dims: { batch: 2 }, ranges: { bucket: [0, 3] } }));
  assert.equal(
    one.slice(one.indexOf(': ') + 2),
    'integer input "pixel_ids" (int64 [2, 4]) does not index an embedding table, so misnomer ' +
      'cannot tell which values are valid. Give a range: --input-range pixel_ids=min:max ' +
      '(or, in the config, `inputs.pixel_ids.range: [min, max]`).',
  );
  const { specs } = plan(m, {
    dims: { batch: 2 },
    ranges: { pixel_ids: [5, 9], bucket: [0, 3], scale: [0.5, 2] },
  });
  assert.deepEqual(
    specs.map((s) => s.fill),
    [
      {
        kind: 'integers',
        min: 5,
        max: 9,
        why: 'range given by the user (--input-range or `ranges` in the config)',
      },
      {
        kind: 'integers',
        min: 0,
        max: 3,
        why: 'range given by the user (--input-range or `ranges` in the config)',
      },
      { kind: 'uniform', min: 0.5, max: 2 },
    ],
  );
  const bad = userError(() =>
    plan(m, { dims: { batch: 2 }, ranges: { pixel_ids: [0, 1.5], bucket: [0, 3] } }),
  );
  assert.match(
    bad,
    /^The range 0:1\.5 for input "pixel_ids" of .*model\.onnx must be integers: the input is int64\.$/,
  );
});

/**
 * A .npy file laid out by hand per the NPY format v1.0: the magic "\x93NUMPY", version bytes
 * 1 and 0, the header length as a little-endian uint16, then an ASCII Python dict padded with
 * spaces and ending in "\n" so that the data starts at a multiple of 64 bytes.
 */
function npy(descr: string, shape: number[], data: ArrayBufferView): Buffer {
  const tuple = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  const dict = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${tuple}, }`;
  const pad = (64 - ((10 + dict.length + 1) % 64)) % 64;
  const header = dict + ' '.repeat(pad) + '\n';
  const prefix = Buffer.from([
    0x93,
    0x4e,
    0x55,
    0x4d,
    0x50,
    0x59,
    1,
    0,
    header.length & 0xff,
    header.length >> 8,
  ]);
  assert.equal((prefix.length + header.length) % 64, 0);
  return Buffer.concat([
    prefix,
    Buffer.from(header, 'latin1'),
    Buffer.from(data.buffer, data.byteOffset, data.byteLength),
  ]);
}

function fileModel(): ModelBuilder {
  const m = new ModelBuilder({ opset: 17 });
  m.output(
    m.op('Identity', [m.input('codes', 'int64', ['batch', 3])], {}, { outputs: ['codes_out'] }),
    'int64',
  );
  m.output(
    m.op('Identity', [m.input('x', 'float32', [2, 2])], {}, { outputs: ['x_out'] }),
    'float32',
  );
  return m;
}

test('.npy and .json files feed their values; the shape and dtype are checked', async () => {
  const dir = tempDir();
  const codes = join(dir, 'codes.npy');
  writeFileSync(codes, npy('<i8', [2, 3], BigInt64Array.from([7n, -1n, 0n, 2n ** 40n, 5n, 6n])));
  // Big-endian float32 1.5, -2, 0.25, 8: the reader swaps the bytes.
  const be = Buffer.alloc(16);
  [1.5, -2, 0.25, 8].forEach((v, i) => be.writeFloatBE(v, i * 4));
  const xBig = join(dir, 'x.npy');
  writeFileSync(xBig, npy('>f4', [2, 2], be));
  const { path, specs } = plan(fileModel(), { dims: { batch: 2 }, files: { codes, x: xBig } });
  assert.deepEqual(specs[0], {
    name: 'codes',
    dtype: 'int64',
    shape: [2, 3],
    fill: { kind: 'file', path: codes },
  });
  let out = await run(path, makeTensors(specs, 1, ort));
  assert.deepEqual(Array.from(out.codes_out.data as BigInt64Array), [
    7n,
    -1n,
    0n,
    2n ** 40n,
    5n,
    6n,
  ]);
  assert.deepEqual(Array.from(out.x_out.data as Float32Array), [1.5, -2, 0.25, 8]);

  const nested = join(dir, 'codes.json');
  writeFileSync(
    nested,
    JSON.stringify([
      [1, 2, 3],
      [4, 5, 6],
    ]),
  );
  const flat = join(dir, 'x.json');
  writeFileSync(flat, JSON.stringify({ dims: [2, 2], data: [0.5, 1, -1, 3] }));
  const fromJson = plan(fileModel(), { dims: { batch: 2 }, files: { codes: nested, x: flat } });
  out = await run(fromJson.path, makeTensors(fromJson.specs, 1, ort));
  assert.deepEqual(numbers(out.codes_out), [1, 2, 3, 4, 5, 6]);
  assert.deepEqual(Array.from(out.x_out.data as Float32Array), [0.5, 1, -1, 3]);

  const int32 = join(dir, 'int32.npy');
  writeFileSync(int32, npy('<i4', [2, 3], Int32Array.from([1, 2, 3, 4, 5, 6])));
  assert.equal(
    userError(() => plan(fileModel(), { dims: { batch: 2 }, files: { codes: int32 } })),
    `${int32}: input "codes" expects int64 [2, 3]; the file holds int32 [2, 3]. Save an array ` +
      "of that dtype and shape (numpy: a.astype('int64').reshape(2, 3)).",
  );
  // The batch dim is 4 now, the file still holds 2 rows.
  assert.equal(
    userError(() => plan(fileModel(), { dims: { batch: 4 }, files: { codes } })),
    `${codes}: input "codes" expects int64 [4, 3]; the file holds int64 [2, 3]. Save an array ` +
      "of that dtype and shape (numpy: a.astype('int64').reshape(4, 3)).",
  );
  assert.equal(
    userError(() => plan(fileModel(), { dims: { batch: 3 }, files: { codes: nested } })),
    `${nested}: input "codes" expects int64 [3, 3]; the file holds a JSON array of shape [2, 3]. ` +
      'Give a nested array of that shape, or {"dims": [...], "data": [...]}.',
  );
  const half = join(dir, 'half.json');
  writeFileSync(
    half,
    JSON.stringify([
      [1, 2, 3],
      [4, 0.5, 6],
    ]),
  );
  assert.equal(
    userError(() => plan(fileModel(), { dims: { batch: 2 }, files: { codes: half } })),
    `${half}: input "codes" expects int64 [2, 3]; the file holds 0.5 at flat index 4, which is ` +
      'not a valid int64 value.',
  );
  const ragged = join(dir, 'ragged.json');
  writeFileSync(
    ragged,
    JSON.stringify([
      [1, 2, 3],
      [4, 5],
    ]),
  );
  assert.equal(
    userError(() => plan(fileModel(), { dims: { batch: 2 }, files: { codes: ragged } })),
    `${ragged}: the nested array is ragged (elements of shape [3] and [2] side by side). ` +
      'Give a rectangular array.',
  );
  const short = join(dir, 'short.json');
  writeFileSync(short, JSON.stringify({ dims: [2, 2], data: [1, 2, 3] }));
  assert.equal(
    userError(() => plan(fileModel(), { dims: { batch: 2 }, files: { x: short, codes } })),
    `${short}: "dims" [2, 2] needs 4 values, but "data" has 3.`,
  );
  const cut = join(dir, 'cut.npy');
  writeFileSync(cut, npy('<i8', [2, 3], BigInt64Array.from([1n, 2n, 3n, 4n, 5n])));
  assert.equal(
    userError(() => plan(fileModel(), { dims: { batch: 2 }, files: { codes: cut } })),
    `${cut} is truncated: it ends before its 48 data bytes. Write the file again with numpy.save.`,
  );
});

test('a file spec is re-read and re-checked where the tensors are made', () => {
  const dir = tempDir();
  const file = join(dir, 'x.json');
  writeFileSync(
    file,
    JSON.stringify([
      [1, 2],
      [3, 4],
    ]),
  );
  const spec: InputSpec = {
    name: 'x',
    dtype: 'float32',
    shape: [2, 2],
    fill: { kind: 'file', path: file },
  };
  assert.deepEqual(Array.from(makeTensors([spec], 0, ort).x.data as Float32Array), [1, 2, 3, 4]);
  writeFileSync(file, JSON.stringify([1, 2, 3, 4]));
  assert.equal(
    userError(() => makeTensors([spec], 0, ort)),
    `${file}: input "x" expects float32 [2, 2]; the file holds a JSON array of shape [4]. ` +
      'Give a nested array of that shape, or {"dims": [...], "data": [...]}.',
  );
});

test("float16 bits are those of ONNX Runtime's own float32 -> float16 Cast", async () => {
  const m = new ModelBuilder({ opset: 17 });
  m.output(
    m.op('Cast', [m.input('x', 'float32', ['n'])], { to: 10 }, { outputs: ['y'] }),
    'float16',
  );
  const path = m.save(join(tempDir(), 'cast.onnx'));
  // Edges: the largest half (65504), the first value that overflows (65520), the smallest
  // subnormal (2^-24) and the ties just below it, the smallest normal (2^-14), ties to even
  // around 1 (1 + 2^-11 rounds down to 1, 1 + 3·2^-11 up to 1 + 2^-9), infinities.
  const edges = [0, -0, 1, -1, 65504, 65519, 65520, 1e6, 2 ** -24, 2 ** -25, 3 * 2 ** -26];
  edges.push(2 ** -14, 1 + 2 ** -11, 1 + 3 * 2 ** -11, Infinity, -Infinity, 0.1, 1e-8);
  const rng = seeded(5);
  for (let i = 0; i < 20000; i++) edges.push((rng() - 0.5) * 2 ** (rng() * 44 - 28));
  const x = Float32Array.from(edges);
  const out = await run(path, { x: new ort.Tensor('float32', x, [x.length]) });
  const ortBits = Array.from(out.y.data as Uint16Array);
  assert.deepEqual(Array.from(x, toHalf), ortBits);
  // By hand: 1 -> 0x3c00, 65504 -> 0x7bff, 65520 -> infinity 0x7c00, 2^-24 -> 0x0001.
  assert.deepEqual(
    [ortBits[2], ortBits[4], ortBits[6], ortBits[8]],
    [0x3c00, 0x7bff, 0x7c00, 0x0001],
  );
});
