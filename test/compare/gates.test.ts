import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  evaluateGates,
  gatedUnits,
  MISSING_BASE,
  type GateOptions,
} from '../../src/compare/gate-evaluate.ts';
import { parseGate, parseGates, parseScopedGate, type Gate } from '../../src/compare/gate-parse.ts';
import { distance } from '../../src/suggest.ts';
import type { RuntimeDelta } from '../../src/compare/runtime.ts';
import type { Contradiction, ModelComparison, StaticDelta } from '../../src/compare/types.ts';
import { UserError } from '../../src/errors.ts';

const WHERE = '.github/misnomer.yml, gates';

/** A static row as the comparison builds it: delta and relative from base and head. */
function staticRow(
  indicator: string,
  base: number | null,
  head: number | null,
  over: Partial<StaticDelta> = {},
): StaticDelta {
  const delta = base === null || head === null ? null : head - base;
  return {
    indicator,
    label: indicator,
    unit: 'count',
    base,
    head,
    delta,
    relative: delta === null || !base ? null : delta / base,
    verdict: delta === null || delta === 0 ? 'unchanged' : delta > 0 ? 'worse' : 'better',
    incomplete: false,
    ...over,
  };
}

function runtimeRow(
  indicator: string,
  verdict: RuntimeDelta['verdict'],
  ratio: number | null,
  ci: [number, number] | null,
  over: Partial<RuntimeDelta> = {},
): RuntimeDelta {
  const base = 20;
  return {
    indicator,
    label: indicator === 'latency.p50' ? 'latency p50' : indicator,
    unit: 'ms',
    base,
    head: ratio === null ? null : base * ratio,
    ratio,
    ci,
    rounds: 30,
    verdict,
    reason: `${verdict} by construction`,
    gating: true,
    ...over,
  };
}

function model(over: Partial<ModelComparison> = {}): ModelComparison {
  return {
    id: 'classifier',
    status: 'compared',
    static: [],
    runtime: [],
    runtimeMode: 'paired',
    opTypes: [],
    contradictions: [],
    notes: [],
    ...over,
  };
}

const contradiction: Contradiction = {
  rule: 'flops-down-latency-up',
  title: 'FLOPs −34% but latency +12%',
  evidence: 'Conv went from 8% to 31% of time',
  changes: [
    { indicator: 'flops', relative: -0.34 },
    { indicator: 'latency.p50', relative: 0.12 },
  ],
};

/** The one outcome of one gate on one model. */
function outcome(key: string, limit: string | number | boolean, m: ModelComparison, o = {}) {
  const out = evaluateGates([parseGate(key, limit)], [m], o as GateOptions);
  assert.equal(out.length, 1);
  return { tripped: out[0].tripped, reason: out[0].reason };
}

function throwsUser(f: () => unknown, message: string): void {
  assert.throws(f, (e: unknown) => {
    assert.ok(e instanceof UserError, `not a UserError: ${String(e)}`);
    assert.equal(e.message, message);
    return true;
  });
}

// ---- parsing ----

test('relative limits: the sign is the allowed change; unsigned means the worse direction', () => {
  const p50 = parseGate('latency.p50', '+5%');
  assert.deepEqual(p50, {
    kind: 'indicator',
    key: 'latency.p50',
    limit: '+5%',
    runtime: true,
    quantity: 'time',
    direction: 'lower-is-better',
    relative: true,
    amount: 0.05,
  });
  const amount = (g: Gate) => (g.kind === 'indicator' ? g.amount : NaN);
  assert.equal(amount(parseGate('params', '+1%')), 0.01);
  assert.equal(amount(parseGate('params', '1%')), 0.01);
  assert.equal(amount(parseGate('params', '+2.5 %')), 0.025);
  // Throughput is higher-is-better: the limit is the allowed drop.
  assert.equal(amount(parseGate('throughput', '-5%')), -0.05);
  assert.equal(amount(parseGate('throughput', '5%')), -0.05);
  assert.equal(amount(parseGate('throughput.b8', '-3%')), -0.03);
  assert.equal(amount(parseGate('arithmeticIntensity', '-10%')), -0.1);
  // Zero: any worsening trips; '-0%' is the same limit, not a demand to improve.
  assert.equal(amount(parseGate('params', '-0%')), 0);
});

