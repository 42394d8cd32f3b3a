/** `misnomer analyze` as a user runs it: table, JSON, per-node rows, --out, help, version. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { TOOL_VERSION } from '../../src/version.ts';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { tempDir } from '../helpers.ts';
import { runCli } from './run-cli.ts';

const dir = tempDir();

function model(): string {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', ['batch', 8]);
  m.initializer('w', 'float32', [8, 4]);
  m.output(m.op('Relu', [m.op('MatMul', [x, 'w'], {}, { name: 'proj' })], {}, { name: 'act' }));
  return m.save(join(dir, 'small.onnx'));
}

test('--json prints the analysis document with the fields other tools read', () => {
  const r = runCli(['analyze', model(), '--dim', 'batch=2', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assert.equal(a.schema, 'misnomer/analysis@1');
  assert.deepEqual(a.dims, { batch: 2 });
  for (const field of [
    'params',
    'paramsPerUse',
    'embeddingParams',
    'weightBytes',
    'macs',
    'flops',
    'transcendentals',
    'intOps',
    'bytesAccessed',
    'arithmeticIntensity',
    'peakActivationBytes',
    'modelFileBytes',
    'nodes',
  ]) {
    assert.ok(field in a.totals, `totals.${field}`);
  }
  // MatMul [2,8]×[8,4]: 2·8·4 = 64 MACs; Relu over 2·4 = 8 elements.
  assert.equal(a.totals.macs, 64);
  assert.equal(a.totals.flops, 2 * 64 + 8);
  assert.equal(a.totals.params, 32);
  assert.equal(a.byOpType.MatMul.count, 1);
  assert.deepEqual(a.uncounted, []);
  assert.equal(a.incomplete, false);
  assert.equal(a.nodes, undefined, 'per-node entries only with --per-node');
});

test('the table shows totals with conventions and op types sorted by FLOPs', () => {
  const r = runCli(['analyze', model(), '--dim', 'batch=2']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /MACs\s+│\s+64 │ multiply-accumulates/);
  assert.match(r.stdout, /FLOPs\s+│\s+136 │/);
  const ops = r.stdout.split('\n').filter((l) => /│ (MatMul|Relu) /.test(l));
  assert.deepEqual(
    ops.map((l) => l.split('│')[1].trim()),
    ['MatMul', 'Relu'],
  );
  // MatMul's share of FLOPs: 128 of 136 = 94.1%.
  assert.match(ops[0], /94\.1%/);
});

test('--per-node adds a row per node; --out writes the file', () => {
  const out = join(dir, 'analysis.json');
  const r = runCli(['analyze', model(), '--dim', 'batch=1', '--per-node', '--json', '--out', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  const a = JSON.parse(readFileSync(out, 'utf8'));
  assert.deepEqual(
    a.nodes.map((n: { name: string }) => n.name),
    ['proj', 'act'],
  );
  assert.deepEqual(a.nodes[0].outputShapes, [[1, 4]]);
  const table = runCli(['analyze', model(), '--dim', 'batch=1', '--per-node']);
  assert.match(table.stdout, /│ proj\s+│ MatMul\s+│ \[1,4\]/);
});

test('help, version, and an unknown command', () => {
  const help = runCli(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /misnomer analyze <model.onnx>/);
  const version = runCli(['--version']);
  assert.equal(version.stdout.trim(), TOOL_VERSION);
  const none = runCli([]);
  assert.equal(none.code, 2);
  const unknown = runCli(['rnu']);
  assert.equal(unknown.code, 2);
  assert.equal(
    unknown.stderr,
    'misnomer: unknown command "rnu". Run "misnomer --help" for the commands.\n',
  );
});

test('the tool version matches package.json', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(TOOL_VERSION, pkg.version);
});

test('the installed command (bin/misnomer.js over the bundle) runs a command once', () => {
  const bin = new URL('../../bin/misnomer.js', import.meta.url).pathname;
  const r = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, `${TOOL_VERSION}\n`);
});
