/** `misnomer measure` and `misnomer compare` as a user runs them (real processes, real ORT). */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ms } from '../../src/report/terminal-measure.ts';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { tempDir } from '../helpers.ts';
import { runCli } from './run-cli.ts';

const dir = tempDir();

function model(name: string, layers: number): string {
  const m = new ModelBuilder();
  let x = m.input('x', 'float32', ['batch', 32]);
  for (let i = 0; i < layers; i++) {
    m.initializer(`w${i}`, 'float32', [32, 32]);
    x = m.op('Relu', [m.op('MatMul', [x, `w${i}`])]);
  }
  m.output(x);
  return m.save(join(dir, `${name}.onnx`));
}

const quick = ['--budget', '0.5s', '--cold-starts', '1', '--warmup', '1', '--no-progress'];

test('measure --json prints the measurement document', () => {
  const r = runCli([
    'measure',
    model('one', 2),
    '--dim',
    'batch=1',
    '--batch-sizes',
    '2',
    '--json',
    ...quick,
  ]);
  assert.equal(r.code, 0, r.stderr);
  const m = JSON.parse(r.stdout);
  assert.equal(m.schema, 'misnomer/measurement@1');
  assert.equal(m.settings.intraOpThreads, 1);
  assert.deepEqual(m.settings.batchSizes, [2]);
  const model0 = m.models[0];
  assert.equal(model0.status, 'ok');
  assert.deepEqual(
    model0.throughput.map((t: { batch: number }) => t.batch),
    [1, 2],
  );
  assert.ok(model0.latency.samplesMs.length > 0);
  assert.ok(m.fingerprint.onnxruntime.length > 0);
});

test('measure times a shell command next to the model', () => {
  const r = runCli([
    'measure',
    model('cmd', 1),
    '--dim',
    'batch=1',
    '--command',
    'pause=sleep 0.05',
    '--command-runs',
    '3',
    '--json',
    ...quick,
  ]);
  assert.equal(r.code, 0, r.stderr);
  const c = JSON.parse(r.stdout).commands[0];
  assert.equal(c.name, 'pause');
  assert.equal(c.wallClock.samplesMs.length, 3);
  assert.ok(
    c.wallClock.summary.min >= 50,
    `sleep 0.05 takes at least 50 ms, got ${c.wallClock.summary.min}`,
  );
});

test('compare prints static deltas and a verdict per runtime indicator', () => {
  const r = runCli(['compare', model('base', 1), model('head', 4), '--dim', 'batch=1', ...quick]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /MACs\s+│\s+1\.02 k\s+│\s+4\.10 k\s+│\s+\+300%/);
  assert.match(r.stdout, /latency p50 \(batch 1\)/);
  assert.match(r.stdout, /change \(99% CI\)/);
  assert.match(r.stdout, /cold start/);
});

test('bad runtime options are clear errors', () => {
  const m = model('opts', 1);
  for (const [args, message] of [
    [['--budget', 'soon'], /--budget "soon" is not a duration/],
    [['--batch-sizes', '1,x'], /--batch-sizes "1,x" must be positive integers/],
    [['--opt-level', 'max'], /--opt-level "max" must be one of disabled, basic, extended, all/],
    [['--provider', 'quantum'], /execution provider "quantum" is not supported/],
    [['--threshold', '200%'], /--threshold "200%"/],
  ] as const) {
    const command = args[0] === '--threshold' ? ['compare', m, m] : ['measure', m];
    const r = runCli([...command, '--dim', 'batch=1', ...args]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, message);
  }
});

test('times are printed for humans', () => {
  assert.equal(ms(1234.5), '1.23 s');
  assert.equal(ms(45.66), '45.7 ms');
  assert.equal(ms(4.381), '4.38 ms');
  assert.equal(ms(0.087), '87 µs');
});

test('results kept by measure --result are compared later: same machine, so unpaired', () => {
  const base = join(dir, 'base-result.json');
  const head = join(dir, 'head-result.json');
  for (const [path, layers] of [
    [base, 1],
    [head, 2],
  ] as const) {
    const r = runCli([
      'measure',
      model(`r${layers}`, layers),
      '--dim',
      'batch=1',
      '--result',
      path,
      ...quick,
    ]);
    assert.equal(r.code, 0, r.stderr);
  }
  const json = join(dir, 'cmp.json');
  const r = runCli(['compare', base, head, '--json', json, '--markdown', join(dir, 'r.md')]);
  assert.equal(r.code, 0, r.stderr);
  const c = JSON.parse(readFileSync(json, 'utf8'));
  // The ids differ (r1, r2): one model removed, one added, nothing compared.
  assert.deepEqual(
    c.models.map((m: { id: string; status: string }) => [m.id, m.status]),
    [
      ['r1', 'removed'],
      ['r2', 'added'],
    ],
  );
});

test('compare of a file that is not a result names it and what to do', () => {
  const bogus = join(dir, 'bogus.json');
  writeFileSync(bogus, JSON.stringify({ schema: 'something/else@9' }));
  const r = runCli(['compare', bogus, bogus]);
  assert.equal(r.code, 2);
  assert.match(
    r.stderr,
    /bogus\.json is not a misnomer\/result@1 file \(its schema is "something\/else@9"\)/,
  );
});

test('compare: a model whose base process fails is reported on its own side; the base alone failing is exit 0', () => {
  const r = runCli([
    'compare',
    model('ok-side', 1),
    model('other-side', 1),
    '--dim',
    'batch=1',
    '--timeout',
    '0.05s',
    '--json',
    join(dir, 'failed.json'),
    ...quick,
  ]);
  // Only the base failed: as in the Action, that is reported, not failed (pipeline/verdict.ts).
  assert.equal(r.code, 0, r.stderr);
  const m = JSON.parse(readFileSync(join(dir, 'failed.json'), 'utf8')).models[0];
  assert.equal(m.status, 'failed');
  // The base process (opened first) is the one that runs out of time loading, named by its file.
  assert.match(m.reason, /^base: timed-out: ok-side\.onnx did not finish "load" within 50 ms/);
  assert.doesNotMatch(m.reason, /head: timed-out/);
});

test('a hand-edited result with a string where a number belongs is a clear error, not a crash', () => {
  const good = join(dir, 'analysis-result.json');
  assert.equal(
    runCli([
      'analyze',
      model('edited', 1),
      '--dim',
      'batch=1',
      '--result',
      good,
      '--out',
      join(dir, 'a.txt'),
    ]).code,
    0,
  );
  const result = JSON.parse(readFileSync(good, 'utf8'));
  result.models[0].analysis.totals.flops = 'lots';
  const edited = join(dir, 'edited-result.json');
  writeFileSync(edited, JSON.stringify(result));
  const r = runCli(['compare', good, edited]);
  assert.equal(r.code, 2, r.stderr);
  assert.match(
    r.stderr,
    /edited-result\.json: models\[0\]\.analysis\.totals\.flops should be a number \(it is "lots"\)/,
  );
});
