/**
 * Log lines on a runner: a line that starts with `::` is a workflow command to the runner, so
 * untrusted text (a model's node names, build output) must never start one.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeLine } from '../../src/github/log.ts';

test('lines that would be workflow commands are defused; others pass as they are', () => {
  assert.equal(safeLine('::add-mask::secret'), '› ::add-mask::secret');
  assert.equal(safeLine('  ::error::x'), '›   ::error::x');
  assert.equal(safeLine('##[set-output name=a;]b'), '› ##[set-output name=a;]b');
  assert.equal(safeLine('measured a: p50 1.2 ms'), 'measured a: p50 1.2 ms');
  // A newline cannot smuggle a command onto a second line: it becomes a space.
  assert.equal(safeLine('ok\n::error::x'), 'ok ::error::x');
  // Control characters (ANSI colors included) are replaced.
  assert.equal(safeLine('\u001b[31mred'), '?[31mred');
});
