/**
 * Every command speaks one way: `--json` and `--markdown` alone print the document on stdout
 * (instead of the report), with a file they write it there (and the report is printed); the
 * older spellings keep working. The model: x[1,32] · W[32,32], then Relu:
 *   params 32·32 = 1,024; MACs 1,024; FLOPs 2·1,024 + 32 (Relu) = 2,080.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { tempDir } from '../helpers.ts';
import { runCli } from './run-cli.ts';

const dir = tempDir();

function model(name: string): string {
  const m = new ModelBuilder();
  m.initializer('w', 'float32', [32, 32]);
  m.output(m.op('Relu', [m.op('MatMul', [m.input('x', 'float32', ['batch', 32]), 'w'])]));
  return m.save(join(dir, `${name}.onnx`));
}

const quick = ['--budget', '0.5s', '--cold-starts', '1', '--warmup', '1', '--no-progress'];
const path = model('mlp');
const dims = ['--dim', 'batch=1'];
const read = (file: string) => readFileSync(file, 'utf8');

test('analyze: --json prints, --json file writes; --markdown likewise; old spellings still work', () => {
  // --json alone, after the model: the analysis on stdout, nothing else.
  const printed = runCli(['analyze', path, ...dims, '--json']);
  assert.equal(printed.code, 0, printed.stderr);
  const doc = JSON.parse(printed.stdout);
  assert.equal(doc.schema, 'misnomer/analysis@1');
  assert.deepEqual([doc.totals.params, doc.totals.macs, doc.totals.flops], [1024, 1024, 2080]);

  // --json with a file: written there, and the table is printed as without it.
  const file = join(dir, 'a.json');
  const written = runCli(['analyze', path, ...dims, '--json', file]);
  assert.equal(written.code, 0, written.stderr);
  assert.deepEqual(JSON.parse(read(file)).totals, doc.totals);
  assert.equal(written.stdout, runCli(['analyze', path, ...dims]).stdout);
  assert.match(written.stdout, /params/);

  // Old spellings: `--json` before the model path is the flag alone; `--json --out file`.
  const before = runCli(['analyze', '--json', path, ...dims]);
  assert.equal(before.code, 0, before.stderr);
  assert.deepEqual(JSON.parse(before.stdout).totals, doc.totals);
  const out = join(dir, 'out.json');
  const old = runCli(['analyze', path, ...dims, '--json', '--out', out]);
  assert.equal(old.stdout, '');
  assert.deepEqual(JSON.parse(read(out)).totals, doc.totals);
  // `--json=-` is stdout too; `--json=file` always a file.
  assert.deepEqual(
    JSON.parse(runCli(['analyze', path, ...dims, '--json=-']).stdout).totals,
    doc.totals,
  );
  const eq = join(dir, 'eq.json');
  runCli(['analyze', `--json=${eq}`, path, ...dims]);
  assert.deepEqual(JSON.parse(read(eq)).totals, doc.totals);

  // --markdown alone: the report in Markdown on stdout (a table row for params: 1.02 k).
  const md = runCli(['analyze', path, ...dims, '--markdown']);
  assert.equal(md.code, 0, md.stderr);
  assert.match(md.stdout, /^\*\*misnomer: mlp\.onnx\*\*$/m);
  assert.match(md.stdout, /\| params +\| +1\.02 k \|/);
  const mdFile = join(dir, 'a.md');
  const mdWritten = runCli(['analyze', path, ...dims, '--markdown', mdFile]);
  assert.equal(read(mdFile), md.stdout);
  assert.equal(mdWritten.stdout, written.stdout);
});

test('both on stdout is refused: one of them needs a file', () => {
  const r = runCli(['analyze', path, ...dims, '--json', '--markdown']);
  assert.equal(r.code, 2);
  assert.match(
    r.stderr,
    /--json and --markdown would both print to stdout: give one of them a file/,
  );
  assert.equal(r.stdout, '');
});

test('measure: --json prints the measurement, --json file writes it and prints the report', () => {
  const printed = runCli(['measure', path, ...dims, '--json', ...quick]);
  assert.equal(printed.code, 0, printed.stderr);
  const doc = JSON.parse(printed.stdout);
  assert.equal(doc.schema, 'misnomer/measurement@1');
  assert.equal(doc.models[0].status, 'ok');

  const file = join(dir, 'm.json');
  const md = join(dir, 'm.md');
  const written = runCli(['measure', path, ...dims, '--json', file, '--markdown', md, ...quick]);
  assert.equal(written.code, 0, written.stderr);
  assert.equal(JSON.parse(read(file)).schema, 'misnomer/measurement@1');
  assert.match(written.stdout, /latency/i);
  assert.doesNotThrow(() => assert.throws(() => JSON.parse(written.stdout)));
  assert.match(read(md), /^\*\*misnomer: mlp\.onnx\*\*$/m);
  assert.match(read(md), /\| params +\| +1\.02 k \|/);
});

test('compare: --json prints the comparison; --markdown prints the comment; a file writes either', () => {
  const head = model('mlp-copy');
  const args = ['compare', path, head, ...dims, '--static-only', '--no-progress'];
  const printed = runCli([...args, '--json']);
  assert.equal(printed.code, 0, printed.stderr);
  const c = JSON.parse(printed.stdout);
  assert.equal(c.schema, 'misnomer/comparison@1');
  // The same graph on both sides: params 1,024 → 1,024, unchanged.
  const params = c.models[0].static.find((d: { indicator: string }) => d.indicator === 'params');
  assert.deepEqual([params.base, params.head, params.verdict], [1024, 1024, 'unchanged']);

  const md = runCli([...args, '--markdown']);
  assert.equal(md.code, 0, md.stderr);
  assert.match(md.stdout, /^\*\*✓ no change\*\*$/m);
  assert.match(md.stdout, /\| params +\| +1\.02 k \| +1\.02 k \|/);

  // The old spelling: --json file, --markdown file, and the terminal report printed.
  const file = join(dir, 'c.json');
  const mdFile = join(dir, 'c.md');
  const written = runCli([...args, '--json', file, '--markdown', mdFile]);
  assert.equal(written.code, 0, written.stderr);
  assert.equal(JSON.parse(read(file)).schema, 'misnomer/comparison@1');
  assert.equal(read(mdFile), md.stdout);
  assert.match(written.stdout, /params\s+│/);
  assert.ok(!existsSync(join(dir, '-')));
});
