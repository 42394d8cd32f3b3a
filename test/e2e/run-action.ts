/**
 * Runs the Action as a runner does: `node dist/index.js` in a fresh clone of a test repository,
 * with INPUT_* and GITHUB_* variables, an event file, a summary and an output file, against the
 * fake GitHub. Shared by the end-to-end tests.
 */
import { execFile, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isolatedEnv, WRITE_TOKEN, type FakeGitHub } from './fake-github.ts';

/** The Action's bundle, as action.yml runs it. */
export const ACTION = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

export const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

/** A new test repository at `origin` (branch main, a committer set) with `config` as its config. */
export function initOrigin(origin: string, config: string): void {
  mkdirSync(join(origin, '.github'), { recursive: true });
  git(origin, 'init', '-q', '-b', 'main');
  git(origin, 'config', 'user.email', 'test@example.com');
  git(origin, 'config', 'user.name', 'test');
  writeFileSync(join(origin, '.github', 'misnomer.yml'), config);
}

export interface Run {
  code: number;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
  dir: string;
  temp: string;
}

export interface RunOptions {
  sha: string;
  pullRequest?: number;
  token?: string;
  fork?: boolean;
  inputs?: Record<string, string>;
  /** The PR's base commit (default: the runner's `baseSha`). */
  baseSha?: string;
  /** The PR's head commit when the checkout is GitHub's merge commit (default: sha). */
  headSha?: string;
  /** Check out this branch of the origin with depth 1, as actions/checkout does. */
  shallowBranch?: string;
  /** A workflow_run event (mode comment) instead of push / pull_request. */
  workflowRun?: Record<string, unknown>;
  /** Called with the Action's process once it is started (to signal it, as a cancelled job is). */
  onSpawn?: (child: ChildProcess) => void;
}

/**
 * A runner of the Action for one test repository (`origin`), its runs in folders under `root`;
 * `baseSha()` is the default base commit of pull requests.
 */
export function actionRunner(ctx: {
  gh: () => FakeGitHub;
  root: string;
  origin: string;
  baseSha: () => string;
}): (options: RunOptions) => Promise<Run> {
  let runs = 0;
  return async (options) => {
    const { root, origin } = ctx;
    const gh = ctx.gh();
    const dir = join(root, `run-${++runs}`);
    const token = options.token ?? WRITE_TOKEN;
    if (options.pullRequest !== undefined) {
      gh.addPullRequest(options.pullRequest, {
        baseSha: options.baseSha ?? ctx.baseSha(),
        headSha: options.headSha ?? options.sha,
        fork: options.fork ?? false,
      });
    }
    const env = gh.env(token, {
      dir,
      sha: options.sha,
      pullRequest: options.pullRequest,
      fork: options.fork,
      ...(options.workflowRun
        ? { event: { action: 'completed', workflow_run: options.workflowRun } }
        : {}),
    });
    if (options.workflowRun) env.GITHUB_EVENT_NAME = 'workflow_run';
    const workspace = env.GITHUB_WORKSPACE;
    if (options.shallowBranch) {
      const url = `file://${origin}`;
      git(root, 'clone', '-q', '--depth', '1', '--branch', options.shallowBranch, url, workspace);
    } else {
      git(root, 'clone', '-q', origin, workspace);
      git(workspace, 'checkout', '-q', '--detach', options.sha);
    }
    const inputs = { 'INPUT_GITHUB-TOKEN': token, ...options.inputs };
    const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        [ACTION],
        { env: isolatedEnv({ ...env, ...inputs }), cwd: workspace, maxBuffer: 64 << 20 },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, stdout: stdout + stderr }),
      );
      options.onSpawn?.(child);
    });
    return {
      ...result,
      summary: readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8'),
      outputs: parseOutputs(readFileSync(env.GITHUB_OUTPUT, 'utf8')),
      dir,
      temp: env.RUNNER_TEMP,
    };
  };
}

/** GITHUB_OUTPUT's `name<<delimiter ... delimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}

export const explain = (r: Run) => `exit ${r.code}\n${r.stdout.slice(-4000)}`;
