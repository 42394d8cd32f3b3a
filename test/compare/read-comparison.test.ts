/**
 * Reading a comparison from a file that may come from a fork's workflow: a real comparison
 * round-trips; a foreign, edited, truncated or oversized one is one UserError naming the file and
 * the field. The comparison is built for real: two small models written with onnx-writer,
 * analyzed, and compared with a paired run.
 */
import assert from 'node:assert/strict';
import { truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Analysis } from '../../src/analyze/types.ts';
import { buildComparison } from '../../src/compare/compare.ts';
import {
  MAX_COMPARISON_BYTES,
  parseComparison,
  readComparison,
} from '../../src/compare/read-comparison.ts';
import { makeResult } from '../../src/compare/result.ts';
import { summarize } from '../../src/stats/summary.ts';
import type { Comparison } from '../../src/compare/types.ts';
import { UserError } from '../../src/errors.ts';
import type { PairResult } from '../../src/measure/pair.ts';
import type { ModelMeasurement, Round } from '../../src/measure/types.ts';
import { toJson } from '../../src/report/json.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { tempDir } from '../helpers.ts';
import { FINGERPRINT, model, PATTERN, SETTINGS } from './artifact-fixtures.ts';

/**
 * 20 latency rounds around 2 ms, head 1.3 × slower; no cold-start rounds, so that row's CI is
 * [0, Infinity] ("anything"), which JSON writes as [0, null].
 */
function pair(): PairResult {
  const rounds: Round[] = Array.from({ length: 20 }, (_, i) => {
    const a = 2 * PATTERN[i % 5];
    return { order: i % 2 ? 'BA' : 'AB', a, b: 1.3 * a };
  });
  const side = (k: 'a' | 'b'): ModelMeasurement => {
    const values = rounds.map((r) => r[k]);
    return {
      id: 'mlp',
      path: 'mlp.onnx',
      status: 'ok',
      dims: {},
      inputs: [],
      latency: { batch: 1, samplesMs: values, summary: summarize(values) },
    };
  };
  const none: Round[] = [];
  return {
    a: side('a'),
    b: side('b'),
    latencyRounds: rounds,
    latencyLooks: [],
    throughputRounds: {},
    coldStartRounds: none,
    firstRunRounds: none,
    memoryRounds: none,
  };
}

/** Both sides measured on one machine (so the comparison has settings and hardware). */
function comparison(): Comparison {
  const side = (a: Analysis, commit: string) => ({
    ...makeResult([{ id: 'mlp', analysis: a }], undefined, commit),
    settings: SETTINGS,
    fingerprint: FINGERPRINT,
  });
  return buildComparison(
    { label: 'main', result: side(model(), 'a1') },
    { label: 'pr-7', result: side(model(8), 'b2') },
    { threshold: 0.05, staticThreshold: 0.05, confidence: 0.99, resamples: 500, seed: 3 },
    new Map([['mlp', pair()]]),
  );
}

const COMPARISON = comparison();

/** The comparison as `compare --json` writes it, edited by `edit`, in a temp file. */
function written(edit?: (json: Record<string, unknown>) => void, name = 'cmp.json'): string {
  const path = join(tempDir(), name);
  const json = JSON.parse(toJson(COMPARISON));
  edit?.(json);
  writeFileSync(path, toJson(json));
  return path;
}

/** The UserError message of `fn` (fails when it throws anything else, or nothing). */
function userError(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof UserError, `not a UserError: ${(e as Error)?.stack}`);
    return e.message;
  }
  assert.fail('no error');
}

const DAMAGED = 'The file was edited or damaged: produce it again with misnomer compare --json.';

test('a comparison written by compare --json reads back equal, and renders the same', () => {
  const cold = COMPARISON.models[0].runtime.find((d) => d.indicator === 'coldStart');
  // No cold-start rounds: the CI says "anything", [0, Infinity]; JSON has [0, null].
  assert.deepEqual(cold?.ci, [0, Infinity]);
  assert.ok(COMPARISON.settings && COMPARISON.hardware?.comparable && COMPARISON.method);
  const path = written();
  const back = readComparison(path);
  assert.deepEqual(back, COMPARISON);
  assert.equal(renderMarkdown(back), renderMarkdown(COMPARISON));
});

test('another schema: named, with what to do', () => {
  const path = join(tempDir(), 'result.json');
  writeFileSync(path, toJson(makeResult([{ id: 'mlp', analysis: model() }])));
  assert.equal(
    userError(() => readComparison(path)),
    `${path} is not a misnomer/comparison@1 file (its schema is "misnomer/result@1"). It may ` +
      'come from another version of misnomer: produce it again with this one.',
  );
  assert.equal(
    userError(() => parseComparison([1, 2], 'artifact cmp.json')),
    'artifact cmp.json is not a misnomer/comparison@1 file (its schema is null). It may come ' +
      'from another version of misnomer: produce it again with this one.',
  );
});

test('a string where a number belongs: the file and the field path', () => {
  // runtime[2] is latency p99 (p50, p90, p99, then cold start, first run, memory, FLOP/s).
  assert.equal(COMPARISON.models[0].runtime[2].indicator, 'latency.p99');
  const path = written((j) => {
    (j as any).models[0].runtime[2].ratio = '1.3'; // eslint-disable-line @typescript-eslint/no-explicit-any
  });
  assert.equal(
    userError(() => readComparison(path)),
    `${path}: models[0].runtime[2].ratio should be a number or null (it is "1.3"). ${DAMAGED}`,
  );
});

