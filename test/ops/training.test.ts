import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ModelBuilder, attr, type AttrValue } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, nodeOf } from '../helpers.ts';

const D = 'ai.onnx.preview.training';

/** One optimizer step over variables of the given shapes, `groups` tensors per variable. */
function step(
  op: string,
  shapes: number[][],
  groups: number,
  attrs: Record<string, AttrValue> = {},
) {
  const m = new ModelBuilder({ opset: 17, opsets: { [D]: 1 } });
  const inputs = [m.input('R', 'float32', []), m.input('T', 'int64', [])];
  for (let g = 0; g < groups; g++) {
    shapes.forEach((s, i) => inputs.push(m.input(`in${g}_${i}`, 'float32', s)));
  }
  const outs = m.node(op, inputs, attrs, { name: 'step', domain: D, outputs: 2 * shapes.length });
  outs.forEach((o) => m.output(o));
  return analyzeBuilt(m);
}

test('Adam updates X, V and H: one output per variable per group, 14 flops + 1 sqrt each', () => {
  // X1 [3] and X2 [2, 2]: 3 + 4 = 7 elements.
  const m = new ModelBuilder({ opset: 17, opsets: { [D]: 1 } });
  const names = ['R', 'T', 'X1', 'X2', 'G1', 'G2', 'V1', 'V2', 'H1', 'H2'];
  const shapes = [[], [], [3], [2, 2], [3], [2, 2], [3], [2, 2], [3], [2, 2]];
  const inputs = names.map((n, i) => m.input(n, n === 'T' ? 'int64' : 'float32', shapes[i]));
  const outs = m.node('Adam', inputs, {}, { name: 'adam', domain: D, outputs: 6 });
  outs.forEach((o) => m.output(o));
  const n = nodeOf(analyzeBuilt(m), 'adam');
  assert.deepEqual(n.outputShapes, [[3], [2, 2], [3], [2, 2], [3], [2, 2]]);
  assert.equal(n.flops, 14 * 7);
  assert.equal(n.transcendentals, 7);
});

test('Momentum: standard 7 flops, Nesterov 8 flops per element; Adagrad 8 flops + 1 sqrt', () => {
  const flops = (op: string, attrs: Record<string, AttrValue> = {}) =>
    nodeOf(step(op, [[4]], 3, attrs), 'step');
  assert.equal(flops('Momentum', { mode: 'standard' }).flops, 7 * 4);
  assert.equal(flops('Momentum', { mode: 'nesterov' }).flops, 8 * 4);
  const adagrad = flops('Adagrad');
  assert.equal(adagrad.flops, 8 * 4);
  assert.equal(adagrad.transcendentals, 4);
});

test('an optimizer whose state does not match X, or whose inputs do not group, fails clearly', () => {
  const m = new ModelBuilder({ opset: 17, opsets: { [D]: 1 } });
  const ins = [m.input('R', 'float32', []), m.input('T', 'int64', [])];
  ins.push(
    m.input('X', 'float32', [4]),
    m.input('G', 'float32', [4]),
    m.input('H', 'float32', [5]),
  );
  m.node('Adagrad', ins, {}, { name: 'bad', domain: D, outputs: 2 });
  assert.match(
    analyzeBuilt(m).unresolved[0].reason,
    /input 4 \[5\] must have the shape of X1 \[4\]/,
  );
  const uneven = step('Adam', [[4]], 3);
  assert.match(uneven.unresolved[0].reason, /5 inputs; expected R, T and 4 tensors per variable/);
});

test('Gradient: one output per tensor of xs, shaped like it; the backward pass is flagged', () => {
  const m = new ModelBuilder({ opset: 12, opsets: { [D]: 1 } });
  const a = m.input('a', 'float32', [2, 3]);
  const b = m.input('b', 'float32', [3]);
  const c = m.op('Add', [a, b], {}, { outputs: ['c'] });
  m.output(c);
  const grads = m.node(
    'Gradient',
    [a, b],
    { xs: attr.strings(['a', 'b']), y: 'c' },
    { name: 'grad', domain: D, outputs: 2 },
  );
  grads.forEach((g) => m.output(g));
  const r = analyzeBuilt(m);
  // d c / d a has a's shape, d c / d b has b's.
  assert.deepEqual(nodeOf(r, 'grad').outputShapes, [[2, 3], [3]]);
  assert.ok(
    r.unresolved.some((u) => u.node === 'grad' && /backward pass is not costed/.test(u.reason)),
  );
  assert.equal(r.incomplete, true);
});
