import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, nodeOf } from '../helpers.ts';
import type { Analysis } from '../../src/analyze/types.ts';

const shapeOf = (a: Analysis, name: string, k = 0) => nodeOf(a, name).outputShapes[k]!;
const int64 = (m: ModelBuilder, values: number[], dims = [values.length]) =>
  m.constant('int64', dims, values);
/** ConstantOfShape turns a folded 1-D int64 value into an output shape we can read back. */
const probe = (m: ModelBuilder, value: string, name: string) =>
  m.op('ConstantOfShape', [value], {}, { name });
/** int64 extremes, exact (the writer's typed storage encodes bigints as varints). */
const INT64_MAX = 9223372036854775807n as unknown as number;
const INT64_MIN = -9223372036854775808n as unknown as number;
const extreme = (m: ModelBuilder, name: string, v: number) =>
  m.initializer(name, 'int64', [1], [v], 'typed');

test('Slice with an INT64_MAX end, a negative step to INT64_MIN, and attributes before opset 10', () => {
  const m = new ModelBuilder({ opset: 13 });
  const x = m.input('x', 'float32', ['batch', 'seq', 64]);
  const max = extreme(m, 'max', INT64_MAX);
  const min = extreme(m, 'min', INT64_MIN);
  m.op('Slice', [x, int64(m, [1]), max, int64(m, [1])], {}, { name: 'tail' });
  m.op('Slice', [x, int64(m, [-1]), min, int64(m, [1]), int64(m, [-1])], {}, { name: 'rev' });
  const steps = [int64(m, [0, 10]), int64(m, [64, -100]), int64(m, [2, 1]), int64(m, [3, -2])];
  m.op('Slice', [x, ...steps], {}, { name: 'steps' });
  const a = analyzeBuilt(m, { dims: { batch: 2, seq: 7 } });
  assert.deepEqual(shapeOf(a, 'tail'), [2, 6, 64]); // 7 - 1
  assert.deepEqual(shapeOf(a, 'rev'), [2, 7, 64]); // 6 down to 0
  // axis 2: ceil((64 - 0) / 3) = 22; axis 1: start 10 clamps to 6, end -100 + 7 clamps to -1,
  // ceil((-1 - 6) / -2) = 4 (indices 6, 4, 2, 0)
  assert.deepEqual(shapeOf(a, 'steps'), [2, 4, 22]);
  // Slice reads the 2 * 6 * 64 floats it keeps, writes them, and reads 3 int64 arguments.
  assert.equal(nodeOf(a, 'tail').bytesAccessed, 2 * (2 * 6 * 64 * 4) + 3 * 8);

  const old = new ModelBuilder({ opset: 9 });
  const y = old.input('y', 'float32', [4, 10]);
  old.op('Slice', [y], { starts: [1, -3], ends: [3, 1000], axes: [0, 1] }, { name: 's' });
  assert.deepEqual(shapeOf(analyzeBuilt(old), 's'), [2, 3]);
});

test('Slice folds a Shape: x.shape[:2] + [4, 16] resolves a Reshape', () => {
  const m = new ModelBuilder({ opset: 17 });
  const x = m.input('x', 'float32', ['batch', 'seq', 64]);
  const head = m.op('Slice', [m.op('Shape', [x]), int64(m, [0]), int64(m, [2])]);
  const last = m.op('Slice', [m.op('Shape', [x]), int64(m, [-1]), extreme(m, 'max', INT64_MAX)]);
  const target = m.op('Concat', [head, int64(m, [4, 16])], { axis: 0 });
  m.op('Reshape', [x, target], {}, { name: 'r' });
  probe(m, last, 'probe_last');
  const a = analyzeBuilt(m, { dims: { batch: 3, seq: 5 } });
  assert.deepEqual(shapeOf(a, 'r'), [3, 5, 4, 16]);
  assert.deepEqual(shapeOf(a, 'probe_last'), [64]);
});

