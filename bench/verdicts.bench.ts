/**
 * `npm run bench -- verdicts`: how fine a latency difference `compare` resolves at the default
 * budget, and how often it is wrong, for MobileNetV2 and ResNet-50 exports (Debian's
 * python3-torch, random weights), step by step:
 *   blocks      the method before: a process per model, blocks of runs per side in rounds of a
 *               random order, one fixed budget plus a second one when inconclusive;
 *   alternate   both models in one process, run by run in ABBA cycles, warm-up until settled,
 *               rounds sized from the latency, all on one pair of sessions; one fixed budget;
 *   sequential  alternate, judged at the looks of the sequential plan;
 *   pairs       sequential, the rounds in epochs, each on a new pair of sessions, judged by a
 *               t interval over the pairs (what `compare` does).
 * Per model and method, BENCH_RUNS runs (default 10) of each kind; per run every method in
 * turn, A/A then +3%, so that the machine's slow changes fall on all of them alike:
 *   A/A   the model against a byte copy of itself: the interval's half-width, and any verdict
 *         other than unchanged/inconclusive is false; beside them the spread (SD) of the A/A
 *         estimates across runs and how many A/A intervals leave out 0: an interval that is
 *         narrower than that spread is overconfident, and a lower threshold would turn it into
 *         false verdicts;
 *   +3%   the model against a head with about 3% more real work (a convolution branch on the
 *         input, bench/slow-head.py, sized from a calibration run): the share called worse.
 * Verdicts use a 2% threshold (a 3% change cannot be called worse above 3%). Prints the time
 * to verdict (model processes opened, warm-up and rounds). BENCH_METHODS and BENCH_MODELS
 * narrow the run (e.g. BENCH_METHODS=sequential BENCH_MODELS=mobilenet_v2); BENCH_HEAD fixes
 * the head's size (see calibrate).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_VERDICT_OPTIONS, pairedVerdict, type VerdictOptions } from '../src/compare/ab.ts';
import { atLook, sequentialPlan } from '../src/compare/sequential.ts';
import { openModel } from '../src/measure/measure.ts';
import type { ModelProcess } from '../src/measure/model-process.ts';
import { planModel, type ModelPlan } from '../src/measure/plan.ts';
import { measureAB } from '../src/measure/run.ts';
import { DEFAULT_COMPARE_BUDGET_MS, DEFAULT_SETTINGS } from '../src/measure/settings.ts';
import type { Round } from '../src/measure/types.ts';
import { seeded } from '../src/stats/rng.ts';
import { median, summarize } from '../src/stats/summary.ts';
import { silentProgress } from '../src/progress.ts';
import { exportModels, SYSTEM_PYTHON, torchAvailable } from '../test/real/exported-models.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const METHODS = (process.env.BENCH_METHODS ?? 'blocks,alternate,sequential,pairs').split(',');
const MODELS = (process.env.BENCH_MODELS ?? 'mobilenet_v2,resnet50').split(',');
// BENCH_EPOCHS: session pairs per budget for the pairs method (compare's default when unset).
const PAIRS = process.env.BENCH_EPOCHS ? Number(process.env.BENCH_EPOCHS) : undefined;
const dir = join(tmpdir(), 'misnomer-bench');
mkdirSync(dir, { recursive: true });
// BENCH_BUDGET_S shortens the budget for a quick try; the figures are for the default.
const settings = {
  ...DEFAULT_SETTINGS,
  budgetMs: Number(process.env.BENCH_BUDGET_S ?? DEFAULT_COMPARE_BUDGET_MS / 1000) * 1000,
};
const options: VerdictOptions = {
  ...DEFAULT_VERDICT_OPTIONS,
  threshold: 0.02,
  direction: 'lower-is-better',
};

interface Outcome {
  verdict: string;
  ratio: number;
  /** The interval the verdict was decided on (ratios head/base). */
  ci: [number, number];
  halfWidth: number;
  seconds: number;
  /** Session pairs the verdict was drawn over (none for one pair). */
  pairs?: number;
}

const plan = (id: string, path: string) => planModel({ id, path, dims: { batch: 1 } }, [], 1);

