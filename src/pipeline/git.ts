/**
 * The git the job needs: which commit the base is (the merge base of the PR's base and the
 * checkout), making sure that commit is present (checkouts are often shallow), and a worktree
 * of it in a temp dir where the base's models are built. Plain `git` through execFile: the
 * handful of commands below do not need a library.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: 16 * 1024 * 1024 });
  return stdout.trim();
}

async function tryGit(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    return await git(cwd, args);
  } catch {
    return undefined;
  }
}

export const hasCommit = async (cwd: string, sha: string): Promise<boolean> =>
  (await tryGit(cwd, ['cat-file', '-e', `${sha}^{commit}`])) !== undefined;

/**
 * Makes `sha` present: a shallow checkout (actions/checkout's default) lacks the base commit;
 * it is fetched alone (depth 1). Returns why not, when it cannot be had.
 */
export async function ensureCommit(cwd: string, sha: string): Promise<string | undefined> {
  if (await hasCommit(cwd, sha)) return undefined;
  try {
    await git(cwd, ['fetch', '--no-tags', '--depth=1', 'origin', sha]);
  } catch (e) {
    const why = String((e as { stderr?: string }).stderr ?? (e as Error).message).trim();
    return `commit ${sha.slice(0, 12)} is not in the checkout and could not be fetched (${why.split('\n').pop()})`;
  }
  return (await hasCommit(cwd, sha)) ? undefined : `commit ${sha.slice(0, 12)} was not fetched`;
}

/** The merge base of two commits when both are present and related; else undefined. */
export const mergeBase = (cwd: string, a: string, b: string): Promise<string | undefined> =>
  tryGit(cwd, ['merge-base', a, b]);

export interface Worktree {
  path: string;
  remove(): Promise<void>;
}

/**
 * A detached worktree of `sha` in a new folder under `parent`; remove() takes it away. When
 * git cannot check the commit out (a smudge filter such as LFS that fails, a missing object),
 * the folder is removed again and the reason is returned instead: the caller falls back.
 */
export async function addWorktree(
  cwd: string,
  sha: string,
  parent: string,
): Promise<Worktree | { problem: string }> {
  const path = join(mkdtempSync(join(parent, 'misnomer-base-')), 'checkout');
  const remove = async () => {
    await tryGit(cwd, ['worktree', 'remove', '--force', path]);
    rmSync(join(path, '..'), { recursive: true, force: true });
    await tryGit(cwd, ['worktree', 'prune']);
  };
  try {
    await git(cwd, ['worktree', 'add', '--detach', '--force', path, sha]);
  } catch (e) {
    await remove();
    const lines = String((e as { stderr?: string }).stderr ?? (e as Error).message)
      .trim()
      .split('\n')
      .filter((l) => /error|fatal/i.test(l));
    const why = lines.slice(-2).join(' ') || (e as Error).message;
    return { problem: `git could not check out ${sha.slice(0, 12)} in a worktree (${why})` };
  }
  return { path, remove };
}

/** Where `cwd` is inside its repository ('' at the top, 'models/' in a sub-folder). */
export const repoPrefix = async (cwd: string): Promise<string> =>
  (await tryGit(cwd, ['rev-parse', '--show-prefix'])) ?? '';

/**
 * The parents of a commit, read from the commit object itself: a shallow clone (depth 1) has no
 * parent commits, but the merge commit still names them.
 */
export async function parentsOf(cwd: string, rev = 'HEAD'): Promise<string[]> {
  const text = (await tryGit(cwd, ['cat-file', '-p', rev])) ?? '';
  return [...text.matchAll(/^parent ([0-9a-f]{40,64})$/gm)].map((m) => m[1]);
}

/** The repository's top folder, or undefined outside one. */
export const repoRoot = (cwd: string): Promise<string | undefined> =>
  tryGit(cwd, ['rev-parse', '--show-toplevel']);

/**
 * The repository's own git folder (`.git`, shared by all its worktrees), as an absolute path:
 * where `misnomer run` keeps its baselines unless told otherwise.
 */
export async function gitCommonDir(cwd: string): Promise<string | undefined> {
  const dir = await tryGit(cwd, ['rev-parse', '--git-common-dir']);
  return dir === undefined ? undefined : resolve(cwd, dir);
}

/** The subject line of each of these commits that the repository has (one git call). */
export async function subjectsOf(cwd: string, shas: string[]): Promise<Map<string, string>> {
  const wanted = shas.filter((s) => /^[0-9a-f]{7,64}$/.test(s));
  if (wanted.length === 0) return new Map();
  const args = ['log', '--no-walk=unsorted', '--ignore-missing', '--format=%H%x09%s', ...wanted];
  const text = (await tryGit(cwd, args)) ?? '';
  return new Map(text.split('\n').flatMap((l) => (l.includes('\t') ? [splitTab(l)] : [])));
}

const splitTab = (line: string): [string, string] => {
  const tab = line.indexOf('\t');
  return [line.slice(0, tab), line.slice(tab + 1)];
};

/** The commit a ref names (branch, tag, sha, origin/main), or undefined. */
export const resolveRef = (cwd: string, ref: string): Promise<string | undefined> =>
  tryGit(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);

/**
 * The text of `path` (relative to `cwd`) at commit `sha`, or undefined when the commit has no
 * such file.
 */
export async function showFile(
  cwd: string,
  sha: string,
  path: string,
): Promise<string | undefined> {
  try {
    // Not trimmed: line numbers in the text must stay those of the file.
    const { stdout } = await run('git', ['show', `${sha}:./${path.replace(/\\/g, '/')}`], {
      cwd,
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout;
  } catch {
    return undefined;
  }
}
