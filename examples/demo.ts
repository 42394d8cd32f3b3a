/**
 * `npm run demo`: the main job on the two bundled example pairs, measured on this machine:
 * for each, the static analysis of both models, an interleaved A/B measurement, the verdicts,
 * the contradictions with their evidence, and the pull-request report written as Markdown.
 *
 *   dense → separable   a small CNN whose dense 3×3 convolutions become depthwise-separable
 *                       blocks (exported once with PyTorch; examples/export_example.py)
 *   wide → grouped      one 256×256 MatMul split into 64 groups of 4×4 (built by
 *                       examples/make-grouped-pair.ts): FLOPs −98%, and slower
 *
 * About a minute and a half in all (a 20 s budget per pair plus cold starts and profiles).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli.ts';

const model = (name: string) => fileURLToPath(new URL(`./models/${name}.onnx`, import.meta.url));
const outDir = fileURLToPath(new URL('../demo-output/', import.meta.url));
mkdirSync(outDir, { recursive: true });

const pairs = [
  { base: 'dense', head: 'separable', dims: ['--dim', 'batch=1'] },
  { base: 'wide', head: 'grouped', dims: ['--dim', 'batch=64'] },
];

const started = performance.now();
let code = 0;
for (const p of pairs) {
  const report = join(outDir, `${p.base}-vs-${p.head}.md`);
  process.stdout.write(`\n━━ ${p.base} → ${p.head} ━━\n`);
  const exit = await main([
    'compare',
    model(p.base),
    model(p.head),
    ...p.dims,
    '--budget',
    '20s',
    '--markdown',
    report,
    '--json',
    join(outDir, `${p.base}-vs-${p.head}.json`),
  ]);
  code = Math.max(code, exit);
  process.stdout.write(`\nthe pull-request comment: ${report}\n`);
}
process.stdout.write(`\ndemo done in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
process.exitCode = code;
