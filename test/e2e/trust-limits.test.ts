/**
 * Limits and trust of the measuring Action, end to end (`node dist/index.js` against the fake
 * GitHub, in real git checkouts): a build that leaves a daemon behind does not hold the step; a
 * build past `build-timeout` fails naming the model and the command, and its process group is
 * gone; an event outside the allowlist (issue_comment) is refused in one line unless
 * `allow-event` names it; another bot's comment that starts with our marker is not taken for ours;
 * a cache service that cannot be reached is reported as such, not as "no baseline".
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { groupLeft, tempDir } from '../helpers.ts';
import { FakeGitHub, startFakeGitHub } from './fake-github.ts';
import { actionRunner, explain, git } from './run-action.ts';

const MARKER = '<!-- misnomer:report key=default -->';
const root = tempDir('misnomer-trust-');
const origin = join(root, 'origin');
const pgidFile = join(root, 'pgid');
const shas = { base: '', head: '' };
let gh: FakeGitHub;

const MODEL = `    path: build/model.onnx\n    dims: { batch: 1 }\nbudget: 1s\n`;
const CONFIGS = {
  // The default config: a plain build.
  'misnomer.yml': `models:\n  - id: classifier\n    build: mkdir -p build && cp model.onnx build/model.onnx\n${MODEL}`,
  // A build that starts a daemon and exits: it still holds the build's stdout and stderr.
  'daemon.yml': `models:\n  - id: classifier\n    build: sleep 600 & mkdir -p build && cp model.onnx build/model.onnx && echo built\n${MODEL}`,
  // The cached baseline only: the base is not built in the job.
  'cache-only.yml': `models:\n  - id: classifier\n    build: mkdir -p build && cp model.onnx build/model.onnx\n${MODEL}baseline: cache\n`,
  // A build that never ends, with a child of its own.
  'slow.yml':
    `models:\n  - id: classifier\n    build: echo $$ > ${pgidFile}; echo compiling; sleep 600 & sleep 600\n${MODEL}` +
    'build-timeout: 2s\n',
};

function mlp(hidden: number): Buffer {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', ['batch', 16]);
  m.initializer('w1', 'float32', [16, hidden]);
  m.output(m.op('Relu', [m.op('MatMul', [x, 'w1'])]));
  return readFileSync(m.save(join(tempDir(), 'model.onnx')));
}

before(async () => {
  gh = await startFakeGitHub();
  mkdirSync(join(origin, '.github'), { recursive: true });
  git(origin, 'init', '-q', '-b', 'main');
  git(origin, 'config', 'user.email', 'test@example.com');
  git(origin, 'config', 'user.name', 'test');
  for (const [name, text] of Object.entries(CONFIGS)) {
    writeFileSync(join(origin, '.github', name), text);
  }
  writeFileSync(join(origin, '.gitignore'), 'build/\n');
  writeFileSync(join(origin, 'model.onnx'), mlp(16));
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'base');
  shas.base = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', '-b', 'feature');
  writeFileSync(join(origin, 'model.onnx'), mlp(32));
  git(origin, 'commit', '-q', '-am', 'wider');
  shas.head = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', 'main');
});

after(() => gh.close());

const runAction = actionRunner({ gh: () => gh, root, origin, baseSha: () => shas.base });
const config = (name: keyof typeof CONFIGS) => ({ INPUT_CONFIG: `.github/${name}` });
const errors = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error'));

test('a build that leaves a daemon behind (sleep 600 &) does not hold the step; the daemon is stopped', async () => {
  const t0 = performance.now();
  const r = await runAction({ sha: shas.base, inputs: config('daemon.yml') });
  const seconds = (performance.now() - t0) / 1000;
  assert.equal(r.code, 0, explain(r));
  assert.match(r.stdout, /\[classifier\] built\n/);
  assert.match(
    r.stdout,
    /\[classifier\] the build exited and left processes running \(e\.g\. a daemon started with &\): they were stopped\./,
  );
  assert.equal(r.outputs.verdict, 'baseline');
  // Measuring takes its 1 s budget and a few seconds around it; a held step would take 600 s.
  assert.ok(seconds < 60, `took ${seconds.toFixed(1)} s`);
  console.log(`# daemon run: ${seconds.toFixed(1)} s`);
});

test('a build past build-timeout fails naming the model and the command; its process group is gone', async () => {
  const t0 = performance.now();
  const r = await runAction({ sha: shas.base, inputs: config('slow.yml') });
  const seconds = (performance.now() - t0) / 1000;
  assert.equal(r.code, 1, explain(r));
  const [line, ...more] = errors(r.stdout);
  assert.deepEqual(more, []);
  assert.match(
    line,
    new RegExp(
      '^::error::misnomer: \\.github/slow\\.yml:3:12: models\\[0\\]\\.build for "classifier" ' +
        '\\(\\$ echo \\$\\$ > .*pgid; echo compiling; sleep 600 & sleep 600\\) did not finish within 2 s ' +
        '\\(build-timeout\\): it was stopped with every process it started\\. Make the build faster, or ' +
        'raise build-timeout in \\.github/slow\\.yml\\. Its last output: compiling$',
    ),
  );
  const pgid = Number(readFileSync(pgidFile, 'utf8'));
  assert.deepEqual(await groupLeft(pgid), [], 'no process of the build is left');
  assert.ok(seconds < 30, `took ${seconds.toFixed(1)} s`);
  console.log(`# timeout run: ${seconds.toFixed(1)} s`);
});

test('issue_comment is refused in one line before any work, unless allow-event names it', async () => {
  const r = await runAction({ sha: shas.base, inputs: { GITHUB_EVENT_NAME: 'issue_comment' } });
  assert.equal(r.code, 1, explain(r));
  assert.deepEqual(errors(r.stdout), [
    '::error::misnomer: mode measure does not run on issue_comment: it would build pull-request code ' +
      'with a write token. Measure on pull_request and comment from workflow_run with mode: comment ' +
      '(misnomer\'s docs/github.md, "Pull requests from forks"), or set the input allow-event: issue_comment if this workflow runs no untrusted ' +
      'code with a write token.',
  ]);
  assert.doesNotMatch(r.stdout, /\[classifier\]/);

  // Allowed: it gets as far as the build (this config's build times out: a quick proof).
  const allowed = await runAction({
    sha: shas.base,
    inputs: {
      GITHUB_EVENT_NAME: 'issue_comment',
      'INPUT_ALLOW-EVENT': 'issue_comment',
      ...config('slow.yml'),
    },
  });
  assert.equal(allowed.code, 1, explain(allowed));
  assert.match(allowed.stdout, /\[classifier\] \$ echo/);
  assert.match(allowed.stdout, /did not finish within 2 s \(build-timeout\)/);
});

test("another bot's marker comment is ignored: ours is created beside it, theirs untouched, and ours updated next time", async () => {
  const [theirs] = gh.seedComments(21, 1, {
    login: 'other-app[bot]',
    type: 'Bot',
    body: () => `${MARKER}\nnot our report`,
  });
  const r = await runAction({ sha: shas.head, pullRequest: 21 });
  assert.equal(r.code, 0, explain(r));
  const after1 = gh.comments(21);
  assert.equal(after1.length, 2);
  assert.deepEqual(after1[0], theirs);
  assert.equal(after1[1].user.login, 'github-actions[bot]');
  assert.ok(after1[1].body.startsWith(MARKER));

  gh.clearLog();
  const again = await runAction({ sha: shas.head, pullRequest: 21 });
  assert.equal(again.code, 0, explain(again));
  const after2 = gh.comments(21);
  assert.equal(after2.length, 2);
  assert.deepEqual(after2[0], theirs);
  assert.equal(after2[1].id, after1[1].id);
  assert.equal(gh.requests('POST', /\/issues\/21\/comments/).length, 0);
});

test('a cache service that does not answer is reported as such, on push and on a pull request, not as "no baseline"', async () => {
  // Nothing listens on port 9 of 127.0.0.1 here: the connection is refused.
  const closed = { ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/', ...config('cache-only.yml') };
  const push = await runAction({ sha: shas.base, inputs: closed });
  assert.equal(push.code, 0, explain(push));
  assert.match(
    push.stdout,
    /The baseline was not saved: the cache service did not answer \(ECONNREFUSED\)\./,
  );
  const pr = await runAction({ sha: shas.head, pullRequest: 22, inputs: closed });
  assert.equal(pr.code, 0, explain(pr));
  assert.match(
    pr.stdout,
    /no cached baseline: the cache service did not answer \(ECONNREFUSED\): no baseline could be restored/,
  );
  const [comment] = gh.comments(22);
  assert.match(
    comment.body,
    /No baseline to compare with: the cache service did not answer \(ECONNREFUSED\), and the base was not built here; this report is the head alone\./,
  );
  assert.doesNotMatch(comment.body, /No baseline for the base branch yet/);
});

test("the job cancelled (SIGTERM to the Action) during a build: the build's whole group is killed, said in one line", async () => {
  writeFileSync(pgidFile, '');
  const t0 = performance.now();
  const r = await runAction({
    sha: shas.base,
    inputs: config('slow.yml'),
    onSpawn: (child) => {
      const poll = setInterval(() => {
        if (readFileSync(pgidFile, 'utf8').endsWith('\n')) {
          clearInterval(poll);
          child.kill('SIGTERM');
        }
      }, 50);
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  // 143: ended by its SIGTERM handler, before build-timeout (2 s) could stop the build.
  assert.equal(r.code, 143, explain(r));
  assert.match(
    r.stdout,
    /misnomer: cancelled \(SIGTERM\): stopped the build of "classifier" \(\$ echo .*sleep 600\) and every process it started\.\n/,
  );
  assert.doesNotMatch(r.stdout, /build-timeout/);
  const pgid = Number(readFileSync(pgidFile, 'utf8'));
  assert.deepEqual(await groupLeft(pgid), [], 'no process of the build is left');
  console.log(`# cancelled run: ${seconds.toFixed(1)} s`);
});

test("comment: never with no github-token: the pull request is measured and compared, and GitHub's API is never called", async () => {
  gh.clearLog();
  const r = await runAction({
    sha: shas.head,
    pullRequest: 31,
    token: '',
    inputs: { INPUT_COMMENT: 'never' },
  });
  assert.equal(r.code, 0, explain(r));
  // Compared against the base built in the job: the hidden layer doubled, so params changed.
  assert.equal(r.outputs.verdict, 'changed', explain(r));
  assert.match(r.summary, /params/);
  assert.deepEqual(gh.comments(31), []);
  // Only the cache service was spoken to (with the runner's own cache token), no REST call.
  const api = gh.log.filter(
    (q) => !q.path.startsWith('/twirp/') && !q.path.startsWith('/fakeblob/'),
  );
  assert.deepEqual(api, [], 'requests other than the cache service');
});