/** The method before this change, kept here to measure against: see the header. */
async function blocks(a: ModelPlan, b: ModelPlan): Promise<Outcome> {
  const t0 = performance.now();
  const procs = {
    a: await openModel(a.job.path, a.inputsByBatch.get(1)!, settings, 'a'),
    b: await openModel(b.job.path, b.inputsByBatch.get(1)!, settings, 'b'),
  };
  try {
    const run = (p: ModelProcess, warmupRuns: number, warmupMs: number, durationMs: number) =>
      p.request({ type: 'run', warmupRuns, warmupMs, durationMs }, 'ran', settings.timeoutMs);
    for (const p of [procs.a, procs.b]) await run(p, settings.warmupRuns, settings.warmupMs, 0);
    const rng = seeded(settings.seed);
    const rounds: Round[] = [];
    const budget = async () => {
      const sideMs = Math.max(50, settings.budgetMs / 20 / 2);
      const start = performance.now();
      while (performance.now() - start < settings.budgetMs) {
        const order = rng() < 0.5 ? 'AB' : 'BA';
        const m = { a: 0, b: 0 };
        for (const s of order === 'AB' ? (['a', 'b'] as const) : (['b', 'a'] as const)) {
          m[s] = median((await run(procs[s], 2, 0, sideMs)).samplesMs);
        }
        rounds.push({ order, ...m });
      }
    };
    await budget();
    if (pairedVerdict(rounds, options).verdict === 'inconclusive') await budget();
    return outcome(rounds, options, t0);
  } finally {
    await Promise.all([procs.a.close(), procs.b.close()]);
  }
}

async function alternate(
  a: ModelPlan,
  b: ModelPlan,
  sequential: boolean,
  epochs: number | undefined,
): Promise<Outcome> {
  const t0 = performance.now();
  const plan = sequential ? sequentialPlan(options, () => {}) : undefined;
  const { pair } = await measureAB(a, b, settings, silentProgress, {
    latencyOnly: true,
    plan,
    epochs,
  });
  const look = pair.latencyLooks.at(-1);
  return outcome(pair.latencyRounds, look ? atLook(options, look.confidence) : options, t0);
}

function outcome(rounds: Round[], o: VerdictOptions, t0: number): Outcome {
  const v = pairedVerdict(rounds, o);
  return {
    verdict: v.verdict,
    ratio: v.ratio,
    ci: [v.ci[0], v.ci[1]],
    halfWidth: Math.sqrt(v.ci[1] / v.ci[0]) - 1,
    seconds: (performance.now() - t0) / 1000,
    pairs: v.pairs,
  };
}

const excludesZero = (o: Outcome) => o.ci[0] > 1 || o.ci[1] < 1;

const measure = (method: string, a: ModelPlan, b: ModelPlan) =>
  method === 'blocks'
    ? blocks(a, b)
    : alternate(a, b, method !== 'alternate', method === 'pairs' ? PAIRS : 1);

/** A head with a convolution branch of `channels` channels over `rows` rows of the input. */
function slowHead(name: string, path: string, [channels, rows]: Size): string {
  const out = join(dir, `${name}-extra-${channels}x${rows}.onnx`);
  if (!existsSync(out)) {
    const script = fileURLToPath(new URL('./slow-head.py', import.meta.url));
    const args = [script, path, out, String(channels), String(rows)];
    const r = spawnSync(SYSTEM_PYTHON, args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`slow-head.py failed: ${r.stderr}`);
  }
  return out;
}

type Size = [channels: number, rows: number];
const ROWS = 224;

/** The head's extra cost: a fixed 20 s A/B of latency rounds, the ratio's point estimate. */
async function costOf(name: string, path: string, base: ModelPlan, size: Size): Promise<number> {
  const probe = plan(`${name} probe`, slowHead(name, path, size));
  const short = { ...settings, budgetMs: 20_000 };
  const { pair } = await measureAB(base, probe, short, silentProgress, { latencyOnly: true });
  return pairedVerdict(pair.latencyRounds, options).ratio - 1;
}

/**
 * The branch size for a head about 3% slower: channels doubled from 4 until the whole input
 * costs more than 3%, then rows scaled to 3% (the work is proportional to the rows), and once
 * more from a second probe (a secant step), since a branch also has a small fixed cost.
 */
