/**
 * A runner as `uses: owner/misnomer@v1` gives the Action: its folder holds dist/ and no
 * node_modules, so onnxruntime-node must be installed (src/github/onnxruntime.ts). One tool cache
 * shared by the jobs run on it; every job measures a one-model config with dist/index.js against
 * the fake GitHub. Used by install.test.ts and bench/ort-install.ts.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ONNXRUNTIME_VERSION } from '../../src/version.ts';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { tempDir } from '../helpers.ts';
import { isolatedEnv, WRITE_TOKEN, type FakeGitHub } from './fake-github.ts';

export const DIST = fileURLToPath(new URL('../../dist', import.meta.url));

export interface Step {
  code: number;
  /** stdout and stderr. */
  out: string;
  /** Latency samples in the result (0: not measured). */
  latencies: number;
  /** The result fingerprint's onnxruntime version. */
  ort?: string;
}

export interface BareRunner {
  /** RUNNER_TOOL_CACHE (remove it for a new hosted runner: same path, empty). */
  toolCache: string;
  /** Where the Action installs onnxruntime-node in the tool cache. */
  installed: string;
  /** A new job's environment: a workspace with a one-model config (edit it before `step`). */
  job(): Record<string, string>;
  /** Runs dist/index.js as a step of that job. */
  step(env: Record<string, string>): Promise<Step>;
  /** A new job and its step. */
  run(): Promise<Step>;
}

/** `env` is added to every job's (npm_config_* settings, say). */
export function bareRunner(gh: FakeGitHub, env: Record<string, string> = {}): BareRunner {
  const root = tempDir('misnomer-install-');
  // The action's folder as `uses:` checks it out: dist/ only.
  const action = join(root, 'action');
  cpSync(DIST, join(action, 'dist'), { recursive: true });
  const toolCache = join(root, 'toolcache');
  const installed = join(toolCache, 'misnomer-onnxruntime-node', ONNXRUNTIME_VERSION, process.arch);
  let runs = 0;
  const job = () => {
    const dir = join(root, `run-${++runs}`);
    // A manual run (workflow_dispatch): measured and reported, no baseline saved.
    const vars: Record<string, string> = {
      ...gh.env(WRITE_TOKEN, { dir, ref: 'refs/heads/feature' }),
      GITHUB_EVENT_NAME: 'workflow_dispatch',
      RUNNER_TOOL_CACHE: toolCache,
      'INPUT_GITHUB-TOKEN': WRITE_TOKEN,
      ...env,
    };
    const ws = vars.GITHUB_WORKSPACE;
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
    return vars;
  };
  // Asynchronous: the fake GitHub answers from this process's event loop.
  const step = (vars: Record<string, string>) =>
    new Promise<Step>((resolve) =>
      execFile(
        process.execPath,
        [join(action, 'dist', 'index.js')],
        { env: isolatedEnv(vars), cwd: vars.GITHUB_WORKSPACE, maxBuffer: 64 << 20 },
        (error, stdout, stderr) => {
          const outputs = readFileSync(vars.GITHUB_OUTPUT, 'utf8');
          const file = /result-json<<(\S+)\n(.*)\n\1/.exec(outputs)?.[2];
          const result = file ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
          resolve({
            code: error ? Number(error.code ?? 1) : 0,
            out: stdout + stderr,
            latencies: result?.models[0].measurement?.latency.summary.count ?? 0,
            ort: result?.fingerprint.onnxruntime,
          });
        },
      ),
    );
  return { toolCache, installed, job, step, run: () => step(job()) };
}
