import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CONFIG_DEFAULTS, loadConfig } from '../../src/config/load.ts';
import { unitsOf } from '../../src/config/units.ts';
import { UserError } from '../../src/errors.ts';
import { tempDir } from '../helpers.ts';

const FILE = '.github/misnomer.yml';
const EXAMPLE = 'models:\n  - id: classifier\n    path: model.onnx';

/** YAML from lines, so that line and column numbers in the expectations are easy to check. */
const yaml = (...lines: string[]) => lines.join('\n') + '\n';

/** A valid one-model config followed by `rest`. */
const withModel = (...rest: string[]) => yaml('models:', '  - id: a', '    path: a.onnx', ...rest);

function rejects(text: string, message: string): void {
  assert.throws(
    () => loadConfig(FILE, text),
    (e: unknown) => {
      assert.ok(e instanceof UserError, `not a UserError: ${String(e)}`);
      assert.equal(e.message, message);
      return true;
    },
  );
}

test('a full config: every field parsed, with its location', () => {
  const text = yaml(
    'models:',
    '  - id: classifier',
    '    build: python export.py',
    '    path: out/model.onnx',
    '    dims: { batch: 1, seq: 128 }',
    '    batch-sizes: [1, 8]',
    '    latency-batch: 2',
    '    inputs:',
    '      ids: { range: [-1, 999] }',
    '      mask: { file: inputs/mask.npy }',
    '      sr: { value: 16000 }',
    '      scale: { value: [[0.5, 2], [1, 1]] }',
    '    threads: 2',
    '    provider: cpu',
    '  - id: "2024"',
    '    path: b.onnx',
    'commands:',
    '  - name: export',
    '    run: python export.py',
    '    runs: 5',
    '  - name: lint',
    '    run: ruff .',
    'gates:',
    '  latency.p50: +5%',
    '  params: +1%',
    '  fail-on-contradiction: false',
    'budget: 2m',
    'threshold: 10%',
    'static-threshold: 0.02',
    'fail-on-inconclusive: true',
    'fail-on-missing-base: true',
    'baseline: rebuild',
    'comment: on-change',
    'key: vision.v2',
    'branches: [main, release-1.x]',
  );
  const c = loadConfig(FILE, text);
  assert.equal(c.file, FILE);
  assert.equal(c.models.length, 2);
  const [m, b] = c.models;
  assert.equal(m.id, 'classifier');
  assert.equal(m.build, 'python export.py');
  assert.equal(m.path, 'out/model.onnx');
  assert.deepEqual(m.dims, { batch: 1, seq: 128 });
  assert.deepEqual(m.batchSizes, [1, 8]);
  assert.equal(m.latencyBatch, 2);
  assert.deepEqual(m.ranges, { ids: [-1, 999] });
  assert.deepEqual(m.files, { mask: 'inputs/mask.npy' });
  assert.deepEqual(m.values, {
    sr: { shape: [], values: [16000], source: `${FILE}:11:20: models[0].inputs.sr.value` },
    scale: {
      shape: [2, 2],
      values: [0.5, 2, 1, 1],
      source: `${FILE}:12:23: models[0].inputs.scale.value`,
    },
  });
  assert.equal(m.threads, 2);
  assert.equal(m.provider, 'cpu');
  assert.deepEqual(m.at, { file: FILE, line: 2, column: 5 });
  assert.deepEqual(m.fieldsAt, {
    build: { file: FILE, line: 3, column: 12 },
    path: { file: FILE, line: 4, column: 11 },
  });
  // The second model: a quoted number is a name; everything optional is at its default.
  assert.deepEqual(b, {
    id: '2024',
    path: 'b.onnx',
    dims: {},
    batchSizes: [],
    ranges: {},
    files: {},
    values: {},
    scenarios: [],
    at: { file: FILE, line: 15, column: 5 },
    fieldsAt: { path: { file: FILE, line: 16, column: 11 } },
  });
  assert.deepEqual(c.commands, [
    {
      name: 'export',
      run: 'python export.py',
      runs: 5,
      at: { file: FILE, line: 18, column: 5 },
    },
    { name: 'lint', run: 'ruff .', runs: 5, at: { file: FILE, line: 21, column: 5 } },
  ]);
  assert.deepEqual(
    c.gates.map((g) => [g.gate.key, g.gate.limit, g.at.line, g.at.column]),
    [
      ['latency.p50', '+5%', 24, 3],
      ['params', '+1%', 25, 3],
      ['fail-on-contradiction', 'false', 26, 3],
    ],
  );
  const latency = c.gates[0].gate;
  assert.equal(latency.kind, 'indicator');
  assert.equal(latency.kind === 'indicator' && latency.amount, 0.05);
  const contradiction = c.gates[2].gate;
  assert.equal(contradiction.kind === 'fail-on-contradiction' && contradiction.enabled, false);
  assert.equal(c.budgetMs, 120_000);
  assert.equal(c.threshold, 0.1);
  assert.equal(c.staticThreshold, 0.02);
  assert.equal(c.failOnInconclusive, true);
  assert.equal(c.failOnMissingBase, true);
  assert.equal(c.baseline, 'rebuild');
  assert.equal(c.comment, 'on-change');
  assert.equal(c.key, 'vision.v2');
  assert.deepEqual(c.branches, ['main', 'release-1.x']);
});

