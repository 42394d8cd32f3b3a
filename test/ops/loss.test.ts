import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis } from '../../src/analyze/types.ts';
import { ModelBuilder, type AttrValue } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, nodeOf } from '../helpers.ts';

/** One loss node on scores [2, 5, 3] (N = 2, C = 5, d1 = 3) and a target of the given shape. */
function run(
  op: string,
  opts: { reduction?: string; weight?: boolean; target?: number[]; outputs?: number } = {},
): Analysis {
  const m = new ModelBuilder({ opset: 13 });
  const x = m.input('x', 'float32', [2, 5, 3]);
  const t = m.input('t', 'int64', opts.target ?? [2, 3]);
  const inputs = opts.weight ? [x, t, m.initializer('w', 'float32', [5])] : [x, t];
  const attrs: Record<string, AttrValue> = opts.reduction ? { reduction: opts.reduction } : {};
  const outs = m.node(op, inputs, attrs, { name: 'loss', outputs: opts.outputs ?? 1 });
  outs.forEach((o) => m.output(o));
  return analyzeBuilt(m);
}

// M = 2 · 3 = 6 positions; n = 2 · 5 · 3 = 30 scores.
const M = 6;
const N = 30;

test('NegativeLogLikelihoodLoss: the target shape with none, a scalar with mean and sum', () => {
  assert.deepEqual(
    nodeOf(run('NegativeLogLikelihoodLoss', { reduction: 'none' }), 'loss').outputShapes,
    [[2, 3]],
  );
  assert.deepEqual(nodeOf(run('NegativeLogLikelihoodLoss'), 'loss').outputShapes, [[]]);
  assert.deepEqual(
    nodeOf(run('NegativeLogLikelihoodLoss', { reduction: 'sum' }), 'loss').outputShapes,
    [[]],
  );
});

test('NegativeLogLikelihoodLoss flops: pick, weight, reduce', () => {
  const flops = (o: Parameters<typeof run>[1]) =>
    nodeOf(run('NegativeLogLikelihoodLoss', o), 'loss').flops;
  // none, weighted: a negated pick and a weight multiply per position = 2 · 6.
  assert.equal(flops({ reduction: 'none', weight: true }), 2 * M);
  // sum, unweighted: 6 picks + 6 adds.
  assert.equal(flops({ reduction: 'sum' }), M + M);
  // mean, unweighted: 6 picks + 6 adds + 1 division by the count.
  assert.equal(flops({}), M + M + 1);
  // mean, weighted: 12 (picks, multiplies) + 6 adds + 6 adds of the picked weights + 1 division.
  assert.equal(flops({ weight: true }), 2 * M + M + M + 1);
});

test('SoftmaxCrossEntropyLoss: a LogSoftmax over C then the NLL; log_prob has the scores shape', () => {
  const a = run('SoftmaxCrossEntropyLoss', { outputs: 2 });
  const n = nodeOf(a, 'loss');
  assert.deepEqual(n.outputShapes, [[], [2, 5, 3]]);
  // LogSoftmax: 4 flops per score (max, sub, sum, sub) = 120; mean NLL: 6 + 6 + 1 = 13.
  assert.equal(n.flops, 4 * N + (M + M + 1));
  // One exp per score and one log per position: 30 + 6.
  assert.equal(n.transcendentals, N + M);
  const none = nodeOf(run('SoftmaxCrossEntropyLoss', { reduction: 'none' }), 'loss');
  assert.deepEqual(none.outputShapes, [[2, 3]]);
});

test('a target that is not the input without its class axis fails clearly', () => {
  const a = run('NegativeLogLikelihoodLoss', { target: [2, 4] });
  assert.match(
    a.unresolved[0]?.reason ?? '',
    /target \[2, 4\] must be the input \[2, 5, 3\] without its class axis, \[2, 3\]/,
  );
  const bad = run('SoftmaxCrossEntropyLoss', { reduction: 'avg' });
  assert.match(bad.unresolved[0]?.reason ?? '', /unknown reduction "avg"/);
});
