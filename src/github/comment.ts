/**
 * The sticky pull-request comment: one per pull request and report key, found by a hidden
 * marker at the start of its body (paging through every comment), created once and then
 * updated in place. A read-only token (pull requests from forks) skips the comment with one
 * clear line; any other failure is returned, never thrown: the report lives on in the summary.
 */
import type { CommentMode } from '../config/types.ts';
import type { GitHubClient } from './client.ts';

export const markerOf = (key: string): string => `<!-- misnomer:report key=${key} -->`;

export interface CommentTarget {
  owner: string;
  repo: string;
  issue: number;
}

export interface CommentOutcome {
  action: 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed';
  url?: string;
  /** Why it was skipped or failed, in one line. */
  why?: string;
}

export const READ_ONLY_TOKEN =
  'the token is read-only (a pull request from a fork): the comment is skipped; the report is in the job summary. ' +
  'For comments on fork pull requests, use the workflow_run pattern of misnomer\'s docs/github.md ("Pull requests from forks").';

const CANNOT_WRITE =
  'the token may not write comments (GitHub answered 403: a read-only token, e.g. a fork or Dependabot ' +
  'pull request, or a workflow without permissions: pull-requests: write); the report is in the job summary.';

interface Found {
  id: number;
  body: string;
  url: string;
}

/** Who comments with GITHUB_TOKEN. */
export const ACTIONS_BOT = 'github-actions[bot]';

/** Whose comments are ours could not be learnt: nothing is written (see ownAuthor). */
class OwnerUnknown extends Error {}

/**
 * Whose comments are ours. Anyone can post a comment that starts with the marker (another bot
 * too); only ours are updated. GET /user answers a personal token with its user: only that
 * user's comments are ours. An installation token (GITHUB_TOKEN, or a GitHub App's from
 * actions/create-github-app-token) is refused there with 403 "Resource not accessible by
 * integration"; GraphQL's `viewer` answers it with its bot, `github-actions[bot]` or
 * `<app-slug>[bot]`, and only that bot's comments are ours (assuming github-actions[bot] would
 * make an App's run miss its own comment and post a new one every time). If GraphQL does not
 * answer either, github-actions[bot], the usual case. A failure that may pass (5xx, network)
 * is retried by the client (src/github/client.ts); when GET /user keeps failing, nothing is
 * written: matching more widely would take over someone else's comment, and creating one
 * could duplicate ours.
 */
async function ownAuthor(client: GitHubClient): Promise<(u: CommentAuthor) => boolean> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return (u) => u?.login === data.login;
  } catch (e) {
    if (isReadOnly(e)) {
      const bot = botName(await viewerLogin(client));
      return (u) => u?.type === 'Bot' && botName(u.login) === bot;
    }
    throw new OwnerUnknown(
      `could not learn whose comments are ours (GET /user: ${describe(e)}), so none was written or updated`,
    );
  }
}

/** The login of an installation token's bot, from GraphQL; ACTIONS_BOT when it cannot tell. */
async function viewerLogin(client: GitHubClient): Promise<string> {
  try {
    const r = await client.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }');
    const login = r.viewer?.login;
    return typeof login === 'string' && login ? login : ACTIONS_BOT;
  } catch {
    return ACTIONS_BOT;
  }
}

/** A bot's name with or without GitHub's `[bot]` suffix (GraphQL and REST differ on some hosts). */
const botName = (login: string | undefined) => (login ?? '').replace(/\[bot\]$/, '');

type CommentAuthor = { login?: string; type?: string } | null | undefined;

async function findComment(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
): Promise<Found | undefined> {
  const ours = await ownAuthor(client);
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issue,
    per_page: 100,
  });
  for await (const page of pages) {
    const hit = page.data.find((c) => (c.body ?? '').startsWith(marker) && ours(c.user));
    if (hit) return { id: hit.id, body: hit.body ?? '', url: hit.html_url };
  }
  return undefined;
}

function isReadOnly(e: unknown): boolean {
  const err = e as { status?: number; message?: string };
  return err.status === 403 && /not accessible by integration/i.test(err.message ?? '');
}

function describe(e: unknown): string {
  const err = e as { status?: number; message?: string };
  const first = String(err.message ?? e).split('\n')[0];
  return err.status ? `GitHub answered ${err.status}: ${first}` : first;
}

/**
 * Creates or updates the comment. `changed`: whether the report shows any change; with
 * `comment: on-change` an unchanged report creates no comment (an existing one is still updated,
 * so that it never shows a stale result).
 */
export async function upsertComment(
  client: GitHubClient,
  target: CommentTarget,
  marker: string,
  body: string,
  mode: CommentMode,
  changed: boolean,
): Promise<CommentOutcome> {
  if (mode === 'never') return { action: 'skipped', why: 'comment: never' };
  try {
    const existing = await findComment(client, target, marker);
    if (existing) {
      if (existing.body === body) return { action: 'unchanged', url: existing.url };
      const { data } = await client.rest.issues.updateComment({
        owner: target.owner,
        repo: target.repo,
        comment_id: existing.id,
        body,
      });
      return { action: 'updated', url: data.html_url };
    }
    if (mode === 'on-change' && !changed) {
      return { action: 'skipped', why: 'comment: on-change, and nothing changed' };
    }
    const { data } = await client.rest.issues.createComment({
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issue,
      body,
    });
    return { action: 'created', url: data.html_url };
  } catch (e) {
    if (e instanceof OwnerUnknown) return { action: 'failed', why: e.message };
    if (isReadOnly(e)) return { action: 'skipped', why: CANNOT_WRITE };
    return { action: 'failed', why: describe(e) };
  }
}
