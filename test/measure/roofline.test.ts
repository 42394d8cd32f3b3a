/**
 * The runner's roofline: the placement of an op under it (hand-computed intensities against a
 * hand-made machine), and the probe itself run by real ONNX Runtime in a real model process:
 * positive figures that agree with the work the probe does, computed by hand from its sizes.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { planModel } from '../../src/measure/plan.ts';
import { place, placeProfile, ridgeOf, rooflineFrom } from '../../src/measure/roofline.ts';
import {
  GEMM_CHAIN,
  GEMM_FLOPS,
  kernelMs,
  probeRoofline,
  RUNS,
  runnerRoofline,
  STREAM_BYTES,
} from '../../src/measure/roofline-probe.ts';
import { measureModels } from '../../src/measure/run.ts';
import { DEFAULT_SETTINGS } from '../../src/measure/settings.ts';
import type { OpProfile, RuntimeSettings } from '../../src/measure/types.ts';
import { silentProgress } from '../../src/progress.ts';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, tempDir } from '../helpers.ts';

/** A hand-made machine: 100 GFLOP/s, 10 GB/s, so the ridge is 100e9 / 10e9 = 10 FLOP/B. */
const ROOFS = { peakFlopsPerSecond: 100e9, bandwidthBytesPerSecond: 10e9 };

test('the ridge point is peak over bandwidth', () => {
  assert.equal(ridgeOf(ROOFS), 10);
});

test('an op above the ridge is compute-bound and its roof is the peak', () => {
  // 2e9 FLOPs over 1e8 bytes: 20 FLOP/B ≥ 10; bound min(100e9, 20 × 10e9) = 100e9 FLOP/s;
  // achieving 50e9 is half of it.
  assert.deepEqual(place(2e9, 1e8, ROOFS, 50e9), {
    flopsPerByte: 20,
    bound: 'compute',
    boundFlopsPerSecond: 100e9,
    rooflineShare: 0.5,
  });
});

test('an op below the ridge is memory-bound and its roof is intensity × bandwidth', () => {
  // 1e6 FLOPs over 4e6 bytes: 0.25 FLOP/B < 10; bound 0.25 × 10e9 = 2.5e9 FLOP/s; 1e9 is 40%.
  assert.deepEqual(place(1e6, 4e6, ROOFS, 1e9), {
    flopsPerByte: 0.25,
    bound: 'memory',
    boundFlopsPerSecond: 2.5e9,
    rooflineShare: 0.4,
  });
});

test('an op exactly at the ridge is compute-bound; no time gives no share', () => {
  // 10 FLOP/B: both roofs meet at 100e9 FLOP/s.
  assert.deepEqual(place(1e9, 1e8, ROOFS), {
    flopsPerByte: 10,
    bound: 'compute',
    boundFlopsPerSecond: 100e9,
  });
});

test('an op without FLOPs or without bytes is not placed', () => {
  assert.equal(place(0, 4096, ROOFS, 1e9), null);
  assert.equal(place(4096, 0, ROOFS, 1e9), null);
});

test("the roofline's figures are the best run's: work over the shortest kernel time", () => {
  const r = rooflineFrom(
    { m: 2, k: 2, n: 2, flops: 16, kernelMs: [4, 2, 8] },
    { elements: 4, bytes: 48, kernelMs: [0.5, 0.25] },
    1,
    10,
  );
  // 16 FLOPs in 2 ms = 8000 FLOP/s; 48 bytes in 0.25 ms = 192,000 B/s; ridge 8000 / 192000.
  assert.equal(r.peakFlopsPerSecond, 8000);
  assert.equal(r.bandwidthBytesPerSecond, 192_000);
  assert.equal(r.ridgeFlopsPerByte, 8000 / 192_000);
  assert.throws(
    () => rooflineFrom({ ...r.gemm, kernelMs: [] }, r.stream, 1, 10),
    /timed no MatMul kernel/,
  );
});

test('kernel times are read from the profile by op type, in µs turned into ms', () => {
  const events = [
    { cat: 'Session', name: 'model_run', dur: 9000, ts: 0 },
    { cat: 'Node', name: 'gemm_0_kernel_time', dur: 3000, args: { op_name: 'MatMul' } },
    { cat: 'Node', name: 'gemm_0_fence_before', dur: 1, args: { op_name: 'MatMul' } },
    { cat: 'Node', name: 'stream_add_kernel_time', dur: 8500, args: { op_name: 'Add' } },
    { cat: 'Node', name: 'gemm_1_kernel_time', dur: 2500, args: { op_name: 'MatMul' } },
  ];
  assert.deepEqual(kernelMs(events, 'MatMul'), [3, 2.5]);
  assert.deepEqual(kernelMs(events, 'Add'), [8.5]);
  assert.throws(() => kernelMs({}, 'Add'), /not a list of events/);
});

