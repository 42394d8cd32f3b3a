/**
 * Runtime measurement with real ONNX Runtime in real model processes: the indicators of a small
 * model, and isolation: a model that fails to load, one that hangs and one whose process crashes
 * are each reported while the next model is still measured.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_VERDICT_OPTIONS, pairedVerdict } from '../../src/compare/ab.ts';
import { median, summarize } from '../../src/stats/summary.ts';
import { planModel, type ModelPlan } from '../../src/measure/plan.ts';
import { measureAB, measureModels } from '../../src/measure/run.ts';
import { DEFAULT_SETTINGS } from '../../src/measure/settings.ts';
import type { RuntimeSettings } from '../../src/measure/types.ts';
import { silentProgress } from '../../src/progress.ts';
import { GraphAttr, GraphBuilder, ModelBuilder } from '../fixtures/onnx-writer.ts';
import { tempDir } from '../helpers.ts';

const dir = tempDir();
const quick: RuntimeSettings = {
  ...DEFAULT_SETTINGS,
  budgetMs: 600,
  warmupRuns: 2,
  warmupMs: 20,
  coldStartRuns: 2,
  timeoutMs: 60_000,
};

/** x [batch, width] through `depth` width×width MatMuls, then a width×k MatMul and Relu. */
function mlp(name: string, k = 64, depth = 1, width = 64): string {
  const m = new ModelBuilder();
  let x = m.input('x', 'float32', ['batch', width]);
  for (let i = 0; i < depth; i++) {
    const values = Array.from({ length: width * width }, (_, j) => ((j % 7) - 3) / width);
    m.initializer(`w${i}`, 'float32', [width, width], values);
    x = m.op('MatMul', [x, `w${i}`]);
  }
  m.initializer('wk', 'float32', [width, k]);
  m.output(m.op('Relu', [m.op('MatMul', [x, 'wk'])]));
  return m.save(join(dir, `${name}.onnx`));
}

/** A Loop whose trip count is INT64_MAX and whose condition stays true: it never ends. */
function endless(): string {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', ['batch', 4]);
  const body = new GraphBuilder('body');
  body.input('i', 'int64', []);
  body.input('c', 'bool', []);
  body.input('acc', 'float32', ['batch', 4]);
  body.output(body.op('Identity', ['c'], {}, { outputs: ['c_out'] }), 'bool');
  body.output(body.op('Add', ['acc', 'acc'], {}, { outputs: ['acc_out'] }), 'float32');
  const n = m.constant('int64', [], [2 ** 63]);
  const yes = m.constant('bool', [], [1]);
  m.output(m.op('Loop', [n, yes, x], { body: new GraphAttr(body) }));
  return m.save(join(dir, 'endless.onnx'));
}

const plan = (path: string, id = path, batchSizes: number[] = []): ModelPlan =>
  planModel({ id, path, dims: { batch: 1 } }, batchSizes, 1);

test('every runtime indicator of a small model, consistent with its raw samples', async () => {
  const p = plan(mlp('small'), 'small', [4]);
  const doc = await measureModels([p], { ...quick, batchSizes: [4] }, silentProgress);
  assert.equal(doc.schema, 'misnomer/measurement@1');
  const m = doc.models[0];
  assert.equal(m.status, 'ok', m.error);
  const lat = m.latency!;
  assert.equal(lat.batch, 1);
  assert.ok(lat.samplesMs.length >= 10, `${lat.samplesMs.length} samples`);
  // The summary is recomputable from the raw samples.
  assert.deepEqual(lat.summary, summarize(lat.samplesMs));
  // Throughput at each batch: batch · 1000 / mean ms per run.
  assert.deepEqual(
    m.throughput!.map((t) => t.batch),
    [1, 4],
  );
  for (const t of m.throughput!)
    assert.equal(t.examplesPerSecond, (t.batch * 1000) / t.latency.summary.mean);
  assert.equal(m.coldStart!.samplesMs.length, 2);
  assert.equal(m.firstRun!.samplesMs.length, 2);
  assert.ok(m.peakRss!.withModelBytes.length === 2 && m.peakRss!.bytes >= 0);
  assert.equal(
    m.peakRss!.bytes,
    Math.max(0, median(m.peakRss!.withModelBytes) - median(m.peakRss!.withoutModelBytes)),
  );
  // Per-op time from the profiler: one MatMul kernel per MatMul node and run (or a fused one).
  const ops = m.opProfile!.byOpType;
  assert.ok(ops.MatMul || ops.FusedMatMul, JSON.stringify(Object.keys(ops)));
  const shares = Object.values(ops).reduce((s, o) => s + o.share, 0);
  assert.ok(Math.abs(shares - 1) < 1e-9);
  // Achieved FLOP/s = static FLOPs / p50. Two MatMuls [1,64]×[64,64] at 2·64·64 FLOPs each,
  // plus Relu over 64 elements: 16448 FLOPs.
  assert.equal(p.analysis.totals.flops, 2 * (2 * 64 * 64) + 64);
  assert.equal(m.achievedFlopsPerSecond, 16448 / (lat.summary.p50 / 1000));
  assert.ok(doc.fingerprint.cpu.logicalCores >= 1);
});

