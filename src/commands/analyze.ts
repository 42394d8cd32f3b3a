/** `misnomer analyze model.onnx`: the static cost indicators of one model. */
import { toJson } from '../report/json.ts';
import { basename } from 'node:path';
import { analyze } from '../analyze/analyze.ts';
import type { Analysis } from '../analyze/types.ts';
import { makeResult } from '../compare/result.ts';
import { UserError } from '../errors.ts';
import { readGivenFiles } from '../measure/npy.ts';
import { loadModel } from '../onnx/load.ts';
import { renderAnalysis } from '../report/terminal-analysis.ts';
import { splitUnit } from '../scenario.ts';
import { renderResultMarkdown } from '../report/result-markdown.ts';
import { emit, jobsOf, parse, STATIC_OPTIONS, stringOption, writeOutputs } from './options.ts';

export function analyzeCommand(args: string[], out: (s: string) => void, usage: string): number {
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
  const resultPath = stringOption(values.result);
  if (resultPath) emit({ out: resultPath }, toJson(makeResult(analyses)), out);
  // Several scenarios: a JSON list of analyses (each names its scenario), tables one after another.
  const docs = analyses.map((a) => a.analysis);
  writeOutputs(
    values,
    {
      json: () => toJson(docs.length === 1 ? docs[0] : docs),
      markdown: () =>
        renderResultMarkdown(makeResult(analyses), { title: `misnomer: ${basename(path)}` }),
      terminal: () =>
        docs
          .map((a) =>
            a.scenario
              ? `── scenario ${a.scenario} ──\n${renderAnalysis(a, { perNode })}`
              : renderAnalysis(a, { perNode }),
          )
          .join('\n'),
    },
    out,
  );
  return 0;
}
