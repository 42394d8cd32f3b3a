/**
 * Which commit the head is compared with. On a runner: the pull request's base, as GitHub's
 * merge commit shows it. On a laptop: where the working tree left the default branch, or the
 * ref the user names. Either way the answer is a commit, or why there is none.
 */
import { UserError } from '../errors.ts';
import { ensureCommit, mergeBase, parentsOf, resolveRef } from './git.ts';

export interface BaseCommit {
  /** Absent when no base could be found at all (`problem` says why). */
  commit?: string;
  /** The branch or ref it was found from, for the report's column label. */
  ref: string;
  /** Why the base commit cannot be checked out (the job goes on with a stored baseline). */
  problem?: string;
}

/**
 * actions/checkout checks out GitHub's merge commit (refs/pull/N/merge): its first parent is
 * the base branch as merged, exactly what the pull request changes (the event's base sha can be
 * older). A checkout of the pull request's head instead is compared with its merge base with
 * the base branch. Shallow checkouts lack the base: it is fetched.
 */
export async function pullRequestBase(
  cwd: string,
  pr: { baseSha: string; headSha?: string; baseRef?: string },
): Promise<BaseCommit> {
  const ref = pr.baseRef || 'base';
  const parents = await parentsOf(cwd);
  if (parents.length === 2 && pr.headSha && parents[1] === pr.headSha) {
    return { commit: parents[0], ref, problem: await ensureCommit(cwd, parents[0]) };
  }
  const problem = await ensureCommit(cwd, pr.baseSha);
  const commit = (!problem && (await mergeBase(cwd, pr.baseSha, 'HEAD'))) || pr.baseSha;
  return { commit, ref, problem };
}

/** The refs tried, in order, when `misnomer run` is given no --base. */
export const DEFAULT_BASE_REFS = ['origin/HEAD', 'origin/main', 'main', 'origin/master', 'master'];

/**
 * Where HEAD left `asked` (or the first of DEFAULT_BASE_REFS that exists). A ref the user named
 * that names nothing is their mistake (UserError); none of the defaults existing is a note.
 */
export async function localBase(root: string, asked: string | undefined): Promise<BaseCommit> {
  for (const ref of asked ? [asked] : DEFAULT_BASE_REFS) {
    const sha = await resolveRef(root, ref);
    if (sha) return { commit: (await mergeBase(root, sha, 'HEAD')) ?? sha, ref };
  }
  if (asked) throw new UserError(`--base "${asked}" names no commit in ${root}.`);
  return {
    ref: 'base',
    problem: `none of ${DEFAULT_BASE_REFS.join(', ')} names a commit here (give --base ref)`,
  };
}
