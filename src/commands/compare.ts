/**
 * `misnomer compare base head`: two models (.onnx: analyzed, then measured interleaved in this
 * run) or two results (.json from `measure --result`: compared as stored). Prints the report,
 * or the comparison as JSON or Markdown (to stdout or a file), and exits 1 when the comparison
 * fails as the Action's would: a gate tripped, or a model's head failed to measure.
 */
import { basename } from 'node:path';
import { DEFAULT_VERDICT_OPTIONS, MIN_PAIRS, MIN_ROUNDS, noiseFloor } from '../compare/ab.ts';
import { latencyLimits, sequentialPlan } from '../compare/sequential.ts';
import { buildComparison, type CompareOptions } from '../compare/compare.ts';
import { parseGate, parseScopedGate, type Gate } from '../compare/gates.ts';
import { makeResult, readResult, type Result } from '../compare/result.ts';
import type { Comparison } from '../compare/types.ts';
import { UserError } from '../errors.ts';
import type { PairResult } from '../measure/pair.ts';
import { planModel, type ModelPlan } from '../measure/plan.ts';
import { checkProvider } from '../measure/providers.ts';
import { measureAB } from '../measure/run.ts';
import { DEFAULT_COMPARE_BUDGET_MS } from '../measure/settings.ts';
import type { Measurement, RuntimeSettings } from '../measure/types.ts';
import { createProgress, silentProgress, type Progress } from '../progress.ts';
import { failureOf } from '../pipeline/verdict.ts';
import {
  askedLatencyBatch,
  jobsOf,
  listOption,
  parse,
  RUNTIME_OPTIONS,
  scenariosOf,
  settingsOf,
  stringOption,
  type Values,
  writeOutputs,
} from './options.ts';
import { comparisonOutputs } from './comparison-outputs.ts';

export async function compareCommand(
  args: string[],
  out: (s: string) => void,
  usage: string,
): Promise<number> {
  const { values, positionals } = parse(args, {
    ...RUNTIME_OPTIONS,
    threshold: { type: 'string' },
    'static-threshold': { type: 'string' },
    calibrate: { type: 'boolean' },
    'static-only': { type: 'boolean' },
    gate: { type: 'string', multiple: true },
    'fail-on-contradiction': { type: 'boolean' },
    'fail-on-inconclusive': { type: 'boolean' },
  });
  if (values.help) {
    out(usage);
    return 0;
  }
  if (positionals.length !== 2) {
    throw new UserError(
      `compare takes two models or two results, got ${positionals.length}: misnomer compare base.onnx head.onnx`,
    );
  }
  const [basePath, headPath] = positionals;
  const labels = labelsOf(basePath, headPath);
  const options: CompareOptions = {
    ...DEFAULT_VERDICT_OPTIONS,
    threshold: parseThreshold(stringOption(values.threshold) ?? '5%', '--threshold'),
    staticThreshold: parseThreshold(
      stringOption(values['static-threshold']) ?? '5%',
      '--static-threshold',
    ),
    gates: gatesOf(values),
    onInconclusive: Boolean(values['fail-on-inconclusive']),
  };
  const kinds = positionals.map((p) => (p.endsWith('.json') ? 'result' : 'model'));
  if (kinds[0] !== kinds[1]) {
    throw new UserError(
      'compare takes two models (.onnx) or two results (.json), not one of each.',
    );
  }
  const comparison =
    kinds[0] === 'result'
      ? buildComparison(
          { label: labels[0], result: readResult(basePath) },
          { label: labels[1], result: readResult(headPath) },
          options,
        )
      : await compareModels(basePath, headPath, labels, values, options);
  writeOutputs(values, comparisonOutputs(comparison), out);
  return failureOf(comparison) ? 1 : 0;
}