test('a minimal config gets every default', () => {
  const c = loadConfig(FILE, EXAMPLE);
  assert.deepEqual(c, {
    file: FILE,
    models: [
      {
        id: 'classifier',
        path: 'model.onnx',
        dims: {},
        batchSizes: [],
        ranges: {},
        files: {},
        values: {},
        scenarios: [],
        at: { file: FILE, line: 2, column: 5 },
        fieldsAt: { path: { file: FILE, line: 3, column: 11 } },
      },
    ],
    commands: [],
    gates: [],
    budgetMs: 60_000,
    buildTimeoutMs: 30 * 60_000,
    threshold: 0.05,
    staticThreshold: 0.05,
    failOnInconclusive: false,
    failOnMissingBase: false,
    baseline: 'auto',
    comment: 'always',
    key: 'default',
    branches: [],
    history: 'cache',
    historyBranch: 'misnomer-history',
  });
  assert.equal(CONFIG_DEFAULTS.budgetMs, 60_000);
});

test('thresholds: 5%, 5 (percent) and 0.05 are the same; a duration may be plain seconds', () => {
  for (const written of ['5%', '5', '0.05', "'5 %'"]) {
    const c = loadConfig(FILE, withModel(`threshold: ${written}`, `static-threshold: ${written}`));
    assert.equal(c.threshold, 0.05, written);
    assert.equal(c.staticThreshold, 0.05, written);
  }
  assert.equal(loadConfig(FILE, withModel('budget: 30')).budgetMs, 30_000);
  assert.equal(loadConfig(FILE, withModel('budget: 500ms')).budgetMs, 500);
  assert.equal(loadConfig(FILE, withModel('build-timeout: 10m')).buildTimeoutMs, 600_000);
  assert.equal(loadConfig(FILE, withModel('build-timeout: 90')).buildTimeoutMs, 90_000);
});

test('nothing written under an optional list or map is empty, not an error', () => {
  const c = loadConfig(FILE, withModel('gates:', '  # latency.p50: +5%', 'commands:', 'branches:'));
  assert.deepEqual([c.gates, c.commands, c.branches], [[], [], []]);
});

test('reads the file when no text is given; a missing file says where it looked', () => {
  const dir = tempDir();
  const file = join(dir, 'misnomer.yml');
  writeFileSync(file, EXAMPLE);
  assert.equal(loadConfig(file).models[0].id, 'classifier');
  const missing = join(dir, 'nope.yml');
  assert.throws(() => loadConfig(missing), {
    name: 'UserError',
    message:
      `${missing}: no config file there. misnomer looked for its config at this path; create it, ` +
      `e.g.\n\n${EXAMPLE}\n\nor set the Action's \`config\` input to another path.`,
  });
});

test('an empty file, a file of comments, and a missing models list say what is needed', () => {
  const empty = `${FILE}:1:1: the config is empty; it needs at least a list of models, e.g.\n\n${EXAMPLE}`;
  rejects('', empty);
  rejects('# just a comment\n', empty);
  rejects(
    yaml('# settings', 'budget: 30s'),
    `${FILE}:2:1: "models" is missing; list the models to measure, e.g.\n\n${EXAMPLE}`,
  );
  rejects(
    yaml('models: []'),
    `${FILE}:1:9: models: expected a non-empty list of models, got an empty list; e.g.\n\n${EXAMPLE}`,
  );
  rejects(
    yaml('models: classifier'),
    `${FILE}:1:9: models: expected a non-empty list of models, got "classifier"; e.g.\n\n${EXAMPLE}`,
  );
  rejects(
    yaml('- classifier'),
    `${FILE}:1:1: expected a map of settings, got a list; e.g.\n\n${EXAMPLE}`,
  );
});

