import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis, Totals } from '../../src/analyze/types.ts';
import { buildComparison, type CompareOptions } from '../../src/compare/compare.ts';
import { percentChange, ratioChange } from '../../src/format.ts';
import { parseGate } from '../../src/compare/gate-parse.ts';
import { headline } from '../../src/compare/headline.ts';
import { RESULT_SCHEMA, type Result, type ResultModel } from '../../src/compare/result.ts';
import { normal, seeded } from '../../src/stats/rng.ts';
import { summarize } from '../../src/stats/summary.ts';
import { COMPARISON_SCHEMA, type ModelComparison } from '../../src/compare/types.ts';
import type { PairResult } from '../../src/measure/pair.ts';
import type {
  Fingerprint,
  ModelMeasurement,
  Round,
  RuntimeSettings,
} from '../../src/measure/types.ts';

const MINUS = '\u2212';

/** T = 5%; few resamples keep the bootstraps fast, the seed keeps them reproducible. */
const OPTIONS: CompareOptions = {
  threshold: 0.05,
  staticThreshold: 0.05,
  confidence: 0.99,
  resamples: 2000,
  seed: 7,
};

/**
 * An analysis with these totals. Defaults: 1000 float32 params (4000 weight bytes), 2000 MACs =
 * 4000 FLOPs, 8000 bytes accessed, 10 nodes. Arithmetic intensity follows flops / bytesAccessed.
 */
function analysis(over: Partial<Totals> = {}): Analysis {
  const totals: Totals = {
    macs: 2000,
    flops: 4000,
    transcendentals: 0,
    intOps: 0,
    bytesAccessed: 8000,
    params: 1000,
    paramsPerUse: 1000,
    embeddingParams: 0,
    nonEmbeddingParams: 1000,
    paramsByDtype: { float32: 1000 },
    weightBytes: 4000,
    arithmeticIntensity: null,
    peakActivationBytes: 1024,
    modelFileBytes: 4200,
    nodes: 10,
    ...over,
  };
  totals.arithmeticIntensity = over.arithmeticIntensity ?? totals.flops / totals.bytesAccessed;
  return {
    schema: 'misnomer/analysis@1',
    tool: { name: 'misnomer', version: '0.1.0', countingRules: 1 },
    model: { path: 'model.onnx', irVersion: 8, producer: 'test', opsets: { '': 17 } },
    dims: {},
    totals,
    byOpType: {},
    uncounted: [],
    unresolved: [],
    incomplete: false,
    incompleteTotals: [],
    notes: [],
    warnings: [],
  };
}

/** `n` latencies around `medianMs`: medianMs × exp(sigma × z), z standard normal, seeded. */
function draw(seed: number, n: number, medianMs: number, sigma = 0.02): number[] {
  const rng = seeded(seed);
  return Array.from({ length: n }, () => medianMs * Math.exp(sigma * normal(rng)));
}

/**
 * `n` interleaved rounds: A about `baseMs` (seeded noise), B = A × bOverA × exp(0.01 z), so
 * every round's B/A sits within a few percent of bOverA.
 */
function roundsOf(seed: number, n: number, baseMs: number, bOverA: number): Round[] {
  const rng = seeded(seed);
  return Array.from({ length: n }, (_, i) => {
    const a = baseMs * Math.exp(0.02 * normal(rng));
    return { order: i % 2 ? 'BA' : 'AB', a, b: a * bOverA * Math.exp(0.01 * normal(rng)) };
  });
}

/** The median of an odd number of values: the middle one, no interpolation. */
function middle(values: number[]): number {
  assert.equal(values.length % 2, 1, 'middle() is for an odd count');
  return [...values].sort((x, y) => x - y)[(values.length - 1) / 2];
}

/** A measured model with these latency (and optionally cold start) samples, batch 1. */
function measured(id: string, latencyMs: number[], coldStartMs?: number[]): ModelMeasurement {
  return {
    id,
    path: `${id}.onnx`,
    status: 'ok',
    dims: {},
    inputs: [],
    latency: { batch: 1, samplesMs: latencyMs, summary: summarize(latencyMs) },
    ...(coldStartMs
      ? { coldStart: { samplesMs: coldStartMs, summary: summarize(coldStartMs) } }
      : {}),
  };
}

