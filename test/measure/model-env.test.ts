/**
 * A model file comes from the pull request, and ONNX Runtime parses it: its process gets the
 * environment a build gets, without the Action's inputs (the github-token) and the runner's
 * service credentials. Read from the live process's /proc/<pid>/environ (Linux).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { openModel } from '../../src/measure/measure.ts';
import { DEFAULT_SETTINGS } from '../../src/measure/settings.ts';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { tempDir } from '../helpers.ts';

test('a model process sees neither the Action inputs nor the runner tokens', async (t) => {
  if (!existsSync('/proc/self/environ')) {
    t.skip('no /proc on this system: the environment of a child cannot be read');
    return;
  }
  const m = new ModelBuilder();
  m.output(m.op('Relu', [m.input('x', 'float32', [1, 4])]));
  const path = m.save(join(tempDir(), 'relu.onnx'));
  const secret = {
    'INPUT_GITHUB-TOKEN': 'ghs_secret',
    ACTIONS_RUNTIME_TOKEN: 'runtime-secret',
    MISNOMER_TEST_KEEP: 'kept',
  };
  Object.assign(process.env, secret);
  try {
    const spec = { name: 'x', dtype: 'float32', shape: [1, 4] };
    const proc = await openModel(
      path,
      [{ ...spec, fill: { kind: 'uniform', min: -1, max: 1 } }],
      { ...DEFAULT_SETTINGS, timeoutMs: 60_000 },
      'relu',
    );
    try {
      const env = readFileSync(`/proc/${proc.pid}/environ`, 'utf8').split('\0');
      assert.ok(env.includes('MISNOMER_TEST_KEEP=kept'), 'the rest of the environment is passed');
      assert.ok(!env.some((e) => e.startsWith('INPUT_GITHUB-TOKEN=')), 'no Action input');
      assert.ok(!env.some((e) => e.startsWith('ACTIONS_RUNTIME_TOKEN=')), 'no runner token');
    } finally {
      await proc.close();
    }
  } finally {
    for (const k of Object.keys(secret)) delete process.env[k];
  }
});
