/**
 * Model-local functions, expanded per call site: subgraphs inside bodies, attribute references
 * at every depth, repeated node names, omitted outputs, overloads and the body's own opsets.
 * Counts by hand: Relu, Neg and Add cost 1 FLOP per element.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attr, GraphAttr, GraphBuilder, ModelBuilder } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, nodeOf } from '../helpers.ts';

test('a function whose body has an If reading the formal input', () => {
  const then = new GraphBuilder('then');
  then.output(then.op('Relu', ['X'], {}, { name: 'relu' }), 'float32');
  const otherwise = new GraphBuilder('else');
  otherwise.output(otherwise.op('Neg', ['X'], {}, { name: 'neg' }), 'float32');
  const body = new GraphBuilder('body');
  body.node(
    'If',
    ['C'],
    { then_branch: new GraphAttr(then), else_branch: new GraphAttr(otherwise) },
    { name: 'if', outputs: ['Y'] },
  );
  const m = new ModelBuilder({ opsets: { local: 1 } });
  m.addFunction({ name: 'Pick', domain: 'local', inputs: ['X', 'C'], outputs: ['Y'], body });
  const x = m.input('x', 'float32', [2, 5]);
  const c = m.input('c', 'bool', []);
  m.output(m.op('Pick', [x, c], {}, { name: 'call', domain: 'local' }));
  const a = analyzeBuilt(m);
  // Either branch: 2·5 = 10 FLOPs on the caller's x.
  assert.equal(a.totals.flops, 10);
  assert.deepEqual(nodeOf(a, 'call/if').outputShapes, [[2, 5]]);
  assert.equal(a.incomplete, false);
});

test('attribute references inside a body subgraph take the caller value', () => {
  const then = new GraphBuilder('then');
  then.output(then.op('Softmax', ['X'], { axis: attr.ref('ax', 2) }, { name: 'sm' }), 'float32');
  const otherwise = new GraphBuilder('else');
  otherwise.output(otherwise.op('Identity', ['X']), 'float32');
  const body = new GraphBuilder('body');
  body.node(
    'If',
    ['C'],
    { then_branch: new GraphAttr(then), else_branch: new GraphAttr(otherwise) },
    { name: 'if', outputs: ['Y'] },
  );
  const m = new ModelBuilder({ opsets: { local: 1 } });
  m.addFunction({
    name: 'MaybeSoftmax',
    domain: 'local',
    inputs: ['X', 'C'],
    outputs: ['Y'],
    attributes: ['ax'],
    body,
  });
  const x = m.input('x', 'float32', [3, 4]);
  const c = m.input('c', 'bool', []);
  m.output(m.op('MaybeSoftmax', [x, c], { ax: 0 }, { name: 'call', domain: 'local' }));
  const a = analyzeBuilt(m);
  // Softmax over 3·4 = 12 elements: 4 FLOPs + 1 transcendental each.
  assert.equal(a.totals.flops, 4 * 12);
  assert.equal(a.totals.transcendentals, 12);
  assert.equal(a.unresolved.length, 0, JSON.stringify(a.unresolved));
});

test('two call sites with the same node name do not collide; an omitted output still works', () => {
  const body = new GraphBuilder('body');
  const t = body.op('Relu', ['X'], {}, { name: 't', outputs: ['T'] });
  body.node('Neg', [t], {}, { name: 'n', outputs: ['Y'] });
  body.node('Identity', [t], {}, { name: 'i', outputs: ['Z'] });
  const m = new ModelBuilder({ opsets: { local: 1 } });
  m.addFunction({ name: 'Blk', domain: 'local', inputs: ['X'], outputs: ['Y', 'Z'], body });
  const x = m.input('x', 'float32', [4]);
  // Both calls are named "blk"; the second omits its Z output.
  const [y1] = m.node('Blk', [x], {}, { name: 'blk', domain: 'local', outputs: ['y1', 'z1'] });
  const [y2] = m.node('Blk', [y1], {}, { name: 'blk', domain: 'local', outputs: ['y2', ''] });
  m.output(y2);
  const a = analyzeBuilt(m);
  // Per call: Relu 4 + Neg 4 = 8 FLOPs; two calls: 16.
  assert.equal(a.totals.flops, 16);
  assert.equal(a.totals.nodes, 6);
  assert.deepEqual(
    a.nodes?.map((n) => n.name),
    ['blk/t', 'blk/n', 'blk/i', 'blk#2/t', 'blk#2/n', 'blk#2/i'],
  );
});

test('overloads select their own body; a body uses its own opset imports', () => {
  const relu = new GraphBuilder('relu');
  relu.node('Relu', ['X'], {}, { name: 'r', outputs: ['Y'] });
  const sq = new GraphBuilder('square');
  // Squeeze-11 takes axes as an attribute; the model imports opset 17, the function opset 11.
  sq.node('Squeeze', ['X'], { axes: [0] }, { name: 's', outputs: ['Y'] });
  const m = new ModelBuilder({ opset: 17, opsets: { local: 1 } });
  m.addFunction({
    name: 'Op',
    domain: 'local',
    overload: 'relu',
    inputs: ['X'],
    outputs: ['Y'],
    body: relu,
  });
  m.addFunction({
    name: 'Op',
    domain: 'local',
    overload: 'squeeze',
    inputs: ['X'],
    outputs: ['Y'],
    body: sq,
    opsets: { '': 11 },
  });
  const x = m.input('x', 'float32', [1, 6]);
  const a1 = m.op('Op', [x], {}, { name: 'first', domain: 'local', overload: 'relu' });
  m.output(m.op('Op', [a1], {}, { name: 'second', domain: 'local', overload: 'squeeze' }));
  const a = analyzeBuilt(m);
  assert.equal(nodeOf(a, 'first/r').opType, 'Relu');
  assert.deepEqual(nodeOf(a, 'second/s').outputShapes, [[6]]);
  assert.equal(a.unresolved.length, 0, JSON.stringify(a.unresolved));
});