test('absolute limits convert to the indicator unit: counts, bytes, milliseconds, rates', () => {
  const cases: [string, string | number, number][] = [
    ['params', '+1M', 1e6],
    ['params', '+1.5M params', 1.5e6],
    ['params', '+200k', 2e5],
    ['params', '+200K', 2e5],
    ['params', 1000000, 1e6], // YAML gives a bare number
    ['nonEmbeddingParams', '+3 parameters', 3],
    ['flops', '+1G FLOPs', 1e9],
    ['macs', '+1M MACs', 1e6],
    ['macs', '+3 MACs', 3], // 'MACs' is the word, not mega-'ACs'
    ['nodes', '+10 nodes', 10],
    ['intOps', '+2T ops', 2e12],
    ['latency.p50', '+2ms', 2],
    ['latency.p50', '+2 ms', 2],
    ['coldStart', '+0.5 s', 500],
    ['firstRun', '+250us', 0.25],
    ['firstRun', '+250µs', 0.25],
    ['peakRss', '+512MB', 512e6],
    ['peakRss', '+1GiB', 1024 ** 3],
    ['weightBytes', '+4 KiB', 4096],
    ['weightBytes', '+4kB', 4000],
    ['modelFileBytes', 1000, 1000], // bytes when no unit
    ['bytesAccessed', '+1000 bytes', 1000],
    ['throughput.b8', '-1.5k examples/s', -1500],
    ['throughput', '-100/s', -100],
    ['arithmeticIntensity', '-0.5 FLOP/B', -0.5],
  ];
  for (const [key, limit, expected] of cases) {
    const g = parseGate(key, limit);
    assert.ok(g.kind === 'indicator' && !g.relative, `${key} ${limit}`);
    assert.ok(
      Math.abs(g.amount - expected) < 1e-9 * Math.abs(expected),
      `${key} ${limit}: ${g.amount}`,
    );
    assert.equal(g.limit, String(limit));
  }
});

test('switches: fail-on-contradiction and on-inconclusive take booleans', () => {
  assert.deepEqual(parseGate('fail-on-contradiction', false), {
    kind: 'fail-on-contradiction',
    key: 'fail-on-contradiction',
    limit: 'false',
    enabled: false,
  });
  assert.deepEqual(parseGate('on-inconclusive', true), {
    kind: 'on-inconclusive',
    key: 'on-inconclusive',
    limit: 'true',
    enabled: true,
  });
});

test('parseGates reads the config mapping of issue 5 in order', () => {
  const gates = parseGates(
    { 'latency.p50': '+5%', params: '+1%', 'fail-on-contradiction': false },
    WHERE,
  );
  assert.deepEqual(
    gates.map((g) => [g.key, g.kind, g.limit]),
    [
      ['latency.p50', 'indicator', '+5%'],
      ['params', 'indicator', '+1%'],
      ['fail-on-contradiction', 'fail-on-contradiction', 'false'],
    ],
  );
});

test('unknown keys: a did-you-mean suggestion when close, else the list of keys', () => {
  throwsUser(
    () => parseGate('latncy.p50', '+5%', WHERE),
    '.github/misnomer.yml, gates: unknown gate "latncy.p50"; did you mean "latency.p50"?',
  );
  // Case is ignored when measuring the distance.
  throwsUser(() => parseGate('FLOPS', '+5%'), 'unknown gate "FLOPS"; did you mean "flops"?');
  throwsUser(
    () => parseGate('fail-on-contradictions', true, WHERE),
    '.github/misnomer.yml, gates: unknown gate "fail-on-contradictions"; did you mean "fail-on-contradiction"?',
  );
  throwsUser(
    () => parseGate('speed', '+5%', WHERE),
    // The keys in the catalogue's order (src/indicators.ts), then the batch form and switches.
    '.github/misnomer.yml, gates: unknown gate "speed"; expected one of: params, paramsPerUse, ' +
      'embeddingParams, nonEmbeddingParams, weightBytes, macs, flops, transcendentals, intOps, ' +
      'bytesAccessed, arithmeticIntensity, peakActivationBytes, modelFileBytes, nodes, ' +
      'latency.p50, latency.p90, latency.p99, throughput, coldStart, firstRun, peakRss, ' +
      'throughput.b<N>, fail-on-contradiction, on-inconclusive.',
  );
  throwsUser(
    () => parseGate('throughput.b0', '-5%', WHERE),
    '.github/misnomer.yml, gates: unknown gate "throughput.b0"; expected throughput (every ' +
      'batch size) or throughput.b<N> with N a batch size, e.g. throughput.b8.',
  );
});

