/**
 * `npm run bench -- measure` (also part of `npm run bench`): how much the measurement itself
 * costs: misnomer's timing loop against a bare `session.run` loop on the same session,
 * interleaved, medians of 15 pairs (target: under 2%), on MobileNetV2 and ResNet-50 exported with
 * Debian's python3-torch (skipped if absent). How fine a difference `compare` resolves, and how
 * often it is wrong, is `npm run bench -- verdicts`.
 */
import ort from 'onnxruntime-node';
import { median } from '../src/stats/summary.ts';
import { makeTensors } from '../src/measure/inputs.ts';
import { planModel } from '../src/measure/plan.ts';
import { nowMs, sessionOptions, timeRuns } from '../src/measure/session.ts';
import { DEFAULT_SETTINGS } from '../src/measure/settings.ts';
import { exportModels, torchAvailable } from '../test/real/exported-models.ts';

const settings = DEFAULT_SETTINGS;
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

const torch = torchAvailable();
const models = torch.ok ? exportModels(['mobilenet_v2', 'resnet50']) : {};
if (!torch.ok) console.log(`(MobileNetV2 / ResNet-50 skipped: ${torch.why})`);
console.log(`measurement benchmark: ${settings.intraOpThreads} thread\n`);
console.log('harness overhead per inference (target < 2%)');
for (const [name, path] of Object.entries(models)) await overhead(name, path);
