import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ModelBuilder, attr } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, nodeOf } from '../helpers.ts';

test('Add broadcasts [2, 3, 4] + [4]: 1 flop per output element, bytes of both reads and the write', () => {
  const m = new ModelBuilder({ opset: 17 });
  const x = m.input('x', 'float32', [2, 3, 4]);
  const b = m.initializer('b', 'float32', [4]);
  m.output(m.op('Add', [x, b], {}, { name: 'add' }));
  const n = nodeOf(analyzeBuilt(m), 'add');
  assert.deepEqual(n.outputShapes, [[2, 3, 4]]);
  assert.equal(n.flops, 2 * 3 * 4);
  assert.equal(n.intOps, 0);
  assert.equal(n.bytesAccessed, 4 * (2 * 3 * 4 + 4 + 2 * 3 * 4));
});

test('two-sided broadcasting [3, 1] * [1, 5] gives [3, 5]', () => {
  const m = new ModelBuilder({ opset: 13 });
  const a = m.input('a', 'float32', [3, 1]);
  const b = m.input('b', 'float32', [1, 5]);
  m.output(m.op('Mul', [a, b], {}, { name: 'mul' }));
  const n = nodeOf(analyzeBuilt(m), 'mul');
  assert.deepEqual(n.outputShapes, [[3, 5]]);
  assert.equal(n.flops, 3 * 5);
});

test('integer arithmetic and logical ops count intOps; comparisons output bool', () => {
  const m = new ModelBuilder({ opset: 18 });
  const i = m.input('i', 'int64', [6]);
  const f = m.input('f', 'float32', [6]);
  m.output(m.op('Mul', [i, i], {}, { name: 'imul' }));
  const lt = m.op('Less', [f, f], {}, { name: 'lt' });
  const eq = m.op('Equal', [i, i], {}, { name: 'eq' });
  m.output(m.op('And', [lt, eq], {}, { name: 'and' }));
  m.output(m.op('BitwiseXor', [i, i], {}, { name: 'bx' }));
  const a = analyzeBuilt(m);
  assert.deepEqual([nodeOf(a, 'imul').flops, nodeOf(a, 'imul').intOps], [0, 6]);
  // float comparison: flops; its output is bool (1 byte): 2 float reads + 6 bool bytes
  assert.deepEqual([nodeOf(a, 'lt').flops, nodeOf(a, 'lt').intOps], [6, 0]);
  assert.equal(nodeOf(a, 'lt').bytesAccessed, 2 * 6 * 4 + 6 * 1);
  assert.deepEqual([nodeOf(a, 'eq').flops, nodeOf(a, 'eq').intOps], [0, 6]);
  // And reads two bool tensors and writes one: 3 * 6 bytes
  assert.deepEqual([nodeOf(a, 'and').intOps, nodeOf(a, 'and').bytesAccessed], [6, 3 * 6]);
  // bitwise keeps int64: 3 tensors of 6 * 8 bytes
  assert.deepEqual([nodeOf(a, 'bx').intOps, nodeOf(a, 'bx').bytesAccessed], [6, 3 * 6 * 8]);
});

test('variadic Sum, Max: n - 1 per element; Mean: n per element; with broadcasting', () => {
  const m = new ModelBuilder({ opset: 13 });
  const a = m.input('a', 'float32', [2, 5]);
  const b = m.input('b', 'float32', [5]);
  const c = m.input('c', 'float32', [2, 1]);
  m.output(m.op('Sum', [a, b, c], {}, { name: 'sum' }));
  m.output(m.op('Max', [a, b], {}, { name: 'max' }));
  m.output(m.op('Mean', [a, b, c], {}, { name: 'mean' }));
  const r = analyzeBuilt(m);
  assert.deepEqual(nodeOf(r, 'sum').outputShapes, [[2, 5]]);
  assert.equal(nodeOf(r, 'sum').flops, (3 - 1) * 2 * 5);
  assert.equal(nodeOf(r, 'max').flops, (2 - 1) * 2 * 5);
  assert.equal(nodeOf(r, 'mean').flops, 3 * 2 * 5);
});

