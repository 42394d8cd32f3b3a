/**
 * The Action end to end, as a runner runs it: `node dist/index.js` with INPUT_* and GITHUB_*
 * variables, an event file, a summary and an output file, against a fake GitHub on 127.0.0.1
 * (REST comments and the Actions cache service v2 with its blob storage), in real git
 * checkouts of a real repository, measuring real models with ONNX Runtime.
 *
 * The repository: main holds a two-layer perceptron built by a build command; branch commits
 * change it. Params are exact, so the gate that must trip is `params: +1%`:
 *   base:       x[batch,64] · W1[64,64] → Relu → · W2[64,10]  params 64·64 + 64·10 = 4,736, 3 nodes
 *   tweak:      the same plus a second Relu                     params 4,736 (+0%), 4 nodes (+33.3%)
 *   regression: W1[64,128], W2[128,10]                          params 64·128 + 128·10 = 9,472 (+100%)
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { tempDir } from '../helpers.ts';
import {
  FakeGitHub,
  isolatedEnv,
  READ_TOKEN,
  startFakeGitHub,
  WRITE_TOKEN,
} from './fake-github.ts';
import { ACTION, actionRunner, explain, git, type Run } from './run-action.ts';

const MARKER = '<!-- misnomer:report key=default -->';

const CONFIG = `# misnomer config of the test repository
models:
  - id: classifier
    build: mkdir -p build && cp model.onnx build/model.onnx
    path: build/model.onnx
    dims: { batch: 1 }
budget: 1s
gates:
  params: +1%
`;
// The gate "params" is on line 9, its key at column 3 (counted in CONFIG above).
const GATE_LINE = 9;

function mlp(hidden: number, extraRelu = false): Buffer {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', ['batch', 64]);
  m.initializer('w1', 'float32', [64, hidden]);
  m.initializer('w2', 'float32', [hidden, 10]);
  let h = m.op('Relu', [m.op('MatMul', [x, 'w1'])]);
  if (extraRelu) h = m.op('Relu', [h]);
  m.output(m.op('MatMul', [h, 'w2']));
  const dir = tempDir();
  return readFileSync(m.save(join(dir, 'model.onnx')));
}

let gh: FakeGitHub;
const root = tempDir('misnomer-action-');
const origin = join(root, 'origin');
const shas = { base: '', tweak: '', regression: '', merge: '', bare: '' };

before(async () => {
  gh = await startFakeGitHub();
  mkdirSync(join(origin, '.github'), { recursive: true });
  git(origin, 'init', '-q', '-b', 'main');
  git(origin, 'config', 'user.email', 'test@example.com');
  git(origin, 'config', 'user.name', 'test');
  writeFileSync(join(origin, '.github', 'misnomer.yml'), CONFIG);
  writeFileSync(join(origin, '.gitignore'), 'build/\n');
  // The same project in a sub-folder, for the working-directory input.
  mkdirSync(join(origin, 'sub'));
  writeFileSync(join(origin, 'sub', 'misnomer.yml'), CONFIG);
  const commit = (model: Buffer, message: string) => {
    writeFileSync(join(origin, 'model.onnx'), model);
    writeFileSync(join(origin, 'sub', 'model.onnx'), model);
    git(origin, 'add', '-A');
    git(origin, 'commit', '-q', '-m', message);
    return git(origin, 'rev-parse', 'HEAD');
  };
  shas.base = commit(mlp(64), 'base');
  git(origin, 'checkout', '-q', '-b', 'feature');
  shas.tweak = commit(mlp(64, true), 'one more Relu');
  git(origin, 'checkout', '-q', '-b', 'bigger', shas.base);
  shas.regression = commit(mlp(128), 'twice the hidden width');
  // What GitHub makes for a pull request: refs/pull/N/merge, the head merged into the base.
  git(origin, 'checkout', '-q', '-b', 'pull-12-merge', shas.base);
  git(origin, 'merge', '-q', '--no-ff', '-m', 'Merge feature into main', shas.tweak);
  shas.merge = git(origin, 'rev-parse', 'HEAD');
  // A base branch without any model yet (its config only).
  git(origin, 'checkout', '-q', '--orphan', 'bare');
  git(origin, 'rm', '-q', '-r', '--cached', '.');
  git(origin, 'add', '.github/misnomer.yml');
  git(origin, 'commit', '-q', '-m', 'config only');
  shas.bare = git(origin, 'rev-parse', 'HEAD');
  git(origin, 'checkout', '-q', '-f', 'main');
});

after(() => gh.close());

/** Report folders of earlier runs, for the relay modes to read as downloaded artifacts. */
const reportDirs: Record<string, string> = {};
const reportDir = (r: Run) => join(r.temp, 'misnomer', 'default');

