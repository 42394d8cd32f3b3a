/**
 * The committed interop examples (examples/interop/): each is what the built CLI
 * (`node dist/cli.js export`) writes for the committed input beside it, and each passes its
 * format's validator (validators.ts). Regenerate with `npx tsx examples/interop/regenerate.ts`.
 * Also the command's errors, as a user meets them.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { INTEROP_DIR, INTEROP_EXAMPLES } from '../../examples/interop/regenerate.ts';
import { tempDir } from '../helpers.ts';
import { runCli } from '../cli/run-cli.ts';
import { bmfErrors, customErrors } from './validators.ts';

const distCli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const read = (name: string) => readFileSync(join(INTEROP_DIR, name), 'utf8');

for (const [input, format, output] of INTEROP_EXAMPLES) {
  test(`examples/interop/${output} is export --format ${format} of ${input}, and valid`, () => {
    const r = spawnSync(
      process.execPath,
      [distCli, 'export', '--format', format, join(INTEROP_DIR, input)],
      { encoding: 'utf8' },
    );
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, read(output), `stale: run npx tsx examples/interop/regenerate.ts`);
    const doc: unknown = JSON.parse(r.stdout);
    if (format === 'bmf') {
      assert.deepEqual(bmfErrors(doc), []);
      const metrics = Object.values(doc as Record<string, Record<string, Record<string, number>>>);
      assert.ok(metrics.length > 0);
      for (const measures of metrics) {
        for (const [slug, m] of Object.entries(measures)) {
          if (m.lower_value === undefined) continue;
          assert.ok(m.lower_value <= m.value && m.value <= m.upper_value, `${slug} out of bounds`);
        }
      }
    } else {
      assert.deepEqual(customErrors(doc), []);
      assert.ok((doc as unknown[]).length > 0);
    }
  });
}

test('the committed examples hold what the docs say: latency in ns with bounds, both directions', () => {
  const bmf = JSON.parse(read('comparison.bmf.json'));
  assert.deepEqual(Object.keys(bmf), ['classifier', 'mixer', 'decoder/prefill', 'decoder/decode']);
  const cmp = JSON.parse(read('comparison.json'));
  const row = cmp.models[0].runtime.find(
    (r: { indicator: string }) => r.indicator === 'latency.p50',
  );
  // The head's p50 in ms, times 10^6 ns per ms.
  assert.equal(bmf.classifier.latency.value, row.head * 1e6);
  assert.ok(bmf.classifier.latency.lower_value < bmf.classifier.latency.upper_value);
  const smaller = JSON.parse(read('comparison.smaller-is-better.json'));
  const bigger = JSON.parse(read('comparison.bigger-is-better.json'));
  const names = new Set([...smaller, ...bigger].map((e: { name: string }) => e.name));
  assert.ok(smaller.some((e: { name: string }) => e.name === 'classifier latency.p50'));
  assert.ok(bigger.some((e: { name: string }) => e.name === 'mixer throughput.b64'));
  assert.equal(names.size, smaller.length + bigger.length, 'no entry in both files');
});

test('export errors name the file, the format or the option', () => {
  const dir = tempDir();
  let r = runCli(['export', '--format', 'csv', join(INTEROP_DIR, 'result.json')]);
  assert.equal(r.code, 2);
  assert.match(
    r.stderr,
    /--format csv is not a format; expected one of bmf, customSmallerIsBetter/,
  );
  r = runCli(['export', join(INTEROP_DIR, 'result.json')]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--format \(missing\)/);
  r = runCli(['export', '--format', 'bmf', '--side', 'base', join(INTEROP_DIR, 'result.json')]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /--side is for a comparison; .*result\.json is a result/);
  const other = join(dir, 'analysis.json');
  writeFileSync(other, JSON.stringify({ schema: 'misnomer/analysis@1' }));
  r = runCli(['export', '--format', 'bmf', other]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /schema is "misnomer\/analysis@1"; export reads misnomer\/result@1/);
  // A damaged comparison: the reader's own error, naming the field.
  const cmp = JSON.parse(read('comparison.json'));
  cmp.models[0].runtime[0].ci = 'wide';
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify(cmp));
  r = runCli(['export', '--format', 'bmf', bad]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /ci/);
});

test('--out writes the file and prints nothing; --side base exports the base', () => {
  const out = join(tempDir(), 'bmf.json');
  const input = join(INTEROP_DIR, 'comparison.json');
  let r = runCli(['export', '--format', 'bmf', input, '--out', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.equal(readFileSync(out, 'utf8'), read('comparison.bmf.json'));
  r = runCli(['export', '--format', 'bmf', '--side', 'base', input]);
  assert.equal(r.code, 0, r.stderr);
  const base = JSON.parse(r.stdout);
  const cmp = JSON.parse(read('comparison.json'));
  const params = cmp.models[0].static.find((s: { indicator: string }) => s.indicator === 'params');
  assert.equal(base.classifier.params.value, params.base);
  assert.deepEqual(bmfErrors(base), []);
});
