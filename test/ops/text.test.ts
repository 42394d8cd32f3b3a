import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ModelBuilder, attr, type AttrValue } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, nodeOf } from '../helpers.ts';

function normalize(shape: number[], attrs: Record<string, AttrValue> = {}) {
  const m = new ModelBuilder({ opset: 10 });
  m.output(
    m.op('StringNormalizer', [m.input('x', 'string', shape)], attrs, { name: 'sn' }),
    'string',
  );
  return analyzeBuilt(m);
}

test('StringNormalizer keeps the shape without stopwords; stopwords make the count data-dependent', () => {
  assert.deepEqual(nodeOf(normalize([1, 5]), 'sn').outputShapes, [[1, 5]]);
  const cut = nodeOf(normalize([4], { stopwords: attr.strings(['monday']) }), 'sn')
    .outputShapes[0]!;
  assert.equal(cut.length, 1);
  assert.equal(typeof cut[0], 'string', 'how many strings survive depends on the strings');
  assert.equal(nodeOf(normalize([4]), 'sn').flops, 0);
  assert.match(normalize([3, 4]).unresolved[0].reason, /needs \[C\] or \[1, C\], got \[3, 4\]/);
});

function vectorize(mode: string) {
  const m = new ModelBuilder({ opset: 9 });
  const x = m.input('x', 'int64', [2, 6]);
  const attrs = {
    mode,
    min_gram_length: 1,
    max_gram_length: 2,
    max_skip_count: 5,
    ngram_counts: attr.ints([0, 4]),
    ngram_indexes: attr.ints([0, 1, 2, 3, 4, 5, 6]),
    pool_int64s: attr.ints([2, 3, 5, 4, 5, 6, 7, 8, 6, 7]),
  };
  m.output(m.op('TfIdfVectorizer', [x], attrs, { name: 'tfidf' }));
  return nodeOf(analyzeBuilt(m), 'tfidf');
}

test('TfIdfVectorizer: [N, max(ngram_indexes) + 1] floats; 1 intOp per candidate n-gram', () => {
  const tf = vectorize('TF');
  assert.deepEqual(tf.outputShapes, [[2, 7]]);
  // Per row of 6: unigrams 6; bigrams with skips 0..5 fit 5 + 4 + 3 + 2 + 1 + 0 = 15; 2 rows.
  assert.equal(tf.intOps, 2 * (6 + 15));
  assert.equal(tf.flops, 0);
  // TFIDF multiplies each of the 2 · 7 outputs by its weight.
  assert.equal(vectorize('TFIDF').flops, 2 * 7);
});
