/**
 * The Action's baseline store (pipeline/store.ts), in the Actions cache: a push to the base
 * branch saves its Result under a key per commit; a pull request restores by prefix, the merge-base commit's entry first, else
 * the newest. Only push runs save (a pull request's cache is visible to that PR alone). The
 * Result is written to a temp name and renamed, so a cache never holds half a file; a baseline
 * that cannot be read (another schema, damaged) is reported and ignored, never a crash; a cache
 * service that cannot be reached is reported as such, not as "no baseline".
 */
import * as cache from '@actions/cache';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readResult, type Result } from '../compare/result.ts';
import { UserError } from '../errors.ts';
import {
  baselinePrefix,
  unusable,
  type BaselineScope,
  type BaselineStore,
  type RestoreOutcome,
  type SaveOutcome,
} from '../pipeline/store.ts';
import { cacheProblem, watchingFailures } from './actions-cache.ts';

/**
 * The folder the cache archives, relative to the workspace: the cache's version hashes the path
 * as written, so it must be the same on every runner (RUNNER_TEMP is not, on self-hosted ones).
 * It exists only while saving or restoring.
 */
const DIR = '.misnomer-baseline';
const FILE = 'result.json';

/** The baseline store of the Action: the Actions cache, through the workspace. */
export const actionsCacheStore = (workspace: string): BaselineStore => ({
  where: 'the cache',
  howToSave: 'A push to the base branch saves one.',
  restore: (scope, preferCommit) => restoreBaseline({ ...scope, workspace }, preferCommit),
  save: (scope, commit, result) => saveBaseline(result, { ...scope, workspace }, commit),
});

type CacheScope = BaselineScope & { workspace: string };

const relPath = (s: CacheScope) => join(DIR, s.key);

async function saveBaseline(
  result: Result,
  scope: CacheScope,
  commit: string,
): Promise<SaveOutcome> {
  const name = baselinePrefix(scope) + commit;
  if (!cache.isFeatureAvailable()) {
    return { saved: false, name, why: 'the Actions cache service is not available here' };
  }
  const dir = join(scope.workspace, relPath(scope));
  try {
    // Keys are immutable: a re-run of the same commit finds its baseline already saved (asked
    // first, so that a re-run is not a warning).
    const lookup = await watchingFailures(() =>
      cache.restoreCache([relPath(scope)], name, [], { lookupOnly: true }),
    );
    if (lookup.failure) return { saved: false, name, why: cacheProblem(lookup.failure) };
    const found = lookup.value;
    if (found === name) {
      return {
        saved: false,
        already: true,
        name,
        why: 'a baseline for this commit is already saved',
      };
    }
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `${FILE}.tmp`);
    writeFileSync(tmp, JSON.stringify(result));
    renameSync(tmp, join(dir, FILE));
    // saveCache does not throw when the service refuses (a key saved meanwhile, a read-only
    // cache, an upload error): it warns and returns -1.
    const save = await watchingFailures(() => cache.saveCache([relPath(scope)], name));
    if (save.value === -1) {
      return {
        saved: false,
        name,
        why: save.failure
          ? cacheProblem(save.failure)
          : 'the cache service refused it (see the warning above)',
      };
    }
    return { saved: true, name };
  } catch (e) {
    return { saved: false, name, why: (e as Error).message };
  } finally {
    rmSync(join(scope.workspace, DIR), { recursive: true, force: true });
  }
}

async function restoreBaseline(
  scope: CacheScope,
  preferCommit: string | undefined,
): Promise<RestoreOutcome> {
  if (!cache.isFeatureAvailable()) {
    return { why: 'the Actions cache service is not available here' };
  }
  const prefix = baselinePrefix(scope);
  const dir = join(scope.workspace, relPath(scope));
  try {
    const { value: hit, failure } = await watchingFailures(() =>
      cache.restoreCache([relPath(scope)], prefix + (preferCommit ?? 'none'), [prefix]),
    );
    if (!hit && failure) {
      const problem = cacheProblem(failure);
      return { why: `${problem}: no baseline could be restored`, serviceProblem: problem };
    }
    if (!hit) return { why: `no baseline in the cache (keys ${prefix}*)` };
    try {
      return { result: readResult(join(dir, FILE)), name: hit };
    } catch (e) {
      if (e instanceof UserError) return { name: hit, why: unusable(hit, e) };
      throw e;
    }
  } catch (e) {
    return { why: `the cache could not be read: ${(e as Error).message}` };
  } finally {
    rmSync(join(scope.workspace, DIR), { recursive: true, force: true });
  }
}
