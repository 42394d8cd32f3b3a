/**
 * Writes the interop examples beside this file from the two inputs committed here, through the
 * CLI (`misnomer export`), so they are what a user gets; test/interop/examples.test.ts checks
 * they still are. Run: npx tsx examples/interop/regenerate.ts
 *
 * The inputs are real: comparison.json is the demo's (npm run demo, demo-output/comparison.json)
 * and result.json a short measurement of examples/models/grouped.onnx:
 *   npx tsx src/cli.ts measure examples/models/grouped.onnx --id grouped --budget 50ms \
 *     --warmup 5 --cold-starts 3 --batch-sizes 1,8 --result examples/interop/result.json
 */
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli.ts';

export const INTEROP_DIR = fileURLToPath(new URL('./', import.meta.url));

/** Input file, --format, output file. */
export const INTEROP_EXAMPLES: [string, string, string][] = [];
for (const input of ['result', 'comparison']) {
  INTEROP_EXAMPLES.push(
    [`${input}.json`, 'bmf', `${input}.bmf.json`],
    [`${input}.json`, 'customSmallerIsBetter', `${input}.smaller-is-better.json`],
    [`${input}.json`, 'customBiggerIsBetter', `${input}.bigger-is-better.json`],
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [input, format, output] of INTEROP_EXAMPLES) {
    const code = await main([
      'export',
      '--format',
      format,
      `${INTEROP_DIR}${input}`,
      '--out',
      `${INTEROP_DIR}${output}`,
    ]);
    if (code !== 0) throw new Error(`export --format ${format} ${input} exited ${code}`);
    console.log(`wrote examples/interop/${output}`);
  }
}
