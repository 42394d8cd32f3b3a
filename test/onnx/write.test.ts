/**
 * The small ONNX writer of src/onnx/write.ts, read back by the reader (src/onnx/load.ts): what
 * goes in comes out, field by field, and the varints that encode large dims survive.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DataType } from '../../src/onnx/dtypes.ts';
import { loadModel } from '../../src/onnx/load.ts';
import { encodeModel, type ModelSpec } from '../../src/onnx/write.ts';
import { tempDir } from '../helpers.ts';

const SPEC: ModelSpec = {
  opset: 17,
  graphName: 'probe',
  inputs: [
    { name: 'a', elemType: DataType.FLOAT, shape: [512, 512] },
    // 2^24 needs four varint bytes; 2^40 six (more than 32 bits).
    { name: 'x', elemType: DataType.FLOAT, shape: [2 ** 24] },
    { name: 'n', elemType: DataType.INT64, shape: [2 ** 40] },
  ],
  outputs: [{ name: 'y', elemType: DataType.FLOAT, shape: [1] }],
  nodes: [
    { name: 'mm', opType: 'MatMul', inputs: ['a', 'a'], outputs: ['c'] },
    { name: 'r', opType: 'ReduceMax', inputs: ['x'], outputs: ['y'] },
  ],
};

test('an encoded model reads back with its opset, inputs, outputs and nodes', () => {
  const path = join(tempDir(), 'probe.onnx');
  writeFileSync(path, encodeModel(SPEC));
  const { model, store } = loadModel(path);
  try {
    assert.equal(model.irVersion, 8);
    assert.equal(model.producerName, 'misnomer');
    assert.deepEqual([...model.opsets], [['', 17]]);
    assert.equal(model.graph.name, 'probe');
    assert.deepEqual(
      model.graph.inputs.map((v) => [v.name, v.type]),
      [
        ['a', { kind: 'tensor', elemType: DataType.FLOAT, shape: [512, 512] }],
        ['x', { kind: 'tensor', elemType: DataType.FLOAT, shape: [2 ** 24] }],
        ['n', { kind: 'tensor', elemType: DataType.INT64, shape: [2 ** 40] }],
      ],
    );
    assert.deepEqual(
      model.graph.outputs.map((v) => v.name),
      ['y'],
    );
    assert.deepEqual(
      model.graph.nodes.map((n) => [n.name, n.opType, n.domain, n.inputs, n.outputs]),
      [
        ['mm', 'MatMul', '', ['a', 'a'], ['c']],
        ['r', 'ReduceMax', '', ['x'], ['y']],
      ],
    );
    assert.equal(model.graph.initializers.length, 0);
  } finally {
    store.close();
  }
});

test('a negative or fractional dim is refused, not encoded as garbage', () => {
  for (const d of [-1, 1.5]) {
    const spec = { ...SPEC, inputs: [{ name: 'a', elemType: DataType.FLOAT, shape: [d] }] };
    assert.throws(() => encodeModel(spec), /not a non-negative integer/);
  }
});
