import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { ModelBuilder, Tensor, attr } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, nodeOf, tempDir } from '../helpers.ts';
import type { Analysis } from '../../src/analyze/types.ts';
import { loadModel } from '../../src/onnx/load.ts';
import { inferModel } from '../../src/shapes/infer.ts';

const shapeOf = (a: Analysis, name: string) => nodeOf(a, name).outputShapes[0]!;
const int64 = (m: ModelBuilder, values: number[], dims = [values.length]) =>
  m.constant('int64', dims, values);
/** ConstantOfShape turns a folded 1-D int64 value into an output shape we can read back. */
const probe = (m: ModelBuilder, value: string, name: string) =>
  m.op('ConstantOfShape', [value], {}, { name });

/** The folded contents of one value (float results, which a shape probe cannot show). */
function foldedValue(m: ModelBuilder, name: string): number[] | undefined {
  const loaded = loadModel(m.save(join(tempDir(), 'model.onnx')));
  try {
    return inferModel(loaded.model, loaded.store, {}).main.values.get(name)?.value;
  } finally {
    loaded.store.close();
  }
}

test('a PyTorch multi-head split resolves: Shape -> Gather -> Unsqueeze -> Concat -> Reshape', () => {
  const m = new ModelBuilder({ opset: 17 });
  const x = m.input('x', 'float32', ['batch', 'seq', 64]);
  const s = m.op('Shape', [x], {}, { name: 'shape' });
  const b = m.op('Gather', [s, int64(m, [0], [])], { axis: 0 }, { name: 'gather_b' });
  const ub = m.op('Unsqueeze', [b, int64(m, [0])], {}, { name: 'unsq_b' });
  const target = m.op('Concat', [ub, int64(m, [-1]), int64(m, [4]), int64(m, [16])], {
    axis: 0,
  });
  const r = m.op('Reshape', [x, target], {}, { name: 'reshape' });
  m.output(m.op('Transpose', [r], { perm: [0, 2, 1, 3] }, { name: 'transpose' }));

  const a = analyzeBuilt(m, { dims: { batch: 2, seq: 7 } });
  // -1 = (2 * 7 * 64) / (2 * 4 * 16) = 7
  assert.deepEqual(shapeOf(a, 'reshape'), [2, 7, 4, 16]);
  assert.deepEqual(shapeOf(a, 'transpose'), [2, 4, 7, 16]);
  assert.deepEqual(shapeOf(a, 'gather_b'), []);
  assert.equal(nodeOf(a, 'reshape').bytesAccessed, 0); // a view
  // Shape reads metadata only: its output is 3 int64 = 24 bytes.
  assert.equal(nodeOf(a, 'shape').bytesAccessed, 3 * 8);
  // Transpose reads and writes 2 * 7 * 64 float32 each.
  assert.equal(nodeOf(a, 'transpose').bytesAccessed, 2 * (2 * 7 * 64 * 4));
  assert.equal(nodeOf(a, 'transpose').flops, 0);
  assert.deepEqual(a.unresolved, []);
  assert.deepEqual(a.uncounted, []);
});

test('Reshape copies dims for 0, infers -1, and fails clearly when the elements do not fit', () => {
  const m = new ModelBuilder({ opset: 13 });
  const x = m.input('x', 'float32', [2, 8]);
  m.op('Reshape', [x, int64(m, [0, -1])], {}, { name: 'copy0' });
  m.op('Reshape', [x, int64(m, [0, 2, 4])], {}, { name: 'copy0_2' });
  m.op('Reshape', [x, int64(m, [5, -1])], {}, { name: 'bad' });
  const a = analyzeBuilt(m);
  assert.deepEqual(shapeOf(a, 'copy0'), [2, 8]);
  assert.deepEqual(shapeOf(a, 'copy0_2'), [2, 2, 4]); // 2 * 2 * 4 = 16 = 2 * 8
  const bad = a.unresolved.find((u) => u.node === 'bad');
  assert.ok(bad, 'the bad Reshape is unresolved');
  assert.match(bad.reason, /16 elements do not divide by 5/);
});