test('Gather picks dims with negative indices; GatherElements and GatherND shapes', () => {
  const m = new ModelBuilder({ opset: 13 });
  const x = m.input('x', 'float32', [2, 3, 4]);
  const last = m.op('Gather', [m.op('Shape', [x]), int64(m, [-1, 0])], {}, { name: 'g' });
  probe(m, last, 'probe');
  m.op('Gather', [x, m.input('i', 'int64', [5, 6])], { axis: 1 }, { name: 'g1' });
  m.op('GatherElements', [x, m.input('e', 'int64', [2, 3, 1])], { axis: 2 }, { name: 'ge' });
  m.op('GatherND', [x, m.input('nd', 'int64', [5, 2])], {}, { name: 'nd' });
  m.op('GatherND', [x, m.input('nb', 'int64', [2, 1])], { batch_dims: 1 }, { name: 'nb' });
  m.op('Gather', [x, int64(m, [3], [])], { axis: 0 }, { name: 'oob' });
  const a = analyzeBuilt(m);
  assert.deepEqual(shapeOf(a, 'probe'), [4, 2]);
  assert.deepEqual(shapeOf(a, 'g1'), [2, 5, 6, 4]); // data[:1] + indices + data[2:]
  assert.deepEqual(shapeOf(a, 'ge'), [2, 3, 1]);
  assert.deepEqual(shapeOf(a, 'nd'), [5, 4]); // indices[:-1] + data[2:]
  assert.deepEqual(shapeOf(a, 'nb'), [2, 4]); // indices[:-1] + data[1 + 1:]
  assert.equal(nodeOf(a, 'g1').bytesAccessed, 30 * 8 + 2 * (2 * 5 * 6 * 4 * 4));
  const oob = a.unresolved.find((u) => u.node === 'oob');
  assert.match(oob!.reason, /index 3 is out of range for a dim of 2/);
});

test('Transpose (default reverse perm), Concat with a folded value, and a Concat mismatch', () => {
  const m = new ModelBuilder({ opset: 17 });
  const x = m.input('x', 'float32', [2, 3, 4]);
  m.op('Transpose', [x], {}, { name: 't' });
  const c = m.op('Transpose', [int64(m, [1, 2, 3, 4, 5, 6], [2, 3])], { perm: [1, 0] });
  probe(m, m.op('Reshape', [c, int64(m, [-1])]), 'probe_t');
  m.op('Concat', [x, m.input('y', 'float32', [2, 5, 4])], { axis: -2 }, { name: 'cat' });
  m.op('Concat', [x, m.input('z', 'float32', [3, 3, 4])], { axis: 1 }, { name: 'bad' });
  const a = analyzeBuilt(m);
  assert.deepEqual(shapeOf(a, 't'), [4, 3, 2]);
  assert.equal(nodeOf(a, 't').bytesAccessed, 2 * (24 * 4));
  assert.deepEqual(shapeOf(a, 'probe_t'), [1, 4, 2, 5, 3, 6]); // [[1,4],[2,5],[3,6]]
  assert.deepEqual(shapeOf(a, 'cat'), [2, 8, 4]); // 3 + 5
  assert.match(a.unresolved.find((u) => u.node === 'bad')!.reason, /dim 0 differs/);
});

test('Split: attribute before 13, input from 13, num_outputs from 18, folded parts', () => {
  const old = new ModelBuilder({ opset: 11 });
  const x = old.input('x', 'float32', [2, 7]);
  old.node('Split', [x], { axis: 1, split: [2, 5] }, { name: 's', outputs: 2 });
  const a = analyzeBuilt(old);
  assert.deepEqual(nodeOf(a, 's').outputShapes, [
    [2, 2],
    [2, 5],
  ]);

  const m = new ModelBuilder({ opset: 18 });
  const y = m.input('y', 'float32', [7, 8]);
  m.node('Split', [y, int64(m, [3, 4])], {}, { name: 's13', outputs: 2 });
  m.node('Split', [y], { num_outputs: 3 }, { name: 's18', outputs: 3 });
  m.node('Split', [y], { axis: 1 }, { name: 'even', outputs: 2 });
  const parts = m.node('Split', [int64(m, [10, 20, 30, 40])], {}, { name: 'c', outputs: 2 });
  probe(m, parts[1], 'probe');
  m.node('Split', [y], {}, { name: 'odd', outputs: 2 });
  const b = analyzeBuilt(m);
  assert.deepEqual(nodeOf(b, 's13').outputShapes, [
    [3, 8],
    [4, 8],
  ]);
  // ceil(7 / 3) = 3: parts of 3, 3 and 1
  assert.deepEqual(nodeOf(b, 's18').outputShapes, [
    [3, 8],
    [3, 8],
    [1, 8],
  ]);
  assert.deepEqual(nodeOf(b, 'even').outputShapes, [
    [7, 4],
    [7, 4],
  ]);
  assert.deepEqual(shapeOf(b, 'probe'), [30, 40]);
  assert.match(b.unresolved.find((u) => u.node === 'odd')!.reason, /7 does not split into 2/);
});