/** Clones the repository at `sha` (as actions/checkout does) and runs the Action there. */
const runAction = actionRunner({ gh: () => gh, root, origin, baseSha: () => shas.base });

test('a push to main measures, saves the baseline under a key per commit, and writes the summary', async () => {
  const r = await runAction({ sha: shas.base });
  assert.equal(r.code, 0, explain(r));
  const caches = gh.caches();
  assert.equal(caches.length, 1);
  assert.equal(caches[0].key, `misnomer-v1-default-linux-x64-${shas.base}`);
  assert.equal(caches[0].scope, 'refs/heads/main');
  assert.ok(caches[0].finalized && caches[0].size > 0);
  assert.equal(r.outputs.verdict, 'baseline');
  assert.match(r.summary, /classifier/);
  // 4,736 params (header), written by the result report.
  assert.match(r.summary, /4[.,]7\d* ?k|4,736/);
  assert.ok(existsSync(join(r.temp, 'misnomer', 'default', 'report.md')));
  const result = JSON.parse(readFileSync(r.outputs['result-json'], 'utf8'));
  assert.equal(result.schema, 'misnomer/result@1');
  assert.equal(result.commit, shas.base);
  assert.equal(result.models[0].analysis.totals.params, 4736);
  assert.ok(result.models[0].measurement.latency.summary.count > 0);

  // A re-run of the same commit: keys are immutable; it says so, without a warning.
  const again = await runAction({ sha: shas.base });
  assert.equal(again.code, 0, explain(again));
  assert.match(
    again.stdout,
    /The baseline was not saved: a baseline for this commit is already saved\./,
  );
  assert.doesNotMatch(again.stdout, /::warning::/);
  assert.equal(again.outputs.verdict, 'baseline');
  assert.equal(gh.caches().length, 1);
});

test('a pull request restores the baseline, measures base and head, and creates one comment', async () => {
  // 149 earlier comments and one by a user that starts with the marker (anyone can write one:
  // it must not be taken for ours). Ours will be the 151st: on page 2 of 100 per page.
  gh.seedComments(7, 1, { body: () => `${MARKER}\nnot a report` });
  gh.seedComments(7, 149);
  const r = await runAction({ sha: shas.tweak, pullRequest: 7 });
  assert.equal(r.code, 0, explain(r));
  reportDirs.pr7 = reportDir(r);
  assert.match(
    r.stdout,
    new RegExp(`restored the baseline misnomer-v1-default-linux-x64-${shas.base}`),
  );
  const mine = gh.comments(7).filter((c) => c.body.startsWith(MARKER) && c.user.type === 'Bot');
  assert.equal(mine.length, 1);
  assert.equal(gh.comments(7).length, 151);
  assert.equal(gh.comments(7)[0].body, `${MARKER}\nnot a report`);
  assert.match(mine[0].body, /nodes/);
  // One Relu more: 3 nodes → 4 (+33.3%, +1), params unchanged (4,736 = "4.74 k").
  assert.match(mine[0].body, /\| nodes +\| +3 nodes \| +4 nodes \| +\+33\.3% \(\+1 nodes\)/);
  assert.match(mine[0].body, /\| params +\| +4\.74 k \| +4\.74 k \| +0 \| = unchanged/);
  assert.equal(r.summary.trim(), mine[0].body.trim());
  const comparison = JSON.parse(readFileSync(r.outputs['comparison-json'], 'utf8'));
  assert.equal(comparison.models[0].runtimeMode, 'paired');
  assert.equal(comparison.base.commit, shas.base);
  assert.equal(r.outputs['gates-failed'], '');
  // Only push runs save baselines: still the one entry.
  assert.equal(gh.caches().length, 1);
});

