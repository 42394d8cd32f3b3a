#!/usr/bin/env node
// Runs every test/**/*.test.ts file with Node's own test runner and tsx as the TypeScript loader.
// Node 20's `--test` does not discover .ts files by itself (and has no glob support), so the
// files are listed here. Arguments narrow the run: `npm test -- ops conv` runs files whose path
// contains "ops" or "conv".
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

function walk(dir) {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const filters = process.argv.slice(2);
const files = walk('test')
  .filter((f) => f.endsWith('.test.ts'))
  .filter((f) => filters.length === 0 || filters.some((word) => f.includes(word)))
  .map((f) => relative('.', f))
  .sort();

if (files.length === 0) {
  console.error(`no test files match ${filters.join(' ') || 'test/**/*.test.ts'}`);
  process.exit(1);
}

const reporter = 'spec';
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-reporter=${reporter}`, ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
