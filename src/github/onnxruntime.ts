/**
 * onnxruntime-node on a runner. Its native binaries are not committed (docs/github.md#onnxruntime-node-on-a-runner), so the
 * Action's folder has no node_modules. The Action installs the pinned package from its own lock,
 * dist/runtime/package-lock.json (npm ci: exact versions and integrity of every package), into a
 * fixed folder of the runner's tool cache, $RUNNER_TOOL_CACHE/misnomer-onnxruntime-node/<version>/
 * <arch>, keeps only this platform's binaries there, and saves that folder in the Actions cache:
 * the next job on a hosted runner (whose tool cache starts empty) restores it instead of
 * installing from npm again. In order, the first that is there:
 *
 * 1. the folder MISNOMER_ONNXRUNTIME_DIR names (other execution providers: the user's install);
 * 2. an onnxruntime-node beside misnomer (local runs, tests);
 * 3. the tool cache folder (a later step of the job; later jobs on a self-hosted runner);
 * 4. the Actions cache entry of this version, platform, architecture and lock;
 * 5. npm ci, then the folder is saved in the Actions cache.
 *
 * What 3 and 4 find is loaded in a child process first; what does not load is removed (a
 * warning) and the next source is used. The Actions cache only saves time: its failures are
 * warnings, never the step's failure.
 */
import * as cache from '@actions/cache';
import * as core from '@actions/core';
import * as exec from '@actions/exec';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.ts';
import { ORT_DIR_ENV } from '../measure/ort.ts';
import { ONNXRUNTIME_VERSION } from '../version.ts';
import { cacheProblem, watchingFailures } from './actions-cache.ts';
import { group } from './log.ts';

const TOOL = 'misnomer-onnxruntime-node';
const LOCK_NAME = 'dist/runtime/package-lock.json';

function resolvable(from: string): boolean {
  try {
    createRequire(from).resolve('onnxruntime-node/package.json');
    return true;
  } catch {
    return false;
  }
}

/** The manifest and lock npm ci installs from. */
export interface RuntimeLock {
  /** The folder holding package.json and package-lock.json. */
  dir: string;
  /** package-lock.json's bytes. */
  lock: Buffer;
}

/** dist/runtime/ beside the bundle (dist/index.js); runtime/ when run from the sources. */
export function runtimeLock(): RuntimeLock {
  for (const rel of ['runtime/', '../../runtime/']) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(join(dir, 'package-lock.json')) && existsSync(join(dir, 'package.json'))) {
      return { dir, lock: readFileSync(join(dir, 'package-lock.json')) };
    }
  }
  throw new UserError(
    `misnomer's ${LOCK_NAME} is missing (is the Action's folder complete?): install ` +
      `onnxruntime-node@${ONNXRUNTIME_VERSION} yourself and set ${ORT_DIR_ENV} to that folder.`,
  );
}

/**
 * The Actions cache key of the install: what makes one install differ from another (the
 * binaries kept are this platform's and architecture's; the lock fixes every package).
 */
export function runtimeCacheKey(lock: Buffer): string {
  const hash = createHash('sha256').update(lock).digest('hex').slice(0, 12);
  return `${TOOL}-${ONNXRUNTIME_VERSION}-${process.platform}-${process.arch}-${hash}`;
}

/** Written beside the folder once it is whole and loads (as @actions/tool-cache does). */
const completeMark = (dir: string) => `${dir}.complete`;

function discard(dir: string): void {
  rmSync(completeMark(dir), { force: true });
  rmSync(dir, { recursive: true, force: true });
}

// Run as `node -e LOAD <dir>`: loads onnxruntime-node (and so its native binding) from <dir>.
const LOAD = `
try {
  const r = require('node:module').createRequire(require('node:path').join(process.argv[1], 'x.js'));
  r('onnxruntime-node');
  process.stdout.write(r('onnxruntime-node/package.json').version);
} catch (e) {
  process.stderr.write(String((e && e.message) || e).split('\\n')[0]);
  process.exit(1);
}`;

/**
 * Why the install in `dir` cannot be used, or undefined when it can: it must come from this
 * lock and load. Loaded in a child process: this one must not hold the binary of a folder that
 * is about to be renamed or removed.
 */
function unusable(dir: string, lock: Buffer): { why: string; broken: boolean } | undefined {
  let installedFrom: Buffer;
  try {
    installedFrom = readFileSync(join(dir, 'package-lock.json'));
  } catch {
    return { why: `was not installed from ${LOCK_NAME}`, broken: false };
  }
  if (!installedFrom.equals(lock)) {
    return { why: `was installed from another ${LOCK_NAME}`, broken: false };
  }
  const r = spawnSync(process.execPath, ['-e', LOAD, dir], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) {
    const why = r.stderr.trim() || r.error?.message || `exit code ${r.status ?? r.signal}`;
    return { why: `does not load (${why})`, broken: true };
  }
  if (r.stdout !== ONNXRUNTIME_VERSION) {
    return { why: `is onnxruntime-node ${r.stdout}, not ${ONNXRUNTIME_VERSION}`, broken: true };
  }
  return undefined;
}

/**
 * Deletes the binaries of other platforms and architectures: the package carries all of them
 * (~290 MB; linux/x64 alone is 45 MB), and the Actions cache entry should hold only what loads.
 */
function prune(dir: string): void {
  const bin = join(dir, 'node_modules', 'onnxruntime-node', 'bin', 'napi-v6');
  if (!existsSync(bin)) return;
  for (const platform of readdirSync(bin)) {
    if (platform !== process.platform) {
      rmSync(join(bin, platform), { recursive: true, force: true });
      continue;
    }
    for (const arch of readdirSync(join(bin, platform))) {
      if (arch !== process.arch)
        rmSync(join(bin, platform, arch), { recursive: true, force: true });
    }
  }
}

