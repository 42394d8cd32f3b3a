/**
 * A fake GitHub on 127.0.0.1 for end-to-end tests of the Action: the REST API the Action uses
 * (issue comments, repository, pull request), the Actions cache service v2 (Twirp JSON) and the
 * Azure Blob Storage endpoints its signed URLs point at. One HTTP server serves all three:
 *
 *   /repos/...                                                REST, like api.github.com
 *   /twirp/github.actions.results.api.v1.CacheService/<rpc>   cache service v2
 *   /fakeblob/cache/<entry id>?sv=..&sp=..&sig=..             blob storage (path-style, like Azurite)
 *
 * `@actions/cache` builds the Twirp URL with `new URL('/twirp/...', ACTIONS_RESULTS_URL)`, so only
 * the origin of ACTIONS_RESULTS_URL matters: the Twirp routes must live at the server root.
 *
 * Cache scopes. The real runtime token is a JWT whose `ac` claim lists the cache scopes of the run:
 * its own ref (read/write), then the refs it may read (the PR base branch, the default branch).
 * Here the ACTIONS_RUNTIME_TOKEN is readable text instead:
 *
 *   scope:<write scope>|<read scope>|<read scope>...
 *
 *   "scope:refs/heads/main"                               a push to main
 *   "scope:refs/pull/1/merge|refs/heads/main"             PR #1 into main (main is the default branch)
 *   "scope:refs/heads/dev|refs/heads/main"                a push to dev, default branch main
 *   "scope:|refs/heads/main"                              read-only: no write scope
 *
 * An entry is saved under the write scope; a restore searches the scopes in token order (own ref
 * first, then base, then default branch), so a cache saved by a PR (scope refs/pull/N/merge) is
 * invisible to the base branch and to other PRs, while the PR sees the base branch's caches.
 * Build tokens with `runtimeToken()` or let `env()` do it.
 *
 * Cache semantics, as the real service documents them:
 * - an entry is identified by (key, version, scope); creating one that exists (even while its
 *   upload is in flight) answers 409 `already_exists`, like github.com ("cache entry with the same
 *   key, version, and scope already exists"); a token without a write scope gets 200 `ok: false`
 *   with "cache write denied: ..." (what `@actions/cache` maps to CacheWriteDeniedError);
 * - restore, per scope: exact `key`, then newest entry whose key starts with `key`, then each
 *   restore key in order (exact, then newest prefix match); the `version` (a hash of the path
 *   list and compression method) must be equal; only finalized entries are visible;
 * - "newest" means latest CreateCacheEntry (ties broken by creation order).
 *
 * Usage (the fake runs in the test's own process, so spawn the Action asynchronously: spawnSync
 * or execFileSync would block the event loop that serves it and deadlock):
 *
 *   const gh = await FakeGitHub.start();
 *   const env = isolatedEnv({ ...gh.env(WRITE_TOKEN, { pullRequest: 1, dir }), 'INPUT_GITHUB-TOKEN': WRITE_TOKEN });
 *   await promisify(execFile)(process.execPath, ['dist/index.js'], { env, cwd: env.GITHUB_WORKSPACE });
 *   gh.comments(1); gh.caches(); gh.log;
 *   await gh.close();
 */
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  createServer,
  STATUS_CODES,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export type Permission = 'write' | 'read';

/** What a GITHUB_TOKEN may do, and who its comments are written by. */
export interface TokenGrant {
  permission: Permission;
  /** Default 'github-actions[bot]'. */
  login?: string;
  /** Default 'Bot'. */
  type?: 'Bot' | 'User';
}

export interface FakeGitHubOptions {
  /** Default 'octo-org'. */
  owner?: string;
  /** Default 'octo-repo'. */
  repo?: string;
  /** Default 'main'. */
  defaultBranch?: string;
  /** token -> permission. Default: WRITE_TOKEN -> 'write', READ_TOKEN -> 'read'. */
  tokens?: Record<string, Permission | TokenGrant>;
}

/** A GITHUB_TOKEN with write access (a push or same-repo pull_request run). */
export const WRITE_TOKEN = 'ghs_fakeWriteToken0000000000000000000000';
/** A read-only GITHUB_TOKEN (a pull_request run from a fork). */
export const READ_TOKEN = 'ghs_fakeReadToken00000000000000000000000';

/** A fault served instead of the real answer, for the next `times` matching requests. */
export interface Fault {
  /** HTTP method to match (any when omitted). */
  method?: string;
  /** Tested against the request path with its query string, e.g. `/repos/o/r/issues/1/comments?page=2`. */
  path: RegExp;
  status: number;
  /** Default 1. */
  times?: number;
  headers?: Record<string, string>;
  /** JSON-encoded unless a string. Default `{ "message": <status text> }`. */
  body?: unknown;
}

export interface LoggedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  /** Path with the query string. */
  url: string;
  status: number;
}

export interface CommentUser {
  login: string;
  id: number;
  type: 'Bot' | 'User';
}