test('bad values: what was written, for which key, and what is expected', () => {
  throwsUser(
    () => parseGate('params', 'lots', WHERE),
    '.github/misnomer.yml, gates: gate params: "lots" is not a limit; expected a relative ' +
      'limit like +5% or a count like +200k or +1.5M params.',
  );
  throwsUser(
    () => parseGate('params', true),
    'gate params: true is not a limit; expected a relative limit like +5% or a count like ' +
      '+200k or +1.5M params.',
  );
  throwsUser(
    () => parseGate('params', ''),
    'gate params: "" is not a limit; expected a relative limit like +5% or a count like ' +
      '+200k or +1.5M params.',
  );
  throwsUser(
    () => parseGate('fail-on-contradiction', '+5%', WHERE),
    '.github/misnomer.yml, gates: gate fail-on-contradiction: "+5%" is not a boolean; ' +
      'expected true or false.',
  );
  throwsUser(
    () => parseGate('latency.p50', '-3%', WHERE),
    '.github/misnomer.yml, gates: gate latency.p50: "-3%" would trip unless latency.p50 ' +
      'improves; a limit is the largest allowed increase for a lower-is-better indicator, e.g. +3%.',
  );
  throwsUser(
    () => parseGate('throughput', '+5%'),
    'gate throughput: "+5%" would trip unless throughput improves; a limit is the largest ' +
      'allowed drop for a higher-is-better indicator, e.g. -5%.',
  );
  throwsUser(
    () => parseGate('params', -1000),
    'gate params: -1000 would trip unless params improves; a limit is the largest allowed ' +
      'increase for a lower-is-better indicator, e.g. +1000.',
  );
});

test('unit mismatches: ms only for times, byte units only for sizes, counts by their word', () => {
  throwsUser(
    () => parseGate('latency.p50', '+2MB', WHERE),
    '.github/misnomer.yml, gates: gate latency.p50: "+2MB": MB is not a unit for latency.p50, ' +
      'which is a time; expected a relative limit like +5% or a time like +2ms (ms, s or µs).',
  );
  throwsUser(
    () => parseGate('latency.p50', '+2'),
    'gate latency.p50: "+2" has no unit, and latency.p50 is a time; expected a relative limit ' +
      'like +5% or a time like +2ms (ms, s or µs).',
  );
  throwsUser(
    () => parseGate('coldStart', 2),
    'gate coldStart: 2 has no unit, and coldStart is a time; expected a relative limit like ' +
      '+5% or a time like +2ms (ms, s or µs).',
  );
  throwsUser(
    () => parseGate('params', '+2ms'),
    'gate params: "+2ms": ms is not a unit for params, which is a count of params; expected a ' +
      'relative limit like +5% or a count like +200k or +1.5M params.',
  );
  throwsUser(
    () => parseGate('macs', '+1G FLOPs'),
    'gate macs: "+1G FLOPs": FLOPs is not a unit for macs, which is a count of MACs; expected ' +
      'a relative limit like +5% or a count like +200k or +1.5M MACs.',
  );
  // A bare SI prefix on a size is ambiguous (MB or MiB?): the user says which.
  throwsUser(
    () => parseGate('peakRss', '+512M', WHERE),
    '.github/misnomer.yml, gates: gate peakRss: "+512M": M is not a unit for peakRss, which ' +
      'is a size in bytes; expected a relative limit like +5% or a size like +512MB or +1GiB ' +
      '(B, kB, MB, GB, TB, KiB, MiB, GiB, TiB).',
  );
  throwsUser(
    () => parseGate('weightBytes', '+1M params'),
    'gate weightBytes: "+1M params": params is not a unit for weightBytes, which is a size in ' +
      'bytes; expected a relative limit like +5% or a size like +512MB or +1GiB (B, kB, MB, GB, ' +
      'TB, KiB, MiB, GiB, TiB).',
  );
  throwsUser(
    () => parseGate('throughput.b8', '-2ms'),
    'gate throughput.b8: "-2ms": ms is not a unit for throughput.b8, which is a rate in ' +
      'examples/s; expected a relative limit like -5% or a rate like -100 or -1.5k examples/s.',
  );
});

