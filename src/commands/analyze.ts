/** `misnomer analyze model.onnx`: the static cost indicators of one model. */
import { toJson } from '../report/json.ts';
import { basename } from 'node:path';
import { analyze } from '../analyze/analyze.ts';
import type { Analysis } from '../analyze/types.ts';
import { UserError } from '../errors.ts';
import { readGivenFiles } from '../measure/npy.ts';
import { loadModel } from '../onnx/load.ts';
import { splitUnit } from '../scenario.ts';
import {
  emit,
  jobsOf,
  parse,
  renderingsOf,
  STATIC_OPTIONS,
  stringOption,
  writeOutputs,
} from './options.ts';

export async function analyzeCommand(
  args: string[],
  out: (s: string) => void,
  usage: string,
): Promise<number> {
  const { values, positionals } = parse(args, {
    ...STATIC_OPTIONS,
    'per-node': { type: 'boolean' },
    input: { type: 'string', multiple: true },
    result: { type: 'string' },
    id: { type: 'string' },
  });
  if (values.help) {
    out(usage);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new UserError(
      `analyze takes one model file, got ${positionals.length}: misnomer analyze model.onnx`,
    );
  }
  const path = positionals[0];
  const jobs = jobsOf(values, stringOption(values.id) ?? basename(path, '.onnx'), path);
  const perNode = Boolean(values['per-node']);
  const loaded = loadModel(path);
  const analyses: { id: string; analysis: Analysis }[] = [];
  try {
    const inputValues = readGivenFiles(jobs[0].files ?? {});
    for (const job of jobs) {
      const analysis = analyze(loaded, { dims: job.dims, perNode, inputValues });
      const { scenario } = splitUnit(job.id);
      analyses.push({ id: job.id, analysis: scenario ? { ...analysis, scenario } : analysis });
    }
  } finally {
    loaded.store.close();
  }
  // Only the code of the outputs asked for is loaded: `analyze --json` loads neither the terminal
  // tables nor the result's checks and the Markdown report (which load node:crypto and
  // node:child_process).
  const wanted = renderingsOf(values);
  const resultPath = stringOption(values.result);
  const result =
    resultPath || wanted.has('markdown') ? await import('../compare/result.ts') : undefined;
  const markdown = wanted.has('markdown')
    ? await import('../report/result-markdown.ts')
    : undefined;
  const terminal = wanted.has('terminal')
    ? await import('../report/terminal-analysis.ts')
    : undefined;
  if (resultPath && result) emit({ out: resultPath }, toJson(result.makeResult(analyses)), out);
  // Several scenarios: a JSON list of analyses (each names its scenario), tables one after another.
  const docs = analyses.map((a) => a.analysis);
  writeOutputs(
    values,
    {
      json: () => toJson(docs.length === 1 ? docs[0] : docs),
      markdown: () =>
        markdown && result
          ? markdown.renderResultMarkdown(result.makeResult(analyses), {
              title: `misnomer: ${basename(path)}`,
            })
          : '',
      terminal: () =>
        docs
          .map((a) => {
            const table = terminal?.renderAnalysis(a, { perNode }) ?? '';
            return a.scenario ? `── scenario ${a.scenario} ──\n${table}` : table;
          })
          .join('\n'),
    },
    out,
  );
  return 0;
}
