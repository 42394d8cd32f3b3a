/**
 * One measured run of `analyze` in a fresh process: prints {ms, maxRssBytes, baselineRssBytes}.
 * The baseline is the process's RSS after loading the code but before reading the model, so the
 * difference is what the analysis itself needed.
 */
import { analyze } from '../src/analyze/analyze.ts';
import { loadModel } from '../src/onnx/load.ts';

const [path, dimsJson] = process.argv.slice(2);
const baselineRssBytes = process.memoryUsage().rss;
const t0 = performance.now();
const loaded = loadModel(path);
const a = analyze(loaded, { dims: JSON.parse(dimsJson ?? '{}') });
loaded.store.close();
const ms = performance.now() - t0;
const maxRssBytes = process.resourceUsage().maxRSS * 1024;
process.stdout.write(
  JSON.stringify({
    ms,
    maxRssBytes,
    baselineRssBytes,
    nodes: a.totals.nodes,
    incomplete: a.incomplete,
  }) + '\n',
);