test('distance is Levenshtein: insertions, deletions, substitutions', () => {
  assert.equal(distance('kitten', 'sitting'), 3); // k→s, e→i, +g
  assert.equal(distance('', 'abc'), 3);
  assert.equal(distance('abc', ''), 3);
  assert.equal(distance('latncy.p50', 'latency.p50'), 1);
  assert.equal(distance('same', 'same'), 0);
});

// ---- static gates ----

test('a relative static gate: exact change against the limit; equal to it passes', () => {
  const m = (head: number) => model({ static: [staticRow('params', 1_000_000, head)] });
  // 4,000 / 1,000,000 = +0.4%
  assert.deepEqual(outcome('params', '+1%', m(1_004_000)), {
    tripped: false,
    reason: 'params +0.4% is within +1%',
  });
  // 20,000 / 1,000,000 = +2.0%
  assert.deepEqual(outcome('params', '+1%', m(1_020_000)), {
    tripped: true,
    reason: 'params +2.0% exceeds +1%',
  });
  // 10,000 / 1,000,000 = exactly +1%
  assert.deepEqual(outcome('params', '+1%', m(1_010_000)), {
    tripped: false,
    reason: 'params +1.0% is within +1%',
  });
  // A decrease never trips an increase limit: −100,000 / 1,000,000 = −10%.
  assert.deepEqual(outcome('params', '+1%', m(900_000)), {
    tripped: false,
    reason: 'params −10.0% is within +1%',
  });
  assert.deepEqual(outcome('params', '0%', m(1_000_001)), {
    tripped: true,
    reason: 'params +0.0001% exceeds 0%',
  });
});

test('an absolute static gate: the exact delta in the indicator unit', () => {
  const m = (head: number) => model({ static: [staticRow('params', 10_000_000, head)] });
  // 11.2 M − 10 M = +1.2 M > 1 M
  assert.deepEqual(outcome('params', '+1M', m(11_200_000)), {
    tripped: true,
    reason: 'params +1.20 M exceeds +1M',
  });
  assert.deepEqual(outcome('params', '+1M', m(10_500_000)), {
    tripped: false,
    reason: 'params +500 k is within +1M',
  });
  // 2 MiB more weights against a 1 MiB limit
  const w = model({
    static: [staticRow('weightBytes', 4 * 2 ** 20, 6 * 2 ** 20, { label: 'weight bytes' })],
  });
  assert.deepEqual(outcome('weightBytes', '+1MiB', w), {
    tripped: true,
    reason: 'weight bytes +2.00 MiB exceeds +1MiB',
  });
  assert.deepEqual(outcome('weightBytes', '+3MiB', w), {
    tripped: false,
    reason: 'weight bytes +2.00 MiB is within +3MiB',
  });
});

