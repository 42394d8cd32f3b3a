/**
 * Time outside kernels (src/measure/bubble.ts): the split of hand-written traces into kernel time
 * and the rest, checked against arithmetic on the events, and real ONNX Runtime profiles of the
 * same elementwise work done in 10 kernels and in 400, where the share outside kernels grows.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import ort from 'onnxruntime-node';
import { outsideKernels, profileOf, runSplits, unionLength } from '../../src/measure/bubble.ts';
import { readProfileFile } from '../../src/measure/profile.ts';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { analyzePath, tempDir } from '../helpers.ts';

const run = (ts: number, dur: number) => ({ cat: 'Session', name: 'model_run', ts, dur });
const kernel = (name: string, op: string, ts: number, dur: number, tid = 1) => ({
  cat: 'Node',
  name: `${name}_kernel_time`,
  ts,
  dur,
  tid,
  args: { op_name: op },
});

test('union of intervals: overlaps and nesting counted once', () => {
  // [0,10] ∪ [5,15] = [0,15] (15); [20,30] ⊃ [22,25] adds 10; [40,40] is empty: 25.
  assert.equal(
    unionLength([
      [0, 10],
      [5, 15],
      [20, 30],
      [22, 25],
      [40, 40],
    ]),
    25,
  );
});

test('hand-written trace: run wall time, kernel time, outside, launches per run', () => {
  const events = [
    // Run 0 (warm-up): [0, 100]; one kernel of 90.
    run(0, 100),
    kernel('a', 'Add', 5, 90),
    // Run 1: [200, 300]. Kernels 210–230 and 240–270; an If 280–298 with a nested kernel
    // 285–290 on the same thread (counted once): kernel time 20 + 30 + 18 = 68, outside 32.
    run(200, 100),
    kernel('a', 'Add', 210, 20),
    kernel('b', 'Relu', 240, 30),
    kernel('if', 'If', 280, 18),
    kernel('inner', 'MatMul', 285, 5),
    // Run 2: [400, 480]. One kernel 410–450 that runs past nothing: kernel 40, outside 40.
    run(400, 80),
    kernel('a', 'Add', 410, 40),
    // A kernel outside every run (after the last) belongs to none.
    kernel('stray', 'Add', 900, 10),
  ];
  const splits = runSplits(events);
  assert.deepEqual(
    splits.map((s) => [s.runUs, s.kernelUs, s.outsideUs, s.launches, s.threads]),
    [
      [100, 90, 10, 1, 1],
      [100, 68, 32, 4, 1],
      [80, 40, 40, 1, 1],
    ],
  );
  // The last two runs, latency 2 ms: shares 32/100 = 0.32 and 40/80 = 0.5, median 0.41;
  // time outside kernels 2 × 0.41 = 0.82 ms. Medians: run (100 + 80) / 2 = 90 µs, kernels
  // (68 + 40) / 2 = 54 µs, outside (32 + 40) / 2 = 36 µs, launches (4 + 1) / 2 = 2.5.
  const o = outsideKernels(splits, [1, 2], { latencyMs: 2, parallel: false })!;
  assert.ok(Math.abs(o.share - 0.41) < 1e-12, String(o.share));
  assert.ok(Math.abs(o.ms - 0.82) < 1e-12, String(o.ms));
  assert.deepEqual(
    [o.profiledRunMs, o.profiledKernelMs, o.profiledOutsideMs, o.launches, o.shareSamples],
    [0.09, 0.054, 0.036, 2.5, [0.32, 0.5]],
  );
  assert.equal(o.idleThreadShare, undefined, 'sequential: no idle thread share');
  assert.equal(outsideKernels(splits, [1], { latencyMs: 0, parallel: false }), undefined);
  assert.equal(outsideKernels(splits, [7], { latencyMs: 1, parallel: false }), undefined);
});

test('hand-written parallel trace: overlapping threads, the idle thread share', () => {
  // One run [0, 100]; thread 1 busy 0–60, thread 2 busy 20–50 and 70–90.
  // Kernel time = |[0,60] ∪ [20,50] ∪ [70,90]| = 60 + 20 = 80, outside 20, share 0.2.
  // Busy thread time 60 + 30 + 20 = 110 of 2 × 100: idle share 1 − 110 / 200 = 0.45.
  const events = [
    run(0, 100),
    kernel('a', 'MatMul', 0, 60, 1),
    kernel('b', 'MatMul', 20, 30, 2),
    kernel('c', 'Add', 70, 20, 2),
  ];
  const o = outsideKernels(runSplits(events), [0], { latencyMs: 1, parallel: true })!;
  assert.equal(o.share, 0.2);
  assert.ok(Math.abs(o.idleThreadShare! - 0.45) < 1e-12, String(o.idleThreadShare));
  assert.equal(o.threads, 2);
});

/** Elements added or rectified per run, whatever the number of kernels. */
const TOTAL = 640_000;

