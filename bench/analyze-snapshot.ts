/**
 * Writes the static analysis of every model of a corpus to a folder, one JSON file per model, so
 * that two versions of the analysis can be diffed (`diff -r before/ after/`): a change meant to
 * make `analyze` faster must leave every byte of its output as it was.
 *
 *   npx tsx bench/analyze-snapshot.ts <out-dir>
 *
 * The corpus: every `model.onnx` of Debian's libonnx-testdata (/usr/share/libonnx-testdata/data;
 * apt-get install libonnx-testdata), analyzed without dims, and the PyTorch exports of
 * scripts/export_models.py (test/real/exported-models.ts; needs Debian's python3-torch and
 * python3-torchvision), analyzed at batch 2, sequence 16. Each file holds the analysis with its
 * per-node entries (`--per-node`), or the error the analysis stopped with, so error messages
 * cannot change silently either.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze/analyze.ts';
import { loadModel } from '../src/onnx/load.ts';
import type { DimValues } from '../src/shapes/bind.ts';
import { toJson } from '../src/report/json.ts';
import { exportModels, torchAvailable } from '../test/real/exported-models.ts';

const TESTDATA = '/usr/share/libonnx-testdata/data';
const EXPORTS = [
  'resnet18',
  'resnet50',
  'mobilenet_v2',
  'vit_b_16',
  'swin_t',
  'mobilenet_v3_large',
  'efficientnet_b0',
  'convnext_tiny',
  'tiny_bert',
  'tiny_gpt',
  'lstm_tagger',
  'loop_if',
];

const out = process.argv[2];
if (!out) {
  console.error('usage: npx tsx bench/analyze-snapshot.ts <out-dir>');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

/** Snapshot name -> [model path, dims]. */
const models = new Map<string, [string, DimValues]>();
if (existsSync(TESTDATA)) {
  for (const folder of readdirSync(TESTDATA).sort()) {
    const root = join(TESTDATA, folder);
    for (const name of readdirSync(root).sort()) {
      const path = join(root, name, 'model.onnx');
      if (existsSync(path)) models.set(`${folder}--${name}`, [path, {}]);
    }
  }
} else console.error(`${TESTDATA} is missing (apt-get install libonnx-testdata): skipped`);
const torch = torchAvailable();
if (torch.ok) {
  const paths = exportModels(EXPORTS);
  for (const name of EXPORTS)
    models.set(`export--${name}`, [paths[name], { batch: 2, sequence: 16 }]);
} else console.error(torch.why);

let failed = 0;
const started = performance.now();
for (const [name, [path, dims]] of models) {
  let text: string;
  try {
    const loaded = loadModel(path);
    try {
      text = toJson(analyze(loaded, { dims, perNode: true }));
    } finally {
      loaded.store.close();
    }
  } catch (e) {
    failed++;
    text = `error: ${e instanceof Error ? e.message : String(e)}\n`;
  }
  writeFileSync(join(out, `${name}.json`), text);
}
console.log(
  `${models.size} models written to ${out} (${failed} stopped with an error) in ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s`,
);
