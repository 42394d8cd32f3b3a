#!/usr/bin/env node
// Bundles the Action (dist/index.js), the CLI (dist/cli.js) and the model process
// (dist/measure-worker.js) with esbuild. onnxruntime-node stays external: its native binaries are
// installed on the machine (on a runner: with npm ci from dist/runtime/, into the tool cache,
// src/github/onnxruntime.ts), never bundled or committed.
import { build, transformSync } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// `--outdir dir` builds elsewhere (the freshness test compares that build with dist/).
const at = process.argv.indexOf('--outdir');
const outdir = at > 0 ? process.argv[at + 1] : 'dist';

/**
 * Node's built-in modules reach the bundle through require(), and only the names a file imports
 * are read from them. Node makes an ESM import of a built-in by reading every property of the
 * module, and esbuild's interop for a required CommonJS module reads every property's descriptor:
 * either way some of them are lazy and load more of Node (`node:util` loads its text diff and
 * worker_threads, `node:fs` its promises API and readline), which `misnomer analyze` never uses.
 * esbuild has no option for this, hence the plugin: each file's static
 * `import { a, b } from 'node:x'` becomes a module of its own that requires node:x and exports a
 * and b. Any other static form (a default or namespace import, a name that is not a plain
 * identifier) gets the whole module through require(). Dynamic import() and require() calls are
 * not touched; test/e2e/dist.test.ts checks that dist/ has no dynamic import of a built-in.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const builtinsViaRequire = {
  name: 'builtins-via-require',
  setup(b) {
    // `node:x`, and the bare names the ESM code of dependencies (the Actions toolkit) imports.
    const builtin = new Set(builtinModules);
    b.onResolve({ filter: /^(node:)?[a-z0-9_/]+$/ }, (args) =>
      (args.path.startsWith('node:') || builtin.has(args.path)) && args.kind === 'import-statement'
        ? {
            // Relative to the checkout, so that the bundle does not depend on where it is.
            path: `${args.path} for ${relative(ROOT, args.importer).split(sep).join('/')}`,
            namespace: 'builtin-require',
            pluginData: { id: args.path, importer: args.importer },
          }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'builtin-require' }, ({ pluginData: { id, importer } }) => {
      const required = `require(${JSON.stringify(id)})`;
      const names = namedImports(importer, id);
      return {
        contents: names
          ? `const m = ${required};\n${names.map((n) => `export const ${n} = m.${n};`).join('\n')}`
          : `module.exports = ${required};`,
        loader: 'js',
      };
    });
  },
};

/**
 * The names the file `importer` imports from `id` when every import of it has the form
 * `import { a, b as c } from 'id'`; undefined for any other form, or when a name is not a plain
 * identifier. The file is first put through esbuild's own transform, which drops comments and
 * type imports and prints every import in one form, so that the patterns below match code, not
 * text that merely looks like it.
 */
function namedImports(importer, id) {
  const code = transformed(importer);
  if (code === undefined) return undefined;
  const quoted = `"${id.replace(/[/]/g, '\\/')}"`;
  const all = [...code.matchAll(new RegExp(`\\bfrom\\s*${quoted}|\\bimport\\s*${quoted}`, 'g'))];
  const named = [
    ...code.matchAll(new RegExp(`\\bimport\\s*\\{([^}]*)\\}\\s*from\\s*${quoted}`, 'g')),
  ];
  if (all.length === 0 || named.length !== all.length) return undefined;
  const names = named.flatMap((m) =>
    m[1]
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => part.split(/\s+as\s+/)[0]),
  );
  const identifier = /^[A-Za-z_$][\w$]*$/;
  if (!names.every((n) => identifier.test(n) && n !== 'default')) return undefined;
  return [...new Set(names)];
}

/** Each importer's transformed code, made once however many built-ins it imports. */
const transforms = new Map();
function transformed(importer) {
  if (!transforms.has(importer)) {
    let code;
    try {
      code = transformSync(readFileSync(importer, 'utf8'), {
        loader: /\.[cm]?tsx?$/.test(importer) ? 'ts' : 'js',
        format: 'esm',
        // Keep value imports the code does not use, as the bundle itself keeps them.
        tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
      }).code;
    } catch {
      code = undefined;
    }
    transforms.set(importer, code);
  }
  return transforms.get(importer);
}

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
  plugins: [builtinsViaRequire],
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
