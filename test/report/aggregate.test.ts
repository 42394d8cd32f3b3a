/**
 * The matrix comment: three runners compared the same pull request (a dense MLP replaced by a
 * low-rank one). Comparisons are built for real: the models are written with onnx-writer and
 * analyzed, and each runner's paired rounds go through buildComparison. Rounds are a fixed
 * pattern (base × 0.98, 0.99, 1, 1.01, 1.02; head = base × the runner's ratio), so every verdict
 * and every number below follows from the inputs.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis } from '../../src/analyze/types.ts';
import { buildComparison, type CompareOptions } from '../../src/compare/compare.ts';
import { contradictionLines } from '../../src/compare/contradictions.ts';
import { parseGate } from '../../src/compare/gate-parse.ts';
import { RESULT_SCHEMA, type Result } from '../../src/compare/result.ts';
import { summarize } from '../../src/stats/summary.ts';
import type { Comparison } from '../../src/compare/types.ts';
import type { PairResult } from '../../src/measure/pair.ts';
import type {
  Fingerprint,
  ModelMeasurement,
  Round,
  RuntimeSettings,
} from '../../src/measure/types.ts';
import { renderAggregateMarkdown, type AggregateRun } from '../../src/report/aggregate.ts';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt } from '../helpers.ts';
import { matchSnapshot } from './snapshot.ts';

const MINUS = '\u2212';
const MARKER = '<!-- misnomer:report key=matrix -->';
const OPTIONS: CompareOptions = {
  threshold: 0.05,
  staticThreshold: 0.05,
  confidence: 0.99,
  resamples: 2000,
  seed: 7,
};

// --- models -------------------------------------------------------------------------------

/** x[1,256] -> MatMul (dense 256x256, or low rank 256xr then rx256) -> Relu -> MatMul 256x10. */
function mlp(rank?: number): Analysis {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [1, 256]);
  let h: string;
  if (rank) {
    m.initializer('u', 'float32', [256, rank]);
    m.initializer('v', 'float32', [rank, 256]);
    h = m.op('MatMul', [m.op('MatMul', [x, 'u']), 'v']);
  } else {
    m.initializer('w1', 'float32', [256, 256]);
    h = m.op('MatMul', [x, 'w1']);
  }
  m.initializer('w2', 'float32', [256, 10]);
  m.output(m.op('MatMul', [m.op('Relu', [h]), 'w2']));
  return analyzeBuilt(m);
}

/** x[1,10] -> Softmax: the same on both sides. */
function classifier(): Analysis {
  const m = new ModelBuilder();
  m.output(m.op('Softmax', [m.input('x', 'float32', [1, 10])], { axis: 1 }));
  return analyzeBuilt(m);
}

const DENSE = mlp();
const LOW_RANK = mlp(32);
const CLASSIFIER = classifier();

// --- measurements ---------------------------------------------------------------------------

const PATTERN = [0.98, 0.99, 1, 1.01, 1.02];

/** n rounds around `ms`: a = ms × PATTERN[i % 5], b = a × ratio. */
function rounds(n: number, ms: number, ratio: number): Round[] {
  return Array.from({ length: n }, (_, i) => {
    const a = ms * PATTERN[i % 5];
    return { order: i % 2 ? 'BA' : 'AB', a, b: a * ratio };
  });
}

const samples = (values: number[]) => ({ samplesMs: values, summary: summarize(values) });
const mean = (values: number[]) => values.reduce((s, x) => s + x, 0) / values.length;
const MIB = 2 ** 20;
/** Peak RSS of the process without the model: 50 MiB in every pair. */
const WITHOUT = 50 * MIB;

/** What one runner saw, as head/base ratios of each indicator; absent: not measured there. */
interface Speeds {
  latency: number;
  batch8?: number;
  coldStart?: number;
  memory?: number;
}

