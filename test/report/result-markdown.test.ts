/**
 * The report of a run with no comparison (a baseline push, a pull request with no baseline yet).
 * The result is built for real: a low-rank MLP and a classifier written with onnx-writer and
 * analyzed, the MLP measured (latency samples are 8 ms × 0.98, 0.99, 1, 1.01, 1.02, four of each)
 * and profiled. Every number asserted below follows from those inputs.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis } from '../../src/analyze/types.ts';
import { makeResult, type Result } from '../../src/compare/result.ts';
import { summarize } from '../../src/stats/summary.ts';
import type {
  Fingerprint,
  Measurement,
  ModelMeasurement,
  RuntimeSettings,
} from '../../src/measure/types.ts';
import { md } from '../../src/report/markdown-escape.ts';
import { renderResultMarkdown } from '../../src/report/result-markdown.ts';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt } from '../helpers.ts';
import { matchSnapshot } from './snapshot.ts';

const MARKER = '<!-- misnomer:report key=default -->';
const NOTE =
  'No baseline for the base branch yet: this is the head alone; the next push to main saves one.';

/** x[1,256] -> MatMul 256x32 -> MatMul 32x256 -> Relu -> MatMul 256x10. */
function lowRank(): Analysis {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [1, 256]);
  m.initializer('u', 'float32', [256, 32]);
  m.initializer('v', 'float32', [32, 256]);
  m.initializer('w2', 'float32', [256, 10]);
  const h = m.op('MatMul', [m.op('MatMul', [x, 'u']), 'v']);
  m.output(m.op('MatMul', [m.op('Relu', [h]), 'w2']));
  return analyzeBuilt(m);
}

/** x[1,10] -> Softmax. */
function classifier(): Analysis {
  const m = new ModelBuilder();
  m.output(m.op('Softmax', [m.input('x', 'float32', [1, 10])], { axis: 1 }));
  return analyzeBuilt(m);
}

const MLP = lowRank();
const CLASSIFIER = classifier();

const PATTERN = [0.98, 0.99, 1, 1.01, 1.02];
/** 20 samples around `ms`, four of each pattern value. */
const around = (ms: number, n = 20) => Array.from({ length: n }, (_, i) => ms * PATTERN[i % 5]);
const samples = (values: number[]) => ({ samplesMs: values, summary: summarize(values) });
const MIB = 2 ** 20;

function measuredMlp(a: Analysis): ModelMeasurement {
  const flops = a.totals.flops;
  return {
    id: 'mlp',
    path: 'models/mlp.onnx',
    status: 'ok',
    dims: {},
    inputs: [],
    latency: { batch: 1, ...samples(around(8)) },
    throughput: [
      { batch: 1, examplesPerSecond: 125, latency: samples(around(8)) },
      { batch: 8, examplesPerSecond: 200, latency: samples(around(40)) },
    ],
    coldStart: samples(around(120, 5)),
    firstRun: samples(around(15, 5)),
    peakRss: { bytes: 100 * MIB, withModelBytes: [150 * MIB], withoutModelBytes: [50 * MIB] },
    // Kernel time per inference: MatMul 0.5 ms, Relu 0.125 ms -> shares 0.8 and 0.2.
    opProfile: {
      runs: 20,
      byOpType: {
        Relu: { ms: 0.125, share: 0.2, calls: 1, flopsShare: 256 / flops },
        MatMul: {
          ms: 0.5,
          share: 0.8,
          calls: 3,
          flopsShare: a.byOpType.MatMul.flops / flops,
          achievedFlopsPerSecond: a.byOpType.MatMul.flops / 0.0005,
        },
      },
      byNode: {},
      notes: [],
    },
    achievedFlopsPerSecond: flops / 0.008,
  };
}

const SETTINGS: RuntimeSettings = {
  provider: 'cpu',
  intraOpThreads: 1,
  interOpThreads: 1,
  graphOptimizationLevel: 'all',
  executionMode: 'sequential',
  budgetMs: 30_000,
  warmupRuns: 10,
  warmupMs: 500,
  latencyBatch: 1,
  batchSizes: [1, 8],
  coldStartRuns: 5,
  timeoutMs: 120_000,
  seed: 1,
};

const FINGERPRINT: Fingerprint = {
  cpu: {
    vendor: 'AMD',
    model: 'AMD EPYC 7763 64-Core Processor',
    flags: ['avx', 'avx2', 'fma'],
    logicalCores: 4,
    physicalCores: 2,
  },
  memoryBytes: 16 * 2 ** 30,
  os: { platform: 'linux', release: '6.8.0', distro: 'Ubuntu 24.04 LTS' },
  node: '20.19.0',
  onnxruntime: '1.30.0',
};

