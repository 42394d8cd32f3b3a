/**
 * ONNX's own backend node tests as a conformance corpus for shape inference: every model in
 * Debian's libonnx-testdata is analyzed, and each inferred graph-output shape (and dtype) must
 * equal the shape of the output ONNX computed (`test_data_set_0/output_N.pb`). The expected
 * shapes come from ONNX's reference outputs, never from misnomer.
 *
 * Categories (node-case.ts): exact; needs dims (an input misnomer cannot bind: a sequence or
 * optional input); needs values (exact once the inputs' values are folded as constants);
 * data-dependent (a symbol minted by an op whose output size depends on data, where ONNX has a
 * number); not applicable (no tensor output to compare: sequences, optionals, maps). A mismatch,
 * a crash, an op without a rule or an internal error fails the test.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCase, type CaseResult, type Category } from './node-case.ts';

const ROOT = '/usr/share/libonnx-testdata/data/node';

test('ONNX backend node tests: inferred output shapes equal ONNX outputs', (t) => {
  if (!existsSync(ROOT)) {
    t.skip(
      `${ROOT} is missing: install Debian's libonnx-testdata (apt-get install libonnx-testdata) to run the ONNX conformance corpus`,
    );
    return;
  }
  const started = performance.now();
  const names = readdirSync(ROOT)
    .filter((n) => existsSync(join(ROOT, n, 'model.onnx')))
    .sort();
  const results: CaseResult[] = names.map((n) => runCase(join(ROOT, n), n));
  const seconds = (performance.now() - started) / 1000;

  const by = (c: Category) => results.filter((r) => r.category === c);
  const count = (c: Category) => by(c).length;
  const outputs = results.reduce((sum, r) => sum + r.compared, 0);
  t.diagnostic(
    `${results.length} models, ${outputs} tensor outputs compared in ${seconds.toFixed(1)} s: ` +
      `exact ${count('exact')}, needing dims ${count('needs-dims')}, ` +
      `needing values ${count('needs-values')}, data-dependent ${count('data-dependent')}, ` +
      `not applicable ${count('not-applicable')}, mismatch ${count('mismatch')}, ` +
      `error ${count('error')}`,
  );
  for (const c of ['needs-dims', 'needs-values', 'data-dependent', 'not-applicable'] as const) {
    for (const r of by(c)) t.diagnostic(`${c}: ${r.name}: ${r.detail}`);
  }
  const failures = [...by('mismatch'), ...by('error')];
  assert.ok(results.length > 0, `no model.onnx under ${ROOT}`);
  assert.equal(
    failures.length,
    0,
    `${failures.length} of ${results.length} ONNX node tests fail:\n` +
      failures.map((r) => `  ${r.category} ${r.name}: ${r.detail}`).join('\n'),
  );
});