/**
 * A paired run: latency 20 rounds around 8 ms (batch 1, also throughput at batch 1), batch 8
 * 20 rounds around 40 ms per run, cold start and first run 5 pairs around 120 and 15 ms, peak
 * memory 3 pairs around 100 MiB above the 50 MiB baseline.
 */
function pair(id: string, s: Speeds): PairResult {
  const lat = rounds(20, 8, s.latency);
  const b8 = s.batch8 ? rounds(20, 40, s.batch8) : [];
  const cold = s.coldStart ? rounds(5, 120, s.coldStart) : [];
  const first = s.coldStart ? rounds(5, 15, 1) : [];
  const mem = s.memory
    ? [0.99, 1, 1.01].map((p, i) => {
        const a = WITHOUT + 100 * MIB * p;
        return { order: i % 2 ? 'BA' : 'AB', a, b: WITHOUT + (a - WITHOUT) * s.memory! } as Round;
      })
    : [];
  const side = (k: 'a' | 'b'): ModelMeasurement => {
    const pick = (r: Round[]) => r.map((x) => x[k]);
    const m: ModelMeasurement = {
      id,
      path: `${k === 'a' ? 'base' : 'head'}/${id}.onnx`,
      status: 'ok',
      dims: {},
      inputs: [],
      latency: { batch: 1, ...samples(pick(lat)) },
      throughput: [
        { batch: 1, examplesPerSecond: 1000 / mean(pick(lat)), latency: samples(pick(lat)) },
      ],
    };
    if (b8.length) {
      m.throughput!.push({
        batch: 8,
        examplesPerSecond: 8000 / mean(pick(b8)),
        latency: samples(pick(b8)),
      });
    }
    if (cold.length) {
      m.coldStart = samples(pick(cold));
      m.firstRun = samples(pick(first));
    }
    if (mem.length) {
      const withModel = pick(mem);
      m.peakRss = {
        bytes: withModel[1] - WITHOUT,
        withModelBytes: withModel,
        withoutModelBytes: [WITHOUT],
      };
    }
    return m;
  };
  return {
    a: side('a'),
    b: side('b'),
    latencyRounds: lat,
    latencyLooks: [],
    throughputRounds: b8.length ? { '8': b8 } : {},
    coldStartRounds: cold,
    firstRunRounds: first,
    memoryRounds: mem,
  };
}

const SETTINGS: RuntimeSettings = {
  provider: 'cpu',
  intraOpThreads: 1,
  interOpThreads: 1,
  graphOptimizationLevel: 'all',
  executionMode: 'sequential',
  budgetMs: 60_000,
  warmupRuns: 10,
  warmupMs: 500,
  latencyBatch: 1,
  batchSizes: [1, 8],
  coldStartRuns: 5,
  timeoutMs: 120_000,
  seed: 1,
};

function fingerprint(model: string, flags: string[], platform = 'linux'): Fingerprint {
  return {
    cpu: { vendor: model.split(' ')[0], model, flags, logicalCores: 4, physicalCores: 2 },
    memoryBytes: 16 * 2 ** 30,
    os: { platform, release: '1', ...(platform === 'linux' ? { distro: 'Ubuntu 24.04 LTS' } : {}) },
    node: '20.19.0',
    onnxruntime: '1.30.0',
  };
}

const MACHINES: Record<string, Fingerprint> = {
  'ubuntu-latest': fingerprint('AMD EPYC 7763 64-Core Processor', ['avx', 'avx2', 'fma']),
  'ubuntu-24.04-arm': fingerprint('ARM Neoverse-N2', ['asimd', 'asimddp', 'i8mm']),
  'windows-latest': fingerprint('Intel Xeon Platinum 8370C CPU @ 2.80GHz', ['avx2'], 'win32'),
};