function measurement(models: ModelMeasurement[]): Measurement {
  return {
    schema: 'misnomer/measurement@1',
    tool: { name: 'misnomer', version: '0.1.0' },
    createdAt: '2025-06-01T00:00:00.000Z',
    settings: SETTINGS,
    fingerprint: FINGERPRINT,
    models,
  };
}

/** The MLP measured and profiled, the classifier analyzed only (by misnomer 0.1.0). */
function result(): Result {
  const r = makeResult(
    [
      { id: 'mlp', analysis: MLP },
      { id: 'classifier', analysis: CLASSIFIER },
    ],
    measurement([measuredMlp(MLP)]),
    '3333333333333333333333333333333333333333',
  );
  return { ...r, tool: { name: 'misnomer', version: '0.1.0', countingRules: 1 } };
}

// --- reading the output ---------------------------------------------------------------------

const cells = (line: string) =>
  line
    .slice(1, -1)
    .split('|')
    .map((c) => c.trim());

/** Rows (cells) of the first table after `from` whose header starts with `first`. */
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

function value(table: string[][], label: string): string {
  const r = table.find((x) => x[0] === label);
  assert.ok(r, `no row ${label}`);
  return r[1];
}

const count = (s: string, part: string) => s.split(part).length - 1;

// --- tests --------------------------------------------------------------------------------

test('snapshot: a measured and an analyzed-only model, with a title and a note', () => {
  matchSnapshot(
    'result.md',
    renderResultMarkdown(result(), { marker: MARKER, title: 'misnomer · pr-42', note: NOTE }),
  );
});

test('the title, then the note as a quote, then the run in one line and the machine in one', () => {
  const out = renderResultMarkdown(result(), {
    marker: MARKER,
    title: 'misnomer · pr-42',
    note: NOTE,
  });
  const lines = out.split('\n\n');
  assert.deepEqual(lines.slice(0, 5), [
    MARKER,
    '**misnomer · pr-42**',
    `> ${NOTE}`,
    '2 models · commit 333333333333 · misnomer 0.1.0',
    // 16 × 2^30 bytes = 16.0 GiB.
    'Measured on AMD EPYC 7763 64-Core Processor, 4 cores (avx, avx2, fma), 16.0 GiB, ' +
      'Ubuntu 24.04 LTS, Node 20.19.0, onnxruntime-node 1.30.0 · cpu provider, 1 intra-op / ' +
      '1 inter-op threads, optimization all.',
  ]);
  // Without options: the default title and no quote.
  assert.ok(renderResultMarkdown(result()).startsWith('**misnomer**\n\n2 models · '));
});

test('static indicators: the totals of the analysis, in their units', () => {
  const out = renderResultMarkdown(result());
  const t = tableAfter(out, 'indicator', out.indexOf('### mlp'));
  // Params 256·32 + 32·256 + 256·10 = 18,944; one use each, so MACs are 18,944 too; FLOPs
  // 2 × 18,944 + Relu 256 = 38,144.
  assert.equal(value(t, 'params'), '18.9 k');
  assert.equal(value(t, 'MACs'), '18.9 kMACs');
  assert.equal(value(t, 'FLOPs'), '38.1 kFLOPs');
  assert.equal(value(t, 'transcendentals'), '0');
  // Bytes: MatMul 1 reads x 1,024 + u 32,768, writes 128 (33,920); MatMul 2 the mirror image
  // (33,920); Relu 1,024 + 1,024; MatMul 3 reads 1,024 + w2 10,240, writes 40 (11,304). Sum
  // 81,192 B = 79.3 KiB; intensity 38,144 / 81,192 = 0.47 FLOP/B.
  assert.equal(MLP.totals.bytesAccessed, 81_192);
  assert.equal(value(t, 'bytes accessed'), '79.3 KiB');
  assert.equal(value(t, 'arithmetic intensity'), '0.47 FLOP/B');
  // 18,944 float32 = 75,776 B = 74.0 KiB.
  assert.equal(value(t, 'weight bytes'), '74.0 KiB');
  // Peak: x (1,024 B) and the first MatMul's output (128 B) live, then two 1,024 B tensors.
  assert.equal(value(t, 'peak activation bytes'), '2.00 KiB');
  assert.equal(value(t, 'nodes'), '4 nodes');
  assert.ok(!t.some((r) => r[0] === 'integer ops'), 'no integer ops: no row');
});

