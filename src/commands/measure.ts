/** `misnomer measure model.onnx`: every runtime indicator of one model on this machine. */
import { toJson } from '../report/json.ts';
import { UserError } from '../errors.ts';
import type { CommandJob } from '../measure/commands.ts';
import { makeResult } from '../compare/result.ts';
import { planModel } from '../measure/plan.ts';
import { checkProvider } from '../measure/providers.ts';
import { measureModels } from '../measure/run.ts';
import { createProgress, silentProgress } from '../progress.ts';
import { renderMeasurement } from '../report/terminal-measure.ts';
import { basename } from 'node:path';
import {
  askedLatencyBatch,
  emit,
  jobsOf,
  listOption,
  outputOf,
  parse,
  RUNTIME_OPTIONS,
  settingsOf,
  STDOUT,
  stringOption,
  writeOutputs,
} from './options.ts';
import { renderResultMarkdown } from '../report/result-markdown.ts';
import { parsePositiveInt } from '../measure/settings.ts';

export async function measureCommand(
  args: string[],
  out: (s: string) => void,
  usage: string,
): Promise<number> {
  const { values, positionals } = parse(args, {
    ...RUNTIME_OPTIONS,
    command: { type: 'string', multiple: true },
    'command-runs': { type: 'string' },
    result: { type: 'string' },
    id: { type: 'string' },
  });
  if (values.help) {
    out(usage);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new UserError(
      `measure takes one model file, got ${positionals.length}: misnomer measure model.onnx`,
    );
  }
  const settings = settingsOf(values);
  await checkProvider(settings.provider);
  const path = positionals[0];
  // One plan, or one per --scenario (each measured as a model of its own: id/scenario).
  const plans = jobsOf(values, stringOption(values.id) ?? basename(path, '.onnx'), path).map(
    (job) => planModel(job, settings.batchSizes, settings.seed, askedLatencyBatch(values)),
  );
  settings.latencyBatch = plans[0].latencyBatch;
  const runs = stringOption(values['command-runs'])
    ? parsePositiveInt(stringOption(values['command-runs'])!, '--command-runs')
    : 5;
  const commands = listOption(values.command).map((spec) =>
    commandJob(spec, runs, settings.timeoutMs),
  );
  // Progress goes to stderr; still, a document on stdout is usually piped: no bar then.
  const onStdout = [outputOf(values, 'json'), outputOf(values, 'markdown')].includes(STDOUT);
  const progress = values['no-progress'] || onStdout ? silentProgress : createProgress();
  for (const plan of plans) {
    for (const s of plan.skippedBatches)
      progress.log(`${plan.job.id}: batch ${s.batch} skipped: ${s.why}`);
  }
  const measurement = await measureModels(plans, settings, progress, commands);
  const analyses = plans.map((p) => ({ id: p.job.id, analysis: p.analysis }));
  const result = makeResult(analyses, measurement);
  const resultPath = stringOption(values.result);
  if (resultPath) emit({ out: resultPath }, toJson(result), out);
  writeOutputs(
    values,
    {
      json: () => toJson(measurement),
      markdown: () => renderResultMarkdown(result, { title: `misnomer: ${basename(path)}` }),
      terminal: () => renderMeasurement(measurement),
    },
    out,
  );
  const commandsOk = (measurement.commands ?? []).every((c) => c.status === 'ok');
  return measurement.models.every((m) => m.status === 'ok') && commandsOk ? 0 : 1;
}

/** `--command "name=shell command"` (or just the command, named by its first word). */
function commandJob(spec: string, runs: number, timeoutMs: number): CommandJob {
  const at = spec.indexOf('=');
  const named = at > 0 && !/\s/.test(spec.slice(0, at));
  const command = named ? spec.slice(at + 1) : spec;
  if (!command.trim()) throw new UserError(`--command "${spec}" has no command to run.`);
  return {
    name: named ? spec.slice(0, at) : command.trim().split(/\s+/)[0],
    command,
    runs,
    timeoutMs,
  };
}
