/**
 * The Action as a runner gets it: the action's folder holds dist/ and no node_modules (native
 * binaries are not committed). The first job installs the pinned onnxruntime-node with npm ci from
 * dist/runtime/ into the tool cache, keeps only this platform's binaries, saves the folder in the
 * Actions cache and measures with it; the next job, on a new runner (the same tool cache path,
 * empty), restores it from the Actions cache and runs no npm; a later step finds it in the tool
 * cache. An install that does not load, in the tool cache or in the Actions cache, is replaced,
 * with a warning. Needs the npm registry (or npm's cache); without either the test says so and is
 * skipped. npm prefers its cache (npm_config_prefer_offline): the project's own npm ci put the same
 * tarballs, with the same integrity, there.
 */
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ONNXRUNTIME_VERSION } from '../../src/version.ts';
import { bareRunner, DIST } from './bare-runner.ts';
import { isolatedEnv, runtimeToken, startFakeGitHub, type FakeGitHub } from './fake-github.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const registry = spawnSync('npm', ['view', `onnxruntime-node@${ONNXRUNTIME_VERSION}`, 'version'], {
  encoding: 'utf8',
  timeout: 60_000,
});
const offline =
  registry.status !== 0
    ? `npm cannot reach the registry (${(registry.stderr || '').trim().split('\n').pop()})`
    : false;

const LOCK = readFileSync(join(DIST, 'runtime', 'package-lock.json'));
/** Version, platform, architecture and the lock's hash: what tells one install from another. */
const KEY =
  `misnomer-onnxruntime-node-${ONNXRUNTIME_VERSION}-${process.platform}-${process.arch}-` +
  createHash('sha256').update(LOCK).digest('hex').slice(0, 12);
const NPM = /\[command\].*npm/;
// npm's cache first: the project's own npm ci put the same tarballs there.
const runner = (gh: FakeGitHub) => bareRunner(gh, { npm_config_prefer_offline: 'true' });

