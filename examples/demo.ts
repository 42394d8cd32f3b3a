/**
 * `npm run demo`: the main job on the bundled example pair. For now that is the static
 * analysis of both models side by side (base: dense 3×3 convolutions; head: the same network
 * with depthwise-separable blocks). Later versions add the measured speed and the PR report.
 */
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/analyze/analyze.ts';
import { loadModel } from '../src/onnx/load.ts';
import { renderAnalysis, renderSideBySide } from '../src/report/terminal-analysis.ts';

const models = ['base', 'head'].map((name) => ({
  label: name,
  path: fileURLToPath(new URL(`./models/${name}.onnx`, import.meta.url)),
}));

const analyses = models.map(({ label, path }) => {
  const loaded = loadModel(path);
  try {
    return { label, analysis: analyze(loaded, { dims: { batch: 1 } }) };
  } finally {
    loaded.store.close();
  }
});

for (const { label, analysis } of analyses) {
  process.stdout.write(`── ${label} ──\n${renderAnalysis(analysis)}\n`);
}
process.stdout.write('── base → head ──\n');
process.stdout.write(renderSideBySide(analyses));
