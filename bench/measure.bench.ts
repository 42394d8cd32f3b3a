/**
 * `npm run bench -- measure` (also part of `npm run bench`): how much the measurement itself
 * costs and how fine a difference it can see, on this machine.
 *   1. Harness overhead per inference: misnomer's timing loop against a bare `session.run` loop
 *      on the same session, interleaved, medians of 15 pairs (target: under 2%).
 *   2. A/A spread: `compare` of a model against a copy of itself at the default budget: the
 *      ratio's 99% CI and the range of per-round ratios.
 *   3. The smallest slowdown `compare` detects at the default budget: a 50-layer MLP against
 *      heads with 1, 2, 3 and 5 more layers (+2%, +4%, +6%, +10% work).
 * Models 1-2: MobileNetV2 and ResNet-50 exported with Debian's python3-torch (skipped if absent).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ort from 'onnxruntime-node';
import { DEFAULT_VERDICT_OPTIONS, pairedVerdict } from '../src/compare/ab.ts';
import { median } from '../src/stats/summary.ts';
import { makeTensors } from '../src/measure/inputs.ts';
import { planModel } from '../src/measure/plan.ts';
import { measureAB } from '../src/measure/run.ts';
import { nowMs, sessionOptions, timeRuns } from '../src/measure/session.ts';
import { DEFAULT_COMPARE_BUDGET_MS, DEFAULT_SETTINGS } from '../src/measure/settings.ts';
import { silentProgress } from '../src/progress.ts';
import { ModelBuilder } from '../test/fixtures/onnx-writer.ts';
import { exportModels, torchAvailable } from '../test/real/exported-models.ts';

const dir = join(tmpdir(), 'misnomer-bench');
mkdirSync(dir, { recursive: true });
const settings = { ...DEFAULT_SETTINGS, budgetMs: DEFAULT_COMPARE_BUDGET_MS };
const verdictOptions = { ...DEFAULT_VERDICT_OPTIONS, direction: 'lower-is-better' as const };
const pct = (r: number) => `${r >= 1 ? '+' : '−'}${Math.abs(100 * (r - 1)).toFixed(2)}%`;

async function overhead(name: string, path: string): Promise<void> {
  const plan = planModel({ id: name, path, dims: { batch: 1 } }, [], 1);
  const session = await ort.InferenceSession.create(path, sessionOptions({ ...settings }));
  const feeds = makeTensors(plan.inputsByBatch.get(1)!, 1, ort);
  await timeRuns(session, feeds, { warmupRuns: 20, warmupMs: 1000, runs: 0 });
  const runs = Math.max(
    20,
    Math.round(
      2000 / median(await timeRuns(session, feeds, { warmupRuns: 0, warmupMs: 0, runs: 20 })) / 10,
    ),
  );
  const ratios: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = nowMs();
    for (let k = 0; k < runs; k++) await session.run(feeds);
    const bare = (nowMs() - t0) / runs;
    const t1 = nowMs();
    await timeRuns(session, feeds, { warmupRuns: 0, warmupMs: 0, runs });
    const harness = (nowMs() - t1) / runs;
    ratios.push(harness / bare);
  }
  const inferenceMs = median(await timeRuns(session, feeds, { warmupRuns: 0, warmupMs: 0, runs }));
  await session.release();
  // What the loop adds per run, measured alone: two clock reads and a push, a million times.
  const samples: number[] = [];
  const t2 = nowMs();
  for (let k = 0; k < 1e6; k++) {
    const a = nowMs();
    samples.push(nowMs() - a);
  }
  const perRunMs = (nowMs() - t2) / 1e6;
  console.log(
    `  ${name}: the timing loop's own cost is ${(perRunMs * 1e6).toFixed(0)} ns per run = ${((100 * perRunMs) / inferenceMs).toFixed(4)}% of a ${inferenceMs.toFixed(2)} ms inference`,
  );
  const sorted = [...ratios].sort((a, b) => a - b);
  console.log(
    `  ${name}: harness/bare per inference median ${pct(median(ratios))} (range ${pct(sorted[0])} to ${pct(sorted[14])}, ${runs} runs per loop, 15 pairs)`,
  );
}

async function aa(name: string, path: string): Promise<void> {
  const copy = join(dir, `${name}-copy.onnx`);
  copyFileSync(path, copy);
  const a = planModel({ id: name, path, dims: { batch: 1 } }, [], 1);
  const b = planModel({ id: `${name} copy`, path: copy, dims: { batch: 1 } }, [], 1);
  const t0 = performance.now();
  const { pair } = await measureAB(a, b, settings, silentProgress);
  const v = pairedVerdict(pair.latencyRounds, verdictOptions);
  const per = pair.latencyRounds.map((r) => r.b / r.a).sort((x, y) => x - y);
  console.log(
    `  ${name}: A/A ratio ${v.ratio.toFixed(4)}, 99% CI [${v.ci[0].toFixed(4)}, ${v.ci[1].toFixed(4)}] ` +
      `(half-width ±${(50 * (v.ci[1] / v.ci[0] - 1)).toFixed(2)}%), per-round ratios ${per[0].toFixed(3)}–${per[per.length - 1].toFixed(3)}, ` +
      `${v.rounds} rounds, verdict ${v.verdict}, p50 ${pair.a.latency!.summary.p50.toFixed(2)} ms, run ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
}

function mlp(layers: number): string {
  const m = new ModelBuilder();
  let x = m.input('x', 'float32', ['batch', 256]);
  for (let i = 0; i < layers; i++) {
    m.initializer(
      `w${i}`,
      'float32',
      [256, 256],
      Array.from({ length: 256 * 256 }, (_, j) => ((j % 13) - 6) / 256),
    );
    x = m.op('Relu', [m.op('MatMul', [x, `w${i}`])]);
  }
  m.output(x);
  return m.save(join(dir, `mlp-${layers}.onnx`));
}

async function detection(): Promise<void> {
  const base = planModel({ id: 'mlp-50', path: mlp(50), dims: { batch: 16 } }, [], 1);
  for (const extra of [1, 2, 3, 5]) {
    const head = planModel(
      { id: `mlp-${50 + extra}`, path: mlp(50 + extra), dims: { batch: 16 } },
      [],
      1,
    );
    const { pair } = await measureAB(base, head, settings, silentProgress);
    const v = pairedVerdict(pair.latencyRounds, verdictOptions);
    console.log(
      `  +${(2 * extra).toFixed(0)}% work (${50 + extra} vs 50 layers): ratio ${v.ratio.toFixed(4)}, 99% CI [${v.ci[0].toFixed(4)}, ${v.ci[1].toFixed(4)}], ${v.rounds} rounds → ${v.verdict}`,
    );
  }
}

const torch = torchAvailable();
const models = torch.ok ? exportModels(['mobilenet_v2', 'resnet50']) : {};
if (!torch.ok) console.log(`(MobileNetV2 / ResNet-50 skipped: ${torch.why})`);
console.log(
  `measurement benchmark: ${settings.intraOpThreads} thread, default compare budget ${settings.budgetMs / 1000} s\n`,
);
// BENCH_PARTS=1,3 runs only those parts (the whole benchmark takes about ten minutes).
const parts = new Set((process.env.BENCH_PARTS ?? '1,2,3').split(','));
if (parts.has('1')) {
  console.log('1. harness overhead per inference (target < 2%)');
  for (const [name, path] of Object.entries(models)) await overhead(name, path);
}
if (parts.has('2')) {
  console.log('\n2. A/A spread of compare at the default budget');
  for (const [name, path] of Object.entries(models)) await aa(name, path);
}
if (parts.has('3')) {
  console.log('\n3. smallest slowdown compare detects at the default budget (threshold 5%)');
  await detection();
}
