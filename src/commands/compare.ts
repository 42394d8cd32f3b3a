/**
 * `misnomer compare base.onnx head.onnx`: both models' static analyses side by side, then both
 * measured interleaved in this run, with a verdict per runtime indicator.
 */
import { toJson } from '../report/json.ts';
import { basename } from 'node:path';
import { DEFAULT_VERDICT_OPTIONS, MIN_ROUNDS, noiseFloor, pairedVerdict } from '../compare/ab.ts';
import { compareRuntime } from '../compare/runtime.ts';
import { UserError } from '../errors.ts';
import { planModel, type ModelPlan } from '../measure/plan.ts';
import type { RuntimeSettings } from '../measure/types.ts';
import { checkProvider } from '../measure/providers.ts';
import { measureAB } from '../measure/run.ts';
import { DEFAULT_COMPARE_BUDGET_MS } from '../measure/settings.ts';
import { createProgress, silentProgress, type Progress } from '../report/progress.ts';
import { renderSideBySide } from '../report/terminal-analysis.ts';
import { renderRuntimeComparison } from '../report/terminal-measure.ts';
import {
  askedLatencyBatch,
  dimsOf,
  emit,
  filesOf,
  parse,
  rangesOf,
  RUNTIME_OPTIONS,
  settingsOf,
  stringOption,
} from './options.ts';

export async function compareCommand(
  args: string[],
  out: (s: string) => void,
  usage: string,
): Promise<number> {
  const { values, positionals } = parse(args, {
    ...RUNTIME_OPTIONS,
    threshold: { type: 'string' },
    calibrate: { type: 'boolean' },
  });
  if (values.help) {
    out(usage);
    return 0;
  }
  if (positionals.length !== 2) {
    throw new UserError(
      `compare takes two model files, got ${positionals.length}: misnomer compare base.onnx head.onnx`,
    );
  }
  const threshold = parseThreshold(stringOption(values.threshold) ?? '5%');
  const settings = settingsOf(values, { budgetMs: DEFAULT_COMPARE_BUDGET_MS });
  await checkProvider(settings.provider);
  const [basePath, headPath] = positionals;
  const ids = uniqueIds(basePath, headPath);
  const job = (id: string, path: string) => ({
    id,
    path,
    dims: dimsOf(values),
    ranges: rangesOf(values),
    files: filesOf(values),
  });
  const asked = askedLatencyBatch(values);
  const base = planModel(job(ids[0], basePath), settings.batchSizes, settings.seed, asked);
  const head = planModel(job(ids[1], headPath), settings.batchSizes, settings.seed, asked);
  if (base.latencyBatch !== head.latencyBatch) {
    throw new UserError(
      `the two models would be timed at different batch sizes (${base.latencyBatch} and ${head.latencyBatch}); give --latency-batch.`,
    );
  }
  settings.latencyBatch = base.latencyBatch;
  const options = { ...DEFAULT_VERDICT_OPTIONS, threshold, seed: settings.seed };
  const progress0 = values['no-progress'] || values.json ? silentProgress : createProgress();
  if (values.calibrate)
    options.threshold = await calibrate(base, settings, options.threshold, progress0);
  const progress = progress0;
  // MEASUREMENT.md step 6: an inconclusive latency gets one second budget.
  const more = (rounds: { a: number; b: number }[]) => {
    const again =
      pairedVerdict(rounds, { ...options, direction: 'lower-is-better' }).verdict ===
      'inconclusive';
    if (again)
      progress.log('latency is inconclusive after the first budget: spending a second one');
    return again;
  };
  const { measurement, pair } = await measureAB(base, head, settings, progress, { more });
  const runtime = compareRuntime(pair, { base: base.analysis, head: head.analysis }, options);
  if (values.json) {
    emit(values, toJson({ runtime, measurement }), out);
  } else {
    const text =
      renderSideBySide([
        { label: ids[0], analysis: base.analysis },
        { label: ids[1], analysis: head.analysis },
      ]) +
      '\n' +
      renderRuntimeComparison(runtime, { base: ids[0], head: ids[1] });
    emit(values, text, out);
  }
  return pair.a.status === 'ok' && pair.b.status === 'ok' ? 0 : 1;
}

/**
 * MEASUREMENT.md step 7: an A/A run (base against itself, a third of the budget) measures this
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
  );
  if (pair.latencyRounds.length < MIN_ROUNDS) {
    progress.log(
      `calibration: only ${pair.latencyRounds.length} A/A rounds; the threshold stays ${(100 * threshold).toFixed(1)}%`,
    );
    return threshold;
  }
  const floor = noiseFloor(pair.latencyRounds, { seed: settings.seed });
  const raised = Math.max(threshold, 2 * floor.spread);
  progress.log(
    `calibration: A/A spread ${(100 * floor.spread).toFixed(1)}% over ${floor.rounds} rounds; ` +
      `threshold ${raised > threshold ? `raised to ${(100 * raised).toFixed(1)}%` : `stays ${(100 * threshold).toFixed(1)}%`}`,
  );
  return raised;
}

/** `5%`, `5` (percent) or `0.05`. */
function parseThreshold(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  const n = m ? Number(m[1]) : NaN;
  const t = m && (m[2] === '%' || n >= 1) ? n / 100 : n;
  if (!m || !(t > 0 && t < 1))
    throw new UserError(`--threshold "${text}" must be a percentage between 0 and 100, e.g. 5%.`);
  return t;
}

/** Display names: the file names, told apart when they are the same. */
function uniqueIds(a: string, b: string): [string, string] {
  const x = basename(a, '.onnx');
  const y = basename(b, '.onnx');
  return x === y ? [`${x} (base)`, `${y} (head)`] : [x, y];
}