test('a higher-is-better static gate trips on a drop past the limit', () => {
  const m = (head: number) => model({ static: [staticRow('arithmeticIntensity', 10, head)] });
  // 9 / 10 − 1 = −10% < −5%
  assert.deepEqual(outcome('arithmeticIntensity', '-5%', m(9)), {
    tripped: true,
    reason: 'arithmeticIntensity −10.0% falls below -5%',
  });
  // 9.6 / 10 − 1 = −4%
  assert.deepEqual(outcome('arithmeticIntensity', '-5%', m(9.6)), {
    tripped: false,
    reason: 'arithmeticIntensity −4.0% is within -5%',
  });
  // −0.8 FLOP/B against an allowed −0.5
  assert.deepEqual(outcome('arithmeticIntensity', '-0.5 FLOP/B', m(9.2)), {
    tripped: true,
    reason: 'arithmeticIntensity −0.80 FLOP/B falls below -0.5 FLOP/B',
  });
});

test('static edge cases: from zero, incomplete counts, missing rows and values', () => {
  const zero = model({ static: [staticRow('embeddingParams', 0, 1000)] });
  assert.deepEqual(outcome('embeddingParams', '+1%', zero), {
    tripped: true,
    reason:
      'embeddingParams went from 0 to 1.00 k: no relative change exists from 0, so it exceeds +1%',
  });
  // An absolute limit is fine from zero: +1000 ≤ +2k
  assert.deepEqual(outcome('embeddingParams', '+2k', zero), {
    tripped: false,
    reason: 'embeddingParams +1.00 k is within +2k',
  });
  const incomplete = model({ static: [staticRow('flops', 100, 200, { incomplete: true })] });
  assert.deepEqual(outcome('flops', '+5%', incomplete), {
    tripped: true,
    reason: 'flops +100% exceeds +5% (incomplete: some nodes could not be counted)',
  });
  assert.deepEqual(outcome('macs', '+5%', incomplete), {
    tripped: false,
    reason: 'macs is not in the comparison',
  });
  const missing = model({ static: [staticRow('nodes', null, 12)] });
  assert.deepEqual(outcome('nodes', '+5%', missing), {
    tripped: false,
    reason: 'nodes is not known on both sides (base —, head 12)',
  });
});

// ---- runtime gates ----

test('a worse latency trips only when the CI lower end is beyond the limit', () => {
  // ratio 1.123: +12.3%; CI 1.081–1.169: +8.1% to +16.9%; lower end +8.1% > +5%
  const clear = model({ runtime: [runtimeRow('latency.p50', 'worse', 1.123, [1.081, 1.169])] });
  assert.deepEqual(outcome('latency.p50', '+5%', clear, { confidence: 0.99 }), {
    tripped: true,
    reason:
      "latency p50 +12.3% (+8.1 to +16.9%), worse, exceeds +5%: the 99% CI's lower end +8.1% is beyond it",
  });
  // A row decided at a look of the sequential plan names that look's level, not the run's.
  const looked = model({
    runtime: [
      { ...runtimeRow('latency.p50', 'worse', 1.123, [1.081, 1.169]), confidence: 0.99982 },
    ],
  });
  assert.match(
    outcome('latency.p50', '+5%', looked, { confidence: 0.99 }).reason,
    /: the 99\.98% CI's lower end \+8\.1% is beyond it$/,
  );
  // Worse (beyond the 5% threshold) but the CI reaches down to +3%: a +5% gate does not trip.
  const wide = model({ runtime: [runtimeRow('latency.p50', 'worse', 1.12, [1.03, 1.21])] });
  assert.deepEqual(outcome('latency.p50', '+5%', wide), {
    tripped: false,
    reason:
      "latency p50 +12.0% (+3.0 to +21.0%), worse, is within +5%: the CI's lower end +3.0% is not beyond it",
  });
  assert.equal(outcome('latency.p50', '+2%', wide).tripped, true);
});

