/**
 * One comment for a matrix: several jobs (runners, execution providers) each compared the same
 * pull request, and the reader wants them side by side. A headline per runner; per model the
 * runtime indicators with a column per runner, the static indicators once (they come from the
 * graph, not the machine: runners that disagree are shown apart and said to), the contradictions
 * of each runner; the history of the base branch (one runner's, said which); the gates that
 * tripped; each runner's hardware. Runner names, model ids and
 * every other string from the comparisons are untrusted and go through `md()`.
 */
import { markdownTable } from 'markdown-table';
import { contradictionLines } from '../compare/contradictions.ts';
import { headline } from '../compare/headline.ts';
import type { RuntimeDelta } from '../compare/runtime.ts';
import type { Comparison, ModelComparison, StaticDelta } from '../compare/types.ts';
import { exact, percentChange, quantity } from '../format.ts';
import { md, mdInline } from './markdown-escape.ts';
import { cutNote, DEFAULT_MAX_CHARS, hardCut, largest } from './budget.ts';
import { historyBlocks } from './history-markdown.ts';
import { CAP, details, roundsText, scenarioLine, staticRow } from './markdown.ts';

const WHOLE = "Each runner's JSON comparison";

export interface AggregateRun {
  /** The matrix job's name, e.g. "ubuntu-latest / cpu": untrusted. */
  runner: string;
  comparison: Comparison;
}

export interface AggregateOptions {
  marker?: string;
  maxChars?: number;
}

/** Characters of a runner name (before escaping): it heads a column. */
const RUNNER_CAP = 60;

/** A verdict in a cell: the symbol alone, the legend says the words. */
const SYMBOL: Record<string, string> = {
  worse: '**✗**',
  better: '✓',
  unchanged: '=',
  changed: '↕',
  inconclusive: '?',
  'not-tested': '·',
  'not-comparable': '≠',
};
const LEGEND =
  '_Runtime cells: head value (change from base) and verdict: ✓ better · **✗** worse · ' +
  '= unchanged · ↕ changed (no direction) · ? inconclusive · · not tested · ≠ not comparable · ' +
  '— not on that runner._';

/** One run, ready to render: its escaped name and its models by id. */
interface Column {
  name: string;
  c: Comparison;
  models: Map<string, ModelComparison>;
}

function columns(runs: AggregateRun[]): Column[] {
  const seen = new Map<string, number>();
  return runs.map(({ runner, comparison }) => {
    const base = String(runner ?? '').trim() || 'runner';
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    const models = new Map<string, ModelComparison>();
    for (const m of comparison.models) if (!models.has(m.id)) models.set(m.id, m);
    return { name: mdInline(n > 1 ? `${base} (${n})` : base, RUNNER_CAP), c: comparison, models };
  });
}

// --- runtime: a column per runner -----------------------------------------------------------

const ROWS: Record<string, { rank: number; label: string }> = {
  'latency.p50': { rank: 0, label: 'latency p50' },
  'latency.p90': { rank: 1, label: 'latency p90' },
  coldStart: { rank: 3, label: 'cold start' },
  peakRss: { rank: 4, label: 'peak memory' },
};

/** A runtime row shown here (throughput rows sit between the tails and cold start, by batch). */
function rowOf(key: string): { rank: number; label: string } | null {
  const b = /^throughput\.b(\d+)$/.exec(key);
  if (b) return { rank: 2 + Number(b[1]) / 1e9, label: `throughput (batch ${b[1]})` };
  return Object.hasOwn(ROWS, key) ? ROWS[key] : null;
}

function cell(d: RuntimeDelta | undefined): string {
  if (!d || d.head === null) return '—';
  const mark = SYMBOL[d.verdict] ?? mdInline(String(d.verdict), 20);
  const value = quantity(d.head, d.unit);
  if (d.ratio === null || !Number.isFinite(d.ratio)) return `${value} ${mark}`;
  return `${value} (${percentChange(d.ratio - 1)}) ${mark}`;
}

/** How this runner measured the model. */
function how(m: ModelComparison | undefined): string {
  if (!m) return '—';
  if (m.runtime.length === 0 && m.status !== 'compared') return mdInline(String(m.status), 20);
  if (m.runtimeMode === 'paired') return `paired, ${roundsText(m)}`;
  if (m.runtimeMode === 'unpaired') return 'unpaired (two runs)';
  return m.runtimeMode === 'not-comparable' ? 'hardware differs' : 'not measured';
}