async function calibrate(name: string, path: string, base: ModelPlan): Promise<Size> {
  // BENCH_HEAD=mobilenet_v2=4x118,resnet50=64x130 reuses the sizes of an earlier run, so that
  // the methods are compared on the same head.
  const given = /^(\d+)x(\d+)$/.exec(
    (process.env.BENCH_HEAD ?? '')
      .split(',')
      .find((x) => x.startsWith(`${name}=`))
      ?.slice(name.length + 1) ?? '',
  );
  if (given) return [Number(given[1]), Number(given[2])];
  let channels = 4;
  let cost = await costOf(name, path, base, [channels, ROWS]);
  while (cost < 0.03 && channels < 512) {
    channels *= 2;
    cost = await costOf(name, path, base, [channels, ROWS]);
  }
  let rows = Math.max(1, Math.round((ROWS * 0.03) / cost));
  const second = await costOf(name, path, base, [channels, rows]);
  const slope = (cost - second) / (ROWS - rows);
  if (slope > 0) rows = Math.min(ROWS, Math.max(1, Math.round(rows + (0.03 - second) / slope)));
  console.log(
    `  ${name}: the +3% head convolves ${rows} of ${ROWS} rows into ${channels} channels (probes: ${pct(1 + cost)} for all rows, ${pct(1 + second)} for the first estimate)`,
  );
  return [channels, rows];
}

const pct = (r: number) => `${r >= 1 ? '+' : '−'}${Math.abs(100 * (r - 1)).toFixed(2)}%`;
const med = (xs: number[]) => (xs.length ? median(xs) : NaN);

const torch = torchAvailable();
if (!torch.ok) {
  console.log(`(skipped: ${torch.why})`);
  process.exit(0);
}
const models = exportModels(MODELS);
console.log(
  `verdict benchmark: ${RUNS} runs per kind, budget ${settings.budgetMs / 1000} s, threshold ${100 * options.threshold}%, ${settings.intraOpThreads} thread\n`,
);
const table: string[] = [
  '| model | method | A/A half-width, median (max) | A/A estimates, SD | A/A intervals without 0 | A/A false verdicts | +3% called worse | +3% ratio, median | time to verdict A/A, +3% (median s) |',
  '|---|---|---|---|---|---|---|---|---|',
];
for (const [name, path] of Object.entries(models)) {
  const copy = join(dir, `${name}-copy.onnx`);
  copyFileSync(path, copy);
  const base = plan(name, path);
  const twin = plan(`${name} copy`, copy);
  const head = plan(`${name} +3%`, slowHead(name, path, await calibrate(name, path, base)));
  const aa: Record<string, Outcome[]> = Object.fromEntries(METHODS.map((m) => [m, []]));
  const slow: Record<string, Outcome[]> = Object.fromEntries(METHODS.map((m) => [m, []]));
  const last = (o: Outcome) =>
    `${o.verdict} ${pct(o.ratio)} ±${(100 * o.halfWidth).toFixed(2)}% ${o.seconds.toFixed(0)} s${o.pairs ? ` (${o.pairs} pairs)` : ''}`;
  for (let i = 0; i < RUNS; i++) {
    for (const method of METHODS) {
      aa[method].push(await measure(method, base, twin));
      slow[method].push(await measure(method, base, head));
      const [x, y] = [aa[method][i], slow[method][i]];
      console.log(`  ${name} ${method} run ${i + 1}: A/A ${last(x)}; +3% ${last(y)}`);
      // An A/A interval that leaves out 0 is wrong about the truth, whatever the threshold.
      if (excludesZero(x)) console.log('    (the A/A interval above leaves out 0)');
    }
  }
  for (const method of METHODS) table.push(row(name, method, aa[method], slow[method]));
}

function row(name: string, method: string, aa: Outcome[], slow: Outcome[]): string {
  const halfWidths = aa.map((o) => 100 * o.halfWidth);
  // The spread of the A/A point estimates across runs: what one run's interval should cover.
  const sd = 100 * summarize(aa.map((o) => Math.log(o.ratio))).std;
  const without0 = aa.filter(excludesZero).length;
  const wrong = aa.filter((o) => o.verdict === 'better' || o.verdict === 'worse').length;
  const caught = slow.filter((o) => o.verdict === 'worse').length;
  return `| ${name} | ${method} | ±${med(halfWidths).toFixed(2)}% (±${Math.max(...halfWidths).toFixed(2)}%) | ${sd.toFixed(2)}% | ${without0}/${RUNS} | ${wrong}/${RUNS} | ${caught}/${RUNS} | ${pct(med(slow.map((o) => o.ratio)))} | ${med(aa.map((o) => o.seconds)).toFixed(0)}, ${med(slow.map((o) => o.seconds)).toFixed(0)} |`;
}
console.log(`\n${table.join('\n')}`);
