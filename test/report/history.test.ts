/**
 * The history in a report (report/history.ts, history-markdown.ts): the summary's rule on
 * hand-computed series, the mermaid charts' exact text (values, labels, latency only over points
 * of the head's hardware), and the section in a comparison's Markdown, with the length budget.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { HistoryPoint, HistoryView } from '../../src/compare/history.ts';
import { renderAggregateMarkdown } from '../../src/report/aggregate.ts';
import { historyCharts, historySummary, trendClause } from '../../src/report/history.ts';
import { lineChart } from '../../src/report/mermaid.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { validComparison } from '../compare/artifact-fixtures.ts';

// --- the summary's rule --------------------------------------------------------------------

/**
 * [series of baseline values, head, expected]. m = min(5, points − 1); r the value m merges
 * before the newest b; d = b/r − 1; p = head/b − 1.
 */
const CASES: [number[], number, string | null][] = [
  // m 2, r 100, b 120: d +20%; p 100/120 − 1 = −16.7%, against d, and head = r: undone.
  [[100, 110, 120], 100, 'FLOPs: this PR undoes the +20.0% of the last 2 merges'],
  // The issue's example: m 5, r 100, b 88: d −12%; head 100 = r.
  [[100, 100, 97, 95, 90, 88], 100, 'FLOPs: this PR undoes the −12.0% of the last 5 merges'],
  // m 3, r 100, b 103: d +3%; p 104/103 − 1 = +0.971% → +1.0%, the same way.
  [[100, 101, 102, 103], 104, 'FLOPs +3.0% over the last 3 merges, +1.0% more in this PR'],
  // Seven points: m 5 looks back to the second (100), not the first (50): unchanged.
  [[50, 100, 100, 100, 100, 100, 100], 100, 'unchanged'],
  // m 1: d +10%, p 121/110 − 1 = +10%.
  [[100, 110], 121, 'FLOPs +10.0% over the last merge, +10.0% more in this PR'],
  // Against d but not back to r: 110 is 10% from 100 (> 1%). p 110/120 − 1 = −8.33%.
  [[100, 120], 110, 'FLOPs +20.0% over the last merge, −8.3% in this PR'],
  // The tolerance: 100.9 is within 1% of 100 (undone); 98.9 is 1.1% off (not).
  [[100, 120], 100.9, 'FLOPs: this PR undoes the +20.0% of the last merge'],
  // p 98.9/120 − 1 = −0.17583 → −17.6%.
  [[100, 120], 98.9, 'FLOPs +20.0% over the last merge, −17.6% in this PR'],
  // One baseline point: no drift, m 0.
  [[100], 104, 'FLOPs +4.0% in this PR'],
  [[100], 100, 'unchanged'],
  [[100, 100], 90, 'FLOPs unchanged over the last merge, −10.0% in this PR'],
  [[100, 90], 90, 'FLOPs −10.0% over the last merge, unchanged in this PR'],
  // A zero has no relative change: nothing to say.
  [[0, 10], 10, null],
  [[10], 0, 'FLOPs −100% in this PR'],
  [[0], 10, null],
  [[], 10, null],
];

for (const [values, head, expected] of CASES) {
  test(`the summary of [${values.join(', ')}] then ${head}: ${expected}`, () => {
    assert.equal(trendClause('FLOPs', values, head), expected);
  });
}

// --- points for a view ---------------------------------------------------------------------

const HW_A = 'a'.repeat(16);
const HW_B = 'b'.repeat(16);

function point(
  c: string,
  totals: { params: number; flops: number; weightBytes: number },
  latency?: { ms: number; hw: string; batch?: number },
): HistoryPoint {
  return {
    commit: c.repeat(40),
    date: '2026-01-01T00:00:00.000Z',
    ...(latency ? { hardware: latency.hw } : {}),
    units: [
      {
        id: 'mlp',
        totals,
        ...(latency ? { latency: { p50Ms: latency.ms, batch: latency.batch ?? 1 } } : {}),
      },
    ],
  };
}

