/**
 * One decision of "failed" for the Action, `misnomer compare` and `misnomer run`
 * (pipeline/verdict.ts): a model whose head fails to measure fails the run (exit 1); one whose
 * base alone fails does not (exit 0: a change that fixes a crashing model must not fail for the
 * crash it fixes), and the report says which side failed. The failing model uses an op of a
 * vendor domain (com.vendor::Frobnicate) that misnomer analyzes (as uncounted) and that ONNX
 * Runtime refuses to load, so it fails the same way on every run: load-failed.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { tempDir } from '../helpers.ts';
import { git, newRepo, runCli } from './run-cli.ts';

const dir = tempDir();

/** x[batch,32] · W[32,32]: loads and runs. */
function good(path: string): string {
  const m = new ModelBuilder();
  m.initializer('w', 'float32', [32, 32]);
  m.output(m.op('MatMul', [m.input('x', 'float32', ['batch', 32]), 'w']));
  return m.save(path);
}

/** Frobnicate(x[batch,32]): ONNX Runtime has no kernel for it and refuses the model. */
function unloadable(path: string): string {
  const m = new ModelBuilder({ opsets: { 'com.vendor': 1 } });
  m.output(
    m.op('Frobnicate', [m.input('x', 'float32', ['batch', 32])], {}, { domain: 'com.vendor' }),
  );
  return m.save(path);
}

const quick = ['--budget', '0.5s', '--cold-starts', '1', '--warmup', '1', '--no-progress'];

function compare(base: string, head: string) {
  const json = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  const r = runCli(['compare', base, head, '--dim', 'batch=1', '--json', json, ...quick]);
  return { r, model: JSON.parse(readFileSync(json, 'utf8')).models[0] };
}

test('compare: the base alone failing is exit 0; the head failing is exit 1', () => {
  const ok = good(join(dir, 'ok.onnx'));
  const bad = unloadable(join(dir, 'bad.onnx'));

  const fixed = compare(bad, ok);
  assert.equal(fixed.r.code, 0, fixed.r.stderr);
  assert.equal(fixed.model.status, 'failed');
  assert.deepEqual(fixed.model.failedSides, ['base']);
  assert.match(fixed.model.reason, /^base: load-failed: /);

  const broken = compare(ok, bad);
  assert.equal(broken.r.code, 1, broken.r.stderr);
  assert.deepEqual(broken.model.failedSides, ['head']);
  assert.match(broken.model.reason, /^head: load-failed: /);
});

/** A repository whose main has `base` as m.onnx, with `head` in the working tree. */
function repoWith(base: (p: string) => string, head: (p: string) => string): string {
  const repo = newRepo();
  writeFileSync(
    join(repo, '.github', 'misnomer.yml'),
    'models:\n  - id: m\n    path: m.onnx\n    dims: { batch: 1 }\nbudget: 1s\n',
  );
  base(join(repo, 'm.onnx'));
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  head(join(repo, 'm.onnx'));
  return repo;
}

test('run: a working tree that fixes a model the base could not load is exit 0', () => {
  const repo = repoWith(unloadable, good);
  const json = join(repo, 'cmp.json');
  const r = runCli(['run', '--no-progress', '--json', json, '--baselines', join(repo, 'b')], repo);
  assert.equal(r.code, 0, r.stderr);
  const m = JSON.parse(readFileSync(json, 'utf8')).models[0];
  assert.deepEqual([m.status, m.failedSides], ['failed', ['base']]);
  // A base that failed is not kept as a baseline: nothing was saved.
  assert.throws(() => readFileSync(join(repo, 'b')), /ENOENT/);
});

test('run: a working tree whose model fails to load is exit 1, naming it', () => {
  const repo = repoWith(good, unloadable);
  const r = runCli(['run', '--no-progress', '--baselines', join(repo, 'b')], repo);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /^misnomer: 1 model failed:\n- m: head: load-failed: /m);
});