async function compareModels(
  basePath: string,
  headPath: string,
  labels: [string, string],
  values: Values,
  options: CompareOptions,
): Promise<Comparison> {
  const settings = settingsOf(values, { budgetMs: DEFAULT_COMPARE_BUDGET_MS });
  options.seed = settings.seed;
  // One model on each side: one id, so that they are compared with each other (one pair per
  // --scenario, each with the whole budget, as the config's budget is per model pair).
  const id = basename(headPath, '.onnx');
  const asked = askedLatencyBatch(values);
  const plans = (path: string) =>
    jobsOf(values, id, path).map((job) =>
      planModel(job, settings.batchSizes, settings.seed, asked),
    );
  const base = plans(basePath);
  const head = plans(headPath);
  const analyses = (side: ModelPlan[]) => side.map((p) => ({ id: p.job.id, analysis: p.analysis }));
  const sides = { base: { label: labels[0] }, head: { label: labels[1] } };
  if (values['static-only']) {
    return buildComparison(
      { ...sides.base, result: makeResult(analyses(base)) },
      { ...sides.head, result: makeResult(analyses(head)) },
      options,
    );
  }
  base.forEach((b, i) => {
    if (b.latencyBatch !== head[i].latencyBatch) {
      throw new UserError(
        `${b.job.id}: the two models would be timed at different batch sizes (${b.latencyBatch} and ${head[i].latencyBatch}); give --latency-batch.`,
      );
    }
  });
  settings.latencyBatch = base[0].latencyBatch;
  await checkProvider(settings.provider);
  const progress = values['no-progress'] ? silentProgress : createProgress();
  if (values.calibrate)
    options.threshold = await calibrate(base[0], settings, options.threshold, progress);
  const pairs = new Map<string, PairResult>();
  let measurement: Measurement | undefined;
  for (const [i, b] of base.entries()) {
    const limits = latencyLimits(options.gates ?? [], b.job.id, settings.latencyBatch);
    const plan = sequentialPlan(options, (line) => progress.log(`${b.job.id}: ${line}`), limits);
    const run = await measureAB(b, head[i], settings, progress, { plan });
    pairs.set(b.job.id, run.pair);
    measurement ??= run.measurement;
  }
  const result = (side: ModelPlan[], which: 'a' | 'b'): Result =>
    makeResult(analyses(side), {
      ...measurement!,
      models: [...pairs.values()].map((pair) => pair[which]),
    });
  return buildComparison(
    { ...sides.base, result: result(base, 'a') },
    { ...sides.head, result: result(head, 'b') },
    options,
    pairs,
  );
}

/**
 * Step 8 of docs/measurement.md#how-verdicts-are-decided: an A/A run (base against itself, a third of the budget) measures this
 * machine's noise; the threshold is raised to at least twice the observed spread.
 */
async function calibrate(
  base: ModelPlan,
  settings: RuntimeSettings,
  threshold: number,
  progress: Progress,
): Promise<number> {
  const copy = { ...base, job: { ...base.job, id: `${base.job.id} (A/A)` } };
  const { pair } = await measureAB(
    base,
    copy,
    { ...settings, budgetMs: settings.budgetMs / 3 },
    progress,
    {
      latencyOnly: true,
    },
  );
  const rounds = pair.latencyRounds;
  const pairs = new Set(rounds.map((r) => r.epoch)).size;
  if (rounds.length < MIN_ROUNDS || (pairs > 1 && pairs < MIN_PAIRS)) {
    progress.log(
      `calibration: only ${rounds.length} A/A rounds${pairs > 1 ? ` in ${pairs} session pairs` : ''}; the threshold stays ${(100 * threshold).toFixed(1)}%`,
    );
    return threshold;
  }
  const floor = noiseFloor(rounds, { seed: settings.seed });
  const over = floor.pairs
    ? `${floor.rounds} rounds in ${floor.pairs} session pairs`
    : `${floor.rounds} rounds`;
  const raised = Math.max(threshold, 2 * floor.spread);
  progress.log(
    `calibration: A/A spread ${(100 * floor.spread).toFixed(1)}% over ${over}; ` +
      `threshold ${raised > threshold ? `raised to ${(100 * raised).toFixed(1)}%` : `stays ${(100 * threshold).toFixed(1)}%`}`,
  );
  return raised;
}

function gatesOf(values: Values): Gate[] {
  const scenarios = new Set(scenariosOf(values).map((s) => s.name));
  const gates = listOption(values.gate).map((spec) => {
    const at = spec.indexOf('=');
    if (at <= 0)
      throw new UserError(
        `--gate "${spec}" is not of the form indicator=limit (e.g. --gate latency.p50=+5%).`,
      );
    return parseScopedGate(
      spec.slice(0, at).trim(),
      spec.slice(at + 1).trim(),
      scenarios,
      '--gate',
    );
  });
  if (values['fail-on-contradiction'])
    gates.push(parseGate('fail-on-contradiction', true, '--fail-on-contradiction'));
  return gates;
}

/** `5%`, `5` (percent) or `0.05`. */
function parseThreshold(text: string, what: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  const n = m ? Number(m[1]) : NaN;
  const t = m && (m[2] === '%' || n >= 1) ? n / 100 : n;
  if (!m || !(t > 0 && t < 1))
    throw new UserError(`${what} "${text}" must be a percentage between 0 and 100, e.g. 5%.`);
  return t;
}

/** Column labels: the file names, told apart when they are the same. */
function labelsOf(a: string, b: string): [string, string] {
  const name = (p: string) => basename(p).replace(/\.(onnx|json)$/, '');
  return name(a) === name(b) ? [`${name(a)} (base)`, `${name(b)} (head)`] : [name(a), name(b)];
}
