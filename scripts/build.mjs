#!/usr/bin/env node
// Bundles the CLI (dist/cli.js) and the model process (dist/measure-worker.js) with esbuild. onnxruntime-node stays external: its native
// binaries are installed on the machine, never bundled or committed.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external: ['onnxruntime-node'],
  legalComments: 'none',
  // Bundled CommonJS dependencies (cli-table3) call require(): give ESM output one.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
};

await build({ ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js' });
// The model process: forked by the CLI, found beside it (src/measure/model-process.ts).
await build({
  ...common,
  entryPoints: ['src/measure/worker.ts'],
  outfile: 'dist/measure-worker.js',
});