test('Exp, Sqrt, Pow, Erf: 1 transcendental and no flops per element; Reciprocal 1 flop', () => {
  const m = new ModelBuilder({ opset: 17 });
  const x = m.input('x', 'float32', [4, 5]);
  const p = m.initializer('p', 'float32', [1], [3]);
  for (const op of ['Exp', 'Sqrt', 'Erf', 'Cos']) m.output(m.op(op, [x], {}, { name: op }));
  m.output(m.op('Pow', [x, p], {}, { name: 'pow' }));
  m.output(m.op('Reciprocal', [x], {}, { name: 'rcp' }));
  const a = analyzeBuilt(m);
  for (const op of ['Exp', 'Sqrt', 'Erf', 'Cos', 'pow']) {
    assert.deepEqual([nodeOf(a, op).flops, nodeOf(a, op).transcendentals], [0, 4 * 5], op);
  }
  assert.deepEqual([nodeOf(a, 'rcp').flops, nodeOf(a, 'rcp').transcendentals], [4 * 5, 0]);
});

test('Where moves bytes only: 0 flops, three-way broadcast, output takes X dtype', () => {
  const m = new ModelBuilder({ opset: 16 });
  const c = m.input('c', 'bool', [3, 1]);
  const x = m.input('x', 'float32', [1, 4]);
  const y = m.input('y', 'float32', []);
  m.output(m.op('Where', [c, x, y], {}, { name: 'w' }));
  const n = nodeOf(analyzeBuilt(m), 'w');
  assert.deepEqual(n.outputShapes, [[3, 4]]);
  assert.deepEqual([n.flops, n.intOps, n.transcendentals], [0, 0, 0]);
  // reads 3 bools + 4 floats + 1 float, writes 12 floats
  assert.equal(n.bytesAccessed, 3 + 4 * 4 + 4 + 12 * 4);
});

test('Clip: attributes before opset 11, inputs after; the bounds are not params', () => {
  const old = new ModelBuilder({ opset: 7 });
  const x = old.input('x', 'float32', [2, 8]);
  old.output(old.op('Clip', [x], { min: attr.float(0), max: attr.float(6) }, { name: 'clip' }));
  assert.equal(nodeOf(analyzeBuilt(old), 'clip').flops, 2 * 8);

  const m = new ModelBuilder({ opset: 13 });
  const y = m.input('x', 'float32', [2, 8]);
  const lo = m.initializer('lo', 'float32', [], [0]);
  const hi = m.initializer('hi', 'float32', [], [6]);
  m.output(m.op('Clip', [y, lo, hi], {}, { name: 'clip' }));
  const a = analyzeBuilt(m);
  assert.equal(nodeOf(a, 'clip').flops, 2 * 8);
  assert.equal(a.totals.params, 0);
});

/** y [24] reshaped by a target computed from constants; returns the Reshape's output shape. */
function reshapedBy(opset: number, build: (m: ModelBuilder) => string): (number | string)[] {
  const m = new ModelBuilder({ opset });
  const y = m.input('y', 'float32', [24]);
  m.output(m.op('Reshape', [y, build(m)], {}, { name: 'reshape' }));
  const a = analyzeBuilt(m);
  assert.deepEqual(a.unresolved, []);
  return nodeOf(a, 'reshape').outputShapes[0]!;
}

test('folds integer Div toward zero, Abs and Neg into a Reshape target', () => {
  // Div([9, -13], 2) = [4, -6] (truncated; floor would give -7); Abs -> [4, 6]
  const shape = reshapedBy(17, (m) => {
    const q = m.op('Div', [m.constant('int64', [2], [9, -13]), m.constant('int64', [], [2])]);
    return m.op('Neg', [m.op('Neg', [m.op('Abs', [q])])]);
  });
  assert.deepEqual(shape, [4, 6]);
});

test('folds Mod with fmod = 0 (sign of the divisor) and Mul with broadcasting', () => {
  // Mod([7, -7], 3) = [1, 2] (Python-style); * [2, 6] = [2, 12]
  const shape = reshapedBy(17, (m) => {
    const r = m.op('Mod', [m.constant('int64', [2], [7, -7]), m.constant('int64', [1], [3])]);
    return m.op('Mul', [r, m.constant('int64', [2], [2, 6])]);
  });
  assert.deepEqual(shape, [2, 12]);
});

