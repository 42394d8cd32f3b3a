/**
 * The fake GitHub (fake-github.ts) behaves like GitHub for the real clients: `@actions/cache`
 * (cache service v2 + blob storage), the Azure Storage SDK it uploads with, and Octokit from
 * `@actions/github` with `@octokit/plugin-retry`. Nothing is mocked.
 *
 * `@actions/cache` runs in a child process, as in a runner step: it reads its configuration from
 * process.env, logs workflow commands on stdout and resolves paths against GITHUB_WORKSPACE. The
 * child is spawned asynchronously: a synchronous spawn would block the event loop that serves the
 * fake in this process.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { test, type TestContext } from 'node:test';
import { promisify } from 'node:util';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { BlockBlobClient } from '@azure/storage-blob';
import { tempDir } from '../helpers.ts';
import {
  FakeGitHub,
  READ_TOKEN,
  WRITE_TOKEN,
  isolatedEnv,
  runtimeToken,
  type RunOptions,
} from './fake-github.ts';

const execFileAsync = promisify(execFile);
const CACHE_MODULE = import.meta.resolve('@actions/cache');
const TWIRP = '/twirp/github.actions.results.api.v1.CacheService/';

async function fake(t: TestContext): Promise<FakeGitHub> {
  const gh = await FakeGitHub.start();
  t.after(() => gh.close());
  return gh;
}

// ---- @actions/cache in a child process ---------------------------------------------------------

/** One step of a cache run; every op yields one result. */
type CacheOp =
  | { write: string; content: string } // writes a workspace file -> null
  | { read: string } // a workspace file's content, or null when absent
  | { save: string; paths?: string[] } // saveCache -> cache id, -1 when not saved
  | { restore: string; restoreKeys?: string[]; paths?: string[] }; // restoreCache -> key or null

const CACHE_SCRIPT = `
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
const cache = await import(process.env.FAKE_CACHE_MODULE);
const ws = process.env.GITHUB_WORKSPACE;
const out = [];
for (const op of JSON.parse(process.env.FAKE_CACHE_OPS)) {
  const paths = op.paths ?? ['data'];
  if (op.write !== undefined) {
    mkdirSync(dirname(join(ws, op.write)), { recursive: true });
    writeFileSync(join(ws, op.write), op.content);
    out.push(null);
  } else if (op.read !== undefined) {
    out.push(existsSync(join(ws, op.read)) ? readFileSync(join(ws, op.read), 'utf8') : null);
  } else if (op.save !== undefined) {
    out.push(await cache.saveCache(paths, op.save));
  } else {
    out.push((await cache.restoreCache(paths, op.restore, op.restoreKeys)) ?? null);
  }
}
console.log('RESULT ' + JSON.stringify(out));
`;

interface CacheRun {
  results: (number | string | null)[];
  /** The child's stdout: @actions/cache logs and workflow commands. */
  stdout: string;
}

/** Runs `ops` in a fresh runner (its own workspace) of the run `run`, with a write GITHUB_TOKEN. */
async function cacheRun(gh: FakeGitHub, run: RunOptions, ops: CacheOp[]): Promise<CacheRun> {
  const env = isolatedEnv({
    ...gh.env(WRITE_TOKEN, { dir: tempDir('fake-gh-run-'), ...run }),
    FAKE_CACHE_MODULE: CACHE_MODULE,
    FAKE_CACHE_OPS: JSON.stringify(ops),
  });
  const { stdout } = await execFileAsync(
    process.execPath,
    ['--input-type=module', '-e', CACHE_SCRIPT],
    { env, cwd: env.GITHUB_WORKSPACE, encoding: 'utf8' },
  );
  const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
  assert.ok(line, `no RESULT line in:\n${stdout}`);
  return { results: JSON.parse(line.slice('RESULT '.length)), stdout };
}

/** The cache-service and blob calls of the log, as "METHOD what status". */
function cacheCalls(gh: FakeGitHub): string[] {
  return gh.log
    .filter((r) => r.path.startsWith(TWIRP) || r.path.startsWith('/fakeblob/'))
    .map((r) => {
      const what = r.path.startsWith(TWIRP) ? r.path.slice(TWIRP.length) : 'blob';
      const comp = new URL(r.url, gh.url).searchParams.get('comp');
      return `${r.method} ${what}${comp ? `?comp=${comp}` : ''} ${r.status}`;
    });
}

const PR1: RunOptions = { pullRequest: 1, baseRef: 'main', headRef: 'feature' };

