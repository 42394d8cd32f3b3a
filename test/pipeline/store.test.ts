/**
 * The folder store `misnomer run` keeps baselines in: one file per commit, named as the Actions
 * cache keys are; restore prefers the asked commit and else takes the newest; writes are atomic
 * (a temp file renamed into place); anything unreadable is a reason, never an exception.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { makeResult, type Result } from '../../src/compare/result.ts';
import { baselinePrefix, folderStore, localScope } from '../../src/pipeline/store.ts';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, tempDir } from '../helpers.ts';

const scope = { key: 'Default', os: 'Linux', arch: 'X64' };
const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

/** A Result of one MatMul x[1,k]·W[k,k]: params k·k, so each commit's baseline is told apart. */
function resultOf(k: number, commit: string): Result {
  const m = new ModelBuilder();
  m.initializer('w', 'float32', [k, k]);
  m.output(m.op('MatMul', [m.input('x', 'float32', [1, k]), 'w']));
  return makeResult([{ id: 'mlp', analysis: analyzeBuilt(m) }], undefined, commit);
}

const params = (r: Result | undefined) => r?.models[0].analysis.totals.params;

test('the key is the Actions cache key, lower-cased: misnomer-v1-<key>-<os>-<arch>-', () => {
  assert.equal(baselinePrefix(scope), 'misnomer-v1-default-linux-x64-');
  // On this machine: the runner's words for the OS, Node's for the arch.
  assert.equal(
    localScope('k').os,
    { darwin: 'macOS', win32: 'Windows' }[process.platform as string] ?? 'Linux',
  );
});

test('save, then restore the asked commit; another commit restores the newest', async () => {
  const dir = join(tempDir(), 'nested', 'baselines');
  const store = folderStore(dir);
  // Nothing saved yet, and the folder does not exist: a reason, not an error.
  assert.match((await store.restore(scope, A)).why!, /no baseline in .*nested\/baselines/);

  assert.deepEqual(await store.save(scope, A, resultOf(4, A)), {
    saved: true,
    name: `misnomer-v1-default-linux-x64-${A}`,
  });
  assert.deepEqual(await store.save(scope, B, resultOf(8, B)), {
    saved: true,
    name: `misnomer-v1-default-linux-x64-${B}`,
  });
  // B written a minute before A: A is the newest.
  const file = (c: string) => join(dir, `misnomer-v1-default-linux-x64-${c}.json`);
  utimesSync(file(B), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));

  // 4·4 = 16 params for A, 8·8 = 64 for B.
  assert.equal(params((await store.restore(scope, A)).result), 16);
  assert.equal(params((await store.restore(scope, B)).result), 64);
  const other = await store.restore(scope, 'c'.repeat(40));
  assert.equal(other.name, `misnomer-v1-default-linux-x64-${A}`);
  assert.equal(params(other.result), 16);
  // Another key (or machine) sees none of them.
  assert.match(
    (await store.restore({ ...scope, key: 'gpu' }, A)).why!,
    /no baseline in .* \(files misnomer-v1-gpu-linux-x64-\*\.json\)/,
  );
});

test('a commit saved twice keeps its first baseline (keys are immutable, like the cache)', async () => {
  const dir = tempDir();
  const store = folderStore(dir);
  await store.save(scope, A, resultOf(4, A));
  const again = await store.save(scope, A, resultOf(8, A));
  assert.equal(again.saved, false);
  assert.equal(again.already, true);
  assert.equal(params((await store.restore(scope, A)).result), 16);
});

test('atomic: only whole files are read; a half-written temp file is never taken for a baseline', async () => {
  const dir = tempDir();
  const store = folderStore(dir);
  await store.save(scope, A, resultOf(4, A));
  // What a writer killed mid-write leaves: its temp file, half a JSON document.
  const name = `misnomer-v1-default-linux-x64-${B}.json`;
  const b = resultOf(8, B);
  const whole = JSON.stringify(b);
  writeFileSync(join(dir, `${name}.4242.tmp`), whole.slice(0, whole.length / 2));
  const r = await store.restore(scope, B);
  assert.equal(r.name, `misnomer-v1-default-linux-x64-${A}`);
  assert.equal(params(r.result), 16);
  // And a save leaves no temp file behind: the folder holds the baselines and that stray one.
  await store.save(scope, B, b);
  assert.deepEqual(readdirSync(dir).sort(), [
    `misnomer-v1-default-linux-x64-${A}.json`,
    name,
    `${name}.4242.tmp`,
  ]);
  assert.equal(readFileSync(join(dir, name), 'utf8'), whole);
});

test('a damaged baseline is a reason that names the file, not a crash', async () => {
  const dir = tempDir();
  const name = `misnomer-v1-default-linux-x64-${A}`;
  writeFileSync(join(dir, `${name}.json`), '{"schema": "misnomer/result@1", "models": [');
  const r = await folderStore(dir).restore(scope, A);
  assert.equal(r.result, undefined);
  assert.equal(r.name, name);
  assert.match(
    r.why!,
    new RegExp(
      `^the saved baseline ${name} is unusable: .*${name}\\.json is not valid JSON .*the file is truncated or damaged\\.$`,
    ),
  );
  // Another schema: named too.
  writeFileSync(join(dir, `${name}.json`), '{"schema": "misnomer/result@0"}');
  assert.match((await folderStore(dir).restore(scope, A)).why!, /is unusable: .*result@0/);
});

test('a folder that cannot be made: not saved, and why (nothing half-written)', async () => {
  // A file where the folder should be: mkdir fails (ENOTDIR), for root too.
  const file = join(tempDir(), 'plain-file');
  writeFileSync(file, '');
  const s = await folderStore(join(file, 'baselines')).save(scope, A, resultOf(4, A));
  assert.equal(s.saved, false);
  assert.match(s.why!, /^it could not be written: (ENOTDIR|EEXIST)/);
  assert.equal(readFileSync(file, 'utf8'), '');
});
