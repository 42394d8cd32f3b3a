/**
 * Timed commands: any shell command (a training smoke run, a preprocessing pipeline) timed over
 * several runs as a wall-clock indicator, with the same statistics as model latency. A command
 * that fails or overruns is reported with its exit status and the end of its output.
 */
import { durationText, runShell } from '../run-shell.ts';
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

async function runOnce(
  job: CommandJob,
): Promise<{ status: TimedCommand['status']; ms: number; error?: string }> {
  let stderr = '';
  let r;
  try {
    // Its own process group, stopped whole on timeout or cancellation; timed until it exits,
    // not until a process it left behind closes stderr (src/run-shell.ts).
    r = await runShell({
      command: job.command,
      cwd: job.cwd,
      timeoutMs: job.timeoutMs,
      label: `the timed command "${job.name}"`,
      stdout: false,
      onOutput: (chunk) => (stderr = (stderr + chunk).slice(-1000)),
    });
  } catch (e) {
    return { status: 'failed', ms: 0, error: (e as Error).message };
  }
  const tail = stderr.trim().split('\n').slice(-3).join(' | ');
  if (r.timedOut) {
    return {
      status: 'timed-out',
      ms: r.ms,
      error: `did not finish within ${durationText(job.timeoutMs)}: it was stopped with every process it started`,
    };
  }
  if (r.code !== 0) {
    return {
      status: 'failed',
      ms: r.ms,
      error: `exited with ${r.signal ?? `code ${r.code}`}${tail ? `: ${tail}` : ''}`,
    };
  }
  return { status: 'ok', ms: r.ms };
}