/** A paired run: both sides' latency samples are the rounds' medians. */
function pairOf(id: string, rounds: Round[]): PairResult {
  return {
    a: measured(
      id,
      rounds.map((r) => r.a),
    ),
    b: measured(
      id,
      rounds.map((r) => r.b),
    ),
    latencyRounds: rounds,
    latencyLooks: [],
    throughputRounds: {},
    coldStartRounds: [],
    firstRunRounds: [],
    memoryRounds: [],
  };
}

const XEON = 'Intel Xeon Platinum 8370C CPU @ 2.80GHz';
const EPYC = 'AMD EPYC 7763 64-Core Processor';

function fingerprint(cpuModel = XEON): Fingerprint {
  return {
    cpu: {
      vendor: cpuModel === XEON ? 'Intel' : 'AMD',
      model: cpuModel,
      flags: ['avx', 'avx2', 'fma'],
      logicalCores: 4,
      physicalCores: 2,
    },
    memoryBytes: 16 * 2 ** 30,
    os: { platform: 'linux', release: '6.8.0', distro: 'Ubuntu 24.04 LTS' },
    node: '20.19.0',
    onnxruntime: '1.30.0',
  };
}

const SETTINGS: RuntimeSettings = {
  provider: 'cpu',
  intraOpThreads: 1,
  interOpThreads: 1,
  graphOptimizationLevel: 'all',
  executionMode: 'sequential',
  budgetMs: 10_000,
  warmupRuns: 5,
  warmupMs: 500,
  latencyBatch: 1,
  batchSizes: [1],
  coldStartRuns: 5,
  timeoutMs: 60_000,
  seed: 1,
};

function result(models: ResultModel[], over: Partial<Result> = {}): Result {
  return {
    schema: RESULT_SCHEMA,
    tool: { name: 'misnomer', version: '0.1.0', countingRules: 1 },
    createdAt: '2025-01-01T00:00:00.000Z',
    models,
    ...over,
  };
}

/** Both results measured on one machine with the same settings. */
const sameMachine: Partial<Result> = { settings: SETTINGS, fingerprint: fingerprint() };

function byId(models: ModelComparison[], id: string): ModelComparison {
  const m = models.find((x) => x.id === id);
  assert.ok(m, `no model ${id}`);
  return m;
}

const staticRow = (m: ModelComparison, indicator: string) => {
  const row = m.static.find((s) => s.indicator === indicator);
  assert.ok(row, `no static row ${indicator}`);
  return row;
};

const runtimeRow = (m: ModelComparison, indicator: string) => {
  const row = m.runtime.find((r) => r.indicator === indicator);
  assert.ok(row, `no runtime row ${indicator}`);
  return row;
};

test('matches two models by id whatever their order, each against its own counterpart', () => {
  // Encoder: FLOPs 4000 -> 3000; decoder: FLOPs 8000 -> 10000. Head lists them the other way
  // round. Params, bytes and runtime do not move: neither change alone is a contradiction.
  const base = result(
    [
      { id: 'encoder', analysis: analysis({ flops: 4000 }) },
      { id: 'decoder', analysis: analysis({ flops: 8000 }) },
    ],
    { commit: 'aaaa111' },
  );
  const head = result([
    { id: 'decoder', analysis: analysis({ flops: 10_000 }) },
    { id: 'encoder', analysis: analysis({ flops: 3000 }) },
  ]);
  const c = buildComparison(
    { label: 'main', result: base },
    { label: 'pr', result: head },
    OPTIONS,
  );
  assert.equal(c.schema, COMPARISON_SCHEMA);
  assert.deepEqual(c.base, { label: 'main', commit: 'aaaa111' });
  assert.deepEqual(c.head, { label: 'pr' });
  // Base order first.
  assert.deepEqual(
    c.models.map((m) => [m.id, m.status]),
    [
      ['encoder', 'compared'],
      ['decoder', 'compared'],
    ],
  );
  const enc = staticRow(byId(c.models, 'encoder'), 'flops');
  // 3000 - 4000 = −1000; −1000 / 4000 = −0.25.
  assert.deepEqual([enc.base, enc.head, enc.delta, enc.relative], [4000, 3000, -1000, -0.25]);
  const dec = staticRow(byId(c.models, 'decoder'), 'flops');
  // 10000 - 8000 = +2000; 2000 / 8000 = +0.25.
  assert.deepEqual([dec.base, dec.head, dec.delta, dec.relative], [8000, 10_000, 2000, 0.25]);
  for (const m of c.models) {
    assert.equal(m.runtimeMode, 'none');
    assert.equal(m.reason, undefined);
    assert.deepEqual(m.contradictions, []);
  }
  // Several models: each part names its model, in the comparison's order.
  assert.equal(c.headline, `encoder: FLOPs ${MINUS}25.0% · decoder: FLOPs +25.0%`);
});

