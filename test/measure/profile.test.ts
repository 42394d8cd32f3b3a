import assert from 'node:assert/strict';
import { test } from 'node:test';
import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ort from 'onnxruntime-node';
import { joinWithAnalysis, parseProfile, readProfileFile } from '../../src/measure/profile.ts';
import { GraphAttr, GraphBuilder, ModelBuilder } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, tempDir } from '../helpers.ts';

const close = (actual: number | undefined, expected: number, what: string) =>
  assert.ok(
    actual !== undefined && Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected)),
    `${what}: ${actual} != ${expected}`,
  );

/** x[1,3,16,16] -> Conv(8 filters 3x3, pad 1) -> Relu -> Reshape[8,256] -> MatMul[256,10] -> Softmax. */
function smallNet(): ModelBuilder {
  const m = new ModelBuilder({ opset: 17 });
  const x = m.input('x', 'float32', [1, 3, 16, 16]);
  const w = m.initializer('w', 'float32', [8, 3, 3, 3], ramp(8 * 3 * 3 * 3));
  const c = m.op('Conv', [x, w], { pads: [1, 1, 1, 1] }, { name: 'conv' });
  const r = m.op('Relu', [c], {}, { name: 'relu' });
  const shape = m.initializer('shape', 'int64', [2], [8, 256]);
  const s = m.op('Reshape', [r, shape], {}, { name: 'reshape' });
  const w2 = m.initializer('w2', 'float32', [256, 10], ramp(256 * 10));
  const mm = m.op('MatMul', [s, w2], {}, { name: 'matmul' });
  m.output(m.op('Softmax', [mm], { axis: 1 }, { name: 'softmax' }), 'float32', [8, 10]);
  return m;
}

function ramp(n: number): number[] {
  return Array.from({ length: n }, (_, i) => ((i % 7) - 3) / 10);
}

/** Runs `warmup` then `runs` inferences with profiling on; returns the raw trace events. */
async function profileOf(
  m: ModelBuilder,
  level: 'disabled' | 'all',
  warmup: number,
  runs: number,
  feeds: Record<string, ort.Tensor> = {
    x: new ort.Tensor('float32', Float32Array.from(ramp(3 * 16 * 16)), [1, 3, 16, 16]),
  },
): Promise<unknown> {
  const dir = tempDir();
  const path = m.save(join(dir, 'model.onnx'));
  const prefix = join(dir, 'prof');
  const session = await ort.InferenceSession.create(path, {
    enableProfiling: true,
    profileFilePrefix: prefix,
    graphOptimizationLevel: level,
    intraOpNumThreads: 1,
    executionMode: 'sequential',
  });
  for (let i = 0; i < warmup + runs; i++) await session.run(feeds);
  session.endProfiling();
  await session.release();
  const events = readProfileFile(prefix);
  assert.deepEqual(readdirSync(dir), ['model.onnx'], 'the profile file is deleted after reading');
  return events;
}

/** The durations (µs) of the kernel events of one node, in file order. */
function kernelDurs(events: unknown, node: string): number[] {
  return (events as { name: string; dur: number }[])
    .filter((e) => e.name === `${node}_kernel_time`)
    .map((e) => e.dur);
}

