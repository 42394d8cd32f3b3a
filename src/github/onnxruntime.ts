/**
 * onnxruntime-node on a runner. Its native binaries are not committed (GITHUB.md), so the
 * Action's folder has no node_modules: on first use the pinned package is installed with npm
 * (on every hosted runner) into the runner's tool cache and reused from there by later steps
 * (and later jobs, on self-hosted runners). Local and test runs find the project's own install
 * and skip all of this.
 */
import * as exec from '@actions/exec';
import * as tc from '@actions/tool-cache';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { UserError } from '../errors.ts';
import { ORT_DIR_ENV } from '../measure/ort.ts';
import { ONNXRUNTIME_VERSION } from '../version.ts';

const TOOL = 'misnomer-onnxruntime-node';

function resolvable(from: string): boolean {
  try {
    createRequire(from).resolve('onnxruntime-node/package.json');
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes onnxruntime-node loadable by this process and the model processes; returns where it
 * came from, for the log.
 */
export async function ensureOnnxRuntime(runnerTemp: string): Promise<string> {
  const given = process.env[ORT_DIR_ENV];
  if (given && resolvable(join(given, 'x.js'))) return `${given} (${ORT_DIR_ENV})`;
  if (resolvable(import.meta.url)) return 'the installation beside misnomer';
  let dir = tc.find(TOOL, ONNXRUNTIME_VERSION);
  if (!dir) {
    const tmp = mkdtempSync(join(runnerTemp, 'misnomer-ort-'));
    // --ignore-scripts: the package's install script fetches GPU libraries; the CPU binaries
    // are in the package itself. Users of other providers install their own and set
    // MISNOMER_ONNXRUNTIME_DIR.
    const code = await exec.exec(
      'npm',
      [
        'install',
        '--no-save',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        '--prefix',
        tmp,
        `onnxruntime-node@${ONNXRUNTIME_VERSION}`,
      ],
      { ignoreReturnCode: true },
    );
    if (code !== 0) {
      throw new UserError(
        `npm could not install onnxruntime-node@${ONNXRUNTIME_VERSION} (exit code ${code}). ` +
          `Install it yourself (npm install --prefix <dir> onnxruntime-node@${ONNXRUNTIME_VERSION}) ` +
          `and set ${ORT_DIR_ENV}=<dir> for this step.`,
      );
    }
    dir = await tc.cacheDir(tmp, TOOL, ONNXRUNTIME_VERSION);
    // cacheDir copied it: the install itself (hundreds of MB of binaries) can go.
    rmSync(tmp, { recursive: true, force: true });
  }
  process.env[ORT_DIR_ENV] = dir;
  if (!resolvable(join(dir, 'x.js'))) {
    throw new UserError(
      `onnxruntime-node is not in ${dir}: remove that folder from the tool cache and run again.`,
    );
  }
  return `${dir} (tool cache)`;
}