test(
  'a runner without node_modules: npm ci once, saved in the Actions cache; a new runner restores it, a later step reuses it',
  { skip: offline },
  async () => {
    const gh = await startFakeGitHub();
    try {
      const r = runner(gh);
      const first = await r.run();
      assert.equal(first.code, 0, first.out.slice(-3000));
      assert.match(first.out, /\[command\].*npm ci --ignore-scripts/);
      assert.match(
        first.out,
        new RegExp(
          `onnxruntime-node: ${r.installed} \\(installed with npm ci from dist/runtime/package-lock.json in \\d+\\.\\d s; saved in the Actions cache in \\d+\\.\\d s, key ${KEY}\\)`,
        ),
      );
      assert.ok(first.latencies > 0, 'measured with the installed onnxruntime-node');
      assert.equal(first.ort, ONNXRUNTIME_VERSION);
      assert.ok(existsSync(`${r.installed}.complete`));
      // Only this platform's binaries are kept (and cached).
      const bin = join(r.installed, 'node_modules', 'onnxruntime-node', 'bin', 'napi-v6');
      assert.deepEqual(readdirSync(bin), [process.platform]);
      assert.deepEqual(readdirSync(join(bin, process.platform)), [process.arch]);
      const saved = gh.caches();
      assert.deepEqual(
        saved.map((e) => [e.key, e.finalized]),
        [[KEY, true]],
      );
      // The binaries of one platform, compressed: well under the 290 MB of all of them.
      assert.ok(saved[0].size > 1e6 && saved[0].size < 100e6, `entry of ${saved[0].size} B`);

      // The next job, on a new hosted runner: the same tool cache path, empty.
      rmSync(r.toolCache, { recursive: true, force: true });
      const second = await r.run();
      assert.equal(second.code, 0, second.out.slice(-3000));
      assert.doesNotMatch(second.out, NPM);
      assert.match(
        second.out,
        new RegExp(
          `onnxruntime-node: ${r.installed} \\(restored from the Actions cache in \\d+\\.\\d s, key ${KEY}\\)`,
        ),
      );
      assert.ok(second.latencies > 0, 'measured with the restored onnxruntime-node');
      assert.equal(gh.caches().length, 1, 'nothing saved again');

      // A later step of that job: the tool cache, no cache service.
      gh.clearLog();
      const third = await r.run();
      assert.equal(third.code, 0, third.out.slice(-3000));
      assert.doesNotMatch(third.out, NPM);
      assert.match(third.out, new RegExp(`onnxruntime-node: ${r.installed} \\(tool cache\\)`));
      assert.deepEqual(gh.requests(undefined, /CacheService/), []);

      // The tool cache's copy lost its binary: a warning, and the Actions cache's copy instead.
      const binding = join(bin, process.platform, process.arch, 'onnxruntime_binding.node');
      rmSync(binding);
      const fourth = await r.run();
      assert.equal(fourth.code, 0, fourth.out.slice(-3000));
      assert.match(
        fourth.out,
        /::warning::onnxruntime-node in the tool cache \(.*\) does not load \(.*onnxruntime_binding\.node.*\): installing it again\./,
      );
      assert.doesNotMatch(fourth.out, NPM);
      assert.match(fourth.out, /\(restored from the Actions cache in \d+\.\d s, key /);
      assert.ok(existsSync(binding));
      assert.ok(fourth.latencies > 0);
    } finally {
      await gh.close();
    }
  },
);

test(
  'an Actions cache entry that does not load: a warning, npm ci instead, and the key is not saved over',
  { skip: offline },
  async () => {
    const gh = await startFakeGitHub();
    try {
      const r = runner(gh);
      const env = r.job();
      // An entry under the right key and path whose install has no node_modules.
      mkdirSync(r.installed, { recursive: true });
      cpSync(join(DIST, 'runtime'), r.installed, { recursive: true });
      await promisify(execFile)(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          "import * as cache from '@actions/cache';\n" +
            'if ((await cache.saveCache([process.argv[1]], process.argv[2])) === -1) process.exit(1);',
          r.installed,
          KEY,
        ],
        { env: isolatedEnv(env), cwd: ROOT },
      );
      rmSync(r.toolCache, { recursive: true, force: true });
      assert.equal(gh.caches().length, 1);

      const run = await r.step(env);
      assert.equal(run.code, 0, run.out.slice(-3000));
      assert.match(
        run.out,
        new RegExp(
          `::warning::onnxruntime-node restored from the Actions cache \\(key ${KEY}\\) does not load \\(Cannot find module 'onnxruntime-node'.*\\): installing it with npm`,
        ),
      );
      assert.match(run.out, /\[command\].*npm ci --ignore-scripts/);
      assert.match(
        run.out,
        /\(installed with npm ci from dist\/runtime\/package-lock.json in \d+\.\d s; not saved in the Actions cache\)/,
      );
      assert.ok(run.latencies > 0);
      assert.equal(gh.caches().length, 1, 'the key is not saved again');
    } finally {
      await gh.close();
    }
  },
);

test(
  'a cache the job may not write to: installed and measured, a warning that it was not saved',
  { skip: offline },
  async () => {
    const gh = await startFakeGitHub();
    try {
      const r = runner(gh);
      // Read access to main's caches, no write scope.
      const env = { ...r.job(), ACTIONS_RUNTIME_TOKEN: runtimeToken('', 'refs/heads/main') };
      const run = await r.step(env);
      assert.equal(run.code, 0, run.out.slice(-3000));
      assert.match(run.out, /\[command\].*npm ci --ignore-scripts/);
      assert.match(
        run.out,
        new RegExp(
          `::warning::onnxruntime-node was not saved in the Actions cache \\(key ${KEY}\\): .*cache write denied`,
        ),
      );
      assert.match(run.out, /; not saved in the Actions cache\)/);
      assert.ok(run.latencies > 0);
      assert.deepEqual(gh.caches(), []);
    } finally {
      await gh.close();
    }
  },
);
