/** Progress: a bar redrawn in place on a terminal, plain lines in CI logs. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createProgress } from '../../src/progress.ts';

/** A stand-in for process.stderr: only what the progress writer uses. */
function stream(isTTY: boolean) {
  const chunks: string[] = [];
  return {
    chunks,
    s: {
      isTTY,
      columns: 80,
      write: (c: string) => chunks.push(c) > 0,
    } as unknown as NodeJS.WriteStream,
  };
}

test('not on a terminal: a line when a phase starts and at each quarter, nothing else', () => {
  const { chunks, s } = stream(false);
  const p = createProgress(s);
  for (let k = 0; k <= 20; k++) p.update('latency base', k / 20);
  p.update('cold start', 0.8);
  p.log('measured base');
  assert.deepEqual(chunks, [
    'misnomer: 0% latency base\n',
    'misnomer: 25% latency base\n',
    'misnomer: 50% latency base\n',
    'misnomer: 75% latency base\n',
    'misnomer: 100% latency base\n',
    'misnomer: 80% cold start\n',
    'misnomer: measured base\n',
  ]);
});

test('on a terminal: one line redrawn in place, cleared when done', () => {
  const { chunks, s } = stream(true);
  const p = createProgress(s);
  p.update('latency base', 0.5);
  p.update('latency base', 0.5);
  p.done();
  assert.equal(chunks.length, 2, 'an unchanged bar is not redrawn');
  assert.equal(chunks[0], `\r\u001b[2K[${'█'.repeat(12)}${'░'.repeat(12)}]  50% latency base`);
  assert.equal(chunks[1], '\r\x1b[2K');
});