test('Reshape allowzero (opset 14) keeps a 0 as a 0', () => {
  const m = new ModelBuilder({ opset: 14 });
  const x = m.input('x', 'float32', [0, 8]);
  m.op('Reshape', [x, int64(m, [0, 4, 2])], { allowzero: 1 }, { name: 'zero' });
  m.op('Reshape', [x, int64(m, [0, -1])], { allowzero: 1 }, { name: 'bad' });
  const a = analyzeBuilt(m);
  assert.deepEqual(shapeOf(a, 'zero'), [0, 4, 2]);
  assert.match(a.unresolved.find((u) => u.node === 'bad')!.reason, /-1 cannot be inferred/);
});

test('Shape start/end (opset 15) and Size fold; ConstantOfShape builds from a folded shape', () => {
  const m = new ModelBuilder({ opset: 15 });
  const x = m.input('x', 'float32', ['batch', 'seq', 64]);
  const tail = m.op('Shape', [x], { start: 1 }, { name: 'tail' });
  const head = m.op('Shape', [x], { end: -1 }, { name: 'head' });
  probe(m, tail, 'probe_tail');
  const ones = m.op(
    'ConstantOfShape',
    [head],
    { value: new Tensor({ dtype: 'int64', dims: [1], values: [1] }) },
    { name: 'ones' },
  );
  m.op('Size', [x], {}, { name: 'size' });
  m.output(ones, 'int64');
  const a = analyzeBuilt(m, { dims: { batch: 3, seq: 5 } });
  assert.deepEqual(shapeOf(a, 'tail'), [2]);
  assert.deepEqual(shapeOf(a, 'probe_tail'), [5, 64]);
  assert.deepEqual(shapeOf(a, 'ones'), [3, 5]);
  assert.equal(nodeOf(a, 'head').bytesAccessed, 2 * 8);
  // Size writes one int64: 8 bytes.
  assert.equal(nodeOf(a, 'size').bytesAccessed, 8);
  // ConstantOfShape reads its 2 int64 shape and writes 3 * 5 int64.
  assert.equal(nodeOf(a, 'ones').bytesAccessed, 2 * 8 + 3 * 5 * 8);
});

test('ConstantOfShape whose value feeds a Reshape target folds through Concat', () => {
  const m = new ModelBuilder({ opset: 17 });
  const x = m.input('x', 'float32', [2, 7, 64]);
  const sixteen = m.op('ConstantOfShape', [int64(m, [1])], {
    value: new Tensor({ dtype: 'int64', dims: [1], values: [16] }),
  });
  const target = m.op('Concat', [int64(m, [0, 0, 4]), sixteen], { axis: 0 });
  m.op('Reshape', [x, target], {}, { name: 'r' });
  assert.deepEqual(shapeOf(analyzeBuilt(m), 'r'), [2, 7, 4, 16]);
});

test('Range drives a position-id Gather from an embedding table', () => {
  const m = new ModelBuilder({ opset: 17 });
  const x = m.input('x', 'float32', ['batch', 'seq', 64]);
  const table = m.initializer('pos', 'float32', [16, 64]);
  const seq = m.op('Gather', [m.op('Shape', [x]), int64(m, [1], [])], { axis: 0 });
  const ids = m.op('Range', [int64(m, [0], []), seq, int64(m, [1], [])], {}, { name: 'range' });
  const ids2 = m.op('Unsqueeze', [ids, int64(m, [0])], {}, { name: 'unsq' });
  m.output(m.op('Gather', [table, ids2], {}, { name: 'embed' }));
  const a = analyzeBuilt(m, { dims: { batch: 2, seq: 7 } });
  assert.deepEqual(shapeOf(a, 'range'), [7]); // ceil((7 - 0) / 1)
  assert.deepEqual(shapeOf(a, 'unsq'), [1, 7]);
  assert.deepEqual(shapeOf(a, 'embed'), [1, 7, 64]);
  // Gather reads its 7 int64 indices and the 7 rows it picks, then writes them.
  assert.equal(nodeOf(a, 'embed').bytesAccessed, 7 * 8 + 2 * (7 * 64 * 4));
  assert.equal(a.totals.params, 16 * 64); // the int64 shape constants are not params
});

