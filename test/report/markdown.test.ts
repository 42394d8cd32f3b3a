/** The Markdown report: snapshots of whole reports, escaping of hostile text, the length budget. */
import { headline } from '../../src/compare/headline.ts';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RuntimeDelta } from '../../src/compare/runtime.ts';
import {
  COMPARISON_SCHEMA,
  type Comparison,
  type ModelComparison,
  type OpTypeShift,
  type OpTypeSide,
  type StaticDelta,
} from '../../src/compare/types.ts';
import type { RuntimeSettings } from '../../src/measure/types.ts';
import { md, mermaidLabel } from '../../src/report/markdown-escape.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { matchSnapshot } from './snapshot.ts';

// --- builders ------------------------------------------------------------------------------

const LOWER = ['params', 'macs', 'flops', 'weightBytes', 'nodes', 'bytesAccessed'];

function sd(
  indicator: string,
  label: string,
  unit: string,
  base: number | null,
  head: number | null,
): StaticDelta {
  const delta = base !== null && head !== null ? head - base : null;
  const relative = delta !== null && base ? delta / base : null;
  const lowerIsBetter = LOWER.includes(indicator);
  const verdict =
    delta === null || delta === 0 ? 'unchanged' : delta < 0 === lowerIsBetter ? 'better' : 'worse';
  return { indicator, label, unit, base, head, delta, relative, verdict, incomplete: false };
}

function rd(
  over: Partial<RuntimeDelta> & Pick<RuntimeDelta, 'indicator' | 'label' | 'unit'>,
): RuntimeDelta {
  const base = over.base ?? null;
  const head = over.head ?? null;
  return {
    base,
    head,
    ratio: base !== null && head !== null ? head / base : null,
    ci: null,
    rounds: 30,
    verdict: 'unchanged',
    reason: 'CI within ±5%',
    gating: true,
    ...over,
  };
}

function side(
  count: number,
  flops: number,
  flopsShare: number,
  timeShare?: number,
  fps?: number,
): OpTypeSide {
  const s: OpTypeSide = { count, flops, flopsShare, bytesShare: flopsShare / 2 };
  if (timeShare !== undefined) s.timeShare = timeShare;
  if (fps !== undefined) s.achievedFlopsPerSecond = fps;
  return s;
}

function op(opType: string, base: OpTypeSide | null, head: OpTypeSide | null): OpTypeShift {
  return { opType, base, head };
}