test('a real profile (all optimizations): calls, shares, warm-up skipped, FLOP/s of MatMul', async () => {
  const m = smallNet();
  const analysis = analyzeBuilt(m);
  // MatMul [8,256] x [256,10]: 2·8·256·10 = 40,960 FLOPs.
  assert.equal(analysis.byOpType.MatMul.flops, 2 * 8 * 256 * 10);
  const events = await profileOf(m, 'all', 2, 5);
  const p = parseProfile(events, 5);
  assert.equal(p.runs, 5);
  // One MatMul and one Softmax per inference; Relu is fused into the Conv kernel.
  assert.equal(p.byOpType.MatMul.calls, 1);
  assert.equal(p.byOpType.Softmax.calls, 1);
  assert.equal(p.byOpType.Relu, undefined);
  assert.ok(p.byOpType.Conv || p.byOpType.FusedConv, Object.keys(p.byOpType).join(', '));
  close(
    Object.values(p.byOpType).reduce((s, t) => s + t.share, 0),
    1,
    'shares sum',
  );
  // 7 runs were profiled: the MatMul time is the mean of the last 5 kernel events, µs -> ms.
  const matmulUs = kernelDurs(events, 'matmul');
  assert.equal(matmulUs.length, 7);
  const lastFiveUs = matmulUs.slice(2).reduce((a, b) => a + b, 0);
  close(p.byOpType.MatMul.ms, lastFiveUs / 5 / 1000, 'MatMul ms');

  const joined = joinWithAnalysis(p, analysis);
  close(
    joined.byOpType.MatMul.achievedFlopsPerSecond,
    40960 / (lastFiveUs / 5 / 1e6),
    'MatMul FLOP/s',
  );
  const totalFlops = Object.values(analysis.byOpType).reduce((s, c) => s + c.flops, 0);
  close(joined.byOpType.MatMul.flopsShare, 40960 / totalFlops, 'MatMul FLOPs share');
  assert.ok(
    joined.notes.some((n) =>
      /^Relu: no kernel of its own; ONNX Runtime fused it \(likely into (Fused)?Conv\)$/.test(n),
    ),
    joined.notes.join('\n'),
  );
  // Every op type ORT created has a note; the nodes kept are the model's own names.
  for (const op of Object.keys(p.byOpType).filter((o) => !analysis.byOpType[o]))
    assert.ok(
      joined.notes.some((n) => n.startsWith(`${op}: `)),
      `note for ${op}`,
    );
  const original = ['conv', 'relu', 'reshape', 'matmul', 'softmax'];
  assert.ok(Object.keys(joined.byNode).every((n) => original.includes(n)));
  assert.ok('matmul' in joined.byNode && 'softmax' in joined.byNode);
});

test('a real profile without optimizations has every original node, by name, once per run', async () => {
  const m = smallNet();
  const p = parseProfile(await profileOf(m, 'disabled', 1, 3), 3);
  const expected: Record<string, string> = {
    conv: 'Conv',
    relu: 'Relu',
    reshape: 'Reshape',
    matmul: 'MatMul',
    softmax: 'Softmax',
  };
  assert.deepEqual(
    Object.fromEntries(Object.entries(p.byNode).map(([n, t]) => [n, t.opType])),
    expected,
  );
  for (const op of Object.values(expected)) assert.equal(p.byOpType[op].calls, 1, op);
  const joined = joinWithAnalysis(p, analyzeBuilt(m));
  assert.deepEqual(joined.notes, []);
  assert.deepEqual(Object.keys(joined.byNode).sort(), Object.keys(expected).sort());
});

test('a real If: its subgraph MatMul is timed once, If keeps only its own time', async () => {
  const m = new ModelBuilder({ opset: 17 });
  const x = m.input('x', 'float32', [64, 64]);
  const c = m.input('c', 'bool', []);
  const then = new GraphBuilder('then');
  then.output(then.op('MatMul', [x, x], {}, { name: 'then_mm' }), 'float32');
  const otherwise = new GraphBuilder('else');
  otherwise.output(otherwise.op('Relu', [x], {}, { name: 'else_relu' }), 'float32');
  const branches = { then_branch: new GraphAttr(then), else_branch: new GraphAttr(otherwise) };
  m.output(m.op('If', [c], branches, { name: 'if' }), 'float32');
  const feeds = {
    x: new ort.Tensor('float32', Float32Array.from(ramp(64 * 64)), [64, 64]),
    c: new ort.Tensor('bool', [true], []),
  };
  const events = await profileOf(m, 'disabled', 1, 3, feeds);
  const p = parseProfile(events, 3);
  // Last 3 of 4 runs: If's own time is its duration minus the nested MatMul's.
  const ifUs = kernelDurs(events, 'if').slice(1);
  const mmUs = kernelDurs(events, 'then_mm').slice(1);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  close(p.byOpType.MatMul.ms, sum(mmUs) / 3 / 1000, 'MatMul ms');
  close(p.byOpType.If.ms, (sum(ifUs) - sum(mmUs)) / 3 / 1000, 'If self ms');
  assert.equal(p.byOpType.Relu, undefined, 'the else branch never ran');
  assert.equal(p.byOpType.MatMul.calls, 1);
});

/** A kernel event as ONNX Runtime writes it. */
function kernel(node: string, opType: string, ts: number, dur: number, tid = 1) {
  return {
    cat: 'Node',
    pid: 1,
    tid,
    ph: 'X',
    ts,
    dur,
    name: `${node}_kernel_time`,
    args: { op_name: opType, provider: 'CPUExecutionProvider', node_index: '0' },
  };
}
const modelRun = (ts: number, dur: number) => ({
  cat: 'Session',
  ph: 'X',
  ts,
  dur,
  name: 'model_run',
  args: {},
});

