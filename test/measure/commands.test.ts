/** Timed commands: wall-clock statistics, and a failing or overrunning command reported. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timeCommand } from '../../src/measure/commands.ts';
import { summarize } from '../../src/stats/summary.ts';

test('a command is timed over its runs, with the same statistics as latency', async () => {
  const r = await timeCommand({ name: 'nap', command: 'sleep 0.03', runs: 3, timeoutMs: 10_000 });
  assert.equal(r.status, 'ok');
  assert.equal(r.wallClock!.samplesMs.length, 3);
  assert.ok(
    r.wallClock!.samplesMs.every((ms) => ms >= 30),
    'sleep 0.03 lasts at least 30 ms',
  );
  assert.deepEqual(r.wallClock!.summary, summarize(r.wallClock!.samplesMs));
});

test('a failing command is reported with its exit status and the end of its stderr', async () => {
  const r = await timeCommand({
    name: 'broken',
    command: 'echo "no such dataset" >&2; exit 3',
    runs: 3,
    timeoutMs: 10_000,
  });
  assert.equal(r.status, 'failed');
  assert.equal(r.error, 'exited with code 3: no such dataset');
  assert.equal(r.wallClock, undefined);
});

test('a command that overruns is stopped, its children too', async () => {
  const t0 = performance.now();
  const r = await timeCommand({
    name: 'slow',
    command: 'sleep 30 & sleep 30; wait',
    runs: 1,
    timeoutMs: 300,
  });
  assert.equal(r.status, 'timed-out');
  assert.equal(
    r.error,
    'did not finish within 300 ms: it was stopped with every process it started',
  );
  assert.ok(performance.now() - t0 < 5000, 'stopped at the limit, not after 30 s');
});

test('a command that exits leaving a process behind is timed to its exit, not held by the process', async () => {
  const t0 = performance.now();
  const r = await timeCommand({
    name: 'daemon',
    command: 'sleep 600 & echo started >&2',
    runs: 2,
    timeoutMs: 10_000,
  });
  assert.equal(r.status, 'ok', r.error);
  assert.ok(
    r.wallClock!.samplesMs.every((ms) => ms < 1000),
    String(r.wallClock!.samplesMs),
  );
  assert.ok(performance.now() - t0 < 6000, 'not held by sleep 600');
});
