import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis } from '../../src/analyze/types.ts';
import { ModelBuilder, type AttrValue } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, nodeOf } from '../helpers.ts';

type Shape = (number | string)[];

interface Case {
  op: string;
  inputs: (Shape | null)[];
  attrs?: Record<string, AttrValue>;
  opset?: number;
  dtype?: string;
  domain?: string;
  dims?: Record<string, number>;
}

/** One node `n` whose inputs are graph inputs i0, i1, ... (null = omitted). */
function run(c: Case): Analysis {
  const m = new ModelBuilder({ opset: c.opset ?? 17, opsets: { 'com.microsoft': 1 } });
  const names = c.inputs.map((s, i) => (s ? m.input(`i${i}`, c.dtype ?? 'float32', s) : ''));
  m.output(m.op(c.op, names, c.attrs ?? {}, { name: 'n', domain: c.domain }));
  return analyzeBuilt(m, { dims: c.dims });
}

const node = (c: Case) => nodeOf(run(c), 'n');
const reason = (c: Case) => run(c).unresolved.find((u) => u.node === 'n')?.reason ?? '';

test('MatMul 2-D: macs M·K·N, flops 2·macs, bytes of A, B and Y', () => {
  const n = node({
    op: 'MatMul',
    inputs: [
      [3, 4],
      [4, 5],
    ],
  });
  assert.deepEqual(n.outputShapes, [[3, 5]]);
  assert.equal(n.macs, 3 * 4 * 5);
  assert.equal(n.flops, 2 * 3 * 4 * 5);
  assert.equal(n.bytesAccessed, 4 * (3 * 4 + 4 * 5 + 3 * 5));
});

test('MatMul broadcasts batch dims and counts every broadcast batch', () => {
  const n = node({
    op: 'MatMul',
    inputs: [
      [2, 1, 3, 4],
      [6, 4, 5],
    ],
  });
  assert.deepEqual(n.outputShapes, [[2, 6, 3, 5]]);
  assert.equal(n.macs, 2 * 6 * 3 * 4 * 5);
});

test('MatMul with 1-D operands promotes them and removes the added dim', () => {
  const left = node({ op: 'MatMul', inputs: [[4], [2, 4, 5]] });
  assert.deepEqual(left.outputShapes, [[2, 5]]);
  assert.equal(left.macs, 2 * 1 * 4 * 5);
  const right = node({ op: 'MatMul', inputs: [[3, 4], [4]] });
  assert.deepEqual(right.outputShapes, [[3]]);
  assert.equal(right.macs, 3 * 4 * 1);
  const dot = node({ op: 'MatMul', inputs: [[4], [4]] });
  assert.deepEqual(dot.outputShapes, [[]]);
  assert.equal(dot.macs, 4);
});

test('MatMul on integers counts intOps, not flops', () => {
  const n = node({
    op: 'MatMul',
    inputs: [
      [3, 4],
      [4, 5],
    ],
    dtype: 'int32',
    opset: 13,
  });
  assert.equal(n.macs, 3 * 4 * 5);
  assert.equal(n.flops, 0);
  assert.equal(n.intOps, 2 * 3 * 4 * 5);
});

test('MatMul with bound symbolic dims (batch, seq) at opset 7 and 13', () => {
  for (const opset of [7, 13]) {
    const n = node({
      op: 'MatMul',
      opset,
      inputs: [
        ['batch', 'seq', 8],
        [8, 16],
      ],
      dims: { batch: 2, seq: 10 },
    });
    assert.deepEqual(n.outputShapes, [[2, 10, 16]]);
    assert.equal(n.macs, 2 * 10 * 8 * 16);
  }
});

test('MatMul with mismatched K fails naming both shapes', () => {
  assert.match(
    reason({
      op: 'MatMul',
      inputs: [
        [3, 4],
        [5, 6],
      ],
    }),
    /\[3, 4\].*\[5, 6\].*4 vs 5/,
  );
  assert.match(
    reason({
      op: 'MatMul',
      inputs: [
        [2, 3, 4],
        [3, 4, 5],
      ],
    }),
    /broadcast/,
  );
});

test('Gemm with transA, transB and a broadcast C: 2·M·K·N + M·N flops', () => {
  const n = node({
    op: 'Gemm',
    inputs: [[4, 3], [5, 4], [5]],
    attrs: { transA: 1, transB: 1, alpha: 0.5, beta: 2.0 },
  });
  // A^T is [3, 4], B^T is [4, 5]
  assert.deepEqual(n.outputShapes, [[3, 5]]);
  assert.equal(n.macs, 3 * 4 * 5);
  assert.equal(n.flops, 2 * 3 * 4 * 5 + 3 * 5);
});