test('Expand broadcasts both ways (an attention mask) and folds small constants', () => {
  const m = new ModelBuilder({ opset: 17 });
  const mask = m.input('mask', 'float32', ['batch', 'seq']);
  const s = m.op('Shape', [mask]);
  const b = m.op('Slice', [s, int64(m, [0]), int64(m, [1])]);
  const q = m.op('Slice', [s, int64(m, [1]), int64(m, [2])]);
  const shape = m.op('Concat', [b, int64(m, [1]), q, q], { axis: 0 });
  const u = m.op('Unsqueeze', [mask, int64(m, [1, 2])]);
  m.op('Expand', [u, shape], {}, { name: 'expand' });
  m.op('Expand', [m.input('c', 'float32', [3, 1]), int64(m, [2, 1, 4])], {}, { name: 'both' });
  probe(m, m.op('Expand', [int64(m, [5]), int64(m, [2])]), 'probe');
  const a = analyzeBuilt(m, { dims: { batch: 2, seq: 7 } });
  assert.deepEqual(shapeOf(a, 'expand'), [2, 1, 7, 7]);
  // reads 2 * 7 floats and 4 int64, writes 2 * 7 * 7 floats
  assert.equal(nodeOf(a, 'expand').bytesAccessed, 2 * 7 * 4 + 4 * 8 + 2 * 7 * 7 * 4);
  assert.deepEqual(shapeOf(a, 'both'), [2, 3, 4]);
  assert.deepEqual(shapeOf(a, 'probe'), [5, 5]);
});

test('Tile and Pad (attribute, input, axes from 18, reflect / edge / wrap), folded', () => {
  const m = new ModelBuilder({ opset: 19 });
  const x = m.input('x', 'float32', [2, 3]);
  m.op('Tile', [x, int64(m, [2, 2])], {}, { name: 'tile' });
  probe(m, m.op('Tile', [int64(m, [2, 7]), int64(m, [2])]), 'probe_tile');
  m.op('Pad', [x, int64(m, [0, 1, 0, 2])], {}, { name: 'pad' });
  m.op('Pad', [x, int64(m, [1, 1]), '', int64(m, [1])], {}, { name: 'axes' });
  m.op('Pad', [x, int64(m, [0, -1, 0, -1])], {}, { name: 'crop' });
  const v = int64(m, [1, 2, 3]);
  probe(m, m.op('Pad', [v, int64(m, [2, 2])], { mode: 'reflect' }), 'reflect');
  probe(m, m.op('Pad', [v, int64(m, [1, 1])], { mode: 'edge' }), 'edge');
  probe(m, m.op('Pad', [v, int64(m, [1, 1])], { mode: 'wrap' }), 'wrap');
  probe(m, m.op('Pad', [v, int64(m, [1, 0]), int64(m, [9], [])]), 'constant');
  const a = analyzeBuilt(m);
  assert.deepEqual(shapeOf(a, 'tile'), [4, 6]);
  assert.deepEqual(shapeOf(a, 'probe_tile'), [2, 7, 2, 7]);
  assert.deepEqual(shapeOf(a, 'pad'), [2, 6]); // 3 + 1 + 2
  assert.deepEqual(shapeOf(a, 'axes'), [2, 5]);
  assert.deepEqual(shapeOf(a, 'crop'), [2, 1]);
  assert.equal(nodeOf(a, 'pad').bytesAccessed, 6 * 4 + 4 * 8 + 12 * 4);
  assert.deepEqual(shapeOf(a, 'reflect'), [3, 2, 1, 2, 3, 2, 1]);
  assert.deepEqual(shapeOf(a, 'edge'), [1, 1, 2, 3, 3]);
  assert.deepEqual(shapeOf(a, 'wrap'), [3, 1, 2, 3, 1]);
  assert.deepEqual(shapeOf(a, 'constant'), [9, 1, 2, 3]);

  const old = new ModelBuilder({ opset: 7 });
  const y = old.input('y', 'float32', [2, 3]);
  old.op('Pad', [y], { pads: [1, 0, 1, 0] }, { name: 'p' });
  assert.deepEqual(shapeOf(analyzeBuilt(old), 'p'), [4, 3]);
});

