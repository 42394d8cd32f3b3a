/**
 * Baselines in the Actions cache (GITHUB.md): a push to the base branch saves its Result under a
 * key per commit; a pull request restores by prefix, the merge-base commit's entry first, else
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
import { cacheProblem, watchingFailures } from './actions-cache.ts';

/**
 * The folder the cache archives, relative to the workspace: the cache's version hashes the path
 * as written, so it must be the same on every runner (RUNNER_TEMP is not, on self-hosted ones).
 * It exists only while saving or restoring.
 */
const DIR = '.misnomer-baseline';
const FILE = 'result.json';

export interface BaselineScope {
  /** The report key (config `key`). */
  key: string;
  os: string;
  arch: string;
  workspace: string;
}

/** misnomer-v1-<key>-<os>-<arch>-: everything but the commit. */
export const baselinePrefix = (s: BaselineScope): string =>
  `misnomer-v1-${s.key}-${s.os}-${s.arch}-`.toLowerCase();

const relPath = (s: BaselineScope) => join(DIR, s.key);

export interface SaveOutcome {
  saved: boolean;
  /** A baseline of this commit was there already (a re-run). */
  already?: boolean;
  cacheKey: string;
  why?: string;
}

export async function saveBaseline(
  result: Result,
  scope: BaselineScope,
  commit: string,
): Promise<SaveOutcome> {
  const cacheKey = baselinePrefix(scope) + commit;
  if (!cache.isFeatureAvailable()) {
    return { saved: false, cacheKey, why: 'the Actions cache service is not available here' };
  }
  const dir = join(scope.workspace, relPath(scope));
  try {
    // Keys are immutable: a re-run of the same commit finds its baseline already saved (asked
    // first, so that a re-run is not a warning).
    const lookup = await watchingFailures(() =>
      cache.restoreCache([relPath(scope)], cacheKey, [], { lookupOnly: true }),
    );
    if (lookup.failure) return { saved: false, cacheKey, why: cacheProblem(lookup.failure) };
    const found = lookup.value;
    if (found === cacheKey) {
      return {
        saved: false,
        already: true,
        cacheKey,
        why: 'a baseline for this commit is already saved',
      };
    }
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `${FILE}.tmp`);
    writeFileSync(tmp, JSON.stringify(result));
    renameSync(tmp, join(dir, FILE));
    // saveCache does not throw when the service refuses (a key saved meanwhile, a read-only
    // cache, an upload error): it warns and returns -1.
    const save = await watchingFailures(() => cache.saveCache([relPath(scope)], cacheKey));
    if (save.value === -1) {
      return {
        saved: false,
        cacheKey,
        why: save.failure
          ? cacheProblem(save.failure)
          : 'the cache service refused it (see the warning above)',
      };
    }
    return { saved: true, cacheKey };
  } catch (e) {
    return { saved: false, cacheKey, why: (e as Error).message };
  } finally {
    rmSync(join(scope.workspace, DIR), { recursive: true, force: true });
  }
}

export interface RestoreOutcome {
  result?: Result;
  /** The cache key restored. */
  cacheKey?: string;
  /** Why there is no usable baseline. */
  why?: string;
  /** The cache service could not be used at all (so whether a baseline exists is unknown). */
  serviceProblem?: string;
}

export async function restoreBaseline(
  scope: BaselineScope,
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
      return { result: readResult(join(dir, FILE)), cacheKey: hit };
    } catch (e) {
      if (e instanceof UserError) {
        return { cacheKey: hit, why: `the cached baseline ${hit} is unusable: ${e.message}` };
      }
      throw e;
    }
  } catch (e) {
    return { why: `the cache could not be read: ${(e as Error).message}` };
  } finally {
    rmSync(join(scope.workspace, DIR), { recursive: true, force: true });
  }
}