test('env(): what a runner sets, pointing at the fake, with the run files', async (t) => {
  const gh = await fake(t);
  const dir = tempDir('fake-gh-env-');
  const env = gh.env(WRITE_TOKEN, { ...PR1, pullRequest: 3, dir });
  assert.equal(env.GITHUB_API_URL, gh.url);
  assert.equal(env.ACTIONS_RESULTS_URL, `${gh.url}/`);
  assert.equal(env.ACTIONS_CACHE_SERVICE_V2, 'True');
  assert.equal(env.GITHUB_SERVER_URL, 'https://github.com'); // not GHES: @actions/cache uses v2
  assert.equal(env.GITHUB_REPOSITORY, 'octo-org/octo-repo');
  assert.equal(env.GITHUB_EVENT_NAME, 'pull_request');
  assert.equal(env.GITHUB_REF, 'refs/pull/3/merge');
  assert.equal(env.GITHUB_BASE_REF, 'main');
  assert.equal(env.GITHUB_HEAD_REF, 'feature');
  // Own scope (read/write), then the base branch, which is also the default branch (listed once).
  assert.equal(env.ACTIONS_RUNTIME_TOKEN, 'scope:refs/pull/3/merge|refs/heads/main');
  for (const name of ['GITHUB_WORKSPACE', 'RUNNER_TEMP', 'GITHUB_STEP_SUMMARY', 'GITHUB_OUTPUT']) {
    assert.ok(existsSync(env[name]), name);
  }
  const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
  assert.equal(event.pull_request.number, 3);
  assert.equal(event.pull_request.base.ref, 'main');
  assert.equal(event.repository.default_branch, 'main');

  const push = gh.env(WRITE_TOKEN, { ref: 'refs/heads/dev' });
  assert.equal(push.GITHUB_EVENT_NAME, 'push');
  assert.equal(push.GITHUB_BASE_REF, '');
  assert.equal(push.ACTIONS_RUNTIME_TOKEN, 'scope:refs/heads/dev|refs/heads/main');
});

// ---- cache service v2 ------------------------------------------------------------------------

test('@actions/cache: saveCache then restoreCache round-trips a directory', async (t) => {
  const gh = await fake(t);
  const save = await cacheRun(gh, {}, [
    { write: 'data/a.txt', content: 'alpha' },
    { write: 'data/sub/b.json', content: '{"b":2}' },
    { save: 'misnomer-baseline-abc' },
  ]);
  // Ops: 2 writes (null each), then the save returns the entry id: the first entry is 1.
  assert.deepEqual(save.results, [null, null, 1]);
  const [entry] = gh.caches();
  assert.equal(gh.caches().length, 1);
  assert.equal(entry.key, 'misnomer-baseline-abc');
  assert.equal(entry.scope, 'refs/heads/main');
  assert.equal(entry.finalized, true);
  assert.ok(entry.size > 0);
  assert.match(entry.version, /^[0-9a-f]{64}$/); // sha256 of paths + compression

  // A fresh runner: its workspace has no data/ until the restore.
  const restore = await cacheRun(gh, {}, [
    { read: 'data/a.txt' },
    { restore: 'misnomer-baseline-abc' },
    { read: 'data/a.txt' },
    { read: 'data/sub/b.json' },
  ]);
  assert.deepEqual(restore.results, [null, 'misnomer-baseline-abc', 'alpha', '{"b":2}']);
  assert.match(restore.stdout, /Cache hit for: misnomer-baseline-abc/);

  // Save: reserve, one Put Blob (the archive is far below the SDK's 128 MiB single-shot limit),
  // finalize. Restore: look up, one plain GET (the URL is not *.blob.core.windows.net, so
  // @actions/cache downloads with its http-client instead of the Azure SDK).
  assert.deepEqual(cacheCalls(gh), [
    'POST CreateCacheEntry 200',
    'PUT blob 201',
    'POST FinalizeCacheEntryUpload 200',
    'POST GetCacheEntryDownloadURL 200',
    'GET blob 200',
  ]);
});

