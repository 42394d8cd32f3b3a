/**
 * Timed commands: any shell command (a training smoke run, a preprocessing pipeline) timed over
 * several runs as a wall-clock indicator, with the same statistics as model latency. A command
 * that fails or overruns is reported with its exit status and the end of its output.
 */
import { spawn } from 'node:child_process';
import { childEnv } from '../child-env.ts';
import { samples } from './measure.ts';
import type { TimedCommand } from './types.ts';

export interface CommandJob {
  name: string;
  command: string;
  runs: number;
  timeoutMs: number;
  cwd?: string;
}

export async function timeCommand(
  job: CommandJob,
  onRun: (done: number) => void = () => {},
): Promise<TimedCommand> {
  const times: number[] = [];
  for (let i = 0; i < job.runs; i++) {
    const r = await runOnce(job);
    if (r.status !== 'ok')
      return { name: job.name, command: job.command, status: r.status, error: r.error };
    times.push(r.ms);
    onRun(i + 1);
  }
  return { name: job.name, command: job.command, status: 'ok', wallClock: samples(times) };
}

function runOnce(
  job: CommandJob,
): Promise<{ status: TimedCommand['status']; ms: number; error?: string }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(job.command, {
      shell: true,
      cwd: job.cwd,
      env: childEnv(),
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-1000)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      // The whole process group: a shell's children must not outlive the limit.
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // The group is already gone: its exit event is on its way.
      }
    }, job.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ status: 'failed', ms: 0, error: e.message });
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - t0;
      const tail = stderr.trim().split('\n').slice(-3).join(' | ');
      if (timedOut)
        resolve({
          status: 'timed-out',
          ms,
          error: `did not finish within ${job.timeoutMs >= 1000 ? `${+(job.timeoutMs / 1000).toFixed(1)} s` : `${job.timeoutMs} ms`}`,
        });
      else if (code !== 0) {
        resolve({
          status: 'failed',
          ms,
          error: `exited with ${signal ?? `code ${code}`}${tail ? `: ${tail}` : ''}`,
        });
      } else resolve({ status: 'ok', ms });
    });
  });
}