function runtimeTable(id: string, cols: Column[]): string | null {
  const keys = new Set<string>();
  for (const col of cols) for (const d of col.models.get(id)?.runtime ?? []) keys.add(d.indicator);
  const shown = [...keys].filter((k) => rowOf(k)).sort((a, b) => rowOf(a)!.rank - rowOf(b)!.rank);
  if (shown.length === 0) return null;
  const rows = [['measured', ...cols.map((col) => how(col.models.get(id)))]];
  for (const key of shown) {
    const find = (col: Column) => col.models.get(id)?.runtime.find((d) => d.indicator === key);
    rows.push([rowOf(key)!.label, ...cols.map((col) => cell(find(col)))]);
  }
  return markdownTable([['indicator', ...cols.map((c) => c.name)], ...rows], {
    align: ['l', ...cols.map(() => 'r')],
  });
}

// --- static: once, unless the runners disagree ------------------------------------------------

/** A static row of one runner. */
type Seen = { col: Column; d: StaticDelta; status: ModelComparison['status'] };

function staticBlock(id: string, cols: Column[], all: boolean): string | null {
  const byKey = new Map<string, Map<string, Seen[]>>();
  for (const col of cols) {
    const m = col.models.get(id);
    for (const d of m?.static ?? []) {
      // Grouped by value: runners that agree share a row.
      const groups = byKey.get(d.indicator) ?? new Map<string, Seen[]>();
      byKey.set(d.indicator, groups);
      const sig = JSON.stringify([d.base, d.head]);
      groups.set(sig, [...(groups.get(sig) ?? []), { col, d, status: m!.status }]);
    }
  }
  if (byKey.size === 0) return null;
  const rows: string[][] = [];
  const disputed: string[] = [];
  let hidden = 0;
  for (const groups of byKey.values()) {
    const firsts = [...groups.values()].map((g) => g[0]);
    if (groups.size === 1) {
      const { d, status } = firsts[0];
      if (all || d.verdict !== 'unchanged') rows.push(staticRow(d, status));
      else hidden++;
      continue;
    }
    disputed.push(mdInline(firsts[0].d.label, CAP.label));
    for (const group of groups.values()) {
      const row = staticRow(group[0].d, group[0].status);
      row[0] += ` ⚠ ${group.map((x) => x.col.name).join(', ')}`;
      rows.push(row);
    }
  }
  const parts: string[] = [];
  if (rows.length > 0) {
    parts.push(
      markdownTable([['static indicator', 'base', 'head', 'change', 'verdict'], ...rows], {
        align: ['l', 'r', 'r', 'r', 'l'],
      }),
    );
  }
  if (hidden > 0)
    parts.push(`_${hidden} unchanged static indicator${hidden === 1 ? '' : 's'} hidden._`);
  if (disputed.length > 0) {
    parts.push(
      `⚠ **The runners disagree on ${disputed.join(', ')}.** Static indicators come from the ` +
        'graph alone and do not depend on the machine, so these runners analyzed different model ' +
        'files or ran different versions of misnomer; each value is shown with its runners.',
    );
  }
  return parts.join('\n\n');
}

// --- the history: one runner's --------------------------------------------------------------

/**
 * The history of the first runner whose comparison carries one for this model. The static
 * totals are the same on every runner; latency is charted for that runner's hardware only, so
 * the section says whose it is.
 */
function historyPart(id: string, cols: Column[], charts: boolean): string[] {
  const col = cols.find((x) => x.c.history && x.models.has(id));
  if (!col) return [];
  const blocks = historyBlocks(col.c.history!, id, col.c.head.label, charts);
  if (blocks.length < 2 || cols.length < 2) return blocks;
  const whose = `_The history and its latency chart are those of **${col.name}**'s baselines._`;
  return [blocks[0], whose, ...blocks.slice(1)];
}

// --- per runner: status, contradictions, gates, hardware -------------------------------------

const STATUS: Record<string, string> = {
  added: '**added** in head',
  removed: '**removed** in head',
  failed: '**✗ failed**',
};

