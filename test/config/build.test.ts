import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildModels, runCommand } from '../../src/config/build.ts';
import { loadConfig } from '../../src/config/load.ts';
import { UserError } from '../../src/errors.ts';
import { groupLeft, tempDir } from '../helpers.ts';

const FILE = '.github/misnomer.yml';
const yaml = (...lines: string[]) => lines.join('\n') + '\n';

async function rejects(promise: Promise<unknown>, message: string): Promise<void> {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(e instanceof UserError, `not a UserError: ${String(e)}`);
    assert.equal(e.message, message);
    return true;
  });
}

test('a build command runs in the root and makes the model; its output is logged per model', async () => {
  const root = tempDir();
  const config = loadConfig(
    FILE,
    yaml(
      'models:',
      '  - id: tiny',
      '    build: mkdir -p out && printf x > out/model.onnx && echo built && echo warned >&2',
      '    path: out/model.onnx',
    ),
  );
  const log: string[] = [];
  const paths = await buildModels(config, root, (line) => log.push(line));
  assert.deepEqual([...paths], [['tiny', join(root, 'out/model.onnx')]]);
  assert.equal(readFileSync(join(root, 'out/model.onnx'), 'utf8'), 'x');
  assert.deepEqual(log, [
    '[tiny] $ mkdir -p out && printf x > out/model.onnx && echo built && echo warned >&2',
    '[tiny] built',
    '[tiny] warned',
  ]);
});

test('a model without a build command only needs its file', async () => {
  const root = tempDir();
  writeFileSync(join(root, 'a.onnx'), 'x');
  const config = loadConfig(FILE, yaml('models:', '  - id: a', '    path: a.onnx'));
  const log: string[] = [];
  const paths = await buildModels(config, root, (line) => log.push(line));
  assert.deepEqual([...paths], [['a', join(root, 'a.onnx')]]);
  assert.deepEqual(log, []);
});

test('a failing build: its config line, the exit code and the end of its output', async () => {
  const root = tempDir();
  const config = loadConfig(
    FILE,
    yaml('models:', '  - id: a', '    path: a.onnx', '    build: echo boom >&2; exit 3'),
  );
  await rejects(
    buildModels(config, root, () => {}),
    `${FILE}:4:12: models[0].build for "a" failed with exit code 3: boom`,
  );
  await rejects(
    buildModels(config, root, () => {}, { side: 'base' }),
    `${FILE}:4:12: models[0].build for "a" failed with exit code 3 in the base checkout: boom`,
  );
});

test('a failed build keeps only the last 20 lines of its output', async () => {
  const root = tempDir();
  const config = loadConfig(
    FILE,
    yaml('models:', '  - id: a', '    path: a.onnx', '    build: seq 1 25; exit 1'),
  );
  const last20 = Array.from({ length: 20 }, (_, i) => String(i + 6)).join('\n');
  await rejects(
    buildModels(config, root, () => {}),
    `${FILE}:4:12: models[0].build for "a" failed with exit code 1: ${last20}`,
  );
});

test('a build killed by a signal says which signal', async () => {
  const root = tempDir();
  const config = loadConfig(
    FILE,
    yaml('models:', '  - id: a', '    path: a.onnx', '    build: kill -TERM $$'),
  );
  await rejects(
    buildModels(config, root, () => {}),
    `${FILE}:4:12: models[0].build for "a" was killed by SIGTERM: (it printed nothing)`,
  );
});

test('a path that is not there after the build, or without one, or a directory', async () => {
  const root = tempDir();
  const built = loadConfig(
    FILE,
    yaml('models:', '  - id: a', '    build: printf x > other.onnx', '    path: model.onnx'),
  );
  await rejects(
    buildModels(built, root, () => {}),
    `${FILE}:4:11: models[0].path "model.onnx" does not exist in ${root} after the build; check the path (relative to the repository root) or the build command.`,
  );
  const plain = loadConfig(
    FILE,
    yaml('models:', '  - id: a', '    path: other.onnx', '  - id: b', '    path: b.onnx'),
  );
  await rejects(
    buildModels(plain, root, () => {}),
    `${FILE}:5:11: models[1].path "b.onnx" does not exist in ${root}; check the path (relative to the repository root), or add a build command that makes it.`,
  );
  mkdirSync(join(root, 'dir.onnx'));
  const dir = loadConfig(FILE, yaml('models:', '  - id: a', '    path: dir.onnx'));
  await rejects(
    buildModels(dir, root, () => {}),
    `${FILE}:3:11: models[0].path "dir.onnx" is a directory, not a file, in ${root}; check the path (relative to the repository root), or add a build command that makes it.`,
  );
});