test('Range lengths: float steps round up, negative deltas count down, empty ranges are 0', () => {
  const m = new ModelBuilder({ opset: 17 });
  const f = (v: number) => m.constant('float32', [], [v]);
  m.op('Range', [f(0), f(1), f(0.3)], {}, { name: 'float' });
  const down = m.op(
    'Range',
    [int64(m, [10], []), int64(m, [4], []), int64(m, [-3], [])],
    {},
    {
      name: 'down',
    },
  );
  m.op('Range', [int64(m, [5], []), int64(m, [1], []), int64(m, [1], [])], {}, { name: 'empty' });
  probe(m, down, 'probe_down');
  const a = analyzeBuilt(m);
  assert.deepEqual(shapeOf(a, 'float'), [4]); // ceil(1 / 0.3) = 4
  assert.deepEqual(shapeOf(a, 'down'), [2]); // ceil((4 - 10) / -3) = 2
  assert.deepEqual(shapeOf(a, 'probe_down'), [10, 7]);
  assert.deepEqual(shapeOf(a, 'empty'), [0]);
});

test('Squeeze and Unsqueeze: axes attribute before opset 13, input from 13', () => {
  const old = new ModelBuilder({ opset: 11 });
  const x = old.input('x', 'float32', [2, 3]);
  const u = old.op('Unsqueeze', [x], { axes: [0, -1] }, { name: 'unsq' });
  old.op('Squeeze', [u], { axes: [0] }, { name: 'sq' });
  old.op('Squeeze', [u], {}, { name: 'sq_all' });
  const a = analyzeBuilt(old);
  assert.deepEqual(shapeOf(a, 'unsq'), [1, 2, 3, 1]);
  assert.deepEqual(shapeOf(a, 'sq'), [2, 3, 1]);
  assert.deepEqual(shapeOf(a, 'sq_all'), [2, 3]);

  const m = new ModelBuilder({ opset: 13 });
  const y = m.input('y', 'float32', [2, 3]);
  const u2 = m.op('Unsqueeze', [y, int64(m, [1])], {}, { name: 'unsq' });
  m.op('Squeeze', [u2, int64(m, [-2])], {}, { name: 'sq' });
  m.op('Squeeze', [y, int64(m, [0])], {}, { name: 'bad' });
  const b = analyzeBuilt(m);
  assert.deepEqual(shapeOf(b, 'unsq'), [2, 1, 3]);
  assert.deepEqual(shapeOf(b, 'sq'), [2, 3]);
  assert.equal(nodeOf(b, 'unsq').bytesAccessed, 0);
  assert.match(b.unresolved.find((r) => r.node === 'bad')!.reason, /axis 0 has size 2, not 1/);
});

test('Cast folds with ONNX semantics: truncation toward zero, 0/1 for bool', () => {
  const m = new ModelBuilder({ opset: 17 });
  const floats = m.constant('float32', [2], [2.7, 3.9]);
  probe(m, m.op('Cast', [floats], { to: 7 }, { name: 'to_int' }), 'probe_int');
  const bools = m.op('Cast', [m.constant('float32', [3], [0, 5, -0.5])], { to: 9 });
  probe(m, m.op('Cast', [bools], { to: 7 }), 'probe_bool');
  const like = m.op('CastLike', [floats, int64(m, [0])], {}, { name: 'like' });
  probe(m, like, 'probe_like');
  const x = m.input('x', 'float32', [4, 5]);
  m.op('Cast', [x], { to: 10 }, { name: 'half' });
  const a = analyzeBuilt(m);
  assert.deepEqual(shapeOf(a, 'probe_int'), [2, 3]); // trunc(2.7), trunc(3.9)
  assert.deepEqual(shapeOf(a, 'probe_bool'), [0, 1, 1]);
  assert.deepEqual(shapeOf(a, 'probe_like'), [2, 3]);
  // float32 -> float16: reads 20 * 4 bytes, writes 20 * 2 bytes, no arithmetic.
  assert.equal(nodeOf(a, 'half').bytesAccessed, 20 * 4 + 20 * 2);
  assert.equal(nodeOf(a, 'half').flops, 0);
});

