/**
 * Input values for the static analysis: given values are constants (an If on a sample-rate
 * input resolves, a Reshape target given as an input folds), given shapes bind dims, and an If
 * whose condition stays unknown costs the one branch that can run at the given shapes.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { DataType } from '../../src/onnx/dtypes.ts';
import type { GivenTensor } from '../../src/shapes/bind.ts';
import { runCli } from '../cli/run-cli.ts';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { buildVadLike, VAD_MACS } from '../fixtures/vad-like.ts';
import { analyzeBuilt, tempDir } from '../helpers.ts';

const scalar = (v: number, dtype: number = DataType.INT64): GivenTensor => ({
  dtype,
  shape: [],
  values: [v],
  source: 'test',
});

test('an If on an int64 input, given its value: the branch it selects, complete, no warning', () => {
  const at8k = analyzeBuilt(buildVadLike(), {
    dims: { batch: 1, samples: 256 },
    inputValues: { sr: scalar(8000) },
  });
  // else: 2·128·32 = 8192 MACs; Relu: 2·32 = 64 FLOPs on top of 2·8192.
  assert.equal(at8k.totals.macs, VAD_MACS.else);
  assert.equal(at8k.totals.flops, 2 * 8192 + 64);
  assert.equal(at8k.incomplete, false);
  assert.deepEqual(at8k.warnings, []);
  // Equal, If, Relu, Constant (16000) and the else branch's Constant, Reshape, MatMul.
  assert.equal(at8k.totals.nodes, 7);
  assert.ok(
    at8k.notes.some((n) => n.includes('only else_branch runs')),
    at8k.notes.join('\n'),
  );

  const at16k = analyzeBuilt(buildVadLike(), {
    dims: { batch: 1, samples: 512 },
    inputValues: { sr: scalar(16000) },
  });
  assert.equal(at16k.totals.macs, VAD_MACS.then);
  assert.equal(at16k.incomplete, false);
});

test('an If whose condition is unknown costs the only branch that can run at these shapes', () => {
  // 256 samples fit the 8 kHz front end only: the 16 kHz Reshape to [1, 4, 128] cannot run.
  const a = analyzeBuilt(buildVadLike(), { dims: { batch: 1, samples: 256 } });
  assert.equal(a.totals.macs, VAD_MACS.else);
  assert.equal(a.incomplete, false);
  assert.deepEqual(a.unresolved, []);
  assert.deepEqual(a.warnings, []);
  const note = a.notes.find((n) => n.includes('then_branch cannot run at these shapes'));
  assert.ok(note, a.notes.join('\n'));
  assert.match(note, /so else_branch is costed/);
  // And 512 samples fit the 16 kHz one only.
  const b = analyzeBuilt(buildVadLike(), { dims: { batch: 1, samples: 512 } });
  assert.equal(b.totals.macs, VAD_MACS.then);
  assert.equal(b.incomplete, false);
});

test("a given tensor's shape binds the input's dims; a Reshape target given as an input folds", () => {
  const audio: GivenTensor = { shape: [1, 512], values: new Array(512).fill(0), source: 'test' };
  const a = analyzeBuilt(buildVadLike(), { inputValues: { input: audio, sr: scalar(16000) } });
  assert.deepEqual(a.dims, { batch: 1, samples: 512 });
  assert.equal(a.totals.macs, VAD_MACS.then);

  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [6]);
  const target = m.input('target', 'int64', [2]);
  m.initializer('w', 'float32', [3, 4]);
  m.output(m.op('MatMul', [m.op('Reshape', [x, target]), 'w']));
  assert.equal(analyzeBuilt(m).incomplete, true, 'without the target, the MatMul is unresolved');
  const given = analyzeBuilt(m, {
    inputValues: { target: { shape: [2], values: [2, 3], source: 'test' } },
  });
  // [2, 3] · [3, 4]: 2·3·4 = 24 MACs.
  assert.equal(given.totals.macs, 24);
  assert.equal(given.incomplete, false);
});

test('given values that do not fit the input are clear errors', () => {
  const dims = { batch: 1, samples: 256 };
  assert.throws(
    () => analyzeBuilt(buildVadLike(), { dims, inputValues: { sr: scalar(8000, DataType.FLOAT) } }),
    /test: input "sr" of .* is int64 \[\]; the values given are float32\. Give values of the input's dtype\./,
  );
  assert.throws(
    () => analyzeBuilt(buildVadLike(), { dims, inputValues: { rate: scalar(8000) } }),
    /test: .* has no input named "rate"; its inputs are "input", "sr"\./,
  );
  const audio: GivenTensor = { shape: [1, 256], source: '--input input=a.npy' };
  assert.throws(
    () =>
      analyzeBuilt(buildVadLike(), {
        dims: { batch: 1, samples: 512 },
        inputValues: { input: audio },
      }),
    /--input input=a\.npy: input "input" of .* is float32 \[1, 512\] at these dims; the values given have shape \[1, 256\]/,
  );
});

test('analyze --input: a JSON scalar decides the branch', () => {
  const dir = tempDir();
  const path = buildVadLike().save(join(dir, 'vad.onnx'));
  const sr = join(dir, 'sr.json');
  writeFileSync(sr, '8000');
  const dims = ['--dim', 'batch=1', '--dim', 'samples=256'];
  const r = runCli(['analyze', path, ...dims, '--input', `sr=${sr}`, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.equal(a.totals.macs, VAD_MACS.else);
  assert.equal(a.incomplete, false);
  assert.ok(a.notes.some((n: string) => n.includes('only else_branch runs')));

  const missing = runCli(['analyze', path, ...dims, '--input', `sr=${join(dir, 'nope.json')}`]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\.json: no such file \(given as the values of input "sr"\)/);
});
