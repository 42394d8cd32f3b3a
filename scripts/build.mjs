#!/usr/bin/env node
// Bundles the Action (dist/index.js), the CLI (dist/cli.js) and the model process
// (dist/measure-worker.js) with esbuild. onnxruntime-node stays external: its native binaries are
// installed on the machine (on a runner: with npm ci from dist/runtime/, into the tool cache,
// src/github/onnxruntime.ts), never bundled or committed.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';

// `--outdir dir` builds elsewhere (the freshness test compares that build with dist/).
const at = process.argv.indexOf('--outdir');
const outdir = at > 0 ? process.argv[at + 1] : 'dist';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  external: ['onnxruntime-node'],
  legalComments: 'none',
  // Bundled CommonJS dependencies (yaml, the Actions toolkit's HTTP client) call
  // require(): give ESM output one.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
};

await build({ ...common, entryPoints: ['src/index.ts'], outfile: `${outdir}/index.js` });
// The CLI is split: dist/cli.js dispatches, and each command's code is a chunk beside it
// (dist/cli-*.js), loaded when that command runs, so that `misnomer analyze` does not parse and
// compile the measurement, comparison and GitHub code. Chunks stay in dist/ itself: code in them
// finds files beside the bundle (measure-worker.js, onnxruntime's resolution) by import.meta.url.
// Chunks of an earlier build are removed first (their names carry a content hash).
mkdirSync(outdir, { recursive: true });
for (const f of readdirSync(outdir)) if (/^cli-.*\.js$/.test(f)) rmSync(`${outdir}/${f}`);
await build({
  ...common,
  entryPoints: { cli: 'src/cli.ts' },
  outdir,
  splitting: true,
  chunkNames: 'cli-[name]-[hash]',
});
// The model process: forked by the CLI, found beside it (src/measure/model-process.ts).
await build({
  ...common,
  entryPoints: ['src/measure/worker.ts'],
  outfile: `${outdir}/measure-worker.js`,
});
// What the Action installs onnxruntime-node from on a runner: the manifest and its lock
// (runtime/, written by scripts/runtime-lock.mjs), found beside dist/index.js.
mkdirSync(`${outdir}/runtime`, { recursive: true });
for (const file of ['package.json', 'package-lock.json']) {
  copyFileSync(`runtime/${file}`, `${outdir}/runtime/${file}`);
}
