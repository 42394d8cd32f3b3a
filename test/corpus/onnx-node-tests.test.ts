/**
 * ONNX's own backend tests as a conformance corpus for shape inference: every model in Debian's
 * libonnx-testdata is analyzed, and each inferred graph-output shape (and dtype) must equal the
 * shape of the output ONNX computed (`test_data_set_0/output_N.pb`). The expected shapes come
 * from ONNX's reference outputs, never from misnomer.
 *
 * Folders: `node` (one test per operator behaviour, 932 models), `pytorch-converted` and
 * `pytorch-operator` (PyTorch modules exported at old opsets), `simple` (small multi-op models).
 * `real` holds only download descriptions of large models, no model.
 *
 * Categories (node-case.ts): exact; needs dims (an input misnomer cannot bind: a sequence or
 * optional input); needs values (exact only once the values of a large float input, given by
 * its shape alone, are given too);
 * data-dependent (a symbol minted by an op whose output size depends on data, where ONNX has a
 * number); not applicable (no tensor output to compare: sequences, optionals, maps). A mismatch,
 * a crash, an op without a rule, an internal error or a node whose shapes could not be inferred
 * in an otherwise exact model fails the test.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCase, type CaseResult, type Category } from './node-case.ts';

const DATA = '/usr/share/libonnx-testdata/data';
const FOLDERS = ['node', 'pytorch-converted', 'pytorch-operator', 'simple'];

for (const folder of FOLDERS) {
  const root = join(DATA, folder);
  test(`ONNX backend tests (${folder}): inferred output shapes equal ONNX outputs`, (t) => {
    if (!existsSync(root)) {
      t.skip(
        `${root} is missing: install Debian's libonnx-testdata (apt-get install libonnx-testdata) to run the ONNX conformance corpus`,
      );
      return;
    }
    const started = performance.now();
    const names = readdirSync(root)
      .filter((n) => existsSync(join(root, n, 'model.onnx')))
      .sort();
    const results: CaseResult[] = names.map((n) => runCase(join(root, n), n));
    const seconds = (performance.now() - started) / 1000;

    const by = (c: Category) => results.filter((r) => r.category === c);
    const count = (c: Category) => by(c).length;
    const outputs = results.reduce((sum, r) => sum + r.compared, 0);
    t.diagnostic(
      `${folder}: ${results.length} models, ${outputs} tensor outputs compared in ` +
        `${seconds.toFixed(1)} s: exact ${count('exact')}, needing dims ${count('needs-dims')}, ` +
        `needing values ${count('needs-values')}, data-dependent ${count('data-dependent')}, ` +
        `not applicable ${count('not-applicable')}, mismatch ${count('mismatch')}, ` +
        `error ${count('error')}`,
    );
    for (const c of ['needs-dims', 'needs-values', 'data-dependent', 'not-applicable'] as const) {
      for (const r of by(c)) t.diagnostic(`${c}: ${r.name}: ${r.detail}`);
    }
    for (const r of results.filter((x) => x.contradicted)) {
      t.diagnostic(`test data contradicts the model: ${r.name}: ${r.contradicted!.join('; ')}`);
    }
    const failures = [...by('mismatch'), ...by('error')];
    assert.ok(results.length > 0, `no model.onnx under ${root}`);
    assert.equal(
      failures.length,
      0,
      `${failures.length} of ${results.length} ONNX tests in ${folder} fail:\n` +
        failures.map((r) => `  ${r.category} ${r.name}: ${r.detail}`).join('\n'),
    );
  });
}