function statusLines(id: string, cols: Column[]): string | null {
  const lines: string[] = [];
  for (const col of cols) {
    const m = col.models.get(id);
    if (m?.status === 'compared') continue;
    const why = m?.reason ? `: ${mdInline(m.reason, CAP.note)}` : '';
    const what = m ? (STATUS[m.status] ?? mdInline(String(m.status), 20)) : 'not in its comparison';
    lines.push(`- **${col.name}**: ${what}${why}`);
  }
  return lines.length > 0 ? lines.join('\n') : null;
}

function contradictions(id: string, cols: Column[], limit: number): string[] {
  const out: string[] = [];
  for (const col of cols) {
    const list = contradictionLines(col.models.get(id)?.contradictions ?? []);
    if (list.length === 0) continue;
    const items = list
      .slice(0, limit)
      .map(
        (x) =>
          `- **${mdInline(x.title, CAP.title)}**: ${mdInline(x.evidence, CAP.evidence) || 'no evidence given'}`,
      );
    if (list.length > limit) {
      items.push(`- … and ${list.length - limit} more (cut for length; see its JSON comparison)`);
    }
    const n = list.length;
    out.push(`**⚠ ${col.name}: ${n} contradiction${n === 1 ? '' : 's'}**\n\n${items.join('\n')}`);
  }
  return out;
}

/** The tripped gates of the models shown (and of none in particular); the others are counted. */
function gates(cols: Column[], shown: Set<string>, ids: Set<string>): string | null {
  const total = cols.reduce((n, col) => n + col.c.gates.length, 0);
  if (total === 0) return null;
  const tripped = cols.flatMap((col) =>
    col.c.gates.filter((g) => g.tripped).map((g) => ({ col, g })),
  );
  if (tripped.length === 0) return `Gates: all ${total} passed on every runner.`;
  const listed = tripped.filter(({ g }) => shown.has(g.model) || !ids.has(g.model));
  const rows = listed.map(({ col, g }) => [
    col.name,
    mdInline(g.gate, CAP.label),
    mdInline(g.model, CAP.id),
    mdInline(g.limit, CAP.label),
    mdInline(g.reason, CAP.note),
  ]);
  const table = markdownTable([['runner', 'gate', 'model', 'limit', 'reason'], ...rows], {
    align: ['l', 'l', 'l', 'r', 'l'],
  });
  const hidden = tripped.length - listed.length;
  const more = hidden > 0 ? `\n\n… and ${exact(hidden)} more on the models not shown.` : '';
  return `**Gates: ${exact(tripped.length)} of ${exact(total)} tripped**\n\n${table}${more}`;
}

function hardware(cols: Column[]): string {
  const lines = cols.map((col) => {
    const h = col.c.hardware;
    const s = col.c.settings;
    const setup = s
      ? ` · ${mdInline(String(s.provider), 40)} provider, ${mdInline(String(s.intraOpThreads), 10)} intra-op / ${mdInline(String(s.interOpThreads), 10)} inter-op threads`
      : '';
    if (!h) return `- **${col.name}**: not measured${setup}.`;
    const comparable = h.comparable
      ? 'base and head comparable'
      : `**not comparable**${h.differences.length ? `: ${h.differences.map((d) => mdInline(d, CAP.note)).join('; ')}` : ''}`;
    return `- **${col.name}**: ${mdInline(h.description, CAP.note) || 'no description'}${setup} · ${comparable}.`;
  });
  return details('Hardware per runner', lines.join('\n'));
}

// --- assembly and the length budget --------------------------------------------------------

interface Plan {
  hardware: boolean;
  /** false: unchanged static rows are hidden. */
  staticAll: boolean;
  /** Models shown (the others are counted). */
  models: number;
  /** Contradictions per runner and model. */
  contradictions: number;
  /** The history's charts (its summary line stays). */
  charts: boolean;
}

