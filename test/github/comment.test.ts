/**
 * The sticky comment against the fake GitHub with the real client (retries and all): the
 * comment modes, an unchanged body (no write), a read-only token, and someone else's comment
 * that starts with the marker.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { makeClient } from '../../src/github/client.ts';
import { markerOf, upsertComment } from '../../src/github/comment.ts';
import { READ_TOKEN, startFakeGitHub, WRITE_TOKEN, type FakeGitHub } from '../e2e/fake-github.ts';

let gh: FakeGitHub;
before(async () => {
  gh = await startFakeGitHub();
});
after(() => gh.close());

const marker = markerOf('unit');
const target = () => ({ owner: gh.owner, repo: gh.repo, issue: 0 });
const client = (token = WRITE_TOKEN) => makeClient(token, gh.url, () => {});

test('on-change: nothing changed and no comment yet: none is created; a change creates one', async () => {
  const t = { ...target(), issue: 21 };
  const quiet = await upsertComment(client(), t, marker, `${marker}\nsame`, 'on-change', false);
  assert.deepEqual(quiet, { action: 'skipped', why: 'comment: on-change, and nothing changed' });
  assert.equal(gh.comments(21).length, 0);
  const made = await upsertComment(client(), t, marker, `${marker}\nchanged`, 'on-change', true);
  assert.equal(made.action, 'created');
  // With a comment there, on-change still updates it (it must not show a stale report).
  const upd = await upsertComment(client(), t, marker, `${marker}\nsame`, 'on-change', false);
  assert.equal(upd.action, 'updated');
  assert.equal(gh.comments(21)[0].body, `${marker}\nsame`);
});

test('an identical body is not written again; never writes nothing', async () => {
  const t = { ...target(), issue: 22 };
  await upsertComment(client(), t, marker, `${marker}\nbody`, 'always', true);
  gh.clearLog();
  const same = await upsertComment(client(), t, marker, `${marker}\nbody`, 'always', true);
  assert.equal(same.action, 'unchanged');
  // No write: GraphQL's viewer query is the only POST (it reads who the token's bot is).
  assert.equal(gh.requests('PATCH').length + gh.requests('POST', /\/comments/).length, 0);
  assert.deepEqual(
    gh.requests('POST').map((r) => r.url),
    ['/graphql'],
  );
  const never = await upsertComment(client(), t, marker, `${marker}\nnew`, 'never', true);
  assert.deepEqual(never, { action: 'skipped', why: 'comment: never' });
  assert.equal(gh.comments(22)[0].body, `${marker}\nbody`);
});

test('a read-only token: skipped with the reason, not failed', async () => {
  const out = await upsertComment(
    client(READ_TOKEN),
    { ...target(), issue: 23 },
    marker,
    `${marker}\nx`,
    'always',
    true,
  );
  assert.equal(out.action, 'skipped');
  assert.match(out.why!, /^the token may not write comments \(GitHub answered 403/);
});

test("a user's comment that starts with the marker is left alone; ours is created beside it", async () => {
  gh.seedComments(24, 1, { body: () => `${marker}\nby a user` });
  const out = await upsertComment(
    client(),
    { ...target(), issue: 24 },
    marker,
    `${marker}\nreport`,
    'always',
    true,
  );
  assert.equal(out.action, 'created');
  assert.deepEqual(
    gh.comments(24).map((c) => [c.user.type, c.body]),
    [
      ['User', `${marker}\nby a user`],
      ['Bot', `${marker}\nreport`],
    ],
  );
});

test("GITHUB_TOKEN: another bot's comment that starts with the marker is not ours; github-actions[bot]'s is", async () => {
  gh.seedComments(25, 1, {
    login: 'other-app[bot]',
    type: 'Bot',
    body: () => `${marker}\nby another bot`,
  });
  const t = { ...target(), issue: 25 };
  const first = await upsertComment(client(), t, marker, `${marker}\nreport`, 'always', true);
  assert.equal(first.action, 'created');
  const again = await upsertComment(client(), t, marker, `${marker}\nreport 2`, 'always', true);
  assert.equal(again.action, 'updated');
  assert.deepEqual(
    gh.comments(25).map((c) => [c.user.login, c.body]),
    [
      ['other-app[bot]', `${marker}\nby another bot`],
      ['github-actions[bot]', `${marker}\nreport 2`],
    ],
  );
});
