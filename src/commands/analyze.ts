/** `misnomer analyze model.onnx`: the static cost indicators of one model. */
import { toJson } from '../report/json.ts';
import { basename } from 'node:path';
import { analyze } from '../analyze/analyze.ts';
import { makeResult } from '../compare/result.ts';
import { UserError } from '../errors.ts';
import { loadModel } from '../onnx/load.ts';
import { renderAnalysis } from '../report/terminal-analysis.ts';
import { readGivenFiles } from '../measure/npy.ts';
import { dimsOf, emit, filesOf, parse, STATIC_OPTIONS, stringOption } from './options.ts';

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
  const dims = dimsOf(values);
  const loaded = loadModel(positionals[0]);
  let text: string;
  try {
    const perNode = Boolean(values['per-node']);
    const inputValues = readGivenFiles(filesOf(values));
    const analysis = analyze(loaded, { dims, perNode, inputValues });
    text = values.json ? toJson(analysis) : renderAnalysis(analysis, { perNode });
    const resultPath = stringOption(values.result);
    if (resultPath) {
      const id = stringOption(values.id) ?? basename(positionals[0], '.onnx');
      emit({ out: resultPath }, toJson(makeResult([{ id, analysis }])), out);
    }
  } finally {
    loaded.store.close();
  }
  emit(values, text, out);
  return 0;
}