function render(runs: AggregateRun[], o: AggregateOptions, plan: Plan, cuts: string[]): string {
  const cols = columns(runs);
  const blocks: string[] = [];
  if (o.marker) blocks.push(o.marker);
  const n = cols.length;
  blocks.push(`**misnomer on ${exact(n)} runner${n === 1 ? '' : 's'}**`);
  if (n === 0) blocks.push('No runner produced a comparison.');
  const sides = new Set(cols.map((col) => JSON.stringify([col.c.base, col.c.head])));
  if (n > 0) {
    const side = (s: { label: string; commit?: string }) =>
      `${mdInline(s.label, CAP.label)}${s.commit ? ` (${mdInline(s.commit.slice(0, 12), 12)})` : ''}`;
    const different = sides.size > 1 ? ' · ⚠ the runners did not all compare the same commits' : '';
    blocks.push(`base ${side(cols[0].c.base)} → head ${side(cols[0].c.head)}${different}`);
    blocks.push(
      cols
        .map((col) => `- **${col.name}**: ${md(col.c.headline || headline(col.c), CAP.headline)}`)
        .join('\n'),
    );
    blocks.push(LEGEND);
  }
  const ids = [...new Set(cols.flatMap((col) => [...col.models.keys()]))];
  for (const id of ids.slice(0, plan.models)) {
    if (ids.length > 1) blocks.push(`### ${md(id, CAP.id) || '(unnamed model)'}`);
    const scenario = cols.map((col) => col.models.get(id)?.scenario).find(Boolean);
    if (scenario) blocks.push(scenarioLine(scenario));
    for (const part of [
      statusLines(id, cols),
      runtimeTable(id, cols),
      staticBlock(id, cols, plan.staticAll),
    ]) {
      if (part) blocks.push(part);
    }
    blocks.push(...contradictions(id, cols, plan.contradictions));
    blocks.push(...historyPart(id, cols, plan.charts));
    const notes = [...new Set(cols.flatMap((col) => col.models.get(id)?.notes ?? []))];
    if (notes.length > 0) blocks.push(notes.map((x) => `> ${md(x, CAP.note)}`).join('\n>\n'));
  }
  const hidden = ids.length - Math.min(plan.models, ids.length);
  if (hidden > 0)
    blocks.push(`… and ${exact(hidden)} more model${hidden === 1 ? '' : 's'} not shown.`);
  const g = gates(cols, new Set(ids.slice(0, plan.models)), new Set(ids));
  if (g) blocks.push(g);
  if (plan.hardware && n > 0) blocks.push(hardware(cols));
  if (cuts.length > 0) blocks.push(cutNote(o.maxChars, cuts, WHOLE));
  return `${blocks.join('\n\n')}\n`;
}

function describeCuts(plan: Plan, full: Plan): string[] {
  const cuts: string[] = [];
  if (!plan.hardware) cuts.push('hardware dropped');
  if (!plan.charts && full.charts) cuts.push('history charts dropped');
  if (!plan.staticAll) cuts.push('unchanged static indicators hidden');
  if (plan.models < full.models) cuts.push(`${plan.models} of ${full.models} models shown`);
  if (plan.contradictions < full.contradictions) {
    cuts.push(`only the first ${plan.contradictions} contradictions per runner shown`);
  }
  return cuts;
}

/** One comment for several runners' comparisons, at most `maxChars` characters (default 65,000). */
export function renderAggregateMarkdown(
  runs: AggregateRun[],
  options: AggregateOptions = {},
): string {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const models = new Set(runs.flatMap((r) => r.comparison.models.map((m) => m.id))).size;
  const most = Math.max(
    0,
    ...runs.flatMap((r) =>
      r.comparison.models.map((m) => contradictionLines(m.contradictions).length),
    ),
  );
  const charts = runs.some((r) => r.comparison.history);
  const full: Plan = { hardware: true, staticAll: true, models, contradictions: most, charts };
  const attempt = (plan: Plan) => render(runs, options, plan, describeCuts(plan, full));
  const fits = (plan: Plan) => attempt(plan).length <= maxChars;
  // Detail first: the hardware, the history's charts, the unchanged static rows; then whole
  // models; then contradictions.
  const lighter = [full, { ...full, hardware: false }, { ...full, hardware: false, charts: false }];
  for (const plan of lighter) if (fits(plan)) return attempt(plan);
  const lean = { ...full, hardware: false, staticAll: false, charts: false };
  if (fits(lean)) return attempt(lean);
  const shown = largest(1, models - 1, (k) => fits({ ...lean, models: k }));
  if (shown >= 1) return attempt({ ...lean, models: shown });
  const one = { ...lean, models: Math.min(1, models) };
  const kept = largest(1, most - 1, (k) => fits({ ...one, contradictions: k }));
  if (kept >= 1) return attempt({ ...one, contradictions: kept });
  // Hostile input only (huge names, thousands of gates): a hard cut at a line boundary. The
  // hardware <details> is gone by now, so no block is left open.
  return hardCut(
    attempt({ ...one, contradictions: Math.min(1, most) }),
    options.marker,
    maxChars,
    WHOLE,
  );
}