test('NonZero makes a fresh symbol: the node that depends on it is unresolved, upstream is not', () => {
  const m = new ModelBuilder({ opset: 13 });
  const x = m.input('x', 'float32', [1, 1, 4, 4]);
  const up = m.op(
    'Resize',
    [x, '', m.constant('float32', [4], [1, 1, 2, 2])],
    { mode: 'linear' },
    {
      name: 'up',
    },
  );
  const idx = m.op('NonZero', [m.input('mask', 'bool', [4, 4])], {}, { name: 'nz' });
  const f = m.op('Unsqueeze', [m.op('Cast', [idx], { to: 1 }), int64(m, [0, 1])]);
  m.op(
    'Resize',
    [f, '', m.constant('float32', [4], [1, 1, 2, 2])],
    { mode: 'linear' },
    {
      name: 'down',
    },
  );
  m.output(up);
  const a = analyzeBuilt(m);
  const [rank, n] = shapeOf(a, 'nz');
  assert.equal(rank, 2);
  assert.equal(typeof n, 'string');
  assert.deepEqual(
    a.unresolved.map((u) => u.node),
    ['down'],
  );
  assert.match(a.unresolved[0].reason, /depends on the data/);
  assert.equal(nodeOf(a, 'up').flops, 4 * 1 * 1 * 8 * 8);
});

test('NonZero, Compress, Trilu and OneHot fold constant inputs', () => {
  const m = new ModelBuilder({ opset: 14 });
  const nz = m.op('NonZero', [int64(m, [0, 1, 0, 2, 0, 3], [2, 3])], {}, { name: 'nz' });
  // non-zeros at (0,1), (1,0), (1,2): row 1 of the output holds the columns 1, 0, 2
  probe(m, m.op('Gather', [nz, int64(m, [1], [])]), 'probe_nz');
  const tri = m.op('Trilu', [int64(m, [1, 2, 3, 4], [2, 2])], { upper: 1 });
  probe(m, m.op('Reshape', [tri, int64(m, [4])]), 'probe_tri');
  const kept = m.op('Compress', [int64(m, [5, 6, 7]), m.constant('bool', [3], [1, 0, 1])]);
  probe(m, kept, 'probe_compress');
  const x = m.input('x', 'float32', [2, 3]);
  m.op('Compress', [x, m.constant('bool', [3], [1, 0, 1])], { axis: 1 }, { name: 'cx' });
  m.op(
    'OneHot',
    [m.input('i', 'int64', [2, 3]), int64(m, [5], []), int64(m, [0, 1])],
    {},
    {
      name: 'oh',
    },
  );
  const oh = m.op('OneHot', [int64(m, [1, -1]), int64(m, [3], []), int64(m, [2, 7])], {}, {});
  probe(m, m.op('Reshape', [oh, int64(m, [6])]), 'probe_oh');
  const a = analyzeBuilt(m);
  assert.deepEqual(shapeOf(a, 'nz'), [2, 3]);
  assert.deepEqual(shapeOf(a, 'probe_nz'), [1, 0, 2]);
  assert.deepEqual(shapeOf(a, 'probe_tri'), [1, 2, 0, 4]);
  assert.deepEqual(shapeOf(a, 'probe_compress'), [5, 7]);
  assert.deepEqual(shapeOf(a, 'cx'), [2, 2]);
  assert.deepEqual(shapeOf(a, 'oh'), [2, 3, 5]);
  // index 1 -> [off, on, off]; index -1 = 2 -> [off, off, on]
  assert.deepEqual(shapeOf(a, 'probe_oh'), [2, 7, 2, 2, 2, 7]);
});

