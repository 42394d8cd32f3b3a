/**
 * `misnomer history`, run as a user runs it: on the baseline folder of a repository (the default,
 * .git/misnomer/baselines, and --baselines DIR) holding three baselines chained as pushes chain
 * them, and on a folder of plain result files. The model of each baseline is x[1,k] · W[k,k]:
 * params k², FLOPs 2k², weight bytes 4k² (float32); k = 2, 3, 4 gives params 4, 9, 16, FLOPs
 * 8, 18, 32, weight bytes 16, 36, 64 B.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { pointOf } from '../../src/compare/history.ts';
import { makeResult, type Result } from '../../src/compare/result.ts';
import { appendToDataBranch } from '../../src/pipeline/data-branch.ts';
import { chainHistory } from '../../src/pipeline/history.ts';
import { folderStore, localScope } from '../../src/pipeline/store.ts';
import { toJson } from '../../src/report/json.ts';
import { saveMatMulChain } from '../fixtures/matmul-chain.ts';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, tempDir } from '../helpers.ts';
import { git, newRepo, runCli } from './run-cli.ts';

const sha = (c: string) => c.repeat(40);

function resultOf(k: number, commit: string, day: number): Result {
  const m = new ModelBuilder();
  m.initializer('w', 'float32', [k, k]);
  m.output(m.op('MatMul', [m.input('x', 'float32', [1, k]), 'w']));
  const r = makeResult([{ id: 'mlp', analysis: analyzeBuilt(m) }], undefined, commit);
  return { ...r, createdAt: `2026-01-0${day}T12:00:00.000Z` };
}

/** Three pushes' baselines (k 2, 3, 4 at these commits), chained as the Action and `misnomer run` chain them. */
async function threeBaselines(
  dir: string,
  commits = [sha('a'), sha('b'), sha('c')],
): Promise<void> {
  const store = folderStore(dir);
  const scope = localScope('default');
  for (const [i, k] of [2, 3, 4].entries()) {
    const chained = await chainHistory(store, scope, resultOf(k, commits[i], i + 1));
    assert.ok((await store.save(scope, commits[i], chained.result)).saved);
  }
}

test('history of the repository: the baselines in .git/misnomer/baselines, the commits, a table and spark lines', async () => {
  const repo = newRepo('misnomer-history-');
  const commits = ['widen to 2', 'widen to 3', 'widen to 4'].map((message) => {
    git(repo, 'commit', '-q', '--allow-empty', '-m', message);
    return git(repo, 'rev-parse', 'HEAD');
  });
  await threeBaselines(join(repo, '.git', 'misnomer', 'baselines'), commits);
  const r = runCli(['history'], repo);
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stdout,
    /History in .*baselines \(key default\): 3 points, 2026-01-01 12:00 to 2026-01-03 12:00 \(UTC\)/,
  );
  const c = commits.map((x) => x.slice(0, 7));
  // The commits with their subjects, oldest first.
  assert.ok(
    r.stdout.includes(`  ${c[0]}  widen to 2\n  ${c[1]}  widen to 3\n  ${c[2]}  widen to 4\n`),
    r.stdout,
  );
  // One row per point, oldest first: commit, date, params, FLOPs, weight bytes, no latency.
  const cells = (l: string) =>
    l
      .split('│')
      .map((x) => x.trim())
      .filter(Boolean);
  const rows = r.stdout.split('\n').filter((l) => c.includes(cells(l)[0]));
  assert.deepEqual(rows.map(cells), [
    [c[0], '2026-01-01 12:00', '4', '8', '16 B', '—'],
    [c[1], '2026-01-02 12:00', '9', '18', '36 B', '—'],
    [c[2], '2026-01-03 12:00', '16', '32', '64 B', '—'],
  ]);
  // params 4, 9, 16: (9 − 4)/(16 − 4) · 7 = 2.9 → the 4th of 8 blocks; 16/4 − 1 = +300%.
  assert.match(r.stdout, /params +▁▄█ \+300% over 3 points/);
  // FLOPs 8, 18, 32: (18 − 8)/24 · 7 = 2.9 → ▄ as well; 32/8 − 1 = +300%.
  assert.match(r.stdout, /FLOPs +▁▄█ \+300% over 3 points/);
});

test('history --json: the misnomer/history@1 document; --baselines DIR and --key', async () => {
  const dir = join(tempDir(), 'kept');
  await threeBaselines(dir);
  const r = runCli(['history', '--baselines', dir, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.schema, 'misnomer/history@1');
  assert.deepEqual(
    doc.points.map((p: { units: { totals: { params: number } }[] }) => p.units[0].totals.params),
    [4, 9, 16],
  );
  // Another key: none of these, and the message says which keys are there.
  const other = runCli(['history', '--baselines', dir, '--key', 'gpu']);
  assert.equal(other.code, 2);
  assert.match(
    other.stderr,
    /no misnomer-v1-gpu-.*\*\.json baselines in .*kept\. Other baselines there: default \(/,
  );
});

test('history of a folder of result files: every file a point, a damaged one skipped with a reason', () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'one.json'), toJson(resultOf(2, sha('a'), 1)));
  writeFileSync(join(dir, 'two.json'), toJson(resultOf(4, sha('b'), 2)));
  writeFileSync(join(dir, 'broken.json'), '{"schema": "misnomer/result@1", "models": 3');
  const r = runCli(['history', dir, '--markdown']);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /skipped broken\.json: .*not valid JSON/);
  assert.match(r.stdout, /\*\*misnomer history\*\*: 2 points in /);
  // The newest point is the chart's last: params 4 then 16.
  assert.match(
    r.stdout,
    /x-axis \["aaaaaaa", "bbbbbbb"\]\n {4}y-axis "params"\n {4}line \[4, 16\]/,
  );
});