test('a model ONNX Runtime cannot load is reported; the next model is still measured', async () => {
  const bad = new ModelBuilder({ opsets: { 'com.vendor': 1 } });
  bad.output(
    bad.op('Frobnicate', [bad.input('x', 'float32', ['batch', 4])], {}, { domain: 'com.vendor' }),
  );
  const badPath = bad.save(join(dir, 'unloadable.onnx'));
  const doc = await measureModels(
    [plan(badPath, 'bad'), plan(mlp('after-bad'), 'good')],
    quick,
    silentProgress,
  );
  assert.equal(doc.models[0].status, 'load-failed');
  assert.match(doc.models[0].error!, /ONNX Runtime could not load .*unloadable\.onnx/);
  assert.equal(doc.models[1].status, 'ok');
});

test('a model that hangs is stopped at the time limit and reported; the next is measured', async () => {
  const doc = await measureModels(
    [plan(endless(), 'endless'), plan(mlp('after-hang'), 'good')],
    { ...quick, timeoutMs: 3000 },
    silentProgress,
  );
  assert.equal(doc.models[0].status, 'timed-out');
  assert.match(doc.models[0].error!, /did not finish "run" within 3 s/);
  assert.equal(doc.models[1].status, 'ok');
});

test('a model process that crashes (SIGSEGV) is reported; the next is measured', async () => {
  const run = measureModels(
    [plan(endless(), 'crashing'), plan(mlp('after-crash'), 'good')],
    quick,
    silentProgress,
  );
  // Crash the model process from outside while it runs: the same signal a segfault in the
  // runtime raises, through the same handling.
  const killer = setInterval(() => {
    const children = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], {
      encoding: 'utf8',
    });
    const worker = children
      .split('\n')
      .find((l) => l.includes('worker.ts') && !l.includes('--one-shot'));
    if (worker) {
      clearInterval(killer);
      setTimeout(() => process.kill(Number(worker.trim().split(/\s+/)[0]), 'SIGSEGV'), 500);
    }
  }, 100);
  const doc = await run;
  clearInterval(killer);
  assert.equal(doc.models[0].status, 'crashed');
  assert.match(doc.models[0].error!, /killed by SIGSEGV \(a crash inside the runtime\)/);
  assert.equal(doc.models[1].status, 'ok');
});

test('interleaved A/B: a head with three times the work is measured as worse', async () => {
  // base: 1 + 1 MatMuls of 256×256 at batch 16; head: 5 + 1. About 3× the work, and runs long
  // enough (a fraction of a millisecond) that timer noise does not dominate.
  const wide = (name: string, depth: number) =>
    planModel({ id: name, path: mlp(name, 256, depth, 256), dims: { batch: 16 } }, [], 1);
  const base = wide('ab-base', 1);
  const head = wide('ab-head', 5);
  const { measurement, pair } = await measureAB(
    base,
    head,
    { ...quick, budgetMs: 1500 },
    silentProgress,
  );
  assert.equal(pair.a.status, 'ok');
  assert.ok(pair.latencyRounds.length >= 5, `${pair.latencyRounds.length} rounds`);
  // Orders are random: both appear over the rounds (seeded, so this is deterministic in order).
  assert.ok(new Set(pair.latencyRounds.map((r) => r.order)).size === 2);
  const verdict = pairedVerdict(pair.latencyRounds, {
    ...DEFAULT_VERDICT_OPTIONS,
    direction: 'lower-is-better',
  });
  assert.equal(verdict.verdict, 'worse', verdict.reason);
  assert.ok(verdict.ratio > 1.5, `ratio ${verdict.ratio}`);
  assert.deepEqual(measurement.ab!.latencyRounds, pair.latencyRounds);
  assert.equal(pair.coldStartRounds.length, 2);
});

