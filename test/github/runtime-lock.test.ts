/**
 * runtime/ (copied into dist/runtime/) is what the Action installs onnxruntime-node from on a
 * runner, with npm ci: it must pin the version the tests ran with, and every package in it must be
 * fixed by version, URL and integrity, and be the very package the project's own lock installs
 * (so the runner gets what was tested). On failure: npm run runtime-lock, npm run build, commit.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ONNXRUNTIME_VERSION } from '../../src/version.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const json = (path: string) => JSON.parse(readFileSync(`${ROOT}${path}`, 'utf8'));

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dependencies?: Record<string, string>;
}
type Packages = Record<string, LockEntry>;

/** node_modules/a/node_modules/@s/b -> @s/b */
const nameOf = (path: string) => path.slice(path.lastIndexOf('node_modules/') + 13);

test('runtime/package.json asks for onnxruntime-node at ONNXRUNTIME_VERSION and nothing else', () => {
  const manifest = json('runtime/package.json');
  assert.equal(manifest.private, true);
  assert.deepEqual(manifest.dependencies, { 'onnxruntime-node': ONNXRUNTIME_VERSION });
  assert.equal(manifest.devDependencies, undefined);
});

test('runtime/package-lock.json pins onnxruntime-node and fixes every package by URL and integrity', () => {
  const lock = json('runtime/package-lock.json');
  assert.equal(lock.lockfileVersion, 3);
  const packages: Packages = lock.packages;
  assert.deepEqual(packages[''].dependencies, { 'onnxruntime-node': ONNXRUNTIME_VERSION });
  assert.equal(packages['node_modules/onnxruntime-node']?.version, ONNXRUNTIME_VERSION);
  const entries = Object.entries(packages).filter(([path]) => path !== '');
  assert.ok(entries.length > 1, 'onnxruntime-node has dependencies');
  for (const [path, entry] of entries) {
    assert.ok(!entry.link, `${path} is a link, not a registry package`);
    assert.match(entry.version ?? '', /^\d+\.\d+\.\d+/, `${path}: version`);
    assert.equal(
      entry.resolved,
      `https://registry.npmjs.org/${nameOf(path)}/-/${nameOf(path).replace(/^@[^/]+\//, '')}-${entry.version}.tgz`,
      `${path}: resolved from the public registry`,
    );
    assert.match(entry.integrity ?? '', /^sha512-[A-Za-z0-9+/]{86}==$/, `${path}: integrity`);
  }
});

test("every package of runtime/package-lock.json is the project's own: same version, same integrity", () => {
  const runtime: Packages = json('runtime/package-lock.json').packages;
  const own: Packages = json('package-lock.json').packages;
  const byName = new Map<string, LockEntry[]>();
  for (const [path, entry] of Object.entries(own)) {
    if (path === '') continue;
    byName.set(nameOf(path), [...(byName.get(nameOf(path)) ?? []), entry]);
  }
  let shared = 0;
  for (const [path, entry] of Object.entries(runtime)) {
    if (path === '') continue;
    const ours = byName.get(nameOf(path));
    if (!ours) continue;
    shared++;
    const same = ours.find((e) => e.version === entry.version);
    assert.ok(
      same,
      `${nameOf(path)}: runtime/ locks ${entry.version}, package-lock.json has ` +
        `${ours.map((e) => e.version).join(', ')} (npm run runtime-lock, or update package-lock.json)`,
    );
    assert.equal(same.integrity, entry.integrity, `${nameOf(path)}@${entry.version}: integrity`);
  }
  // The project depends on onnxruntime-node itself: its whole tree is in package-lock.json.
  assert.equal(shared, Object.keys(runtime).length - 1);
});