test('a model only in head is added, one only in base removed, with reasons, in the headline', () => {
  const base = result([
    { id: 'encoder', analysis: analysis() },
    { id: 'decoder', analysis: analysis() },
  ]);
  const head = result([
    { id: 'encoder', analysis: analysis() },
    { id: 'decoder-v2', analysis: analysis() },
  ]);
  const c = buildComparison(
    { label: 'main', result: base },
    { label: 'pr', result: head },
    OPTIONS,
  );
  assert.deepEqual(
    c.models.map((m) => [m.id, m.status, m.reason]),
    [
      ['encoder', 'compared', undefined],
      ['decoder', 'removed', 'not in head any more'],
      ['decoder-v2', 'added', 'new in head: nothing to compare with'],
    ],
  );
  for (const id of ['decoder', 'decoder-v2']) {
    const m = byId(c.models, id);
    assert.deepEqual([m.static, m.runtime, m.runtimeMode, m.contradictions], [[], [], 'none', []]);
  }
  // The compared encoder has nothing to say (FLOPs and params unchanged are left out).
  assert.equal(c.headline, 'decoder: removed · decoder-v2: added');
});

test('static deltas are exact: FLOPs 4000 -> 3000 is −1000, relative −0.25, better', () => {
  const base = result([{ id: 'm', analysis: analysis({ flops: 4000, nodes: 10 }) }]);
  const head = result([{ id: 'm', analysis: analysis({ flops: 3000, nodes: 13 }) }]);
  const c = buildComparison(
    { label: 'base', result: base },
    { label: 'head', result: head },
    OPTIONS,
  );
  const m = byId(c.models, 'm');
  assert.deepEqual(staticRow(m, 'flops'), {
    indicator: 'flops',
    label: 'FLOPs',
    unit: 'FLOPs',
    base: 4000,
    head: 3000,
    delta: -1000,
    relative: -0.25,
    verdict: 'better',
    incomplete: false,
  });
  // nodes 10 -> 13: +3, +0.3, changed (nodes have no direction). Params 1000 -> 1000: unchanged.
  const nodes = staticRow(m, 'nodes');
  assert.deepEqual([nodes.delta, nodes.relative, nodes.verdict], [3, 0.3, 'changed']);
  const params = staticRow(m, 'params');
  assert.deepEqual([params.delta, params.relative, params.verdict], [0, 0, 'unchanged']);
  // Arithmetic intensity 4000/8000 = 0.5 -> 3000/8000 = 0.375: −0.125, relative −0.25; a
  // ratio of two costs has no direction: changed.
  const ai = staticRow(m, 'arithmeticIntensity');
  assert.deepEqual([ai.base, ai.head, ai.delta, ai.relative], [0.5, 0.375, -0.125, -0.25]);
  assert.equal(ai.verdict, 'changed');
  // No runtime: FLOPs −25% alone is no contradiction; percentChange(−0.25) = "−25.0%".
  assert.deepEqual(m.contradictions, []);
  assert.equal(c.headline, `FLOPs ${MINUS}25.0%`);
});