/**
 * Three baselines and a head: params 4, 9, 16 then 25 (a count below 1,000: no scale); FLOPs
 * 2 M, 2 M, 2 M then 2 M (constant: no chart); weight bytes 1, 2, 3 MiB then 2 MiB. Latency
 * 2 ms (A), 3 ms (B), 2.2 ms (A), head 2.1 ms on A.
 */
function view(): HistoryView {
  const MiB = 2 ** 20;
  return {
    baseline: [
      point('a', { params: 4, flops: 2e6, weightBytes: MiB }, { ms: 2, hw: HW_A }),
      point('b', { params: 9, flops: 2e6, weightBytes: 2 * MiB }, { ms: 3, hw: HW_B }),
      point('c', { params: 16, flops: 2e6, weightBytes: 3 * MiB }, { ms: 2.2, hw: HW_A }),
    ],
    head: point('d', { params: 25, flops: 2e6, weightBytes: 2 * MiB }, { ms: 2.1, hw: HW_A }),
  };
}

test('the summary line of a model: the indicators that moved, each by the rule', () => {
  // params: m 2, r 4, b 16: d +300%; p 25/16 − 1 = +56.25% → +56.3%, the same way.
  // FLOPs: unchanged. Weight bytes: r 1, b 3 MiB: d +200%; p 2/3 − 1 = −33.3%, not back to 1.
  assert.equal(
    historySummary(view(), 'mlp'),
    'History: params +300% over the last 2 merges, +56.3% more in this PR; ' +
      'weight bytes +200% over the last 2 merges, −33.3% in this PR.',
  );
  const flat = view();
  for (const p of [...flat.baseline, flat.head]) {
    p.units[0].totals = { params: 4, flops: 8, weightBytes: 16 };
  }
  assert.equal(
    historySummary(flat, 'mlp'),
    'History: params, FLOPs and weight bytes unchanged over the last 2 merges and in this PR.',
  );
  // A model the baselines never had: nothing to say.
  assert.equal(historySummary(view(), 'other'), null);
});

test('the charts: each indicator that moved, and latency over the points of this hardware only', () => {
  const drawn = historyCharts(view(), 'mlp', 'PR 7');
  assert.equal(drawn.points, 3);
  // FLOPs did not move: listed, not drawn (2e6 FLOPs print as 2.00 MFLOPs).
  assert.deepEqual(drawn.constant, ['FLOPs 2.00 MFLOPs']);
  assert.equal(drawn.charts.length, 3);
  const [params, weights, latency] = drawn.charts;
  assert.equal(
    params,
    [
      '```mermaid',
      '---',
      'config:',
      '  themeVariables:',
      '    xyChart:',
      '      plotColorPalette: "#0969da"',
      '  xyChart:',
      '    width: 860',
      '    height: 260',
      '---',
      'xychart-beta',
      '    title "params - 3 baselines then PR 7"',
      '    x-axis ["aaaaaaa", "bbbbbbb", "ccccccc", "PR 7"]',
      '    y-axis "params"',
      '    line [4, 9, 16, 25]',
      '```',
    ].join('\n'),
  );
  // Weight bytes in MiB: 1, 2, 3, then 2.
  assert.match(weights, /title "weight bytes in MiB - 3 baselines then PR 7"/);
  assert.match(weights, /y-axis "weight bytes in MiB"\n {4}line \[1, 2, 3, 2\]/);
  // Latency: b was measured on other hardware: a, c and the head, 2, 2.2, 2.1 ms.
  assert.match(latency, /title "latency p50 in ms - only the 3 points measured on this hardware"/);
  assert.match(
    latency,
    /x-axis \["aaaaaaa", "ccccccc", "PR 7"\]\n {4}y-axis "ms"\n {4}line \[2, 2.2, 2.1\]/,
  );
});

test('a latency below a millisecond is charted in microseconds', () => {
  const v = view();
  for (const p of [...v.baseline, v.head]) p.units[0].latency!.p50Ms /= 100;
  // 0.02, 0.022 and 0.021 ms: 20, 22 and 21 µs.
  assert.match(
    historyCharts(v, 'mlp', 'PR 7').charts[2],
    /title "latency p50 in µs - only the 3 points measured on this hardware"\n.*\n {4}y-axis "µs"\n {4}line \[20, 22, 21\]/,
  );
});