test('hand-written trace: warm-up runs dropped, ms per inference, calls and shares', () => {
  const events = [
    { cat: 'Session', ph: 'X', ts: 0, dur: 500, name: 'session_initialization', args: {} },
    // Warm-up run (ts 1000..1100): dropped.
    kernel('mm', 'MatMul', 1005, 90),
    modelRun(1000, 100),
    // Profiled run 1 (2000..2200): MatMul 60, two Adds 10 + 30.
    kernel('mm', 'MatMul', 2005, 60),
    kernel('add1', 'Add', 2070, 10),
    { cat: 'Node', ph: 'X', ts: 2080, dur: 1, name: 'add2_fence_before', args: {} },
    kernel('add2', 'Add', 2085, 30),
    modelRun(2000, 200),
    // Profiled run 2 (3000..3200): MatMul 40, Adds 20 + 40.
    kernel('mm', 'MatMul', 3005, 40),
    kernel('add1', 'Add', 3050, 20),
    kernel('add2', 'Add', 3075, 40),
    modelRun(3000, 200),
  ];
  const p = parseProfile(events, 2);
  // MatMul: (60 + 40) µs / 2 runs = 50 µs = 0.05 ms; Add: (10 + 30 + 20 + 40) / 2 = 50 µs.
  close(p.byOpType.MatMul.ms, 0.05, 'MatMul ms');
  close(p.byOpType.Add.ms, 0.05, 'Add ms');
  assert.equal(p.byOpType.MatMul.calls, 1);
  assert.equal(p.byOpType.Add.calls, 2);
  // Total 200 µs over both runs: MatMul 100 / 200, Add 100 / 200.
  close(p.byOpType.MatMul.share, 0.5, 'MatMul share');
  close(p.byOpType.Add.share, 0.5, 'Add share');
  // add1: (10 + 20) / 2 = 15 µs; add2: (30 + 40) / 2 = 35 µs.
  close(p.byNode.add1.ms, 0.015, 'add1 ms');
  close(p.byNode.add2.ms, 0.035, 'add2 ms');
  assert.equal(p.byNode.mm.opType, 'MatMul');
});

test('hand-written trace without model_run events: every kernel counts', () => {
  const p = parseProfile([kernel('a', 'Relu', 0, 30), kernel('a', 'Relu', 100, 50)], 2);
  // (30 + 50) µs / 2 runs = 40 µs.
  close(p.byOpType.Relu.ms, 0.04, 'Relu ms');
  assert.equal(p.byOpType.Relu.calls, 1);
  assert.equal(p.byOpType.Relu.share, 1);
});

test('subgraph kernels nested in an If kernel are not counted twice', () => {
  const events = [
    kernel('if', 'If', 100, 100, 7),
    kernel('then_mm', 'MatMul', 110, 70, 7),
    // Same times on another thread: not nested.
    kernel('other', 'Relu', 120, 50, 8),
    modelRun(90, 200),
  ];
  const p = parseProfile(events, 1);
  // If self time = 100 - 70 = 30 µs; total 30 + 70 + 50 = 150 µs.
  close(p.byOpType.If.ms, 0.03, 'If ms');
  close(p.byOpType.MatMul.ms, 0.07, 'MatMul ms');
  close(p.byOpType.Relu.ms, 0.05, 'Relu ms');
  close(p.byOpType.If.share, 30 / 150, 'If share');
});

test('malformed profiles throw an error that says so, never a TypeError', () => {
  const cases: [unknown, number, RegExp][] = [
    [{ traceEvents: [] }, 1, /malformed: expected a JSON array of trace events, got an object/],
    [null, 1, /got null/],
    ['[]', 1, /got a string/],
    [[null], 1, /event 0 is null/],
    [[{ ...kernel('a', 'Relu', 0, 5), dur: undefined }], 1, /event 0 \("a_kernel_time"\).*"dur"/],
    [[{ ...kernel('a', 'Relu', 0, 5), dur: '5' }], 1, /"dur" \(got "5"\)/],
    [[{ ...kernel('a', 'Relu', 0, 5), args: undefined }], 1, /has no "args.op_name"/],
    [[{ ...kernel('a', 'Relu', 0, 5), args: {} }], 1, /has no "args.op_name"/],
    [[{ ...modelRun(0, 5), ts: null }], 1, /event 0 \("model_run"\) has no valid "ts"/],
    [[kernel('a', 'Relu', 0, 5), modelRun(0, 10)], 2, /records 1 model runs but 2 were profiled/],
  ];
  for (const [events, runs, message] of cases)
    assert.throws(
      () => parseProfile(events, runs),
      (e: Error) =>
        e.constructor === Error && /malformed/.test(e.message) && message.test(e.message),
      JSON.stringify(events),
    );
  assert.throws(() => parseProfile([], 0), RangeError);
});