/** An issue comment as the REST API returns it (the fields the Action may read). */
export interface IssueComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  issue_url: string;
  body: string;
  user: CommentUser;
  created_at: string;
  updated_at: string;
  author_association: string;
}

export interface CacheEntryInfo {
  id: number;
  key: string;
  version: string;
  scope: string;
  /** Bytes of the uploaded archive (0 until uploaded). */
  size: number;
  createdAt: Date;
  /** False while the upload is in flight (not restorable yet). */
  finalized: boolean;
}

export interface PullRequestInfo {
  /** Base branch name. Default: the default branch. */
  base?: string;
  /** Head branch name. Default 'feature'. */
  head?: string;
  baseSha?: string;
  headSha?: string;
  /** Whether the head repository is a fork. */
  fork?: boolean;
}

/** The run the env vars describe. A push to the default branch when empty. */
export interface RunOptions {
  /** Makes it a `pull_request` run for this PR: GITHUB_REF=refs/pull/N/merge. */
  pullRequest?: number;
  /** PR base branch name. Default: the default branch. */
  baseRef?: string;
  /** PR head branch name. Default 'feature'. */
  headRef?: string;
  /** Push runs: the full ref. Default refs/heads/<default branch>. */
  ref?: string;
  /** Default: 40 hex digits derived from the ref. */
  sha?: string;
  /** Recorded in the event payload (`pull_request.head.repo.fork`). Pair with READ_TOKEN. */
  fork?: boolean;
  /** Replaces the ACTIONS_RUNTIME_TOKEN derived from the refs. */
  runtimeToken?: string;
  /**
   * When given, the runner's files are created under it and their env vars set: GITHUB_WORKSPACE
   * (dir/workspace), RUNNER_TEMP (dir/temp), RUNNER_TOOL_CACHE (dir/toolcache), GITHUB_EVENT_PATH
   * (dir/event.json), GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_PATH.
   */
  dir?: string;
  /** Replaces the generated event payload written to GITHUB_EVENT_PATH. */
  event?: Record<string, unknown>;
}

const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.CacheService/';
const BLOB_PREFIX = '/fakeblob/cache/';
const BLOB_VERSION = '2025-01-05';

/** The ACTIONS_RUNTIME_TOKEN of a run: write scope ('' for none) then the read-only scopes. */
export function runtimeToken(writeScope: string, ...readScopes: string[]): string {
  return `scope:${[writeScope, ...readScopes].join('|')}`;
}

function parseRuntimeToken(token: string): { write?: string; read: string[] } | undefined {
  if (!token.startsWith('scope:')) return undefined;
  const [write, ...rest] = token.slice('scope:'.length).split('|');
  const read = [...new Set([write, ...rest].filter((s) => s !== ''))];
  return { write: write === '' ? undefined : write, read };
}

/**
 * `process.env` without the variables of the machine's own runner (GITHUB_*, ACTIONS_*, RUNNER_*,
 * INPUT_*, so that tests behave the same inside GitHub Actions), plus `vars`. For spawning
 * `dist/index.js` or a script that uses `@actions/cache`.
 */
export function isolatedEnv(vars: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(GITHUB_|ACTIONS_|RUNNER_|INPUT_|STATE_)/i.test(k)) out[k] = v;
  }
  return { ...out, ...vars };
}

interface Entry extends CacheEntryInfo {
  seq: number;
  data?: Buffer;
  blocks: Map<string, Buffer>;
  etag: string;
  lastModified: Date;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

interface Req {
  method: string;
  path: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

interface Res {
  status: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; Buffers and strings as they are. */
  body?: unknown;
  /** HEAD: send the headers (content-length included) without the body. */
  headOnly?: boolean;
}

function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  /** Every request served, in order. */
  readonly log: LoggedRequest[] = [];

  private server?: Server;
  private origin = '';
  private readonly tokens = new Map<string, TokenGrant>();
  private readonly faults: (Fault & { left: number })[] = [];
  private readonly issueComments = new Map<number, IssueComment[]>();
  private readonly pulls = new Map<number, Required<PullRequestInfo>>();
  private readonly entries: Entry[] = [];
  private readonly secret = randomBytes(16);
  private nextCommentId = 1_000_001;
  private nextEntryId = 1;
  private nextSeq = 0;

  constructor(options: FakeGitHubOptions = {}) {
    this.owner = options.owner ?? 'octo-org';
    this.repo = options.repo ?? 'octo-repo';
    this.defaultBranch = options.defaultBranch ?? 'main';
    const tokens = options.tokens ?? { [WRITE_TOKEN]: 'write', [READ_TOKEN]: 'read' };
    for (const [token, grant] of Object.entries(tokens)) {
      this.tokens.set(token, typeof grant === 'string' ? { permission: grant } : grant);
    }
  }

  /** Starts a fake on a free port of 127.0.0.1. */
  static async start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
    const fake = new FakeGitHub(options);
    await fake.listen();
    return fake;
  }

  /** http://127.0.0.1:<port> (also the REST base URL: GITHUB_API_URL). */
  get url(): string {
    if (!this.origin) throw new Error('the fake GitHub is not started');
    return this.origin;
  }

