/**
 * The house rule of src/: imports go down the floors, never up. Every import of every
 * src/**\/*.ts file (static, type-only, re-exports and dynamic `import()`) is read with the
 * TypeScript parser and checked against the floor of the file it reaches.
 *
 * Floors, from the bottom:
 *  0 ground   shared vocabulary that every stage may use: the indicator catalogue, number
 *             formatting, statistics, the Progress interface, errors, text cleaning, scenario
 *             and name rules, did-you-mean, the version, child-process environment and shell
 *             running
 *  1 onnx     the protobuf reader
 *  2 ops      one rule per op family (reads onnx only)
 *  3 shapes   shape and constant inference, which runs the op rules: shapes imports ops and
 *             ops never imports shapes, so they are two floors, ops below
 *  4 analyze  static indicators
 *  5 measure  onnxruntime-node in child processes
 *  6 compare  verdicts, contradictions, gates, the comparison JSON
 *  7 report   Markdown, terminal and JSON renderings; interop/ (other trackers' formats)
 *  8 config   the YAML config (it parses gates with compare/)
 *  9 pipeline the whole pull-request job
 * 10 github   the GitHub side
 * 11 commands the CLI's commands, and cli.ts
 * 12 entry    action.ts and index.ts
 * A file may import its own floor or any floor below it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';

const SRC = resolve(import.meta.dirname, '..', 'src');

const GROUND_FILES = [
  'indicators.ts',
  'format.ts',
  'progress.ts',
  'errors.ts',
  'text.ts',
  'scenario.ts',
  'names.ts',
  'suggest.ts',
  'version.ts',
  'child-env.ts',
  'run-shell.ts',
];

const FLOORS: [string, string[]][] = [
  ['ground', [...GROUND_FILES, 'stats/']],
  ['onnx', ['onnx/']],
  ['ops', ['ops/']],
  ['shapes', ['shapes/']],
  ['analyze', ['analyze/']],
  ['measure', ['measure/']],
  ['compare', ['compare/']],
  ['report', ['report/', 'interop/']],
  ['config', ['config/']],
  ['pipeline', ['pipeline/']],
  ['github', ['github/']],
  ['commands', ['commands/', 'cli.ts']],
  ['entry', ['action.ts', 'index.ts']],
];

/** The floor of a path relative to src/, or undefined for a file no floor claims. */
function floorOf(path: string): { name: string; level: number } | undefined {
  for (const [level, [name, parts]] of FLOORS.entries()) {
    if (parts.some((p) => (p.endsWith('/') ? path.startsWith(p) : path === p))) {
      return { name, level };
    }
  }
  return undefined;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The relative imports of a file, as written. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles.map((f) => f.fileName).filter((f) => f.startsWith('.'));
}

interface Edge {
  from: string;
  to: string;
}

function edges(): Edge[] {
  return walk(SRC).flatMap((file) =>
    importsOf(file).map((spec) => ({
      from: relative(SRC, file).replaceAll('\\', '/'),
      to: relative(SRC, resolve(dirname(file), spec)).replaceAll('\\', '/'),
    })),
  );
}

test('every file of src/ is on a floor', () => {
  const homeless = walk(SRC)
    .map((f) => relative(SRC, f).replaceAll('\\', '/'))
    .filter((f) => !floorOf(f));
  assert.deepEqual(homeless, [], 'add the file to a floor of test/architecture.test.ts');
});

test('imports go down the floors, never up', () => {
  const all = edges();
  // The parser must have seen the imports at all: a broken reader would pass vacuously.
  assert.ok(all.length > 300, `only ${all.length} imports found`);
  const upward = all
    .map(({ from, to }) => ({ from, to, a: floorOf(from)!, b: floorOf(to) }))
    .filter(({ a, b }) => b !== undefined && b.level > a.level)
    .map(({ from, to, a, b }) => `${from} (${a.name}) imports ${to} (${b!.name})`);
  assert.deepEqual(upward, []);
});

test('the ground floor imports nothing above it', () => {
  const out = edges()
    .filter(({ from }) => floorOf(from)?.name === 'ground')
    .filter(({ to }) => floorOf(to)?.name !== 'ground')
    .map(({ from, to }) => `${from} imports ${to}`);
  assert.deepEqual(out, []);
});

test('the check catches an upward import (measure reaching compare)', () => {
  // The rule applied to a made-up edge, so a floor table that lost its order fails here.
  const a = floorOf('measure/pair.ts')!;
  const b = floorOf('compare/stats.ts')!;
  assert.ok(b.level > a.level);
  assert.ok(floorOf('stats/summary.ts')!.level < a.level);
  assert.ok(floorOf('report/progress.ts')!.level > floorOf('measure/run.ts')!.level);
});
