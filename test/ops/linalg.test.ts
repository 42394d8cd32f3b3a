import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, nodeOf } from '../helpers.ts';

function det(shape: number[]) {
  const m = new ModelBuilder({ opset: 11 });
  m.output(m.op('Det', [m.input('x', 'float32', shape)], {}, { name: 'det' }));
  return analyzeBuilt(m);
}

test('Det drops the two matrix axes and keeps the batch dims', () => {
  assert.deepEqual(nodeOf(det([3, 3]), 'det').outputShapes, [[]]);
  assert.deepEqual(nodeOf(det([2, 4, 3, 3]), 'det').outputShapes, [[2, 4]]);
  const bad = det([2, 3]);
  assert.match(
    bad.unresolved[0]?.reason ?? '',
    /Det needs square matrices \[\.\.\., M, M\], got \[2, 3\]/,
  );
});

test('Det flops: elimination, then the diagonal product', () => {
  // 2 x 2: l = c / a (1), d' = d - l b (2), a d' (1) = 4.
  assert.equal(nodeOf(det([2, 2]), 'det').flops, 4);
  // 3 x 3: j = 2: 2 divisions + 2 · 4 mul/sub = 10; j = 1: 1 + 2 = 3; diagonal: 2 = 15.
  assert.equal(nodeOf(det([3, 3]), 'det').flops, 15);
  // A batch of 5 of them: 5 · 15.
  assert.equal(nodeOf(det([5, 3, 3]), 'det').flops, 5 * 15);
  assert.equal(nodeOf(det([5, 3, 3]), 'det').macs, 0);
});
