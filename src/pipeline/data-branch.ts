/**
 * The durable history (`history: branch`): each push appends its point to a file of a data
 * branch of the repository (compare/history-lines.ts), so the history outlives the Actions
 * cache. Only a push to a baseline branch writes; pull requests and `misnomer history` read.
 *
 * Written with git's plumbing in the checkout's own repository, so that the remote and the
 * credentials actions/checkout left there are the ones used, and neither the working tree, the
 * index nor HEAD is touched: fetch the branch's tip into a private ref, write the file's new
 * text as a blob, build the tree in a temporary index, `commit-tree` on the tip, and push that
 * commit. The push is a fast-forward from the tip that was read, so git's remote refuses it when
 * another job pushed in between; then the whole append starts again from the new tip, until it
 * lands. Every attempt re-reads the file, so a point is never lost (each write holds all the
 * points of the tip it extends) nor duplicated (a commit already there is not written again).
 * No library: these are a handful of git commands (as in git.ts).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  appendHistoryLine,
  historyFile,
  readHistoryLines,
  type HistoryLines,
} from '../compare/history-lines.ts';
import type { HistoryPoint } from '../compare/history.ts';
import { clean } from '../text.ts';
import type { BaselineScope } from './store.ts';

/** Where the data branch is: the checkout's repository, its remote, the branch. */
export interface DataBranch {
  /** A folder inside the repository (the checkout). */
  repo: string;
  /** The remote to fetch from and push to. Default origin. */
  remote?: string;
  branch: string;
  /**
   * A token for the server's HTTPS remotes (the Action's github-token), used when the checkout
   * kept no credentials of its own (actions/checkout with `persist-credentials: false`).
   */
  auth?: { token: string; serverUrl: string };
}

export interface AppendOutcome {
  /** The point is on the branch (written now, or there already). */
  landed: boolean;
  /** A point of the same commit was there already, and was kept. */
  already?: boolean;
  /** Pushes tried (1 when nobody raced this one). */
  attempts: number;
  /** The file on the branch. */
  file: string;
  /** Why the point is not on the branch, with what to do. */
  why?: string;
  /** Lines of the file that are not points (kept as they are). */
  skipped: string[];
}

export interface ReadOutcome extends HistoryLines {
  file: string;
  /** The branch or file is not there, or could not be fetched (then `points` is empty). */
  why?: string;
}

/** Pushes tried before giving up: 8 jobs of one report racing is already far beyond real use. */
const ATTEMPTS = 8;

/** The identity of the commits: the Actions bot's, as other actions that write data use. */
const BOT = {
  GIT_AUTHOR_NAME: 'github-actions[bot]',
  GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
  GIT_COMMITTER_NAME: 'github-actions[bot]',
  GIT_COMMITTER_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
};

const README = `# misnomer history

This branch is written by misnomer (\`history: branch\` in its config): each push to a baseline
branch appends one line to \`history/<key>-<os>-<arch>.jsonl\` with the commit, the date, the
static totals of every model and scenario, and the latency median with the runner's hardware
key. Pull requests read it to chart where the base branch has been; \`misnomer history --branch\`
prints it. Edit with care: a line that is not a valid point is skipped by readers.
`;

/**
 * The environment that hands git the token as an HTTP header for the server's URLs, through
 * GIT_CONFIG_COUNT (git ≥ 2.31): not on the command line, where other processes could read it,
 * and not written to any config file. Not when the repository has credentials of its own: two
 * Authorization headers make GitHub refuse the request.
 */
