/**
 * `misnomer run` end to end: a real git repository in a temp dir, the config's build command,
 * the base built in a worktree and measured interleaved with the working tree by ONNX Runtime.
 *   base (main):   x[batch,32] · W[32,32]            params 32·32 = 1,024
 *   working tree:  x[batch,32] · W[32,64] · V[64,32] params 32·64 + 64·32 = 4,096 (+300%)
 * The gate `params: +50%` trips: exit 1.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { saveMatMulChain } from '../fixtures/matmul-chain.ts';
import { tempDir } from '../helpers.ts';
import { git, newRepo, runCli } from './run-cli.ts';

test('run: the working tree against main, built by the config, compared and gated', () => {
  const repo = newRepo();
  writeFileSync(
    join(repo, '.github', 'misnomer.yml'),
    [
      'models:',
      '  - id: mlp',
      '    build: mkdir -p out && cp src.onnx out/model.onnx',
      '    path: out/model.onnx',
      '    dims: { batch: 1 }',
      'budget: 1s',
      'gates:',
      '  params: +50%',
      '',
    ].join('\n'),
  );
  writeFileSync(join(repo, '.gitignore'), 'out/\n');
  saveMatMulChain(join(repo, 'src.onnx'), [32, 32]);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  saveMatMulChain(join(repo, 'src.onnx'), [32, 64, 32]);

  const md = join(repo, 'report.md');
  const r = runCli(['run', '--no-progress', '--markdown', md], repo);
  assert.equal(r.code, 1, r.stderr);
  // 1,024 → 4,096 params: +300%, beyond +50%.
  assert.match(r.stdout, /params\s+│\s+1\.02 k\s+│\s+4\.10 k\s+│\s+\+300%/);
  assert.match(r.stdout, /gate params.*\+300% exceeds \+50%/);
  const report = readFileSync(md, 'utf8');
  assert.match(report, /base main \(/);
  assert.match(report, /paired A\/B/);
  // The worktree is gone afterwards.
  assert.equal(git(repo, 'worktree', 'list').split('\n').length, 1);
  assert.ok(existsSync(join(repo, 'out', 'model.onnx')));
});

test('run: a base ref that names nothing is a clear error', () => {
  const repo = newRepo();
  writeFileSync(join(repo, 'm.onnx'), '');
  writeFileSync(join(repo, '.github', 'misnomer.yml'), 'models:\n  - id: m\n    path: m.onnx\n');
  const r = runCli(['run', '--base', 'no-such-ref', '--no-progress'], repo);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /^misnomer: --base "no-such-ref" names no commit in /);
});

test('run: a base that git cannot check out (a failing smudge filter) is a note, not a crash', () => {
  const repo = newRepo();
  const temp = tempDir('misnomer-run-tmp-');
  writeFileSync(
    join(repo, '.github', 'misnomer.yml'),
    'models:\n  - id: mlp\n    path: src.onnx\n    dims: { batch: 1 }\nbudget: 1s\n',
  );
  // Like Git LFS without its objects: every .onnx goes through a filter, here one that fails.
  writeFileSync(join(repo, '.gitattributes'), '*.onnx filter=broken\n');
  saveMatMulChain(join(repo, 'src.onnx'), [32, 32]);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  git(repo, 'config', 'filter.broken.smudge', 'false');
  git(repo, 'config', 'filter.broken.required', 'true');
  saveMatMulChain(join(repo, 'src.onnx'), [32, 64, 32]);

  const saved = process.env.TMPDIR;
  process.env.TMPDIR = temp;
  let r;
  try {
    r = runCli(['run', '--no-progress'], repo);
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
  assert.equal(r.code, 0, r.stderr);
  assert.match(
    r.stdout,
    /The base was not built here: git could not check out [0-9a-f]{12} in a worktree \(.*(smudge|filter).*\)\./,
  );
  // The head is reported alone: 32·64 + 64·32 = 4,096 params.
  assert.match(r.stdout, /4\.10 k/);
  assert.doesNotMatch(r.stderr, /internal error/);
  // No worktree and no temp folder left behind.
  assert.equal(git(repo, 'worktree', 'list').split('\n').length, 1);
  assert.deepEqual(
    readdirSync(temp).filter((f) => f.startsWith('misnomer-base-')),
    [],
  );
});

test("run: judged by the base's gates; a moved model file is still the same model", () => {
  const repo = newRepo();
  const config = (path: string, gates: string) =>
    `models:\n  - id: mlp\n    path: ${path}\n    dims: { batch: 1 }\nbudget: 1s\n${gates}`;
  writeFileSync(
    join(repo, '.github', 'misnomer.yml'),
    config('a.onnx', 'gates:\n  params: +50%\n'),
  );
  saveMatMulChain(join(repo, 'a.onnx'), [32, 32]);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  // The pull request moves the model, makes it 4 times larger and deletes the gate that
  // would catch it (and adds a loose one of its own).
  git(repo, 'mv', 'a.onnx', 'b.onnx');
  saveMatMulChain(join(repo, 'b.onnx'), [32, 64, 32]);
  writeFileSync(
    join(repo, '.github', 'misnomer.yml'),
    config('b.onnx', 'gates:\n  flops: +1000%\n'),
  );

  const json = join(repo, 'cmp.json');
  const r = runCli(['run', '--no-progress', '--json', json], repo);
  assert.equal(r.code, 1, r.stderr);
  const c = JSON.parse(readFileSync(json, 'utf8'));
  // Compared, not "added": the base was built from a.onnx, as its own config says.
  assert.deepEqual(
    c.models.map((m: { id: string; status: string }) => [m.id, m.status]),
    [['mlp', 'compared']],
  );
  // 1,024 → 4,096 params: the base's params gate (+50%) trips; the head's own gate is not used.
  assert.deepEqual(
    c.gates.map((g: { gate: string; tripped: boolean }) => [g.gate, g.tripped]),
    [['params', true]],
  );
  assert.ok(
    c.notes.includes(
      "Gates changed in this pull request: params +50% → none; flops none → +1000%. They apply after the merge: this pull request is judged by the base's.",
    ),
    c.notes.join('\n'),
  );
});

test('run without a config: the message names --config and shows the example on its own lines', () => {
  const repo = newRepo();
  rmSync(join(repo, '.github'), { recursive: true });
  const r = runCli(['run', '--no-progress'], repo);
  assert.equal(r.code, 2);
  assert.equal(
    r.stderr,
    'misnomer: .github/misnomer.yml: no config file there. misnomer run reads the models to ' +
      'compare from it; create it, e.g.\n' +
      '\n' +
      'models:\n' +
      '  - id: classifier\n' +
      '    path: model.onnx\n' +
      '\n' +
      'or give another path with --config FILE.\n',
  );
  assert.doesNotMatch(r.stderr, /Action/);
  // --config names another file: the message names that one.
  assert.match(
    runCli(['run', '--config', 'ci/m.yml'], repo).stderr,
    /^misnomer: ci\/m\.yml: no config/,
  );
});

test('run keeps the base it measured in a folder; a later run reuses it (baseline: cache)', () => {
  const repo = newRepo();
  writeFileSync(
    join(repo, '.github', 'misnomer.yml'),
    'models:\n  - id: mlp\n    path: m.onnx\n    dims: { batch: 1 }\nbudget: 1s\n',
  );
  saveMatMulChain(join(repo, 'm.onnx'), [32, 32]);
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  const base = git(repo, 'rev-parse', 'HEAD');
  saveMatMulChain(join(repo, 'm.onnx'), [32, 64, 32]);

  // 1. Built and measured here, and saved: by default in the repository's .git folder, under
  //    the key the Action's cache uses (key "default", this OS and arch, the base commit).
  const os = { darwin: 'macos', win32: 'windows' }[process.platform as string] ?? 'linux';
  const name = `misnomer-v1-default-${os}-${process.arch}-${base}.json`;
  const first = runCli(['run', '--no-progress', '--json', join(repo, '1.json')], repo);
  assert.equal(first.code, 0, first.stderr);
  const saved = join(repo, '.git', 'misnomer', 'baselines', name);
  const result = JSON.parse(readFileSync(saved, 'utf8'));
  assert.equal(result.schema, 'misnomer/result@1');
  assert.equal(result.commit, base);
  // The base's model: 32·32 = 1,024 params, measured.
  assert.equal(result.models[0].analysis.totals.params, 1024);
  assert.equal(result.models[0].measurement.status, 'ok');
  assert.match(
    JSON.parse(readFileSync(join(repo, '1.json'), 'utf8')).notes[0],
    /^The base \([0-9a-f]{7}\) was built and measured in this run, interleaved with the head\.$/,
  );
  assert.deepEqual(readdirSync(join(repo, '.git', 'misnomer', 'baselines')), [name]);

  // 2. --baseline cache: the saved base, no worktree; 1,024 → 4,096 params (+300%).
  const second = runCli(['run', '--no-progress', '--baseline', 'cache', '--json'], repo);
  assert.equal(second.code, 0, second.stderr);
  const c = JSON.parse(second.stdout);
  assert.equal(
    c.notes[0],
    `The base is the cached baseline ${name.slice(0, -5)} (commit ${base.slice(0, 7)}); ` +
      'speed is compared only if it was measured on matching hardware.',
  );
  const params = c.models[0].static.find((d: { indicator: string }) => d.indicator === 'params');
  assert.deepEqual([params.base, params.head, params.relative], [1024, 4096, 3]);

  // 3. A damaged baseline: the report says so and is the head alone; not a crash.
  writeFileSync(saved, '{"schema": "misnomer/result@1", "models": [');
  const third = runCli(['run', '--no-progress', '--baseline', 'cache'], repo);
  assert.equal(third.code, 0, third.stderr);
  assert.match(
    third.stdout,
    /No baseline to compare with: the saved baseline misnomer-v1-default-\S+ is unusable: .* is not valid JSON .*, and the base was not built here; this report is the head alone\./,
  );
  assert.doesNotMatch(third.stderr, /internal error/);

  // 4. Another folder (--baselines) starts empty: nothing to reuse, said in the CLI's words.
  const fourth = runCli(
    ['run', '--no-progress', '--baseline', 'cache', '--baselines', join(repo, 'elsewhere')],
    repo,
  );
  assert.equal(fourth.code, 0, fourth.stderr);
  assert.match(
    fourth.stdout,
    /No baseline for the base branch yet \(nothing in the baseline folder \(.*elsewhere\), and the base was not built here\): this report is the head alone\. misnomer run saves there the base it builds and measures\./,
  );
});