/**
 * x [1, E] through `n` alternating Add(x, x0) / Relu nodes on slices of E / n elements: the same
 * elementwise work (E × n / n) split into n kernels, so only the number of launches grows.
 */
function fragmented(n: number, total = TOTAL): string {
  const width = total / n;
  const m = new ModelBuilder({ opset: 17 });
  const x0 = m.input('x', 'float32', [1, width]);
  let x = x0;
  for (let i = 0; i < n; i++)
    x = m.op(i % 2 ? 'Relu' : 'Add', i % 2 ? [x] : [x, x0], {}, { name: `n${i}` });
  m.output(x, 'float32', [1, width]);
  const dir = tempDir();
  return m.save(join(dir, `chain${n}.onnx`));
}

async function profiled(path: string, width: number, runs: number) {
  const options = {
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
    executionMode: 'sequential' as const,
    graphOptimizationLevel: 'all' as const,
  };
  const feeds = { x: new ort.Tensor('float32', new Float32Array(width).fill(0.5), [1, width]) };
  // The unprofiled latency, median of `runs` after a warm-up.
  const plain = await ort.InferenceSession.create(path, options);
  for (let i = 0; i < 10; i++) await plain.run(feeds);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await plain.run(feeds);
    times.push(performance.now() - t0);
  }
  await plain.release();
  const latencyMs = times.sort((a, b) => a - b)[runs >> 1];
  const prefix = join(tempDir(), 'prof');
  const s = await ort.InferenceSession.create(path, {
    ...options,
    enableProfiling: true,
    profileFilePrefix: prefix,
  });
  for (let i = 0; i < 5 + runs; i++) await s.run(feeds);
  s.endProfiling();
  await s.release();
  return { events: readProfileFile(prefix), latencyMs };
}

test('real ONNX Runtime: the same work in 400 kernels spends a larger share outside them than in 10', async () => {
  const shares: number[] = [];
  for (const n of [10, 400]) {
    const path = fragmented(n);
    const { events, latencyMs } = await profiled(path, TOTAL / n, 20);
    const p = profileOf(events, 20, analyzePath(path), { latencyMs, parallel: false });
    const o = p.outsideKernels!;
    // Every node ran as a kernel of its own (no fusion of Add and Relu on the CPU provider).
    assert.equal(o.launches, n);
    assert.equal((p.byOpType.Add?.calls ?? 0) + (p.byOpType.Relu?.calls ?? 0), n);
    assert.ok(o.share > 0 && o.share < 1, `share ${o.share}`);
    assert.ok(Math.abs(o.ms - latencyMs * o.share) < 1e-12);
    shares.push(o.share);
  }
  // 10 kernels of 64,000 elements each keep the CPU mostly in kernels; 400 kernels of 1,600 pay a
  // launch each for little work: the share outside kernels grows by far more than noise.
  assert.ok(shares[1] > shares[0] + 0.15, `share at 10: ${shares[0]}, at 400: ${shares[1]}`);
});
