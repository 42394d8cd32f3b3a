/**
 * The data-branch store of `history: branch` against real git: a bare repository as the remote,
 * checkouts cloned from it (one shallow, as actions/checkout leaves it), and pushes that race.
 *
 * The races are made certain, not left to timing: the remote's pre-receive hook is a barrier
 * that holds each push until N pushes have arrived. By then every writer has read the same tip,
 * so exactly one push lands and the N − 1 others are refused by the remote's ref update (a
 * compare-and-swap on the old tip); they must read the new tip and write again. Retries go
 * through at once (the barrier counts arrivals, which are already N).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { HistoryPoint } from '../../src/compare/history.ts';
import {
  appendToDataBranch,
  authEnv,
  readDataBranch,
  type DataBranch,
} from '../../src/pipeline/data-branch.ts';
import { preReceive, pushBarrier } from '../fixtures/git-hooks.ts';
import { tempDir } from '../helpers.ts';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();

const scope = { key: 'default', os: 'Linux', arch: 'X64' };
const FILE = 'history/default-linux-x64.jsonl';
const BRANCH = 'misnomer-history';

/** A point of commit c·40 with `params` as its one total. */
const point = (c: string, params: number, second = 0): HistoryPoint => ({
  commit: c.repeat(40),
  date: `2026-12-0${1 + (second % 9)}T10:00:0${second % 10}.000Z`,
  units: [{ id: 'classifier', totals: { params } }],
});

/** A bare remote with one commit on main, and `n` checkouts of it (the first shallow). */
function setup(n: number): { remote: string; checkouts: string[] } {
  const root = tempDir('misnomer-data-branch-');
  const remote = join(root, 'remote.git');
  git(root, 'init', '-q', '--bare', '-b', 'main', remote);
  const seed = join(root, 'seed');
  git(root, 'init', '-q', '-b', 'main', seed);
  writeFileSync(join(seed, 'model.txt'), 'a model\n');
  git(seed, 'add', '-A');
  git(seed, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'one');
  git(seed, 'push', '-q', remote, 'main');
  const checkouts = Array.from({ length: n }, (_, i) => {
    const dir = join(root, `checkout-${i}`);
    const depth = i === 0 ? ['--depth', '1'] : [];
    git(root, 'clone', '-q', ...depth, `file://${remote}`, dir);
    return dir;
  });
  return { remote, checkouts };
}

const where = (repo: string): DataBranch => ({ repo, branch: BRANCH });

/** The commits of params on the remote's branch file, in line order. */
function remoteParams(remote: string): number[] {
  const text = git(remote, 'show', `${BRANCH}:${FILE}`);
  return text.split('\n').map((l) => (JSON.parse(l) as HistoryPoint).units[0].totals.params!);
}

test('points land in order on a new branch, from a shallow checkout and a full one, leaving both checkouts as they were', async () => {
  const { remote, checkouts } = setup(2);
  const [a, b] = checkouts;
  const headBefore = git(a, 'rev-parse', 'HEAD');
  const first = await appendToDataBranch(where(a), scope, point('a', 100));
  assert.deepEqual([first.landed, first.attempts, first.file], [true, 1, FILE]);
  const second = await appendToDataBranch(where(b), scope, point('b', 200, 1));
  assert.deepEqual([second.landed, second.attempts], [true, 1]);
  assert.deepEqual(remoteParams(remote), [100, 200]);
  // The first write made the branch, with its README; one commit per point, by the bot.
  assert.match(git(remote, 'show', `${BRANCH}:README.md`), /misnomer history/);
  assert.equal(git(remote, 'rev-list', '--count', BRANCH), '2');
  assert.equal(git(remote, 'log', '-1', '--format=%an', BRANCH), 'github-actions[bot]');
  assert.match(git(remote, 'log', '-1', '--format=%s', BRANCH), /default \(Linux X64\) at bbbbbbb/);
  // Plumbing only: HEAD, the index and the working tree of the checkout are untouched.
  assert.equal(git(a, 'rev-parse', 'HEAD'), headBefore);
  assert.equal(git(a, 'status', '--porcelain'), '');
  assert.equal(git(a, 'rev-parse', '--is-shallow-repository'), 'true');
  // Read back from either checkout.
  const read = await readDataBranch(where(a), scope);
  assert.deepEqual(
    read.points.map((p) => p.units[0].totals.params),
    [100, 200],
  );
  assert.deepEqual(read.skipped, []);
});

test('a commit already on the branch is not written again', async () => {
  const { remote, checkouts } = setup(1);
  await appendToDataBranch(where(checkouts[0]), scope, point('c', 300));
  const again = await appendToDataBranch(where(checkouts[0]), scope, point('c', 999, 2));
  assert.equal(again.landed, true);
  assert.equal(again.already, true);
  assert.deepEqual(remoteParams(remote), [300]);
  assert.equal(git(remote, 'rev-list', '--count', BRANCH), '1');
});

test('two pushes racing on the same tip: both points land once, the loser wrote again', async () => {
  const { remote, checkouts } = setup(2);
  // Both start on an existing branch: its first point is written before the race.
  await appendToDataBranch(where(checkouts[0]), scope, point('1', 1));
  pushBarrier(join(remote, 'hooks'), join(remote, 'barrier'), 2);
  const [x, y] = await Promise.all([
    appendToDataBranch(where(checkouts[0]), scope, point('2', 2, 1)),
    appendToDataBranch(where(checkouts[1]), scope, point('3', 3, 2)),
  ]);
  assert.ok(x.landed && y.landed, `${x.why} ${y.why}`);
  // One push landed at once; the other was refused once and landed on its second push.
  assert.deepEqual([x.attempts, y.attempts].sort(), [1, 2]);
  const params = remoteParams(remote);
  assert.deepEqual([...params].sort(), [1, 2, 3]);
  assert.equal(params[0], 1);
  // A straight line of three commits: nothing forced, nothing merged.
  assert.equal(git(remote, 'rev-list', '--count', BRANCH), '3');
  assert.equal(git(remote, 'rev-list', '--merges', '--count', BRANCH), '0');
});

