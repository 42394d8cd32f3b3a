/**
 * Scenarios: one model under named settings of its dims, each its own unit (`id/scenario`) in
 * results, comparisons, reports and gates. The fixture is the one-layer KV decoder
 * (test/fixtures/kv-decoder.ts): MACs b·s·(1824 + 32·(p + s)); the head variant adds a 16 × 16
 * projection, b·s·256 MACs.
 *   prefill (b 1, s 16, p 0):  base 16·(1824 + 512) = 37,376   head +4,096 (+10.96%)
 *   decode  (b 1, s 1, p 32):  base 1824 + 32·33   =  2,880    head   +256 (+8.89%)
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseScenarioSpec, splitUnit, unitId } from '../../src/scenario.ts';
import { buildKvDecoder, kvDecoderMacs } from '../fixtures/kv-decoder.ts';
import { tempDir } from '../helpers.ts';
import { runCli } from './run-cli.ts';

const dir = tempDir();
const base = buildKvDecoder().save(join(dir, 'base.onnx'));
const head = buildKvDecoder({ extra: true }).save(join(dir, 'head.onnx'));
const SCENARIOS = [
  '--dim',
  'batch_size=1',
  '--scenario',
  'prefill:sequence_length=16,past_sequence_length=0',
  '--scenario',
  'decode:sequence_length=1,past_sequence_length=32',
];

test('scenario specs and unit ids', () => {
  assert.deepEqual(parseScenarioSpec('decode:sequence_length=1, past_sequence_length=512'), {
    name: 'decode',
    dims: { sequence_length: 1, past_sequence_length: 512 },
  });
  assert.deepEqual(parseScenarioSpec('640'), { name: '640', dims: {} });
  assert.deepEqual(parseScenarioSpec('x:input_ids:1=128'), {
    name: 'x',
    dims: { 'input_ids:1': 128 },
  });
  assert.throws(() => parseScenarioSpec('de.code:s=1'), /"de\.code" is not a scenario name/);
  assert.throws(() => parseScenarioSpec('decode:s=one'), /"s=one" is not dim=value/);
  assert.equal(unitId('decoder', 'decode'), 'decoder/decode');
  assert.deepEqual(splitUnit('decoder/decode'), { model: 'decoder', scenario: 'decode' });
  assert.deepEqual(splitUnit('decoder'), { model: 'decoder' });
});

test('analyze --scenario: one analysis per scenario, each at its dims', () => {
  const r = runCli(['analyze', base, ...SCENARIOS, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const docs = JSON.parse(r.stdout);
  assert.deepEqual(
    docs.map((a: { scenario: string; dims: unknown; totals: { macs: number } }) => [
      a.scenario,
      a.dims,
      a.totals.macs,
    ]),
    [
      ['prefill', { batch_size: 1, sequence_length: 16, past_sequence_length: 0 }, 37376],
      ['decode', { batch_size: 1, sequence_length: 1, past_sequence_length: 32 }, 2880],
    ],
  );
  assert.equal(kvDecoderMacs(1, 16, 0), 37376);
  const table = runCli(['analyze', base, ...SCENARIOS]);
  assert.match(table.stdout, /── scenario prefill ──[\s\S]*── scenario decode ──/);
});

test('compare --scenario: a group of rows per scenario, gates per scenario', () => {
  const md = join(dir, 'report.md');
  const json = join(dir, 'cmp.json');
  const r = runCli([
    'compare',
    base,
    head,
    ...SCENARIOS,
    '--static-only',
    '--gate',
    'prefill.macs=+5%',
    '--gate',
    'decode.macs=+10%',
    '--markdown',
    md,
    '--json',
    json,
  ]);
  // prefill: +10.96% > +5% trips; decode: +8.89% is within +10%.
  assert.equal(r.code, 1, r.stderr);
  const c = JSON.parse(readFileSync(json, 'utf8'));
  assert.deepEqual(
    c.models.map((m: { id: string; scenario: unknown }) => [m.id, m.scenario]),
    [
      [
        'head/prefill',
        { name: 'prefill', dims: { batch_size: 1, sequence_length: 16, past_sequence_length: 0 } },
      ],
      [
        'head/decode',
        { name: 'decode', dims: { batch_size: 1, sequence_length: 1, past_sequence_length: 32 } },
      ],
    ],
  );
  const macs = (i: number) =>
    c.models[i].static.find((d: { indicator: string }) => d.indicator === 'macs');
  assert.deepEqual([macs(0).base, macs(0).head], [37376, 37376 + 4096]);
  assert.deepEqual([macs(1).base, macs(1).head], [2880, 2880 + 256]);
  // Each scenario gate judges its own scenario only: two outcomes, not four.
  assert.deepEqual(
    c.gates.map((g: { gate: string; model: string; tripped: boolean }) => [
      g.gate,
      g.model,
      g.tripped,
    ]),
    [
      ['prefill.macs', 'head/prefill', true],
      ['decode.macs', 'head/decode', false],
    ],
  );
  // Dim names come from the model: escaped (an underscore is not emphasis).
  const report = readFileSync(md, 'utf8');
  assert.match(
    report,
    /### head\/prefill\n\n_Scenario \*\*prefill\*\*: batch\\_size 1, sequence\\_length 16, past\\_sequence\\_length 0\._/,
  );
  assert.match(
    report,
    /### head\/decode\n\n_Scenario \*\*decode\*\*: batch\\_size 1, sequence\\_length 1, past\\_sequence\\_length 32\._/,
  );
});

test('a gate for a scenario nobody has is an unknown gate; a repeated scenario is an error', () => {
  const unknown = runCli([
    'compare',
    base,
    head,
    ...SCENARIOS,
    '--static-only',
    '--gate',
    'decod.macs=+1%',
  ]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /--gate: unknown gate "decod\.macs"/);
  const twice = runCli(['analyze', base, '--scenario', 'a:sequence_length=1', '--scenario', 'a']);
  assert.equal(twice.code, 2);
  assert.match(twice.stderr, /--scenario: scenario "a" is given twice/);
});

test('run: a config with scenarios measures each, and gates each', () => {
  const repo = tempDir('misnomer-scenarios-');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
  mkdirSync(join(repo, '.github'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@example.com');
  git('config', 'user.name', 'test');
  writeFileSync(
    join(repo, '.github', 'misnomer.yml'),
    [
      'models:',
      '  - id: decoder',
      '    path: decoder.onnx',
      '    dims: { batch_size: 1 }',
      '    scenarios:',
      '      - name: prefill',
      '        dims: { sequence_length: 16, past_sequence_length: 0 }',
      '      - name: decode',
      '        dims: { sequence_length: 1, past_sequence_length: 32 }',
      '        batch-sizes: [1, 4]',
      'budget: 1s',
      'gates:',
      '  prefill.macs: +5%',
      '  decode.macs: +10%',
      '',
    ].join('\n'),
  );
  buildKvDecoder().save(join(repo, 'decoder.onnx'));
  git('add', '-A');
  git('commit', '-q', '-m', 'base');
  buildKvDecoder({ extra: true }).save(join(repo, 'decoder.onnx'));
  const json = join(repo, 'cmp.json');
  const r = runCli(['run', '--no-progress', '--json', json], repo);
  assert.equal(r.code, 1, r.stderr);
  const c = JSON.parse(readFileSync(json, 'utf8'));
  assert.deepEqual(
    c.models.map((m: { id: string; runtimeMode: string }) => [m.id, m.runtimeMode]),
    [
      ['decoder/prefill', 'paired'],
      ['decoder/decode', 'paired'],
    ],
  );
  // The decode scenario's own batch sizes: throughput at 1 and 4, in tokens/s (1 token a run).
  const decodeRows = c.models[1].runtime.map(
    (d: { indicator: string; unit: string; label: string }) => [d.indicator, d.unit, d.label],
  );
  assert.deepEqual(
    decodeRows.filter((row: string[]) => row[0].startsWith('throughput')),
    [
      ['throughput.b1', 'tokens/s', 'throughput (batch 1; a run is 1 × 1 tokens)'],
      ['throughput.b4', 'tokens/s', 'throughput (batch 4; a run is 4 × 1 tokens)'],
    ],
  );
  assert.deepEqual(
    c.gates.map((g: { gate: string; model: string; tripped: boolean }) => [
      g.gate,
      g.model,
      g.tripped,
    ]),
    [
      ['prefill.macs', 'decoder/prefill', true],
      ['decode.macs', 'decoder/decode', false],
    ],
  );
  assert.match(
    r.stdout,
    /scenario decode: batch_size=1, sequence_length=1, past_sequence_length=32/,
  );
});
