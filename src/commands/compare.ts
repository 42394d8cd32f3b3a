/**
 * `misnomer compare base.onnx head.onnx`: both models' static analyses side by side, then both
 * measured interleaved in this run, with a verdict per runtime indicator.
 */
import { toJson } from '../report/json.ts';
import { basename } from 'node:path';
import { DEFAULT_VERDICT_OPTIONS, pairedVerdict } from '../compare/ab.ts';
import { compareRuntime } from '../compare/runtime.ts';
import { UserError } from '../errors.ts';
import { planModel } from '../measure/plan.ts';
import { checkProvider } from '../measure/providers.ts';
import { measureAB } from '../measure/run.ts';
import { DEFAULT_COMPARE_BUDGET_MS } from '../measure/settings.ts';
import { createProgress, silentProgress } from '../report/progress.ts';
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
  const progress = values['no-progress'] || values.json ? silentProgress : createProgress();
  // MEASUREMENT.md step 6: an inconclusive latency gets one second budget.
  const more = (rounds: { a: number; b: number }[]) => {
    const again =
      pairedVerdict(rounds, { ...options, direction: 'lower-is-better' }).verdict ===
      'inconclusive';
    if (again)
      progress.log('latency is inconclusive after the first budget: spending a second one');
    return again;
  };
  const { measurement, pair } = await measureAB(base, head, settings, progress, more);
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