test('wrong types: expected <what>, got <what was there>, at the value', () => {
  rejects(
    withModel('    batch-sizes: eight'),
    `${FILE}:4:18: models[0].batch-sizes: expected a list of positive integers such as [1, 8], got "eight"`,
  );
  rejects(
    withModel('    batch-sizes: [1, eight]'),
    `${FILE}:4:22: models[0].batch-sizes[1]: expected a list of positive integers such as [1, 8], got "eight"`,
  );
  rejects(
    withModel('    batch-sizes: [8, 1, 8]'),
    `${FILE}:4:25: models[0].batch-sizes[2]: 8 is listed twice; each batch size once`,
  );
  rejects(
    withModel('    latency-batch: 1.5'),
    `${FILE}:4:20: models[0].latency-batch: expected a positive integer such as 1, got 1.5`,
  );
  rejects(
    withModel('    threads: "2"'),
    `${FILE}:4:14: models[0].threads: expected a positive integer such as 1, got "2"`,
  );
  rejects(
    yaml('models:', '  - id: a', '    build:', '    path: a.onnx'),
    `${FILE}:3:11: models[0].build: expected a shell command such as python export.py, got nothing`,
  );
  rejects(
    yaml('models:', '  - classifier'),
    `${FILE}:2:5: models[0]: expected a model such as { id: classifier, path: model.onnx }, got "classifier"`,
  );
  rejects(
    withModel('fail-on-inconclusive: yes'),
    `${FILE}:4:23: fail-on-inconclusive: expected true or false, got "yes"`,
  );
  rejects(
    withModel('baseline: cahce'),
    `${FILE}:4:11: baseline: expected auto, cache or rebuild, got "cahce"; did you mean "cache"?`,
  );
  rejects(
    withModel('comment: sometimes'),
    `${FILE}:4:10: comment: expected always, on-change or never, got "sometimes"`,
  );
  rejects(
    withModel('branches: main'),
    `${FILE}:4:11: branches: expected a list of branch names such as [main], got "main"`,
  );
  rejects(
    withModel('key: my key'),
    `${FILE}:4:6: key: expected a name of letters, digits, ".", "_" and "-" that starts with a letter or digit (at most 64 characters), got "my key"`,
  );
  rejects(
    withModel('budget: fast'),
    `${FILE}:4:9: budget "fast" is not a duration: write e.g. 30s, 2m or 500ms.`,
  );
  rejects(
    withModel('build-timeout: soon'),
    `${FILE}:4:16: build-timeout "soon" is not a duration: write e.g. 30s, 2m or 500ms.`,
  );
  rejects(
    withModel('build-timeout: 0s'),
    `${FILE}:4:16: build-timeout must be longer than 0, got "0s".`,
  );
  rejects(
    withModel('build-timeout: { m: 1 }'),
    `${FILE}:4:16: build-timeout: expected a duration such as 60s, 2m or 500ms, got a map`,
  );
  rejects(
    withModel('budget: [1]'),
    `${FILE}:4:9: budget: expected a duration such as 60s, 2m or 500ms, got a list`,
  );
});

test('missing required keys point at the entry', () => {
  rejects(
    yaml('models:', '  - id: a'),
    `${FILE}:2:5: models[0]: "path" is missing: the ONNX file, relative to the repository root, e.g. path: model.onnx`,
  );
  rejects(
    yaml('models:', '  - path: a.onnx'),
    `${FILE}:2:5: models[0]: "id" is missing: a name for the model, e.g. id: classifier`,
  );
  rejects(
    withModel('commands:', '  - name: smoke'),
    `${FILE}:5:5: commands[0]: "run" is missing: the shell command, e.g. run: python export.py`,
  );
});

