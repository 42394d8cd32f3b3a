/**
 * The run context from a runner's environment and event payload: which event, which commit,
 * which pull request, and whether it comes from a fork (whose GITHUB_TOKEN is read-only).
 * Payloads are trimmed copies of the fields GitHub documents for each event.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkMeasureEvent, parseAllowedEvents, readContext } from '../../src/github/context.ts';
import { UserError } from '../../src/errors.ts';

const ENV = {
  GITHUB_REPOSITORY: 'octo/models',
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_SHA: 'f'.repeat(40),
  GITHUB_REF: 'refs/pull/12/merge',
  GITHUB_WORKSPACE: '/work/models',
  RUNNER_TEMP: '/runner/_temp',
  RUNNER_OS: 'Linux',
  RUNNER_ARCH: 'X64',
};

const pr = (headRepo: string | null) => ({
  pull_request: {
    number: 12,
    base: { sha: 'a'.repeat(40), ref: 'main', repo: { full_name: 'octo/models' } },
    head: {
      sha: 'b'.repeat(40),
      ref: 'feature',
      repo: headRepo === null ? null : { full_name: headRepo },
    },
  },
  repository: { default_branch: 'main' },
});

test('a pull request from the same repository: its numbers, refs and shas; not a fork', () => {
  const c = readContext(ENV, pr('octo/models'));
  assert.equal(c.owner, 'octo');
  assert.equal(c.repo, 'models');
  assert.deepEqual(c.pullRequest, {
    number: 12,
    baseSha: 'a'.repeat(40),
    baseRef: 'main',
    headSha: 'b'.repeat(40),
    headRef: 'feature',
    fork: false,
  });
  assert.equal(c.defaultBranch, 'main');
  assert.equal(c.branch, undefined);
  assert.equal(c.os, 'Linux');
});

test('a pull request from a fork, or from a deleted fork (no head repo), is a fork', () => {
  assert.equal(readContext(ENV, pr('someone/models')).pullRequest?.fork, true);
  assert.equal(readContext(ENV, pr(null)).pullRequest?.fork, true);
});

test('a push: the branch from GITHUB_REF, no pull request', () => {
  const c = readContext(
    { ...ENV, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/release/2.0' },
    { ref: 'refs/heads/release/2.0', repository: { default_branch: 'main' } },
  );
  assert.equal(c.branch, 'release/2.0');
  assert.equal(c.pullRequest, undefined);
});

test('workflow_run: the PR number from the event when GitHub gives it; head sha and owner otherwise', () => {
  const run = (prs: unknown[]) => ({
    workflow_run: {
      id: 7,
      head_sha: 'c'.repeat(40),
      head_branch: 'patch-1',
      head_repository: { owner: { login: 'someone' } },
      pull_requests: prs,
    },
  });
  const withPr = readContext({ ...ENV, GITHUB_EVENT_NAME: 'workflow_run' }, run([{ number: 5 }]));
  assert.equal(withPr.workflowRun?.prNumber, 5);
  // GitHub leaves pull_requests empty for runs from forks.
  const fromFork = readContext({ ...ENV, GITHUB_EVENT_NAME: 'workflow_run' }, run([]));
  assert.deepEqual(fromFork.workflowRun, {
    prNumber: undefined,
    headSha: 'c'.repeat(40),
    headBranch: 'patch-1',
    headOwner: 'someone',
  });
});

test('outside a runner: a clear error naming the missing variable', () => {
  const { GITHUB_REPOSITORY: _, ...rest } = ENV;
  assert.throws(
    () => readContext(rest, {}),
    (e: unknown) =>
      e instanceof UserError &&
      e.message ===
        "GITHUB_REPOSITORY is not set: misnomer's Action runs on a GitHub Actions runner (use the misnomer CLI locally: misnomer run).",
  );
});

test('mode measure: an allowlist of events; any other is refused in one line unless allow-event names it', () => {
  for (const name of ['push', 'pull_request', 'merge_group', 'workflow_dispatch', 'schedule']) {
    assert.doesNotThrow(() => checkMeasureEvent(name, []));
  }
  for (const name of ['issue_comment', 'pull_request_target', 'workflow_run', 'release']) {
    assert.throws(
      () => checkMeasureEvent(name, []),
      (e: unknown) =>
        e instanceof UserError &&
        e.message.startsWith(`mode measure does not run on ${name}: `) &&
        e.message.includes(`allow-event: ${name}`) &&
        !e.message.includes('\n'),
    );
  }
  assert.throws(() => checkMeasureEvent('issue_comment', []), /write token/);
  assert.throws(() => checkMeasureEvent('release', []), /it runs on push, pull_request, /);
  assert.doesNotThrow(() => checkMeasureEvent('issue_comment', ['issue_comment']));
  assert.throws(() => checkMeasureEvent('issue_comment', ['release']), UserError);
});

test('allow-event: names separated by commas or spaces; anything else is named in the error', () => {
  assert.deepEqual(parseAllowedEvents(''), []);
  assert.deepEqual(parseAllowedEvents('issue_comment, release  deployment'), [
    'issue_comment',
    'release',
    'deployment',
  ]);
  assert.throws(
    () => parseAllowedEvents('issue_comment,*'),
    /^UserError: input allow-event: "\*" is not an event name/,
  );
});