test('runtime indicators when measured; the classifier has none', () => {
  const out = renderResultMarkdown(result());
  const t = tableAfter(out, 'indicator', out.indexOf('### mlp'));
  // 20 samples of 8 ms × PATTERN: p50 h = 9.5 between two 1.00 -> 8.00 ms; p90 h = 17.1 and
  // p99 h = 18.81 both between two 1.02 -> 8.16 ms.
  assert.deepEqual(
    t.find((r) => r[0] === 'latency p50 (batch 1)'),
    [
      'latency p50 (batch 1)',
      '8.00 ms',
      // std of 8 × (0.98, 0.99, 1, 1.01, 1.02 ×4) / 8 = 0.0145 -> CV 1.5%
      '20 runs · CV 1.5%',
    ],
  );
  assert.equal(value(t, 'latency p90'), '8.16 ms');
  assert.equal(value(t, 'latency p99'), '8.16 ms');
  assert.equal(value(t, 'throughput (batch 8)'), '200 examples/s');
  // Cold start: 5 samples 120 × (0.98 .. 1.02), median 120 ms.
  assert.equal(value(t, 'cold start'), '120 ms');
  assert.equal(value(t, 'first run'), '15.0 ms');
  assert.equal(value(t, 'peak RSS'), '100 MiB');
  // 38,144 FLOPs / 8 ms = 4.77 MFLOP/s.
  assert.equal(value(t, 'achieved FLOP/s'), '4.77 MFLOP/s');
  const c = tableAfter(out, 'indicator', out.indexOf('### classifier'));
  assert.ok(!c.some((r) => r[0].startsWith('**runtime**')));
});

test('the top op types by share of time when profiled, by share of FLOPs when not', () => {
  const out = renderResultMarkdown(result());
  const mlp = out.slice(out.indexOf('### mlp'), out.indexOf('### classifier'));
  assert.ok(
    mlp.includes(
      '<summary>Top op types by share of time (2 op types, as ONNX Runtime ran them)</summary>',
    ),
  );
  const t = tableAfter(mlp, 'op type (as run)');
  // MatMul: 2 × 18,944 = 37,888 of 38,144 FLOPs = 99.3%, 37,888 / 0.5 ms = 75.8 MFLOP/s.
  assert.deepEqual(t[1], ['MatMul', '500 µs', '80.0%', '99.3%', '75.8 MFLOP/s', '3']);
  assert.deepEqual(t[2], ['Relu', '125 µs', '20.0%', '0.7%', '—', '1']);
  const cls = out.slice(out.indexOf('### classifier'));
  assert.ok(cls.includes('<summary>Top op types by share of FLOPs (1 op type)</summary>'));
  // Softmax over 10 values: all 40 FLOPs and 80 bytes.
  assert.deepEqual(tableAfter(cls, 'op type')[1], ['Softmax', '1', '100.0%', '100.0%']);
});

test('no measurement at all: said in place of the machine', () => {
  const r = makeResult([{ id: 'classifier', analysis: CLASSIFIER }]);
  const out = renderResultMarkdown(r);
  assert.ok(out.includes('\n\nStatic analysis only: not measured.\n\n'));
  assert.ok(!out.includes('**runtime**'));
});

test('a failed measurement is said under the model, with its error', () => {
  const failed: ModelMeasurement = {
    id: 'mlp',
    path: 'mlp.onnx',
    status: 'crashed',
    error: 'the model process exited with SIGSEGV',
    dims: {},
    inputs: [],
  };
  const out = renderResultMarkdown(
    makeResult([{ id: 'mlp', analysis: MLP }], measurement([failed])),
  );
  assert.ok(out.includes('**✗ Measurement crashed**: the model process exited with SIGSEGV.'));
});

test('totals that could not be fully counted carry a * and the op types responsible', () => {
  const partial = structuredClone(MLP);
  partial.incomplete = true;
  partial.incompleteTotals = ['flops', 'bytesAccessed'];
  partial.uncounted = [{ opType: 'MyOp', domain: 'com.vendor', count: 2, examples: ['n1', 'n2'] }];
  const out = renderResultMarkdown(makeResult([{ id: 'mlp', analysis: partial }]));
  const t = tableAfter(out, 'indicator');
  assert.equal(value(t, 'FLOPs'), '38.1 kFLOPs \\*');
  assert.equal(value(t, 'bytes accessed'), '79.3 KiB \\*');
  assert.equal(value(t, 'params'), '18.9 k');
  assert.ok(out.includes('\n\n_\\* incomplete: some ops could not be counted: MyOp (×2)._\n\n'));
});

// --- hostile text -----------------------------------------------------------------------------

const HOSTILE = [
  '@everyone',
  '<img src=x onerror=alert(1)>',
  'a | b',
  '</details><details><summary>x',
  '`code` ```',
  'line one\n# heading\n- item\n</details>',
  '<!-- misnomer:report key=default -->',
];

function hostileResult(h: string): Result {
  const mlp = structuredClone(MLP);
  mlp.byOpType[h] = { ...mlp.byOpType.Relu };
  mlp.uncounted = [{ opType: h, domain: h, count: 2, examples: [h] }];
  mlp.incomplete = true;
  mlp.incompleteTotals = ['flops'];
  const m = measuredMlp(MLP);
  m.id = h;
  m.opProfile!.byOpType[h] = { ms: 0.3, share: 0.5, calls: 1 };
  const r = makeResult([{ id: h, analysis: mlp }], measurement([m]), h);
  r.fingerprint = { ...FINGERPRINT, cpu: { ...FINGERPRINT.cpu, model: h } };
  r.settings = { ...SETTINGS, provider: h };
  r.models.push({
    id: `${h} 2`,
    analysis: CLASSIFIER,
    measurement: { ...m, id: `${h} 2`, status: 'failed', error: h },
  });
  return r;
}