test('a second run on the same pull request updates the comment in place', async () => {
  gh.clearLog();
  const ours = (c: { body: string; user: { type: string } }) =>
    c.body.startsWith(MARKER) && c.user.type === 'Bot';
  const before = gh.comments(7).filter(ours);
  const r = await runAction({ sha: shas.tweak, pullRequest: 7 });
  assert.equal(r.code, 0, explain(r));
  const mine = gh.comments(7).filter(ours);
  assert.equal(mine.length, 1);
  assert.equal(gh.comments(7).length, 151);
  assert.equal(gh.comments(7)[0].body, `${MARKER}\nnot a report`);
  assert.equal(mine[0].id, before[0].id);
  assert.equal(gh.requests('POST', /\/issues\/7\/comments/).length, 0);
  // The marker comment is the 151st: found on page 2.
  assert.equal(gh.requests('GET', /\/issues\/7\/comments/).length, 2);
  const patched = gh.requests('PATCH', /\/issues\/comments\//).length;
  assert.ok(patched === 1 || mine[0].body === before[0].body, 'updated, or identical');
});

test('a regression beyond a gate fails the step, names the gate, and annotates its config line', async () => {
  const r = await runAction({ sha: shas.regression, pullRequest: 8 });
  assert.equal(r.code, 1, explain(r));
  // params 4,736 → 9,472: +100%, beyond +1%. (Workflow commands escape % as %25 and
  // newlines as %0A.)
  assert.match(
    r.stdout,
    /::error::misnomer: 1 gate tripped:%0A- classifier: params \+100%25 exceeds \+1%25\n/,
  );
  assert.match(
    r.stdout,
    new RegExp(
      `::error title=misnomer gate params \\+1%25,file=\\.github/misnomer\\.yml,line=${GATE_LINE},col=3::` +
        'classifier: params \\+100%25 exceeds \\+1%25',
    ),
  );
  assert.equal(r.outputs.verdict, 'fail');
  assert.equal(r.outputs['gates-failed'], 'classifier:params');
  // The report still went out.
  assert.equal(gh.comments(8).length, 1);
  assert.match(r.summary, /params/);
});

test('a pull request from a fork (read-only token) writes the summary and does not fail', async () => {
  gh.clearLog();
  const r = await runAction({ sha: shas.tweak, pullRequest: 9, token: READ_TOKEN, fork: true });
  assert.equal(r.code, 0, explain(r));
  reportDirs.fork = reportDir(r);
  assert.match(
    r.stdout,
    /the token is read-only \(a pull request from a fork\): the comment is skipped/,
  );
  assert.equal(gh.comments(9).length, 0);
  assert.equal(gh.requests('POST').filter((q) => q.path.includes('/comments')).length, 0);
  assert.match(r.summary, new RegExp(MARKER));
  assert.ok(existsSync(r.outputs['report-markdown']));
});

test('an API error on comment creation is retried; after the last retry the report is still there', async () => {
  gh.clearLog();
  gh.failNext({ method: 'POST', path: /\/issues\/10\/comments/, status: 502, times: 10 });
  const r = await runAction({ sha: shas.tweak, pullRequest: 10 });
  assert.equal(r.code, 0, explain(r));
  reportDirs.pr10 = reportDir(r);
  // One attempt and three retries (@octokit/plugin-retry, retries: 3).
  assert.equal(gh.requests('POST', /\/issues\/10\/comments/).length, 4);
  assert.match(
    r.stdout,
    /::warning::misnomer: the comment could not be posted \(GitHub answered 502/,
  );
  assert.equal(gh.comments(10).length, 0);
  assert.match(r.summary, new RegExp(MARKER));
  assert.equal(readFileSync(r.outputs['report-markdown'], 'utf8').trim(), r.summary.trim());
  assert.ok(existsSync(r.outputs['comparison-json']));
});

test("mode comment (workflow_run): the uploaded report of a fork run is validated and commented on the event's PR", async () => {
  // The fork run above (PR 9) wrote its report folder; a workflow_run job downloads it.
  const fork = reportDirs.fork;
  const artifact = join(root, 'artifact');
  cpSync(fork, artifact, { recursive: true });
  const event = {
    id: 42,
    head_sha: shas.tweak,
    head_branch: 'feature',
    pull_requests: [{ number: 9 }],
  };
  const r = await runAction({
    sha: shas.base,
    workflowRun: event,
    inputs: { INPUT_MODE: 'comment', INPUT_RESULTS: artifact },
  });
  assert.equal(r.code, 0, explain(r));
  const comments = gh.comments(9);
  assert.equal(comments.length, 1);
  assert.ok(comments[0].body.startsWith(MARKER));
  assert.match(comments[0].body, /\| nodes +\| +3 nodes \| +4 nodes/);
  // The measuring run's notes travel in comparison.json.
  assert.match(
    comments[0].body,
    /> The base \([0-9a-f]{7}\) was built and measured in this run, interleaved with the head\./,
  );

  // A tampered artifact is refused with the field named: the step fails, and the comment says
  // the report could not be trusted, with nothing from the artifact.
  const cmp = JSON.parse(readFileSync(join(artifact, 'comparison.json'), 'utf8'));
  cmp.models[0].static[0].base = '<img src=x>';
  writeFileSync(join(artifact, 'comparison.json'), JSON.stringify(cmp));
  gh.clearLog();
  const bad = await runAction({
    sha: shas.base,
    workflowRun: event,
    inputs: { INPUT_MODE: 'comment', INPUT_RESULTS: artifact },
  });
  assert.equal(bad.code, 1);
  assert.match(
    bad.stdout,
    /::error::misnomer: .*comparison\.json: models\[0\]\.static\[0\]\.base should be a number/,
  );
  const [refused] = gh.comments(9);
  assert.match(refused.body, /The report could not be trusted/);
  // The reason, its brackets escaped for Markdown.
  assert.match(
    refused.body,
    /comparison\.json: models\\\[0\\\]\.static\\\[0\\\]\.base should be a number/,
  );
  assert.ok(!refused.body.includes('<img') && !refused.body.includes('3 nodes'), refused.body);
});

test('mode aggregate: the comparisons of two runners in one comment, a column each', async () => {
  const runners = join(root, 'runners');
  for (const [name, run] of [
    ['ubuntu-a', 'pr7'],
    ['ubuntu-b', 'pr10'],
  ]) {
    cpSync(reportDirs[run], join(runners, name), {
      recursive: true,
    });
  }
  const r = await runAction({
    sha: shas.tweak,
    pullRequest: 11,
    inputs: { INPUT_MODE: 'aggregate', INPUT_RESULTS: runners, INPUT_KEY: 'matrix' },
  });
  assert.equal(r.code, 0, explain(r));
  const comments = gh.comments(11);
  assert.equal(comments.length, 1);
  assert.ok(comments[0].body.startsWith('<!-- misnomer:report key=matrix -->'));
  assert.match(comments[0].body, /\| indicator +\| +ubuntu-a \| +ubuntu-b \|/);
  assert.match(comments[0].body, /\| latency p50 +\| .+ \| .+ \|/);
});

test("a shallow checkout of the merge commit, in a sub-folder: the base is the merge commit's first parent, fetched and built there", async () => {
  const r = await runAction({
    sha: shas.merge,
    headSha: shas.tweak,
    pullRequest: 12,
    shallowBranch: 'pull-12-merge',
    inputs: { 'INPUT_WORKING-DIRECTORY': 'sub', INPUT_CONFIG: 'misnomer.yml' },
  });
  assert.equal(r.code, 0, explain(r));
  assert.match(r.stdout, /\[base classifier\] \$ mkdir -p build/);
  const comparison = JSON.parse(readFileSync(r.outputs['comparison-json'], 'utf8'));
  assert.equal(comparison.base.commit, shas.base);
  assert.equal(comparison.models[0].runtimeMode, 'paired');
  const [comment] = gh.comments(12);
  assert.match(comment.body, /\| nodes +\| +3 nodes \| +4 nodes/);
  assert.match(
    comment.body,
    /> The base \([0-9a-f]{7}\) was built and measured in this run, interleaved with the head\./,
  );
});

test('no baseline at all (no cache entry, a base without the model): the head alone, said so, never a failure', async () => {
  const r = await runAction({
    sha: shas.regression,
    baseSha: shas.bare,
    pullRequest: 13,
    // A key with no baseline in the cache.
    inputs: { INPUT_KEY: 'fresh' },
  });
  assert.equal(r.code, 0, explain(r));
  assert.equal(r.outputs.verdict, 'no-baseline');
  assert.equal(r.outputs['comparison-json'], '');
  const [comment] = gh.comments(13);
  assert.ok(comment.body.startsWith('<!-- misnomer:report key=fresh -->'));
  assert.match(comment.body, /No baseline for the base branch yet/);
  assert.match(comment.body, /classifier: not in the base/);
  // The head's 9,472 params are reported; the +1% gate has nothing to compare with.
  assert.match(comment.body, /9\.47 k/);
  assert.doesNotMatch(r.stdout, /::error/);
});

test('misuse is a clear failure before any work: measuring under pull_request_target, a bad mode', async () => {
  // pull_request_target carries a write token: building the PR's code there is refused.
  const target = await runAction({
    sha: shas.tweak,
    pullRequest: 14,
    inputs: { GITHUB_EVENT_NAME: 'pull_request_target' },
  });
  assert.equal(target.code, 1);
  assert.match(
    target.stdout,
    /::error::misnomer: mode measure does not run on pull_request_target: it would build pull-request code with a write token\./,
  );
  assert.doesNotMatch(target.stdout, /\[head classifier\]/);
  const mode = await runAction({ sha: shas.base, inputs: { INPUT_MODE: 'measur' } });
  assert.equal(mode.code, 1);
  assert.match(
    mode.stdout,
    /::error::misnomer: input mode: "measur" is not a mode; expected measure, comment or aggregate\./,
  );
});

test('a push to a branch that is not a baseline branch is skipped in one line', async () => {
  const dir = join(root, 'run-feature-push');
  const env = gh.env(WRITE_TOKEN, { dir, ref: 'refs/heads/feature', sha: shas.tweak });
  git(root, 'clone', '-q', origin, env.GITHUB_WORKSPACE);
  const r = await new Promise<{ code: number; out: string }>((resolve) =>
    execFile(
      process.execPath,
      [ACTION],
      {
        env: isolatedEnv({ ...env, 'INPUT_GITHUB-TOKEN': WRITE_TOKEN }),
        cwd: env.GITHUB_WORKSPACE,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout + stderr }),
    ),
  );
  assert.equal(r.code, 0, r.out);
  const line =
    'misnomer: feature is not a baseline branch (the default branch is main): nothing to measure on this push.';
  assert.ok(r.out.includes(line), r.out);
  assert.equal(readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8').trim(), line);
  assert.doesNotMatch(r.out, /\[head classifier\]|build and analyze/);
});