test('DepthToSpace / SpaceToDepth shapes, a bad channel count, and ScatterND reductions', () => {
  const m = new ModelBuilder({ opset: 18 });
  m.op('DepthToSpace', [m.input('x', 'float32', [1, 8, 2, 3])], { blocksize: 2 }, { name: 'd2s' });
  m.op('SpaceToDepth', [m.input('y', 'float32', [1, 2, 4, 6])], { blocksize: 2 }, { name: 's2d' });
  m.op('DepthToSpace', [m.input('z', 'float32', [1, 6, 2, 2])], { blocksize: 2 }, { name: 'bad' });
  const data = m.input('d', 'float32', [4, 4]);
  const idx = m.input('idx', 'int64', [2, 1]);
  const upd = m.input('u', 'float32', [2, 4]);
  m.op('ScatterND', [data, idx, upd], { reduction: 'add' }, { name: 'add' });
  m.op('ScatterND', [data, idx, upd], {}, { name: 'set' });
  const a = analyzeBuilt(m);
  assert.deepEqual(shapeOf(a, 'd2s'), [1, 2, 4, 6]); // C / 4, H * 2, W * 2
  assert.deepEqual(shapeOf(a, 's2d'), [1, 8, 2, 3]);
  assert.match(a.unresolved.find((u) => u.node === 'bad')!.reason, /channels 6 .* by 4/);
  assert.equal(nodeOf(a, 'add').flops, 2 * 4); // one add per update element
  assert.equal(nodeOf(a, 'set').flops, 0);
  assert.deepEqual(shapeOf(a, 'set'), [4, 4]);
});

test('sequences: SplitToSequence, SequenceAt and ConcatFromSequence', () => {
  const m = new ModelBuilder({ opset: 17 });
  const x = m.input('x', 'float32', [6, 4]);
  const seq = m.op('SplitToSequence', [x, int64(m, [2], [])], { axis: 0 }, { name: 'split' });
  m.op('SequenceAt', [seq, int64(m, [0], [])], {}, { name: 'at' });
  m.op('ConcatFromSequence', [seq], { axis: 1 }, { name: 'cat' });
  const len = m.op('SequenceLength', [seq], {}, { name: 'len' });
  probe(m, m.op('Unsqueeze', [len, int64(m, [0])]), 'probe_len');
  const a = analyzeBuilt(m);
  // 6 rows in pieces of 2: 3 elements of [2, 4].
  assert.deepEqual(shapeOf(a, 'at'), [2, 4]);
  assert.deepEqual(shapeOf(a, 'cat'), [2, 3 * 4]); // side by side on axis 1
  assert.deepEqual(shapeOf(a, 'len'), []);
  assert.deepEqual(shapeOf(a, 'probe_len'), [3]);
  assert.equal(nodeOf(a, 'split').bytesAccessed, 2 * 24 * 4);
});

test('sequences built step by step are tracked element by element', () => {
  const m = new ModelBuilder({ opset: 17 });
  const x = m.input('x', 'float32', [2, 3, 4]);
  const y = m.input('y', 'float32', [1, 3, 4]);
  const z = m.input('z', 'float32', [3, 3, 4]);
  let s = m.op('SequenceEmpty', []);
  s = m.op('SequenceInsert', [s, x]); // [x]
  s = m.op('SequenceInsert', [s, y]); // [x, y]
  s = m.op('SequenceInsert', [s, z, int64(m, [1], [])]); // [x, z, y]
  m.op('SequenceAt', [s, int64(m, [-1], [])], {}, { name: 'last' });
  m.op('ConcatFromSequence', [s], { axis: 0 }, { name: 'rows' });
  const e = m.op('SequenceErase', [s, int64(m, [0], [])]); // [z, y]
  m.op('SequenceAt', [e, int64(m, [0], [])], {}, { name: 'first' });
  const same = m.op('SequenceConstruct', [x, x, x]);
  m.op('ConcatFromSequence', [same], { axis: -1, new_axis: 1 }, { name: 'stack' });
  m.op('SequenceAt', [s, int64(m, [3], [])], {}, { name: 'bad' });
  // The same sequence grown by an unknown position: its length is unknown from there on.
  const lost = m.op('SequenceInsert', [s, x, m.input('p', 'int64', [])]);
  m.op('ConcatFromSequence', [lost], { axis: 0 }, { name: 'lost' });
  const a = analyzeBuilt(m);
  assert.deepEqual(shapeOf(a, 'last'), [1, 3, 4]); // y
  assert.deepEqual(shapeOf(a, 'rows'), [2 + 3 + 1, 3, 4]);
  assert.deepEqual(shapeOf(a, 'first'), [3, 3, 4]); // z, once x is erased
  assert.deepEqual(shapeOf(a, 'stack'), [2, 3, 4, 3]); // 3 elements on a new last axis
  assert.match(
    a.unresolved.find((u) => u.node === 'bad')!.reason,
    /position 3 is out of range for a sequence of 3/,
  );
  assert.equal(typeof shapeOf(a, 'lost')[0], 'string');
});

