/**
 * The base side of a comparison: the base commit checked out in a git worktree (a temp folder;
 * the checkout itself is untouched) and its models built and planned with the head's config, so
 * that both sides are analyzed with the same dims. A base that lacks a model (a pull request
 * that adds one) or fails to build it is a note, not an error: the other models are compared.
 */
import type { Config } from '../config/types.ts';
import { UserError } from '../errors.ts';
import { join } from 'node:path';
import { addWorktree, repoPrefix, type Worktree } from './git.ts';
import { prepareSide, type SidePlans } from './sides.ts';

/**
 * `headRoot` is where the head's models are built (the checkout, or a sub-folder of it: the
 * Action's working-directory); the base's are built at the same place in the worktree.
 */
export async function prepareBase(
  config: Config,
  headRoot: string,
  commit: string,
  tempParent: string,
  log: (line: string) => void,
  notes: string[],
  fetchProblem?: string,
): Promise<{ worktree: Worktree; side?: SidePlans } | undefined> {
  if (fetchProblem) {
    notes.push(`The base was not built here: ${fetchProblem}.`);
    return undefined;
  }
  const worktree = await addWorktree(headRoot, commit, tempParent);
  if ('problem' in worktree) {
    notes.push(`The base was not built here: ${worktree.problem}.`);
    return undefined;
  }
  const root = join(worktree.path, await repoPrefix(headRoot));
  try {
    return { worktree, side: await prepareSide(config, root, log, 'base') };
  } catch (e) {
    if (!(e instanceof UserError)) {
      await worktree.remove();
      throw e;
    }
  }
  // Some model did not build: build the others one by one, so that they are still compared.
  const plans: SidePlans = { root, plans: new Map() };
  for (const model of config.models) {
    try {
      const one = await prepareSide({ ...config, models: [model] }, root, log, 'base');
      for (const [id, plan] of one.plans) plans.plans.set(id, plan);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      notes.push(`${model.id}: not in the base (${e.message}).`);
    }
  }
  if (plans.plans.size === 0) notes.push('The base has none of the configured models.');
  return { worktree, side: plans.plans.size > 0 ? plans : undefined };
}
