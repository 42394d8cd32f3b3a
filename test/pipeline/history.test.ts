/**
 * The chain as baselines are saved (pipeline/history.ts) in a real folder store: three saves
 * carry 1, 2 and 3 points; an emptied folder (as an evicted cache) restarts the chain and says
 * so; a baseline whose history was forged is unusable, so the chain restarts and the note names
 * the field; a baseline saved before histories existed gives its own point.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { makeResult, type Result } from '../../src/compare/result.ts';
import { chainHistory } from '../../src/pipeline/history.ts';
import { folderStore } from '../../src/pipeline/store.ts';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, tempDir } from '../helpers.ts';

const scope = { key: 'default', os: 'Linux', arch: 'x64' };
const sha = (c: string) => c.repeat(40);

/** x[1,k] · W[k,k]: params k². */
function resultOf(k: number, commit: string): Result {
  const m = new ModelBuilder();
  m.initializer('w', 'float32', [k, k]);
  m.output(m.op('MatMul', [m.input('x', 'float32', [1, k]), 'w']));
  return makeResult([{ id: 'mlp', analysis: analyzeBuilt(m) }], undefined, commit);
}

/** Chains and saves, as a push does. */
async function push(store: ReturnType<typeof folderStore>, k: number, commit: string) {
  const chained = await chainHistory(store, scope, resultOf(k, commit));
  const saved = await store.save(scope, commit, chained.result);
  assert.ok(saved.saved, saved.why);
  return chained;
}

const params = (r: Result) => r.history!.points.map((p) => p.units[0].totals.params);

test('three pushes: the third baseline carries all three points, oldest first', async () => {
  const store = folderStore(tempDir());
  const first = await push(store, 2, sha('a'));
  assert.equal(first.restarted, true);
  assert.match(first.note, /^The history restarts at this point: no baseline in /);
  const second = await push(store, 3, sha('b'));
  assert.equal(second.restarted, false);
  assert.equal(second.note, 'The history goes on: 2 points (from the baseline of aaaaaaa).');
  const third = await push(store, 4, sha('c'));
  // 2², 3², 4²
  assert.deepEqual(params(third.result), [4, 9, 16]);
  assert.deepEqual(
    third.result.history!.points.map((p) => p.commit),
    [sha('a'), sha('b'), sha('c')],
  );
});

test('an evicted cache (the folder emptied): the chain restarts here and says so', async () => {
  const dir = tempDir();
  const store = folderStore(dir);
  await push(store, 2, sha('a'));
  await push(store, 3, sha('b'));
  for (const f of readdirSync(dir)) rmSync(join(dir, f));
  const after = await push(store, 4, sha('c'));
  assert.equal(after.restarted, true);
  assert.match(after.note, /The history restarts at this point: no baseline in /);
  assert.deepEqual(params(after.result), [16]);
});

test('a forged history makes the earlier baseline unusable: the chain restarts, naming the field', async () => {
  const dir = tempDir();
  const store = folderStore(dir);
  await push(store, 2, sha('a'));
  const [file] = readdirSync(dir);
  const doc = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  doc.history.points[0].commit = '$(curl evil)';
  writeFileSync(join(dir, file), JSON.stringify(doc));
  const after = await push(store, 3, sha('b'));
  assert.equal(after.restarted, true);
  assert.match(
    after.note,
    /^The history restarts at this point: the saved baseline misnomer-v1-default-linux-x64-a{40} is unusable: .*history\.points\[0\]\.commit should be a commit in hex/,
  );
  assert.deepEqual(params(after.result), [9]);
});

test('a baseline saved before histories: its own point starts the chain', async () => {
  const store = folderStore(tempDir());
  assert.ok((await store.save(scope, sha('a'), resultOf(2, sha('a')))).saved);
  const after = await push(store, 3, sha('b'));
  assert.equal(after.restarted, false);
  assert.deepEqual(params(after.result), [4, 9]);
});