test('Unique: a fresh symbol for data it cannot see, folded for a constant', () => {
  const m = new ModelBuilder({ opset: 11 });
  m.node('Unique', [m.input('x', 'int64', [6])], {}, { name: 'u', outputs: 4 });
  const folded = m.node('Unique', [int64(m, [3, 1, 3, 2, 1, 3])], {}, { name: 'c', outputs: 4 });
  probe(m, folded[0], 'probe_values');
  probe(m, folded[3], 'probe_counts');
  const a = analyzeBuilt(m);
  const [y, idx, inverse, counts] = nodeOf(a, 'u').outputShapes;
  assert.equal(typeof y![0], 'string');
  assert.deepEqual(idx, y);
  assert.deepEqual(counts, y);
  assert.deepEqual(inverse, [6]);
  assert.deepEqual(shapeOf(a, 'probe_values'), [1, 2, 3]); // sorted
  assert.deepEqual(shapeOf(a, 'probe_counts'), [2, 1, 3]); // 1 twice, 2 once, 3 three times
});

test('Expand with a shape tensor of unknown contents: rank from a plausible length only', () => {
  const m = new ModelBuilder({ opset: 17 });
  const x = m.input('x', 'float32', [3, 1]);
  m.op('Expand', [x, m.input('s3', 'int64', [3])], {}, { name: 'e3' });
  m.op('Expand', [x, m.input('huge', 'int64', [1_000_000])], {}, { name: 'huge' });
  const a = analyzeBuilt(m);
  // max(3, rank 2) = 3 dims: [?, 3, ?] (3 stays, the 1 may broadcast to anything)
  const [d0, d1, d2] = shapeOf(a, 'e3');
  assert.equal(d1, 3);
  assert.equal(typeof d0, 'string');
  assert.equal(typeof d2, 'string');
  // unknown rank (an empty dim list), not a million symbols
  assert.equal(shapeOf(a, 'huge'), null, 'rank unknown');
});

test('Unique folds a 65536-element constant in linear time, counting each value', () => {
  const n = 1 << 16; // MAX_FOLD_ELEMENTS: the largest constant folded
  const m = new ModelBuilder({ opset: 18 });
  // values i mod 32768: 32768 distinct values, each twice
  const c = m.initializer(
    'c',
    'int64',
    [n],
    Array.from({ length: n }, (_, i) => i % 32768),
  );
  const outs = m.node('Unique', [c], {}, { name: 'u', outputs: 4 });
  const reduce = (op: string) => m.op(op, [outs[3]], { keepdims: 1 });
  const minMax = m.op('Concat', [reduce('ReduceMin'), reduce('ReduceMax')], { axis: 0 });
  probe(m, minMax, 'probe_counts');
  const start = Date.now();
  const a = analyzeBuilt(m);
  // a count per value by filtering the whole input was quadratic: 32768 · 65536 comparisons
  assert.ok(Date.now() - start < 3000, `took ${Date.now() - start} ms`);
  assert.deepEqual(shapeOf(a, 'u'), [32768]);
  assert.deepEqual(shapeOf(a, 'probe_counts'), [2, 2]); // every count is 2
});