test('an absolute runtime limit scales the ratio and its CI by the base (20 ms)', () => {
  // 20 ms × (1.15 − 1) = +3.00 ms; CI 20 × 0.12 = +2.40 ms to 20 × 0.18 = +3.60 ms
  const m = model({ runtime: [runtimeRow('latency.p50', 'worse', 1.15, [1.12, 1.18])] });
  assert.deepEqual(outcome('latency.p50', '+2ms', m), {
    tripped: true,
    reason:
      "latency p50 +3.00 ms (+2.40 ms to +3.60 ms), worse, exceeds +2ms: the CI's lower end +2.40 ms is beyond it",
  });
  assert.equal(outcome('latency.p50', '+2.5 ms', m).tripped, false);
  // 1 GB × 0.8 = 800 MB = 763 MiB; lower end 1 GB × 0.7 = 700 MB > 512 MB
  const rss = model({
    runtime: [
      runtimeRow('peakRss', 'worse', 1.8, [1.7, 1.9], {
        base: 1e9,
        label: 'peak memory',
        unit: 'bytes',
      }),
    ],
  });
  assert.deepEqual(outcome('peakRss', '+512MB', rss), {
    tripped: true,
    reason:
      "peak memory +763 MiB (+668 MiB to +858 MiB), worse, exceeds +512MB: the CI's lower end +668 MiB is beyond it",
  });
  assert.equal(outcome('peakRss', '+1GB', rss).tripped, false);
});

test('better and unchanged verdicts never trip, whatever the limit', () => {
  const better = model({ runtime: [runtimeRow('latency.p50', 'better', 0.9, [0.86, 0.94])] });
  assert.deepEqual(outcome('latency.p50', '0%', better), {
    tripped: false,
    reason: 'latency p50 −10.0% (−14.0 to −6.0%), better: only a worse verdict trips',
  });
  // Unchanged at the 5% threshold, though +1.0% is past a 0% limit.
  const same = model({ runtime: [runtimeRow('latency.p50', 'unchanged', 1.01, [0.99, 1.03])] });
  assert.deepEqual(outcome('latency.p50', '0%', same), {
    tripped: false,
    reason: 'latency p50 +1.0% (−1.0 to +3.0%), unchanged: only a worse verdict trips',
  });
});

test('inconclusive never trips unless on-inconclusive; then the point estimate decides', () => {
  const m = model({ runtime: [runtimeRow('latency.p50', 'inconclusive', 1.08, [0.98, 1.19])] });
  assert.deepEqual(outcome('latency.p50', '+5%', m), {
    tripped: false,
    reason:
      'latency p50 +8.0% (−2.0 to +19.0%), inconclusive: inconclusive verdicts never trip (on-inconclusive is off)',
  });
  assert.deepEqual(outcome('latency.p50', '+5%', m, { onInconclusive: true }), {
    tripped: true,
    reason:
      'latency p50 +8.0% (−2.0 to +19.0%), inconclusive, exceeds +5% (on-inconclusive: the point estimate decides)',
  });
  assert.deepEqual(outcome('latency.p50', '+10%', m, { onInconclusive: true }), {
    tripped: false,
    reason: 'latency p50 +8.0% (−2.0 to +19.0%), inconclusive, is within +10%',
  });
  // The setting from the config: it has no outcome of its own.
  const gates = [parseGate('latency.p50', '+5%'), parseGate('on-inconclusive', true)];
  const out = evaluateGates(gates, [m], {});
  assert.deepEqual(
    out.map((o) => [o.gate, o.tripped]),
    [['latency.p50', true]],
  );
  // An explicit option overrides the config's setting.
  assert.equal(evaluateGates(gates, [m], { onInconclusive: false })[0].tripped, false);
});