for (const h of HOSTILE) {
  test(`hostile text stays text: ${JSON.stringify(h)}`, () => {
    const out = renderResultMarkdown(hostileResult(h), { marker: MARKER, title: h, note: h });
    assert.ok(!out.includes('<img'), 'no raw <img');
    assert.ok(!out.includes('@everyone'), 'no mention');
    assert.ok(!out.includes('`'), 'no code span');
    assert.equal(count(out, MARKER), 1, 'the marker once');
    assert.equal(count(out, '<!--'), 1, 'no other comment');
    // Two op-type <details>, one per model, and nothing else opens or closes one.
    assert.equal(count(out, '<details>'), 2);
    assert.equal(count(out, '</details>'), 2);
    assert.equal(count(out, '<summary>'), 2);
    const tables: number[][] = [];
    let current: number[] = [];
    for (const line of [...out.split('\n'), '']) {
      if (line.startsWith('|')) current.push(count(line, '|'));
      else if (current.length) {
        tables.push(current);
        current = [];
      }
    }
    assert.ok(tables.length >= 4);
    for (const t of tables)
      assert.deepEqual(
        t,
        t.map(() => t[0]),
      );
    for (const line of out.split('\n')) {
      assert.ok(!/^(# heading|- item|<\/details><details>)/.test(line), line);
    }
    // Title and note stay one line each, the note quoted.
    assert.equal(out.split('\n\n').slice(1, 3).join('\n\n'), `**${md(h)}**\n\n> ${md(h)}`);
  });
}

// --- the length budget -------------------------------------------------------------------------

/** 300 measured models with 40 profiled op types each. */
function hugeResult(): Result {
  const m = measuredMlp(MLP);
  for (let i = 0; i < 40; i++)
    m.opProfile!.byOpType[`Op${i}`] = { ms: 0.01, share: 0.001, calls: 1 };
  const ids = Array.from({ length: 300 }, (_, i) => `model-${i}`);
  return makeResult(
    ids.map((id) => ({ id, analysis: MLP })),
    measurement(ids.map((id) => ({ ...m, id }))),
  );
}

test('300 models: under the cap, balanced <details>, the cut said', () => {
  const out = renderResultMarkdown(hugeResult(), { marker: MARKER, note: NOTE });
  assert.ok(out.length <= 65_000, `${out.length}`);
  assert.ok(out.startsWith(`${MARKER}\n\n**misnomer**\n\n> ${NOTE}\n\n300 models`));
  assert.equal(count(out, '<details>'), count(out, '</details>'));
  const shown = Number(/; (\d+) of 300 models shown/.exec(out)?.[1]);
  assert.ok(shown >= 10 && shown < 300, `${shown}`);
  assert.equal(count(out, '\n### model-'), shown);
  assert.ok(out.includes(`… and ${300 - shown} more models not shown.`));
  assert.match(out, /_Shortened to fit 65,000 characters: op-type details dropped; \d+ of 300/);
});

test('details shrink before models go; any budget is respected', () => {
  const r = hugeResult();
  r.models = r.models.slice(0, 3);
  // Measured on this input: the whole report is about 11,400 characters (10 op rows per model),
  // about 7,400 without the op tables.
  assert.ok(!renderResultMarkdown(r).includes('Shortened'));
  const fewer = renderResultMarkdown(r, { maxChars: 10_000 });
  assert.ok(fewer.length <= 10_000, `${fewer.length}`);
  const top = Number(/op types cut to the top (\d)\./.exec(fewer)?.[1]);
  assert.ok(top >= 1 && top < 10, `${top}`);
  assert.equal(count(fewer, `Top ${top} of 42 op types shown.`), 3);
  const none = renderResultMarkdown(r, { maxChars: 8000 });
  assert.ok(none.length <= 8000 && !none.includes('<details>'), `${none.length}`);
  assert.match(none, /: op-type details dropped\. The JSON result/);
  for (const out of [fewer, none]) assert.equal(count(out, '\n### model-'), 3);
  for (const maxChars of [2000, 600, 200, 40]) {
    const out = renderResultMarkdown(hugeResult(), { marker: MARKER, maxChars });
    assert.ok(out.length <= maxChars, `${out.length} > ${maxChars}`);
    assert.equal(count(out, '<details>'), count(out, '</details>'));
    assert.ok(out.startsWith(MARKER));
  }
});
