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

test('SequenceMap runs its body on one element of each sequence; outputs are sequences', () => {
  const m = new ModelBuilder({ opset: 17 });
  const a = m.input('a', 'float32', [2, 3]);
  const b = m.input('b', 'float32', [2, 3]);
  const bias = m.input('bias', 'float32', [3]);
  const seq = m.op('SequenceConstruct', [a, b], {}, { name: 'construct' });
  const body = new GraphBuilder('body');
  body.input('x', 'float32'); // no declared shape: it comes from the sequence
  body.input('t', 'float32', [3]);
  body.output(body.op('Add', ['x', 't'], {}, { name: 'add', outputs: ['y'] }), 'float32');
  const out = m.op('SequenceMap', [seq, bias], { body: new GraphAttr(body) }, { name: 'map' });
  m.output(m.op('ConcatFromSequence', [out], { axis: 0, new_axis: 1 }, { name: 'stack' }));
  const r = analyzeBuilt(m);
  // The body sees one element [2, 3] (the shape the elements share) plus the bias [3]: an Add
  // over 2 · 3 = 6 elements, counted once (the length is not tracked) and flagged.
  assert.deepEqual(nodeOf(r, 'map/body/add').outputShapes, [[2, 3]]);
  assert.equal(r.totals.flops, 6);
  assert.ok(
    r.unresolved.some((u) => /SequenceMap: the sequence length is not known/.test(u.reason)),
  );
  // The mapped sequence keeps the element shape: stacking it gives [length, 2, 3].
  const stacked = nodeOf(r, 'stack').outputShapes[0]!;
  assert.deepEqual(stacked.slice(1), [2, 3]);
});