test('a change of the counting rules (1 -> 2) adds the note; the same rules add none', () => {
  const model = [{ id: 'm', analysis: analysis() }];
  const base = result(model);
  const head = result(model, { tool: { name: 'misnomer', version: '0.2.0', countingRules: 2 } });
  const changed = buildComparison(
    { label: 'base', result: base },
    { label: 'head', result: head },
    OPTIONS,
  );
  assert.deepEqual(byId(changed.models, 'm').notes, [
    'the counting rules changed between misnomer 0.1.0 (base) and 0.2.0 (head): static deltas ' +
      'may come from the tool, not the model',
  ]);
  // A new tool version with the same counting rules is no note.
  const sameRules = result(model, {
    tool: { name: 'misnomer', version: '0.2.0', countingRules: 1 },
  });
  const same = buildComparison(
    { label: 'base', result: base },
    { label: 'head', result: sameRules },
    OPTIONS,
  );
  assert.deepEqual(byId(same.models, 'm').notes, []);
});

test('a comparison of one pair of sessions under a threshold below 2% says that the pair carries its own offset', () => {
  const rounds = roundsOf(11, 21, 10, 1.2);
  // The same rounds split among 3 session pairs of 7 rounds: judged over the pairs.
  const inPairs = rounds.map((r, i) => ({ ...r, epoch: Math.floor(i / 7) }));
  const build = (threshold: number, paired: Round[] | undefined) =>
    buildComparison(
      { label: 'base', result: result([{ id: 'm', analysis: analysis() }], sameMachine) },
      { label: 'head', result: result([{ id: 'm', analysis: analysis() }], sameMachine) },
      { ...OPTIONS, threshold },
      paired ? new Map([['m', pairOf('m', paired)]]) : new Map(),
    );
  // 1.5% is below the 2% one pair's interval supports: one note, with the threshold as given.
  assert.deepEqual(
    build(0.015, rounds).notes?.filter((n) => n.includes('below 2%')),
    [
      'The runtime threshold, 1.5%, is below 2%, and the budget was too short for more than one pair of sessions: two sessions of one model can run about 1% apart for as long as they live, an offset that the rounds of one pair do not cover, so a verdict this close to it may be that offset (docs/measurement.md, "What one pair leaves out").',
    ],
  );
  // At 2%, with rounds of several pairs, or with no paired measurement (static only): nothing.
  assert.equal(build(0.02, rounds).notes, undefined);
  assert.equal(build(0.015, inPairs).notes, undefined);
  const latency = build(0.015, inPairs).models[0].runtime.find(
    (d) => d.indicator === 'latency.p50',
  );
  assert.deepEqual([latency?.rounds, latency?.pairs], [21, 3]);
  assert.equal(build(0.015, undefined).notes, undefined);
});

test('paired: a PairResult for the id decides latency from its rounds (head 20% slower: worse)', () => {
  // 21 rounds, B/A = 1.2 × exp(0.01 z): the ratio is exp(median ln(b/a)), the 11th of 21 sorted.
  const rounds = roundsOf(11, 21, 10, 1.2);
  const expectedRatio = Math.exp(middle(rounds.map((r) => Math.log(r.b / r.a))));
  assert.ok(Math.abs(expectedRatio - 1.2) < 0.01, `generator drifted: ${expectedRatio}`);
  const base = result([{ id: 'm', analysis: analysis() }], sameMachine);
  const head = result([{ id: 'm', analysis: analysis() }], sameMachine);
  const c = buildComparison(
    { label: 'base', result: base },
    { label: 'head', result: head },
    OPTIONS,
    new Map([['m', pairOf('m', rounds)]]),
  );
  const m = byId(c.models, 'm');
  assert.equal(m.runtimeMode, 'paired');
  const lat = runtimeRow(m, 'latency.p50');
  assert.equal(lat.ratio, expectedRatio);
  assert.equal(lat.rounds, 21);
  assert.equal(lat.verdict, 'worse');
  // Worse needs the whole CI above 1 and the ratio at or above 1 + T = 1.05.
  assert.ok(lat.ci && lat.ci[0] > 1 && lat.ci[0] <= expectedRatio && lat.ci[1] >= expectedRatio);
  assert.match(
    lat.reason,
    /^21 rounds, 99% CI: \+(19|20)\.\d% \(\+\d+\.\d to \+\d+\.\d%\); head is higher than base beyond the 5% threshold/,
  );
  // The paired threshold is T itself: no unpaired note.
  assert.deepEqual(m.notes, []);
  // The paired rows beyond latency p50 are there too (tails shown, not tested).
  assert.equal(runtimeRow(m, 'latency.p99').verdict, 'not-tested');
  // FLOPs unchanged (4000 -> 4000): no contradiction, and the headline leaves FLOPs out. The
  // ratio is 1.19.. to 1.20..; the headline carries the interval.
  assert.deepEqual(m.contradictions, []);
  assert.match(c.headline, /^latency p50 \+(19|20)\.\d% \(\+\d+\.\d to \+\d+\.\d%\) worse$/);
});