function model(over: Partial<ModelComparison> = {}): ModelComparison {
  return {
    id: 'model',
    status: 'compared',
    static: [],
    runtime: [],
    runtimeMode: 'none',
    opTypes: [],
    contradictions: [],
    notes: [],
    ...over,
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
  seed: 42,
};

function comparison(over: Partial<Comparison> = {}): Comparison {
  return {
    schema: COMPARISON_SCHEMA,
    tool: { name: 'misnomer', version: '0.1.0' },
    base: { label: 'main', commit: '1111111111111111111111111111111111111111' },
    head: { label: 'feature/depthwise', commit: '2222222222222222222222222222222222222222' },
    models: [],
    gates: [],
    headline: '',
    ...over,
  };
}

/** ResNet-18-like, head identical up to noise. */
function cleanComparison(): Comparison {
  return comparison({
    headline: '✓ no significant change · latency +0.5% (unchanged)',
    models: [
      model({
        id: 'resnet18',
        static: [
          sd('params', 'params', 'count', 11_689_512, 11_689_512),
          sd('macs', 'MACs', 'MACs', 1_814_073_344, 1_814_073_344),
          sd('flops', 'FLOPs', 'FLOPs', 3_642_464_256, 3_642_464_256),
          sd('weightBytes', 'weight memory', 'bytes', 46_758_048, 46_758_048),
          sd('nodes', 'nodes', 'nodes', 69, 69),
        ],
        runtimeMode: 'paired',
        runtime: [
          rd({
            indicator: 'latency.p50',
            label: 'latency p50 (batch 1)',
            unit: 'ms',
            base: 4.38,
            head: 4.4019,
            ci: [0.981, 1.027],
          }),
          rd({
            indicator: 'latency.p99',
            label: 'latency p99 (batch 1)',
            unit: 'ms',
            base: 5.1,
            head: 5.61,
            verdict: 'not-tested',
            gating: false,
          }),
          rd({
            indicator: 'throughput.b8',
            label: 'throughput (batch 8)',
            unit: 'examples/s',
            base: 1250,
            head: 1240,
            ci: [0.97, 1.01],
          }),
          rd({
            indicator: 'peakRss',
            label: 'peak memory (RSS above baseline)',
            unit: 'bytes',
            base: 102_760_448,
            head: 102_760_448,
            ci: [0.998, 1.004],
            rounds: 5,
          }),
        ],
        opTypes: [
          op('Conv', side(20, 3.6e9, 0.9, 0.8, 9.2e9), side(20, 3.6e9, 0.9, 0.79, 9.3e9)),
          op('Relu', side(17, 2.3e6, 0.05, 0.1), side(17, 2.3e6, 0.05, 0.11)),
          op('Gemm', side(1, 1.0e6, 0.05, 0.1, 2.4e9), side(1, 1.0e6, 0.05, 0.1, 2.4e9)),
        ],
      }),
    ],
    gates: [
      {
        gate: 'latency.p50',
        limit: '+5%',
        model: 'resnet18',
        tripped: false,
        reason: 'latency p50 +0.5% (unchanged)',
      },
    ],
    settings: SETTINGS,
    hardware: {
      comparable: true,
      differences: [],
      description: 'AMD EPYC 7763, 2 cores, AVX2; ORT 1.30.0',
    },
  });
}

/** Depthwise rewrite: FLOPs −34%, latency +12%, two gates tripped. Headline left to the renderer. */
function contradictionComparison(): Comparison {
  return comparison({
    models: [
      model({
        id: 'mobilenet',
        static: [
          sd('params', 'params', 'count', 3_504_872, 2_236_682),
          sd('flops', 'FLOPs', 'FLOPs', 1_000_000_000, 660_000_000),
          sd('nodes', 'nodes', 'nodes', 100, 312),
        ],
        runtimeMode: 'paired',
        runtime: [
          rd({
            indicator: 'latency.p50',
            label: 'latency p50 (batch 1)',
            unit: 'ms',
            base: 10,
            head: 11.2,
            ci: [1.081, 1.17],
            verdict: 'worse',
            reason:
              '20 rounds, 99% CI: +12.0% (+8.1 to +17.0%); head is higher than base beyond the 5% threshold',
          }),
          rd({
            indicator: 'achievedFlopsPerSecond',
            label: 'achieved FLOP/s (FLOPs / p50)',
            unit: 'FLOP/s',
            base: 1e11,
            head: 5.89e10,
            ci: [0.564, 0.61],
            verdict: 'worse',
            gating: false,
          }),
        ],
        opTypes: [
          op('Conv', side(50, 9e8, 0.9, 0.7, 1.29e11), side(100, 4e8, 0.61, 0.31, 4e9)),
          op('DepthwiseConv', null, side(162, 2e8, 0.3, 0.6, 3e8)),
        ],
        contradictions: [
          {
            rule: 'flops-down-latency-up',
            title: 'FLOPs −34.0% but latency +12.0%',
            evidence: '212 more nodes; Conv went from 70% to 31% of time at 4 GFLOP/s.',
            changes: [
              { indicator: 'flops', relative: -0.34 },
              { indicator: 'latency.p50', relative: 0.12 },
            ],
          },
          {
            rule: 'params-down-latency-up',
            title: 'params −36.2% but latency +12.0%',
            evidence: 'Fewer weights, more, smaller kernels.',
            changes: [
              { indicator: 'params', relative: -0.362 },
              { indicator: 'latency.p50', relative: 0.12 },
            ],
          },
        ],
        notes: ['counting rules changed between tool versions: static deltas may reflect that'],
      }),
    ],
    gates: [
      {
        gate: 'latency.p50',
        limit: '+5%',
        model: 'mobilenet',
        tripped: true,
        reason: 'latency p50 +12.0% (+8.1 to +17.0%), worse, exceeds +5%',
      },
      {
        gate: 'fail-on-contradiction',
        limit: 'true',
        model: 'mobilenet',
        tripped: true,
        reason: '2 contradictions',
      },
      {
        gate: 'params',
        limit: '+1M',
        model: 'mobilenet',
        tripped: false,
        reason: 'params −1.27 M',
      },
    ],
    settings: SETTINGS,
    hardware: {
      comparable: true,
      differences: [],
      description: 'AMD EPYC 7763, 2 cores, AVX2; ORT 1.30.0',
    },
  });
}

/** An encoder compared, a decoder added, a post-processor removed, a tokenizer that failed. */
function addedRemovedComparison(): Comparison {
  return comparison({
    headline: '2 models changed: decoder added, postprocess removed',
    models: [
      model({
        id: 'encoder',
        static: [sd('params', 'params', 'count', 1e6, 1e6), sd('macs', 'MACs', 'MACs', 5e8, 5e8)],
      }),
      model({
        id: 'decoder',
        status: 'added',
        static: [sd('params', 'params', 'count', null, 2e6)],
      }),
      model({
        id: 'postprocess',
        status: 'removed',
        reason: 'not in the head result',
        static: [sd('params', 'params', 'count', 512, null)],
      }),
      model({ id: 'tokenizer', status: 'failed', reason: 'head: timed out after 120 s' }),
    ],
  });
}

// --- snapshots -----------------------------------------------------------------------------

test('snapshot: a clean comparison', () => {
  matchSnapshot(
    'clean.md',
    renderMarkdown(cleanComparison(), { marker: '<!-- misnomer:report key=default -->' }),
  );
});

test('snapshot: contradictions and tripped gates, with the headline built by the renderer', () => {
  matchSnapshot('contradictions.md', renderMarkdown(contradictionComparison()));
});

test('snapshot: added, removed and failed models', () => {
  matchSnapshot('added-removed.md', renderMarkdown(addedRemovedComparison()));
});

// --- content -------------------------------------------------------------------------------

test('the headline, when the comparison has none, names contradictions, gates and the key changes', () => {
  // latency 11.2/10 = 1.12 -> +12.0%; FLOPs 660M/1000M - 1 = -34.0%; params 2236682/3504872 - 1 = -36.2%
  assert.equal(
    headline(contradictionComparison()),
    // The two contradictions share their right side: one line, counted once.
    '⚠ 1 contradiction · ✗ 2 gates tripped · latency p50 +12.0% (+8.1 to +17.0%) worse, FLOPs −34.0%, params −36.2%',
  );
  const out = renderMarkdown(contradictionComparison());
  assert.equal(out.split('\n')[0], `**${md(headline(contradictionComparison()))}**`);
});

test('the main table: static and runtime apart, relative change with sign and the CI of the ratio', () => {
  const out = renderMarkdown(contradictionComparison());
  const row = (label: string) => out.split('\n').find((l) => l.startsWith(`| ${label} `));
  // FLOPs: (660M - 1000M) / 1000M = -34.0%, delta -340M
  assert.match(
    row('FLOPs')!,
    /\| 1\.00 GFLOPs \| +660 MFLOPs \| +−34\.0% \(−340 MFLOPs\) \| ✓ better +\|/,
  );
  // latency: 11.2 / 10 = 1.12 -> +12.0%
  assert.match(
    row('latency p50 (batch 1)')!,
    /10\.0 ms \| +11\.2 ms \| +\+12\.0% \(\+8\.1 to \+17\.0%\) \| \*\*✗ worse\*\*/,
  );
  const staticAt = out.indexOf('**static**');
  const runtimeAt = out.indexOf('**runtime** · paired A/B, 30 rounds');
  assert.ok(staticAt > 0 && runtimeAt > staticAt);
});

test('contradictions: those sharing a side are one line in bold, with the evidence once', () => {
  const out = renderMarkdown(contradictionComparison());
  // Two rules, both "... but latency +12.0%": one line, its two evidence sentences once each.
  assert.ok(out.includes('**1 contradiction**'));
  assert.ok(
    out.includes(
      '- **FLOPs −34.0% and params −36.2% but latency +12.0%**: 212 more nodes; Conv went from ' +
        '70% to 31% of time at 4 GFLOP/s. Fewer weights, more, smaller kernels.\n',
    ),
  );
});

test('one model: no per-model heading; several: a heading each and their status', () => {
  assert.ok(!renderMarkdown(cleanComparison()).includes('### '));
  const out = renderMarkdown(addedRemovedComparison());
  for (const id of ['encoder', 'decoder', 'postprocess', 'tokenizer'])
    assert.ok(out.includes(`### ${id}\n`));
  assert.ok(out.includes('**Added** in head'));
  assert.ok(out.includes('**Removed** in head (only base figures): not in the head result.'));
  assert.ok(out.includes('**✗ Failed**: head: timed out after 120 s.'));
});

test('the method paragraph uses the given verdict settings, or names the defaults', () => {
  const given = renderMarkdown(cleanComparison(), {
    method: { threshold: 0.1, confidence: 0.95, resamples: 2000, seed: 7 },
  });
  assert.ok(given.includes('30 paired rounds'));
  assert.ok(given.includes('95% bootstrap confidence interval (2,000 resamples, seed 7)'));
  assert.ok(given.includes('All on one pair of sessions (the budget had no room for 8 pairs)'));
  assert.ok(given.includes('beyond ±10%'));
  assert.ok(!given.includes("misnomer's default settings"));
  assert.ok(renderMarkdown(cleanComparison()).includes("misnomer's default settings"));
});

test('rounds from several session pairs: the caption and the method say so', () => {
  const c = cleanComparison();
  const lat = c.models[0].runtime.find((d) => d.indicator === 'latency.p50')!;
  lat.rounds = 60;
  lat.pairs = 20;
  const out = renderMarkdown(c, {
    method: { threshold: 0.05, confidence: 0.99, resamples: 10_000, seed: 1 },
  });
  assert.ok(out.includes('**runtime** · paired A/B, 60 rounds in 20 session pairs'), out);
  assert.ok(out.includes('60 paired rounds on one machine'));
  assert.ok(out.includes('20 pairs of sessions created afresh'));
  assert.ok(out.includes('99% Wilcoxon signed-rank confidence interval over the pairs'));
  assert.ok(!out.includes('bootstrap'));
});

test('one chart per model: base and head side by side, time as bars and FLOPs as a line', () => {
  const out = renderMarkdown(contradictionComparison());
  assert.equal(out.split('```mermaid').length - 1, 1);
  assert.ok(
    out.includes('x-axis ["Conv base", "Conv head", "DepthwiseConv base", "DepthwiseConv head"]'),
  );
  // Conv: time 70% → 31%, FLOPs 90% → 61%; DepthwiseConv absent in base (0), head 60% and 30%.
  assert.ok(out.includes('    bar [70.0, 31.0, 0.0, 60.0]\n    line [90.0, 61.0, 0.0, 30.0]'));
  // The axis ends at the next 10% above the largest share (90%); the chart is kept low.
  assert.ok(out.includes('y-axis "%" 0 --> 90'));
  assert.ok(out.includes('    width: 860\n    height: 220'));
});

test('no chart when one op type takes (nearly) all the time: the table says as much', () => {
  const c = contradictionComparison();
  const m = c.models[0];
  // Only Conv keeps 5% or more of the time on either side.
  m.opTypes = m.opTypes.map((o) =>
    o.opType === 'Conv'
      ? { ...o, base: { ...o.base!, timeShare: 0.98 }, head: { ...o.head!, timeShare: 0.97 } }
      : {
          ...o,
          base: o.base && { ...o.base, timeShare: 0.01 },
          head: o.head && { ...o.head, timeShare: 0.03 },
        },
  );
  const out = renderMarkdown(c);
  assert.ok(!out.includes('```mermaid'));
  assert.ok(out.includes('share of time'));
});

// --- escaping ------------------------------------------------------------------------------

test('md: each hostile string becomes literal text', () => {
  assert.equal(
    md('</details><img src=x onerror=alert(1)>'),
    '&lt;/details&gt;&lt;img src=x onerror=alert(1)&gt;',
  );
  assert.equal(md('@team'), '@&#8203;team');
  assert.equal(md('| x |'), '&#124; x &#124;');
  assert.equal(md('`'), '&#96;');
  assert.equal(md('[link](http://x)'), '\\[link\\](http:&#8203;//x)');
  assert.equal(md('<!-- misnomer -->'), '&lt;!-- misnomer --&gt;');
  assert.equal(md('a\nb\r\nc'), 'a b c');
  assert.equal(md('# h'), '#&#8203; h');
  // Issue references: #123, owner/repo#123 and GH-123 (any case) all autolink on GitHub.
  assert.equal(md('fixes #123'), 'fixes #&#8203;123');
  assert.equal(md('o/r#123'), 'o/r#&#8203;123');
  assert.equal(md('see GH-123, gh-7'), 'see GH&#8203;-123, gh&#8203;-7');
  assert.equal(md('BGH-1 GH-x'), 'BGH-1 GH-x');
  assert.equal(md('> q'), '&gt; q');
  assert.equal(md('- item'), '\\- item');
  assert.equal(md('1. item'), '1\\. item');
  assert.equal(md('$x$ and __init__'), '\\$x\\$ and \\_\\_init\\_\\_');
  assert.equal(md('&lt;'), '&amp;lt;');
  assert.equal(md('abcdef', 4), 'abc…');
});

test('mermaidLabel: no quotes, brackets or markup survive', () => {
  assert.equal(mermaidLabel('"]; click x call alert(1) %%'), '___ click x call al…');
  assert.equal(mermaidLabel('</details>'), '__details_');
});

const HOSTILE = [
  '</details><img src=x onerror=alert(1)>',
  '@team',
  '| x |',
  '`',
  '[link](http://x)',
  '<!-- misnomer -->',
  'line one\n# heading\n- item\n</details>',
];
const MARKER = '<!-- misnomer:report key=default -->';

/** Every place untrusted text reaches: model ids, labels, op types, evidence, reasons, notes. */
function hostileComparison(h: string): Comparison {
  const c = contradictionComparison();
  const m = c.models[0];
  m.id = h;
  m.static[0].label = h;
  m.runtime[0].label = h;
  m.runtime[0].reason = h;
  m.opTypes[0].opType = h;
  m.contradictions[0].title = h;
  m.contradictions[0].evidence = h;
  m.notes = [h];
  c.models.push(model({ id: `${h} 2`, status: 'failed', reason: h }));
  c.gates[0].reason = h;
  c.gates[0].model = h;
  c.base.label = h;
  c.headline = h;
  c.hardware = { comparable: false, differences: [h], description: h };
  c.settings = { ...SETTINGS, provider: h };
  return c;
}

/** Per table (consecutive lines starting with "|"): the pipes of its header and of each line. */
function tableShapes(out: string): { header: number; rows: number[] }[] {
  const shapes: { header: number; rows: number[] }[] = [];
  let rows: number[] = [];
  const pipes = (l: string) => (l.match(/\|/g) ?? []).length;
  for (const line of [...out.split('\n'), '']) {
    if (line.startsWith('|')) rows.push(pipes(line));
    else if (rows.length > 0) {
      shapes.push({ header: rows[0], rows });
      rows = [];
    }
  }
  return shapes;
}

for (const h of HOSTILE) {
  test(`hostile text renders as literal text: ${JSON.stringify(h)}`, () => {
    const out = renderMarkdown(hostileComparison(h), { marker: MARKER });
    assert.ok(!out.includes('<img'), 'no raw <img');
    assert.ok(!out.includes('@team'), 'no mention');
    assert.ok(!out.includes('[link]'), 'no link');
    assert.ok(!out.includes('http://'), 'no autolink');
    assert.equal(out.split(MARKER).length - 1, 1, 'the marker exactly once');
    assert.equal(out.split('<!--').length - 1, 1, 'no other HTML comment');
    // <details> blocks: the renderer's own, all closed, none closed early
    const opens = out.split('<details>').length - 1;
    assert.equal(out.split('</details>').length - 1, opens);
    assert.equal(
      opens,
      6,
      'passed gates, per op type, verdict reasons, settings, hardware, method',
    );
    // Every table row has as many cells as its header.
    const shapes = tableShapes(out);
    assert.ok(shapes.length >= 4);
    for (const s of shapes)
      assert.deepEqual(
        s.rows,
        s.rows.map(() => s.header),
      );
    // Backticks only in the mermaid fences.
    for (const line of out.split('\n')) {
      if (line.includes('`')) assert.match(line, /^```(mermaid)?$/);
    }
    // Newlines did not start headings, list items or close anything.
    for (const line of out.split('\n')) {
      assert.ok(!line.startsWith('# heading') && !line.startsWith('- item'), line);
    }
    // The chart's labels: quoted, with no quote or bracket inside.
    for (const line of out.split('\n').filter((l) => l.includes('x-axis'))) {
      assert.match(line, /^ {4}x-axis \[("[\p{L}\p{N} ._+…-]+"(, )?)+\]$/u);
    }
  });
}

// --- the length budget -----------------------------------------------------------------------

/** 5,000 op types with 200-character names (markup in them, so escaping lengthens them too). */
function hugeComparison(): Comparison {
  const c = contradictionComparison();
  const ops: OpTypeShift[] = [];
  for (let i = 0; i < 5000; i++) {
    const name = `<Op${String(i).padStart(4, '0')}|${'x'.repeat(192)}>`; // 200 characters
    const s = side(1, 1000, (5000 - i) / 12_502_500, (5000 - i) / 12_502_500, 1e9);
    ops.push(op(name, s, s));
  }
  c.models[0].opTypes = ops;
  return c;
}

test('5,000 op types with long names: under maxChars, essentials intact, the cut said', () => {
  const c = hugeComparison();
  const out = renderMarkdown(c);
  assert.ok(out.length <= 65_000, `${out.length} characters`);
  const small = renderMarkdown({ ...c, models: [{ ...c.models[0], opTypes: [] }] });
  // The headline, the main table and the contradictions, exactly as without the op types.
  const essentials = small.slice(0, small.indexOf('<details>'));
  assert.ok(out.startsWith(essentials));
  const shown = Number(/top (\d+) op types/.exec(out)?.[1]);
  assert.ok(shown >= 8 && shown < 5000, `top ${shown}`);
  assert.match(
    out,
    /_Shortened to fit 65,000 characters: per-op-type tables show the top \d+ op types\./,
  );
  assert.ok(out.includes(`Top ${shown} of 5,000 op types shown.`));
  assert.equal(out.split('</details>').length, out.split('<details>').length);
  // Op rows: the table has a header, a delimiter and `shown` rows.
  const opTable = tableShapes(out).sort((a, b) => b.rows.length - a.rows.length)[0];
  assert.equal(opTable?.rows.length, shown + 2);
});

test('tighter budgets drop the chart, then the details, and never exceed the limit', () => {
  const c = hugeComparison();
  // Measured on this input: the whole report needs ~7,200 characters for the charts and the top
  // 8 op rows, ~4,100 without any per-model details, ~2,300 for the essentials alone.
  const noChart = renderMarkdown(c, { maxChars: 6000 });
  assert.ok(noChart.length <= 6000, `${noChart.length}`);
  assert.ok(!noChart.includes('```mermaid'));
  assert.ok(noChart.includes('<summary>Per op type'));
  assert.match(noChart, /per-op-type tables show the top \d+ op types; charts dropped\./);

  const noOps = renderMarkdown(c, { maxChars: 4500 });
  assert.ok(noOps.length <= 4500, `${noOps.length}`);
  assert.ok(!noOps.includes('<summary>Per op type') && noOps.includes('<summary>Method'));
  assert.match(noOps, /per-op-type breakdown, charts and verdict reasons dropped\./);

  const bare = renderMarkdown(c, { maxChars: 3000 });
  assert.ok(bare.length <= 3000, `${bare.length}`);
  assert.ok(!bare.includes('<details>'));
  assert.ok(bare.includes('- **FLOPs −34.0% and params −36.2% but latency +12.0%**: 212 more'));
  assert.match(bare, /settings, hardware and method dropped/);

  // Below the essentials only a hard cut is left; the marker still comes first.
  for (const maxChars of [2000, 600, 200, 50]) {
    const cut = renderMarkdown(c, { maxChars, marker: MARKER });
    assert.ok(cut.length <= maxChars, `${cut.length} > ${maxChars}`);
    assert.ok(cut.startsWith(MARKER));
    if (maxChars >= 200) assert.match(cut, /the report itself was cut off here/);
  }
});

test('a report that fits is not shortened', () => {
  const out = renderMarkdown(cleanComparison());
  assert.ok(!out.includes('Shortened'));
  assert.ok(out.length < 65_000);
});

test('settings read from a result file are untrusted too', () => {
  const c = contradictionComparison();
  const evil = '</details><img src=x> @octocat #1 [x](http://evil)';
  c.settings = {
    ...c.settings!,
    seed: evil as unknown as number,
    intraOpThreads: '<!-- ' as unknown as number,
  };
  const out = renderMarkdown(c);
  assert.ok(!out.includes('<img'), 'no raw HTML');
  assert.ok(!out.includes('@octocat'), 'no mention');
  assert.equal(out.split('<!--').length - 1, 0, 'no comment opened');
  assert.equal(out.split('<details>').length, out.split('</details>').length, 'details balanced');
});

test('run notes: a quoted paragraph each, under the header, escaped', () => {
  const c = {
    ...cleanComparison(),
    notes: ['The base (abc1234) was built in this job.', '@team <b>x</b>'],
  };
  const text = renderMarkdown(c, { marker: MARKER });
  assert.match(
    text,
    /→ head .*\n\n> The base \(abc1234\) was built in this job\.\n>\n> @&#8203;team &lt;b&gt;x&lt;\/b&gt;\n\n/,
  );
  // Without notes, no quote at all.
  assert.doesNotMatch(renderMarkdown(cleanComparison()), /^> /m);
});

test("settings of several models: the batches are per model, not the first model's", () => {
  const one = cleanComparison();
  assert.match(renderMarkdown(one), /\| latency batch +\| /);
  const two = { ...one, models: [one.models[0], { ...one.models[0], id: 'second' }] };
  const text = renderMarkdown(two);
  assert.doesNotMatch(text, /\| latency batch +\| /);
  assert.match(text, /\| batches +\| per model: each runtime row names its batch \|/);
});
