/**
 * Timed commands in a pull request: real shell commands run in a "base" and a "head" folder
 * alternately. The head's command sleeps 600 ms more than the base's: with node's own start-up
 * (50-150 ms here, and noisy) on both sides, head/base is well above 1 + the 5% threshold, so 6
 * paired rounds decide "worse"; 3 rounds are too few for a verdict; a failing command is
 * reported, not timed.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadConfig } from '../../src/config/load.ts';
import { timeCommands } from '../../src/pipeline/commands.ts';
import { tempDir } from '../helpers.ts';

function sides(): { base: string; head: string } {
  const root = tempDir();
  const base = join(root, 'base');
  const head = join(root, 'head');
  for (const [dir, ms] of [
    [base, 20],
    [head, 620],
  ] as const) {
    mkdirSync(dir);
    writeFileSync(join(dir, 'work.js'), `setTimeout(() => {}, ${ms});\n`);
    writeFileSync(join(dir, 'model.onnx'), 'x');
  }
  return { base, head };
}

const config = (runs: number, run = 'node work.js') =>
  loadConfig(
    'misnomer.yml',
    [
      'models:',
      '  - id: m',
      '    path: model.onnx',
      'commands:',
      '  - name: work',
      `    run: ${run}`,
      `    runs: ${runs}`,
      '',
    ].join('\n'),
  );

test('6 alternating rounds: the slower head is called worse, with its medians', async () => {
  const lines: string[] = [];
  const [d] = await timeCommands(config(6), sides(), (l) => lines.push(l));
  assert.equal(d.name, 'work');
  assert.equal(d.rounds, 6);
  assert.equal(d.verdict, 'worse', d.reason);
  // The head sleeps 600 ms longer; medians of separate runs carry start-up noise (up to ~100
  // ms on a busy machine), so the gap is checked against 450 ms, not 600.
  assert.ok(d.head! - d.base! >= 450, `${d.base} → ${d.head}`);
  assert.ok(d.ratio! > 1.05 && d.ci![0] > 1);
  assert.deepEqual(lines, ['timed "work": 6 runs']);
});

test('3 rounds are shown, not tested; the head alone has no base column', async () => {
  const s = sides();
  const [few] = await timeCommands(config(3), s, () => {});
  assert.equal(few.verdict, 'not-tested');
  assert.equal(few.reason, '3 rounds: a verdict needs at least 5 (set runs: 5 or more)');
  assert.ok(few.ratio! > 1);
  const [alone] = await timeCommands(config(2), { head: s.head }, () => {});
  assert.equal(alone.base, null);
  assert.equal(alone.rounds, 0);
  assert.equal(alone.reason, 'no base checkout in this job: the head alone');
});

test('a command that fails is reported with its side and exit code, not timed', async () => {
  const [d] = await timeCommands(config(5, 'node -e "process.exit(3)"'), sides(), () => {});
  assert.equal(d.verdict, 'not-tested');
  assert.match(d.reason, /^base: failed: exited with code 3/);
  assert.equal(d.ratio, null);
});