test('folds Shape arithmetic through Sub, comparisons, Where, Max, Min and Clip', () => {
  // Shape(x) = [2, 3, 4]; Sub 1 = [1, 2, 3]; Greater(.., 1) = [0, 1, 1];
  // Where(.., [2, 3, 4], 1) = [1, 3, 4]; Max with [2, 1, 1] = [2, 3, 4];
  // * [1, 1, 2] = [2, 3, 8]; Min with [5, 3, 6] = [2, 3, 6]; Clip(.., 1, 4) = [2, 3, 4]
  const m = new ModelBuilder({ opset: 13 });
  const x = m.input('x', 'float32', [2, 3, 4]);
  const s = m.op('Shape', [x]);
  const one = m.constant('int64', [], [1]);
  const gt = m.op('Greater', [m.op('Sub', [s, one]), one]);
  const w = m.op('Where', [gt, s, one]);
  const mx = m.op('Max', [w, m.constant('int64', [3], [2, 1, 1])]);
  const doubled = m.op('Mul', [mx, m.constant('int64', [3], [1, 1, 2])]);
  const mn = m.op('Min', [doubled, m.constant('int64', [3], [5, 3, 6])]);
  const clipped = m.op('Clip', [mn, one, m.constant('int64', [], [4])]);
  m.output(m.op('Reshape', [x, clipped], {}, { name: 'reshape' }));
  const a = analyzeBuilt(m);
  assert.deepEqual(nodeOf(a, 'reshape').outputShapes, [[2, 3, 4]]);
  assert.deepEqual(a.unresolved, []);
});

test('folds float Round (half to even), Floor, Ceil, Sum, Pow and Sqrt through Cast', () => {
  // Round([2.5, 0, 0]) = [2, 0, 0] (half-up would give 3); Floor([0, 3.7, 0]) = [0, 3, 0];
  // Ceil([0, 0, 3.2]) = [0, 0, 4]; Sum = [2, 3, 4]; Sqrt(Pow(., 2)) = [2, 3, 4]: 2·3·4 = 24
  const shape = reshapedBy(17, (m) => {
    const r = m.op('Round', [m.constant('float32', [3], [2.5, 0, 0])]);
    const f = m.op('Floor', [m.constant('float32', [3], [0, 3.7, 0])]);
    const c = m.op('Ceil', [m.constant('float32', [3], [0, 0, 3.2])]);
    const sum = m.op('Sum', [r, f, c]);
    const sq = m.op('Sqrt', [m.op('Pow', [sum, m.constant('float32', [], [2])])]);
    return m.op('Cast', [sq], { to: 7 });
  });
  assert.deepEqual(shape, [2, 3, 4]);
});

test('folds logical ops: Not, Or, Xor, LessOrEqual, GreaterOrEqual and Sign into a target', () => {
  // a = LessOrEqual([1, 5, 3], 3) = [1, 0, 1]; b = GreaterOrEqual([1, 5, 3], 5) = [0, 1, 0]
  // Or(a, b) = [1, 1, 1]; Xor(a, Not(b)) = Xor([1, 0, 1], [1, 0, 1]) = [0, 0, 0]
  // Where(Or, [4, 6, 1], 0) = [4, 6, 1]; + Where(Xor, 9, 0) = [4, 6, 1]; * Sign([-1, 1, 1])
  // = [-4, 6, 1] -> Abs = [4, 6, 1]: 24 elements
  const shape = reshapedBy(16, (m) => {
    const v = m.constant('int64', [3], [1, 5, 3]);
    const a = m.op('LessOrEqual', [v, m.constant('int64', [], [3])]);
    const b = m.op('GreaterOrEqual', [v, m.constant('int64', [], [5])]);
    const zero = m.constant('int64', [], [0]);
    const w1 = m.op('Where', [m.op('Or', [a, b]), m.constant('int64', [3], [4, 6, 1]), zero]);
    const w2 = m.op('Where', [
      m.op('Xor', [a, m.op('Not', [b])]),
      m.constant('int64', [], [9]),
      zero,
    ]);
    const sign = m.op('Sign', [m.constant('int64', [3], [-7, 2, 3])]);
    return m.op('Abs', [m.op('Mul', [m.op('Add', [w1, w2]), sign])]);
  });
  assert.deepEqual(shape, [4, 6, 1]);
});

test('a symbolic batch dim propagates; bound with --dim it gives exact counts', () => {
  const build = () => {
    const m = new ModelBuilder({ opset: 17 });
    const x = m.input('x', 'float32', ['batch', 3]);
    m.output(m.op('Sub', [x, m.initializer('b', 'float32', [3])], {}, { name: 'sub' }));
    return m;
  };
  const bound = analyzeBuilt(build(), { dims: { batch: 2 } });
  assert.deepEqual(nodeOf(bound, 'sub').outputShapes, [[2, 3]]);
  assert.equal(nodeOf(bound, 'sub').flops, 2 * 3);
});