test('not-tested and not-comparable never trip, and say so', () => {
  const tail = model({
    runtime: [
      runtimeRow('latency.p90', 'not-tested', 1.5, null, {
        label: 'latency p90',
        reason: 'tail percentiles are reported, not tested',
      }),
    ],
  });
  assert.deepEqual(outcome('latency.p90', '+5%', tail, { onInconclusive: true }), {
    tripped: false,
    reason: 'latency p90: not tested (tail percentiles are reported, not tested): never trips',
  });
  const other = model({
    runtimeMode: 'not-comparable',
    runtime: [
      runtimeRow('latency.p50', 'not-comparable', 1.5, [1.4, 1.6], {
        reason: 'hardware differs: CPU model',
      }),
    ],
  });
  assert.deepEqual(outcome('latency.p50', '+5%', other), {
    tripped: false,
    reason: 'latency p50: not comparable (hardware differs: CPU model): never trips',
  });
  assert.deepEqual(outcome('latency.p50', '+5%', model({ runtimeMode: 'not-comparable' })), {
    tripped: false,
    reason: 'runtime not comparable (different hardware): runtime gates never trip on it',
  });
  assert.deepEqual(outcome('coldStart', '+5%', model({ runtimeMode: 'none' })), {
    tripped: false,
    reason: 'no runtime measurement: runtime gates do not apply',
  });
  assert.deepEqual(outcome('coldStart', '+5%', model()), {
    tripped: false,
    reason: 'coldStart was not measured',
  });
  // A failed measurement has no ratio: nothing to gate on, even with on-inconclusive.
  const failed = model({
    runtime: [runtimeRow('latency.p50', 'inconclusive', null, null, { reason: 'b: crashed' })],
  });
  assert.deepEqual(outcome('latency.p50', '+5%', failed, { onInconclusive: true }), {
    tripped: false,
    reason: 'latency p50: no ratio (b: crashed): cannot trip',
  });
});

test('throughput gates: every batch size, or one; a drop past the limit trips', () => {
  const rate = { unit: 'examples/s' as const, base: 1000 };
  const m = model({
    runtime: [
      runtimeRow('throughput.b1', 'unchanged', 1.0, [0.98, 1.02], {
        ...rate,
        label: 'throughput (batch 1)',
      }),
      // 0.88: −12.0%; CI 0.85–0.91: −15.0% to −9.0%; upper end −9.0% < −5%
      runtimeRow('throughput.b8', 'worse', 0.88, [0.85, 0.91], {
        ...rate,
        label: 'throughput (batch 8)',
      }),
    ],
  });
  assert.deepEqual(outcome('throughput', '-5%', m), {
    tripped: true,
    reason:
      'throughput (batch 1) 0% (−2.0 to +2.0%), unchanged: only a worse verdict trips; ' +
      "throughput (batch 8) −12.0% (−15.0 to −9.0%), worse, falls below -5%: the CI's upper end −9.0% is beyond it",
  });
  assert.deepEqual(outcome('throughput.b1', '-5%', m).tripped, false);
  assert.deepEqual(outcome('throughput.b8', '-10%', m), {
    tripped: false,
    reason:
      "throughput (batch 8) −12.0% (−15.0 to −9.0%), worse, is within -10%: the CI's upper end −9.0% is not beyond it",
  });
  // 1000 × (0.88 − 1) = −120 examples/s; upper end 1000 × (0.91 − 1) = −90 < −50
  assert.deepEqual(outcome('throughput.b8', '-50 examples/s', m), {
    tripped: true,
    reason:
      "throughput (batch 8) −120 examples/s (−150 examples/s to −90.0 examples/s), worse, falls below -50 examples/s: the CI's upper end −90.0 examples/s is beyond it",
  });
  assert.deepEqual(outcome('throughput.b4', '-5%', m), {
    tripped: false,
    reason: 'throughput.b4 was not measured',
  });
});

// ---- contradictions, model status, shape ----

test('fail-on-contradiction trips when the model has any contradiction', () => {
  const m = model({ contradictions: [contradiction] });
  assert.deepEqual(outcome('fail-on-contradiction', true, m), {
    tripped: true,
    reason: '1 contradiction: FLOPs −34% but latency +12%',
  });
  const two = model({
    contradictions: [contradiction, { ...contradiction, title: 'p50 −3% but p99 +20%' }],
  });
  assert.deepEqual(outcome('fail-on-contradiction', true, two), {
    tripped: true,
    reason: '2 contradictions: FLOPs −34% but latency +12%; p50 −3% but p99 +20%',
  });
  assert.deepEqual(outcome('fail-on-contradiction', true, model()), {
    tripped: false,
    reason: 'no contradictions',
  });
  assert.deepEqual(outcome('fail-on-contradiction', false, m), {
    tripped: false,
    reason: 'off: 1 contradiction: FLOPs −34% but latency +12% (reported, not gating)',
  });
});