/** Seconds since `started` (a performance.now()), for the log. */
const since = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

/** npm ci into a temp folder beside `dir`, then renamed to it. */
async function install(dir: string, runtime: RuntimeLock): Promise<void> {
  const fail = (what: string) =>
    new UserError(
      `npm could not install onnxruntime-node@${ONNXRUNTIME_VERSION} from ${LOCK_NAME} (${what}). ` +
        `Install it yourself (npm install --prefix <dir> onnxruntime-node@${ONNXRUNTIME_VERSION}) ` +
        `and set ${ORT_DIR_ENV}=<dir> for this step.`,
    );
  mkdirSync(dirname(dir), { recursive: true });
  // Beside the destination, so that the rename stays on one file system.
  const tmp = mkdtempSync(join(dirname(dir), `.${basename(dir)}-install-`));
  try {
    for (const file of ['package.json', 'package-lock.json']) {
      copyFileSync(join(runtime.dir, file), join(tmp, file));
    }
    // --ignore-scripts: the package's install script fetches GPU libraries; the CPU binaries
    // are in the package itself. Users of other providers install their own and set
    // MISNOMER_ONNXRUNTIME_DIR.
    let code: number;
    try {
      code = await exec.exec('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], {
        cwd: tmp,
        ignoreReturnCode: true,
      });
    } catch (e) {
      throw fail((e as Error).message);
    }
    if (code !== 0) throw fail(`npm ci, exit code ${code}`);
    prune(tmp);
    const problem = unusable(tmp, runtime.lock);
    if (problem) throw fail(`the installed package ${problem.why}`);
    discard(dir);
    try {
      renameSync(tmp, dir);
    } catch (e) {
      // Another process (a parallel job of a self-hosted runner) got there first: theirs is as good.
      if (!existsSync(dir) || unusable(dir, runtime.lock)) throw e;
    }
    writeFileSync(completeMark(dir), '');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

type Restored = 'restored' | 'miss' | 'unusable' | 'unreachable';

/** The Actions cache entry `key` into `dir` (the path is the one saved: the version hashes it). */
async function restore(dir: string, key: string, lock: Buffer): Promise<Restored> {
  try {
    const { value: hit, failure } = await watchingFailures(() => cache.restoreCache([dir], key));
    if (!hit) {
      if (!failure) return 'miss';
      core.warning(
        `onnxruntime-node could not be restored from the Actions cache: ${cacheProblem(failure)}; ` +
          'installing it with npm.',
      );
      return 'unreachable';
    }
  } catch (e) {
    core.warning(
      `onnxruntime-node could not be restored from the Actions cache: ${(e as Error).message}; ` +
        'installing it with npm.',
    );
    discard(dir);
    return 'unreachable';
  }
  const problem = unusable(dir, lock);
  if (!problem) {
    writeFileSync(completeMark(dir), '');
    return 'restored';
  }
  core.warning(
    `onnxruntime-node restored from the Actions cache (key ${key}) ${problem.why}: installing it ` +
      `with npm. The entry stays until it is evicted or deleted (gh cache delete ${key}).`,
  );
  discard(dir);
  return 'unusable';
}

/** Saves `dir` under `key`; returns a clause for the log. Never throws. */
async function save(dir: string, key: string): Promise<string> {
  const started = performance.now();
  let why: string;
  try {
    const { value: id, failure } = await watchingFailures(() => cache.saveCache([dir], key));
    if (id !== -1) return `saved in the Actions cache in ${since(started)}, key ${key}`;
    why = failure
      ? cacheProblem(failure)
      : 'the cache service refused it (another job may have saved this key meanwhile)';
  } catch (e) {
    why = (e as Error).message;
  }
  core.warning(`onnxruntime-node was not saved in the Actions cache (key ${key}): ${why}.`);
  return 'not saved in the Actions cache';
}

/**
 * Makes onnxruntime-node loadable by this process and the model processes; returns where it
 * came from, for the log.
 */
export async function ensureOnnxRuntime(runnerTemp: string): Promise<string> {
  const given = process.env[ORT_DIR_ENV];
  if (given && resolvable(join(given, 'x.js'))) return `${given} (${ORT_DIR_ENV})`;
  if (resolvable(import.meta.url)) return 'the installation beside misnomer';
  const runtime = runtimeLock();
  const key = runtimeCacheKey(runtime.lock);
  const toolCache = process.env.RUNNER_TOOL_CACHE || join(runnerTemp, 'tool-cache');
  const dir = join(toolCache, TOOL, ONNXRUNTIME_VERSION, process.arch);
  const how = await group('onnxruntime-node', async () => {
    if (existsSync(completeMark(dir))) {
      const problem = unusable(dir, runtime.lock);
      if (!problem) return 'tool cache';
      const line = `onnxruntime-node in the tool cache (${dir}) ${problem.why}: installing it again.`;
      if (problem.broken) core.warning(line);
      else core.info(line);
    }
    discard(dir);
    const available = cache.isFeatureAvailable();
    const restoring = performance.now();
    const restored = available ? await restore(dir, key, runtime.lock) : 'miss';
    if (restored === 'restored') {
      return `restored from the Actions cache in ${since(restoring)}, key ${key}`;
    }
    const installing = performance.now();
    await install(dir, runtime);
    const installed = `installed with npm ci from ${LOCK_NAME} in ${since(installing)}`;
    if (!available) return `${installed}; the Actions cache is not available here`;
    // A key is never overwritten; a service that did not answer has had its warning.
    if (restored !== 'miss') return `${installed}; not saved in the Actions cache`;
    return `${installed}; ${await save(dir, key)}`;
  });
  process.env[ORT_DIR_ENV] = dir;
  return `${dir} (${how})`;
}