test('unpaired: both measured on matching hardware, no pair -> threshold doubled to 10%', () => {
  // 201 samples a side; head's median about 7% above base's. With T = 5% that would be worse;
  // compared unpaired, 2T = 10%, and a CI of about 1.06-1.08 lies within [1/1.1, 1.1]: unchanged.
  const a = draw(21, 201, 10);
  const b = draw(22, 201, 10.7);
  const expectedRatio = middle(b) / middle(a);
  assert.ok(expectedRatio > 1.05 && expectedRatio < 1.09, `generator drifted: ${expectedRatio}`);
  const base = result([{ id: 'm', analysis: analysis(), measurement: measured('m', a) }], {
    ...sameMachine,
  });
  const head = result([{ id: 'm', analysis: analysis(), measurement: measured('m', b) }], {
    ...sameMachine,
    fingerprint: fingerprint(),
  });
  const c = buildComparison(
    { label: 'base', result: base },
    { label: 'head', result: head },
    OPTIONS,
  );
  const m = byId(c.models, 'm');
  assert.equal(m.runtimeMode, 'unpaired');
  // 2 × 5% = 10%.
  assert.deepEqual(m.notes, [
    'speed was measured in two runs on matching hardware: compared unpaired, with a threshold of 10%',
  ]);
  assert.equal(m.runtime.length, 1, 'latency only: no throughput or cold start was measured');
  const lat = runtimeRow(m, 'latency.p50');
  assert.equal(lat.ratio, expectedRatio);
  assert.equal(lat.base, middle(a));
  assert.equal(lat.head, middle(b));
  assert.equal(lat.rounds, 0);
  assert.equal(lat.gating, true);
  assert.equal(lat.verdict, 'unchanged');
  // Significant (CI above 1) and at or above 1 + T = 1.05: what T = 5% alone would call worse.
  assert.ok(lat.ci && lat.ci[0] > 1 && lat.ci[1] < 1.1, `CI ${lat.ci}`);
  // 1 / 1.1 = 0.909; 1 + 0.1 = 1.100.
  assert.match(
    lat.reason,
    // 1 / 1.1 = 0.909: −9.1%.
    /^unpaired, 201 vs 201 samples, 99% CI: .*; the whole interval is within ±10% \(−9\.1 to \+10\.0%\)$/,
  );
  assert.deepEqual(c.hardware?.comparable, true);
  assert.deepEqual(c.hardware?.differences, []);
  assert.deepEqual(c.settings, SETTINGS);
  // The method keeps T itself (5%), not the doubled threshold.
  assert.deepEqual(c.method, { threshold: 0.05, confidence: 0.99, resamples: 2000, seed: 7 });
});