test('a verdict or status that is not one of its values', () => {
  const path = written((j) => {
    const m = (j.models as Record<string, unknown>[])[0];
    (m.static as Record<string, unknown>[])[1].verdict = 'great';
    m.status = 'shipped';
  });
  assert.equal(
    userError(() => readComparison(path)),
    `${path}: models[0].status should be one of "compared", "added", "removed", "failed" ` +
      '(it is "shipped"); models[0].static[1].verdict should be one of "better", "worse", ' +
      `"unchanged", "changed" (it is "great"). ${DAMAGED}`,
  );
});

test('many problems: the first three listed, the rest counted', () => {
  const path = written((j) => {
    j.headline = 7;
    j.gates = {};
    j.base = null;
    (j.tool as Record<string, unknown>).version = ['0.1.0'];
    (j.models as unknown[]).push(null);
  });
  // In reading order: tool.version, base, models[1], gates, headline.
  assert.equal(
    userError(() => readComparison(path)),
    `${path}: tool.version should be a string (it is a list); base should be an object (it is ` +
      'null); models[1] should be an object (it is null); and 2 more. ' +
      DAMAGED,
  );
});

test('a unit, a CI and a settings value outside what the renderers accept', () => {
  // A unit is printed as it is: only the units misnomer writes are accepted.
  const path = written((j) => {
    const m = (j.models as Record<string, any>[])[0]; // eslint-disable-line @typescript-eslint/no-explicit-any
    m.static[0].unit = '<img src=x>';
    m.runtime[0].ci = [1.2, 'x'];
    j.settings = { ...SETTINGS, seed: '1' };
  });
  assert.equal(
    userError(() => readComparison(path)),
    `${path}: models[0].static[0].unit should be one of "count", "bytes", "MACs", "FLOPs", ` +
      '"FLOP/B", "nodes" (it is "<img src=x>"); models[0].runtime[0].ci should be null or ' +
      '[low, high], low a number and high a number or null (it is a list); settings.seed ' +
      `should be a number (it is "1"). ${DAMAGED}`,
  );
});

test('a truncated file: not JSON, said with the parser’s reason', () => {
  const full = toJson(COMPARISON);
  const path = join(tempDir(), 'cut.json');
  const text = full.slice(0, Math.floor(full.length / 2));
  writeFileSync(path, text);
  let why = '';
  try {
    JSON.parse(text);
  } catch (e) {
    why = (e as Error).message;
  }
  assert.ok(why);
  assert.equal(
    userError(() => readComparison(path)),
    `${path} is not valid JSON (${why}): the file is truncated or damaged.`,
  );
  // The parser quotes the file; a control character or a newline in it (a forged workflow
  // command, say) does not reach the log as one.
  // V8 quotes it raw: Unexpected token 'x', "x\u0007\n::error::forged" is not valid JSON.
  writeFileSync(path, 'x\u0007\n::error::forged');
  const message = userError(() => readComparison(path));
  assert.match(message, /is not valid JSON \(.*x\? ::error::forged.*\): the file is truncated/);
  assert.ok(!message.includes('\n') && !message.includes('\u0007'), message);
});

test('an oversized file is refused before it is read', () => {
  const path = join(tempDir(), 'huge.json');
  writeFileSync(path, '');
  // 21 MiB (sparse): over the cap of 20 × 2^20 bytes.
  truncateSync(path, 21 * 2 ** 20);
  assert.equal(MAX_COMPARISON_BYTES, 20 * 2 ** 20);
  assert.equal(
    userError(() => readComparison(path)),
    `${path} is 21.0 MiB: a misnomer comparison may be at most 20.0 MiB, so it is refused unread.`,
  );
  // At the cap exactly it is read (and found not to be JSON: 20 MiB of zero bytes).
  truncateSync(path, MAX_COMPARISON_BYTES);
  assert.match(
    userError(() => readComparison(path)),
    /is not valid JSON/,
  );
});

test('a missing file or a directory', () => {
  const dir = tempDir();
  assert.equal(
    userError(() => readComparison(join(dir, 'nope.json'))),
    `${join(dir, 'nope.json')}: cannot read a misnomer comparison (no such file).`,
  );
  assert.equal(
    userError(() => readComparison(dir)),
    `${dir}: cannot read a misnomer comparison (not a regular file).`,
  );
});

test('free text stays as it is (the renderers escape it); an id outside its grammar is refused', () => {
  const hostile = '</details><img src=x> @everyone | `x`';
  const path = written((j) => {
    j.headline = hostile;
    (j.models as Record<string, unknown>[])[0].notes = [hostile];
  });
  const back = readComparison(path);
  assert.equal(back.headline, hostile);
  assert.deepEqual(back.models[0].notes, [hostile]);
  const bad = written((j) => {
    (j.models as Record<string, unknown>[])[0].id = hostile;
  });
  assert.match(
    userError(() => readComparison(bad)),
    /models\[0\]\.id should be a model id \(a name of letters, digits, "\.", "_" and "-"/,
  );
});

test("a row's confidence must be a level between 0 and 1", () => {
  const path = written((j) => {
    (j as any).models[0].runtime[0].confidence = 1.5; // eslint-disable-line @typescript-eslint/no-explicit-any
  });
  assert.equal(
    userError(() => readComparison(path)),
    `${path}: models[0].runtime[0].confidence should be a number between 0 and 1 (it is a number). ${DAMAGED}`,
  );
});
