/**
 * The history chain (compare/history.ts): a point from a real result (a MatMul analyzed for
 * real, a measurement with known latency samples), appending with the cap, and the checks of a
 * history read back from a baseline or a comparison: a forged or garbled history is refused with
 * the field named, never a crash, and the comment-fit reason quotes nothing from the file.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  appendPoint,
  HISTORY_CAP,
  HISTORY_SCHEMA,
  historyView,
  mergePoints,
  pointOf,
  pointsOf,
  type HistoryPoint,
} from '../../src/compare/history.ts';
import { parseComparison } from '../../src/compare/read-comparison.ts';
import { makeResult, parseResult, type Result } from '../../src/compare/result.ts';
import { hardwareKey } from '../../src/measure/hardware-key.ts';
import { toJson } from '../../src/report/json.ts';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt } from '../helpers.ts';
import {
  FINGERPRINT,
  measured,
  measurementOf,
  refused,
  SETTINGS,
  validComparison,
} from './artifact-fixtures.ts';

/** x[1,k] · W[k,k]: params k², MACs k², FLOPs 2k², weight bytes 4k² (float32). */
function matmul(k: number) {
  const m = new ModelBuilder();
  m.initializer('w', 'float32', [k, k]);
  m.output(m.op('MatMul', [m.input('x', 'float32', [1, k]), 'w']));
  return analyzeBuilt(m);
}

/** A measured result of mlp (k×k) at `commit`, created at `date`. */
function result(k: number, commit: string, date: string, samples = [3, 1, 2]): Result {
  const r = makeResult(
    [{ id: 'mlp', analysis: matmul(k) }],
    measurementOf([measured('mlp', samples)]),
    commit,
  );
  return { ...r, createdAt: date };
}

const sha = (c: string) => c.repeat(40);
const day = (d: number) => `2026-01-${String(d).padStart(2, '0')}T12:00:00.000Z`;

test('a point: commit, date, the static totals, the latency median and the hardware key', () => {
  const p = pointOf(result(8, sha('a'), day(1), [3, 1, 2]));
  assert.equal(p.commit, sha('a'));
  assert.equal(p.date, day(1));
  assert.equal(p.hardware, hardwareKey(FINGERPRINT, SETTINGS));
  assert.match(p.hardware!, /^[0-9a-f]{16}$/);
  assert.equal(p.units.length, 1);
  const u = p.units[0];
  assert.equal(u.id, 'mlp');
  // 8·8 = 64 params, 64 MACs, 2·64 = 128 FLOPs, 4·64 = 256 weight bytes; 1 node.
  assert.equal(u.totals.params, 64);
  assert.equal(u.totals.macs, 64);
  assert.equal(u.totals.flops, 128);
  assert.equal(u.totals.weightBytes, 256);
  assert.equal(u.totals.nodes, 1);
  // The median of 3, 1, 2 is 2 ms, at batch 1.
  assert.deepEqual(u.latency, { p50Ms: 2, batch: 1 });
  // Not measured: no hardware, no latency.
  const plain = pointOf(makeResult([{ id: 'mlp', analysis: matmul(4) }], undefined, sha('b')));
  assert.equal(plain.hardware, undefined);
  assert.equal(plain.units[0].latency, undefined);
});

test('the chain: each baseline carries the earlier points plus its own, oldest first', () => {
  const r1 = result(4, sha('a'), day(1));
  const r2 = result(8, sha('b'), day(2));
  const r3 = result(16, sha('c'), day(3));
  // A baseline without a history stands for its own point alone.
  assert.deepEqual(pointsOf(r1), [pointOf(r1)]);
  const h2 = appendPoint(pointsOf(r1), pointOf(r2));
  assert.equal(h2.schema, HISTORY_SCHEMA);
  const h3 = appendPoint(pointsOf({ ...r2, history: h2 }), pointOf(r3));
  assert.deepEqual(
    h3.points.map((p) => [p.commit![0], p.units[0].totals.params]),
    // 4², 8², 16²
    [
      ['a', 16],
      ['b', 64],
      ['c', 256],
    ],
  );
  // The same commit saved again replaces its point instead of adding one.
  const again = appendPoint(h3.points, pointOf(result(32, sha('c'), day(4))));
  assert.equal(again.points.length, 3);
  assert.equal(again.points[2].units[0].totals.params, 1024);
});

test(`the chain is capped at ${HISTORY_CAP} points: the oldest are dropped`, () => {
  const base = pointOf(result(4, sha('a'), day(1)));
  const many: HistoryPoint[] = Array.from({ length: HISTORY_CAP }, (_, i) => ({
    ...base,
    commit: i.toString(16).padStart(40, '0'),
  }));
  const h = appendPoint(many, pointOf(result(8, sha('f'), day(2))));
  assert.equal(h.points.length, HISTORY_CAP);
  // Point 0 went; point 1 is now the oldest, the new one the newest.
  assert.equal(h.points[0].commit, (1).toString(16).padStart(40, '0'));
  assert.equal(h.points[HISTORY_CAP - 1].commit, sha('f'));
  // A smaller cap, as a test of the rule: 3 points + 1 under a cap of 2 keeps the last 2.
  assert.deepEqual(
    appendPoint(many.slice(0, 3), base, 2).points.map((p) => p.commit),
    [(2).toString(16).padStart(40, '0'), sha('a')],
  );
});

