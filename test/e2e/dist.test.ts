/**
 * dist/ is what runs on users' runners (action.yml: dist/index.js) and what `misnomer` runs when
 * installed: it is committed, so it must be exactly what the sources build. (The check-dist
 * workflow does the same on GitHub; this catches it before a commit leaves the machine.)
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { transformSync } from 'esbuild';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

test('dist/ is the build of the current sources (run npm run build and commit dist/ if not)', () => {
  const out = tempDir('misnomer-dist-');
  execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', out], { cwd: ROOT });
  // The CLI is split into chunks (dist/cli-*.js): the same set of files, each the same.
  const chunks = (dir: string) => readdirSync(dir).filter((f) => /^cli-.*\.js$/.test(f));
  assert.deepEqual(
    chunks(join(ROOT, 'dist')),
    chunks(out),
    'the CLI chunks in dist/ are stale: run npm run build and commit dist/',
  );
  const files = ['index.js', 'cli.js', 'measure-worker.js', ...chunks(out)];
  for (const file of [...files, 'runtime/package.json', 'runtime/package-lock.json']) {
    const built = readFileSync(join(out, file), 'utf8');
    const committed = readFileSync(join(ROOT, 'dist', file), 'utf8');
    assert.ok(built === committed, `dist/${file} is stale: run npm run build and commit dist/`);
  }
});

test("dist/ reaches Node's built-ins through require(), not through ESM imports", () => {
  // An ESM import of a built-in reads every property of it, and some load more of Node on first
  // read (on Node 24, node:util's load worker_threads and a text diff): scripts/build.mjs turns
  // each into a require(). The banner's import of node:module, which makes that require(), is the
  // one ESM import of a built-in left; every other `from "x"` names a chunk of the bundle or a
  // package kept outside it. The plugin leaves dynamic import() alone, so there must be none of a
  // built-in either.
  const files = readdirSync(join(ROOT, 'dist')).filter((f) => f.endsWith('.js'));
  assert.ok(files.length > 3, 'dist/ holds the bundles');
  const builtins = new Set(builtinModules);
  for (const file of files) {
    const code = readFileSync(join(ROOT, 'dist', file), 'utf8');
    const imported = [...code.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s*["']([^"']+)["']/gms)]
      .map((m) => m[1])
      .filter((id) => id.startsWith('node:') || builtins.has(id));
    assert.deepEqual(imported, ['node:module'], `dist/${file}`);
    // Bundled libraries name built-ins in JSDoc types (`@type {import('node:net').Socket}`):
    // esbuild's minifier drops comments, so that only code is searched.
    const bare = transformSync(code, { loader: 'js', format: 'esm', minifyWhitespace: true }).code;
    const dynamic = [...bare.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)]
      .map((m) => m[1])
      .filter((id) => id.startsWith('node:') || builtins.has(id));
    assert.deepEqual(dynamic, [], `dist/${file}: dynamic import() of a built-in`);
  }
});

test('the pinned onnxruntime-node the Action installs is the one package.json depends on', async () => {
  const { ONNXRUNTIME_VERSION } = await import('../../src/version.ts');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.equal(pkg.dependencies['onnxruntime-node'], ONNXRUNTIME_VERSION);
});
