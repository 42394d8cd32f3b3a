/**
 * Every way a model file can be wrong ends in one clear paragraph that names the file and says
 * what to do, and exit code 2: never a stack trace.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { tempDir } from '../helpers.ts';
import { runCli } from './run-cli.ts';

const dir = tempDir();

function validModel(): string {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', ['batch', 4]);
  m.initializer('w', 'float32', [4, 3], undefined, { external: 'weights.bin' });
  m.output(m.op('MatMul', [x, 'w']));
  return m.save(join(dir, 'valid.onnx'));
}

function expectUserError(args: string[], ...fragments: (string | RegExp)[]) {
  const r = runCli(args);
  assert.equal(r.code, 2, `exit code 2 expected; stderr: ${r.stderr}`);
  assert.equal(r.stdout, '');
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  assert.equal(r.stderr.trim().split('\n').length, 1, `one paragraph: ${r.stderr}`);
  for (const f of fragments)
    assert.match(r.stderr, typeof f === 'string' ? new RegExp(escape(f)) : f);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('an empty file', () => {
  const path = join(dir, 'empty.onnx');
  writeFileSync(path, '');
  expectUserError(['analyze', path], path, 'is empty', 'Re-export');
});

test('a file that does not exist', () => {
  expectUserError(['analyze', join(dir, 'nope.onnx')], 'nope.onnx: no such file');
});

test('a truncated file', () => {
  const bytes = readFileSync(validModel());
  const path = join(dir, 'truncated.onnx');
  writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
  expectUserError(['analyze', path, '--dim', 'batch=1'], path, 'truncated', 'export it again');
});

test('a file that is not ONNX (text, JSON, PNG)', () => {
  for (const [name, content] of [
    ['notes.onnx', 'hello world, this is not a model\n'],
    ['config.onnx', '{"model": "resnet50", "batch": 1}'],
    ['image.onnx', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
  ] as const) {
    const path = join(dir, name);
    writeFileSync(path, content);
    expectUserError(['analyze', path], path, /not (a readable )?an? ONNX|not a readable ONNX/);
  }
});

test('a missing external-data file', () => {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [1, 4]);
  m.initializer('w', 'float32', [4, 3], undefined, { external: 'lost-weights.bin' });
  m.output(m.op('MatMul', [x, 'w']));
  const { model } = m.toBytes();
  const path = join(dir, 'external.onnx');
  writeFileSync(path, model); // the .bin file is deliberately not written
  expectUserError(
    ['analyze', path],
    'tensor "w"',
    'lost-weights.bin',
    'is missing',
    'Copy the external-data file',
  );
});

test('an external-data file that is too short', () => {
  const path = validModel();
  writeFileSync(join(dir, 'weights.bin'), Buffer.alloc(10));
  expectUserError(
    ['analyze', path, '--dim', 'batch=1'],
    'tensor "w" needs bytes 0..48',
    'has 10 bytes',
  );
});

test('a node in an operator domain the model does not import', () => {
  const m = new ModelBuilder({ opset: 17 });
  const x = m.input('x', 'float32', [1, 4]);
  m.output(m.op('Frobnicate', [x], {}, { name: 'weird', domain: 'com.example.unknown' }));
  const path = m.save(join(dir, 'domain.onnx'));
  expectUserError(['analyze', path], 'node "weird"', 'com.example.unknown', 'does not import');
});

test('a graph with a cycle', () => {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [1, 4]);
  m.node('Add', [x, 'c'], {}, { name: 'a', outputs: ['b'] });
  m.node('Relu', ['b'], {}, { name: 'r', outputs: ['c'] });
  m.output('c');
  const path = m.save(join(dir, 'cycle.onnx'));
  expectUserError(['analyze', path], 'cycle', '"a"', '"r"', 'acyclic');
});

test('a value that no node produces', () => {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [1, 4]);
  m.output(m.op('Add', [x, 'ghost'], {}, { name: 'adder' }));
  const path = m.save(join(dir, 'dangling.onnx'));
  expectUserError(['analyze', path], 'node "adder"', '"ghost"', 'no node produces');
});

test('a dim without a value lists the symbols and where they appear', () => {
  const m = new ModelBuilder();
  const ids = m.input('input_ids', 'int64', ['batch', 'sequence']);
  const mask = m.input('attention_mask', 'int64', ['batch', 'sequence']);
  m.output(m.op('Add', [ids, mask]), 'int64');
  const path = m.save(join(dir, 'dims.onnx'));
  expectUserError(
    ['analyze', path, '--dim', 'batch=2'],
    '"sequence" (input_ids[1], attention_mask[1])',
    '--dim sequence=N',
  );
});

test('a malformed --dim and an unknown option', () => {
  const path = join(dir, 'm.onnx');
  expectUserError(
    ['analyze', path, '--dim', 'batch'],
    '--dim "batch" is not of the form name=value',
  );
  expectUserError(
    ['analyze', path, '--frobnicate'],
    "Unknown option '--frobnicate'",
    'misnomer --help',
  );
});

test('a value written by two nodes', () => {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [1, 4]);
  m.node('Relu', [x], {}, { name: 'first', outputs: ['y'] });
  m.node('Neg', [x], {}, { name: 'second', outputs: ['y'] });
  m.output('y');
  const path = m.save(join(dir, 'ssa.onnx'));
  expectUserError(['analyze', path], '"y" is written by two nodes', '"first"', '"second"');
});

test('a dim whose name is a property of every object still needs a value', () => {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', ['constructor', 4]);
  m.output(m.op('Relu', [x]));
  const path = m.save(join(dir, 'proto.onnx'));
  expectUserError(['analyze', path], 'dims without a value: "constructor"');
});

test('--out to a folder that does not exist', () => {
  const m = new ModelBuilder();
  m.output(m.op('Relu', [m.input('x', 'float32', [2])]));
  const path = m.save(join(dir, 'ok.onnx'));
  expectUserError(
    ['analyze', path, '--out', join(dir, 'no', 'such', 'dir', 'a.json')],
    'cannot write',
  );
});

test('names from the model cannot send escape codes to the terminal', () => {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [1, 4]);
  m.output(m.op('Add', [x, 'ghost\u001b[31mRED'], {}, { name: 'evil\u001b]0;pwned\u0007' }));
  const path = m.save(join(dir, 'escape.onnx'));
  const r = runCli(['analyze', path]);
  assert.equal(r.code, 2);
  assert.ok(!r.stderr.includes('\u001b'), 'no ESC byte reaches the terminal');
  assert.match(r.stderr, /no node produces/);
});