  /** GITHUB_API_URL. */
  get apiUrl(): string {
    return this.url;
  }

  /** owner/repo. */
  get repository(): string {
    return `${this.owner}/${this.repo}`;
  }

  async listen(): Promise<void> {
    const server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  /** Stops the server, dropping kept-alive connections. */
  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /**
   * The environment a hosted runner gives a step of this run, pointing at the fake:
   *
   * - GITHUB_API_URL: the fake (REST). NB `@actions/github` reads it when first imported.
   * - GITHUB_SERVER_URL=https://github.com: keeps `@actions/cache` off its GHES path (GHES => v1).
   * - GITHUB_GRAPHQL_URL: <fake>/graphql (not served).
   * - GITHUB_REPOSITORY, GITHUB_REPOSITORY_OWNER: owner/repo and owner.
   * - GITHUB_EVENT_NAME: push or pull_request; GITHUB_REF, GITHUB_SHA; GITHUB_BASE_REF and
   *   GITHUB_HEAD_REF (branch names; empty on push, as on a runner); GITHUB_REF_NAME.
   * - GITHUB_ACTIONS=true, CI=true, RUNNER_OS=Linux, RUNNER_ARCH=X64, GITHUB_RUN_ID,
   *   GITHUB_RUN_NUMBER, GITHUB_RUN_ATTEMPT, GITHUB_JOB, GITHUB_WORKFLOW, GITHUB_ACTOR.
   * - GITHUB_TOKEN: `token`. A runner does not set it by itself (workflows pass
   *   `${{ github.token }}` as an input or env); also set the Action's INPUT_<NAME> for it.
   * - ACTIONS_RESULTS_URL: <fake>/ (trailing slash, as on a runner): the cache service v2.
   * - ACTIONS_RUNTIME_TOKEN: the cache scopes of the run (see the top of this file).
   * - ACTIONS_CACHE_SERVICE_V2=True: makes `@actions/cache` use v2 (v1 is not served).
   * - with `run.dir`: the runner's files (see RunOptions.dir).
   *
   * `env()` also registers the run's pull request, so GET /pulls/:n answers it.
   */
  env(token: string, run: RunOptions = {}): Record<string, string> {
    const pr = run.pullRequest;
    const base = run.baseRef ?? this.defaultBranch;
    const head = run.headRef ?? 'feature';
    const ref = pr !== undefined ? `refs/pull/${pr}/merge` : (run.ref ?? `refs/heads/${base}`);
    const sha = run.sha ?? createHash('sha1').update(ref).digest('hex');
    const defaultRef = `refs/heads/${this.defaultBranch}`;
    // Read scopes: the PR's base branch, then the default branch (duplicates dropped).
    const readScopes = [
      ...new Set(pr !== undefined ? [`refs/heads/${base}`, defaultRef] : [defaultRef]),
    ];
    const cacheToken =
      run.runtimeToken ?? runtimeToken(ref, ...readScopes.filter((s) => s !== ref));
    if (pr !== undefined && !this.pulls.has(pr)) {
      this.addPullRequest(pr, { base, head, headSha: sha, fork: run.fork ?? false });
    }
    const env: Record<string, string> = {
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_API_URL: this.apiUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_GRAPHQL_URL: `${this.apiUrl}/graphql`,
      GITHUB_REPOSITORY: this.repository,
      GITHUB_REPOSITORY_OWNER: this.owner,
      GITHUB_EVENT_NAME: pr !== undefined ? 'pull_request' : 'push',
      GITHUB_REF: ref,
      GITHUB_REF_NAME: pr !== undefined ? `${pr}/merge` : ref.replace(/^refs\/(heads|tags)\//, ''),
      GITHUB_SHA: sha,
      GITHUB_BASE_REF: pr !== undefined ? base : '',
      GITHUB_HEAD_REF: pr !== undefined ? head : '',
      GITHUB_RUN_ID: '1000000001',
      GITHUB_RUN_NUMBER: '1',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'misnomer',
      GITHUB_WORKFLOW: 'misnomer',
      GITHUB_ACTOR: 'octocat',
      GITHUB_TOKEN: token,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      ACTIONS_RESULTS_URL: `${this.url}/`,
      ACTIONS_RUNTIME_TOKEN: cacheToken,
      ACTIONS_CACHE_SERVICE_V2: 'True',
    };
    if (run.dir !== undefined) {
      const d = run.dir;
      for (const sub of ['workspace', 'temp', 'toolcache'])
        mkdirSync(join(d, sub), { recursive: true });
      const files = {
        GITHUB_STEP_SUMMARY: 'step-summary.md',
        GITHUB_OUTPUT: 'output.txt',
        GITHUB_STATE: 'state.txt',
        GITHUB_ENV: 'env.txt',
        GITHUB_PATH: 'path.txt',
      };
      for (const [name, file] of Object.entries(files)) {
        writeFileSync(join(d, file), '');
        env[name] = join(d, file);
      }
      const event = run.event ?? this.eventPayload(env, pr);
      writeFileSync(join(d, 'event.json'), JSON.stringify(event, null, 2));
      Object.assign(env, {
        GITHUB_WORKSPACE: join(d, 'workspace'),
        RUNNER_TEMP: join(d, 'temp'),
        RUNNER_TOOL_CACHE: join(d, 'toolcache'),
        GITHUB_EVENT_PATH: join(d, 'event.json'),
      });
    }
    return env;
  }

  /** Makes GET /repos/:o/:r/pulls/:n answer for this pull request. */
  addPullRequest(n: number, info: PullRequestInfo = {}): void {
    const base = info.base ?? this.defaultBranch;
    this.pulls.set(n, {
      base,
      head: info.head ?? 'feature',
      baseSha: info.baseSha ?? createHash('sha1').update(`refs/heads/${base}`).digest('hex'),
      headSha: info.headSha ?? createHash('sha1').update(`pr-${n}`).digest('hex'),
      fork: info.fork ?? false,
    });
  }

  /** Serves `fault` instead of the real answer for the next `times` (default 1) matching requests. */
  failNext(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  /** The log entries whose method and path match. */
  requests(method?: string, path?: RegExp): LoggedRequest[] {
    return this.log.filter(
      (r) => (method === undefined || r.method === method) && (!path || path.test(r.url)),
    );
  }

  clearLog(): void {
    this.log.length = 0;
  }

  /** The comments of an issue or pull request, oldest first (copies). */
  comments(issue: number): IssueComment[] {
    return structuredClone(this.issueComments.get(issue) ?? []);
  }

  /**
   * Adds `n` comments to an issue, as if written earlier by `login` (default 'octocat', a User).
   * `body(i)` gives the i-th body (0-based); default "comment i".
   */
  seedComments(
    issue: number,
    n: number,
    options: { login?: string; type?: 'Bot' | 'User'; body?: (i: number) => string } = {},
  ): IssueComment[] {
    const user = { login: options.login ?? 'octocat', type: options.type ?? 'User' };
    const made: IssueComment[] = [];
    for (let i = 0; i < n; i++) {
      made.push(this.addComment(issue, options.body?.(i) ?? `comment ${i}`, user));
    }
    return structuredClone(made);
  }

  /** Cache entries, oldest first (finalized or not). */
  caches(): CacheEntryInfo[] {
    return [...this.entries]
      .sort((a, b) => a.seq - b.seq)
      .map(({ id, key, version, scope, size, createdAt, finalized }) => ({
        id,
        key,
        version,
        scope,
        size,
        createdAt: new Date(createdAt),
        finalized,
      }));
  }

  /** Evicts the entries `match` selects (all when omitted), like the 7-day eviction. Returns how many. */
  evictCaches(match: (entry: CacheEntryInfo) => boolean = () => true): number {
    const doomed = new Set(
      this.caches()
        .filter(match)
        .map((e) => e.id),
    );
    for (let i = this.entries.length - 1; i >= 0; i--) {
      if (doomed.has(this.entries[i].id)) this.entries.splice(i, 1);
    }
    return doomed.size;
  }

  // ---- HTTP plumbing -------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', this.origin);
    const r: Req = {
      method: req.method ?? 'GET',
      path: url.pathname,
      url,
      headers: req.headers,
      body: Buffer.concat(chunks),
    };
    let out: Res;
    try {
      out = this.fault(r) ?? this.route(r);
    } catch (e) {
      if (e instanceof HttpError) out = { status: e.status, headers: e.headers, body: e.body };
      else out = { status: 500, body: { message: `fake GitHub bug: ${String(e)}` } };
    }
    this.log.push({ method: r.method, path: r.path, url: r.path + url.search, status: out.status });
    this.send(res, out, r.method === 'HEAD');
  }

  private send(res: ServerResponse, out: Res, head: boolean): void {
    let body: Buffer;
    const headers: Record<string, string> = { ...out.headers };
    if (out.body === undefined) body = Buffer.alloc(0);
    else if (Buffer.isBuffer(out.body)) body = out.body;
    else if (typeof out.body === 'string') body = Buffer.from(out.body);
    else {
      body = Buffer.from(JSON.stringify(out.body));
      headers['content-type'] ??= 'application/json; charset=utf-8';
    }
    headers['content-length'] ??= String(body.length);
    headers['date'] = new Date().toUTCString();
    res.writeHead(out.status, STATUS_CODES[out.status] ?? 'Unknown', headers);
    res.end(head || out.headOnly ? undefined : body);
  }

  private fault(r: Req): Res | undefined {
    const target = r.path + r.url.search;
    const f = this.faults.find(
      (x) => x.left > 0 && (x.method === undefined || x.method === r.method) && x.path.test(target),
    );
    if (!f) return undefined;
    f.left--;
    if (f.left === 0) this.faults.splice(this.faults.indexOf(f), 1);
    return {
      status: f.status,
      headers: { 'x-github-request-id': randomUUID(), ...f.headers },
      body: f.body ?? { message: STATUS_CODES[f.status] ?? 'Error' },
    };
  }

  private route(r: Req): Res {
    if (r.path.startsWith(TWIRP_PREFIX)) return this.twirp(r);
    if (r.path.startsWith(BLOB_PREFIX)) return this.blob(r);
    if (r.path.startsWith('/repos/')) return this.rest(r);
    if (r.path === '/user' && r.method === 'GET') return this.user(r);
    if (r.path === '/graphql' && r.method === 'POST') return this.graphql(r);
    return { status: 404, body: { message: 'Not Found', documentation_url: DOCS } };
  }

  // ---- REST ----------------------------------------------------------------------------------

  private rest(r: Req): Res {
    const grant = this.authenticate(r.headers.authorization);
    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(r.path);
    if (!m || m[1] !== this.owner || m[2] !== this.repo) throw notFound();
    const rest = m[3] ?? '';
    const issueComments = /^\/issues\/(\d+)\/comments$/.exec(rest);
    const comment = /^\/issues\/comments\/(\d+)$/.exec(rest);
    const pull = /^\/pulls\/(\d+)$/.exec(rest);
    const json = (status: number, body: unknown, headers: Record<string, string> = {}): Res => ({
      status,
      body,
      headers: { ...restHeaders(), ...headers },
    });

    if (rest === '' && r.method === 'GET') return json(200, this.repoJson());
    if (pull && r.method === 'GET') {
      const n = Number(pull[1]);
      const p = this.pulls.get(n);
      if (!p) throw notFound();
      return json(200, this.pullJson(n, p));
    }
    if (issueComments && r.method === 'GET') {
      return this.listComments(Number(issueComments[1]), r.url, json);
    }
    if (issueComments && r.method === 'POST') {
      requireWrite(grant, 'issues/comments#create-an-issue-comment');
      const body = bodyField(r.body);
      const c = this.addComment(Number(issueComments[1]), body, grant);
      return json(201, c, { location: c.url });
    }
    if (comment) {
      const id = Number(comment[1]);
      const found = this.findComment(id);
      if (r.method === 'GET') {
        if (!found) throw notFound();
        return json(200, found.comment);
      }
      if (r.method === 'PATCH' || r.method === 'DELETE') {
        if (!found) throw notFound();
        requireWrite(
          grant,
          r.method === 'PATCH'
            ? 'issues/comments#update-an-issue-comment'
            : 'issues/comments#delete-an-issue-comment',
        );
        if (r.method === 'DELETE') {
          found.list.splice(found.list.indexOf(found.comment), 1);
          return { status: 204, headers: restHeaders() };
        }
        found.comment.body = bodyField(r.body);
        found.comment.updated_at = isoSeconds(new Date());
        return json(200, found.comment);
      }
    }
    throw notFound();
  }

  /**
   * GET /user: a personal token (a grant of type 'User') answers with its user; an installation
   * token such as GITHUB_TOKEN (a 'Bot' grant) is refused with 403, as on github.com.
   */
  private user(r: Req): Res {
    const grant = this.authenticate(r.headers.authorization);
    const login = grant.login ?? 'github-actions[bot]';
    if ((grant.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User')) !== 'User') {
      throw new HttpError(403, {
        message: 'Resource not accessible by integration',
        documentation_url: `${DOCS}/users/users#get-the-authenticated-user`,
        status: '403',
      });
    }
    return {
      status: 200,
      body: { login, id: 1000 + login.length, type: 'User' },
      headers: restHeaders(),
    };
  }

  /**
   * POST /graphql, the one query misnomer sends: `viewer { login }`, which GitHub answers for
   * every kind of token, an installation token with its bot (`<app-slug>[bot]`). Any other
   * query gets GraphQL's error shape (status 200, `errors`).
   */
  private graphql(r: Req): Res {
    const grant = this.authenticate(r.headers.authorization);
    const query = String((JSON.parse(r.body.toString('utf8')) as { query?: unknown }).query ?? '');
    const body = /^\s*(query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)
      ? { data: { viewer: { login: grant.login ?? 'github-actions[bot]' } } }
      : { errors: [{ message: `the fake answers only { viewer { login } }, got: ${query}` }] };
    return { status: 200, body, headers: restHeaders() };
  }

  private authenticate(header: string | undefined): TokenGrant {
    const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header ?? '');
    if (!m) {
      throw new HttpError(401, { message: 'Requires authentication', documentation_url: DOCS });
    }
    const grant = this.tokens.get(m[1]);
    if (!grant) {
      throw new HttpError(401, {
        message: 'Bad credentials',
        documentation_url: DOCS,
        status: '401',
      });
    }
    return grant;
  }

  private listComments(
    issue: number,
    url: URL,
    json: (status: number, body: unknown, headers?: Record<string, string>) => Res,
  ): Res {
    const all = this.issueComments.get(issue) ?? [];
    // GitHub: per_page defaults to 30 and is capped at 100; page counts from 1.
    const asked = Number(url.searchParams.get('per_page') ?? 30);
    const perPage = Number.isInteger(asked) && asked > 0 ? Math.min(asked, 100) : 30;
    const askedPage = Number(url.searchParams.get('page') ?? 1);
    const page = Number.isInteger(askedPage) && askedPage > 0 ? askedPage : 1;
    const last = Math.max(1, Math.ceil(all.length / perPage));
    const link = (p: number, rel: string): string => {
      const u = new URL(url.pathname, this.origin);
      url.searchParams.forEach((v, k) => u.searchParams.set(k, v));
      u.searchParams.set('per_page', String(perPage));
      u.searchParams.set('page', String(p));
      return `<${u.href}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page > 1) links.push(link(page - 1, 'prev'));
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'));
    const items = all.slice((page - 1) * perPage, page * perPage);
    return json(200, items, links.length ? { link: links.join(', ') } : {});
  }

  private addComment(issue: number, body: string, user: Partial<TokenGrant>): IssueComment {
    const id = this.nextCommentId++;
    const now = isoSeconds(new Date());
    const login = user.login ?? 'github-actions[bot]';
    const api = `${this.origin}/repos/${this.repository}`;
    const kind = this.pulls.has(issue) ? 'pull' : 'issues';
    const c: IssueComment = {
      id,
      node_id: `IC_fake${id}`,
      url: `${api}/issues/comments/${id}`,
      html_url: `https://github.com/${this.repository}/${kind}/${issue}#issuecomment-${id}`,
      issue_url: `${api}/issues/${issue}`,
      body,
      user: {
        login,
        id: login === 'github-actions[bot]' ? 41898282 : 1000 + login.length,
        type: user.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User'),
      },
      created_at: now,
      updated_at: now,
      author_association: login.endsWith('[bot]') ? 'NONE' : 'MEMBER',
    };
    const list = this.issueComments.get(issue) ?? [];
    list.push(c);
    this.issueComments.set(issue, list);
    return c;
  }

  private findComment(id: number): { comment: IssueComment; list: IssueComment[] } | undefined {
    for (const list of this.issueComments.values()) {
      const comment = list.find((c) => c.id === id);
      if (comment) return { comment, list };
    }
    return undefined;
  }

  private repoJson(): Record<string, unknown> {
    return {
      id: 123456789,
      node_id: 'R_fake',
      name: this.repo,
      full_name: this.repository,
      owner: { login: this.owner, id: 1000, type: 'Organization' },
      private: false,
      fork: false,
      html_url: `https://github.com/${this.repository}`,
      url: `${this.origin}/repos/${this.repository}`,
      default_branch: this.defaultBranch,
    };
  }

  private pullJson(n: number, p: Required<PullRequestInfo>): Record<string, unknown> {
    const repo = this.repoJson();
    const headRepo = p.fork
      ? {
          ...repo,
          full_name: `contributor/${this.repo}`,
          owner: { login: 'contributor' },
          fork: true,
        }
      : repo;
    return {
      id: 900000 + n,
      number: n,
      state: 'open',
      title: `Pull request ${n}`,
      html_url: `https://github.com/${this.repository}/pull/${n}`,
      url: `${this.origin}/repos/${this.repository}/pulls/${n}`,
      user: { login: 'octocat', id: 1, type: 'User' },
      base: { ref: p.base, sha: p.baseSha, repo },
      head: { ref: p.head, sha: p.headSha, repo: headRepo },
    };
  }

  private eventPayload(
    env: Record<string, string>,
    pr: number | undefined,
  ): Record<string, unknown> {
    const repository = this.repoJson();
    const sender = { login: 'octocat', id: 1, type: 'User' };
    if (pr === undefined) {
      return {
        ref: env.GITHUB_REF,
        before: '0'.repeat(40),
        after: env.GITHUB_SHA,
        repository,
        sender,
      };
    }
    return {
      action: 'synchronize',
      number: pr,
      pull_request: this.pullJson(pr, this.pulls.get(pr)!),
      repository,
      sender,
    };
  }

  // ---- cache service v2 (Twirp JSON) ---------------------------------------------------------

  private twirp(r: Req): Res {
    if (r.method !== 'POST') throw twirpError(404, 'bad_route', `no handler for ${r.method}`);
    const bearer = /^Bearer\s+(.+)$/i.exec(r.headers.authorization ?? '');
    const scopes = bearer ? parseRuntimeToken(bearer[1]) : undefined;
    if (!scopes) throw twirpError(401, 'unauthenticated', 'invalid or missing runtime token');
    let req: Record<string, unknown>;
    try {
      req = JSON.parse(r.body.toString('utf8')) as Record<string, unknown>;
    } catch {
      throw twirpError(400, 'malformed', 'the request body is not JSON');
    }
    const str = (name: string): string =>
      typeof req[name] === 'string' ? (req[name] as string) : '';
    const key = str('key');
    const version = str('version');
    if (!key) throw twirpError(400, 'invalid_argument', 'key is required');
    if (!version) throw twirpError(400, 'invalid_argument', 'version is required');
    const ok = (body: Record<string, unknown>): Res => ({
      status: 200,
      body,
      headers: { 'content-type': 'application/json' },
    });

    switch (r.path.slice(TWIRP_PREFIX.length)) {
      case 'CreateCacheEntry': {
        if (!scopes.write) {
          return ok({ ok: false, message: 'cache write denied: token has no writable scopes' });
        }
        if (
          this.entries.some(
            (e) => e.key === key && e.version === version && e.scope === scopes.write,
          )
        ) {
          throw twirpError(
            409,
            'already_exists',
            'cache entry with the same key, version, and scope already exists',
          );
        }
        const now = new Date();
        const e: Entry = {
          id: this.nextEntryId++,
          seq: this.nextSeq++,
          key,
          version,
          scope: scopes.write,
          size: 0,
          createdAt: now,
          finalized: false,
          blocks: new Map(),
          etag: '',
          lastModified: now,
        };
        this.entries.push(e);
        return ok({ ok: true, signed_upload_url: this.signedUrl(e, 'cw') });
      }
      case 'FinalizeCacheEntryUpload': {
        const e = this.entries.find(
          (x) => x.key === key && x.version === version && x.scope === scopes.write && !x.finalized,
        );
        if (!e) throw twirpError(404, 'not_found', 'cache entry not found');
        const size = Number(req.size_bytes ?? 0);
        if (!e.data) return ok({ ok: false, message: 'no data was uploaded for this cache entry' });
        if (e.data.length !== size) {
          return ok({
            ok: false,
            message: `uploaded ${e.data.length} bytes but size_bytes is ${size}`,
          });
        }
        e.finalized = true;
        return ok({ ok: true, entry_id: String(e.id) });
      }
      case 'GetCacheEntryDownloadURL': {
        const restoreKeys = Array.isArray(req.restore_keys)
          ? req.restore_keys.filter((k): k is string => typeof k === 'string')
          : [];
        const e = this.lookup(scopes.read, version, [key, ...restoreKeys]);
        if (!e) return ok({ ok: false, signed_download_url: '', matched_key: '' });
        return ok({ ok: true, signed_download_url: this.signedUrl(e, 'r'), matched_key: e.key });
      }
      default:
        throw twirpError(404, 'bad_route', `no handler for ${r.path}`);
    }
  }

  /** Per scope in order: for each search key in order, the exact key, then the newest prefix match. */
  private lookup(scopes: string[], version: string, keys: string[]): Entry | undefined {
    for (const scope of scopes) {
      const visible = this.entries
        .filter((e) => e.finalized && e.scope === scope && e.version === version)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.seq - a.seq);
      for (const k of keys) {
        const hit = visible.find((e) => e.key === k) ?? visible.find((e) => e.key.startsWith(k));
        if (hit) return hit;
      }
    }
    return undefined;
  }

  private sign(path: string, perm: string, expiry: string): string {
    return createHmac('sha256', this.secret).update(`${perm}\n${expiry}\n${path}`).digest('hex');
  }

  private signedUrl(e: Entry, perm: 'cw' | 'r'): string {
    const path = `${BLOB_PREFIX}${e.id}`;
    const expiry = isoSeconds(new Date(Date.now() + 3600_000));
    const q = new URLSearchParams({
      sv: BLOB_VERSION,
      se: expiry,
      sr: 'b',
      sp: perm,
      sig: this.sign(path, perm, expiry),
    });
    return `${this.origin}${path}?${q}`;
  }

  // ---- blob storage (Azure Blob REST subset) -------------------------------------------------

  private blob(r: Req): Res {
    const q = r.url.searchParams;
    const perm = q.get('sp') ?? '';
    const expiry = q.get('se') ?? '';
    if (q.get('sig') !== this.sign(r.path, perm, expiry) || Date.parse(expiry) < Date.now()) {
      throw blobError(403, 'AuthenticationFailed', 'Signature did not match or has expired.');
    }
    const e = this.entries.find((x) => `${BLOB_PREFIX}${x.id}` === r.path);
    if (!e) throw blobError(404, 'BlobNotFound', 'The specified blob does not exist.');
    const common = {
      'x-ms-request-id': randomUUID(),
      'x-ms-version': String(r.headers['x-ms-version'] ?? BLOB_VERSION),
      ...(r.headers['x-ms-client-request-id']
        ? { 'x-ms-client-request-id': String(r.headers['x-ms-client-request-id']) }
        : {}),
    };

    if (r.method === 'PUT') {
      if (!perm.includes('w')) {
        throw blobError(403, 'AuthorizationPermissionMismatch', 'This SAS does not allow writes.');
      }
      if (e.finalized) throw blobError(409, 'BlobImmutable', 'The cache entry is finalized.');
      const md5 = createHash('md5').update(r.body).digest('base64');
      const comp = q.get('comp');
      if (comp === 'block') {
        const id = q.get('blockid');
        if (!id) throw blobError(400, 'MissingRequiredQueryParameter', 'blockid is required.');
        e.blocks.set(id, r.body);
        return {
          status: 201,
          headers: { ...common, 'content-md5': md5, 'x-ms-request-server-encrypted': 'true' },
        };
      }
      let data: Buffer;
      if (comp === 'blocklist') {
        const ids = [
          ...r.body.toString('utf8').matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g),
        ].map((x) => x[2]);
        const parts = ids.map((id) => e.blocks.get(id));
        if (parts.some((p) => !p)) throw blobError(400, 'InvalidBlockList', 'Unknown block id.');
        data = Buffer.concat(parts as Buffer[]);
        e.blocks.clear();
      } else if (comp === null) {
        if (r.headers['x-ms-blob-type'] !== 'BlockBlob') {
          throw blobError(400, 'MissingRequiredHeader', 'x-ms-blob-type must be BlockBlob.');
        }
        data = r.body;
      } else {
        throw blobError(400, 'InvalidQueryParameterValue', `comp=${comp} is not supported.`);
      }
      e.data = data;
      e.size = data.length;
      e.lastModified = new Date();
      e.etag = `"0x${createHash('sha1').update(data).digest('hex').slice(0, 15).toUpperCase()}"`;
      return {
        status: 201,
        headers: {
          ...common,
          etag: e.etag,
          'last-modified': e.lastModified.toUTCString(),
          'content-md5': createHash('md5').update(data).digest('base64'),
          'x-ms-request-server-encrypted': 'true',
        },
      };
    }

    if (r.method === 'GET' || r.method === 'HEAD') {
      if (!perm.includes('r')) {
        throw blobError(403, 'AuthorizationPermissionMismatch', 'This SAS does not allow reads.');
      }
      if (!e.finalized || !e.data)
        throw blobError(404, 'BlobNotFound', 'The specified blob does not exist.');
      const data = e.data;
      const headers: Record<string, string> = {
        ...common,
        'content-type': 'application/octet-stream',
        etag: e.etag,
        'last-modified': e.lastModified.toUTCString(),
        'accept-ranges': 'bytes',
        'x-ms-blob-type': 'BlockBlob',
        'x-ms-creation-time': e.createdAt.toUTCString(),
        'x-ms-lease-state': 'available',
        'x-ms-lease-status': 'unlocked',
        'x-ms-server-encrypted': 'true',
      };
      const range = String(r.headers['x-ms-range'] ?? r.headers.range ?? '');
      const m = /^bytes=(\d+)-(\d*)$/.exec(range);
      if (range && !m) throw blobError(400, 'InvalidRange', `Bad range ${range}.`);
      if (m) {
        const start = Number(m[1]);
        const end = Math.min(m[2] === '' ? data.length - 1 : Number(m[2]), data.length - 1);
        if (start >= data.length || end < start) {
          throw blobError(
            416,
            'InvalidRange',
            'The range specified is invalid for the current size of the resource.',
            {
              'content-range': `bytes */${data.length}`,
            },
          );
        }
        return {
          status: 206,
          headers: { ...headers, 'content-range': `bytes ${start}-${end}/${data.length}` },
          body: data.subarray(start, end + 1),
        };
      }
      return {
        status: 200,
        headers: { ...headers, 'content-md5': createHash('md5').update(data).digest('base64') },
        body: data,
      };
    }
    throw blobError(405, 'UnsupportedHttpVerb', `${r.method} is not supported.`);
  }
}

