/**
 * Where the instructions of `misnomer analyze` go, stage by stage:
 *
 *   npx tsx bench/analyze-stages.ts model.onnx [name=value ...]
 *
 * Bundles the analysis's stages (esbuild, as the CLI is bundled) into one script that runs them
 * up to a given one and stops, then counts the instructions of each cut under valgrind's
 * cachegrind, node run with --single-threaded --predictable (the count repeats to the
 * instruction). A stage's count is the difference to the cut before it: loading the code (Node's
 * start included), reading the file, shape inference, the cost, params and memory passes, and
 * the totals `analyze()` adds. BENCH_NODE names another node binary. Needs valgrind.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { countInstructions } from './shared.ts';

const [model, ...dimArgs] = process.argv.slice(2);
if (!model) {
  console.error('usage: npx tsx bench/analyze-stages.ts model.onnx [name=value ...]');
  process.exit(2);
}
const dims = Object.fromEntries(dimArgs.map((d) => [d.split('=')[0], Number(d.split('=')[1])]));
const NODE = process.env.BENCH_NODE ?? process.execPath;
const src = (f: string) => JSON.stringify(fileURLToPath(new URL(`../src/${f}`, import.meta.url)));

const dir = mkdtempSync(join(tmpdir(), 'misnomer-stages-'));
writeFileSync(
  join(dir, 'stages.ts'),
  `import { loadModel } from ${src('onnx/load.ts')};
import { inferModel } from ${src('shapes/infer.ts')};
import { costGraph } from ${src('analyze/cost.ts')};
import { countParams } from ${src('analyze/params.ts')};
import { peakActivation } from ${src('analyze/memory.ts')};
import { analyze } from ${src('analyze/analyze.ts')};
const [path, upto, dims] = [process.argv[2], process.argv[3], JSON.parse(process.argv[4])];
if (upto !== 'code') {
  const loaded = loadModel(path);
  if (upto === 'analyze') analyze(loaded, { dims });
  else if (upto !== 'read') {
    const inf = inferModel(loaded.model, loaded.store, dims);
    if (upto === 'passes') {
      costGraph(inf.main);
      countParams(inf.main, inf.inputs);
      peakActivation(inf.main, inf.inputs);
    }
  }
}
`,
);
await build({
  entryPoints: [join(dir, 'stages.ts')],
  outfile: join(dir, 'stages.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  external: ['onnxruntime-node'],
  logLevel: 'error',
});

const instructions = (upto: string) =>
  countInstructions(NODE, [join(dir, 'stages.mjs'), model, upto, JSON.stringify(dims)]);

const cuts = [
  ['code', "Node's start and loading the code"],
  ['read', 'reading the file (loadModel)'],
  ['infer', 'shape inference'],
  ['passes', 'cost, params and peak memory passes'],
  ['analyze', 'the totals analyze() adds'],
] as const;
console.log(`instructions of the analysis of ${model}, ${NODE} --single-threaded --predictable`);
let before = 0;
for (const [upto, what] of cuts) {
  const n = instructions(upto);
  console.log(
    `  ${what.padEnd(38)} ${((n - before) / 1e9).toFixed(3)} G  (${(n / 1e9).toFixed(3)} G so far)`,
  );
  before = n;
}
