/**
 * The op registry: every rule of every family file is reachable through findRule by its domain
 * and op type, and the load-time checks of the table name the file and op that break them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { rules as activation } from '../../src/ops/activation.ts';
import { rules as attentionMs } from '../../src/ops/attention-ms.ts';
import { rules as attention } from '../../src/ops/attention.ts';
import { rules as contrib } from '../../src/ops/contrib.ts';
import { rules as controlFlow } from '../../src/ops/control-flow.ts';
import { rules as conv } from '../../src/ops/conv.ts';
import { rules as elementwise } from '../../src/ops/elementwise.ts';
import { rules as image } from '../../src/ops/image.ts';
import { rules as linalg } from '../../src/ops/linalg.ts';
import { rules as loss } from '../../src/ops/loss.ts';
import { rules as matmul } from '../../src/ops/matmul.ts';
import { rules as movementIndex } from '../../src/ops/movement-index.ts';
import { rules as movementPad } from '../../src/ops/movement-pad.ts';
import { rules as movementSequence } from '../../src/ops/movement-sequence.ts';
import { rules as movement } from '../../src/ops/movement.ts';
import { rules as normalization } from '../../src/ops/normalization.ts';
import { rules as pool } from '../../src/ops/pool.ts';
import { rules as quantizedMs } from '../../src/ops/quantized-ms.ts';
import { rules as quantized } from '../../src/ops/quantized.ts';
import { rules as random } from '../../src/ops/random.ts';
import { rules as reduce } from '../../src/ops/reduce.ts';
import { rules as rnn } from '../../src/ops/rnn.ts';
import { rules as shape } from '../../src/ops/shape.ts';
import { rules as signal } from '../../src/ops/signal.ts';
import { rules as text } from '../../src/ops/text.ts';
import { rules as training } from '../../src/ops/training.ts';
import { buildRegistry, findRule, registeredOps, TABLE } from '../../src/ops/registry.ts';
import type { OpRule } from '../../src/ops/types.ts';

// Every file of src/ops that exports a rule table, imported here on its own (not through the
// registry), so a file the registry forgets is still checked.
const families = [
  activation,
  attention,
  attentionMs,
  contrib,
  controlFlow,
  conv,
  elementwise,
  image,
  linalg,
  loss,
  matmul,
  movement,
  movementIndex,
  movementPad,
  movementSequence,
  normalization,
  pool,
  quantized,
  quantizedMs,
  random,
  reduce,
  rnn,
  shape,
  signal,
  text,
  training,
];

test('every rule of every family file is what findRule returns for its domain and op', () => {
  let checked = 0;
  for (const rules of families) {
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