test('no latency chart with fewer than two points of this hardware, or at another batch', () => {
  const v = view();
  v.head.hardware = 'c'.repeat(16);
  assert.equal(historyCharts(v, 'mlp', 'PR 7').charts.length, 2);
  const batch = view();
  batch.head.units[0].latency!.batch = 8;
  assert.equal(historyCharts(batch, 'mlp', 'PR 7').charts.length, 2);
});

test('a chart label is made safe: quotes, brackets and markup cannot leave the string', () => {
  const text = lineChart('t"] ; click', 'a<b>', ['x"], [1', '<img>'], [1, 2]);
  assert.match(text, /title "t__ _ click"/);
  assert.match(text, /y-axis "a_b_"/);
  assert.match(text, /x-axis \["x___ _1", "_img_"\]/);
  // Two labels that clean to the same text stay two categories.
  assert.match(lineChart('t', 'y', ['a"', 'a<'], [1, 2]), /x-axis \["a_", "a_ 2"\]/);
});

// --- in the comparison's Markdown ----------------------------------------------------------

function comparison() {
  const c = validComparison();
  c.head.label = '#7';
  c.history = view();
  return c;
}

test('the comment: the summary line, then a collapsed section with the charts', () => {
  const text = renderMarkdown(comparison());
  assert.match(
    text,
    /_History: params \+300% over the last 2 merges, \+56\.3% more in this PR; weight bytes \+200% over the last 2 merges, −33\.3% in this PR\._/,
  );
  assert.match(
    text,
    /<details>\n<summary>History of the base branch: 3 baselines, then this PR<\/summary>\n\n```mermaid/,
  );
  assert.match(text, /Unchanged over these points: FLOPs 2\.00 MFLOPs\./);
  // Once, under mlp (the other models have no points).
  assert.equal(text.split('History of the base branch').length - 1, 1);
});

test('the length budget drops the history charts with the others, and keeps the summary', () => {
  const full = renderMarkdown(comparison());
  const cut = renderMarkdown(comparison(), { maxChars: full.length - 1 });
  assert.ok(cut.length < full.length);
  assert.match(cut, /charts dropped/);
  assert.match(cut, /_History: params \+300%/);
  assert.doesNotMatch(cut, /History of the base branch/);
  assert.doesNotMatch(cut, /xychart-beta/);
});

// --- in the matrix's one comment -------------------------------------------------------------

test('the matrix comment: the first runner with a history gives it, and says whose it is', () => {
  const withHistory = comparison();
  const without = { ...comparison(), history: undefined };
  const runs = [
    { runner: 'windows', comparison: without },
    { runner: 'ubuntu', comparison: withHistory },
  ];
  const text = renderAggregateMarkdown(runs);
  // The same summary as in ubuntu's own comment (the same view).
  assert.match(text, /_History: params \+300% over the last 2 merges, \+56\.3% more in this PR;/);
  assert.match(
    text,
    /_The history and its latency chart are those of \*\*ubuntu\*\*'s baselines\._/,
  );
  assert.match(text, /<summary>History of the base branch: 3 baselines, then this PR<\/summary>/);
  assert.equal(text.split('History of the base branch').length - 1, 1);
  // Alone, a runner needs no "whose".
  assert.doesNotMatch(
    renderAggregateMarkdown([{ runner: 'ubuntu', comparison: withHistory }]),
    /those of \*\*ubuntu\*\*/,
  );
  // Short of room: the hardware goes first, then the charts (before any static row); the
  // summary stays, and the cut is said.
  const noHardware = renderAggregateMarkdown(runs, { maxChars: text.length - 1 });
  assert.match(noHardware, /hardware dropped\./);
  const cut = renderAggregateMarkdown(runs, { maxChars: noHardware.length - 1 });
  assert.match(cut, /hardware dropped; history charts dropped\./);
  assert.match(cut, /\| embedding params +\|/);
  assert.match(cut, /_History: params \+300%/);
  assert.doesNotMatch(cut, /xychart-beta/);
});
