/**
 * Random family. Expected numbers from the constants of src/ops/random.ts, per output element:
 * uniform 2 flops; normal (Box-Muller) 5 flops + 3 transcendentals; Bernoulli 1 flop; Multinomial
 * 3 flops + 1 transcendental per logit, then 1 + ceil(log2 classes) flops per sample.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, nodeOf } from '../helpers.ts';

test('RandomNormal and RandomUniform: shape and dtype from attributes, cost per element', () => {
  const m = new ModelBuilder({ opset: 17 });
  m.output(m.op('RandomNormal', [], { shape: [2, 3, 4], seed: 1 }, { name: 'normal' }));
  m.output(m.op('RandomUniform', [], { shape: [5], dtype: 11 }, { name: 'uniform' }), 'float64');
  const a = analyzeBuilt(m);
  const normal = nodeOf(a, 'normal');
  assert.deepEqual(normal.outputShapes, [[2, 3, 4]]);
  assert.equal(normal.flops, 5 * 24); // -2·, 2π·, the product, scale·, + mean
  assert.equal(normal.transcendentals, 3 * 24); // ln, sqrt, cos
  assert.equal(normal.bytesAccessed, 24 * 4); // no input: the float32 output only
  const uniform = nodeOf(a, 'uniform');
  assert.equal(uniform.flops, 2 * 5); // low + (high - low)·u
  assert.equal(uniform.transcendentals, 0);
  assert.equal(uniform.bytesAccessed, 5 * 8); // float64
});

test('the Like generators take the input shape, read no data, and their input is no weight', () => {
  const m = new ModelBuilder({ opset: 17 });
  const template = m.initializer('template', 'float32', [3, 4]);
  m.output(m.op('RandomNormalLike', [template], { dtype: 10 }, { name: 'normal' }), 'float16');
  const x = m.input('x', 'float32', ['batch', 8]);
  m.output(m.op('RandomUniformLike', [x], {}, { name: 'uniform' }));
  const a = analyzeBuilt(m, { dims: { batch: 2 } });
  const normal = nodeOf(a, 'normal');
  assert.deepEqual(normal.outputShapes, [[3, 4]]);
  assert.equal(normal.flops, 5 * 12);
  assert.equal(normal.bytesAccessed, 12 * 2); // writes 12 float16, reads only a shape
  assert.equal(a.totals.params, 0); // the template is a shape argument
  const uniform = nodeOf(a, 'uniform');
  assert.deepEqual(uniform.outputShapes, [[2, 8]]);
  assert.equal(uniform.flops, 2 * 2 * 8);
});

test('Bernoulli compares in its float probabilities whatever the output dtype', () => {
  const m = new ModelBuilder({ opset: 17 });
  const p = m.input('p', 'float32', [2, 'n']);
  m.output(m.op('Bernoulli', [p], { dtype: 9 }, { name: 'b' }), 'bool');
  const a = analyzeBuilt(m, { dims: { n: 5 } });
  const b = nodeOf(a, 'b');
  assert.deepEqual(b.outputShapes, [[2, 5]]);
  assert.equal(b.flops, 2 * 5); // 1 compare each
  assert.equal(b.intOps, 0);
  assert.equal(b.bytesAccessed, 10 * 4 + 10 * 1); // reads float32 p, writes bool
});

test('Multinomial: a CDF per row, then a binary search per sample', () => {
  const m = new ModelBuilder({ opset: 17 });
  const logits = m.input('logits', 'float32', [3, 10]);
  m.output(m.op('Multinomial', [logits], { sample_size: 4 }, { name: 'm' }), 'int32');
  m.output(m.op('Multinomial', [logits], { dtype: 7 }, { name: 'one' }), 'int64');
  m.op('Multinomial', [m.input('cube', 'float32', [2, 3, 4])], {}, { name: 'bad' });
  const a = analyzeBuilt(m);
  const n = nodeOf(a, 'm');
  assert.deepEqual(n.outputShapes, [[3, 4]]);
  // CDF: 30 logits · 3 flops = 90 (+ 30 exp); samples: 12 · (1 + ceil(log2 10) = 4) = 60
  assert.equal(n.flops, 90 + 60);
  assert.equal(n.transcendentals, 30);
  // sample_size 1 by default; int64 output: reads 30 float32, writes 3 int64
  assert.deepEqual(nodeOf(a, 'one').outputShapes, [[3, 1]]);
  assert.equal(nodeOf(a, 'one').flops, 90 + 3 * 5);
  assert.equal(nodeOf(a, 'one').bytesAccessed, 30 * 4 + 3 * 8);
  assert.match(
    a.unresolved.find((u) => u.node === 'bad')?.reason ?? '',
    /needs \[batch, classes\] logits, got \[2, 3, 4\]/,
  );
});

test('RandomNormal without a shape, or with a negative one, fails clearly', () => {
  const m = new ModelBuilder({ opset: 17 });
  m.op('RandomNormal', [], {}, { name: 'none' });
  m.op('RandomUniform', [], { shape: [2, -1] }, { name: 'neg' });
  const a = analyzeBuilt(m);
  const reason = (n: string) => a.unresolved.find((u) => u.node === n)?.reason ?? '';
  assert.match(reason('none'), /RandomNormal needs the shape attribute/);
  assert.match(reason('neg'), /RandomUniform: negative shape \[2, -1\]/);
});