test('Flatten, Identity, Constant attributes and EyeLike', () => {
  const m = new ModelBuilder({ opset: 17 });
  const x = m.input('x', 'float32', [2, 7, 64]);
  m.op('Flatten', [x], { axis: 2 }, { name: 'f2' });
  m.op('Flatten', [x], { axis: 0 }, { name: 'f0' });
  m.op('Flatten', [x], { axis: -1 }, { name: 'fneg' });
  m.op('Identity', [x], {}, { name: 'id' });
  const ints = m.op('Constant', [], { value_ints: attr.ints([3, 4]) }, { name: 'ints' });
  probe(m, m.op('Identity', [ints]), 'probe_ints');
  m.op('Constant', [], { value_float: attr.float(1) }, { name: 'scalar' });
  m.op('EyeLike', [m.input('sq', 'float32', [3, 4])], { k: 1 }, { name: 'eye' });
  const a = analyzeBuilt(m);
  assert.deepEqual(shapeOf(a, 'f2'), [14, 64]); // 2 * 7, 64
  assert.deepEqual(shapeOf(a, 'f0'), [1, 896]); // 1, 2 * 7 * 64
  assert.deepEqual(shapeOf(a, 'fneg'), [14, 64]);
  assert.equal(nodeOf(a, 'f2').bytesAccessed, 0);
  assert.equal(nodeOf(a, 'id').bytesAccessed, 0);
  assert.deepEqual(shapeOf(a, 'ints'), [2]);
  assert.deepEqual(shapeOf(a, 'probe_ints'), [3, 4]);
  assert.deepEqual(shapeOf(a, 'scalar'), []);
  assert.deepEqual(shapeOf(a, 'eye'), [3, 4]);
});

test('a symbolic dim that no one bound stays a symbol through Reshape with -1', () => {
  const m = new ModelBuilder({ opset: 17 });
  const mask = m.input('mask', 'bool', [6]);
  const idx = m.op('NonZero', [mask]); // [1, n]
  const r = m.op('Reshape', [idx, int64(m, [-1])], {}, { name: 'flat' });
  m.op('Reshape', [r, int64(m, [-1, 1])], {}, { name: 'col' });
  const a = analyzeBuilt(m);
  const [n] = shapeOf(a, 'flat');
  assert.equal(typeof n, 'string'); // the NonZero count, carried through
  assert.deepEqual(shapeOf(a, 'col'), [n, 1]);
});

test('Constant moves no bytes: its reader counts the read', () => {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [2, 3]);
  const c = m.constant('float32', [2, 3], [1, 2, 3, 4, 5, 6], 'const');
  m.output(m.op('Add', [x, c], {}, { name: 'add' }));
  const a = analyzeBuilt(m);
  assert.equal(nodeOf(a, 'const').bytesAccessed, 0);
  // Add reads x and the constant (6 float32 each) and writes 6 float32: 3 · 6 · 4 bytes.
  assert.equal(nodeOf(a, 'add').bytesAccessed, 3 * 6 * 4);
});

test('Squeeze-13 with an empty constant axes input squeezes every size-1 dim', () => {
  const m = new ModelBuilder({ opset: 13 });
  const x = m.input('x', 'float32', [1, 3, 1]);
  m.op('Squeeze', [x, int64(m, [], [0])], {}, { name: 'sq' });
  const a = analyzeBuilt(m);
  // as ONNX Runtime: empty axes = no axes = drop both 1s of [1, 3, 1]
  assert.deepEqual(shapeOf(a, 'sq'), [3]);
});