test('A/B in epochs: each epoch runs on a new pair of sessions, and the pairs are the unit', async () => {
  // A budget of 20 s for models that load in milliseconds, 10 epochs asked for: a reload with
  // its warm-up costs about 0.4 s (two 200 ms windows that agree) plus the two loads, an epoch
  // is at least 4 times that, so 20 s holds the 10 (floor(20 / 1.6-1.7) = 11-12), or 8-9 on a
  // machine slow enough to take 100-200 ms per load; fewer than 8 would run on one pair. Every
  // round is tagged with its epoch, each epoch has rounds.
  const wide = (name: string, depth: number) =>
    planModel({ id: name, path: mlp(name, 256, depth, 256), dims: { batch: 16 } }, [], 1);
  // A plan whose half look (99.5%) comes after 4-5 pairs, too few for a 99.5% interval (9):
  // that look is skipped and its 0.5% goes to the full budget's look, at 1 - 0.005 - 0.003.
  const looked: [number, number][] = [];
  const plan = {
    looks: [
      { fraction: 0.5, confidence: 0.995 },
      { fraction: 1, confidence: 0.997 },
    ],
    decided: (_: unknown, confidence: number, fraction: number) => {
      looked.push([fraction, confidence]);
      return true;
    },
  };
  const { pair } = await measureAB(
    wide('ep-base', 1),
    wide('ep-head', 5),
    { ...quick, budgetMs: 20_000 },
    silentProgress,
    { latencyOnly: true, epochs: 10, plan },
  );
  assert.equal(looked.length, 1);
  assert.equal(looked[0][0], 1);
  assert.ok(Math.abs(looked[0][1] - 0.992) < 1e-12, `confidence ${looked[0][1]}`);
  const epochs = pair.latencyRounds.map((r) => r.epoch);
  const count = new Set(epochs).size;
  assert.ok(count >= 8 && count <= 10, `epochs ${epochs.join(',')}`);
  assert.deepEqual([...new Set(epochs)], [...Array(count).keys()], `epochs ${epochs.join(',')}`);
  assert.deepEqual(epochs, [...epochs].sort(), 'epochs in order');
  const v = pairedVerdict(pair.latencyRounds, {
    ...DEFAULT_VERDICT_OPTIONS,
    direction: 'lower-is-better',
  });
  assert.equal(v.pairs, count);
  assert.equal(v.verdict, 'worse', v.reason);
  assert.match(v.reason, new RegExp(`in ${count} session pairs`));
});

/** Gather(x[batch, 32], indices [40]) on axis 1: loads, and fails on every run (40 > 31). */
function gatherOutOfRange(): string {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', ['batch', 32]);
  const indices = m.constant('int64', [1], [40]);
  m.output(m.op('Gather', [x, indices], { axis: 1 }));
  return m.save(join(dir, 'gather-out-of-range.onnx'));
}

test('A/B in one process: a head that fails at run time is found and carries the failure', async () => {
  // Both models share one model process; when it fails mid-round, each is run alone in a fresh
  // process, and only the head fails there.
  const { pair } = await measureAB(
    plan(mlp('ab-good'), 'good'),
    plan(gatherOutOfRange(), 'broken'),
    quick,
    silentProgress,
  );
  assert.equal(pair.b.status, 'failed');
  assert.match(pair.b.error!, /out of|bounds|range/i);
  assert.equal(pair.a.status, 'ok');
  assert.equal(pair.a.error, 'not measured to the end: the other model failed');
});

test('A/B with a sequential plan: a clear difference stops at the first look', async () => {
  // 1 + 1 against 9 + 1 MatMuls of 256×256 at batch 16: about 5× the work, so the half-budget
  // look (99.98% interval) already decides and the second look never comes.
  const wide = (name: string, depth: number) =>
    planModel({ id: name, path: mlp(name, 256, depth, 256), dims: { batch: 16 } }, [], 1);
  const looked: number[] = [];
  const { pair, measurement } = await measureAB(
    wide('seq-base', 1),
    wide('seq-head', 9),
    { ...quick, budgetMs: 3000 },
    silentProgress,
    {
      plan: {
        looks: [
          { fraction: 0.5, confidence: 0.9998 },
          { fraction: 1, confidence: 0.992 },
        ],
        decided: (rounds, confidence, fraction) => {
          looked.push(fraction);
          const options = {
            ...DEFAULT_VERDICT_OPTIONS,
            confidence,
            direction: 'lower-is-better' as const,
          };
          return pairedVerdict(rounds, options).verdict !== 'inconclusive';
        },
      },
    },
  );
  assert.deepEqual(looked, [0.5]);
  assert.equal(pair.latencyLooks.length, 1);
  assert.deepEqual(pair.latencyLooks[0], {
    rounds: pair.latencyRounds.length,
    confidence: 0.9998,
    decided: true,
  });
  assert.deepEqual(measurement.ab!.latencyLooks, pair.latencyLooks);
});