test('four pushes racing to create the branch: every point lands exactly once', async () => {
  const { remote, checkouts } = setup(4);
  pushBarrier(join(remote, 'hooks'), join(remote, 'barrier'), 4);
  const outcomes = await Promise.all(
    checkouts.map((c, i) => appendToDataBranch(where(c), scope, point(String(i + 4), i + 4, i))),
  );
  for (const o of outcomes) assert.ok(o.landed, o.why);
  // The first round: one of four lands, so at least three pushes were refused and made again.
  const pushes = outcomes.reduce((n, o) => n + o.attempts, 0);
  assert.ok(pushes >= 4 + 3, `${pushes} pushes`);
  assert.deepEqual([...remoteParams(remote)].sort(), [4, 5, 6, 7]);
  assert.equal(git(remote, 'rev-list', '--count', BRANCH), '4');
});

test('a line that is not a point is kept as it is, and readers skip it and say which', async () => {
  const { remote, checkouts } = setup(1);
  await appendToDataBranch(where(checkouts[0]), scope, point('d', 10));
  // Someone edits the branch by hand: a line of prose, then a point with a negative total.
  const edit = join(tempDir(), 'edit');
  git(tempDir(), 'clone', '-q', '--branch', BRANCH, `file://${remote}`, edit);
  const bad = JSON.stringify({ ...point('e', 1), units: [{ id: 'x', totals: { params: -1 } }] });
  execFileSync('sh', ['-c', `printf 'hello\\n%s\\n' '${bad}' >> ${FILE}`], { cwd: edit });
  git(edit, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qam', 'edit');
  git(edit, 'push', '-q', 'origin', BRANCH);

  const appended = await appendToDataBranch(where(checkouts[0]), scope, point('f', 20, 3));
  assert.equal(appended.landed, true);
  assert.equal(appended.skipped.length, 2);
  const read = await readDataBranch(where(checkouts[0]), scope);
  assert.deepEqual(
    read.points.map((p) => p.units[0].totals.params),
    [10, 20],
  );
  assert.deepEqual(read.skipped, [
    `${BRANCH}:${FILE} line 2 is not JSON`,
    `${BRANCH}:${FILE} line 3 is not a history point (point.units[0].totals.params should be a number ≥ 0 (it is a number))`,
  ]);
  // The file keeps the two lines, the new point after them.
  assert.equal(git(remote, 'show', `${BRANCH}:${FILE}`).split('\n').length, 4);
});

test('a push the remote refuses for another reason is not retried, and the outcome says why', async () => {
  const { remote, checkouts } = setup(1);
  preReceive(join(remote, 'hooks'), 'echo "this repository is read-only" >&2\nexit 1');
  const o = await appendToDataBranch(where(checkouts[0]), scope, point('g', 1));
  assert.equal(o.landed, false);
  assert.equal(o.attempts, 1);
  assert.equal(
    o.why,
    'git push to misnomer-history failed (pre-receive hook declined; this repository is read-only)',
  );
  assert.equal(git(remote, 'branch', '--list', BRANCH), '');
});

test('a remote that cannot be reached: no point, and the outcome names the remote', async () => {
  const { checkouts } = setup(1);
  git(checkouts[0], 'remote', 'set-url', 'origin', join(tempDir(), 'nowhere.git'));
  const o = await appendToDataBranch(where(checkouts[0]), scope, point('h', 1));
  assert.equal(o.landed, false);
  assert.match(o.why!, /^git ls-remote origin failed: /);
  const read = await readDataBranch(where(checkouts[0]), scope);
  assert.deepEqual(read.points, []);
  assert.match(read.why!, /^git ls-remote origin failed: /);
});

test('a branch with no file for this report yet reads as empty, and says so', async () => {
  const { checkouts } = setup(1);
  const other = { ...scope, key: 'other' };
  assert.equal((await readDataBranch(where(checkouts[0]), scope)).why, `no branch ${BRANCH} yet`);
  await appendToDataBranch(where(checkouts[0]), other, point('i', 1));
  const read = await readDataBranch(where(checkouts[0]), scope);
  assert.deepEqual([read.points.length, read.why], [0, `no ${FILE} on ${BRANCH}`]);
});

test('the token reaches git as an HTTP header for the server, unless the checkout has credentials of its own', async () => {
  const { checkouts } = setup(1);
  const repo = checkouts[0];
  const auth = { token: 'ghs_abc', serverUrl: 'https://github.example.com' };
  const env = await authEnv({ repo, branch: BRANCH, auth });
  // git itself reads the header from the environment: base64("x-access-token:ghs_abc").
  const seen = execFileSync('git', ['config', '--get-regexp', 'extraheader'], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  }).trim();
  const basic = Buffer.from('x-access-token:ghs_abc').toString('base64');
  assert.equal(seen, `http.https://github.example.com/.extraheader AUTHORIZATION: basic ${basic}`);
  // Credentials kept by actions/checkout: a second Authorization header would be refused.
  git(repo, 'config', 'http.https://github.example.com/.extraheader', 'AUTHORIZATION: basic x');
  assert.deepEqual(await authEnv({ repo, branch: BRANCH, auth }), {});
  assert.deepEqual(await authEnv({ repo, branch: BRANCH }), {});
});
