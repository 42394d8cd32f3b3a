import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { loadModel } from '../../src/onnx/load.ts';
import { ModelBuilder, attr, GraphAttr, GraphBuilder } from '../fixtures/onnx-writer.ts';
import { tempDir } from '../helpers.ts';

test('reads opsets, inputs with symbolic dims, nodes and attributes of every kind', () => {
  const m = new ModelBuilder({ opset: 17, opsets: { 'com.microsoft': 1 } });
  const x = m.input('x', 'float32', ['batch', 3, null]);
  m.initializer('w', 'float32', [2, 3], [1, 2, 3, 4, 5, 6]);
  const then = new GraphBuilder('then');
  then.output(then.op('Identity', [x]), 'float32');
  m.node(
    'Custom',
    [x, 'w'],
    {
      i: 7,
      f: 0.5,
      s: 'hello',
      ints: [1, -2, 3],
      floats: attr.floats([1.5, 2]),
      strs: ['a', 'b'],
      g: new GraphAttr(then),
      neg: -9007199254740991,
    },
    { name: 'n0', domain: 'com.microsoft' },
  );
  const path = m.save(join(tempDir(), 'm.onnx'));
  const { model, store } = loadModel(path);
  try {
    assert.equal(model.opsets.get(''), 17);
    assert.equal(model.opsets.get('com.microsoft'), 1);
    assert.deepEqual(model.graph.inputs[0].type, {
      kind: 'tensor',
      elemType: 1,
      shape: ['batch', 3, ''],
    });
    const n = model.graph.nodes[0];
    assert.equal(n.domain, 'com.microsoft');
    assert.deepEqual(n.attributes.get('i'), { type: 'int', value: 7 });
    assert.deepEqual(n.attributes.get('f'), { type: 'float', value: 0.5 });
    assert.deepEqual(n.attributes.get('s'), { type: 'string', value: 'hello' });
    assert.deepEqual(n.attributes.get('ints'), { type: 'ints', value: [1, -2, 3] });
    assert.deepEqual(n.attributes.get('floats'), { type: 'floats', value: [1.5, 2] });
    assert.deepEqual(n.attributes.get('strs'), { type: 'strings', value: ['a', 'b'] });
    assert.deepEqual(n.attributes.get('neg'), { type: 'int', value: -9007199254740991 });
    const g = n.attributes.get('g');
    assert.ok(g?.type === 'graph' && g.value.nodes[0].opType === 'Identity');
    assert.deepEqual(store.values(model.graph.initializers[0]), [1, 2, 3, 4, 5, 6]);
  } finally {
    store.close();
  }
});

test('reads tensor values from raw_data, typed fields and external data', () => {
  const dir = tempDir();
  const m = new ModelBuilder();
  m.initializer('raw64', 'int64', [3], [1, -1, 9007199254740991]);
  m.initializer('typed64', 'int64', [2], [4, -5], 'typed');
  m.initializer('typedf', 'float32', [2], [0.25, -3], 'typed');
  m.initializer('typed_i8', 'int8', [2], [-3, 7], 'typed');
  m.initializer('ext', 'float32', [4], [1, 2, 3, 4], { external: 'weights.bin' });
  m.initializer('ext2', 'int64', [1], [42], { external: 'weights.bin' });
  m.initializer('half', 'float16', [1], [0x3c00]);
  m.initializer('typedu64', 'uint64', [2], [5, 2 ** 63], 'typed');
  const path = m.save(join(dir, 'm.onnx'));
  const { model, store } = loadModel(path);
  try {
    const v = (name: string) =>
      store.values(model.graph.initializers.find((t) => t.name === name)!);
    assert.deepEqual(v('raw64'), [1, -1, 9007199254740991]);
    assert.deepEqual(v('typed64'), [4, -5]);
    assert.deepEqual(v('typedf'), [0.25, -3]);
    assert.deepEqual(v('typed_i8'), [-3, 7]);
    assert.deepEqual(v('ext'), [1, 2, 3, 4]);
    assert.deepEqual(v('ext2'), [42]);
    assert.deepEqual(v('half'), [1]);
    // uint64_data holds unsigned varints: 2^63 must not come back negative.
    assert.deepEqual(v('typedu64'), [5, 2 ** 63]);
    assert.equal(model.externalFiles.length, 1);
    // modelFileBytes: the .onnx file plus weights.bin (4 float32 + 1 int64 = 24 bytes).
    assert.equal(model.fileBytes - 24 > 0, true);
  } finally {
    store.close();
  }
});

test('shape inference reads integer constants but never a float weight', () => {
  const m = new ModelBuilder();
  m.initializer('shape', 'int64', [200], new Array(200).fill(3));
  m.initializer('scales', 'float32', [4], [1, 1, 2, 2]);
  m.initializer('weight', 'float32', [100], new Array(100).fill(0.5));
  const path = m.save(join(tempDir(), 'm.onnx'));
  const { model, store } = loadModel(path);
  try {
    const lazy = (name: string) =>
      store.lazyValues(model.graph.initializers.find((t) => t.name === name)!)();
    assert.equal(lazy('shape')?.length, 200);
    assert.deepEqual(lazy('scales'), [1, 1, 2, 2]);
    assert.equal(lazy('weight'), undefined, 'a 100-element float tensor is a weight: not read');
  } finally {
    store.close();
  }
});

test('reads names and strings in any script, as UTF-8, the same at every repetition', () => {
  // ONNX strings are UTF-8. The reader decodes them with Buffer's UTF-8 decoder and keeps one copy of
  // a value name that recurs: each must come back as written, a multi-byte name included, and the
  // name a node writes must equal the one the next node reads.
  const m = new ModelBuilder();
  const x = m.input('entrée', 'float32', [2]);
  const [mid] = m.node('Relu', [x], {}, { name: 'ノード_1', outputs: ['中间/输出 ✓'] });
  const y = m.op('Neg', [mid], { note: 'ümlaut' }, { name: 'nœud' });
  m.output(y);
  const path = m.save(join(tempDir(), 'utf8.onnx'));
  const { model, store } = loadModel(path);
  try {
    const [relu, neg] = model.graph.nodes;
    assert.equal(model.graph.inputs[0].name, 'entrée');
    assert.deepEqual(
      [relu.name, relu.inputs, relu.outputs],
      ['ノード_1', ['entrée'], ['中间/输出 ✓']],
    );
    assert.equal(neg.name, 'nœud');
    assert.equal(neg.inputs[0], '中间/输出 ✓');
    assert.deepEqual(neg.attributes.get('note'), { type: 'string', value: 'ümlaut' });
  } finally {
    store.close();
  }
});