/** What each runner measured: ubuntu saw the MLP 25% slower, arm saw no change, windows little. */
const SPEEDS: Record<string, { mlp: Speeds; classifier: Speeds }> = {
  'ubuntu-latest': {
    mlp: { latency: 1.25, batch8: 1.25, coldStart: 1, memory: 1.1 },
    classifier: { latency: 1, batch8: 1, coldStart: 1, memory: 1 },
  },
  'ubuntu-24.04-arm': {
    mlp: { latency: 1, batch8: 1, coldStart: 0.8 },
    classifier: { latency: 1, batch8: 1, coldStart: 1 },
  },
  'windows-latest': { mlp: { latency: 1.02 }, classifier: { latency: 1 } },
};

function result(mlpAnalysis: Analysis, commit: string, runner: string): Result {
  return {
    schema: RESULT_SCHEMA,
    tool: { name: 'misnomer', version: '0.1.0', countingRules: 1 },
    createdAt: '2025-06-01T00:00:00.000Z',
    commit,
    settings: SETTINGS,
    fingerprint: MACHINES[runner],
    models: [
      { id: 'mlp', analysis: mlpAnalysis },
      { id: 'classifier', analysis: CLASSIFIER },
    ],
  };
}

const BASE_COMMIT = '1111111111111111111111111111111111111111';
const HEAD_COMMIT = '2222222222222222222222222222222222222222';

function comparisonOn(runner: string, head: Analysis = LOW_RANK): Comparison {
  const s = SPEEDS[runner] ?? SPEEDS['ubuntu-latest'];
  return buildComparison(
    { label: 'main', result: result(DENSE, BASE_COMMIT, runner) },
    { label: 'pr-42', result: result(head, HEAD_COMMIT, runner) },
    { ...OPTIONS, gates: [parseGate('latency.p50', '+5%'), parseGate('params', '+10%')] },
    new Map([
      ['mlp', pair('mlp', s.mlp)],
      ['classifier', pair('classifier', s.classifier)],
    ]),
  );
}

function matrix(): AggregateRun[] {
  return Object.keys(SPEEDS).map((runner) => ({ runner, comparison: comparisonOn(runner) }));
}

// --- reading the output ---------------------------------------------------------------------

/** The cells of a table line: "| a | b |" -> ["a", "b"]. */
const cells = (line: string) =>
  line
    .slice(1, -1)
    .split('|')
    .map((c) => c.trim());

/** The table whose header starts with `first`, as rows of cells (header first, no delimiter). */
function tableAfter(out: string, first: string, from = 0): string[][] {
  const lines = out.slice(from).split('\n');
  const start = lines.findIndex((l) => l.startsWith('|') && cells(l)[0] === first);
  assert.ok(start >= 0, `no table with header ${first}`);
  const rows: string[][] = [];
  for (let i = start; i < lines.length && lines[i].startsWith('|'); i++) {
    if (i !== start + 1) rows.push(cells(lines[i]));
  }
  return rows;
}

const row = (table: string[][], label: string) => {
  const r = table.find((x) => x[0] === label);
  assert.ok(r, `no row ${label}`);
  return r;
};

/** Per table: the pipe count of each line (all equal when no cell leaked a "|"). */
function tablePipes(out: string): number[][] {
  const tables: number[][] = [];
  let current: number[] = [];
  for (const line of [...out.split('\n'), '']) {
    if (line.startsWith('|')) current.push((line.match(/\|/g) ?? []).length);
    else if (current.length) {
      tables.push(current);
      current = [];
    }
  }
  return tables;
}

const count = (s: string, part: string) => s.split(part).length - 1;

// --- tests --------------------------------------------------------------------------------

test('snapshot: three runners, two models', () => {
  matchSnapshot('aggregate.md', renderAggregateMarkdown(matrix(), { marker: MARKER }));
});