test('history --branch: the data branch of history: branch, fetched from origin, whichever kind of machine wrote it', async () => {
  // The remote, a bare repository; the runner that pushed (macOS arm64, unlike this machine)
  // and the user's clone are two checkouts of it.
  const root = tempDir('misnomer-history-branch-');
  const remote = join(root, 'remote.git');
  git(root, 'init', '-q', '--bare', '-b', 'main', remote);
  const runner = join(root, 'runner');
  git(root, 'clone', '-q', remote, runner);
  const scope = { key: 'default', os: 'macOS', arch: 'arm64' };
  for (const [i, k] of [2, 3, 4].entries()) {
    const point = pointOf(resultOf(k, sha('abc'[i]), i + 1));
    const o = await appendToDataBranch({ repo: runner, branch: 'misnomer-history' }, scope, point);
    assert.ok(o.landed, o.why);
  }
  const clone = join(root, 'clone');
  git(root, 'clone', '-q', remote, clone);

  const r = runCli(['history', '--branch', 'misnomer-history', '--json'], clone);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.deepEqual(
    doc.points.map((p: { units: { totals: { params: number } }[] }) => p.units[0].totals.params),
    [4, 9, 16],
  );
  const t = runCli(['history', '--branch', 'misnomer-history'], clone);
  assert.match(
    t.stdout,
    /History in misnomer-history:history\/default-macos-arm64\.jsonl \(origin\): 3 points/,
  );
  // Another key, another branch, two sources: each a message that says what to give.
  const gpu = runCli(['history', '--branch', 'misnomer-history', '--key', 'gpu'], clone);
  assert.equal(gpu.code, 2);
  assert.match(
    gpu.stderr,
    /history --branch misnomer-history: misnomer-history has no history of the report key gpu\./,
  );
  const none = runCli(['history', '--branch', 'gh-pages'], clone);
  assert.equal(none.code, 2);
  assert.match(
    none.stderr,
    /history --branch gh-pages: no branch gh-pages yet\. Pushes write it when the config has `history: branch`/,
  );
  const both = runCli(['history', '--branch', 'x', '--baselines', root], clone);
  assert.equal(both.code, 2);
  assert.match(
    both.stderr,
    /give one source: a folder of results, --baselines DIR or --branch NAME/,
  );
});

test('history of a folder that is not there, or outside a repository: a message that says what to give', () => {
  const missing = runCli(['history', '--baselines', join(tempDir(), 'nope')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /no such folder\. misnomer run keeps its baselines there/);
  const dir = tempDir();
  mkdirSync(join(dir, 'empty'));
  const outside = runCli(['history'], join(dir, 'empty'));
  assert.equal(outside.code, 2);
  assert.match(outside.stderr, /is not in a git repository: give the folder of baselines/);
});

test('run --baseline rebuild: each base it keeps goes on the chain; the saved one brings the history, never the base', () => {
  const repo = newRepo('misnomer-history-run-');
  const config = [
    'models:',
    '  - id: mlp',
    '    path: m.onnx',
    '    dims: { batch: 1 }',
    'budget: 0.5s',
    '',
  ];
  writeFileSync(join(repo, '.github', 'misnomer.yml'), config.join('\n'));
  const onMain = (widths: number[]) => {
    saveMatMulChain(join(repo, 'm.onnx'), widths);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', `widths ${widths.join(' ')}`);
    return git(repo, 'rev-parse', 'HEAD');
  };
  // main: 32·32 = 1,024 params, then 32·48 = 1,536; the working tree 32·64 + 64·32 = 4,096.
  const c1 = onMain([32, 32]);
  saveMatMulChain(join(repo, 'm.onnx'), [32, 64, 32]);
  const run = (json: string) =>
    runCli(['run', '--baseline', 'rebuild', '--no-progress', '--json', join(repo, json)], repo);
  const first = run('one.json');
  assert.equal(first.code, 0, first.stderr);
  // Nothing saved before: no history in the comparison.
  assert.equal(JSON.parse(readFileSync(join(repo, 'one.json'), 'utf8')).history, undefined);

  git(repo, 'checkout', '-q', '--', 'm.onnx');
  const c2 = onMain([32, 48]);
  saveMatMulChain(join(repo, 'm.onnx'), [32, 64, 32]);
  const second = run('two.json');
  assert.equal(second.code, 0, second.stderr);
  const c = JSON.parse(readFileSync(join(repo, 'two.json'), 'utf8'));
  // The base is c2, rebuilt here; the history is c1's baseline, then the working tree.
  assert.equal(c.base.commit, c2);
  assert.deepEqual(
    c.history.baseline.map((p: { commit: string; units: { totals: { params: number } }[] }) => [
      p.commit,
      p.units[0].totals.params,
    ]),
    [[c1, 1024]],
  );
  assert.equal(c.history.head.units[0].totals.params, 4096);
  // c2's baseline carries both points.
  const h = runCli(['history', '--json'], repo);
  assert.equal(h.code, 0, h.stderr);
  assert.deepEqual(
    JSON.parse(h.stdout).points.map(
      (p: { units: { totals: { params: number } }[] }) => p.units[0].totals.params,
    ),
    [1024, 1536],
  );
});