export async function authEnv(where: DataBranch): Promise<Record<string, string>> {
  if (!where.auth?.token) return {};
  const own = await git(where.repo, ['config', '--get-regexp', '^http\\..*\\.extraheader$']);
  if (own.code === 0 && own.stdout.trim() !== '') return {};
  const n = Number(process.env.GIT_CONFIG_COUNT ?? 0) || 0;
  const basic = Buffer.from(`x-access-token:${where.auth.token}`).toString('base64');
  const url = where.auth.serverUrl.replace(/\/*$/, '/');
  return {
    GIT_CONFIG_COUNT: String(n + 1),
    [`GIT_CONFIG_KEY_${n}`]: `http.${url}.extraheader`,
    [`GIT_CONFIG_VALUE_${n}`]: `AUTHORIZATION: basic ${basic}`,
  };
}

/** The private ref the branch's tip is fetched into. */
const localRef = (branch: string) => `refs/misnomer/data/${branch}`;

interface GitOut {
  code: number;
  stdout: string;
  stderr: string;
}

function git(
  cwd: string,
  args: string[],
  options: { input?: string; env?: Record<string, string> } = {},
): Promise<GitOut> {
  return new Promise((resolve) => {
    const child = execFile(
      'git',
      args,
      {
        cwd,
        maxBuffer: 64 * 1024 * 1024,
        // Never prompt for credentials on a runner: fail, and say what to grant.
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...options.env },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr: stderr || (error && code !== 0 ? error.message : '') });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** git's last error line, for a sentence. */
const lastLine = (out: GitOut): string =>
  out.stderr
    .trim()
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(-1)[0]
    ?.trim() ?? `git exited with ${out.code}`;

/**
 * Fetches the branch's tip into the private ref: its commit, or undefined when the remote has
 * no such branch; a fetch that fails otherwise is a problem.
 */
async function fetchTip(
  where: DataBranch,
  env: Record<string, string>,
): Promise<{ tip?: string; problem?: string }> {
  const remote = where.remote ?? 'origin';
  const { repo, branch } = where;
  const listed = await git(repo, ['ls-remote', '--heads', remote, `refs/heads/${branch}`], {
    env,
  });
  if (listed.code !== 0) return { problem: `git ls-remote ${remote} failed: ${lastLine(listed)}` };
  if (listed.stdout.trim() === '') return {};
  // A shallow checkout (actions/checkout's default) stays shallow: the tip alone is enough.
  const shallow = await git(repo, ['rev-parse', '--is-shallow-repository']);
  const depth = shallow.stdout.trim() === 'true' ? ['--depth=1'] : [];
  const spec = `+refs/heads/${branch}:${localRef(branch)}`;
  const fetched = await git(repo, ['fetch', '--quiet', '--no-tags', ...depth, remote, spec], {
    env,
  });
  if (fetched.code !== 0) {
    return { problem: `git fetch of ${branch} from ${remote} failed: ${lastLine(fetched)}` };
  }
  const tip = await git(repo, ['rev-parse', '--verify', '--quiet', `${localRef(branch)}^{commit}`]);
  return tip.code === 0 ? { tip: tip.stdout.trim() } : { problem: `${branch} was not fetched` };
}

/**
 * The file's text at `tip` ('' when the branch or the commit has no such file). A file that is
 * listed but cannot be read is a problem, never an empty text: writing on would drop its points.
 */
async function fileAt(
  repo: string,
  tip: string | undefined,
  file: string,
): Promise<{ text: string; problem?: string }> {
  if (!tip) return { text: '' };
  const listed = await git(repo, ['ls-tree', '--name-only', tip, '--', file]);
  if (listed.code !== 0) return { text: '', problem: `git ls-tree failed: ${lastLine(listed)}` };
  if (listed.stdout.trim() === '') return { text: '' };
  const out = await git(repo, ['cat-file', 'blob', `${tip}:${file}`]);
  if (out.code !== 0) return { text: '', problem: `${file} could not be read: ${lastLine(out)}` };
  return { text: out.stdout };
}

/** The points of `scope` on the data branch, read through a fetch of its tip. */
export function readDataBranch(where: DataBranch, scope: BaselineScope): Promise<ReadOutcome> {
  return readDataBranchFile(where, historyFile(scope));
}

/**
 * The points of one file of the data branch: `file`, or with `anyMachine` the file of the report
 * key `anyMachine.key` whatever kind of machine wrote it: the only one, else `file` when it is
 * among them (several others are a problem that lists them).
 */
export async function readDataBranchFile(
  where: DataBranch,
  file: string,
  anyMachine?: { key: string },
): Promise<ReadOutcome> {
  const { tip, problem } = await fetchTip(where, await authEnv(where));
  if (problem) return { file, points: [], skipped: [], why: problem };
  if (!tip) return { file, points: [], skipped: [], why: `no branch ${where.branch} yet` };
  if (anyMachine) {
    // history/<key>-<os>-<arch>.jsonl, as historyFile names them.
    const key = anyMachine.key.toLowerCase().replace(/[.]/g, '\\.');
    const mine = new RegExp(`^history/${key}-[a-z]+-[a-z0-9]+\\.jsonl$`);
    const all = await git(where.repo, ['ls-tree', '-r', '--name-only', tip]);
    const files = all.stdout.split('\n').filter((f) => mine.test(f));
    if (files.length > 1 && files.includes(file)) files.splice(0, files.length, file);
    if (files.length !== 1) {
      const list = files.map((f) => clean(f)).join(', ');
      const why =
        files.length === 0
          ? `${where.branch} has no history of the report key ${anyMachine.key}`
          : `${where.branch} has the history of ${anyMachine.key} from several kinds of machine (${list})`;
      return { file, points: [], skipped: [], why };
    }
    file = files[0];
  }
  const { text, problem: unread } = await fileAt(where.repo, tip, file);
  if (unread) return { file, points: [], skipped: [], why: unread };
  if (text === '') return { file, points: [], skipped: [], why: `no ${file} on ${where.branch}` };
  return { file, ...readHistoryLines(text, `${where.branch}:${file}`) };
}

/** Is this failed push a race lost to another writer (worth trying again)? */
const lostRace = (out: GitOut): boolean =>
  /fetch first|non-fast-forward|failed to update ref|cannot lock ref|incorrect old value|stale info/i.test(
    out.stderr,
  );

/**
 * What to do about a push that failed for another reason: the remote's own words (its
 * `remote:` lines, e.g. GitHub's "Permission ... denied") and git's reason for the refusal,
 * rather than git's closing "failed to push some refs".
 */
function pushProblem(out: GitOut, branch: string): string {
  const lines = out.stderr.split('\n').map((l) => l.trim());
  const remote = lines
    .filter((l) => /^remote:\s*\S/.test(l))
    .map((l) => l.replace(/^remote:\s*/, ''));
  const reason = lines.map((l) => /^! \[[^\]]+\].*\((.+)\)$/.exec(l)?.[1]).find(Boolean);
  const fatal = lines.filter(
    (l) => /^(fatal|error):/.test(l) && !/failed to push some refs/.test(l),
  );
  const said = [reason, ...remote.slice(-2), ...fatal.slice(-1)].filter(Boolean).join('; ');
  const denied =
    /\b403\b|permission|denied|authentication|could not read username|terminal prompts disabled/i.test(
      out.stderr,
    );
  const advice = denied
    ? ': the push job needs `permissions: contents: write`, and actions/checkout must keep its credentials (persist-credentials, on by default)'
    : '';
  return `git push to ${branch} failed (${clean(said || lastLine(out)).slice(0, 300)})${advice}`;
}

/**
 * One commit on `tip` (or a first one) whose tree is the tip's with `file` set to `text` (and a
 * README when the branch is new): built in a temporary index, so the checkout's is untouched.
 */
async function commitFile(
  repo: string,
  tip: string | undefined,
  file: string,
  text: string,
  message: string,
): Promise<string | { problem: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'misnomer-index-'));
  const env = { GIT_INDEX_FILE: join(dir, 'index'), ...BOT };
  try {
    const blob = async (content: string) => {
      const out = await git(repo, ['hash-object', '-w', '--stdin'], { input: content });
      if (out.code !== 0) throw new Error(`git hash-object failed: ${lastLine(out)}`);
      return out.stdout.trim();
    };
    const steps: string[][] = [
      tip ? ['read-tree', tip] : ['read-tree', '--empty'],
      ['update-index', '--add', '--cacheinfo', `100644,${await blob(text)},${file}`],
    ];
    if (!tip)
      steps.push([
        'update-index',
        '--add',
        '--cacheinfo',
        `100644,${await blob(README)},README.md`,
      ]);
    for (const args of steps) {
      const out = await git(repo, args, { env });
      if (out.code !== 0) return { problem: `git ${args[0]} failed: ${lastLine(out)}` };
    }
    const tree = await git(repo, ['write-tree'], { env });
    if (tree.code !== 0) return { problem: `git write-tree failed: ${lastLine(tree)}` };
    const parent = tip ? ['-p', tip] : [];
    const commit = await git(repo, ['commit-tree', tree.stdout.trim(), ...parent, '-m', message], {
      env,
    });
    if (commit.code !== 0) return { problem: `git commit-tree failed: ${lastLine(commit)}` };
    return commit.stdout.trim();
  } catch (e) {
    return { problem: (e as Error).message };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Appends `point` to the scope's file on the data branch, retrying from the new tip when another
 * push landed first. Never throws for git's failures: the outcome says why the point is not there.
 */
export async function appendToDataBranch(
  where: DataBranch,
  scope: BaselineScope,
  point: HistoryPoint,
  options: { attempts?: number; log?: (line: string) => void } = {},
): Promise<AppendOutcome> {
  const file = historyFile(scope);
  const remote = where.remote ?? 'origin';
  const attempts = options.attempts ?? ATTEMPTS;
  const what = point.commit ? point.commit.slice(0, 7) : 'a working tree';
  const message = `misnomer history: ${scope.key} (${scope.os} ${scope.arch}) at ${what}`;
  let skipped: string[] = [];
  const env = await authEnv(where);
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const { tip, problem } = await fetchTip(where, env);
    if (problem) return { landed: false, attempts: attempt, file, why: problem, skipped };
    const { text, problem: unread } = await fileAt(where.repo, tip, file);
    if (unread) return { landed: false, attempts: attempt, file, why: unread, skipped };
    const lines = readHistoryLines(text, `${where.branch}:${file}`);
    skipped = lines.skipped;
    if (point.commit && lines.points.some((p) => p.commit === point.commit)) {
      return { landed: true, already: true, attempts: attempt - 1, file, skipped };
    }
    const commit = await commitFile(where.repo, tip, file, appendHistoryLine(text, point), message);
    if (typeof commit !== 'string') {
      return { landed: false, attempts: attempt, file, why: commit.problem, skipped };
    }
    const refspec = `${commit}:refs/heads/${where.branch}`;
    const pushed = await git(where.repo, ['push', '--quiet', '--no-verify', remote, refspec], {
      env,
    });
    if (pushed.code === 0) return { landed: true, attempts: attempt, file, skipped };
    if (!lostRace(pushed)) {
      return {
        landed: false,
        attempts: attempt,
        file,
        why: pushProblem(pushed, where.branch),
        skipped,
      };
    }
    options.log?.(`${where.branch} moved while this point was written; trying again`);
    // Jittered, growing pauses, so that racing jobs do not collide again in step.
    await pause(Math.round((100 + Math.random() * 400) * attempt));
  }
  return {
    landed: false,
    attempts,
    file,
    why: `other pushes to ${where.branch} kept landing first (${attempts} attempts)`,
    skipped,
  };
}
