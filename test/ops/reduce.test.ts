import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis } from '../../src/analyze/types.ts';
import { ModelBuilder, type AttrValue } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, nodeOf } from '../helpers.ts';

/** One node `r` over x [2, 3, 4] (float32 unless said), with an optional int64 axes input. */
function run(
  op: string,
  opset: number,
  opts: { attrs?: Record<string, AttrValue>; axes?: number[]; dtype?: string } = {},
): Analysis {
  const m = new ModelBuilder({ opset });
  const x = m.input('x', opts.dtype ?? 'float32', [2, 3, 4]);
  const inputs = [x];
  if (opts.axes) inputs.push(m.initializer('axes', 'int64', [opts.axes.length], opts.axes));
  m.output(m.op(op, inputs, opts.attrs ?? {}, { name: 'r' }), opts.dtype ?? 'float32');
  return analyzeBuilt(m);
}

const N = 2 * 3 * 4;
const node = (a: Analysis) => nodeOf(a, 'r');

test('ReduceSum: axes attribute before opset 13, input from 13; keepdims', () => {
  const old = node(run('ReduceSum', 11, { attrs: { axes: [1], keepdims: 0 } }));
  assert.deepEqual(old.outputShapes, [[2, 4]]);
  assert.equal(old.flops, N);
  const now = run('ReduceSum', 13, { axes: [-1] });
  assert.deepEqual(node(now).outputShapes, [[2, 3, 1]]);
  assert.equal(node(now).flops, N);
  // the axes input is an argument, not a weight
  assert.equal(now.totals.params, 0);
});

test('ReduceMean: axes attribute up to opset 17, input from 18; 1 per input element', () => {
  // docs/indicators.md (other ops): global pools and ReduceMean cost 1 per input element, so the
  // mean costs the same as a GlobalAveragePool over the same elements (no division per output).
  const a17 = node(run('ReduceMean', 17, { attrs: { axes: [1] } }));
  assert.deepEqual(a17.outputShapes, [[2, 1, 4]]);
  assert.equal(a17.flops, 2 * 3 * 4); // not 24 + 2 * 4 = 32
  const a18 = node(run('ReduceMean', 18, { axes: [0, 2], attrs: { keepdims: 0 } }));
  assert.deepEqual(a18.outputShapes, [[3]]);
  assert.equal(a18.flops, 2 * 3 * 4); // not 24 + 3 = 27
});

test('ReduceMean over H, W costs what GlobalAveragePool costs on [1, 8, 5, 5]', () => {
  const m = new ModelBuilder({ opset: 18 });
  const x = m.input('x', 'float32', [1, 8, 5, 5]);
  const axes = m.initializer('axes', 'int64', [2], [2, 3]);
  m.output(m.op('ReduceMean', [x, axes], {}, { name: 'mean' }));
  m.output(m.op('GlobalAveragePool', [x], {}, { name: 'gap' }));
  const a = analyzeBuilt(m);
  assert.deepEqual(nodeOf(a, 'mean').outputShapes, [[1, 8, 1, 1]]);
  assert.equal(nodeOf(a, 'mean').flops, 1 * 8 * 5 * 5); // 200
  assert.equal(nodeOf(a, 'gap').flops, nodeOf(a, 'mean').flops);
});

test('empty axes reduce everything, unless noop_with_empty_axes makes the op an identity', () => {
  const all = node(run('ReduceMax', 18, { attrs: { keepdims: 0 } }));
  assert.deepEqual(all.outputShapes, [[]]);
  assert.equal(all.flops, N);
  const noop = node(run('ReduceMax', 18, { attrs: { noop_with_empty_axes: 1 } }));
  assert.deepEqual(noop.outputShapes, [[2, 3, 4]]);
  assert.equal(noop.flops, 0);
});

test('ReduceL2, ReduceLogSumExp, ReduceSumSquare, ReduceL1 and ReduceLogSum constants', () => {
  const attrs = { axes: [2] };
  // 6 outputs
  const l2 = node(run('ReduceL2', 13, { attrs }));
  assert.deepEqual([l2.flops, l2.transcendentals], [2 * N, 6]);
  const lse = node(run('ReduceLogSumExp', 13, { attrs }));
  assert.deepEqual([lse.flops, lse.transcendentals], [3 * N + 6, N + 6]);
  assert.equal(node(run('ReduceSumSquare', 13, { attrs })).flops, 2 * N);
  assert.equal(node(run('ReduceL1', 13, { attrs })).flops, 2 * N);
  const ls = node(run('ReduceLogSum', 13, { attrs }));
  assert.deepEqual([ls.flops, ls.transcendentals], [N, 6]);
});

test('integer reductions count intOps', () => {
  const r = node(run('ReduceSum', 13, { axes: [1], dtype: 'int64' }));
  assert.deepEqual([r.flops, r.intOps], [0, N]);
});

test('an out-of-range axis fails clearly', () => {
  const a = run('ReduceSum', 13, { axes: [3] });
  assert.match(a.unresolved[0]?.reason ?? '', /axis 3 is out of range for rank 3/);
});

test('axes that are not constant: keepdims keeps the rank with unknown dims', () => {
  const m = new ModelBuilder({ opset: 18 });
  const x = m.input('x', 'float32', [2, 3, 4]);
  const axes = m.input('axes', 'int64', [1]);
  m.output(m.op('ReduceMax', [x, axes], {}, { name: 'max' }));
  m.output(m.op('ReduceMean', [x, axes], {}, { name: 'mean' }));
  const a = analyzeBuilt(m);
  const shape = nodeOf(a, 'max').outputShapes[0]!;
  assert.equal(shape.length, 3);
  assert.ok(shape.every((d) => typeof d === 'string'));
  // both cost by the input alone, which is known
  assert.equal(nodeOf(a, 'max').flops, N);
  assert.equal(nodeOf(a, 'mean').flops, N);
  assert.deepEqual(a.unresolved, []);
});