test('not-comparable: different CPU models give not-comparable rows naming the difference', () => {
  // Head is 50% slower in latency and cold start, and FLOPs fell 25%: on other hardware none of
  // it counts, so no contradiction either.
  const base = result(
    [
      {
        id: 'm',
        analysis: analysis({ flops: 4000 }),
        measurement: measured('m', draw(31, 51, 10), draw(32, 5, 200)),
      },
    ],
    sameMachine,
  );
  const head = result(
    [
      {
        id: 'm',
        analysis: analysis({ flops: 3000 }),
        measurement: measured('m', draw(33, 51, 15), draw(34, 5, 300)),
      },
    ],
    { settings: SETTINGS, fingerprint: fingerprint(EPYC) },
  );
  const c = buildComparison(
    { label: 'base', result: base },
    { label: 'head', result: head },
    OPTIONS,
  );
  const difference = `CPU model: ${XEON} vs ${EPYC}`;
  assert.deepEqual(c.hardware, {
    comparable: false,
    differences: [difference],
    // The head's machine: 16 × 2^30 bytes = 16.0 GiB.
    description:
      `${EPYC}, 4 cores (avx, avx2, fma), 16.0 GiB, Ubuntu 24.04 LTS, Node 20.19.0, ` +
      'onnxruntime-node 1.30.0',
  });
  const m = byId(c.models, 'm');
  assert.equal(m.runtimeMode, 'not-comparable');
  assert.deepEqual(
    m.runtime.map((r) => r.indicator),
    ['latency.p50', 'coldStart'],
  );
  const baseM = base.models[0].measurement!;
  const headM = head.models[0].measurement!;
  assert.deepEqual(runtimeRow(m, 'latency.p50'), {
    indicator: 'latency.p50',
    label: 'latency p50 (batch 1)',
    unit: 'ms',
    base: baseM.latency!.summary.p50,
    head: headM.latency!.summary.p50,
    ratio: null,
    ci: null,
    rounds: 0,
    verdict: 'not-comparable',
    reason: `measured on different hardware or settings (${difference})`,
    gating: false,
  });
  assert.equal(runtimeRow(m, 'coldStart').verdict, 'not-comparable');
  assert.deepEqual(m.notes, [], 'no unpaired note when not compared');
  assert.deepEqual(m.contradictions, []);
  // No ratio: the headline has no latency part.
  assert.equal(c.headline, `FLOPs ${MINUS}25.0%`);
});

test('none: no measurements on either side -> no runtime rows, no hardware', () => {
  const base = result([{ id: 'm', analysis: analysis() }]);
  const head = result([{ id: 'm', analysis: analysis() }]);
  const c = buildComparison(
    { label: 'base', result: base },
    { label: 'head', result: head },
    OPTIONS,
  );
  const m = byId(c.models, 'm');
  assert.equal(m.runtimeMode, 'none');
  assert.deepEqual(m.runtime, []);
  assert.equal('hardware' in c, false);
  assert.equal('settings' in c, false);
  // Only one side measured is 'none' too: nothing to compare with.
  const headMeasured = result(
    [{ id: 'm', analysis: analysis(), measurement: measured('m', draw(41, 11, 10)) }],
    sameMachine,
  );
  const one = buildComparison(
    { label: 'base', result: base },
    { label: 'head', result: headMeasured },
    OPTIONS,
  );
  assert.equal(byId(one.models, 'm').runtimeMode, 'none');
  assert.deepEqual(byId(one.models, 'm').runtime, []);
});

/** FLOPs 4000 -> 3000 (−25%) and a paired run where head is about 20% slower. */
function flopsDownLatencyUp(options: CompareOptions = OPTIONS) {
  const rounds = roundsOf(11, 21, 10, 1.2);
  const base = result([{ id: 'm', analysis: analysis({ flops: 4000 }) }], sameMachine);
  const head = result([{ id: 'm', analysis: analysis({ flops: 3000 }) }], sameMachine);
  return buildComparison(
    { label: 'base', result: base },
    { label: 'head', result: head },
    options,
    new Map([['m', pairOf('m', rounds)]]),
  );
}

test('contradictions are attached: FLOPs −25% with latency worse fires flops-down-latency-up', () => {
  const c = flopsDownLatencyUp();
  const m = byId(c.models, 'm');
  const lat = runtimeRow(m, 'latency.p50');
  assert.equal(lat.verdict, 'worse');
  // Params, bytes and weight bytes are unchanged: this rule alone fires.
  assert.deepEqual(
    m.contradictions.map((x) => x.rule),
    ['flops-down-latency-up'],
  );
  const [x] = m.contradictions;
  // The ratio is 1.19.. to 1.20..: +19.x% or +20.x%.
  assert.match(x.title, /^FLOPs −25\.0% but latency p50 \+(19|20)\.\d%$/);
  assert.deepEqual(x.changes, [
    { indicator: 'flops', relative: -0.25 },
    { indicator: 'latency.p50', relative: lat.ratio! - 1 },
  ]);
  assert.ok(x.evidence.length > 0);
  assert.equal(
    c.headline,
    `⚠ 1 contradiction · latency p50 ${ratioChange(lat.ratio!, lat.ci)} worse, FLOPs ${MINUS}25.0%`,
  );
});