test('@actions/cache: exact key first, then newest prefix match; restore keys in order; version must match', async (t) => {
  const gh = await fake(t);
  // Three entries, created in this order: baseline-a (A), baseline-b (B), baseline-a2 (C).
  const save = await cacheRun(gh, {}, [
    { write: 'data/which.txt', content: 'A' },
    { save: 'baseline-a' },
    { write: 'data/which.txt', content: 'B' },
    { save: 'baseline-b' },
    { write: 'data/which.txt', content: 'C' },
    { save: 'baseline-a2' },
  ]);
  assert.deepEqual(save.results, [null, 1, null, 2, null, 3]);

  const r = await cacheRun(gh, {}, [
    // No exact match, restore key 'baseline-' matches all 3: the newest (baseline-a2) wins.
    { restore: 'baseline-zzz', restoreKeys: ['baseline-'] },
    { read: 'data/which.txt' },
    // Exact match preferred although baseline-a2 (also a prefix match of 'baseline-a') is newer.
    { restore: 'baseline-a', restoreKeys: ['baseline-'] },
    { read: 'data/which.txt' },
    // Restore keys are tried in order: 'nothing-' matches none, 'baseline-b' matches one.
    { restore: 'none', restoreKeys: ['nothing-', 'baseline-b', 'baseline-'] },
    { read: 'data/which.txt' },
    // The primary key itself is also prefix-matched (GitHub docs: "partial matches of the key").
    { restore: 'baseline' },
    // Same key, other paths => other version => miss.
    { restore: 'baseline-a', restoreKeys: ['baseline-'], paths: ['data', 'other'] },
  ]);
  assert.deepEqual(r.results, [
    'baseline-a2',
    'C',
    'baseline-a',
    'A',
    'baseline-b',
    'B',
    'baseline-a2',
    null,
  ]);
  // 5 restores => 5 lookups; 4 hits => 4 downloads (the version mismatch downloads nothing).
  assert.equal(gh.requests('POST', /GetCacheEntryDownloadURL/).length, 5);
  assert.equal(gh.requests('GET', /^\/fakeblob\//).length, 4);
});

test('@actions/cache: scopes — a PR sees its base branch, the base branch never sees the PR', async (t) => {
  const gh = await fake(t);
  const onMain = await cacheRun(gh, {}, [
    { write: 'data/x', content: 'main' },
    { save: 'base-key' },
  ]);
  assert.deepEqual(onMain.results, [null, 1]);

  const pr = await cacheRun(gh, PR1, [
    { restore: 'base-key' }, // the base branch's cache is readable from the PR
    { read: 'data/x' },
    { write: 'data/x', content: 'pr' },
    { save: 'pr-key' },
  ]);
  assert.deepEqual(pr.results, ['base-key', 'main', null, 2]);
  assert.deepEqual(
    gh.caches().map((c) => [c.key, c.scope]),
    [
      ['base-key', 'refs/heads/main'],
      ['pr-key', 'refs/pull/1/merge'],
    ],
  );

  // The base branch: neither the exact key nor a prefix finds the PR's entry.
  const main = await cacheRun(gh, {}, [{ restore: 'pr-key', restoreKeys: ['pr-'] }]);
  assert.deepEqual(main.results, [null]);
  // Another PR into main: same.
  const pr2 = await cacheRun(gh, { pullRequest: 2 }, [{ restore: 'pr-key' }]);
  assert.deepEqual(pr2.results, [null]);
  // A re-run of PR 1 finds it.
  const rerun = await cacheRun(gh, PR1, [{ restore: 'pr-key' }, { read: 'data/x' }]);
  assert.deepEqual(rerun.results, ['pr-key', 'pr']);
  // A push to another branch reads the default branch's caches.
  const dev = await cacheRun(gh, { ref: 'refs/heads/dev' }, [{ restore: 'base-' }]);
  assert.deepEqual(dev.results, ['base-key']);
});

test('@actions/cache: an existing key is immutable (409 already_exists), per scope', async (t) => {
  const gh = await fake(t);
  const r = await cacheRun(gh, {}, [
    { write: 'data/v', content: 'first' },
    { save: 'same-key' },
    { write: 'data/v', content: 'second' },
    { save: 'same-key' },
  ]);
  // The second save is refused: saveCache returns -1 and only logs (it does not throw).
  assert.deepEqual(r.results, [null, 1, null, -1]);
  assert.match(r.stdout, /Unable to reserve cache with key same-key, another job may be creating/);
  assert.deepEqual(cacheCalls(gh), [
    'POST CreateCacheEntry 200',
    'PUT blob 201',
    'POST FinalizeCacheEntryUpload 200',
    'POST CreateCacheEntry 409', // not retried: 409 is not a retryable status for the client
  ]);

  // The same key from a PR is another scope: allowed, a 2nd entry.
  const pr = await cacheRun(gh, PR1, [{ write: 'data/v', content: 'pr' }, { save: 'same-key' }]);
  assert.deepEqual(pr.results, [null, 2]);
  assert.equal(gh.caches().length, 2);
  // main still restores its first content.
  const main = await cacheRun(gh, {}, [{ restore: 'same-key' }, { read: 'data/v' }]);
  assert.deepEqual(main.results, ['same-key', 'first']);
});

test('@actions/cache: a runtime token without a write scope cannot save', async (t) => {
  const gh = await fake(t);
  const r = await cacheRun(gh, { runtimeToken: runtimeToken('', 'refs/heads/main') }, [
    { write: 'data/v', content: 'x' },
    { save: 'k' },
  ]);
  assert.deepEqual(r.results, [null, -1]);
  assert.match(r.stdout, /cache write denied/);
  assert.deepEqual(cacheCalls(gh), ['POST CreateCacheEntry 200']); // ok: false, nothing uploaded
  assert.equal(gh.caches().length, 0);
});

test('cache service: Twirp auth and errors as JSON {code, msg}', async (t) => {
  const gh = await fake(t);
  const post = (method: string, body: unknown, token?: string) =>
    fetch(`${gh.url}${TWIRP}${method}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
  const anon = await post('CreateCacheEntry', { key: 'k', version: 'v' });
  assert.equal(anon.status, 401);
  assert.deepEqual(await anon.json(), {
    code: 'unauthenticated',
    msg: 'invalid or missing runtime token',
  });
  const noKey = await post('CreateCacheEntry', { version: 'v' }, runtimeToken('refs/heads/main'));
  assert.equal(noKey.status, 400);
  assert.equal(((await noKey.json()) as { code: string }).code, 'invalid_argument');
  const miss = await post(
    'GetCacheEntryDownloadURL',
    { key: 'k', restore_keys: ['k-'], version: 'v' },
    runtimeToken('refs/heads/main'),
  );
  assert.equal(miss.status, 200);
  assert.equal(((await miss.json()) as { ok: boolean }).ok, false);
});

test('Azure Storage SDK: Put Block + Put Block List upload, HEAD + ranged GET download', async (t) => {
  const gh = await fake(t);
  const token = runtimeToken('refs/heads/main');
  const twirp = async (method: string, body: unknown) => {
    const res = await fetch(`${gh.url}${TWIRP}${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    assert.equal(res.status, 200);
    return (await res.json()) as Record<string, string | boolean>;
  };
  const data = randomBytes(10_000);
  const created = await twirp('CreateCacheEntry', { key: 'big', version: 'v1' });
  assert.equal(created.ok, true);
  // What @actions/cache does for archives over 128 MiB, scaled down: 4096-byte blocks.
  await new BlockBlobClient(String(created.signed_upload_url)).uploadData(data, {
    maxSingleShotSize: 4096,
    blockSize: 4096,
    concurrency: 2,
  });
  const fin = await twirp('FinalizeCacheEntryUpload', {
    key: 'big',
    version: 'v1',
    size_bytes: '10000',
  });
  assert.deepEqual(fin, { ok: true, entry_id: '1' });

  const found = await twirp('GetCacheEntryDownloadURL', {
    key: 'bi',
    restore_keys: [],
    version: 'v1',
  });
  assert.equal(found.matched_key, 'big');
  const blob = new BlockBlobClient(String(found.signed_download_url));
  const props = await blob.getProperties();
  assert.equal(props.contentLength, 10_000);
  assert.equal(props.blobType, 'BlockBlob');
  const back = await blob.downloadToBuffer(0, undefined, { blockSize: 4096 });
  assert.ok(back.equals(data));

  // 10000 bytes / 4096 per block = 3 blocks (4096 + 4096 + 1808): 3 Put Block + 1 Put Block
  // List. Download: getProperties and downloadToBuffer's own size probe (2 HEAD), then 3 ranged
  // GETs (206) of up to 4096 bytes.
  const blobCalls = cacheCalls(gh).filter((c) => c.includes('blob'));
  assert.deepEqual(blobCalls.filter((c) => c.startsWith('PUT')).sort(), [
    'PUT blob?comp=block 201',
    'PUT blob?comp=block 201',
    'PUT blob?comp=block 201',
    'PUT blob?comp=blocklist 201',
  ]);
  assert.deepEqual(
    blobCalls.filter((c) => !c.startsWith('PUT')),
    ['HEAD blob 200', 'HEAD blob 200', 'GET blob 206', 'GET blob 206', 'GET blob 206'],
  );

  // The SAS is checked: a read URL cannot write, a tampered signature cannot read.
  const readUrl = String(found.signed_download_url);
  await assert.rejects(new BlockBlobClient(readUrl).upload('x', 1), { statusCode: 403 });
  const tampered = readUrl.replace(/sig=[0-9a-f]/, (s) => (s.endsWith('0') ? 'sig=1' : 'sig=0'));
  await assert.rejects(new BlockBlobClient(tampered).getProperties(), { statusCode: 403 });
});

// ---- REST with Octokit -----------------------------------------------------------------------

function octokit(gh: FakeGitHub, token: string) {
  // @actions/github reads GITHUB_API_URL when first imported: pass baseUrl explicitly here.
  return getOctokit(token, { baseUrl: gh.apiUrl, retry: { retryAfterBaseValue: 10 } }, retry);
}

const repo = { owner: 'octo-org', repo: 'octo-repo' };

test('REST: paginate walks 150 comments through the Link header', async (t) => {
  const gh = await fake(t);
  const seeded = gh.seedComments(7, 150, { body: (i) => `body ${i}` });
  const ok = octokit(gh, WRITE_TOKEN);

  const all = await ok.paginate(ok.rest.issues.listComments, {
    ...repo,
    issue_number: 7,
    per_page: 100,
  });
  // 150 comments / 100 per page = 2 pages (100 + 50), in creation order.
  assert.deepEqual(
    all.map((c) => c.id),
    seeded.map((c) => c.id),
  );
  assert.equal(all[149].body, 'body 149');
  assert.equal(all[0].user?.login, 'octocat');
  assert.deepEqual(
    gh.requests('GET', /\/issues\/7\/comments/).map((r) => new URL(r.url, gh.url).search),
    ['?per_page=100', '?per_page=100&page=2'],
  );

  const first = await ok.rest.issues.listComments({ ...repo, issue_number: 7, per_page: 100 });
  assert.match(first.headers.link ?? '', /[?&]page=2>; rel="next"/);
  assert.match(first.headers.link ?? '', /[?&]page=2>; rel="last"/);
  const second = await ok.rest.issues.listComments({
    ...repo,
    issue_number: 7,
    per_page: 100,
    page: 2,
  });
  assert.equal(second.data.length, 50); // 150 - 100
  assert.doesNotMatch(second.headers.link ?? '', /rel="next"/);
  assert.match(second.headers.link ?? '', /[?&]page=1>; rel="prev"/);

  // Without per_page GitHub's default of 30 applies: 150 / 30 = 5 pages of 30.
  const sizes: number[] = [];
  for await (const page of ok.paginate.iterator(ok.rest.issues.listComments, {
    ...repo,
    issue_number: 7,
  })) {
    sizes.push(page.data.length);
  }
  assert.deepEqual(sizes, [30, 30, 30, 30, 30]);
});

test('REST: create and update a comment; repo and pull request', async (t) => {
  const gh = await fake(t);
  gh.seedComments(5, 2);
  const ok = octokit(gh, WRITE_TOKEN);

  const created = await ok.rest.issues.createComment({ ...repo, issue_number: 5, body: 'hello' });
  assert.equal(created.status, 201);
  assert.equal(created.data.user?.login, 'github-actions[bot]');
  assert.equal(created.data.user?.type, 'Bot');
  assert.match(created.data.html_url, /\/issues\/5#issuecomment-\d+$/);
  assert.equal(gh.comments(5).length, 3); // 2 seeded + 1

  const updated = await ok.rest.issues.updateComment({
    ...repo,
    comment_id: created.data.id,
    body: 'hello again',
  });
  assert.equal(updated.status, 200);
  assert.equal(updated.data.id, created.data.id);
  assert.equal(gh.comments(5)[2].body, 'hello again');
  assert.ok(updated.data.updated_at >= created.data.created_at);

  const missing = ok.rest.issues.updateComment({ ...repo, comment_id: 42, body: 'x' });
  await assert.rejects(missing, { status: 404 });

  const r = await ok.rest.repos.get(repo);
  assert.equal(r.data.default_branch, 'main');
  gh.env(WRITE_TOKEN, { pullRequest: 9, baseRef: 'main', headRef: 'topic' });
  const p = await ok.rest.pulls.get({ ...repo, pull_number: 9 });
  assert.equal(p.data.base.ref, 'main');
  assert.equal(p.data.head.ref, 'topic');
  await assert.rejects(ok.rest.pulls.get({ ...repo, pull_number: 10 }), { status: 404 });

  assert.deepEqual(
    gh.log.filter((l) => l.method !== 'GET').map((l) => `${l.method} ${l.status}`),
    ['POST 201', 'PATCH 200', 'PATCH 404'],
  );
});

test('REST: a read-only token gets 403 "Resource not accessible by integration"; bad tokens 401', async (t) => {
  const gh = await fake(t);
  const [existing] = gh.seedComments(4, 1, { body: (_) => 'keep me' });
  const ro = octokit(gh, READ_TOKEN);

  await assert.rejects(ro.rest.issues.createComment({ ...repo, issue_number: 4, body: 'x' }), {
    status: 403,
    message: /Resource not accessible by integration/,
  });
  await assert.rejects(
    ro.rest.issues.updateComment({ ...repo, comment_id: existing.id, body: 'x' }),
    { status: 403 },
  );
  assert.deepEqual(
    gh.comments(4).map((c) => c.body),
    ['keep me'],
  );
  // Reading is allowed.
  const list = await ro.rest.issues.listComments({ ...repo, issue_number: 4 });
  assert.equal(list.data.length, 1);
  // 403 is in plugin-retry's doNotRetry list: one attempt each.
  assert.deepEqual(
    gh.log.map((l) => `${l.method} ${l.status}`),
    ['POST 403', 'PATCH 403', 'GET 200'],
  );

  await assert.rejects(octokit(gh, 'ghs_unknown').rest.repos.get(repo), {
    status: 401,
    message: /Bad credentials/,
  });
  const anon = await fetch(`${gh.apiUrl}/repos/octo-org/octo-repo`);
  assert.equal(anon.status, 401);
  assert.equal(((await anon.json()) as { message: string }).message, 'Requires authentication');
});

test('REST: injected 502s are retried by @octokit/plugin-retry', async (t) => {
  const gh = await fake(t);
  gh.seedComments(3, 2);
  const ok = octokit(gh, WRITE_TOKEN);

  gh.failNext({ method: 'GET', path: /\/issues\/3\/comments/, status: 502, times: 3 });
  const res = await ok.rest.issues.listComments({ ...repo, issue_number: 3 });
  assert.equal(res.data.length, 2);
  // plugin-retry retries 3 times by default: 3 failures + the 4th attempt succeeds.
  assert.deepEqual(
    gh.requests('GET').map((r) => r.status),
    [502, 502, 502, 200],
  );

  gh.clearLog();
  gh.failNext({ method: 'GET', path: /\/issues\/3\/comments/, status: 502, times: 4 });
  await assert.rejects(ok.rest.issues.listComments({ ...repo, issue_number: 3 }), {
    status: 502,
  });
  // 1 attempt + 3 retries = 4 requests, all 502: the fault is used up exactly.
  assert.deepEqual(
    gh.requests('GET').map((r) => r.status),
    [502, 502, 502, 502],
  );
  await ok.rest.issues.listComments({ ...repo, issue_number: 3 });
  assert.equal(gh.log.at(-1)?.status, 200);
});

test('REST: rate-limit faults carry their headers; 403 is final, 429 is retried', async (t) => {
  const gh = await fake(t);
  const ok = octokit(gh, WRITE_TOKEN);
  const reset = String(Math.floor(Date.now() / 1000) + 60);
  gh.failNext({
    path: /^\/repos\/octo-org\/octo-repo$/,
    status: 403,
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
    body: { message: 'API rate limit exceeded for installation ID 1.' },
  });
  await assert.rejects(ok.rest.repos.get(repo), (e: unknown) => {
    const err = e as { status: number; response?: { headers: Record<string, string> } };
    assert.equal(err.status, 403);
    assert.equal(err.response?.headers['x-ratelimit-remaining'], '0');
    assert.equal(err.response?.headers['x-ratelimit-reset'], reset);
    return true;
  });
  assert.equal(gh.log.length, 1); // not retried

  gh.clearLog();
  gh.failNext({ path: /^\/repos\//, status: 429, headers: { 'retry-after': '1' } });
  const r = await ok.rest.repos.get(repo);
  assert.equal(r.status, 200);
  assert.deepEqual(
    gh.log.map((l) => l.status),
    [429, 200],
  );
});
