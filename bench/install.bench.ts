/**
 * `npm run bench -- install` (also part of `npm run bench`): how long a runner waits for
 * onnxruntime-node, both ways, through dist/index.js as a runner runs it (the action's folder
 * holds dist/ only; the Actions cache is the fake GitHub's, on 127.0.0.1). Each round:
 *   1. npm ci from dist/runtime/package-lock.json with an empty npm cache (a hosted runner's first
 *      job), then the save of the pruned install in the Actions cache;
 *   2. npm ci again with that npm cache warm (a runner that caches ~/.npm, without the Actions
 *      cache entry);
 *   3. the next job on a new runner (the tool cache emptied): restored from the Actions cache.
 * The times are the Action's own (its log line): until onnxruntime-node loads, check included.
 * Sizes: the package on disk with every platform's binaries, what npm downloaded (its cache after
 * 1), the pruned install, the Actions cache entry. Uses dist/: run npm run build first.
 * BENCH_ROUNDS (default 3) sets the rounds; medians are shown with the range.
 */
import { spawnSync } from 'node:child_process';
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ONNXRUNTIME_VERSION } from '../src/version.ts';
import { bareRunner } from '../test/e2e/bare-runner.ts';
import { startFakeGitHub } from '../test/e2e/fake-github.ts';
import { tempDir } from '../test/helpers.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const view = spawnSync('npm', ['view', `onnxruntime-node@${ONNXRUNTIME_VERSION}`, 'version'], {
  encoding: 'utf8',
  timeout: 60_000,
});
if (view.status !== 0) {
  console.log('skipped: npm cannot reach the registry');
  process.exit(0);
}

/** Bytes of the files under `path` (links not followed). */
function bytes(path: string): number {
  const s = lstatSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((sum, entry) => sum + bytes(join(path, entry)), 0);
}

const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;

function seconds(out: string, re: RegExp, what: string): number {
  const m = re.exec(out);
  if (!m) throw new Error(`${what}: no such log line in\n${out.slice(-3000)}`);
  return Number(m[1]);
}

const times = {
  cold: [] as number[],
  save: [] as number[],
  warm: [] as number[],
  restore: [] as number[],
};
const sizes = { downloaded: [] as number[], pruned: [] as number[], entry: [] as number[] };

for (let round = 1; round <= ROUNDS; round++) {
  const npmCache = tempDir('misnomer-bench-npm-');
  const gh = await startFakeGitHub();
  const again = await startFakeGitHub();
  try {
    // 1. Empty npm cache, empty Actions cache.
    const runner = bareRunner(gh, { npm_config_cache: npmCache });
    const first = await runner.run();
    if (first.code !== 0) throw new Error(first.out.slice(-3000));
    times.cold.push(seconds(first.out, /installed with npm ci .* in ([\d.]+) s;/, 'npm ci'));
    times.save.push(seconds(first.out, /saved in the Actions cache in ([\d.]+) s/, 'save'));
    sizes.downloaded.push(bytes(npmCache));
    sizes.pruned.push(bytes(runner.installed));
    sizes.entry.push(gh.caches()[0].size);

    // 2. The same npm cache, another runner and repository (an empty Actions cache).
    const warm = await bareRunner(again, { npm_config_cache: npmCache }).run();
    if (warm.code !== 0) throw new Error(warm.out.slice(-3000));
    times.warm.push(seconds(warm.out, /installed with npm ci .* in ([\d.]+) s;/, 'npm ci'));

    // 3. The next job of 1's repository on a new runner.
    rmSync(runner.toolCache, { recursive: true, force: true });
    const next = await runner.run();
    if (next.code !== 0 || /\[command\].*npm/.test(next.out))
      throw new Error(next.out.slice(-3000));
    times.restore.push(
      seconds(next.out, /restored from the Actions cache in ([\d.]+) s/, 'restore'),
    );
  } finally {
    await gh.close();
    await again.close();
  }
  console.log(
    `round ${round}: npm ci ${times.cold.at(-1)} s (empty npm cache), save ${times.save.at(-1)} s, ` +
      `npm ci ${times.warm.at(-1)} s (warm npm cache), restore ${times.restore.at(-1)} s`,
  );
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs: number[], unit: (x: number) => string) =>
  xs.length > 1
    ? `${unit(median(xs))} (${unit(Math.min(...xs))} to ${unit(Math.max(...xs))})`
    : unit(xs[0]);
const s = (x: number) => `${x.toFixed(1)} s`;

console.log(
  `\nonnxruntime-node ${ONNXRUNTIME_VERSION}, ${process.platform}/${process.arch}, ${ROUNDS} rounds, median (range):`,
);
console.log(`| way | time until it loads |`);
console.log(`|---|---|`);
console.log(`| npm ci, empty npm cache (first job) | ${spread(times.cold, s)} |`);
console.log(`| then saving it in the Actions cache | ${spread(times.save, s)} |`);
console.log(`| npm ci, warm npm cache | ${spread(times.warm, s)} |`);
console.log(`| restored from the Actions cache (next job) | ${spread(times.restore, s)} |`);
console.log(
  `\nthe package on disk, every platform: ${mb(bytes(join(ROOT, 'node_modules', 'onnxruntime-node')))}`,
);
console.log(`downloaded by npm (its cache after npm ci): ${spread(sizes.downloaded, mb)}`);
console.log(`the install kept (this platform's binaries): ${spread(sizes.pruned, mb)}`);
console.log(`the Actions cache entry (compressed archive): ${spread(sizes.entry, mb)}`);
