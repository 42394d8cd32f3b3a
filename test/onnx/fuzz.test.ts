/**
 * Mutates the bytes of a valid model thousands of times (seeded, so a failure replays) and checks
 * that reading and analyzing it either works or fails with a UserError: never an uncaught
 * exception, never a hang.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../src/analyze/analyze.ts';
import { isUserError } from '../../src/errors.ts';
import { loadModel } from '../../src/onnx/load.ts';
import { GraphAttr, GraphBuilder, ModelBuilder } from '../fixtures/onnx-writer.ts';
import { tempDir } from '../helpers.ts';

/** mulberry32: a tiny seeded PRNG, enough for choosing mutations. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function kitchenSink(dir: string): string {
  const m = new ModelBuilder({ opset: 17 });
  const x = m.input('x', 'float32', ['batch', 3, 8, 8]);
  m.initializer('w', 'float32', [4, 3, 3, 3]);
  m.initializer('b', 'float32', [4], [1, 2, 3, 4], 'typed');
  m.initializer('big', 'float32', [4, 4], undefined, { external: 'w.bin' });
  const c = m.op('Conv', [x, 'w', 'b'], { pads: [1, 1, 1, 1], kernel_shape: [3, 3] });
  const s = m.op('Shape', [c]);
  const d0 = m.op('Gather', [s, m.constant('int64', [], [0])], { axis: 0 });
  const d0u = m.op('Unsqueeze', [d0, m.constant('int64', [1], [0])]);
  const shape = m.op('Concat', [d0u, m.constant('int64', [1], [-1])], { axis: 0 });
  const flat = m.op('Reshape', [c, shape]);
  const then = new GraphBuilder('then');
  then.output(then.op('Relu', [flat]), 'float32');
  const otherwise = new GraphBuilder('else');
  otherwise.output(otherwise.op('Sigmoid', [flat]), 'float32');
  const cond = m.input('cond', 'bool', []);
  const y = m.op('If', [cond], {
    then_branch: new GraphAttr(then),
    else_branch: new GraphAttr(otherwise),
  });
  m.output(m.op('Softmax', [y], { axis: -1 }));
  return m.save(join(dir, 'sink.onnx'));
}

test('thousands of byte mutations of a valid model never throw anything but a UserError', () => {
  const dir = tempDir();
  const original = readFileSync(kitchenSink(dir));
  const random = rng(20261128);
  const path = join(dir, 'mutant.onnx');
  const outcomes = { analyzed: 0, rejected: 0 };
  const iterations = 3000;
  for (let i = 0; i < iterations; i++) {
    const bytes = Buffer.from(original);
    const kind = Math.floor(random() * 4);
    const at = Math.floor(random() * bytes.length);
    let mutant: Buffer = bytes;
    if (kind === 0) bytes[at] ^= 1 << Math.floor(random() * 8);
    else if (kind === 1) bytes[at] = [0x00, 0xff, 0x7f, 0x80][Math.floor(random() * 4)];
    else if (kind === 2) mutant = bytes.subarray(0, at);
    else
      for (let k = 0; k < 8 && at + k < bytes.length; k++)
        bytes[at + k] = Math.floor(random() * 256);
    writeFileSync(path, mutant);
    try {
      const loaded = loadModel(path);
      try {
        analyze(loaded, { dims: { batch: 1 }, perNode: true });
        outcomes.analyzed++;
      } finally {
        loaded.store.close();
      }
    } catch (e) {
      if (!isUserError(e)) {
        assert.fail(`mutation ${i} (kind ${kind} at byte ${at}) threw ${(e as Error).stack}`);
      }
      outcomes.rejected++;
    }
  }
  // Both outcomes must occur, or the mutations are not exercising anything.
  assert.ok(outcomes.analyzed > 100, `analyzed ${outcomes.analyzed}`);
  assert.ok(outcomes.rejected > 100, `rejected ${outcomes.rejected}`);
});
