/**
 * What the job is about, read from the runner's environment and the event payload: which
 * repository, which commit, a push to which branch or which pull request (and whether it comes
 * from a fork, whose token is read-only). Pure: takes env and payload, so it is tested as is.
 */
import { UserError } from '../errors.ts';
import { osName } from '../pipeline/store.ts';

export interface PullRequestInfo {
  number: number;
  baseSha: string;
  baseRef: string;
  headSha: string;
  headRef: string;
  /** The head repository differs from the base one: GITHUB_TOKEN is read-only. */
  fork: boolean;
}

/** The run a workflow_run event reports on (mode: comment). */
export interface WorkflowRunInfo {
  /** From the event; GitHub leaves it out for pull requests from forks. */
  prNumber?: number;
  headSha: string;
  headBranch?: string;
  headOwner?: string;
}

export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  /** The commit checked out (for a pull request: the merge commit GitHub made). */
  sha: string;
  ref: string;
  /** The branch pushed to (push events). */
  branch?: string;
  defaultBranch?: string;
  pullRequest?: PullRequestInfo;
  workflowRun?: WorkflowRunInfo;
  workspace: string;
  runnerTemp: string;
  /** 'Linux', 'macOS', 'Windows': caches do not cross operating systems. */
  os: string;
  arch: string;
  apiUrl: string;
  /** The server's web URL (GITHUB_SERVER_URL): where its git remotes are. */
  serverUrl: string;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function readContext(env: NodeJS.ProcessEnv, payload: unknown): RunContext {
  const need = (name: string): string => {
    const v = env[name];
    if (!v) {
      throw new UserError(
        `${name} is not set: misnomer's Action runs on a GitHub Actions runner ` +
          '(use the misnomer CLI locally: misnomer run).',
      );
    }
    return v;
  };
  const [owner, repo] = need('GITHUB_REPOSITORY').split('/');
  const p = obj(payload);
  const ref = env.GITHUB_REF ?? '';
  const context: RunContext = {
    eventName: need('GITHUB_EVENT_NAME'),
    owner,
    repo,
    sha: need('GITHUB_SHA'),
    ref,
    defaultBranch: str(obj(p.repository).default_branch),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runnerTemp: env.RUNNER_TEMP || process.cwd(),
    os: env.RUNNER_OS || osName(),
    arch: env.RUNNER_ARCH || process.arch,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
  };
  if (ref.startsWith('refs/heads/')) context.branch = ref.slice('refs/heads/'.length);
  const pr = obj(p.pull_request);
  if (typeof pr.number === 'number') {
    const base = obj(pr.base);
    const head = obj(pr.head);
    const baseRepo = str(obj(base.repo).full_name);
    const headRepo = str(obj(head.repo).full_name);
    context.pullRequest = {
      number: pr.number,
      baseSha: str(base.sha) ?? '',
      baseRef: str(base.ref) ?? env.GITHUB_BASE_REF ?? '',
      headSha: str(head.sha) ?? '',
      headRef: str(head.ref) ?? env.GITHUB_HEAD_REF ?? '',
      // A deleted fork has no head repo: it was a fork all the same.
      fork: headRepo === undefined || (baseRepo !== undefined && headRepo !== baseRepo),
    };
  }
  const run = obj(p.workflow_run);
  if (str(run.head_sha)) {
    const prs = Array.isArray(run.pull_requests) ? run.pull_requests : [];
    const first = obj(prs[0]);
    context.workflowRun = {
      prNumber: typeof first.number === 'number' ? first.number : undefined,
      headSha: str(run.head_sha)!,
      headBranch: str(run.head_branch),
      headOwner: str(obj(obj(run.head_repository).owner).login),
    };
  }
  return context;
}

/** The events `mode: measure` runs on without being told: none of them hands pull-request code a write token. */
export const MEASURE_EVENTS: readonly string[] = [
  'push',
  'pull_request',
  'merge_group',
  'workflow_dispatch',
  'schedule',
];

/** Events that run with a write token on behalf of a pull request: building it there is a "pwn request". */
const PRIVILEGED = new Set(['pull_request_target', 'workflow_run', 'issue_comment']);

/**
 * Refuses, in one line, to measure on an event outside MEASURE_EVENTS unless `allowed` (the
 * `allow-event` input) names it: an allowlist, so that an event added to GitHub tomorrow is
 * refused too until someone decides it is safe.
 */
export function checkMeasureEvent(eventName: string, allowed: readonly string[]): void {
  if (MEASURE_EVENTS.includes(eventName) || allowed.includes(eventName)) return;
  const why = PRIVILEGED.has(eventName)
    ? 'it would build pull-request code with a write token'
    : `it runs on ${MEASURE_EVENTS.join(', ')}`;
  throw new UserError(
    `mode measure does not run on ${eventName}: ${why}. Measure on pull_request and comment from ` +
      `workflow_run with mode: comment (misnomer's docs/github.md, "Pull requests from forks"), or set the input allow-event: ${eventName} ` +
      'if this workflow runs no untrusted code with a write token.',
  );
}

/** The `allow-event` input: event names separated by commas or spaces. */
export function parseAllowedEvents(text: string): string[] {
  const names = text.split(/[\s,]+/).filter(Boolean);
  for (const name of names) {
    if (!/^[a-z][a-z_]*$/.test(name)) {
      throw new UserError(
        `input allow-event: "${name}" is not an event name; write names such as issue_comment, separated by commas.`,
      );
    }
  }
  return names;
}
