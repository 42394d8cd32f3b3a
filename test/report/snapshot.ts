/**
 * A tiny snapshot helper: compares text with a committed file in __snapshots__/.
 * `UPDATE_SNAPSHOTS=1` writes the file instead (review the diff before committing); a missing
 * file fails, so a snapshot test cannot pass by writing what it should have checked.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = join(dirname(fileURLToPath(import.meta.url)), '__snapshots__');

export function matchSnapshot(name: string, actual: string): void {
  const file = join(DIR, name);
  if (process.env.UPDATE_SNAPSHOTS === '1') {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  assert.ok(existsSync(file), `no snapshot ${name}: run with UPDATE_SNAPSHOTS=1 to write it`);
  assert.equal(
    actual,
    readFileSync(file, 'utf8'),
    `snapshot ${name} differs (UPDATE_SNAPSHOTS=1 rewrites it)`,
  );
}