test('Gemm without C (opset 11+) counts no bias; with C at opset 7 it does', () => {
  const noC = node({
    op: 'Gemm',
    opset: 13,
    inputs: [
      [2, 8],
      [8, 3],
    ],
  });
  assert.equal(noC.flops, 2 * 2 * 8 * 3);
  const old = node({
    op: 'Gemm',
    opset: 7,
    inputs: [
      [2, 8],
      [8, 3],
      [2, 3],
    ],
  });
  assert.deepEqual(old.outputShapes, [[2, 3]]);
  assert.equal(old.flops, 2 * 2 * 8 * 3 + 2 * 3);
});

test('Gemm rejects a C that does not broadcast to [M, N] and non-matrix operands', () => {
  assert.match(reason({ op: 'Gemm', inputs: [[2, 8], [8, 3], [4]] }), /C \[4\].*\[2, 3\]/);
  assert.match(
    reason({
      op: 'Gemm',
      inputs: [
        [2, 2, 8],
        [8, 3],
      ],
    }),
    /must be matrices/,
  );
});

test('FusedMatMul: transBatchA moves the leading dim to the rows, transB swaps the last two', () => {
  const n = node({
    op: 'FusedMatMul',
    domain: 'com.microsoft',
    inputs: [
      [3, 2, 4],
      [2, 5, 4],
    ],
    attrs: { transBatchA: 1, transB: 1, alpha: 0.125 },
  });
  // A read as [2, 3, 4], B as [2, 4, 5]
  assert.deepEqual(n.outputShapes, [[2, 3, 5]]);
  assert.equal(n.macs, 2 * 3 * 4 * 5);
  assert.equal(n.flops, 2 * 2 * 3 * 4 * 5);
});

test('FusedGemm adds its activation per output element', () => {
  const n = node({
    op: 'FusedGemm',
    domain: 'com.microsoft',
    inputs: [[2, 8], [8, 3], [3]],
    attrs: { activation: 'Tanh' },
  });
  assert.equal(n.macs, 2 * 8 * 3);
  assert.equal(n.flops, 2 * 2 * 8 * 3 + 2 * 3); // C add; tanh is a transcendental only
  assert.equal(n.transcendentals, 2 * 3);
  const bad = reason({
    op: 'FusedGemm',
    domain: 'com.microsoft',
    inputs: [
      [2, 8],
      [8, 3],
    ],
    attrs: { activation: 'Wobble' },
  });
  assert.match(bad, /unknown activation "Wobble"/);
});

test('Einsum two operands: macs are the product of all distinct label sizes', () => {
  const batched = node({
    op: 'Einsum',
    opset: 12,
    inputs: [
      [2, 3, 4],
      [2, 4, 5],
    ],
    attrs: { equation: 'bij,bjk->bik' },
  });
  assert.deepEqual(batched.outputShapes, [[2, 3, 5]]);
  assert.equal(batched.macs, 2 * 3 * 4 * 5);
  assert.equal(batched.flops, 2 * 2 * 3 * 4 * 5);
  const implicit = node({
    op: 'Einsum',
    opset: 12,
    inputs: [
      [3, 4],
      [4, 5],
    ],
    attrs: { equation: 'ij, jk' },
  });
  assert.deepEqual(implicit.outputShapes, [[3, 5]]); // labels used once, sorted: ik
  const outer = node({ op: 'Einsum', inputs: [[3], [4]], attrs: { equation: 'i,j->ij' } });
  assert.deepEqual(outer.outputShapes, [[3, 4]]);
  assert.equal(outer.macs, 3 * 4);
});

test('Einsum ellipsis broadcasts and keeps its dims in front of the output', () => {
  const n = node({
    op: 'Einsum',
    inputs: [
      [2, 1, 3, 4],
      [5, 4, 6],
    ],
    attrs: { equation: '...ij,...jk->...ik' },
  });
  assert.deepEqual(n.outputShapes, [[2, 5, 3, 6]]);
  assert.equal(n.macs, 2 * 5 * 3 * 4 * 6);
  const implicit = node({
    op: 'Einsum',
    inputs: [
      [7, 3, 4],
      [4, 5],
    ],
    attrs: { equation: '...ij,jk' },
  });
  assert.deepEqual(implicit.outputShapes, [[7, 3, 5]]);
});

test('Einsum one operand: transpose is free, sums and traces count their adds', () => {
  const t = node({ op: 'Einsum', inputs: [[3, 4]], attrs: { equation: 'ij->ji' } });
  assert.deepEqual(t.outputShapes, [[4, 3]]);
  assert.equal(t.flops, 0);
  const sum = node({ op: 'Einsum', inputs: [[3, 4]], attrs: { equation: 'ij->j' } });
  assert.deepEqual(sum.outputShapes, [[4]]);
  assert.equal(sum.flops, 3 * 4 - 4);
  assert.equal(sum.macs, 0);
  const trace = node({ op: 'Einsum', inputs: [[4, 4]], attrs: { equation: 'ii' } });
  assert.deepEqual(trace.outputShapes, [[]]);
  assert.equal(trace.flops, 4 - 1);
});