test('axes that are not constant with keepdims 0: the rank drops by the axes length', () => {
  const m = new ModelBuilder({ opset: 18 });
  const x = m.input('x', 'float32', [2, 3, 4]);
  const two = m.input('two', 'int64', [2]);
  const many = m.input('many', 'int64', [4]);
  m.output(m.op('ReduceSum', [x, two], { keepdims: 0 }, { name: 'sum' }));
  m.output(m.op('ReduceSum', [x, many], { keepdims: 0 }, { name: 'bad' }));
  const a = analyzeBuilt(m);
  // rank 3 - 2 axes = 1 dim, which one is left is unknown
  const shape = nodeOf(a, 'sum').outputShapes[0]!;
  assert.equal(shape.length, 3 - 2);
  assert.equal(typeof shape[0], 'string');
  assert.equal(nodeOf(a, 'sum').flops, N);
  // 4 axes cannot be distinct axes of a rank-3 input
  assert.match(
    a.unresolved.find((u) => u.node === 'bad')?.reason ?? '',
    /4 axes for an input of rank 3/,
  );
});

test('folds ReduceProd, ReduceMax, ReduceMin and ReduceSum of a shape into a Reshape target', () => {
  // Shape(x) = [2, 3, 4]: prod 24, max 4, min 2, sum 9
  // target = max · [1, 0] + min · [0, 3] + (sum - 9) = [4, 6]; Reshape(x, prod) = [24]
  const m = new ModelBuilder({ opset: 18 });
  const x = m.input('x', 'float32', [2, 3, 4]);
  const s = m.op('Shape', [x]);
  const ax = m.constant('int64', [1], [0]);
  const prod = m.op('ReduceProd', [s, ax]);
  const max = m.op('ReduceMax', [s, ax]);
  const min = m.op('ReduceMin', [s, ax]);
  const sum = m.op('ReduceSum', [s, ax]);
  const a = m.op('Mul', [max, m.constant('int64', [2], [1, 0])]);
  const b = m.op('Mul', [min, m.constant('int64', [2], [0, 3])]);
  // (sum - 9) is 0: adds nothing if ReduceSum folded right, breaks the shape otherwise
  const zero = m.op('Sub', [sum, m.constant('int64', [], [9])]);
  const target = m.op('Add', [m.op('Add', [a, b]), zero]);
  m.output(m.op('Reshape', [x, target], {}, { name: 'r2' }));
  m.output(m.op('Reshape', [x, prod], {}, { name: 'r1' }));
  const r = analyzeBuilt(m);
  assert.deepEqual(nodeOf(r, 'r1').outputShapes, [[24]]);
  assert.deepEqual(nodeOf(r, 'r2').outputShapes, [[4, 6]]);
});

test('ArgMax / ArgMin: int64 output, 1 comparison per input element', () => {
  const a = node(run('ArgMax', 13, { attrs: { axis: 1, keepdims: 0, select_last_index: 1 } }));
  assert.deepEqual(a.outputShapes, [[2, 4]]);
  assert.equal(a.flops, N);
  // 24 floats read, 8 int64 written
  assert.equal(a.bytesAccessed, 4 * N + 8 * 2 * 4);
  assert.deepEqual(node(run('ArgMin', 11)).outputShapes, [[1, 3, 4]]);
});

test('CumSum: 1 add per element, its axis input is a meta input', () => {
  const m = new ModelBuilder({ opset: 14 });
  const x = m.input('x', 'float32', [2, 3, 4]);
  const ax = m.initializer('ax', 'int64', [], [1]);
  m.output(m.op('CumSum', [x, ax], { exclusive: 1 }, { name: 'r' }));
  const a = analyzeBuilt(m);
  assert.deepEqual(node(a).outputShapes, [[2, 3, 4]]);
  assert.equal(node(a).flops, N);
  assert.equal(a.totals.params, 0);
});

test('TopK: k attribute before opset 10, input after; n · max(1, ceil(log2 k)) comparisons', () => {
  const build = (opset: number, k: number) => {
    const m = new ModelBuilder({ opset });
    const x = m.input('x', 'float32', [2, 10]);
    const inputs = [x];
    const attrs: Record<string, AttrValue> = {};
    if (opset >= 10) inputs.push(m.initializer('k', 'int64', [1], [k]));
    else attrs.k = k;
    const [v, i] = m.node('TopK', inputs, attrs, { name: 'r', outputs: 2 });
    m.output(v);
    m.output(i, 'int64');
    return analyzeBuilt(m);
  };
  const k3 = node(build(11, 3));
  assert.deepEqual(k3.outputShapes, [
    [2, 3],
    [2, 3],
  ]);
  // 2 rows of 10, ceil(log2 3) = 2
  assert.equal(k3.flops, 2 * 10 * 2);
  // k = 1 still needs n comparisons per row
  assert.equal(node(build(9, 1)).flops, 2 * 10 * 1);
  const bad = build(11, 11);
  assert.match(
    bad.unresolved[0]?.reason ?? '',
    /TopK: k = 11 is out of range for axis 1 of \[2, 10\]/,
  );
});