test('joinWithAnalysis: shares beside FLOPs and bytes, notes for created and fused op types', () => {
  const m = new ModelBuilder({ opset: 17 });
  const x = m.input('x', 'float32', [1, 4, 8, 8]);
  const w = m.initializer('w', 'float32', [4, 4, 1, 1], ramp(16));
  const r = m.op('Relu', [m.op('Conv', [x, w], {}, { name: 'conv' })], {}, { name: 'relu' });
  const s = m.op('Reshape', [r, m.initializer('s', 'int64', [2], [4, 64])], {}, { name: 'rs' });
  m.output(m.op('MatMul', [s, m.initializer('w2', 'float32', [64, 2])], {}, { name: 'mm' }));
  const analysis = analyzeBuilt(m);
  // Conv 1x1: 4·8·8 outputs · 4 inputs = 1024 MACs = 2048 FLOPs; MatMul [4,64]x[64,2]: 2·4·64·2.
  assert.equal(analysis.byOpType.Conv.flops, 2048);
  assert.equal(analysis.byOpType.MatMul.flops, 1024);
  const parsed = parseProfile(
    [
      kernel('ReorderInput', 'ReorderInput', 0, 10),
      kernel('relu_nchwc', 'Conv', 10, 40),
      kernel('mm', 'MatMul', 50, 50),
      kernel('rs', 'Reshape', 100, 0),
    ],
    1,
  );
  const j = joinWithAnalysis(parsed, analysis);
  const flops = Object.values(analysis.byOpType).reduce((a, c) => a + c.flops, 0);
  const bytes = Object.values(analysis.byOpType).reduce((a, c) => a + c.bytesAccessed, 0);
  close(j.byOpType.Conv.flopsShare, 2048 / flops, 'Conv FLOPs share');
  close(j.byOpType.Conv.bytesShare, analysis.byOpType.Conv.bytesAccessed / bytes, 'bytes share');
  // Conv: 2048 FLOPs in 40 µs = 5.12e7 FLOP/s; MatMul: 1024 in 50 µs = 2.048e7.
  close(j.byOpType.Conv.achievedFlopsPerSecond, 5.12e7, 'Conv FLOP/s');
  close(j.byOpType.MatMul.achievedFlopsPerSecond, 2.048e7, 'MatMul FLOP/s');
  close(j.byOpType.Conv.share, 0.4, 'Conv time share');
  // Reshape has no FLOPs and took no time: no FLOP/s; ReorderInput is not in the model.
  assert.equal(j.byOpType.Reshape.achievedFlopsPerSecond, undefined);
  assert.equal(j.byOpType.ReorderInput.flopsShare, undefined);
  assert.deepEqual(j.notes, [
    'ReorderInput: inserted by ONNX Runtime (layout change)',
    'Relu: no kernel of its own; ONNX Runtime fused it (likely into Conv)',
  ]);
  // Only nodes that kept a model name stay in byNode.
  assert.deepEqual(Object.keys(j.byNode).sort(), ['mm', 'rs']);
});

test('readProfileFile picks the newest file of its prefix, ignores longer prefixes, deletes it', () => {
  const dir = tempDir();
  const older = join(dir, 'p_2026-01-01_10-00-00_1.json');
  const newer = join(dir, 'p_2026-01-01_10-00-05_2.json');
  const other = join(dir, 'p_x_2026-01-01_10-00-09.json');
  writeFileSync(older, '[1]');
  writeFileSync(newer, '[2]');
  writeFileSync(other, '[3]');
  utimesSync(older, 1000, 1000);
  utimesSync(newer, 2000, 2000);
  utimesSync(other, 3000, 3000);
  assert.deepEqual(readProfileFile(join(dir, 'p')), [2]);
  assert.equal(existsSync(newer), false);
  assert.ok(existsSync(older) && existsSync(other));
  writeFileSync(join(dir, 'q_2026-01-01_10-00-00.json'), '[{');
  assert.throws(() => readProfileFile(join(dir, 'q')), /malformed: .*q_2026.*is not JSON/);
  assert.equal(existsSync(join(dir, 'q_2026-01-01_10-00-00.json')), false);
  assert.throws(() => readProfileFile(join(dir, 'none')), /no ONNX Runtime profile file/);
});