test('models sharing one build command run it once', async () => {
  const root = tempDir();
  const build = 'echo run >> count.txt && printf x > a.onnx && printf y > b.onnx';
  const config = loadConfig(
    FILE,
    yaml(
      'models:',
      '  - id: a',
      `    build: ${build}`,
      '    path: a.onnx',
      '  - id: b',
      `    build: ${build}`,
      '    path: b.onnx',
      '  - id: c',
      '    build: echo c >> count.txt && printf z > c.onnx',
      '    path: c.onnx',
    ),
  );
  const log: string[] = [];
  const paths = await buildModels(config, root, (line) => log.push(line), { side: 'head' });
  assert.equal(readFileSync(join(root, 'count.txt'), 'utf8'), 'run\nc\n');
  assert.deepEqual([...paths.keys()], ['a', 'b', 'c']);
  assert.deepEqual(log, [
    `[head a] $ ${build} (also builds "b")`,
    '[head c] $ echo c >> count.txt && printf z > c.onnx',
  ]);
  const failing = loadConfig(
    FILE,
    yaml(
      'models:',
      '  - id: a',
      '    build: exit 4',
      '    path: a.onnx',
      '  - id: b',
      '    build: exit 4',
      '    path: b.onnx',
    ),
  );
  await rejects(
    buildModels(failing, root, () => {}),
    `${FILE}:3:12: models[0].build for "a" (shared with "b") failed with exit code 4: (it printed nothing)`,
  );
});

test('runCommand: the environment is inherited and a last line without a newline is kept', async () => {
  process.env.MISNOMER_BUILD_TEST = 'inherited';
  try {
    const lines: string[] = [];
    const r = await runCommand('printf "$MISNOMER_BUILD_TEST\\nlast"', tempDir(), (l) =>
      lines.push(l),
    );
    assert.deepEqual(r, {
      code: 0,
      signal: null,
      tail: ['inherited', 'last'],
      timedOut: false,
      leftovers: false,
    });
    assert.deepEqual(lines, ['inherited', 'last']);
  } finally {
    delete process.env.MISNOMER_BUILD_TEST;
  }
});

test('a build past build-timeout is stopped with everything it started; the message names the model, the command and the key', async () => {
  const root = tempDir();
  const config = loadConfig(
    FILE,
    yaml(
      'models:',
      '  - id: a',
      '    path: a.onnx',
      '    build: echo $$ > pgid; echo compiling; sleep 600 & sleep 600',
      'build-timeout: 300ms',
    ),
  );
  const t0 = performance.now();
  await rejects(
    buildModels(config, root, () => {}, { side: 'base' }),
    `${FILE}:4:12: models[0].build for "a" ($ echo $$ > pgid; echo compiling; sleep 600 & sleep 600) did not finish ` +
      `within 300 ms (build-timeout) in the base checkout: it was stopped with every process it started. ` +
      `Make the build faster, or raise build-timeout in ${FILE}. Its last output: compiling`,
  );
  assert.ok(performance.now() - t0 < 5000, 'stopped at the limit');
  const pgid = Number(readFileSync(join(root, 'pgid'), 'utf8'));
  assert.deepEqual(await groupLeft(pgid), [], 'the whole group is gone');
});

test('a build that leaves a daemon behind ends when it exits; the daemon is stopped and said so', async () => {
  const root = tempDir();
  const config = loadConfig(
    FILE,
    yaml('models:', '  - id: a', '    path: a.onnx', '    build: sleep 600 & printf x > a.onnx'),
  );
  const log: string[] = [];
  const t0 = performance.now();
  await buildModels(config, root, (line) => log.push(line));
  assert.ok(performance.now() - t0 < 5000, 'not held by sleep 600');
  assert.deepEqual(log, [
    '[a] $ sleep 600 & printf x > a.onnx',
    '[a] the build exited and left processes running (e.g. a daemon started with &): they were stopped.',
  ]);
});
