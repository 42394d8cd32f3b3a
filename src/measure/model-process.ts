/**
 * The parent's handle on one model process: requests with a time limit, and a plain-words
 * account of how the process failed when it did (crashed with a signal, exited, timed out, or
 * reported an ONNX Runtime error). A failure never throws past the measurement of its model.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { childEnv } from '../child-env.ts';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ModelStatus } from './types.ts';
import type { OneShotMode, OneShotReport, Reply, Request } from './protocol.ts';

/** A failure of a model process, with the status the measurement reports. */
export class ModelFailure extends Error {
  /** In an A/B run: which side's process failed. */
  side?: 'a' | 'b';
  constructor(
    readonly status: Exclude<ModelStatus, 'ok'>,
    message: string,
  ) {
    super(message);
  }
}

/** A duration in a message: "3 s", "50 ms". */
const duration = (ms: number) =>
  ms >= 1000 ? `${+(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;

/**
 * Where the model-process program is: beside this file as TypeScript in development (run
 * through tsx), or as dist/measure-worker.js beside the bundled CLI.
 */
function workerProgram(): { path: string; execArgv: string[] } {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts'))
    // tsx by its full URL: a bare '--import tsx' resolves from the cwd, which may be any folder.
    return {
      path: join(dirname(here), 'worker.ts'),
      execArgv: ['--import', import.meta.resolve('tsx')],
    };
  const bundled = join(dirname(here), 'measure-worker.js');
  if (!existsSync(bundled)) throw new Error(`the model-process program is missing: ${bundled}`);
  return { path: bundled, execArgv: [] };
}

/** Keeps the last lines a process wrote to stderr, for the failure message. */
function tail(child: ChildProcess): () => string {
  let text = '';
  child.stderr?.on('data', (d: Buffer) => {
    text = (text + d.toString()).slice(-2000);
  });
  return () => text.trim().split('\n').slice(-3).join(' | ');
}

function describeExit(
  code: number | null,
  signal: NodeJS.Signals | null,
  stderr: string,
): ModelFailure {
  const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
  const crash =
    signal === 'SIGSEGV' || signal === 'SIGABRT' || signal === 'SIGBUS' || signal === 'SIGILL';
  return new ModelFailure(
    'crashed',
    `the ONNX Runtime process ${how}${crash ? ' (a crash inside the runtime)' : ''}` +
      (stderr ? `: ${stderr}` : ''),
  );
}

export class ModelProcess {
  private child: ChildProcess;
  private stderr: () => string;
  private exited?: ModelFailure;
  private pending?: {
    resolve: (r: Reply) => void;
    reject: (e: Error) => void;
    timer: NodeJS.Timeout;
  };

  constructor(private label: string) {
    const program = workerProgram();
    this.child = fork(program.path, [], {
      execArgv: program.execArgv,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
      // A model file comes from the pull request: its process gets what a build gets.
      env: childEnv(),
    });
    this.stderr = tail(this.child);
    this.child.on('message', (reply: Reply) => {
      const p = this.pending;
      if (!p) return;
      this.pending = undefined;
      clearTimeout(p.timer);
      if (reply.type === 'error') p.reject(new ModelFailure('failed', reply.message));
      else p.resolve(reply);
    });
    this.child.on('exit', (code, signal) => {
      this.exited = describeExit(code, signal, this.stderr());
      const p = this.pending;
      this.pending = undefined;
      if (p) {
        clearTimeout(p.timer);
        p.reject(this.exited);
      }
    });
  }

  /**
   * Sends a request and waits for its reply, at most `timeoutMs`. `who` names the model in a
   * time-out message when the process holds two (the process's label otherwise).
   */
  request<T extends Reply['type']>(
    req: Request,
    expect: T,
    timeoutMs: number,
    who = this.label,
  ): Promise<Extract<Reply, { type: T }>> {
    if (this.exited) return Promise.reject(this.exited);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending = undefined;
        this.kill();
        reject(
          new ModelFailure(
            'timed-out',
            `${who} did not finish "${req.type}" within ${duration(timeoutMs)}; the process was stopped`,
          ),
        );
      }, timeoutMs);
      this.pending = {
        timer,
        reject,
        resolve: (r) => {
          if (r.type !== expect)
            reject(new Error(`model process answered ${r.type} to ${req.type}`));
          else resolve(r as Extract<Reply, { type: T }>);
        },
      };
      // A process that died meanwhile fails the write (EPIPE): the exit handler reports how it
      // ended, so the write error itself is not news.
      this.child.send(req, () => {});
    });
  }

  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  /** Asks the process to exit; kills it if it does not within a second. */
  /** The model process's pid (for diagnostics and tests). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  async close(): Promise<void> {
    // Killed (a timeout) or gone: nothing to ask. The channel can still look open for a moment
    // after a kill, and a send then fails with EPIPE.
    if (this.exited || !this.child.connected || this.child.killed) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    try {
      this.child.send({ type: 'exit' } satisfies Request, (e) => e && this.kill());
    } catch {
      this.kill();
    }
    const timer = setTimeout(() => this.kill(), 1000);
    await gone;
    clearTimeout(timer);
  }
}

/** Runs one fresh process in a one-shot mode (cold start, memory) and returns its report. */
export async function oneShot(
  mode: OneShotMode,
  job: object,
  timeoutMs: number,
): Promise<OneShotReport> {
  const program = workerProgram();
  const dir = mkdtempSync(join(tmpdir(), 'misnomer-job-'));
  const jobPath = join(dir, 'job.json');
  writeFileSync(jobPath, JSON.stringify(job));
  try {
    const child = spawn(
      process.execPath,
      [...program.execArgv, program.path, '--one-shot', mode, jobPath],
      { stdio: ['ignore', 'pipe', 'pipe'], env: childEnv() },
    );
    const stderr = tail(child);
    let stdout = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(
      (resolve, reject) => {
        child.on('exit', (c, s) => resolve([c, s]));
        child.on('error', (e) =>
          reject(new ModelFailure('failed', `could not start a fresh process: ${e.message}`)),
        );
      },
    ).finally(() => clearTimeout(timer));
    const line = stdout.trim().split('\n').pop() ?? '';
    if (timedOut) {
      throw new ModelFailure(
        'timed-out',
        `a fresh process (${mode}) did not finish within ${duration(timeoutMs)}`,
      );
    }
    let report: OneShotReport | undefined;
    try {
      report = JSON.parse(line) as OneShotReport;
    } catch {
      throw describeExit(code, signal, stderr());
    }
    if (report.error) throw new ModelFailure('failed', report.error);
    if (code !== 0 || signal) throw describeExit(code, signal, stderr());
    return report;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