test('a profile is placed op type by op type from the static counts', () => {
  // x[1,64] · w[64,64] then Relu. MatMul: 2·64·64 = 8192 FLOPs over x 256 + w 16,384 + out 256
  // = 16,896 bytes: 0.485 FLOP/B, memory-bound under a ridge of 10. Relu: 64 FLOPs over
  // 256 + 256 = 512 bytes: 0.125 FLOP/B.
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [1, 64]);
  m.initializer('w', 'float32', [64, 64]);
  m.output(m.op('Relu', [m.op('MatMul', [x, 'w'])]));
  const analysis = analyzeBuilt(m);
  const profile: OpProfile = {
    runs: 1,
    byOpType: {
      // 8192 FLOPs in 1 µs: 8.192e9 FLOP/s; roof 8192/16896 × 10e9 = 4.848e9: 169%.
      MatMul: { ms: 0.001, share: 0.5, calls: 1, achievedFlopsPerSecond: 8.192e9 },
      Relu: { ms: 0.001, share: 0.25, calls: 1 },
      // Created by ONNX Runtime: no static counts, not placed.
      ReorderOutput: { ms: 0.001, share: 0.25, calls: 1 },
    },
    byNode: {},
    notes: [],
  };
  placeProfile(profile, analysis, ROOFS);
  const mm = profile.byOpType.MatMul;
  assert.equal(mm.flopsPerByte, 8192 / 16_896);
  assert.equal(mm.bound, 'memory');
  assert.ok(Math.abs(mm.rooflineShare! - 8.192e9 / ((8192 / 16_896) * 10e9)) < 1e-12);
  assert.equal(profile.byOpType.Relu.flopsPerByte, 64 / 512);
  assert.equal(profile.byOpType.Relu.rooflineShare, undefined);
  assert.equal(profile.byOpType.ReorderOutput.bound, undefined);
});

const quick: RuntimeSettings = { ...DEFAULT_SETTINGS, timeoutMs: 60_000 };

test('the probe runs in ONNX Runtime and its figures agree with the work it does', async () => {
  const r = await probeRoofline(quick);
  // The work by hand: one MatMul is 2·M·N·K = 2·512³ = 268,435,456 FLOPs; one Add reads two
  // float32 tensors of 2^24 elements and writes one: 3 × 4 × 16,777,216 = 201,326,592 bytes.
  assert.equal(r.gemm.flops, 268_435_456);
  assert.equal(GEMM_FLOPS, 2 * r.gemm.m * r.gemm.n * r.gemm.k);
  assert.equal(r.stream.bytes, 201_326_592);
  assert.equal(STREAM_BYTES, 3 * 4 * r.stream.elements);
  // Every MatMul of every run and every Add was timed.
  assert.equal(r.gemm.kernelMs.length, RUNS * GEMM_CHAIN);
  assert.equal(r.stream.kernelMs.length, RUNS);
  // The figures are the work over the best kernel time (a rate × a time gives back the work).
  const bestGemmS = Math.min(...r.gemm.kernelMs) / 1000;
  const bestAddS = Math.min(...r.stream.kernelMs) / 1000;
  assert.ok(Math.abs(r.peakFlopsPerSecond * bestGemmS - r.gemm.flops) < 1e-3 * r.gemm.flops);
  assert.ok(
    Math.abs(r.bandwidthBytesPerSecond * bestAddS - r.stream.bytes) < 1e-3 * r.stream.bytes,
  );
  assert.equal(r.ridgeFlopsPerByte, r.peakFlopsPerSecond / r.bandwidthBytesPerSecond);
  // Plausible for any CPU this runs on: one core of a 2010 laptop does more than 1 GFLOP/s in
  // float32 and moves more than 1 GB/s; nothing reaches 100 TFLOP/s or 10 TB/s on a CPU.
  assert.ok(r.peakFlopsPerSecond > 1e9 && r.peakFlopsPerSecond < 1e14, `${r.peakFlopsPerSecond}`);
  assert.ok(
    r.bandwidthBytesPerSecond > 1e9 && r.bandwidthBytesPerSecond < 1e13,
    `${r.bandwidthBytesPerSecond}`,
  );
  assert.equal(r.intraOpThreads, 1);
  assert.ok(r.wallMs > 0);
});

test('a probe that fails drops the roofline with a sentence saying why, and does not throw', async () => {
  // No model process starts, loads and answers within 1 ms: the probe times out. (Two inter-op
  // threads: settings of their own, so that this failure is not the one remembered for `quick`.)
  const got = await runnerRoofline({ ...quick, interOpThreads: 2, timeoutMs: 1 });
  assert.ok('rooflineError' in got);
  assert.match(got.rooflineError, /^the runner's roofline could not be measured \(timed-out: /);
});

test('measure carries the roofline once and places the profiled op types under it', async () => {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', ['batch', 64]);
  m.initializer('w', 'float32', [64, 64]);
  m.output(m.op('Relu', [m.op('MatMul', [x, 'w'])]));
  const path = m.save(join(tempDir(), 'mlp.onnx'));
  const settings = { ...quick, budgetMs: 300, warmupRuns: 2, warmupMs: 10, coldStartRuns: 1 };
  const doc = await measureModels(
    [planModel({ id: 'mlp', path, dims: { batch: 1 } }, [], settings.seed)],
    settings,
    silentProgress,
  );
  const again = await runnerRoofline(settings);
  assert.ok(doc.roofline && 'roofline' in again);
  // Measured once per process and settings: the same object both times.
  assert.equal(doc.roofline, again.roofline);
  const mm = doc.models[0].opProfile?.byOpType.MatMul;
  assert.ok(mm, 'MatMul was profiled');
  // 2·64·64 FLOPs over 256 + 16,384 + 256 bytes, as in the hand-made case above.
  assert.equal(mm.flopsPerByte, 8192 / 16_896);
  assert.equal(mm.bound, mm.flopsPerByte! < doc.roofline.ridgeFlopsPerByte ? 'memory' : 'compute');
  assert.ok(mm.rooflineShare! > 0);
});