test('negative sizes fail clearly: Tile repeats, Split sizes, OneHot depth', () => {
  const m = new ModelBuilder({ opset: 13 });
  const x = m.input('x', 'float32', [4, 3]);
  m.op('Tile', [x, int64(m, [-1, 1])], {}, { name: 'tile' });
  m.node('Split', [x, int64(m, [6, -2])], { axis: 0 }, { name: 'split', outputs: 2 });
  const idx = m.input('idx', 'int64', [5]);
  m.op('OneHot', [idx, int64(m, [0], []), int64(m, [0, 1])], {}, { name: 'hot0' });
  m.op('OneHot', [idx, int64(m, [-3], []), int64(m, [0, 1])], {}, { name: 'hot_neg' });
  const a = analyzeBuilt(m);
  const reason = (n: string) => a.unresolved.find((u) => u.node === n)?.reason ?? '';
  assert.match(reason('tile'), /Tile: repeats \[-1, 1\] must be non-negative/);
  assert.match(reason('split'), /Split: sizes \[6, -2\] have a negative/);
  assert.match(reason('hot0'), /OneHot: depth 0 must be >= 1/);
  assert.match(reason('hot_neg'), /OneHot: depth -3 must be >= 1/);
});

test('Concat and SequenceConstruct with no inputs fail with a clear message', () => {
  const m = new ModelBuilder({ opset: 17 });
  m.node('Concat', [], { axis: 0 }, { name: 'cat' });
  m.node('SequenceConstruct', [], {}, { name: 'seq' });
  const a = analyzeBuilt(m);
  const reason = (n: string) => a.unresolved.find((u) => u.node === n)?.reason ?? '';
  assert.match(reason('cat'), /Concat needs at least one input/);
  assert.match(reason('seq'), /SequenceConstruct needs at least one input/);
});

test('folds larger than 1,024 elements are computed when a later rule reads them, with broadcasting and strided copies', () => {
  const m = new ModelBuilder({ opset: 13 });
  // a = [3, 4, ..., 2002]: 2,000 elements, so Range, Add and everything below are deferred folds
  const r = m.op('Range', [int64(m, [0], []), int64(m, [2000], []), int64(m, [1], [])]);
  const a = m.op('Add', [r, int64(m, [3], [])]);
  // A[i][j] = 50 i + j + 3 (40 x 50); its transpose T[j][i] = A[i][j]
  const A = m.op('Reshape', [a, int64(m, [40, 50])]);
  const T = m.op('Transpose', [A], { perm: [1, 0] });
  // T[49][38] = A[38][49] = 1900 + 49 + 3 = 1952; T[49][39] = A[39][49] = 1950 + 49 + 3 = 2002
  const corner = m.op('Slice', [T, int64(m, [49, 38]), int64(m, [50, 40]), int64(m, [0, 1])]);
  probe(m, m.op('Reshape', [corner, int64(m, [2])]), 'probe_transpose');
  // Broadcast: B = A + C with C[i][0] = 10 i (40 x 1); B[39][49] = 2002 + 390 = 2392;
  // Where(A < 1000, A, 5000 - A): A[0][0] = 3 stays 3, A[39][49] = 2002 becomes 2998
  const C = m.op('Mul', [
    m.op('Reshape', [
      m.op('Range', [int64(m, [0], []), int64(m, [40], []), int64(m, [1], [])]),
      int64(m, [40, 1]),
    ]),
    int64(m, [10], []),
  ]);
  const B = m.op('Add', [A, C]);
  const W = m.op('Where', [
    m.op('Less', [A, int64(m, [1000], [])]),
    A,
    m.op('Sub', [int64(m, [5000], []), A]),
  ]);
  const at = (x: string, i: number, j: number) =>
    m.op('Reshape', [
      m.op('Slice', [x, int64(m, [i, j]), int64(m, [i + 1, j + 1])]),
      int64(m, [1]),
    ]);
  probe(m, m.op('Concat', [at(B, 39, 49), at(W, 0, 0), at(W, 39, 49)], { axis: 0 }), 'probe_where');
  // A negative step over the 1-D tensor: indices 1999 and 999, values 2002 and 1002
  const back = m.op('Slice', [
    a,
    int64(m, [1999]),
    int64(m, [-2001]),
    int64(m, [0]),
    int64(m, [-1000]),
  ]);
  probe(m, back, 'probe_step');
  const a1 = analyzeBuilt(m);
  assert.deepEqual(shapeOf(a1, 'probe_transpose'), [1952, 2002]);
  assert.deepEqual(shapeOf(a1, 'probe_where'), [2392, 3, 2998]);
  assert.deepEqual(shapeOf(a1, 'probe_step'), [2002, 1002]);
});