test('Squeeze / Unsqueeze with axes that are not constants: the rank follows the axes length', () => {
  const m = new ModelBuilder({ opset: 13 });
  const x = m.input('x', 'float32', [1, 3, 1]);
  const two = m.input('two', 'int64', [2]);
  m.op('Squeeze', [x, two], {}, { name: 'sq' });
  m.op('Unsqueeze', [x, two], {}, { name: 'unsq' });
  m.op('Squeeze', [x, m.input('four', 'int64', [4])], {}, { name: 'bad' });
  const a = analyzeBuilt(m);
  const sq = shapeOf(a, 'sq');
  const unsq = shapeOf(a, 'unsq');
  assert.equal(sq.length, 3 - 2);
  assert.equal(unsq.length, 3 + 2);
  // which dims go or come is unknown: every dim is a symbol
  assert.ok([...sq, ...unsq].every((d) => typeof d === 'string'));
  assert.match(
    a.unresolved.find((u) => u.node === 'bad')?.reason ?? '',
    /4 axes for an input of rank 3/,
  );
});

test('a shape tensor of unknown contents: its length is the rank only when it is a plausible one', () => {
  const m = new ModelBuilder({ opset: 17 });
  const x = m.input('x', 'float32', [2, 3]);
  const three = m.input('three', 'int64', [3]);
  // a declared length of a million would otherwise build a million-dim shape
  const huge = m.input('huge', 'int64', [1_000_000]);
  m.op('Reshape', [x, three], {}, { name: 'reshape3' });
  m.op('ConstantOfShape', [three], {}, { name: 'fill3' });
  m.op('Reshape', [x, huge], {}, { name: 'reshape_huge' });
  m.op('ConstantOfShape', [huge], {}, { name: 'fill_huge' });
  const a = analyzeBuilt(m);
  for (const name of ['reshape3', 'fill3']) {
    const shape = shapeOf(a, name);
    assert.equal(shape.length, 3);
    assert.ok(shape.every((d) => typeof d === 'string'));
  }
  // unknown rank (reported as an empty dim list), not 1_000_000 symbols
  assert.equal(shapeOf(a, 'reshape_huge'), null, 'rank unknown');
  assert.equal(shapeOf(a, 'fill_huge'), null, 'rank unknown');
});

test('Cast to float16 and bfloat16 rounds to nearest even and overflows to Infinity', () => {
  const m = new ModelBuilder({ opset: 17 });
  const x = m.constant('float32', [5], [2049, 4097, 65519, 65520, 70000]);
  const half = m.op('Cast', [x], { to: 10 }, { name: 'half' });
  const y = m.constant('float32', [3], [257, 259, 1 + 2 ** -9]);
  const bf = m.op('Cast', [y], { to: 16 }, { name: 'bf' });
  const back = m.op('Cast', [half], { to: 7 }, { name: 'back' });
  probe(m, m.op('Slice', [back, int64(m, [0]), int64(m, [2])]), 'probe');
  m.output(half, 'float16');
  m.output(bf, 'bfloat16');
  // float16 has 11 significant bits: spacing 2 in [2048, 4096), 4 in [4096, 8192), 32 in
  // [32768, 65536), largest finite 65504.
  // 2049 is halfway between 2048 (even) and 2050: 2048. 4097 is nearest 4096.
  // 65519 < 65520 = (65504 + 65536) / 2: 65504. 65520 is a tie that goes to 65536 (even): Inf.
  assert.deepEqual(foldedValue(m, half), [2048, 4096, 65504, Infinity, Infinity]);
  // bfloat16 has 8 significant bits: spacing 2 in [256, 512), 2^-7 in [1, 2).
  // 257 -> 256 (tie, even), 259 -> 260 (tie, 260 = 130 · 2 is even), 1 + 2^-9 -> 1.
  assert.deepEqual(foldedValue(m, bf), [256, 260, 1]);
  assert.deepEqual(shapeOf(analyzeBuilt(m), 'probe'), [2048, 4096]);
});

test('Range of float32 accumulates in float32, as ONNX Runtime does', () => {
  const m = new ModelBuilder({ opset: 17 });
  const f = (v: number) => m.constant('float32', [], [v]);
  const r = m.op('Range', [f(1), f(2.05), f(0.35)], {}, { name: 'range' });
  m.output(r);
  const d = Math.fround(0.35);
  const second = Math.fround(1 + d);
  // n = ceil((2.05f - 1) / 0.35f) = 3; values: 1, 1 + d, (1 + d) + d, each rounded to float32
  assert.deepEqual(foldedValue(m, r), [1, second, Math.fround(second + d)]);
});