test('added, removed and failed models: gates do not apply', () => {
  const gates = parseGates({ params: '+1%', 'latency.p50': '+5%', 'fail-on-contradiction': true });
  const models = [
    model({ id: 'decoder', status: 'added', contradictions: [contradiction] }),
    model({ id: 'old', status: 'removed' }),
    model({ id: 'broken', status: 'failed', reason: 'head: the model did not load' }),
  ];
  const out = evaluateGates(gates, models, {});
  assert.equal(out.length, 9); // 3 gates × 3 models
  assert.ok(out.every((o) => !o.tripped));
  assert.deepEqual(
    [out[0].reason, out[3].reason, out[6].reason],
    [
      'gates do not apply: the model was added (no base to compare with)',
      'gates do not apply: the model was removed (no head to compare)',
      'gates do not apply: the model was not compared (head: the model did not load)',
    ],
  );
});

test('one outcome per gate per model, model by model, with the gate and limit as written', () => {
  const gates = parseGates(
    { 'latency.p50': '+5%', params: '+1%', 'fail-on-contradiction': false },
    WHERE,
  );
  const encoder = model({
    id: 'encoder',
    static: [staticRow('params', 100, 103)],
    runtime: [runtimeRow('latency.p50', 'worse', 1.2, [1.1, 1.3])],
  });
  const decoder = model({ id: 'decoder', static: [staticRow('params', 100, 100)] });
  const out = evaluateGates(gates, [encoder, decoder], {});
  assert.deepEqual(
    out.map((o) => [o.model, o.gate, o.limit, o.tripped]),
    [
      ['encoder', 'latency.p50', '+5%', true],
      ['encoder', 'params', '+1%', true],
      ['encoder', 'fail-on-contradiction', 'false', false],
      ['decoder', 'latency.p50', '+5%', false],
      ['decoder', 'params', '+1%', false],
      ['decoder', 'fail-on-contradiction', 'false', false],
    ],
  );
  assert.equal(out[4].reason, 'params 0% is within +1%');
});

test('fail-on-missing-base: an added model trips every gate that is on; removed and compared ones do not', () => {
  const added = model({ id: 'fresh', status: 'added' });
  const off = { onMissingBase: false };
  const on = { onMissingBase: true };
  assert.deepEqual(outcome('params', '+5%', added, off), {
    tripped: false,
    reason: 'gates do not apply: the model was added (no base to compare with)',
  });
  assert.deepEqual(outcome('params', '+5%', added, on), { tripped: true, reason: MISSING_BASE });
  assert.deepEqual(outcome('latency.p50', '+5%', added, on), {
    tripped: true,
    reason: MISSING_BASE,
  });
  // A switch turned off judges nothing; on-inconclusive is not a gate of its own.
  assert.equal(outcome('fail-on-contradiction', false, added, on).tripped, false);
  assert.equal(outcome('fail-on-contradiction', true, added, on).tripped, true);
  assert.equal(evaluateGates([parseGate('on-inconclusive', true)], [added], on).length, 0);
  // Only "added" is a missing base: a removed model has no head to judge.
  assert.equal(outcome('params', '+5%', model({ status: 'removed' }), on).tripped, false);
  assert.equal(outcome('params', '+5%', model(), on).tripped, false);
});

test('gatedUnits: the units some gate that is on judges, a scenario gate only its scenario', () => {
  const scenarios = new Set(['decode']);
  const ids = ['mlp', 'lm/prefill', 'lm/decode'];
  const decodeOnly = [parseScopedGate('decode.latency.p50', '+5%', scenarios)];
  assert.deepEqual(gatedUnits(decodeOnly, ids), ['lm/decode']);
  assert.deepEqual(gatedUnits([parseGate('params', '+1%')], ids), ids);
  assert.deepEqual(gatedUnits([parseGate('fail-on-contradiction', false)], ids), []);
  assert.deepEqual(gatedUnits([parseGate('on-inconclusive', true)], ids), []);
  assert.deepEqual(gatedUnits([], ids), []);
});
