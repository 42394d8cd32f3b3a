/**
 * The pull request does not set its own gates, through the Action: a pull request that deletes
 * the gate that would catch it, and moves its model to another file, is still compared and
 * still judged by the base's gate; the comment says the gates changed.
 *   base:          models/a.onnx, x[batch,32] · W[32,32]              params 1,024
 *   pull request:  models/b.onnx, x[batch,32] · W[32,64] · V[64,32]   params 4,096 (+300%)
 *   base gate `params: +50%` trips; the pull request's config has no gates at all.
 * And `fail-on-missing-base: true` (in the base's config): a gated model the pull request adds
 * trips its gates, and a run that finds no base at all fails, naming the gated models.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { saveMatMulChain } from '../fixtures/matmul-chain.ts';
import { tempDir } from '../helpers.ts';
import { FakeGitHub, startFakeGitHub } from './fake-github.ts';
import { actionRunner, explain, git } from './run-action.ts';

const config = (path: string, gates: string) =>
  `models:\n  - id: mlp\n    path: ${path}\n    dims: { batch: 1 }\nbudget: 1s\n${gates}`;

let gh: FakeGitHub;
const root = tempDir('misnomer-action-gates-');
const origin = join(root, 'origin');
const shas = { base: '', head: '', strict: '', adds: '', cacheOnly: '' };
const runAction = actionRunner({ gh: () => gh, root, origin, baseSha: () => shas.base });

before(async () => {
  gh = await startFakeGitHub();
  mkdirSync(join(origin, '.github'), { recursive: true });
  mkdirSync(join(origin, 'models'));
  git(origin, 'init', '-q', '-b', 'main');
  git(origin, 'config', 'user.email', 'test@example.com');
  git(origin, 'config', 'user.name', 'test');
  writeFileSync(
    join(origin, '.github', 'misnomer.yml'),
    config('models/a.onnx', 'gates:\n  params: +50%\n'),
  );
  saveMatMulChain(join(origin, 'models', 'a.onnx'), [32, 32]);
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'base');
  shas.base = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', '-b', 'loosen');
  git(origin, 'mv', 'models/a.onnx', 'models/b.onnx');
  saveMatMulChain(join(origin, 'models', 'b.onnx'), [32, 64, 32]);
  writeFileSync(join(origin, '.github', 'misnomer.yml'), config('models/b.onnx', ''));
  git(origin, 'commit', '-q', '-am', 'a bigger model in a new file, and no gates');
  shas.head = git(origin, 'rev-parse', 'HEAD');

  // A base whose config fails on missing bases, and two pull requests against it.
  const strict = 'gates:\n  params: +50%\nfail-on-missing-base: true\n';
  git(origin, 'checkout', '-q', '-b', 'strict', 'main');
  writeFileSync(join(origin, '.github', 'misnomer.yml'), config('models/a.onnx', strict));
  git(origin, 'commit', '-q', '-am', 'fail on missing bases');
  shas.strict = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', '-b', 'adds');
  saveMatMulChain(join(origin, 'models', 'c.onnx'), [32, 8]);
  const added = `  - id: fresh\n    path: models/c.onnx\n    dims: { batch: 1 }\n`;
  writeFileSync(
    join(origin, '.github', 'misnomer.yml'),
    config('models/a.onnx', strict).replace('budget:', `${added}budget:`),
  );
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'a new model, gated by the base gate');
  shas.adds = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', '-b', 'cache-only', 'strict');
  writeFileSync(
    join(origin, '.github', 'misnomer.yml'),
    config('models/a.onnx', `${strict}baseline: cache\n`),
  );
  git(origin, 'commit', '-q', '-am', 'the base only from the cache (which is empty)');
  shas.cacheOnly = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', 'main');
});

after(() => gh.close());

test("a pull request that deletes its gate is judged by the base's; a moved model is compared", async () => {
  const r = await runAction({ sha: shas.head, pullRequest: 5 });
  assert.equal(r.code, 1, explain(r));
  assert.equal(r.outputs['gates-failed'], 'mlp:params');
  const comment = gh.comments(5).at(-1)!.body;
  // Compared (base and head columns), not reported as added.
  assert.match(
    comment,
    /\| params +\| +1\.02 k \| +4\.10 k \| +\+300% \(\+3\.07 k\) \| \*\*✗ worse\*\* +\|/,
  );
  assert.doesNotMatch(comment, /\*\*Added\*\*/);
  assert.match(
    comment,
    /Gates changed in this pull request: params \+50% → none\. They apply after the merge: this pull request is judged by the base's\./,
  );
  assert.match(comment, /\| params \| mlp +\| +\+50% \| \*\*✗ tripped\*\*/);
});

test('fail-on-missing-base: a gated model the pull request adds trips its gate; the others are judged as usual', async () => {
  const r = await runAction({ sha: shas.adds, pullRequest: 6, baseSha: shas.strict });
  assert.equal(r.code, 1, explain(r));
  // mlp is unchanged (params +0%): its gate holds; fresh has no base, so its gate trips.
  assert.equal(r.outputs['gates-failed'], 'fresh:params');
  assert.equal(r.outputs.verdict, 'fail');
  assert.match(r.stdout, /fresh: no base to judge it against .*fail-on-missing-base is on/);
});

test('fail-on-missing-base: no base at all (baseline: cache, nothing cached) fails naming the gated model', async () => {
  const r = await runAction({ sha: shas.cacheOnly, pullRequest: 7, baseSha: shas.strict });
  assert.equal(r.code, 1, explain(r));
  assert.equal(r.outputs.verdict, 'fail');
  assert.match(
    r.stdout,
    /::error::misnomer: no base to judge the gates of "mlp" against, and fail-on-missing-base is on\./,
  );
  // The report is still the head alone, and says why.
  assert.match(gh.comments(7).at(-1)!.body, /No baseline for the base branch yet/);
});