test('history: cache or branch, and the data branch a name git accepts', () => {
  const c = loadConfig(FILE, withModel('history: branch', 'history-branch: data/misnomer'));
  assert.deepEqual([c.history, c.historyBranch], ['branch', 'data/misnomer']);
  rejects(
    withModel('history: gh-pages'),
    `${FILE}:4:10: history: expected cache or branch, got "gh-pages"`,
  );
  // Each refused for one of git's rules: '..', a part starting with '.', '.lock', a space,
  // a leading '-', an empty part.
  for (const bad of ['a..b', 'data/.hidden', 'x.lock', "'has space'", "'-x'", 'a//b']) {
    const shown = bad.replace(/'/g, '');
    rejects(
      withModel(`history-branch: ${bad}`),
      `${FILE}:4:17: history-branch: "${shown}" is not a branch name misnomer writes to: use letters, digits, '.', '_', '-' and '/' (no '..', no part starting with '.'), such as misnomer-history`,
    );
  }
});

test('unknown keys: a suggestion when one is close, the known keys otherwise', () => {
  rejects(
    yaml('modles:', '  - id: a'),
    `${FILE}:1:1: unknown key "modles"; did you mean "models"?`,
  );
  rejects(
    withModel('    batch_sizes: [1]'),
    `${FILE}:4:5: models[0]: unknown key "batch_sizes"; did you mean "batch-sizes"?`,
  );
  rejects(
    withModel('    colour: red'),
    `${FILE}:4:5: models[0]: unknown key "colour"; expected one of: id, build, path, dims, batch-sizes, latency-batch, inputs, threads, provider, scenarios`,
  );
  rejects(
    withModel('commands:', '  - name: smoke', '    command: ls'),
    `${FILE}:6:5: commands[0]: unknown key "command"; expected one of: name, run, runs`,
  );
  rejects(
    withModel('    inputs: { ids: { rnage: [0, 1] } }'),
    `${FILE}:4:22: models[0].inputs.ids: unknown key "rnage"; did you mean "range"?`,
  );
  rejects(
    withModel('verbose: true'),
    `${FILE}:4:1: unknown key "verbose"; expected one of: models, commands, gates, budget, build-timeout, threshold, static-threshold, fail-on-inconclusive, fail-on-missing-base, baseline, comment, key, branches, history, history-branch`,
  );
});

test('bad thresholds', () => {
  const expected =
    'expected a percentage above 0% and below 100% such as 5% (or a fraction such as 0.05)';
  rejects(withModel('threshold: 150%'), `${FILE}:4:12: threshold: ${expected}, got "150%"`);
  rejects(withModel('threshold: fast'), `${FILE}:4:12: threshold: ${expected}, got "fast"`);
  rejects(withModel('threshold: 0'), `${FILE}:4:12: threshold: ${expected}, got 0`);
  rejects(
    withModel('static-threshold: 100'),
    `${FILE}:4:19: static-threshold: ${expected}, got 100 (read as 100%)`,
  );
});

test('gates: a bad limit and an unknown gate carry the location of their key', () => {
  rejects(
    withModel('gates:', '  latency.p50: fast'),
    `${FILE}:5:3: gate latency.p50: "fast" is not a limit; expected a relative limit like +5% or a time like +2ms (ms, s or µs).`,
  );
  rejects(
    withModel('gates:', '  params: +1%', '  latency.p05: +5%'),
    `${FILE}:6:3: unknown gate "latency.p05"; did you mean "latency.p50"?`,
  );
  rejects(
    withModel('gates:', '  fail-on-contradiction: yes'),
    `${FILE}:5:3: gate fail-on-contradiction: "yes" is not a boolean; expected true or false.`,
  );
  rejects(
    withModel('gates:', '  params:'),
    `${FILE}:5:10: gates.params: expected a limit such as +5%, got nothing`,
  );
  rejects(
    withModel('gates: [latency.p50]'),
    `${FILE}:4:8: gates: expected a map of gates such as { latency.p50: +5%, params: +1% }, got a list`,
  );
});

test('bad dims and inputs', () => {
  // 0 is a size (a decoder's empty past); a negative or fractional dim is not.
  assert.deepEqual(loadConfig(FILE, withModel('    dims: { past: 0 }')).models[0].dims, {
    past: 0,
  });
  rejects(
    withModel('    dims: { batch: -1 }'),
    `${FILE}:4:20: models[0].dims.batch: expected a non-negative integer such as 128, got -1`,
  );
  rejects(
    withModel('    dims: { seq: many }'),
    `${FILE}:4:18: models[0].dims.seq: expected a non-negative integer such as 128, got "many"`,
  );
  rejects(
    withModel('    dims: [1, 128]'),
    `${FILE}:4:11: models[0].dims: expected a map of dims such as { batch: 1, seq: 128 }, got a list`,
  );
  rejects(
    withModel('    inputs: { ids: { range: [5, 1] } }'),
    `${FILE}:4:29: models[0].inputs.ids.range: expected [min, max] with min <= max, got [5, 1]`,
  );
  rejects(
    withModel('    inputs: { ids: { range: [5] } }'),
    `${FILE}:4:29: models[0].inputs.ids.range: expected a range of two integers [min, max] such as [0, 999], got a list`,
  );
  rejects(
    withModel('    inputs: { ids: { file: ids.txt } }'),
    `${FILE}:4:28: models[0].inputs.ids.file: expected a .npy or .json file such as values.npy, got "ids.txt"`,
  );
  rejects(
    withModel('    inputs: { ids: { file: ids.npy, range: [0, 1] } }'),
    `${FILE}:4:20: models[0].inputs.ids: give one of range, file or value, not several`,
  );
  rejects(
    withModel('    inputs: { ids: {} }'),
    `${FILE}:4:20: models[0].inputs.ids: expected { range: [min, max] }, { file: values.npy } or { value: 16000 }, got an empty map`,
  );
  rejects(
    withModel('    inputs: { sr: { value: [[1, 2], [3]] } }'),
    `${FILE}:4:28: models[0].inputs.sr.value: the list is ragged: item 1 has shape [1], item 0 [2]`,
  );
  rejects(
    withModel('    inputs: { sr: { value: fast } }'),
    `${FILE}:4:28: models[0].inputs.sr.value: expected a number, true/false, or a nested list of them such as [[1, 2], [3, 4]], got "fast"`,
  );
});

test('ids: the charset, the length, and a duplicate pointing at the second one', () => {
  const rule =
    'expected a name of letters, digits, ".", "_" and "-" that starts with a letter or digit (at most 64 characters)';
  rejects(
    yaml('models:', '  - id: my model', '    path: a.onnx'),
    `${FILE}:2:9: models[0].id: ${rule}, got "my model"`,
  );
  rejects(
    yaml('models:', '  - id: -a', '    path: a.onnx'),
    `${FILE}:2:9: models[0].id: ${rule}, got "-a"`,
  );
  const long = 'x'.repeat(65);
  rejects(
    yaml('models:', `  - id: ${long}`, '    path: a.onnx'),
    `${FILE}:2:9: models[0].id: ${rule}, got "${long}"`,
  );
  assert.equal(
    loadConfig(FILE, yaml('models:', `  - id: ${long.slice(1)}`, '    path: a')).models[0].id
      .length,
    64,
  );
  rejects(
    withModel('  - id: b', '    path: b.onnx', '  - id: a', '    path: c.onnx'),
    `${FILE}:6:9: models[2].id: "a" is already the id of models[0]; each id must be unique`,
  );
  rejects(
    withModel('commands:', '  - { name: t, run: ls }', '  - { name: t, run: pwd }'),
    `${FILE}:6:13: commands[1].name: "t" is already the name of commands[0]; each name must be unique`,
  );
});

test('paths: absolute or escaping the root are errors', () => {
  rejects(
    yaml('models:', '  - id: a', '    path: ../other/model.onnx'),
    `${FILE}:3:11: models[0].path: "../other/model.onnx" points outside the repository root; the path must stay inside the checkout`,
  );
  rejects(
    yaml('models:', '  - id: a', '    path: models/../../model.onnx'),
    `${FILE}:3:11: models[0].path: "models/../../model.onnx" points outside the repository root; the path must stay inside the checkout`,
  );
  rejects(
    yaml('models:', '  - id: a', '    path: /tmp/model.onnx'),
    `${FILE}:3:11: models[0].path: "/tmp/model.onnx" is an absolute path; write it relative to the repository root`,
  );
  rejects(
    withModel('    inputs: { ids: { file: /data/ids.npy } }'),
    `${FILE}:4:28: models[0].inputs.ids.file: "/data/ids.npy" is an absolute path; write it relative to the repository root`,
  );
  // Climbing up and back in stays inside.
  assert.equal(
    loadConfig(FILE, yaml('models:', '  - id: a', '    path: a/../b.onnx')).models[0].path,
    'a/../b.onnx',
  );
});

test('YAML syntax errors: location and the reason', () => {
  rejects(
    yaml('models:', '  - id: a', '    path: [a.onnx'),
    `${FILE}:4:1: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ].`,
  );
  rejects(
    yaml('models:', '\t- id: a'),
    `${FILE}:2:1: invalid YAML: Tabs are not allowed as indentation; indent with spaces.`,
  );
  rejects(
    withModel('budget: 30s', 'budget: 60s'),
    `${FILE}:5:1: invalid YAML: Map keys must be unique; "budget" is written twice in one map.`,
  );
  rejects(
    yaml('models:', '  - id: a', '    path: *model'),
    `${FILE}:3:11: invalid YAML: alias *model has no anchor &model before it.`,
  );
});

test('aliases resolve to their anchors', () => {
  const c = loadConfig(
    FILE,
    yaml(
      'models:',
      '  - id: a',
      '    path: a.onnx',
      '    dims: &dims { batch: 1 }',
      '  - id: b',
      '    path: b.onnx',
      '    dims: *dims',
    ),
  );
  assert.deepEqual(c.models[1].dims, { batch: 1 });
});

test('scenarios: each merges its dims, inputs and batches over the model; gates name them', () => {
  const c = loadConfig(
    FILE,
    withModel(
      '    dims: { batch_size: 1, sequence_length: 8 }',
      '    batch-sizes: [1, 8]',
      '    inputs:',
      '      sr: { value: 16000 }',
      '      ids: { range: [0, 9] }',
      '    scenarios:',
      '      - name: prefill',
      '        dims: { sequence_length: 128, past_sequence_length: 0 }',
      '      - name: decode-8k',
      '        dims: { sequence_length: 1, past_sequence_length: 128 }',
      '        batch-sizes: [4]',
      '        latency-batch: 2',
      '        inputs: { sr: { file: sr8k.npy } }',
      'gates:',
      '  decode-8k.latency.p50: +5%',
      '  prefill.fail-on-contradiction: true',
      '  params: +1%',
    ),
  );
  const [prefill, decode] = unitsOf(c);
  assert.equal(prefill.id, 'a/prefill');
  assert.equal(prefill.modelId, 'a');
  assert.equal(prefill.scenario, 'prefill');
  // The model's dims, the scenario's over them (0 is a size: an empty past).
  assert.deepEqual(prefill.dims, { batch_size: 1, sequence_length: 128, past_sequence_length: 0 });
  assert.deepEqual(prefill.batchSizes, [1, 8]);
  assert.equal(prefill.values.sr.values?.[0], 16000);
  assert.deepEqual(decode.batchSizes, [4]);
  assert.equal(decode.latencyBatch, 2);
  // The scenario's sr is a file: the model's value for sr no longer applies; ids keeps its range.
  assert.deepEqual(decode.files, { sr: 'sr8k.npy' });
  assert.deepEqual(decode.values, {});
  assert.deepEqual(decode.ranges, { ids: [0, 9] });
  assert.deepEqual(
    c.gates.map((g) => [g.gate.scenario, g.gate.key, g.at.line]),
    [
      ['decode-8k', 'latency.p50', 18],
      ['prefill', 'fail-on-contradiction', 19],
      [undefined, 'params', 20],
    ],
  );
  // A model without scenarios is its own single unit.
  assert.deepEqual(
    unitsOf(loadConfig(FILE, withModel())).map((u) => [u.id, u.modelId, u.scenario]),
    [['a', 'a', undefined]],
  );
});

test('bad scenarios', () => {
  const scenarios = (...lines: string[]) => withModel('    scenarios:', ...lines);
  rejects(
    scenarios('      - name: de.code'),
    `${FILE}:5:15: models[0].scenarios[0].name: expected a name of letters, digits, "_" and "-" that starts with a letter or digit (at most 32 characters), got "de.code"`,
  );
  rejects(
    scenarios('      - name: latency'),
    `${FILE}:5:15: models[0].scenarios[0].name: "latency" is also the start of a gate key, so "latency.…" gates would be ambiguous; choose another name`,
  );
  rejects(
    scenarios('      - name: decode', '      - name: decode'),
    `${FILE}:6:15: models[0].scenarios[1].name: "decode" is already the name of models[0].scenarios[0]; each name must be unique`,
  );
  rejects(
    scenarios('      - { name: decode, dim: { s: 1 } }'),
    `${FILE}:5:25: models[0].scenarios[0]: unknown key "dim"; did you mean "dims"?`,
  );
  rejects(
    scenarios('      - name: decode', 'gates:', '  decode.on-inconclusive: true'),
    `${FILE}:7:3: gate decode.on-inconclusive: on-inconclusive applies to every runtime gate; write it without a scenario.`,
  );
});
