import assert from 'node:assert/strict';
import { test } from 'node:test';
import { GraphAttr, GraphBuilder, ModelBuilder } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, nodeOf } from '../helpers.ts';

/** A body that adds each step's slice into the state and emits the Relu of the sum. */
function accumulate(): GraphBuilder {
  const body = new GraphBuilder('body');
  body.input('s_in', 'float32', [3]);
  body.input('x_t', 'float32', [3]);
  const s = body.op('Add', ['s_in', 'x_t'], {}, { name: 'acc', outputs: ['s_out'] });
  body.output(s, 'float32');
  body.output(body.op('Relu', [s], {}, { name: 'relu', outputs: ['y_t'] }), 'float32');
  return body;
}

test('Scan-8: a leading batch axis on every input; the body runs batch x sequence times', () => {
  const m = new ModelBuilder({ opset: 8 });
  const init = m.input('state', 'float32', [2, 3]);
  const seq = m.input('xs', 'float32', [2, 5, 3]);
  const outs = m.node(
    'Scan',
    ['', init, seq],
    { body: new GraphAttr(accumulate()), num_scan_inputs: 1 },
    { name: 'scan', outputs: 2 },
  );
  m.output(outs[0]);
  m.output(outs[1]);
  const a = analyzeBuilt(m);
  // 2 batch entries × 5 steps = 10 runs of (Add over 3 + Relu over 3) = 60 FLOPs.
  assert.equal(nodeOf(a, 'scan/body/acc').repeat, 2 * 5);
  assert.equal(a.totals.flops, 2 * 5 * (3 + 3));
  // Final state [batch, 3]; scan output [batch, sequence, 3].
  assert.deepEqual(nodeOf(a, 'scan').outputShapes, [
    [2, 3],
    [2, 5, 3],
  ]);
  assert.deepEqual(a.unresolved, []);
});

test('Scan-8 with sequence_lens is costed at the longest sequence, with a note', () => {
  const m = new ModelBuilder({ opset: 8 });
  const lens = m.input('lens', 'int64', [2]);
  const outs = m.node(
    'Scan',
    [lens, m.input('state', 'float32', [2, 3]), m.input('xs', 'float32', [2, 4, 3])],
    { body: new GraphAttr(accumulate()), num_scan_inputs: 1 },
    { name: 'scan', outputs: 2 },
  );
  m.output(outs[1]);
  const a = analyzeBuilt(m);
  // 2 × 4 runs of 3 + 3 FLOPs.
  assert.equal(a.totals.flops, 2 * 4 * 6);
  assert.ok(a.notes.some((n) => /sequence_lens is given/.test(n)));
});

/** SequenceMap adding a bias to each element of a sequence of two [2, 3] tensors. */
function mapped(position?: 'unknown') {
  const m = new ModelBuilder({ opset: 17 });
  const a = m.input('a', 'float32', [2, 3]);
  const b = m.input('b', 'float32', [2, 3]);
  const bias = m.input('bias', 'float32', [3]);
  let seq = m.op('SequenceConstruct', [a], {}, { name: 'construct' });
  const at = position ? [m.input('p', 'int64', [])] : [];
  seq = m.op('SequenceInsert', [seq, b, ...at]);
  const body = new GraphBuilder('body');
  body.input('x', 'float32'); // no declared shape: it comes from the sequence
  body.input('t', 'float32', [3]);
  body.output(body.op('Add', ['x', 't'], {}, { name: 'add', outputs: ['y'] }), 'float32');
  const out = m.op('SequenceMap', [seq, bias], { body: new GraphAttr(body) }, { name: 'map' });
  m.output(m.op('ConcatFromSequence', [out], { axis: 0, new_axis: 1 }, { name: 'stack' }));
  return analyzeBuilt(m);
}

test('SequenceMap runs its body once per element of a known sequence; outputs are sequences', () => {
  const r = mapped();
  // The body sees one element [2, 3] plus the bias [3]: an Add over 2 · 3 = 6 elements, run
  // for each of the 2 elements.
  assert.deepEqual(nodeOf(r, 'map/body/add').outputShapes, [[2, 3]]);
  assert.equal(nodeOf(r, 'map/body/add').repeat, 2);
  assert.equal(r.totals.flops, 2 * 6);
  assert.deepEqual(r.unresolved, []);
  // The mapped sequence has 2 elements of [2, 3]: stacking them gives [2, 2, 3].
  assert.deepEqual(nodeOf(r, 'stack').outputShapes, [[2, 2, 3]]);
});

test('SequenceMap over a sequence of unknown length counts its body once, flagged', () => {
  const r = mapped('unknown');
  assert.equal(r.totals.flops, 6);
  const flagged = r.unresolved.some((u) =>
    /SequenceMap: the sequence length is not known/.test(u.reason),
  );
  assert.ok(flagged);
  assert.deepEqual(nodeOf(r, 'stack').outputShapes[0]!.slice(1), [2, 3]);
});

test("a Loop's carried counter is not folded to its first iteration's value", () => {
  const m = new ModelBuilder({ opset: 17 });
  const body = new GraphBuilder('body');
  body.input('i', 'int64', []);
  body.input('cond_in', 'bool', []);
  body.input('c', 'int64', [1]);
  body.output(body.op('Identity', ['cond_in'], {}, { outputs: ['cond_out'] }), 'bool');
  const one = body.constant('int64', [1], [1]);
  body.output(body.op('Add', ['c', one], {}, { name: 'inc', outputs: ['c_out'] }), 'int64');
  const count = m.constant('int64', [], [3]);
  const start = m.constant('int64', [1], [0]);
  const final = m.op('Loop', [count, '', start], { body: new GraphAttr(body) }, { name: 'loop' });
  m.output(m.op('ConstantOfShape', [final], {}, { name: 'probe' }));
  const a = analyzeBuilt(m);
  // ONNX computes 0 + 1 + 1 + 1 = 3; the first iteration alone gives 1. Inferring the body once
  // cannot know 3, so the probe's dim must be unknown, never 1.
  const dim = nodeOf(a, 'probe').outputShapes[0]![0];
  assert.equal(typeof dim, 'string');
  assert.deepEqual(nodeOf(a, 'loop').outputShapes, [[1]]);
  assert.equal(nodeOf(a, 'loop/body/inc').repeat, 3);
});

test('an If whose branches both return sequences returns a sequence', () => {
  const m = new ModelBuilder({ opset: 17 });
  const x = m.input('x', 'float32', [2, 3]);
  const cond = m.input('cond', 'bool', []);
  const branch = (name: string, n: number) => {
    const g = new GraphBuilder(name);
    const parts = Array.from({ length: n }, () => x);
    g.output(g.op('SequenceConstruct', parts, {}, { outputs: [`${name}_seq`] }), 'float32');
    return new GraphAttr(g);
  };
  const branches = { then_branch: branch('a', 1), else_branch: branch('b', 2) };
  const out = m.op('If', [cond], branches, { name: 'if' });
  const body = new GraphBuilder('body');
  body.input('e', 'float32');
  body.output(body.op('Relu', ['e'], {}, { name: 'relu', outputs: ['r'] }), 'float32');
  m.output(m.op('SequenceMap', [out], { body: new GraphAttr(body) }, { name: 'map' }));
  const a = analyzeBuilt(m);
  // SequenceMap takes only a sequence: the If's output must still be one, of [2, 3] elements.
  assert.ok(!a.unresolved.some((u) => /must be a sequence/.test(u.reason)));
  assert.deepEqual(nodeOf(a, 'map/body/relu').outputShapes, [[2, 3]]);
});
