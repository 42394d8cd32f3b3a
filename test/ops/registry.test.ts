/**
 * The op registry: every rule of every family file is reachable through findRule by its domain
 * and op type, and the load-time checks of the table name the file and op that break them.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { buildRegistry, findRule, registeredOps, TABLE } from '../../src/ops/registry.ts';
import type { OpRule, RuleTable } from '../../src/ops/types.ts';

// Every file of src/ops that exports a rule table, found by listing the folder (not through the
// registry), so a family file the registry forgets is still checked.
const OPS = new URL('../../src/ops/', import.meta.url);
const modules = await Promise.all(
  readdirSync(OPS)
    .filter((f) => f.endsWith('.ts'))
    .map(async (f) => [f, (await import(new URL(f, OPS).href)) as { rules?: RuleTable }] as const),
);
const families = modules.filter(([, m]) => m.rules).map(([f, m]) => [f, m.rules!] as const);

test('every rule of every family file is what findRule returns for its domain and op', () => {
  // 26 files: the 21 families registry.ts imported before it was flattened, and the five files
  // (attention-ms, movement-index, movement-pad, movement-sequence, quantized-ms) whose tables
  // were spread into another family's table then.
  assert.equal(families.length, 26, families.map(([f]) => f).join(' '));
  let checked = 0;
  for (const [, rules] of families) {
    for (const [key, rule] of Object.entries(rules)) {
      const slash = key.lastIndexOf('/');
      const domain = slash < 0 ? '' : key.slice(0, slash);
      const opType = key.slice(slash + 1);
      assert.equal(findRule(domain, opType), rule, key);
      if (!domain) assert.equal(findRule('ai.onnx', opType), rule, `ai.onnx/${opType}`);
      checked++;
    }
  }
  // 236 rules: the count registeredOps() gave before the table was flattened; 43 of them are
  // outside ai.onnx (39 com.microsoft, 4 ai.onnx.preview.training).
  assert.equal(checked, 236);
  assert.equal(registeredOps().length, 236);
  assert.equal(registeredOps().filter((k) => k.includes('/')).length, 43);
});

test('every op TABLE names is registered, once, under its own domain', () => {
  const named = TABLE.flatMap(([, domain, ops]) =>
    ops.split(' ').map((op) => (domain === 'ai.onnx' ? op : `${domain}/${op}`)),
  );
  assert.deepEqual([...named].sort(), registeredOps());
  // The same op type in two domains is two rules.
  assert.notEqual(findRule('', 'Gelu'), findRule('com.microsoft', 'Gelu'));
  assert.ok(findRule('com.microsoft', 'Gelu'));
  assert.equal(findRule('', 'NoSuchOp'), undefined);
  assert.equal(findRule('com.example', 'Relu'), undefined);
});

test('a table that disagrees with the files is an error naming the file and the op', () => {
  const rule: OpRule = { infer: () => [] };
  const files = { a: { Relu: rule, 'com.microsoft/Gelu': rule }, b: { Tanh: rule } };
  const good = [
    ['a', 'ai.onnx', 'Relu'],
    ['a', 'com.microsoft', 'Gelu'],
    ['b', 'ai.onnx', 'Tanh'],
  ] as const;
  assert.deepEqual([...buildRegistry(files, good).keys()], ['Relu', 'com.microsoft/Gelu', 'Tanh']);

  assert.throws(
    () => buildRegistry(files, [...good, ['b', 'ai.onnx', 'Sigmoid']]),
    /^Error: op registry: b\.ts has no rule for Sigmoid$/,
  );
  assert.throws(
    () => buildRegistry(files, good.slice(1)),
    /^Error: op registry: the rule for Relu in a\.ts is not listed in TABLE$/,
  );
  assert.throws(
    () => buildRegistry(files, [...good, ['a', 'ai.onnx', 'Relu']]),
    /^Error: op registry: Relu is listed twice \(a\.ts, a\.ts\)$/,
  );
  assert.throws(
    () => buildRegistry({ ...files, c: { Relu: rule } }, good),
    /^Error: op registry: Relu has a rule in a\.ts and c\.ts$/,
  );
  // A name that only an inherited property of a plain object would answer is not a rule.
  assert.throws(
    () => buildRegistry(files, [...good, ['a', 'ai.onnx', 'toString']]),
    /a\.ts has no rule for toString/,
  );
});