test('the window of a comparison: the last baselines, then the head', () => {
  const points = Array.from({ length: 25 }, (_, i) => ({
    ...pointOf(result(4, sha('a'), day(1))),
    commit: i.toString(16).padStart(40, '0'),
  }));
  const view = historyView(points, result(8, sha('e'), day(9)), 20);
  assert.equal(view.baseline.length, 20);
  // Points 5..24 are the last 20.
  assert.equal(view.baseline[0].commit, (5).toString(16).padStart(40, '0'));
  assert.equal(view.head.commit, sha('e'));
  assert.equal(view.head.units[0].totals.params, 64);
});

test('a folder of results: every point once per commit, the newest measurement, by date', () => {
  const r1 = result(4, sha('a'), day(1));
  const r2 = { ...result(8, sha('b'), day(3)) };
  r2.history = appendPoint(pointsOf(r1), pointOf(r2));
  // Commit a measured again later (day 2) in a loose result file: that one is kept.
  const again = result(6, sha('a'), day(2));
  const merged = mergePoints([r2, again, r1]);
  assert.deepEqual(
    merged.map((p) => [p.commit![0], p.units[0].totals.params]),
    [
      ['a', 36],
      ['b', 64],
    ],
  );
});

// --- forged histories ----------------------------------------------------------------------

const HOSTILE = '<img src=x onerror=alert(1)>';

/** A saved baseline with a history, through JSON as a file would be. */
function baselineJson(): Record<string, unknown> {
  const r1 = result(4, sha('a'), day(1));
  const r2 = result(8, sha('b'), day(2));
  return JSON.parse(toJson({ ...r2, history: appendPoint(pointsOf(r1), pointOf(r2)) }));
}

test('a valid history reads back as written', () => {
  const doc = baselineJson();
  const r = parseResult(doc, 'baseline.json', { untrusted: true });
  assert.equal(r.history!.points.length, 2);
});

/* eslint-disable @typescript-eslint/no-explicit-any -- forging parsed JSON */
/** Each forgery, the field the reason must name. */
const FORGERIES: [string, (h: any) => void, string][] = [
  ['a commit with markup', (h) => (h.points[0].commit = HOSTILE), 'history.points[0].commit'],
  ['a date that is not one', (h) => (h.points[1].date = HOSTILE), 'history.points[1].date'],
  [
    'a hardware key with markup',
    (h) => (h.points[0].hardware = HOSTILE),
    'history.points[0].hardware',
  ],
  [
    'a unit id outside the grammar',
    (h) => (h.points[0].units[0].id = HOSTILE),
    'history.points[0].units[0].id',
  ],
  [
    'a total that is a string',
    (h) => (h.points[0].units[0].totals.flops = '12'),
    'history.points[0].units[0].totals.flops',
  ],
  [
    'a negative total',
    (h) => (h.points[0].units[0].totals.params = -1),
    'history.points[0].units[0].totals.params',
  ],
  [
    'an unknown total',
    (h) => (h.points[0].units[0].totals[HOSTILE] = 1),
    'history.points[0].units[0].totals[?]',
  ],
  [
    'a latency of zero',
    (h) => (h.points[1].units[0].latency.p50Ms = 0),
    'history.points[1].units[0].latency.p50Ms',
  ],
  ['points that are not a list', (h) => (h.points = { 0: 1 }), 'history.points'],
  ['another schema', (h) => (h.schema = 'misnomer/history@9'), 'history.schema'],
  [
    'too many points',
    (h) => (h.points = Array(HISTORY_CAP + 1).fill(h.points[0])),
    'history.points',
  ],
  ['a unit that is null', (h) => (h.points[0].units[0] = null), 'history.points[0].units[0]'],
];

for (const [what, forge, field] of FORGERIES) {
  test(`a baseline's history with ${what} is refused, naming ${field}`, () => {
    const doc = baselineJson();
    forge(doc.history);
    const e = refused(() => parseResult(doc, '/tmp/x/baseline.json', { name: 'baseline.json' }));
    assert.ok(e.reason.startsWith(`baseline.json: ${field} should be `), e.reason);
    // The reason (what a comment may show) quotes nothing from the file.
    assert.ok(!e.reason.includes('<img'), e.reason);
  });
}

test("a comparison's history window is checked the same way, the head's point too", () => {
  // Reading fills in a CI's open end: each read gets its own copy.
  const c = JSON.parse(toJson(validComparison()));
  const r1 = result(4, sha('a'), day(1));
  c.history = JSON.parse(JSON.stringify(historyView(pointsOf(r1), result(8, sha('b'), day(2)))));
  assert.equal(parseComparison(structuredClone(c), 'comparison.json').history!.baseline.length, 1);
  const forged = structuredClone(c);
  forged.history.head.units[0].id = HOSTILE;
  const e = refused(() => parseComparison(forged, 'comparison.json'));
  assert.ok(e.reason.startsWith('comparison.json: history.head.units[0].id should be '), e.reason);
  delete c.history.head;
  const missing = refused(() => parseComparison(c, 'comparison.json'));
  assert.match(missing.reason, /history\.head should be an object \(it is missing\)/);
});
