/**
 * Dims named by expressions: the grammar exporters write (Optimum's
 * `past_sequence_length + sequence_length`, PyTorch's `s0 + 1`, `2*s0`, `(s0 + 1)//2`), evaluated
 * from the free symbols; only free symbols are asked for; a value given for an expression must
 * agree; every hint can be pasted into a shell.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { evalDimExpr, freeNames, parseDimExpr, shellWord } from '../../src/shapes/dim-expr.ts';
import { runCli } from '../cli/run-cli.ts';
import { buildKvDecoder, kvDecoderMacs } from '../fixtures/kv-decoder.ts';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, tempDir } from '../helpers.ts';

const value = (text: string, dims: Record<string, number>) => {
  const e = parseDimExpr(text);
  assert.ok(e, `"${text}" parses`);
  return evalDimExpr(e, (n) => dims[n]);
};

test('the expressions exporters write parse and evaluate', () => {
  const dims = { past_sequence_length: 128, sequence_length: 1, s0: 7, s1: 10 };
  assert.deepEqual(value('past_sequence_length + sequence_length', dims), { value: 129 });
  assert.deepEqual(value('past_sequence_length + 1', dims), { value: 129 });
  assert.deepEqual(value('2*s0', dims), { value: 14 });
  assert.deepEqual(value('s1 - 1', dims), { value: 9 });
  // (7 + 1) // 2 = 4; 7 // 2 = 3 (floor); 10 / 2 = 5 (exact); precedence: 1 + 2*3 = 7.
  assert.deepEqual(value('(s0 + 1) // 2', dims), { value: 4 });
  assert.deepEqual(value('s0//2', dims), { value: 3 });
  assert.deepEqual(value('s1/2', dims), { value: 5 });
  assert.deepEqual(value('1 + 2*3', dims), { value: 7 });
  // Optimum names a decoder's one-token logits dim "1": a number written as text.
  assert.deepEqual(value('1', dims), { value: 1 });
  assert.deepEqual(value('-s0 + 2*(s1 - s0)', dims), { value: -1 });
  assert.deepEqual(freeNames(parseDimExpr('s0 + s1*s0')!), ['s0', 's1']);
});

test('what is not an expression stays a plain symbol; inexact division is an error', () => {
  for (const plain of ['batch', 's0', 'sequence_length', 'unk__42', '', 'batch size', 'a+', '(s0'])
    assert.equal(parseDimExpr(plain), undefined, plain);
  assert.deepEqual(value('s0/2', { s0: 7 }), { error: '7/2 is not a whole number' });
  assert.deepEqual(value('s0 // (s1 - 10)', { s0: 7, s1: 10 }), { error: 'divides by zero' });
  assert.deepEqual(value('a + b', { a: 1 }), { missing: ['b'] });
});

test('shell words are quoted only when a shell would split or expand them', () => {
  assert.equal(shellWord('sequence_length=N'), 'sequence_length=N');
  assert.equal(shellWord('input_ids:1=N'), 'input_ids:1=N');
  assert.equal(
    shellWord('past_sequence_length + sequence_length=N'),
    "'past_sequence_length + sequence_length=N'",
  );
  assert.equal(shellWord("it's=N"), `'it'\\''s=N'`);
  assert.equal(shellWord('(s0 + 1)//2=N'), "'(s0 + 1)//2=N'");
});

test('an Optimum decoder_with_past is analyzed from its free dims; MACs are the hand count', () => {
  const dims = { batch_size: 1, sequence_length: 1, past_sequence_length: 128 };
  const a = analyzeBuilt(buildKvDecoder(), { dims });
  // b·s·(1824 + 32·(p + s)) = 1824 + 32·129 = 5952 (test/fixtures/kv-decoder.ts).
  assert.equal(a.totals.macs, kvDecoderMacs(1, 1, 128));
  assert.equal(a.totals.macs, 5952);
  assert.equal(a.incomplete, false);
  // The presents' declared dim, the same expression, agrees with inference: no warning.
  assert.deepEqual(a.warnings, []);
  assert.deepEqual(a.dims, dims);
  // A prefill shape of the same file: b = 2, s = 16, p = 0: 2·16·(1824 + 32·16) = 74752.
  const prefill = analyzeBuilt(buildKvDecoder(), {
    dims: { batch_size: 2, sequence_length: 16, past_sequence_length: 0 },
  });
  assert.equal(prefill.totals.macs, 74752);
});

test('PyTorch-style dims: 2*s0 and (s0 + 1)//2 follow s0', () => {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', ['s0', 4]);
  const y = m.input('y', 'float32', ['2*s0', 4]);
  const z = m.input('z', 'float32', ['(s0 + 1)//2', 4]);
  m.output(m.op('Concat', [x, y, z], { axis: 0 }));
  const a = analyzeBuilt(m, { dims: { s0: 5 } });
  // Rows 5 + 10 + 3 = 18, 4 floats each, read and written: 2 · 18 · 4 · 4 bytes.
  assert.equal(a.totals.bytesAccessed, 2 * 18 * 4 * 4);
  assert.deepEqual(a.dims, { s0: 5 });
});

const dir = tempDir();
const decoderPath = buildKvDecoder().save(join(dir, 'decoder_with_past_model.onnx'));

test('the CLI asks only for free symbols, with hints that paste into a shell', () => {
  const r = runCli(['analyze', decoderPath, '--dim', 'batch_size=1']);
  assert.equal(r.code, 2, r.stderr);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(
    r.stderr,
    /dims without a value: "sequence_length" \(input_ids\[1\], attention_mask\[1\] in "past_sequence_length \+ sequence_length", position_ids\[1\]\); "past_sequence_length" \(attention_mask\[1\] in "past_sequence_length \+ sequence_length", past_key_values\.0\.key\[2\], past_key_values\.0\.value\[2\]\)/,
  );
  assert.match(r.stderr, /e\.g\. --dim sequence_length=N --dim past_sequence_length=N /);

  const ok = runCli([
    'analyze',
    decoderPath,
    '--json',
    ...['--dim', 'batch_size=1', '--dim', 'sequence_length=1', '--dim', 'past_sequence_length=128'],
  ]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal(JSON.parse(ok.stdout).totals.macs, 5952);
});

test('a value given for an expression dim must agree with its symbols (exit 2 naming both)', () => {
  const free = [
    '--dim',
    'batch_size=1',
    '--dim',
    'sequence_length=1',
    '--dim',
    'past_sequence_length=128',
  ];
  const agree = runCli([
    'analyze',
    decoderPath,
    ...free,
    '--dim',
    'past_sequence_length + sequence_length=129',
  ]);
  assert.equal(agree.code, 0, agree.stderr);
  const r = runCli([
    'analyze',
    decoderPath,
    ...free,
    '--dim',
    'past_sequence_length + sequence_length=130',
  ]);
  assert.equal(r.code, 2);
  assert.match(
    r.stderr,
    /--dim 'past_sequence_length \+ sequence_length=130' disagrees with the dims it is computed from: "past_sequence_length \+ sequence_length" is 129 with past_sequence_length=128, sequence_length=1/,
  );
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});

test('a dim name that is no expression stays a symbol, and its hint is quoted', () => {
  const m = new ModelBuilder();
  m.output(m.op('Relu', [m.input('x', 'float32', ['batch size?', 4])]));
  const path = m.save(join(dir, 'odd-name.onnx'));
  const r = runCli(['analyze', path]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /"batch size\?" \(x\[0\]\)/);
  assert.match(r.stderr, /--dim 'batch size\?=N'/);
  assert.equal(runCli(['analyze', path, '--dim', 'batch size?=3']).code, 0);
});