test('a data-dependent dim propagates through broadcasting and leaves the cost unresolved', () => {
  // TopK with K from a graph input: its output length is a symbol, not a number.
  const m = new ModelBuilder({ opset: 17 });
  const x = m.input('x', 'float32', [2, 10]);
  const k = m.input('k', 'int64', [1]);
  const [values] = m.node('TopK', [x, k], {}, { outputs: 2 });
  m.output(m.op('Mul', [values, m.initializer('s', 'float32', [2, 1])], {}, { name: 'mul' }));
  const a = analyzeBuilt(m);
  const shape = nodeOf(a, 'mul').outputShapes[0]!;
  assert.equal(shape[0], 2);
  assert.equal(typeof shape[1], 'string');
  assert.ok(a.unresolved.some((u) => u.node === 'mul'));
});

test('shapes that do not broadcast leave the node unresolved with both shapes named', () => {
  const m = new ModelBuilder({ opset: 17 });
  const a = m.input('a', 'float32', [2, 3]);
  const b = m.input('b', 'float32', [4]);
  m.output(m.op('Add', [a, b], {}, { name: 'bad' }));
  const r = analyzeBuilt(m);
  const u = r.unresolved.find((x) => x.node === 'bad');
  assert.ok(u, 'the node is unresolved');
  assert.match(u.reason, /cannot broadcast shapes \[2, 3\] and \[4\]/);
});

test('Clip at opset 11 with a non-scalar bound fails clearly', () => {
  const m = new ModelBuilder({ opset: 11 });
  const x = m.input('x', 'float32', [4]);
  const lo = m.initializer('lo', 'float32', [2], [0, 1]);
  m.output(m.op('Clip', [x, lo], {}, { name: 'clip' }));
  const u = analyzeBuilt(m).unresolved.find((v) => v.node === 'clip');
  assert.match(u?.reason ?? '', /Clip input 1 must be a scalar, got 2 values/);
});

test('float32 folds compute in float32: Floor(10 · 1.8f) is 18 (torch interpolate sizes)', () => {
  // The size arithmetic of F.interpolate(scale_factor=1.8): Shape -> Cast(float) -> Mul -> Floor.
  const m = new ModelBuilder({ opset: 13 });
  const x = m.input('x', 'float32', [1, 3, 10, 10]);
  const hw = m.op('Slice', [
    m.op('Shape', [x]),
    m.constant('int64', [1], [2]),
    m.constant('int64', [1], [4]),
  ]);
  const scaled = m.op('Mul', [
    m.op('Cast', [hw], { to: 1 }),
    m.constant('float32', [2], [1.8, 1.8]),
  ]);
  const sizes = m.op('Cast', [m.op('Floor', [scaled])], { to: 7 });
  m.output(m.op('ConstantOfShape', [sizes], {}, { name: 'probe' }));
  // 1.8f = 1.7999999523162842; 10 · 1.8f = 17.999999523162842 in float64, but float32 spaces
  // values by 2^-19 ≈ 1.9e-6 in [16, 32): 17.9999995 is 4.8e-7 from 18, so it rounds to 18.
  assert.deepEqual(nodeOf(analyzeBuilt(m), 'probe').outputShapes, [[18, 18]]);
});

test('float16 and bfloat16 folds round each result to their precision', () => {
  const m = new ModelBuilder({ opset: 13 });
  const i64 = (v: number) => m.constant('int64', [1], [v]);
  const sum = (to: number, a: number, b: number) =>
    m.op('Cast', [m.op('Add', [m.op('Cast', [i64(a)], { to }), m.op('Cast', [i64(b)], { to })])], {
      to: 7,
    });
  m.output(m.op('ConstantOfShape', [sum(10, 2048, 1)], {}, { name: 'half' }));
  m.output(m.op('ConstantOfShape', [sum(16, 256, 1)], {}, { name: 'bf' }));
  const a = analyzeBuilt(m);
  // float16 spacing is 2 in [2048, 4096): 2048 + 1 = 2049 is a tie, to the even 2048.
  assert.deepEqual(nodeOf(a, 'half').outputShapes, [[2048]]);
  // bfloat16 spacing is 2 in [256, 512): 256 + 1 = 257 is a tie, to the even 256.
  assert.deepEqual(nodeOf(a, 'bf').outputShapes, [[256]]);
});