test('contradictions are counted over every compared model in the headline', () => {
  const c = flopsDownLatencyUp();
  const again = headline({ ...c, models: [...c.models, { ...c.models[0], id: 'm2' }] });
  const lat = runtimeRow(byId(c.models, 'm'), 'latency.p50');
  const latency = `latency p50 ${ratioChange(lat.ratio!, lat.ci)} worse`;
  assert.equal(
    again,
    `⚠ 2 contradictions · m: ${latency}, FLOPs ${MINUS}25.0% · m2: ${latency}, FLOPs ${MINUS}25.0%`,
  );
});

test('gates: outcomes attached per gate; the headline counts the tripped one after contradictions', () => {
  const gates = [
    parseGate('latency.p50', '+5%'),
    parseGate('flops', '+10%'),
    parseGate('fail-on-contradiction', false),
  ];
  const c = flopsDownLatencyUp({ ...OPTIONS, gates });
  const lat = runtimeRow(byId(c.models, 'm'), 'latency.p50');
  assert.deepEqual(
    c.gates.map((g) => [g.gate, g.limit, g.model, g.tripped]),
    [
      ['latency.p50', '+5%', 'm', true],
      ['flops', '+10%', 'm', false],
      ['fail-on-contradiction', 'false', 'm', false],
    ],
  );
  // Latency trips on its CI's lower end (above 1.05: the whole CI is beyond +5%).
  assert.ok(lat.ci![0] > 1.05);
  assert.match(
    c.gates[0].reason,
    /^latency p50 \(batch 1\) \+\d+\.\d% \(\+\d+\.\d to \+\d+\.\d%\), worse, exceeds \+5%: the 99% CI's lower end \+\d+\.\d% is beyond it$/,
  );
  // (3000 − 4000) / 4000 = −25.0%, within a +10% limit on increases.
  assert.equal(c.gates[1].reason, `FLOPs ${MINUS}25.0% is within +10%`);
  assert.equal(
    c.gates[2].reason,
    `off: 1 contradiction: ${c.models[0].contradictions[0].title} (reported, not gating)`,
  );
  assert.equal(
    c.headline,
    `⚠ 1 contradiction · ✗ 1 gate tripped · latency p50 ${ratioChange(lat.ratio!, lat.ci)} worse, FLOPs ${MINUS}25.0%`,
  );
  // Without gates the list is empty and the headline has no gate part.
  assert.deepEqual(flopsDownLatencyUp().gates, []);
});

test('gates: fail-on-contradiction on as well -> "✗ 2 gates tripped"', () => {
  const gates = [parseGate('latency.p50', '+5%'), parseGate('fail-on-contradiction', true)];
  const c = flopsDownLatencyUp({ ...OPTIONS, gates });
  assert.deepEqual(
    c.gates.map((g) => g.tripped),
    [true, true],
  );
  assert.match(c.headline, /^⚠ 1 contradiction · ✗ 2 gates tripped · /);
});

test('gates do not apply to added or removed models', () => {
  const base = result([{ id: 'old', analysis: analysis() }]);
  const head = result([{ id: 'new', analysis: analysis({ params: 10_000_000 }) }]);
  const c = buildComparison(
    { label: 'base', result: base },
    { label: 'head', result: head },
    {
      ...OPTIONS,
      gates: [parseGate('params', '+1M')],
    },
  );
  assert.deepEqual(
    c.gates.map((g) => [g.model, g.tripped]),
    [
      ['old', false],
      ['new', false],
    ],
  );
  assert.equal(c.headline, 'old: removed · new: added');
});

test('method carries threshold, confidence, resamples and seed as given', () => {
  const options = { ...OPTIONS, threshold: 0.08, confidence: 0.95, resamples: 500, seed: 3 };
  const c = flopsDownLatencyUp(options);
  assert.deepEqual(c.method, { threshold: 0.08, confidence: 0.95, resamples: 500, seed: 3 });
  assert.match(runtimeRow(byId(c.models, 'm'), 'latency.p50').reason, /95% CI/);
});

