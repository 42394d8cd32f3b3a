/**
 * The analysis as a whole: totals, params (sharing, embeddings, meta inputs), peak activation
 * memory, functions, control flow, value_info checks. Expected numbers are worked out by hand
 * from docs/indicators.md: MatMul M·K·N MACs and 2·MACs FLOPs; Add, Mul, Relu 1 FLOP per
 * element.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attr, GraphAttr, GraphBuilder, ModelBuilder } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, nodeOf } from '../helpers.ts';

test('totals add up the nodes; byOpType is sorted by FLOPs and counts nodes', () => {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', ['batch', 16]);
  m.initializer('w', 'float32', [16, 32]);
  const h = m.op('MatMul', [x, 'w'], {}, { name: 'mm' });
  const r = m.op('Relu', [h], {}, { name: 'relu' });
  m.output(m.op('Add', [r, r], {}, { name: 'add' }));
  const a = analyzeBuilt(m, { dims: { batch: 4 } });
  // MatMul [4,16]x[16,32]: 4·16·32 = 2048 MACs, 4096 FLOPs. Relu and Add: 4·32 = 128 each.
  assert.equal(a.totals.macs, 4 * 16 * 32);
  assert.equal(a.totals.flops, 2 * 4 * 16 * 32 + 128 + 128);
  assert.equal(a.totals.nodes, 3);
  assert.deepEqual(Object.keys(a.byOpType), ['MatMul', 'Add', 'Relu']);
  assert.equal(a.byOpType.MatMul.count, 1);
  // bytes: MatMul reads x (4·16·4) and w (16·32·4), writes 4·32·4; Relu reads and writes 4·32·4.
  assert.equal(nodeOf(a, 'mm').bytesAccessed, (64 + 512 + 128) * 4);
  assert.equal(nodeOf(a, 'relu').bytesAccessed, 2 * 128 * 4);
  assert.equal(a.totals.bytesAccessed, (64 + 512 + 128) * 4 + 2 * 128 * 4 + 3 * 128 * 4);
  assert.equal(a.totals.arithmeticIntensity, a.totals.flops / a.totals.bytesAccessed);
  assert.deepEqual(a.dims, { batch: 4 });
  assert.equal(a.incomplete, false);
});

test('params: each tensor once; paramsPerUse reveals sharing; int64 shape tensors are not params', () => {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [2, 4]);
  m.initializer('shared', 'float32', [4, 4]);
  const a1 = m.op('MatMul', [x, 'shared']);
  const a2 = m.op('MatMul', [a1, 'shared']);
  m.initializer('target', 'int64', [2], [4, 2]);
  const r = m.op('Reshape', [a2, 'target']);
  const bias = m.constant('float32', [2], [0.5, 0.25]);
  m.output(m.op('Add', [r, bias]));
  m.initializer('unused', 'float32', [100]);
  const a = analyzeBuilt(m);
  // 16 shared weights counted once, the 2-element Constant once: 18. Per use: 16·2 + 2 = 34.
  assert.equal(a.totals.params, 18);
  assert.equal(a.totals.paramsPerUse, 34);
  assert.deepEqual(a.totals.paramsByDtype, { float32: 18 });
  assert.equal(a.totals.weightBytes, 18 * 4);
  assert.ok(a.notes.some((n) => n.includes('1 weight tensor(s) are used by no node')));
});

test('single-element tensors are arithmetic constants, not params; a note counts them', () => {
  // A LayerNorm-like tail: x·W, then · 1/sqrt(d) (a Constant of shape [1]), + eps (an
  // initializer of shape []), GELU's 0.5 as a float16 scalar. Only W (4·4) is a parameter.
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [2, 4]);
  m.initializer('w', 'float32', [4, 4]);
  m.initializer('eps', 'float32', [], [1e-5]);
  m.initializer('half', 'float16', [], [0.5]);
  const h = m.op('MatMul', [x, 'w']);
  const scaled = m.op('Mul', [h, m.constant('float32', [1], [0.5])]);
  const shifted = m.op('Add', [scaled, 'eps']);
  m.output(m.op('Mul', [m.op('Cast', [shifted], { to: 10 }), 'half']));
  const a = analyzeBuilt(m);
  assert.equal(a.totals.params, 16);
  assert.equal(a.totals.paramsPerUse, 16);
  assert.deepEqual(a.totals.paramsByDtype, { float32: 16 });
  assert.equal(a.totals.weightBytes, 16 * 4);
  assert.ok(
    a.notes.some((n) => n.startsWith('3 single-element constant(s)')),
    a.notes.join('\n'),
  );
});

test('embedding params: tables gathered by indices derived from a graph input', () => {
  const m = new ModelBuilder();
  const ids = m.input('input_ids', 'int64', ['batch', 'sequence']);
  m.initializer('tok', 'float32', [100, 8]);
  m.initializer('pos', 'float32', [32, 8]);
  m.initializer('proj', 'float32', [8, 8]);
  m.initializer('fixed_table', 'float32', [10, 8]);
  const tok = m.op('Gather', ['tok', ids], { axis: 0 });
  // position ids: Range(0, Shape(ids)[1], 1), derived from the input through its shape.
  const shape = m.op('Shape', [ids]);
  const seq = m.op('Gather', [shape, m.constant('int64', [], [1])], { axis: 0 });
  const positions = m.op('Range', [
    m.constant('int64', [], [0]),
    seq,
    m.constant('int64', [], [1]),
  ]);
  const pos = m.op('Gather', ['pos', positions], { axis: 0 });
  // A Gather with constant indices is not an embedding lookup.
  const fixed = m.op('Gather', ['fixed_table', m.constant('int64', [1], [3])], { axis: 0 });
  const sum = m.op('Add', [m.op('Add', [tok, pos]), fixed]);
  m.output(m.op('MatMul', [sum, 'proj']));
  const a = analyzeBuilt(m, { dims: { batch: 1, sequence: 16 } });
  assert.equal(a.totals.embeddingParams, 100 * 8 + 32 * 8);
  assert.equal(a.totals.params, 100 * 8 + 32 * 8 + 8 * 8 + 10 * 8);
  assert.equal(a.totals.nonEmbeddingParams, 8 * 8 + 10 * 8);
});

test('peak activation memory follows liveness in execution order; views share buffers', () => {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [1, 1000]);
  const a = m.op('Relu', [x], {}, { name: 'r1' });
  const av = m.op('Reshape', [a, m.constant('int64', [2], [10, 100])]);
  const b = m.op('Relu', [a], {}, { name: 'r2' });
  const bv = m.op('Reshape', [b, m.constant('int64', [2], [10, 100])]);
  m.output(m.op('Add', [av, bv]));
  const res = analyzeBuilt(m);
  // 1000 float32 = 4000 B per tensor. r1: x + a = 8000 (x dies). r2: a + b = 8000.
  // Add: a, b and y live together = 12000. The Reshape views add nothing.
  assert.equal(res.totals.peakActivationBytes, 12000);
});

test('model-local functions are expanded per call site, with attribute references bound', () => {
  const body = new GraphBuilder('body');
  const t = body.op('Mul', ['X', 'X'], {}, { name: 'sq' });
  body.node('LeakyRelu', [t], { alpha: attr.ref('slope', 1) }, { name: 'act', outputs: ['Y'] });
  const m = new ModelBuilder({ opsets: { 'custom.fn': 1 } });
  m.addFunction({
    name: 'SquareAct',
    domain: 'custom.fn',
    inputs: ['X'],
    outputs: ['Y'],
    attributes: ['slope'],
    body,
  });
  const x = m.input('x', 'float32', [2, 50]);
  const y1 = m.op(
    'SquareAct',
    [x],
    { slope: attr.float(0.25) },
    { name: 'call1', domain: 'custom.fn' },
  );
  const y2 = m.op(
    'SquareAct',
    [y1],
    { slope: attr.float(0.5) },
    { name: 'call2', domain: 'custom.fn' },
  );
  m.output(y2);
  const a = analyzeBuilt(m);
  // Two call sites × (Mul + LeakyRelu) = 4 nodes, each over 2·50 = 100 elements.
  assert.equal(a.totals.nodes, 4);
  assert.deepEqual(
    a.nodes?.map((n) => n.name),
    ['call1/sq', 'call1/act', 'call2/sq', 'call2/act'],
  );
  assert.equal(nodeOf(a, 'call1/sq').flops, 100);
  assert.deepEqual(nodeOf(a, 'call2/act').outputShapes, [[2, 50]]);
});

test('If is costed as its more expensive branch; a constant condition picks its branch', () => {
  const build = (condConstant?: boolean) => {
    const m = new ModelBuilder();
    const x = m.input('x', 'float32', [8, 8]);
    m.initializer('w', 'float32', [8, 8]);
    const heavy = new GraphBuilder('then');
    heavy.output(heavy.op('MatMul', [x, 'w'], {}, { name: 'mm' }), 'float32');
    const light = new GraphBuilder('else');
    light.output(light.op('Relu', [x], {}, { name: 'relu' }), 'float32');
    const cond =
      condConstant === undefined
        ? m.input('c', 'bool', [])
        : m.constant('bool', [], [condConstant ? 1 : 0]);
    m.output(
      m.op(
        'If',
        [cond],
        { then_branch: new GraphAttr(heavy), else_branch: new GraphAttr(light) },
        { name: 'if' },
      ),
    );
    return analyzeBuilt(m);
  };
  // MatMul 8·8·8 = 512 MACs, 1024 FLOPs beats Relu's 64 FLOPs.
  const unknown = build();
  assert.equal(unknown.totals.macs, 512);
  assert.equal(unknown.totals.flops, 1024);
  assert.equal(unknown.totals.nodes, 3, 'If + both branch nodes, each once');
  assert.ok(unknown.notes.some((n) => n.includes('more expensive branch')));
  assert.equal(build(false).totals.flops, 64);
  assert.equal(build(true).totals.flops, 1024);
});

test('Loop multiplies its body by a constant trip count; an unknown count is flagged', () => {
  const build = (tripCount?: number) => {
    const m = new ModelBuilder();
    const x = m.input('x', 'float32', [4, 25]);
    const body = new GraphBuilder('body');
    body.input('i', 'int64', []);
    body.input('cond_in', 'bool', []);
    body.input('acc', 'float32', [4, 25]);
    body.output(body.op('Identity', ['cond_in'], {}, { outputs: ['cond_out'] }), 'bool');
    body.output(body.op('Add', ['acc', x], {}, { name: 'add', outputs: ['acc_out'] }), 'float32');
    const count =
      tripCount === undefined ? m.input('n', 'int64', []) : m.constant('int64', [], [tripCount]);
    m.output(m.op('Loop', [count, '', x], { body: new GraphAttr(body) }, { name: 'loop' }));
    return analyzeBuilt(m);
  };
  // Body Add over 4·25 = 100 elements, 7 times.
  const known = build(7);
  assert.equal(known.totals.flops, 7 * 100);
  assert.equal(nodeOf(known, 'loop/body/add').repeat, 7);
  assert.equal(known.incomplete, false);
  const unknown = build();
  assert.equal(unknown.totals.flops, 100);
  assert.equal(unknown.incomplete, true);
  assert.match(unknown.unresolved[0].reason, /trip count is not a constant/);
});

test('value_info from the model is checked against inference and fills unknown dims', () => {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [2, 3]);
  const y = m.op('Relu', [x], {}, { name: 'relu', outputs: ['y'] });
  m.valueInfo('y', 'float32', [2, 4]); // wrong on purpose
  m.output(m.op('Relu', [y]));
  const a = analyzeBuilt(m);
  assert.equal(a.warnings.length, 1);
  assert.match(a.warnings[0], /"y".*says \[2, 4\], inference gives \[2, 3\]/);
});

test('unknown ops are listed as uncounted and mark the compute totals incomplete', () => {
  const m = new ModelBuilder({ opsets: { 'com.vendor': 1 } });
  const x = m.input('x', 'float32', [2, 3]);
  const y = m.op('MagicOp', [x], {}, { name: 'magic1', domain: 'com.vendor', outputs: ['y'] });
  m.valueInfo('y', 'float32', [2, 3]);
  const z = m.op('MagicOp', [y], {}, { name: 'magic2', domain: 'com.vendor' });
  m.output(z);
  const a = analyzeBuilt(m);
  assert.deepEqual(a.uncounted, [
    { opType: 'MagicOp', domain: 'com.vendor', count: 2, examples: ['magic1', 'magic2'] },
  ]);
  assert.equal(a.incomplete, true);
  for (const t of ['macs', 'flops', 'transcendentals', 'intOps'] as const)
    assert.ok(a.incompleteTotals.includes(t));
  assert.equal(a.byOpType['com.vendor/MagicOp'].count, 2);
});

test('an unnamed input dim is bound as input:axis', () => {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [null, 8]);
  m.output(m.op('Relu', [x]));
  const a = analyzeBuilt(m, { dims: { 'x:0': 3 } });
  assert.equal(a.totals.flops, 3 * 8);
});

test('a sparse initializer is costed as its dense shape; its stored values are its params', () => {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [2, 10]);
  // A 10 × 4 weight with 3 stored non-zeros.
  m.sparseInitializer('w', 'float32', [10, 4], [0, 17, 39], [0.5, -1, 2]);
  m.output(m.op('MatMul', [x, 'w'], {}, { name: 'mm' }));
  const a = analyzeBuilt(m);
  assert.equal(a.totals.params, 3);
  // Dense MatMul [2,10]×[10,4]: 2·10·4 = 80 MACs.
  assert.equal(nodeOf(a, 'mm').macs, 80);
  assert.deepEqual(nodeOf(a, 'mm').outputShapes, [[2, 4]]);
});

test('Scan runs its body once per step of the scanned axis', () => {
  const m = new ModelBuilder();
  const init = m.input('state', 'float32', [3]);
  const seq = m.input('xs', 'float32', [5, 3]);
  const body = new GraphBuilder('body');
  body.input('s_in', 'float32', [3]);
  body.input('x_t', 'float32', [3]);
  const s = body.op('Add', ['s_in', 'x_t'], {}, { name: 'acc', outputs: ['s_out'] });
  body.output(s, 'float32');
  body.output(body.op('Relu', [s], {}, { name: 'relu', outputs: ['y_t'] }), 'float32');
  const outs = m.node(
    'Scan',
    [init, seq],
    { body: new GraphAttr(body), num_scan_inputs: 1 },
    { name: 'scan', outputs: 2 },
  );
  m.output(outs[0]);
  m.output(outs[1]);
  const a = analyzeBuilt(m);
  // 5 steps × (Add over 3 + Relu over 3) = 30 FLOPs; the scan output stacks 5 steps of [3].
  assert.equal(a.totals.flops, 5 * (3 + 3));
  assert.equal(nodeOf(a, 'scan/body/acc').repeat, 5);
  assert.deepEqual(nodeOf(a, 'scan').outputShapes, [[3], [5, 3]]);
});

test('Loop: an INT64_MAX trip count (a while loop) is no count: the body is counted once and flagged', () => {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [4, 25]);
  const body = new GraphBuilder('body');
  body.input('i', 'int64', []);
  body.input('cond_in', 'bool', []);
  body.input('acc', 'float32', [4, 25]);
  body.output(body.op('Identity', ['cond_in'], {}, { outputs: ['cond_out'] }), 'bool');
  body.output(body.op('Add', ['acc', x], {}, { name: 'add', outputs: ['acc_out'] }), 'float32');
  // INT64_MAX, as a JS number (2^63); the writer stores it as 2^63 - 1.
  const count = m.constant('int64', [], [2 ** 63]);
  const cond = m.constant('bool', [], [1]);
  m.output(m.op('Loop', [count, cond, x], { body: new GraphAttr(body) }, { name: 'loop' }));
  const a = analyzeBuilt(m);
  // The body's Add over 4·25 = 100 elements, counted once.
  assert.equal(a.totals.flops, 100);
  assert.equal(a.incomplete, true);
  assert.match(a.unresolved[0].reason, /trip count .* means "until the condition stops it"/);
});

test('Loop: a carried value that grows every iteration gets unknown dims and a flag', () => {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [1, 4]);
  const body = new GraphBuilder('body');
  body.input('i', 'int64', []);
  body.input('cond_in', 'bool', []);
  body.input('seq', 'float32', [1, 4]);
  body.output(body.op('Identity', ['cond_in'], {}, { outputs: ['cond_out'] }), 'bool');
  const one = body.constant('float32', [1, 1], [0]);
  body.output(body.op('Concat', ['seq', one], { axis: 1 }, { outputs: ['seq_out'] }), 'float32');
  m.output(
    m.op(
      'Loop',
      [m.constant('int64', [], [10]), '', x],
      { body: new GraphAttr(body) },
      { name: 'loop' },
    ),
  );
  const a = analyzeBuilt(m);
  const loop = nodeOf(a, 'loop');
  assert.equal(loop.outputShapes[0]![0], 1);
  assert.equal(typeof loop.outputShapes[0]![1], 'string', 'the growing dim is unknown, not 5');
  assert.ok(a.unresolved.some((u) => /changes shape across iterations/.test(u.reason)));
});

test('a rule that would produce a negative dim leaves its node unresolved, never a negative count', () => {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [2, 3]);
  // Reshape to [-2, -3] is not a shape (only one -1 is allowed, meaning "infer").
  const bad = m.op('Reshape', [x, m.constant('int64', [2], [-2, -3])], {}, { name: 'reshape' });
  m.output(m.op('Relu', [bad], {}, { name: 'relu' }));
  const a = analyzeBuilt(m);
  assert.ok(a.totals.flops >= 0);
  assert.ok(a.unresolved.some((u) => u.node === 'reshape'));
});

test('peak memory: an If output is not counted twice; tensors computed from weights alone are not activations', () => {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [1, 1000]);
  m.initializer('w', 'float32', [1000, 1000]);
  // Transpose(w) reads only a weight: ONNX Runtime folds it when the session starts.
  const wt = m.op('Transpose', ['w'], { perm: [1, 0] });
  const then = new GraphBuilder('then');
  then.output(then.op('Relu', [x]), 'float32');
  const otherwise = new GraphBuilder('else');
  otherwise.output(otherwise.op('Neg', [x]), 'float32');
  const y = m.op('If', [m.input('c', 'bool', [])], {
    then_branch: new GraphAttr(then),
    else_branch: new GraphAttr(otherwise),
  });
  m.output(m.op('MatMul', [y, wt]));
  const a = analyzeBuilt(m);
  // 1000 float32 = 4000 B. Inside the If: x (4000) + the branch output (4000) = 8000, plus the
  // bool c (1 B). Then MatMul: y + its output = 8000 (+ c until it is freed after the If).
  assert.equal(a.totals.peakActivationBytes, 8001);
});

test("a body finds its parents' values by name; a name it defines again stays its own", () => {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [2, 3]);
  m.initializer('w', 'float32', [3, 3]);
  const h = m.op('Relu', [x], {}, { name: 'relu', outputs: ['h'] });
  // The then branch writes its own "h" (x transposed, [3, 2]); the else branch reads the
  // weight w, which no node of the main graph reads.
  const then = new GraphBuilder('then');
  const inner = then.op('Transpose', [x], { perm: [1, 0] }, { outputs: ['h'] });
  then.output(then.op('MatMul', [inner, x], {}, { name: 'mm' }), 'float32');
  const otherwise = new GraphBuilder('else');
  otherwise.output(otherwise.op('MatMul', ['w', 'w'], {}, { name: 'ww' }), 'float32');
  const cond = m.input('c', 'bool', []);
  m.output(
    m.op('If', [cond], { then_branch: new GraphAttr(then), else_branch: new GraphAttr(otherwise) }),
  );
  m.output(m.op('Add', [h, h], {}, { name: 'add' }));
  const a = analyzeBuilt(m, { perNode: true });
  // After the If, the main graph's "h" is still Relu's [2, 3]: Add is 6 FLOPs.
  assert.deepEqual(nodeOf(a, 'add').outputShapes, [[2, 3]]);
  // Then: [3, 2]·[2, 3] = 18 MACs; else: [3, 3]·[3, 3] = 27 MACs, the branch costed. FLOPs:
  // 2·27 + Relu 6 + Add 6 = 66.
  assert.equal(a.totals.macs, 27);
  assert.equal(a.totals.flops, 66);
  // w, read only inside the else branch, is a parameter: 9 elements.
  assert.equal(a.totals.params, 9);
});

test('paramsPerUse counts consuming nodes: Mul(W, W) is one use', () => {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [10]);
  m.initializer('w', 'float32', [10]);
  m.output(m.op('Add', [x, m.op('Mul', ['w', 'w'])]));
  const a = analyzeBuilt(m);
  assert.equal(a.totals.params, 10);
  assert.equal(a.totals.paramsPerUse, 10);
});

test('an uncounted op in the If branch that was not costed still marks the totals incomplete', () => {
  const m = new ModelBuilder({ opsets: { 'com.vendor': 1 } });
  const x = m.input('x', 'float32', [8, 8]);
  m.initializer('w', 'float32', [8, 8]);
  const heavy = new GraphBuilder('then');
  heavy.output(heavy.op('MatMul', [x, 'w']), 'float32');
  const mystery = new GraphBuilder('else');
  mystery.output(
    mystery.op('Mystery', [x], {}, { name: 'mystery', domain: 'com.vendor' }),
    'float32',
  );
  m.output(
    m.op('If', [m.input('c', 'bool', [])], {
      then_branch: new GraphAttr(heavy),
      else_branch: new GraphAttr(mystery),
    }),
  );
  const a = analyzeBuilt(m);
  assert.equal(a.incomplete, true);
  assert.equal(a.uncounted[0].opType, 'Mystery');
  assert.ok(!a.nodes?.some((n) => n.name.endsWith('mystery')), 'not listed as a costed node');
});

test('a single-element tensor that a layer reads as its bias is a param (a Linear(·, 1))', () => {
  // Gemm(x [2, 4], W [1, 4]ᵀ, b [1]) then · 0.5: W and b are learned (4 + 1), 0.5 is not.
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [2, 4]);
  m.initializer('w', 'float32', [1, 4]);
  m.initializer('b', 'float32', [1]);
  const score = m.op('Gemm', [x, 'w', 'b'], { transB: 1 });
  m.output(m.op('Mul', [score, m.constant('float32', [], [0.5])]));
  const a = analyzeBuilt(m);
  assert.equal(a.totals.params, 5);
  assert.ok(
    a.notes.some((n) => n.startsWith('1 single-element constant(s)')),
    a.notes.join('\n'),
  );
});
