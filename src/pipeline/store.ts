/**
 * Where baselines live between runs. The pull-request job asks a store for the base's Result and
 * never knows which store it is: the Action passes the Actions cache (github/baseline.ts),
 * `misnomer run` a folder on this machine (folderStore below). Both name a baseline the same way,
 * `misnomer-v1-<key>-<os>-<arch>-<commit>`: a baseline is only reused for the same report key on
 * the same kind of machine. A store never throws for a missing, damaged or unreachable baseline:
 * it says why there is none, and the job goes on without it.
 */
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { readResult, type Result } from '../compare/result.ts';
import { UserError } from '../errors.ts';

export interface BaselineScope {
  /** The report key (config `key`, or the Action's `key` input). */
  key: string;
  /** RUNNER_OS-style: Linux, macOS, Windows. */
  os: string;
  /** RUNNER_ARCH-style, or Node's process.arch. */
  arch: string;
}

/** This machine's OS in the runner's words (RUNNER_OS), so that keys read the same everywhere. */
export function osName(): string {
  if (process.platform === 'darwin') return 'macOS';
  if (process.platform === 'win32') return 'Windows';
  return 'Linux';
}

/** The scope of baselines measured on this machine under a report key. */
export const localScope = (key: string): BaselineScope => ({
  key,
  os: osName(),
  arch: process.arch,
});

/** misnomer-v1-<key>-<os>-<arch>-: everything but the commit. */
export const baselinePrefix = (s: BaselineScope): string =>
  `misnomer-v1-${s.key}-${s.os}-${s.arch}-`.toLowerCase();

export interface RestoreOutcome {
  result?: Result;
  /** The baseline's name (cache key, or file name in the folder). */
  name?: string;
  /** Why there is no usable baseline. */
  why?: string;
  /** The store could not be read at all (so whether a baseline exists is unknown). */
  serviceProblem?: string;
}

export interface SaveOutcome {
  saved: boolean;
  /** A baseline of this commit was there already (a re-run): kept, as keys are immutable. */
  already?: boolean;
  name: string;
  why?: string;
}

export interface BaselineStore {
  /** Where the baselines are, for notes: "the cache", "the baseline folder". */
  readonly where: string;
  /** One sentence: how a baseline gets there. */
  readonly howToSave: string;
  /** The baseline of `preferCommit` if there is one, else the newest of the scope. */
  restore(scope: BaselineScope, preferCommit: string | undefined): Promise<RestoreOutcome>;
  save(scope: BaselineScope, commit: string, result: Result): Promise<SaveOutcome>;
}

/** The words for a baseline that was found but cannot be read; the same for every store. */
export const unusable = (name: string, e: UserError): string =>
  `the saved baseline ${name} is unusable: ${e.message}`;

/**
 * Baselines as files in a folder, one per commit: `<dir>/<name>.json`. A file is written under
 * a temporary name in the same folder and renamed into place (atomic on one file system), so a
 * reader never sees half a baseline, even when the writer is killed.
 */
export function folderStore(dir: string): BaselineStore {
  const fileOf = (name: string) => join(dir, `${name}.json`);
  return {
    where: `the baseline folder (${dir})`,
    howToSave: 'misnomer run saves there the base it builds and measures.',
    async restore(scope, preferCommit) {
      const prefix = baselinePrefix(scope);
      let names: string[];
      try {
        names = readdirSync(dir)
          .filter((f) => f.startsWith(prefix) && f.endsWith('.json'))
          .map((f) => f.slice(0, -'.json'.length));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
          return { why: `no baseline in ${dir} (it does not exist yet)` };
        }
        const problem = `the baseline folder ${dir} cannot be read (${(e as Error).message})`;
        return { why: problem, serviceProblem: problem };
      }
      if (names.length === 0) return { why: `no baseline in ${dir} (files ${prefix}*.json)` };
      const exact = preferCommit ? names.find((n) => n === prefix + preferCommit) : undefined;
      // Like the cache's restore keys: the newest of the prefix when the commit has none.
      const name = exact ?? newest(names.map(fileOf)).slice(dir.length + 1, -'.json'.length);
      try {
        return { result: readResult(fileOf(name), { name: `${name}.json` }), name };
      } catch (e) {
        if (e instanceof UserError) return { name, why: unusable(name, e) };
        throw e;
      }
    },
    async save(scope, commit, result) {
      const name = baselinePrefix(scope) + commit;
      const file = fileOf(name);
      const tmp = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        if (exists(file)) {
          return {
            saved: false,
            already: true,
            name,
            why: 'a baseline for this commit is already saved',
          };
        }
        writeDurably(tmp, JSON.stringify(result));
        renameSync(tmp, file);
        return { saved: true, name };
      } catch (e) {
        try {
          rmSync(tmp, { force: true });
        } catch {
          // No folder to hold it: there is no temp file either.
        }
        return { saved: false, name, why: `it could not be written: ${(e as Error).message}` };
      }
    },
  };
}

/** Writes and flushes the file to disk, so that the rename that follows never exposes a hole. */
function writeDurably(path: string, text: string): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const exists = (path: string): boolean => {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
};

/** The most recently written of the files (the name breaks ties, for a stable answer). */
function newest(files: string[]): string {
  const at = (f: string) => {
    try {
      return statSync(f).mtimeMs;
    } catch {
      return -Infinity;
    }
  };
  return files.map((f) => ({ f, t: at(f) })).sort((a, b) => b.t - a.t || (a.f < b.f ? 1 : -1))[0].f;
}