test('a latency ratio of exactly 1 shows as "latency p50 0% (0 to 0%) unchanged": no sign on 0', () => {
  // Every round a = b: ln(b/a) = 0, ratio exp(0) = 1, CI [1, 1] within ±5%: unchanged.
  const rounds = roundsOf(61, 21, 10, 1).map((r) => ({ ...r, b: r.a }));
  const base = result([{ id: 'm', analysis: analysis() }], sameMachine);
  const head = result([{ id: 'm', analysis: analysis() }], sameMachine);
  const c = buildComparison(
    { label: 'base', result: base },
    { label: 'head', result: head },
    OPTIONS,
    new Map([['m', pairOf('m', rounds)]]),
  );
  const lat = runtimeRow(byId(c.models, 'm'), 'latency.p50');
  assert.deepEqual([lat.ratio, lat.ci, lat.verdict], [1, [1, 1], 'unchanged']);
  // The headline's percentages are format.ts's: 0 has no sign ("0%", not "+0.0%"); a static
  // relative of exactly 0 (FLOPs, params here) is left out instead.
  assert.equal(c.headline, 'latency p50 0% (0 to 0%) unchanged');
  assert.equal(percentChange(0), '0%');
  // A tiny negative keeps its minus and two digits: −0.0004 = −0.04%.
  assert.equal(percentChange(-0.0004), `${MINUS}0.04%`);
});

test('nothing moved and nothing measured: the headline is "✓ no change"', () => {
  const model = [{ id: 'm', analysis: analysis() }];
  const c = buildComparison(
    { label: 'base', result: result(model) },
    { label: 'head', result: result(model) },
    OPTIONS,
  );
  assert.equal(c.headline, '✓ no change');
});

test('p50-down-p99-up uses 2 × the comparison threshold T, not 2 × the default 5%', () => {
  // T = 10%: the p99 rule needs head/base p99 >= 1 + 2T = 1.2. Head is 30% faster at p50
  // (better) and its p99 is 11.5 / 10 = 1.15: below 1.2, no contradiction. With the default
  // T = 5% the bar would be 1.1 and it would fire.
  const rounds = roundsOf(51, 21, 10, 0.7);
  const pair = pairOf('m', rounds);
  pair.a.latency!.summary = { ...pair.a.latency!.summary, p99: 10 };
  pair.b.latency!.summary = { ...pair.b.latency!.summary, p99: 11.5 };
  const base = result([{ id: 'm', analysis: analysis() }], sameMachine);
  const head = result([{ id: 'm', analysis: analysis() }], sameMachine);
  const c = buildComparison(
    { label: 'base', result: base },
    { label: 'head', result: head },
    { ...OPTIONS, threshold: 0.1 },
    new Map([['m', pair]]),
  );
  const m = byId(c.models, 'm');
  assert.equal(runtimeRow(m, 'latency.p50').verdict, 'better');
  assert.equal(runtimeRow(m, 'latency.p99').ratio, 1.15);
  assert.deepEqual(m.contradictions, []);
});

test('paired rounds whose ratio moves with the load: the model says so in a note', () => {
  // 20 rounds: 10 on a quiet machine (base 10.0 to 10.9 ms, head equal to it) and 10 on a busy
  // one (base 12.0 to 12.9 ms, head 1.5 times it). Ordered by the base, the busy half is
  // 12.45 / 10.45 − 1 = 19.1% slower
  // and its ratio 1.5 against 1.0 (test/compare/load-dependence.test.ts works such figures out).
  const rounds: Round[] = [];
  for (let i = 0; i < 10; i++) {
    rounds.push({ order: 'AB', a: 10 + i / 10, b: 10 + i / 10 });
    rounds.push({ order: 'BA', a: 12 + i / 10, b: 1.5 * (12 + i / 10) });
  }
  const base = result([{ id: 'm', analysis: analysis() }], sameMachine);
  const head = result([{ id: 'm', analysis: analysis() }], sameMachine);
  const c = buildComparison(
    { label: 'base', result: base },
    { label: 'head', result: head },
    OPTIONS,
    new Map([['m', pairOf('m', rounds)]]),
  );
  const m = byId(c.models, 'm');
  assert.equal(m.notes.length, 1);
  assert.match(m.notes[0], /^latency p50 depends on how busy the machine was: .* the head was 0% /);
  assert.match(m.notes[0], /where the base ran 19\.1% slower, \+50\.0%/);
});