/** Starts a fake GitHub on a free port of 127.0.0.1. */
export function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  return FakeGitHub.start(options);
}

const DOCS = 'https://docs.github.com/rest';

function restHeaders(): Record<string, string> {
  return {
    'x-github-request-id': randomUUID(),
    'x-github-media-type': 'github.v3; format=json',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-used': '1',
    'x-ratelimit-resource': 'core',
    'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
  };
}

function notFound(): HttpError {
  return new HttpError(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
}

function requireWrite(grant: TokenGrant, doc: string): void {
  if (grant.permission !== 'write') {
    throw new HttpError(403, {
      message: 'Resource not accessible by integration',
      documentation_url: `${DOCS}/${doc}`,
      status: '403',
    });
  }
}

function bodyField(raw: Buffer): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpError(400, { message: 'Problems parsing JSON', documentation_url: DOCS });
  }
  const body = (parsed as { body?: unknown } | null)?.body;
  if (typeof body !== 'string') {
    throw new HttpError(422, {
      message: 'Invalid request.\n\n"body" wasn\'t supplied.',
      documentation_url: DOCS,
      status: '422',
    });
  }
  return body;
}

function twirpError(status: number, code: string, msg: string): HttpError {
  return new HttpError(status, { code, msg }, { 'content-type': 'application/json' });
}

function blobError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): HttpError {
  const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}\nRequestId:${randomUUID()}\nTime:${new Date().toISOString()}</Message></Error>`;
  return new HttpError(status, xml, {
    'content-type': 'application/xml',
    'x-ms-error-code': code,
    'x-ms-request-id': randomUUID(),
    ...headers,
  });
}
