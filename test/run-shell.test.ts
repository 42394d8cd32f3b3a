/**
 * User commands with limits (src/run-shell.ts): a process group of their own, killed whole on
 * timeout; over when the command exits, even if a process it left behind holds its output; and
 * killed whole when misnomer is cancelled (a real SIGTERM to a real process).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { durationText, runShell } from '../src/run-shell.ts';
import { groupMembers, tempDir } from './helpers.ts';

const waitFor = async (check: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return check();
};

test('a command that leaves a process behind (sleep 600 &) is over when it exits; the process is stopped', async () => {
  const dir = tempDir();
  const out: string[] = [];
  const t0 = performance.now();
  const r = await runShell({
    command: 'echo $$ > pgid; sleep 600 & echo started',
    cwd: dir,
    timeoutMs: 60_000,
    label: 'test',
    onOutput: (c) => out.push(c),
  });
  const took = performance.now() - t0;
  assert.equal(r.code, 0);
  assert.equal(r.timedOut, false);
  assert.equal(r.leftovers, true);
  assert.ok(took < 5000, `took ${took} ms`);
  assert.equal(out.join(''), 'started\n');
  const pgid = Number(readFileSync(join(dir, 'pgid'), 'utf8'));
  assert.ok(await waitFor(() => groupMembers(pgid).length === 0, 2000), 'sleep 600 is gone');
});

test('a command that runs past its limit is stopped with its whole group, SIGKILL if it ignores SIGTERM', async () => {
  const dir = tempDir();
  const t0 = performance.now();
  const r = await runShell({
    command: "echo $$ > pgid; trap '' TERM; sleep 600 & sleep 600",
    cwd: dir,
    timeoutMs: 300,
    label: 'test',
  });
  const took = performance.now() - t0;
  assert.equal(r.timedOut, true);
  assert.ok(took < 300 + 2000 + 3000, `took ${took} ms`);
  const pgid = Number(readFileSync(join(dir, 'pgid'), 'utf8'));
  assert.ok(await waitFor(() => groupMembers(pgid).length === 0, 2000), 'the group is gone');
});

test('a quiet, quick command: its code, no leftovers', async () => {
  const r = await runShell({ command: 'exit 4', timeoutMs: 10_000, label: 'test' });
  assert.deepEqual([r.code, r.timedOut, r.leftovers], [4, false, false]);
});

test('SIGTERM to misnomer while a command runs: the group is killed, one line names it, misnomer exits', async () => {
  const dir = tempDir();
  const script = join(dir, 'run.mts');
  const module = fileURLToPath(new URL('../src/run-shell.ts', import.meta.url));
  writeFileSync(
    script,
    `import { runShell } from ${JSON.stringify(module)};\n` +
      `await runShell({ command: 'echo $$ > pgid; sleep 600 & sleep 600', cwd: ${JSON.stringify(dir)}, timeoutMs: 600000, label: 'the build of "m" ($ sleep 600)' });\n`,
  );
  // From the repository, where --import finds tsx.
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d));
  child.stderr.on('data', (d: Buffer) => (err += d));
  const pgidFile = join(dir, 'pgid');
  assert.ok(
    await waitFor(
      () => existsSync(pgidFile) && readFileSync(pgidFile, 'utf8').endsWith('\n'),
      10_000,
    ),
    err,
  );
  const pgid = Number(readFileSync(pgidFile, 'utf8'));
  const exited = new Promise((r) => child.on('exit', (c) => r(c)));
  try {
    // The shell and its sleeps are up.
    assert.ok(await waitFor(() => groupMembers(pgid).length >= 2, 2000));
    child.kill('SIGTERM');
  } catch (e) {
    child.kill('SIGKILL');
    process.kill(-pgid, 'SIGKILL');
    throw e;
  }
  const code = await exited;
  assert.equal(code, 143);
  assert.equal(
    out,
    'misnomer: cancelled (SIGTERM): stopped the build of "m" ($ sleep 600) and every process it started.\n',
  );
  assert.ok(await waitFor(() => groupMembers(pgid).length === 0, 2000), 'the group is gone');
});

test('durationText: as people write limits', () => {
  assert.equal(durationText(300), '300 ms');
  assert.equal(durationText(2000), '2 s');
  assert.equal(durationText(90_000), '90 s');
  assert.equal(durationText(30 * 60_000), '30 min');
});
