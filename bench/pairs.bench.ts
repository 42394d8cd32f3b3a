/**
 * `npm run bench -- pairs`: how much of the spread between session pairs is the pairs' own,
 * through the code `compare` runs (measure/pair.ts). One MobileNetV2 export (Debian's
 * python3-torch, random weights) against a byte copy of itself, latency rounds only, twice:
 *
 *   pairs     the budget cut into BENCH_EPOCHS epochs (default 20), each on a new pair of
 *             sessions;
 *   one pair  the same budget on one pair, its rounds cut afterwards into as many stretches.
 *
 * Printed for each: every epoch's (or stretch's) estimate, the median of its rounds'
 * ln(B / A); their spread (SD), which is what the verdict's t interval sees; and the rounds' own
 * noise within an epoch (the root of the mean squared standard error of an epoch's mean). If the
 * pairs' spread is well above the one pair's and above the rounds' own noise, each pair carries
 * an offset of its own: then more pairs, not more rounds per pair, narrow the interval.
 * BENCH_BUDGET_S sets the budget (default 120 s), BENCH_MODELS another exported model;
 * BENCH_MODEL a model file instead, with BENCH_DIMS its dims (`batch=64`; default batch=1),
 * and BENCH_VS a second file to compare it with instead of its copy (an A/B: the estimates then
 * scatter around the true difference).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { planModel } from '../src/measure/plan.ts';
import { measureAB } from '../src/measure/run.ts';
import { DEFAULT_SETTINGS } from '../src/measure/settings.ts';
import { silentProgress } from '../src/progress.ts';
import { median, summarize } from '../src/stats/summary.ts';
import { exportModels, torchAvailable } from '../test/real/exported-models.ts';
import { dimsFromEnv } from './shared.ts';

const torch = torchAvailable();
if (!process.env.BENCH_MODEL && !torch.ok) {
  console.log(`(skipped: ${torch.why})`);
  process.exit(0);
}
const EPOCHS = Number(process.env.BENCH_EPOCHS ?? 20);
const budgetMs = Number(process.env.BENCH_BUDGET_S ?? 120) * 1000;
const name = process.env.BENCH_MODEL
  ? basename(process.env.BENCH_MODEL, '.onnx')
  : (process.env.BENCH_MODELS ?? 'mobilenet_v2').split(',')[0];
const path = process.env.BENCH_MODEL ?? exportModels([name])[name];
const dims = dimsFromEnv('batch=1');
const dir = join(tmpdir(), 'misnomer-bench');
mkdirSync(dir, { recursive: true });
const copy = process.env.BENCH_VS ?? join(dir, `${name}-copy.onnx`);
if (!process.env.BENCH_VS) copyFileSync(path, copy);
const batch = dims.batch ?? 1;
const plan = (id: string, p: string) => planModel({ id, path: p, dims }, [], batch);
const pct = (x: number) => `${(100 * x).toFixed(2)}%`;

console.log(
  `${name}, ${process.env.BENCH_VS ? `against ${basename(copy)}` : 'A/A'}, budget ${budgetMs / 1000} s, ${EPOCHS} epochs or stretches\n`,
);
for (const epochs of [EPOCHS, 1]) {
  const t0 = performance.now();
  const { pair } = await measureAB(
    plan('base', path),
    plan('copy', copy),
    { ...DEFAULT_SETTINGS, budgetMs },
    silentProgress,
    { latencyOnly: true, epochs },
  );
  const rounds = pair.latencyRounds;
  const groups = new Map<number, number[]>();
  rounds.forEach((r, i) => {
    const g = r.epoch ?? Math.floor((i * EPOCHS) / rounds.length);
    groups.set(g, [...(groups.get(g) ?? []), Math.log(r.b / r.a)]);
  });
  const estimates = [...groups.values()].map((d) => median(d));
  const squaredErrors = [...groups.values()]
    .filter((d) => d.length > 1)
    .map((d) => summarize(d).std ** 2 / d.length);
  const own = Math.sqrt(squaredErrors.reduce((s, x) => s + x, 0) / squaredErrors.length);
  const what = epochs === 1 ? 'one pair, stretches' : 'pairs';
  const seconds = ((performance.now() - t0) / 1000).toFixed(0);
  console.log(`${what}: ${rounds.length} rounds in ${groups.size} groups, ${seconds} s`);
  console.log(`  estimates: ${estimates.map(pct).join(' ')}`);
  console.log(
    `  spread (SD) ${pct(summarize(estimates).std)}, mean ${pct(summarize(estimates).mean)}; the rounds' own noise ${pct(own)}\n`,
  );
}