test('the models as analyzed: the low-rank MLP has 72% fewer FLOPs', () => {
  // Dense: MatMul 256·256 + 256·10 = 68,096 MACs, 2 × 68,096 + Relu 256 = 136,448 FLOPs.
  // Low rank: 256·32 + 32·256 + 256·10 = 18,944 MACs, 2 × 18,944 + 256 = 38,144 FLOPs.
  assert.deepEqual([DENSE.totals.macs, DENSE.totals.flops], [68_096, 136_448]);
  assert.deepEqual([LOW_RANK.totals.macs, LOW_RANK.totals.flops], [18_944, 38_144]);
  // 38,144 / 136,448 − 1 = −72.05%.
  const flops = comparisonOn('ubuntu-latest').models[0].static.find((d) => d.indicator === 'flops');
  assert.equal(flops?.relative, 38_144 / 136_448 - 1);
});

test('a headline per runner, in the order of the runs', () => {
  const runs = matrix();
  const out = renderAggregateMarkdown(runs);
  assert.equal(out.split('\n')[0], '**misnomer on 3 runners**');
  assert.ok(out.includes('base main (111111111111) → head pr-42 (222222222222)\n'));
  const lines = out.split('\n').filter((l) => l.startsWith('- **') && l.includes('**: '));
  assert.deepEqual(
    lines.slice(0, 3).map((l) => l.slice(0, l.indexOf('**: ') + 2)),
    ['- **ubuntu-latest**', '- **ubuntu-24.04-arm**', '- **windows-latest**'],
  );
  assert.ok(lines[0].endsWith(runs[0].comparison.headline.replace(/#/g, '#&#8203;')));
  // ubuntu: latency ratio 1.25 in every round -> "+25.0%" with the interval [1.25, 1.25], worse;
  // FLOPs −72.05% -> "−72.0%".
  assert.ok(
    lines[0].includes(`mlp: latency p50 +25.0% (+25.0 to +25.0%) worse, FLOPs ${MINUS}72.0%`),
    lines[0],
  );
});

test('a column per runner: head value, change and verdict symbol; "—" where a runner lacks it', () => {
  const out = renderAggregateMarkdown(matrix());
  const t = tableAfter(out, 'indicator', out.indexOf('### mlp'));
  assert.deepEqual(t[0], ['indicator', 'ubuntu-latest', 'ubuntu-24.04-arm', 'windows-latest']);
  assert.deepEqual(row(t, 'measured'), [
    'measured',
    'paired, 20 rounds',
    'paired, 20 rounds',
    'paired, 20 rounds',
  ]);
  // Base latency samples 8 × PATTERN, four of each: the median is 8 × 1.00 = 8 ms. Head × 1.25
  // = 10 ms on ubuntu (+25.0%, worse: the whole CI is 1.25), × 1 on arm (0%, unchanged),
  // × 1.02 = 8.16 ms on windows (+2.0%, within ±5%: unchanged).
  assert.deepEqual(row(t, 'latency p50'), [
    'latency p50',
    '10.0 ms (+25.0%) **✗**',
    '8.00 ms (0%) =',
    '8.16 ms (+2.0%) =',
  ]);
  // p90 of 20 values: h = 19 × 0.9 = 17.1 -> between the 18th and 19th (both 1.02): 8 × 1.02
  // = 8.16 ms base; head 10.2 ms on ubuntu. Tails are reported, not tested: "·".
  assert.equal(row(t, 'latency p90')[1], '10.2 ms (+25.0%) ·');
  // Batch 8: 40 ms per run -> 8 × 1000 / 40 = 200 examples/s; head 50 ms -> 160 (−20.0%, worse
  // for a higher-is-better indicator). Windows measured no batch 8: "—".
  assert.deepEqual(row(t, 'throughput (batch 8)'), [
    'throughput (batch 8)',
    `160 examples/s (${MINUS}20.0%) **✗**`,
    '200 examples/s (0%) =',
    '—',
  ]);
  // Cold start 120 ms: × 1 on ubuntu, × 0.8 = 96 ms on arm (better); windows has none.
  assert.deepEqual(row(t, 'cold start'), [
    'cold start',
    '120 ms (0%) =',
    `96.0 ms (${MINUS}20.0%) ✓`,
    '—',
  ]);
  // Peak memory: the middle pair's 100 MiB above the baseline, × 1.1 = 110 MiB on ubuntu,
  // every pair 1.1 > 1.05: worse. Only ubuntu measured memory.
  assert.deepEqual(row(t, 'peak memory'), ['peak memory', '110 MiB (+10.0%) **✗**', '—', '—']);
  // Only these rows: no p99, first run or achieved FLOP/s in the matrix view.
  assert.deepEqual(
    t.map((r) => r[0]),
    [
      'indicator',
      'measured',
      'latency p50',
      'latency p90',
      'throughput (batch 1)',
      'throughput (batch 8)',
      'cold start',
      'peak memory',
    ],
  );
});

test('static indicators once, when every runner agrees', () => {
  const out = renderAggregateMarkdown(matrix());
  const section = out.slice(out.indexOf('### mlp'), out.indexOf('### classifier'));
  assert.equal(count(section, '| static indicator'), 1);
  const t = tableAfter(section, 'static indicator');
  // FLOPs 136,448 -> 38,144: −72.0% (−98,304 = −98.3 kFLOPs).
  assert.deepEqual(row(t, 'FLOPs'), [
    'FLOPs',
    '136 kFLOPs',
    '38.1 kFLOPs',
    `${MINUS}72.0% (${MINUS}98.3 kFLOPs)`,
    '✓ better',
  ]);
  assert.ok(!section.includes('disagree'));
});

test('runners that disagree on a static value: both shown, with their runners, and said', () => {
  const runs = matrix();
  // macos analyzed another head: rank 64, so 256·64 + 64·256 + 2,560 = 35,328 MACs, 70,912 FLOPs.
  runs.push({ runner: 'macos-14', comparison: comparisonOn('macos-14', mlp(64)) });
  const out = renderAggregateMarkdown(runs);
  const section = out.slice(out.indexOf('### mlp'), out.indexOf('### classifier'));
  const t = tableAfter(section, 'static indicator');
  const agreeing = 'FLOPs ⚠ ubuntu-latest, ubuntu-24.04-arm, windows-latest';
  assert.equal(row(t, agreeing)[2], '38.1 kFLOPs');
  // 70,912 / 136,448 − 1 = −48.0%.
  assert.deepEqual(row(t, 'FLOPs ⚠ macos-14').slice(2, 4), [
    '70.9 kFLOPs',
    `${MINUS}48.0% (${MINUS}65.5 kFLOPs)`,
  ]);
  // Base is the same everywhere, yet the row splits on the head: params, MACs, FLOPs, ... .
  assert.match(section, /⚠ \*\*The runners disagree on params, params per use, .*FLOPs.*\.\*\*/);
  assert.ok(section.includes('do not depend on the machine'));
  // The unchanged classifier: one row per indicator, no note.
  const classifierPart = out.slice(out.indexOf('### classifier'));
  assert.ok(!classifierPart.includes('disagree'));
});

test('contradictions per runner with their evidence; tripped gates per runner', () => {
  const runs = matrix();
  const out = renderAggregateMarkdown(runs);
  const rules = runs.map((r) => r.comparison.models[0].contradictions.map((x) => x.rule));
  // FLOPs −72% and params −72% on every runner. Ubuntu: latency +25% (worse) and peak memory
  // +10% (worse); arm and windows: latency unchanged, so params down without latency down.
  assert.deepEqual(rules, [
    [
      'flops-down-latency-up',
      'params-down-cost-not-down',
      'weight-bytes-down-latency-up',
      'params-down-memory-up',
    ],
    ['params-down-cost-not-down'],
    ['params-down-cost-not-down'],
  ]);
  const section = out.slice(out.indexOf('### mlp'), out.indexOf('### classifier'));
  for (const { runner, comparison } of runs) {
    // Contradictions that share a side are one line ("... but latency p50 +25.0%").
    const list = contradictionLines(comparison.models[0].contradictions);
    const n = list.length;
    const at = section.indexOf(`**⚠ ${runner}: ${n} contradiction${n === 1 ? '' : 's'}**\n\n`);
    assert.ok(at >= 0, runner);
    // Each title in bold with its evidence, in this runner's block.
    const block = section.slice(at).split('\n\n')[1].split('\n');
    assert.deepEqual(
      block,
      list.map((x) => `- **${x.title}**: ${x.evidence}`),
    );
  }
  // Ubuntu's three rules with latency as their other side: one line, the evidence once.
  assert.ok(
    section.includes(
      '- **FLOPs −72.0%, params −72.2% and weight bytes −72.2% but latency p50 +25.0%**: ' +
        '1 more node (MatMul +1). The whole model ran at 3.81 MFLOP/s (was 17.1 MFLOP/s).\n',
    ),
  );
  assert.ok(!out.slice(out.indexOf('### classifier')).includes('contradiction'));
  // Two gates per runner per model (latency.p50, params) = 12; only ubuntu's mlp latency trips.
  assert.ok(out.includes('**Gates: 1 of 12 tripped**'));
  const gates = tableAfter(out, 'runner');
  assert.equal(gates.length, 2);
  assert.deepEqual(gates[1].slice(0, 4), ['ubuntu-latest', 'latency.p50', 'mlp', '+5%']);
});

test('hardware per runner in one <details>', () => {
  const out = renderAggregateMarkdown(matrix());
  assert.equal(count(out, '<details>'), 1);
  assert.equal(count(out, '</details>'), 1);
  const hw = out.slice(out.indexOf('<details>'));
  assert.ok(hw.includes('<summary>Hardware per runner</summary>'));
  assert.ok(hw.includes('- **ubuntu-24.04-arm**: ARM Neoverse-N2, 4 cores (asimd, asimddp, i8mm)'));
  assert.ok(
    hw.includes('cpu provider, 1 intra-op / 1 inter-op threads · base and head comparable.'),
  );
});

test('a model one runner does not have: "—" in its column, and said', () => {
  const runs = matrix();
  const windows = runs[2].comparison;
  windows.models = windows.models.filter((m) => m.id !== 'classifier');
  const out = renderAggregateMarkdown(runs);
  const section = out.slice(out.indexOf('### classifier'));
  assert.ok(section.includes('- **windows-latest**: not in its comparison'));
  const t = tableAfter(section, 'indicator');
  assert.deepEqual(
    t.map((r) => r[3]),
    ['windows-latest', '—', '—', '—', '—', '—', '—', '—'],
  );
});

test('no runs: a short comment, never an error', () => {
  assert.equal(
    renderAggregateMarkdown([], { marker: MARKER }),
    `${MARKER}\n\n**misnomer on 0 runners**\n\nNo runner produced a comparison.\n`,
  );
});

// --- hostile text -----------------------------------------------------------------------------

const HOSTILE = [
  '@everyone',
  '<img src=x onerror=alert(1)>',
  'a | b',
  '</details><details><summary>x',
  '`code` ```',
  'line one\n# heading\n- item\n</details>',
  '<!-- misnomer:report key=matrix -->',
];

function hostileMatrix(h: string): AggregateRun[] {
  const runs = matrix();
  runs.forEach((r, i) => {
    r.runner = `${h} ${i}`;
    const c = r.comparison;
    c.headline = h;
    c.base.label = h;
    for (const m of c.models) {
      if (m.id === 'mlp') m.id = h;
      m.notes.push(h);
      m.static[0].label = h;
      for (const x of m.contradictions) Object.assign(x, { title: h, evidence: h });
    }
    for (const g of c.gates) Object.assign(g, { reason: h, model: h, gate: h });
    c.hardware = { comparable: false, differences: [h], description: h };
    c.settings = { ...c.settings!, provider: h };
  });
  return runs;
}

for (const h of HOSTILE) {
  test(`hostile text stays text: ${JSON.stringify(h)}`, () => {
    const out = renderAggregateMarkdown(hostileMatrix(h), { marker: MARKER });
    assert.ok(!out.includes('<img'), 'no raw <img');
    assert.ok(!out.includes('@everyone'), 'no mention');
    assert.ok(!out.includes('`'), 'no code span');
    assert.equal(count(out, MARKER), 1, 'the marker once');
    assert.equal(count(out, '<!--'), 1, 'no other comment');
    assert.equal(count(out, '<details>'), 1, 'only the hardware <details>');
    assert.equal(count(out, '</details>'), 1);
    assert.equal(count(out, '<summary>'), 1);
    for (const t of tablePipes(out))
      assert.deepEqual(
        t,
        t.map(() => t[0]),
      );
    for (const line of out.split('\n')) {
      assert.ok(!/^(# heading|- item|<\/details><details>)/.test(line), line);
    }
  });
}

test('a runner name with a newline is one column header; duplicate names are told apart', () => {
  const runs = matrix();
  runs[0].runner = 'linux\n| x | y |';
  runs[1].runner = 'linux\n| x | y |';
  const out = renderAggregateMarkdown(runs);
  const t = tableAfter(out, 'indicator');
  // The newline becomes a space and the pipes entities: still 4 columns.
  assert.deepEqual(t[0], [
    'indicator',
    'linux &#124; x &#124; y &#124;',
    'linux &#124; x &#124; y &#124; (2)',
    'windows-latest',
  ]);
});

// --- the length budget -------------------------------------------------------------------------

/** 300 models per runner, each the measured MLP under another id, with its gates. */
function hugeMatrix(): AggregateRun[] {
  return matrix().map(({ runner, comparison }) => {
    const [m] = comparison.models;
    const ids = Array.from({ length: 300 }, (_, i) => `model-${i}`);
    const models = ids.map((id) => ({ ...m, id }));
    const mlpGates = comparison.gates.filter((g) => g.model === 'mlp');
    const gates = ids.flatMap((id) => mlpGates.map((g) => ({ ...g, model: id })));
    return { runner, comparison: { ...comparison, models, gates } };
  });
}

test('300 models: under the cap, balanced <details>, and the cut said', () => {
  const out = renderAggregateMarkdown(hugeMatrix(), { marker: MARKER });
  assert.ok(out.length <= 65_000, `${out.length}`);
  assert.ok(out.startsWith(`${MARKER}\n`));
  assert.equal(count(out, '<details>'), count(out, '</details>'));
  const shown = Number(/; (\d+) of 300 models shown/.exec(out)?.[1]);
  assert.ok(shown >= 10 && shown < 300, `${shown}`);
  assert.equal(count(out, '\n### model-'), shown);
  assert.ok(out.includes(`… and ${300 - shown} more models not shown.`));
  assert.match(out, /_Shortened to fit 65,000 characters: hardware dropped; unchanged static/);
  // Ubuntu's latency gate trips on each of the 300 models (2 gates × 300 models × 3 runners =
  // 1,800): listed for the models shown, counted for the others.
  assert.ok(out.includes('**Gates: 300 of 1,800 tripped**'));
  assert.equal(tableAfter(out, 'runner').length, 1 + shown);
  assert.ok(out.includes(`… and ${300 - shown} more on the models not shown.`));
  for (const t of tablePipes(out))
    assert.deepEqual(
      t,
      t.map(() => t[0]),
    );
});

test('any budget is respected, down to a hard cut that keeps the marker', () => {
  for (const maxChars of [20_000, 5000, 1500, 400, 120, 20]) {
    const out = renderAggregateMarkdown(hugeMatrix(), { marker: MARKER, maxChars });
    assert.ok(out.length <= maxChars, `${out.length} > ${maxChars}`);
    assert.equal(count(out, '<details>'), count(out, '</details>'));
    if (maxChars >= MARKER.length) assert.ok(out.startsWith(MARKER));
  }
  // A report that fits is left whole.
  assert.ok(!renderAggregateMarkdown(matrix()).includes('Shortened'));
});
