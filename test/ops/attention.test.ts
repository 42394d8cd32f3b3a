/**
 * Attention family. Expected numbers are worked out by hand from docs/indicators.md (dense ops)
 * and the constants of src/ops/attention.ts: scores = B·H·Sq·Sk;
 * macs = scores·(Dqk + Dv) (+ projections);
 * flops = 2·macs + scores·(1 scale + 4 softmax + 1 per mask/bias [+ 2 softcap]) (+ bias adds);
 * transcendentals = scores (+ scores with softcap); rotary = 3 flops per rotated element.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attr, ModelBuilder } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, nodeOf } from '../helpers.ts';

const MS = { 'com.microsoft': 1 };
const msNode = { domain: 'com.microsoft' };

test('ai.onnx Attention 4-D with GQA heads, a mask and a past: Sk includes the past', () => {
  const m = new ModelBuilder({ opset: 23 });
  const q = m.input('q', 'float32', [2, 8, 16, 64]);
  const k = m.input('k', 'float32', [2, 2, 32, 64]);
  const v = m.input('v', 'float32', [2, 2, 32, 32]);
  const mask = m.input('mask', 'float32', [16, 42]);
  const pk = m.input('pk', 'float32', [2, 2, 10, 64]);
  const pv = m.input('pv', 'float32', [2, 2, 10, 32]);
  m.node('Attention', [q, k, v, mask, pk, pv], {}, { name: 'att', outputs: 4 });
  const n = nodeOf(analyzeBuilt(m), 'att');
  const scores = 2 * 8 * 16 * (10 + 32);
  assert.equal(n.macs, scores * (64 + 32));
  assert.equal(n.flops, 2 * scores * (64 + 32) + scores * (1 + 4 + 1));
  assert.equal(n.transcendentals, scores);
  assert.deepEqual(n.outputShapes, [
    [2, 8, 16, 32],
    [2, 2, 42, 64],
    [2, 2, 42, 32],
    [2, 8, 16, 42],
  ]);
  assert.equal(n.notes, undefined);
});

test('ai.onnx Attention 3-D: heads from attributes, causal note, softcap, symbolic batch', () => {
  const m = new ModelBuilder({ opset: 23 });
  const q = m.input('q', 'float32', ['batch', 5, 64]);
  const k = m.input('k', 'float32', ['batch', 7, 64]);
  const v = m.input('v', 'float32', ['batch', 7, 32]);
  m.node(
    'Attention',
    [q, k, v],
    { q_num_heads: 4, kv_num_heads: 4, is_causal: 1, softcap: attr.float(30) },
    { name: 'att' },
  );
  const n = nodeOf(analyzeBuilt(m, { dims: { batch: 3 } }), 'att');
  // Dqk = 64 / 4 = 16, Dv = 32 / 4 = 8; scores = 3·4·5·7.
  const scores = 3 * 4 * 5 * 7;
  assert.equal(n.macs, scores * (16 + 8));
  assert.equal(n.flops, 2 * scores * 24 + scores * (1 + 4 + 2));
  assert.equal(n.transcendentals, 2 * scores);
  assert.deepEqual(n.outputShapes[0], [3, 5, 4 * 8]);
  assert.ok(n.notes?.some((s) => s.includes('causal masking is not discounted')));
});

test('ai.onnx Attention 3-D without head counts, or with bad heads, is unresolved', () => {
  const m = new ModelBuilder({ opset: 23 });
  const q = m.input('q', 'float32', [1, 5, 64]);
  m.node('Attention', [q, q, q], {}, { name: 'noheads' });
  m.node('Attention', [q, q, q], { q_num_heads: 6, kv_num_heads: 6 }, { name: 'split' });
  m.node('Attention', [q, q, q], { q_num_heads: 4, kv_num_heads: 3 }, { name: 'groups' });
  const a = analyzeBuilt(m);
  const reason = (name: string) => a.unresolved.find((u) => u.node === name)?.reason ?? '';
  assert.match(reason('noheads'), /q_num_heads and kv_num_heads/);
  assert.match(reason('split'), /\[1, 5, 64\] into 6 heads: 64 is not divisible by 6/);
  assert.match(reason('groups'), /not divisible by 3/);
});

test('com.microsoft Attention includes the QKV projection, bias, mask and past', () => {
  const m = new ModelBuilder({ opset: 17, opsets: MS });
  const x = m.input('x', 'float32', [2, 8, 32]);
  m.initializer('w', 'float32', [32, 96]);
  m.initializer('b', 'float32', [96]);
  const mask = m.input('mask', 'int32', [2]);
  const past = m.input('past', 'float32', [2, 2, 4, 3, 8]);
  m.node(
    'Attention',
    [x, 'w', 'b', mask, past],
    { num_heads: 4, unidirectional: 1 },
    { ...msNode, name: 'att', outputs: 2 },
  );
  const a = analyzeBuilt(m);
  const n = nodeOf(a, 'att');
  // Projection: 2·8 tokens · 32 in · 96 out. Core: heads 4, D = 32 / 4 = 8, Sk = 3 + 8.
  const proj = 2 * 8 * 32 * 96;
  const scores = 2 * 4 * 8 * 11;
  assert.equal(n.macs, proj + scores * (8 + 8));
  assert.equal(n.flops, 2 * (proj + scores * 16) + 2 * 8 * 96 + scores * (1 + 4 + 1));
  assert.equal(n.transcendentals, scores);
  assert.deepEqual(n.outputShapes, [
    [2, 8, 32],
    [2, 2, 4, 11, 8],
  ]);
  assert.ok(n.notes?.some((s) => s.includes('causal masking is not discounted')));
  // The mask is an index argument, not a parameter; w and b are.
  assert.equal(a.totals.params, 32 * 96 + 96);
});

test('com.microsoft Attention: qkv_hidden_sizes, and mismatched weights', () => {
  const m = new ModelBuilder({ opset: 17, opsets: MS });
  const x = m.input('x', 'float32', [1, 4, 32]);
  m.initializer('w', 'float32', [32, 80]);
  m.node(
    'Attention',
    [x, 'w'],
    { num_heads: 4, qkv_hidden_sizes: [32, 32, 16] },
    {
      ...msNode,
      name: 'att',
    },
  );
  m.initializer('w_bad', 'float32', [30, 96]);
  m.node('Attention', [x, 'w_bad'], { num_heads: 4 }, { ...msNode, name: 'bad' });
  const a = analyzeBuilt(m);
  const n = nodeOf(a, 'att');
  // Dqk = 32 / 4 = 8, Dv = 16 / 4 = 4, Sk = S = 4, no bias or mask.
  const scores = 1 * 4 * 4 * 4;
  assert.equal(n.macs, 1 * 4 * 32 * 80 + scores * (8 + 4));
  assert.equal(n.flops, 2 * n.macs + scores * (1 + 4));
  assert.deepEqual(n.outputShapes[0], [1, 4, 16]);
  assert.match(
    a.unresolved.find((u) => u.node === 'bad')?.reason ?? '',
    /\[1, 4, 32\].*\[30, 96\]/,
  );
});

test('MultiHeadAttention: separate Q, K, V with bias and key padding mask; no projection', () => {
  const m = new ModelBuilder({ opset: 17, opsets: MS });
  const q = m.input('q', 'float32', [2, 8, 32]);
  const k = m.input('k', 'float32', [2, 10, 32]);
  const v = m.input('v', 'float32', [2, 10, 32]);
  m.initializer('bias', 'float32', [96]);
  const kpm = m.input('kpm', 'int32', [2, 10]);
  m.node(
    'MultiHeadAttention',
    [q, k, v, 'bias', kpm],
    { num_heads: 4 },
    {
      ...msNode,
      name: 'mha',
      outputs: 1,
    },
  );
  const n = nodeOf(analyzeBuilt(m), 'mha');
  const scores = 2 * 4 * 8 * 10;
  assert.equal(n.macs, scores * (8 + 8));
  const biasAdds = 2 * 8 * 32 + 2 * 10 * 32 + 2 * 10 * 32;
  assert.equal(n.flops, 2 * scores * 16 + scores * (1 + 4 + 1) + biasAdds);
  assert.deepEqual(n.outputShapes[0], [2, 8, 32]);
});

test('MultiHeadAttention: packed QKV, and past keys that add to Sk', () => {
  const m = new ModelBuilder({ opset: 17, opsets: MS });
  const qkv = m.input('qkv', 'float32', [1, 6, 2, 3, 8]);
  m.node('MultiHeadAttention', [qkv], { num_heads: 2 }, { ...msNode, name: 'packed' });
  const q = m.input('q', 'float32', [2, 1, 32]);
  const pk = m.input('pk', 'float32', [2, 4, 5, 8]);
  m.node(
    'MultiHeadAttention',
    [q, q, q, '', '', '', pk, pk],
    { num_heads: 4, unidirectional: 1 },
    { ...msNode, name: 'past', outputs: 3 },
  );
  const a = analyzeBuilt(m);
  const packed = nodeOf(a, 'packed');
  assert.equal(packed.macs, 1 * 2 * 6 * 6 * (8 + 8));
  assert.deepEqual(packed.outputShapes[0], [1, 6, 2 * 8]);
  const past = nodeOf(a, 'past');
  // Sk = 5 past + 1 new.
  assert.equal(past.macs, 2 * 4 * 1 * 6 * (8 + 8));
  assert.deepEqual(past.outputShapes[1], [2, 4, 6, 8]);
  assert.ok(past.notes?.some((s) => s.includes('causal')));
});

test('GroupQueryAttention: kv heads, constant total length, rotary, always causal', () => {
  const m = new ModelBuilder({ opset: 17, opsets: MS });
  const q = m.input('q', 'float32', [1, 4, 64]);
  const k = m.input('k', 'float32', [1, 4, 16]);
  const pk = m.input('pk', 'float32', [1, 2, 6, 8]);
  const seqlens = m.input('seqlens', 'int32', [1]);
  m.initializer('total', 'int32', [], [10]);
  m.initializer('cos', 'float32', [32, 4]);
  m.node(
    'GroupQueryAttention',
    [q, k, k, pk, pk, seqlens, 'total', 'cos', 'cos'],
    { num_heads: 8, kv_num_heads: 2, do_rotary: 1 },
    { ...msNode, name: 'gqa', outputs: 3 },
  );
  const n = nodeOf(analyzeBuilt(m), 'gqa');
  // D = 64 / 8 = 8; Sk = total = 10; rotary width = 2·4 = 8 on (8 + 2) heads of 4 tokens.
  const scores = 1 * 8 * 4 * 10;
  const rotated = 1 * 4 * (8 + 2) * 8;
  assert.equal(n.macs, scores * (8 + 8));
  assert.equal(n.flops, 2 * scores * 16 + scores * (1 + 4) + 3 * rotated);
  assert.equal(n.transcendentals, scores);
  assert.deepEqual(n.outputShapes, [
    [1, 4, 64],
    [1, 2, 10, 8],
    [1, 2, 10, 8],
  ]);
  assert.ok(n.notes?.some((s) => s.includes('causal masking is not discounted')));
});

test('GroupQueryAttention: packed QKV and a runtime total length (Sk = past + new)', () => {
  const m = new ModelBuilder({ opset: 17, opsets: MS });
  const qkv = m.input('qkv', 'float32', ['batch', 3, (8 + 2 * 2) * 8]);
  const pk = m.input('pk', 'float32', ['batch', 2, 5, 8]);
  const seqlens = m.input('seqlens', 'int32', ['batch']);
  const total = m.input('total', 'int32', []);
  m.node(
    'GroupQueryAttention',
    [qkv, '', '', pk, pk, seqlens, total],
    { num_heads: 8, kv_num_heads: 2, softcap: attr.float(50) },
    { ...msNode, name: 'gqa', outputs: 3 },
  );
  m.node(
    'GroupQueryAttention',
    [qkv],
    { num_heads: 8, kv_num_heads: 3 },
    {
      ...msNode,
      name: 'bad',
    },
  );
  const a = analyzeBuilt(m, { dims: { batch: 2 } });
  const n = nodeOf(a, 'gqa');
  const scores = 2 * 8 * 3 * (5 + 3);
  assert.equal(n.macs, scores * 16);
  assert.equal(n.flops, 2 * scores * 16 + scores * (1 + 4 + 2));
  assert.equal(n.transcendentals, 2 * scores);
  assert.deepEqual(n.outputShapes[1], [2, 2, 8, 8]);
  assert.ok(n.notes?.some((s) => s.includes('total_sequence_length is not a constant')));
  assert.match(a.unresolved.find((u) => u.node === 'bad')?.reason ?? '', /multiple of 3/);
});

test('RotaryEmbedding (com.microsoft and ai.onnx): 3 flops per rotated element', () => {
  const m = new ModelBuilder({ opset: 23, opsets: MS });
  const x = m.input('x', 'float32', [2, 5, 64]);
  const pos = m.input('pos', 'int64', [2, 5]);
  m.initializer('cos', 'float32', [128, 4]);
  m.node('RotaryEmbedding', [x, pos, 'cos', 'cos'], { num_heads: 4 }, { ...msNode, name: 'ms' });
  const x4 = m.input('x4', 'float32', [2, 4, 5, 16]);
  m.initializer('cos16', 'float32', [128, 8]);
  m.node('RotaryEmbedding', [x4, 'cos16', 'cos16', pos], {}, { name: 'onnx' });
  m.initializer('cos_wide', 'float32', [128, 16]);
  m.node('RotaryEmbedding', [x4, 'cos_wide', 'cos_wide', pos], {}, { name: 'wide' });
  const a = analyzeBuilt(m);
  // ms: head 64 / 4 = 16, rotary width 2·4 = 8: 2·5·4 heads · 8 rotated.
  assert.equal(nodeOf(a, 'ms').flops, 3 * (2 * 5 * 4 * 8));
  assert.deepEqual(nodeOf(a, 'ms').outputShapes[0], [2, 5, 64]);
  // onnx: width 2·8 = 16 = the whole head.
  assert.equal(nodeOf(a, 'onnx').flops, 3 * (2 * 4 * 5 * 16));
  assert.match(a.unresolved.find((u) => u.node === 'wide')?.reason ?? '', /32 exceeds the head/);
});

test('deterministic tables are not params: rotary cos/sin caches and attention masks', () => {
  const m = new ModelBuilder({ opset: 23, opsets: MS });
  // the one learned weight of the model: 64 · 64 params
  const x = m.op('MatMul', [
    m.input('x', 'float32', [1, 4, 64]),
    m.initializer('w', 'float32', [64, 64]),
  ]);
  const k = m.input('k', 'float32', [1, 4, 16]);
  const seqlens = m.input('seqlens', 'int32', [1]);
  const total = m.input('total', 'int32', []);
  const cos = m.initializer('cos', 'float32', [32, 4]);
  const sin = m.initializer('sin', 'float32', [32, 4]);
  m.node(
    'GroupQueryAttention',
    [x, k, k, '', '', seqlens, total, cos, sin],
    { num_heads: 8, kv_num_heads: 2, do_rotary: 1 },
    { ...msNode, name: 'gqa', outputs: 3 },
  );
  const pos = m.input('pos', 'int64', [1, 4]);
  const cos8 = m.initializer('cos8', 'float32', [32, 4]);
  const sin8 = m.initializer('sin8', 'float32', [32, 4]);
  m.node('RotaryEmbedding', [x, pos, cos8, sin8], { num_heads: 8 }, { ...msNode, name: 'ms' });
  const x4 = m.input('x4', 'float32', [1, 2, 4, 8]);
  const cosO = m.initializer('cos_onnx', 'float32', [32, 4]);
  const sinO = m.initializer('sin_onnx', 'float32', [32, 4]);
  m.node('RotaryEmbedding', [x4, cosO, sinO, pos], {}, { name: 'onnx' });
  const mask = m.initializer('mask', 'float32', [4, 4]);
  m.node('Attention', [x4, x4, x4, mask], {}, { name: 'att', outputs: 1 });
  const a = analyzeBuilt(m);
  assert.deepEqual(a.unresolved, []);
  // only w: the 3 · 2 caches of 32 · 4 and the 4 · 4 mask are tables, not weights
  assert.equal(a.totals.params, 64 * 64);
  assert.equal(a.totals.paramsPerUse, 64 * 64);
});
