/**
 * Runs a user's shell command (a build, a timed command: pull-request code) with limits:
 *
 * - in a process group of its own (a new session), so that everything it starts can be
 *   stopped together, not only the shell;
 * - with a time limit: past it, the group gets SIGTERM, then SIGKILL after KILL_GRACE_MS;
 * - it is over when the command exits. A process it left behind (`sleep 600 &`, a daemon) still
 *   holds its stdout and stderr, so the pipes would not close until that process ends: they are
 *   waited for EXIT_GRACE_MS (the last lines still come through), then the group is killed and
 *   the pipes dropped;
 * - when the Action is cancelled (the runner sends SIGINT, then SIGTERM), every group still
 *   running is killed before misnomer exits: detached groups would outlive the job's process tree.
 *
 * On Windows there are no process groups: the shell alone is stopped.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { childEnv } from './child-env.ts';

/** How long the pipes may stay open after the command exited. */
export const EXIT_GRACE_MS = 1000;
/** From SIGTERM to SIGKILL when the time limit is reached. */
export const KILL_GRACE_MS = 2000;

const GROUPS = process.platform !== 'win32';

export interface ShellJob {
  command: string;
  cwd?: string;
  timeoutMs: number;
  /** What runs, for the line printed on cancellation: `the build of "classifier"`. */
  label: string;
  /** Whether stdout is read (stderr always is). Default true. */
  stdout?: boolean;
  onOutput?: (chunk: string) => void;
}

export interface ShellOutcome {
  /** The exit code, or null when a signal ended the command. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** It ran past `timeoutMs` and was stopped with its group. */
  timedOut: boolean;
  /** Processes of its group were still running when it exited (they were killed). */
  leftovers: boolean;
  /** From start to exit. */
  ms: number;
}

/** The groups running now, by the pid of their leader. */
const running = new Map<number, { label: string; child: ChildProcess }>();
/** Commands being started or running: the signal handlers stay while there are any. */
let active = 0;

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (GROUPS && child.pid) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // The group is gone already.
  }
}

function groupAlive(child: ChildProcess): boolean {
  if (!GROUPS || !child.pid) return false;
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}

function onCancel(signal: NodeJS.Signals): void {
  for (const { label, child } of running.values()) {
    signalGroup(child, 'SIGKILL');
    process.stdout.write(
      `misnomer: cancelled (${signal}): stopped ${label} and every process it started.\n`,
    );
  }
  running.clear();
  process.exit(signal === 'SIGINT' ? 130 : 143);
}

/**
 * Before a command starts: the handlers go in first, so that a signal that comes while it is
 * being spawned finds it registered (handlers run on a later turn of the event loop).
 */
function hold(): void {
  if (active++ > 0) return;
  process.on('SIGINT', onCancel);
  process.on('SIGTERM', onCancel);
}

function release(pid: number | undefined): void {
  if (pid !== undefined) running.delete(pid);
  if (--active > 0) return;
  process.off('SIGINT', onCancel);
  process.off('SIGTERM', onCancel);
}

/** Runs `job.command` with /bin/sh -c (cmd.exe on Windows) in the environment of child-env.ts. */
export function runShell(job: ShellJob): Promise<ShellOutcome> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    hold();
    let child: ChildProcess;
    try {
      child = spawn(job.command, {
        shell: process.platform === 'win32' ? true : '/bin/sh',
        cwd: job.cwd,
        env: childEnv(),
        stdio: ['ignore', job.stdout === false ? 'ignore' : 'pipe', 'pipe'],
        detached: GROUPS,
      });
    } catch (e) {
      release(undefined);
      reject(e as Error);
      return;
    }
    const pid = child.pid;
    if (pid !== undefined) running.set(pid, { label: job.label, child });
    const pipes = [child.stdout, child.stderr].filter((s) => s !== null);
    for (const pipe of pipes) {
      pipe.setEncoding('utf8');
      pipe.on('data', (chunk: string) => job.onOutput?.(chunk));
    }
    let timedOut = false;
    let killer: NodeJS.Timeout | undefined;
    const limit = setTimeout(() => {
      timedOut = true;
      signalGroup(child, 'SIGTERM');
      killer = setTimeout(() => signalGroup(child, 'SIGKILL'), KILL_GRACE_MS);
    }, job.timeoutMs);
    let settled = false;
    child.on('error', (e) => {
      if (settled) return;
      settled = true;
      clearTimeout(limit);
      clearTimeout(killer);
      release(pid);
      reject(e);
    });
    child.on('exit', (code, signal) => {
      const ms = performance.now() - t0;
      clearTimeout(limit);
      let grace: NodeJS.Timeout | undefined;
      const finish = () => {
        if (settled) return;
        settled = true;
        clearTimeout(grace);
        clearTimeout(killer);
        const leftovers = groupAlive(child);
        if (leftovers) signalGroup(child, 'SIGKILL');
        for (const pipe of pipes) pipe.destroy();
        release(pid);
        resolve({ code, signal, timedOut, leftovers, ms });
      };
      if (pipes.every((p) => p.closed)) finish();
      else {
        child.once('close', finish);
        grace = setTimeout(finish, EXIT_GRACE_MS);
      }
    });
  });
}

/** `90 s`, `2 min`, `500 ms`: a limit as people write it. */
export function durationText(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 120_000 || ms % 60_000 !== 0) return `${+(ms / 1000).toFixed(1)} s`;
  return `${ms / 60_000} min`;
}
