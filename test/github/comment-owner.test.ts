/**
 * Whose comment is ours with a personal token: only the token's user's (GET /user), never a
 * bot's or another user's; a failure to learn the user is retried, and when it persists nothing
 * is written rather than matching more widely. Against the fake GitHub with the real client.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { makeClient } from '../../src/github/client.ts';
import { markerOf, upsertComment } from '../../src/github/comment.ts';
import { startFakeGitHub, WRITE_TOKEN, type FakeGitHub } from '../e2e/fake-github.ts';

const PAT = 'ghp_fakePersonalToken000000000000000000';
let gh: FakeGitHub;
before(async () => {
  gh = await startFakeGitHub({
    tokens: {
      [WRITE_TOKEN]: 'write',
      [PAT]: { permission: 'write', login: 'maintainer', type: 'User' },
    },
  });
});
after(() => gh.close());

const marker = markerOf('owner');
const t = (issue: number) => ({ owner: gh.owner, repo: gh.repo, issue });
const pat = () => makeClient(PAT, gh.url, () => {});

test("a personal token: only its user's marker comment is ours, not a bot's nor another user's", async () => {
  gh.seedComments(31, 1, {
    login: 'github-actions[bot]',
    type: 'Bot',
    body: () => `${marker}\nbot`,
  });
  gh.seedComments(31, 1, { login: 'someone', body: () => `${marker}\nsomeone` });
  gh.seedComments(31, 1, { login: 'maintainer', body: () => `${marker}\nold` });
  const out = await upsertComment(pat(), t(31), marker, `${marker}\nnew`, 'always', true);
  assert.equal(out.action, 'updated');
  assert.deepEqual(
    gh.comments(31).map((c) => [c.user.login, c.body]),
    [
      ['github-actions[bot]', `${marker}\nbot`],
      ['someone', `${marker}\nsomeone`],
      ['maintainer', `${marker}\nnew`],
    ],
  );
});

test('GET /user failing for a moment is retried; failing for good writes nothing', async () => {
  gh.clearLog();
  gh.seedComments(32, 1, {
    login: 'github-actions[bot]',
    type: 'Bot',
    body: () => `${marker}\nbot`,
  });
  gh.failNext({ method: 'GET', path: /^\/user$/, status: 502, times: 1 });
  const ok = await upsertComment(pat(), t(32), marker, `${marker}\nmine`, 'always', true);
  assert.equal(ok.action, 'created');
  assert.equal(gh.requests('GET', /^\/user$/).length, 2);

  gh.clearLog();
  gh.failNext({ method: 'GET', path: /^\/user$/, status: 503, times: 10 });
  const failed = await upsertComment(pat(), t(32), marker, `${marker}\nnewer`, 'always', true);
  assert.equal(failed.action, 'failed');
  assert.match(
    failed.why!,
    /^could not learn whose comments are ours \(GET \/user: GitHub answered 503: .*\), so none was written or updated$/,
  );
  // One attempt and three retries; no comment read, written or updated.
  assert.equal(gh.requests('GET', /^\/user$/).length, 4);
  assert.equal(gh.requests('PATCH').length + gh.requests('POST').length, 0);
  assert.deepEqual(
    gh.comments(32).map((c) => c.body),
    [`${marker}\nbot`, `${marker}\nmine`],
  );
});
