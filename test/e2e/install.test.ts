/**
 * The Action as a runner gets it: the action's folder holds dist/ and no node_modules (native
 * binaries are not committed). The first run installs the pinned onnxruntime-node with npm into
 * the tool cache and measures with it; a second run finds it there and installs nothing.
 * Needs the npm registry (or npm's cache); without either the test says so and is skipped.
 */
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ONNXRUNTIME_VERSION } from '../../src/version.ts';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { tempDir } from '../helpers.ts';
import { isolatedEnv, startFakeGitHub, WRITE_TOKEN } from './fake-github.ts';

const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

const registry = spawnSync('npm', ['view', `onnxruntime-node@${ONNXRUNTIME_VERSION}`, 'version'], {
  encoding: 'utf8',
  timeout: 60_000,
});
const offline =
  registry.status !== 0
    ? `npm cannot reach the registry (${(registry.stderr || '').trim().split('\n').pop()})`
    : false;

test(
  'a runner without node_modules: onnxruntime-node installed into the tool cache once, then reused',
  { skip: offline },
  async () => {
    const gh = await startFakeGitHub();
    try {
      const root = tempDir('misnomer-install-');
      // The action's folder as `uses:` checks it out: dist/ only.
      const action = join(root, 'action');
      cpSync(DIST, join(action, 'dist'), { recursive: true });
      const toolCache = join(root, 'toolcache');
      const run = async (n: number) => {
        const dir = join(root, `run-${n}`);
        // A manual run (workflow_dispatch): measured and reported, no baseline saved.
        const env: Record<string, string> = {
          ...gh.env(WRITE_TOKEN, { dir, ref: 'refs/heads/feature' }),
          GITHUB_EVENT_NAME: 'workflow_dispatch',
        };
        const ws = env.GITHUB_WORKSPACE;
        mkdirSync(join(ws, '.github'), { recursive: true });
        const m = new ModelBuilder();
        const x = m.input('x', 'float32', ['batch', 8]);
        m.initializer('w', 'float32', [8, 8]);
        m.output(m.op('MatMul', [x, 'w']));
        m.save(join(ws, 'model.onnx'));
        writeFileSync(
          join(ws, '.github', 'misnomer.yml'),
          'models:\n  - id: tiny\n    path: model.onnx\n    dims: { batch: 1 }\nbudget: 1s\n',
        );
        execFileSync('git', ['init', '-q'], { cwd: ws });
        return new Promise<{ code: number; out: string; outputs: string }>((resolve) =>
          execFile(
            process.execPath,
            [join(action, 'dist', 'index.js')],
            {
              env: isolatedEnv({
                ...env,
                RUNNER_TOOL_CACHE: toolCache,
                'INPUT_GITHUB-TOKEN': WRITE_TOKEN,
              }),
              cwd: ws,
              maxBuffer: 64 << 20,
            },
            (error, stdout, stderr) =>
              resolve({
                code: error ? Number(error.code ?? 1) : 0,
                out: stdout + stderr,
                outputs: readFileSync(env.GITHUB_OUTPUT, 'utf8'),
              }),
          ),
        );
      };
      const installed = join(toolCache, 'misnomer-onnxruntime-node', ONNXRUNTIME_VERSION);
      const first = await run(1);
      assert.equal(first.code, 0, first.out.slice(-3000));
      assert.match(first.out, /\[command\].*npm.* install .*onnxruntime-node@/);
      assert.match(first.out, /onnxruntime-node: .*misnomer-onnxruntime-node.* \(tool cache\)/);
      assert.ok(existsSync(installed), 'installed in the tool cache');
      // Measured with it: a latency was taken.
      const result = JSON.parse(
        readFileSync(/result-json<<(\S+)\n(.*)\n\1/.exec(first.outputs)![2], 'utf8'),
      );
      assert.ok(result.models[0].measurement.latency.summary.count > 0);
      assert.equal(result.fingerprint.onnxruntime, ONNXRUNTIME_VERSION);

      const second = await run(2);
      assert.equal(second.code, 0, second.out.slice(-3000));
      assert.doesNotMatch(second.out, /\[command\].*npm/);
      assert.match(second.out, /onnxruntime-node: .*misnomer-onnxruntime-node.* \(tool cache\)/);
    } finally {
      await gh.close();
    }
  },
);
