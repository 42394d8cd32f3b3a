/**
 * `history: branch` through the Action, as a runner runs it (dist/index.js against the fake
 * GitHub and its cache, each run in its own clone of a real git repository that is the remote):
 *
 * - a push appends its point to the data branch; then two pushes race (the remote's pre-receive
 *   hook holds each push until both have arrived, so both built on the same tip): both points
 *   land once, and one run says it wrote on its second try;
 * - with the cache evicted, a pull request still charts the three baselines from the data
 *   branch, and leaves the branch as it was (a pull request only reads);
 * - a remote that refuses the push (as GitHub does without `contents: write`): the baseline is
 *   still saved, the job passes, and a warning says what to grant.
 *
 * The model: x[batch,64] · W1[64,h] → Relu → · W2[h,10], params 64h + 10h = 74h:
 *   pushes h 16, 32, 64: 1,184, 2,368, 4,736; the pull request h 128: 9,472.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { HistoryPoint } from '../../src/compare/history.ts';
import { preReceive, pushBarrier } from '../fixtures/git-hooks.ts';
import { tempDir } from '../helpers.ts';
import { FakeGitHub, startFakeGitHub } from './fake-github.ts';
import { historyConfig, historyOrigin } from './history-repo.ts';
import { actionRunner, explain, git } from './run-action.ts';

const MARKER = '<!-- misnomer:report key=default -->';
const BRANCH = 'misnomer-history';
const FILE = 'history/default-linux-x64.jsonl';

const CONFIG = historyConfig('history: branch\n');

let gh: FakeGitHub;
const root = tempDir('misnomer-action-history-branch-');
const origin = join(root, 'origin');
const hooks = join(origin, '.git', 'hooks');
let main: string[] = [];
let feature = '';

before(async () => {
  gh = await startFakeGitHub();
  ({ main, feature } = historyOrigin(origin, CONFIG));
});

after(() => gh.close());

const runAction = actionRunner({ gh: () => gh, root, origin, baseSha: () => main[2] });
const short = (sha: string) => sha.slice(0, 7);

/** The points on the origin's data branch, in line order. */
const pointsOnBranch = (): HistoryPoint[] =>
  git(origin, 'show', `${BRANCH}:${FILE}`)
    .split('\n')
    .map((l) => JSON.parse(l) as HistoryPoint);

test('a push appends its point; two racing pushes both land, once each', async () => {
  const first = await runAction({ sha: main[0] });
  assert.equal(first.code, 0, explain(first));
  assert.match(first.summary, new RegExp(`Its point is appended to ${BRANCH}:${FILE}\\.`));

  // 60 s: the two runs measure before they push, and may drift apart on a loaded machine.
  pushBarrier(hooks, join(root, 'barrier'), 2, 60);
  const racing = await Promise.all([runAction({ sha: main[1] }), runAction({ sha: main[2] })]);
  for (const r of racing) assert.equal(r.code, 0, explain(r));
  const retried = racing.filter((r) => /on the 2nd try: other pushes landed first/.test(r.summary));
  assert.equal(retried.length, 1, racing.map((r) => r.summary).join('\n---\n'));
  rmSync(join(hooks, 'pre-receive'));

  const points = pointsOnBranch();
  assert.equal(points[0].commit, main[0]);
  assert.deepEqual(points.map((p) => p.commit).sort(), main.slice(0, 3).sort());
  // params 74h for h 16, 32, 64, whichever of the racing two landed first.
  const params = new Map(points.map((p) => [p.commit, p.units[0].totals.params]));
  assert.deepEqual(
    main.slice(0, 3).map((c) => params.get(c)),
    [1184, 2368, 4736],
  );
  assert.equal(git(origin, 'rev-list', '--count', BRANCH), '3');
});

test('with the cache evicted, a pull request charts the baselines from the data branch, and writes nothing', async () => {
  assert.equal(gh.evictCaches(), 3);
  const tip = git(origin, 'rev-parse', BRANCH);
  const r = await runAction({ sha: feature, pullRequest: 9 });
  assert.equal(r.code, 0, explain(r));
  const mine = gh.comments(9).filter((c) => c.body.startsWith(MARKER));
  assert.equal(mine.length, 1);
  const body = mine[0].body;
  assert.match(body, /<summary>History of the base branch: 3 baselines, then this PR<\/summary>/);
  // The line follows the order of the branch's file (the racing two in either order).
  const order = pointsOnBranch().map((p) => p.commit!);
  const thousands = new Map([
    [main[0], '1.184'],
    [main[1], '2.368'],
    [main[2], '4.736'],
  ]);
  assert.ok(
    body.includes(`    x-axis ["${order.map(short).join('", "')}", "PR 9"]`) &&
      body.includes(`    line [${order.map((c) => thousands.get(c)).join(', ')}, 9.472]`),
    body,
  );
  assert.equal(git(origin, 'rev-parse', BRANCH), tip);
});

test('a remote that refuses the push: the baseline is saved, the job passes, a warning says what to grant', async () => {
  preReceive(hooks, 'echo "Permission to o/r.git denied to github-actions[bot]." >&2\nexit 1');
  try {
    const r = await runAction({ sha: main[3] });
    assert.equal(r.code, 0, explain(r));
    assert.match(r.summary, /Saved as the baseline of main/);
    // The remote's words are untrusted text: escaped in the summary's Markdown ([ and `).
    const why =
      'The history point was not written to misnomer-history: git push to misnomer-history failed ' +
      '(pre-receive hook declined; Permission to o/r.git denied to github-actions\\[bot\\].): ' +
      'the push job needs &#96;permissions: contents: write&#96;';
    assert.ok(r.summary.includes(why), r.summary);
    assert.match(r.stdout, /::warning::The history point was not written to misnomer-history/);
    assert.equal(pointsOnBranch().length, 3);
  } finally {
    rmSync(join(hooks, 'pre-receive'));
  }
});
