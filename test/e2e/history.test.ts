/**
 * The history of the base branch through the Action, as a runner runs it (dist/index.js against
 * the fake GitHub and its cache service): three pushes to main each save a baseline that carries
 * the history of the one before; a pull request's comment then shows, per model, the summary line
 * and a chart of the three baselines plus the pull request. A push after the cache was evicted
 * restarts the chain and says so.
 *
 * The model: x[batch,64] · W1[64,h] → Relu → · W2[h,10], params 64h + 10h = 74h:
 *   push 1: h 16, 1,184   push 2: h 32, 2,368   push 3: h 64, 4,736   pull request: h 128, 9,472
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { tempDir } from '../helpers.ts';
import { FakeGitHub, startFakeGitHub } from './fake-github.ts';
import { historyConfig, historyOrigin } from './history-repo.ts';
import { actionRunner, explain } from './run-action.ts';

const MARKER = '<!-- misnomer:report key=default -->';

const CONFIG = historyConfig();

let gh: FakeGitHub;
const root = tempDir('misnomer-action-history-');
const origin = join(root, 'origin');
let main: string[] = [];
let feature = '';

before(async () => {
  gh = await startFakeGitHub();
  ({ main, feature } = historyOrigin(origin, CONFIG));
});

after(() => gh.close());

const runAction = actionRunner({ gh: () => gh, root, origin, baseSha: () => main[2] });
const short = (sha: string) => sha.slice(0, 7);

test('three pushes: each baseline carries the history of the one before, plus its own point', async () => {
  const notes: string[] = [];
  for (const sha of main.slice(0, 3)) {
    const r = await runAction({ sha });
    assert.equal(r.code, 0, explain(r));
    notes.push(r.summary);
  }
  assert.match(notes[0], /The history restarts at this point: no baseline in the cache/);
  assert.match(
    notes[1],
    new RegExp(`The history goes on: 2 points \\(from the baseline of ${short(main[0])}\\)`),
  );
  assert.match(
    notes[2],
    new RegExp(`The history goes on: 3 points \\(from the baseline of ${short(main[1])}\\)`),
  );
  assert.equal(gh.caches().length, 3);
});

test('the pull request: a summary line and a chart of the three baselines plus the pull request', async () => {
  const r = await runAction({ sha: feature, pullRequest: 9 });
  assert.equal(r.code, 0, explain(r));
  const mine = gh.comments(9).filter((c) => c.body.startsWith(MARKER));
  assert.equal(mine.length, 1);
  const body = mine[0].body;
  // params 1,184 → 2,368 → 4,736 over the last 2 merges: 4,736/1,184 − 1 = +300%; the pull
  // request 9,472/4,736 − 1 = +100%, the same way.
  assert.match(body, /_History: params \+300% over the last 2 merges, \+100% more in this PR;/);
  assert.match(body, /<summary>History of the base branch: 3 baselines, then this PR<\/summary>/);
  const c = main.slice(0, 3).map(short);
  // In thousands: 1.184, 2.368, 4.736, then 9.472.
  assert.ok(
    body.includes(
      [
        '    title "params in thousands - 3 baselines then PR 9"',
        `    x-axis ["${c[0]}", "${c[1]}", "${c[2]}", "PR 9"]`,
        '    y-axis "params in thousands"',
        '    line [1.184, 2.368, 4.736, 9.472]',
      ].join('\n'),
    ),
    body,
  );
  // Every point was measured here: latency is charted over all four, labelled as such.
  assert.match(
    body,
    /title "latency p50 in (ms|µs) - only the 4 points measured on this hardware"/,
  );
  // The comparison (what mode comment re-renders) carries the window and the head's point.
  const comparison = JSON.parse(readFileSync(r.outputs['comparison-json'], 'utf8'));
  assert.equal(comparison.history.baseline.length, 3);
  assert.equal(comparison.history.head.commit, feature);
  assert.equal(comparison.history.head.units[0].totals.params, 9472);
});

test('a push after the cache was evicted: the chain restarts here, and the summary says so', async () => {
  assert.equal(gh.evictCaches(), 3);
  const r = await runAction({ sha: main[3] });
  assert.equal(r.code, 0, explain(r));
  assert.match(r.summary, /The history restarts at this point: no baseline in the cache/);
  const result = JSON.parse(readFileSync(r.outputs['result-json'], 'utf8'));
  assert.equal(result.history.points.length, 1);
  // h 48: 74 · 48 = 3,552 params.
  assert.equal(result.history.points[0].units[0].totals.params, 3552);
});