test('Einsum three operands: pairwise left to right, keeping the labels still needed', () => {
  const n = node({
    op: 'Einsum',
    inputs: [
      [2, 3],
      [3, 4],
      [4, 5],
    ],
    attrs: { equation: 'ij,jk,kl->il' },
  });
  assert.deepEqual(n.outputShapes, [[2, 5]]);
  // (ij, jk) over i, j, k = 2·3·4, leaves ik; (ik, kl) over i, k, l = 2·4·5
  assert.equal(n.macs, 2 * 3 * 4 + 2 * 4 * 5);
});

test('Einsum with disagreeing label sizes or a bad equation fails clearly', () => {
  assert.match(
    reason({
      op: 'Einsum',
      inputs: [
        [2, 3],
        [4, 5],
      ],
      attrs: { equation: 'ij,jk->ik' },
    }),
    /label "j" is 3 .* 4/,
  );
  assert.match(
    reason({ op: 'Einsum', inputs: [[2, 3]], attrs: { equation: 'ijk->i' } }),
    /term "ijk" does not fit input 0 \[2, 3\]/,
  );
  assert.match(
    reason({ op: 'Einsum', inputs: [[2, 3]], attrs: { equation: 'ij->q' } }),
    /output label "q"/,
  );
});

test('Gemm as a classifier head (512 -> 1000, transB) and MatMul on a data-dependent dim', () => {
  const fc = node({ op: 'Gemm', inputs: [[1, 512], [1000, 512], [1000]], attrs: { transB: 1 } });
  assert.deepEqual(fc.outputShapes, [[1, 1000]]);
  assert.equal(fc.macs, 512 * 1000);
  assert.equal(fc.flops, 2 * 512 * 1000 + 1000);
  const m = new ModelBuilder({ opset: 17, opsets: { 'test.unknown': 1 } });
  const u = m.op(
    'Mystery',
    [m.input('x', 'float32', [4, 8])],
    {},
    { name: 'u', domain: 'test.unknown' },
  );
  m.valueInfo(u, 'float32', ['rows', 8]);
  m.output(m.op('MatMul', [u, m.initializer('w', 'float32', [8, 3])], {}, { name: 'n' }));
  const a = analyzeBuilt(m);
  assert.deepEqual(nodeOf(a, 'n').outputShapes, [['rows', 3]]);
  assert.match(a.unresolved.find((x) => x.node === 'n')?.reason ?? '', /depends on the data/);
});

test('TransposeMatMul (the old name of FusedMatMul): transA, macs M·K·N', () => {
  const m = new ModelBuilder({ opset: 17, opsets: { 'com.microsoft': 1 } });
  const a = m.input('a', 'float32', [2, 4, 3]);
  const b = m.initializer('b', 'float32', [4, 5]);
  m.output(m.op('TransposeMatMul', [a, b], { transA: 1 }, { name: 't', domain: 'com.microsoft' }));
  const n = nodeOf(analyzeBuilt(m), 't');
  // A^T per batch: [3, 4] · [4, 5] = [3, 5], batch 2
  assert.deepEqual(n.outputShapes, [[2, 3, 5]]);
  assert.equal(n.macs, 2 * 3 * 4 * 5);
  assert.equal(n.flops, 2 * (2 * 3 * 4 * 5));
});

test('GemmFastGelu: MatMul macs, a bias add and FastGelu (8 flops + 1 tanh) per output', () => {
  const m = new ModelBuilder({ opset: 17, opsets: { 'com.microsoft': 1 } });
  const x = m.input('x', 'float32', ['batch', 3, 8]);
  const w = m.initializer('w', 'float32', [8, 16]);
  const ms = (name: string) => ({ name, domain: 'com.microsoft' });
  m.output(m.op('GemmFastGelu', [x, w, m.initializer('b', 'float32', [16])], {}, ms('biased')));
  m.output(m.op('GemmFastGelu', [x, w], {}, ms('plain')));
  m.output(m.op('GemmFastGelu', [x, w, m.initializer('bad_b', 'float32', [15])], {}, ms('bad')));
  const a = analyzeBuilt(m, { dims: { batch: 2 } });
  const out = 2 * 3 * 16; // 96 outputs
  const macs = 2 * 3 * 8 * 16; // 768
  const biased = nodeOf(a, 'biased');
  assert.deepEqual(biased.outputShapes, [[2, 3, 16]]);
  assert.equal(biased.macs, macs);
  assert.equal(biased.flops, 2 * macs + out * (1 + 8)); // 1536 + 864 = 2400
  assert.equal(biased.transcendentals, out);
  assert.equal(nodeOf(a, 'plain').flops, 2 * macs + out * 8); // 2304
  assert.match(
    a.unresolved.find((u) => u.node === 'bad')?.reason ?? '',
    /bias \[15\] must hold N = 16/,
  );
});
