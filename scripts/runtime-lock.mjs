#!/usr/bin/env node
// Writes runtime/package.json and runtime/package-lock.json: the onnxruntime-node the Action
// installs on a runner with `npm ci` (src/github/onnxruntime.ts). The build copies both into
// dist/runtime/. Run it (`npm run runtime-lock`) after changing the onnxruntime-node version in
// package.json, then `npm run build` and commit runtime/ and dist/.
//
// npm resolves the lock: exact versions, the registry URL and the integrity hash of every package.
// An existing lock is kept where it still satisfies the manifest (npm only resolves what changed);
// delete runtime/package-lock.json first to resolve everything afresh.
// test/github/runtime-lock.test.ts checks that the lock agrees with the project's own.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = fileURLToPath(new URL('../runtime/', import.meta.url));
const version = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).dependencies[
  'onnxruntime-node'
];
if (!/^\d+\.\d+\.\d+$/.test(version)) {
  console.error(`package.json must pin onnxruntime-node to an exact version, not "${version}"`);
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
const manifest = {
  name: 'misnomer-onnxruntime',
  private: true,
  description:
    "The onnxruntime-node misnomer's Action installs on a runner with npm ci. Written by scripts/runtime-lock.mjs.",
  license: 'MIT',
  dependencies: { 'onnxruntime-node': version },
};
writeFileSync(`${dir}package.json`, `${JSON.stringify(manifest, null, 2)}\n`);

// The public registry's URLs in `resolved` whatever the contributor's npm is set to (npm ci on a
// runner maps them to the runner's registry); `resolved` written even where the user config omits
// it; no install scripts (onnxruntime-node's downloads GPU libraries).
const r = spawnSync(
  'npm',
  [
    'install',
    '--package-lock-only',
    '--ignore-scripts',
    '--no-audit',
    '--no-fund',
    '--package-lock=true',
    '--lockfile-version=3',
    '--omit-lockfile-registry-resolved=false',
    '--registry=https://registry.npmjs.org/',
  ],
  { cwd: dir, stdio: 'inherit', shell: process.platform === 'win32' },
);
if (r.status !== 0) process.exit(r.status ?? 1);
const lock = JSON.parse(readFileSync(`${dir}package-lock.json`, 'utf8'));
const count = Object.keys(lock.packages).length - 1;
console.log(`runtime/package-lock.json: onnxruntime-node@${version} and ${count - 1} dependencies`);
