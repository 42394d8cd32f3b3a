/**
 * The Action's input and output names are declared once in src/github/inputs.ts; action.yml
 * must declare exactly the same ones (a renamed input would otherwise read as empty, silently).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { INPUT, OUTPUT, readInputs } from '../../src/github/inputs.ts';
import { UserError } from '../../src/errors.ts';

const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8'));

test('action.yml declares the inputs and outputs the code reads and sets, and no others', () => {
  assert.deepEqual(Object.keys(action.inputs).sort(), Object.values(INPUT).sort());
  assert.deepEqual(Object.keys(action.outputs).sort(), Object.values(OUTPUT).sort());
});

test('readInputs: defaults, and a wrong value names the input', () => {
  const from = (given: Record<string, string>) => () => readInputs((n) => given[n] ?? '');
  assert.deepEqual(from({})(), {
    token: '',
    config: '.github/misnomer.yml',
    mode: 'measure',
    key: '',
    results: '',
    workingDirectory: '.',
    comment: '',
    allowEvents: [],
  });
  assert.throws(from({ mode: 'post' }), (e: Error) => {
    assert.ok(e instanceof UserError);
    assert.equal(
      e.message,
      'input mode: "post" is not a mode; expected measure, comment or aggregate.',
    );
    return true;
  });
  assert.throws(from({ comment: 'sometimes' }), /^UserError: input comment: "sometimes"/);
  assert.throws(from({ key: 'a b' }), /^UserError: input key: "a b" must be letters/);
  assert.deepEqual(from({ 'allow-event': 'issue_comment, repository_dispatch' })().allowEvents, [
    'issue_comment',
    'repository_dispatch',
  ]);
});
