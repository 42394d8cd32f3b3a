/** What a failure logged by @actions/cache means: the service did not answer, or it failed. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cacheProblem } from '../../src/github/actions-cache.ts';

test('cacheProblem: a refused connection, retries that ran out, anything else', () => {
  assert.equal(
    cacheProblem(
      'Failed to GetCacheEntryDownloadURL: Unable to make request: ECONNREFUSED%0AIf you are using self-hosted runners, …',
    ),
    'the cache service did not answer (ECONNREFUSED)',
  );
  assert.equal(
    cacheProblem(
      'Failed to CreateCacheEntry: Failed to make request after 5 attempts: Failed request: (503) Service Unavailable',
    ),
    'the cache service did not answer (5 attempts, the last: Failed request: (503) Service Unavailable)',
  );
  assert.equal(
    cacheProblem('Cache service responded with 400%0Amore'),
    'the cache service failed: Cache service responded with 400',
  );
});
