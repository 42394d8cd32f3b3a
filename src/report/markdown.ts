/**
 * The comparison as GitHub Markdown (a pull-request comment or a job summary): a headline, per
 * model the main table and the contradictions, then collapsible details. Everything is read from
 * the Comparison; nothing is recomputed. Text from the models or the pull request goes through
 * `md()`; the document never exceeds `maxChars`, details giving way first (budget.ts).
 */
import { contradictionLines } from '../compare/contradictions.ts';
import { headline } from '../compare/headline.ts';
import { markdownTable } from 'markdown-table';
import type { RuntimeDelta } from '../compare/runtime.ts';
import type {
  CommandDelta,
  Comparison,
  GateOutcome,
  ModelComparison,
  OpTypeShift,
  StaticDelta,
} from '../compare/types.ts';
import {
  exact,
  ms,
  percentChange,
  quantity,
  ratioChange,
  share,
  signedQuantity,
} from '../format.ts';
import { cutNote, fitComparison, type Plan } from './budget.ts';
import { historyBlocks } from './history-markdown.ts';
import { md, mdInline } from './markdown-escape.ts';
import { shareChart } from './mermaid.ts';
import { rooflineDetails, rooflineSentence } from './roofline.ts';

/** How the runtime verdicts were decided (threshold and CI as fractions). */
export interface MethodInfo {
  threshold: number;
  confidence: number;
  resamples: number;
  seed: number;
}

export interface MarkdownOptions {
  maxChars?: number;
  /** A hidden HTML marker for sticky comments, written first: '<!-- misnomer:report key=x -->'. */
  marker?: string;
  /**
   * The verdict settings, for the method paragraph. The Comparison does not carry them (yet);
   * without them the paragraph names the default settings (docs/measurement.md#defaults-and-why) and says so.
   */
  method?: MethodInfo;
}

const DEFAULT_METHOD: MethodInfo = {
  threshold: 0.05,
  confidence: 0.99,
  resamples: 10_000,
  seed: 1,
};

/** Op types in a chart (two bars each): more are unreadable in a comment. */
const CHART_OP_TYPES = 5;

/** An op type earns its bars with this share of time on either side. */
const CHART_MIN_SHARE = 0.05;

// Caps on untrusted text (characters before escaping): a 10 kB node name says no more than its
// first 100 characters, and one long string must not push the main table out of the budget.
export const CAP = {
  id: 200,
  label: 200,
  opType: 100,
  headline: 500,
  title: 300,
  evidence: 2000,
  note: 1000,
};

// --- verdicts ------------------------------------------------------------------------------

/** Short words with a plain symbol: readable in a rendered comment and in a text log alike. */
const VERDICT: Record<string, string> = {
  worse: '**✗ worse**',
  better: '✓ better',
  unchanged: '= unchanged',
  // Moved, but the indicator has no direction: shown without a judgement.
  changed: '↕ changed',
  inconclusive: '? inconclusive',
  'not-tested': '· not tested',
  'not-comparable': '≠ not comparable',
};

function verdictCell(verdict: string, incomplete = false): string {
  const word = VERDICT[verdict] ?? mdInline(verdict, 40);
  return incomplete ? `${word} (incomplete)` : word;
}

// --- the main table ------------------------------------------------------------------------

/** For a side that does not exist: the model's status says more than an exact verdict can. */
const ONE_SIDED: Record<string, string> = { added: '+ new', removed: '− gone' };

export function staticRow(d: StaticDelta, status: ModelComparison['status']): string[] {
  let change = '—';
  if (d.delta === 0) change = '0';
  else if (d.delta !== null) {
    const abs = signedQuantity(d.delta, d.unit);
    change = d.relative === null ? abs : `${percentChange(d.relative)} (${abs})`;
  }
  const verdict =
    d.delta === null ? (ONE_SIDED[status] ?? '—') : verdictCell(d.verdict, d.incomplete);
  return [
    mdInline(d.label, CAP.label),
    quantity(d.base, d.unit),
    quantity(d.head, d.unit),
    change,
    verdict,
  ];
}

function runtimeRow(d: RuntimeDelta): string[] {
  const change = d.ratio === null ? '—' : ratioChange(d.ratio, d.ci);
  return [
    mdInline(d.label, CAP.label),
    quantity(d.base, d.unit),
    quantity(d.head, d.unit),
    change,
    verdictCell(d.verdict),
  ];
}

function latencyRounds(m: ModelComparison): number {
  return m.runtime.find((d) => d.indicator === 'latency.p50')?.rounds ?? 0;
}

/** "40 rounds", or "40 rounds in 10 session pairs" when the rounds came from several. */
export function roundsText(m: ModelComparison): string {
  const lat = m.runtime.find((d) => d.indicator === 'latency.p50');
  const rounds = `${lat?.rounds ?? 0} rounds`;
  return lat?.pairs ? `${rounds} in ${lat.pairs} session pairs` : rounds;
}

function runtimeCaption(m: ModelComparison): string {
  switch (m.runtimeMode) {
    case 'paired':
      return `paired A/B, ${roundsText(m)}`;
    case 'unpaired':
      return 'two runs, same hardware, unpaired';
    case 'not-comparable':
      return 'hardware differs: for information only';
    default:
      return 'not measured';
  }
}

function mainTable(m: ModelComparison): string | null {
  const rows: string[][] = [];
  const blank = ['', '', '', ''];
  if (m.static.length > 0) {
    rows.push(['**static** · exact, from the graphs', ...blank]);
    rows.push(...m.static.map((d) => staticRow(d, m.status)));
  }
  if (m.runtime.length > 0) {
    rows.push([`**runtime** · ${runtimeCaption(m)}`, ...blank]);
    rows.push(...m.runtime.map(runtimeRow));
  }
  if (rows.length === 0) return null;
  return markdownTable([['indicator', 'base', 'head', 'change', 'verdict'], ...rows], {
    align: ['l', 'r', 'r', 'r', 'l'],
  });
}

/** The timed commands: median wall clock of base and head, the paired change and verdict. */
function commandsTable(commands: CommandDelta[] | undefined): string | null {
  if (!commands || commands.length === 0) return null;
  const rows = commands.map((d) => {
    const change = d.ratio === null ? '—' : ratioChange(d.ratio, d.ci);
    return [
      mdInline(d.name, CAP.label),
      quantity(d.base, 'ms'),
      quantity(d.head, 'ms'),
      change,
      verdictCell(d.verdict),
      md(d.reason, CAP.note),
    ];
  });
  const table = markdownTable(
    [['timed command', 'base', 'head', 'change', 'verdict', 'why'], ...rows],
    { align: ['l', 'r', 'r', 'r', 'l', 'l'] },
  );
  return `**Timed commands** (median wall clock, base and head run alternately)\n\n${table}`;
}

/** "Scenario decode: sequence_length 1, past_sequence_length 512." (escaped: from the config) */
export function scenarioLine(s: NonNullable<ModelComparison['scenario']>): string {
  const dims = Object.entries(s.dims)
    .map(([k, v]) => `${mdInline(k, CAP.label)} ${exact(v)}`)
    .join(', ');
  return `_Scenario **${mdInline(s.name, CAP.label)}**${dims ? `: ${dims}` : ''}._`;
}

function statusLine(m: ModelComparison): string | null {
  const why = m.reason ? `: ${mdInline(m.reason, CAP.note)}` : '';
  switch (m.status) {
    case 'added':
      return `**Added** in head (no base to compare with)${why}.`;
    case 'removed':
      return `**Removed** in head (only base figures)${why}.`;
    case 'failed':
      return `**✗ Failed**${why || ': no reason given'}.`;
    default:
      return null;
  }
}

// --- gates and contradictions ----------------------------------------------------------------

/**
 * The gates: the tripped ones in a table where the reviewer looks first, the passed ones folded
 * below it (a pass needs no action; its reason is there for whoever asks).
 */
function gatesTable(gates: GateOutcome[], fold: boolean): string | null {
  if (gates.length === 0) return null;
  const tripped = gates.filter((g) => g.tripped);
  const passed = gates.filter((g) => !g.tripped);
  const table = (list: GateOutcome[]) =>
    markdownTable(
      [
        ['gate', 'model', 'limit', 'outcome', 'reason'],
        ...list.map((g) => [
          mdInline(g.gate, CAP.label),
          mdInline(g.model, CAP.id),
          mdInline(g.limit, CAP.label),
          g.tripped ? '**✗ tripped**' : '✓ passed',
          mdInline(g.reason, CAP.note),
        ]),
      ],
      { align: ['l', 'l', 'r', 'l', 'l'] },
    );
  const blocks: string[] = [];
  // Without details (a report cut for length), the passes are only counted.
  const passes = (summary: string) =>
    fold ? details(summary, table(passed)) : `${summary} (cut for length).`;
  if (tripped.length > 0) {
    blocks.push(`**Gates: ${tripped.length} of ${gates.length} tripped**`, table(tripped));
    if (passed.length > 0) blocks.push(passes(`${passed.length} passed`));
  } else {
    blocks.push(passes(`Gates: ${gates.length} of ${gates.length} passed`));
  }
  return blocks.join('\n\n');
}

/** The contradictions, those that share a side merged into one line with their evidence once. */
function contradictionList(m: ModelComparison, limit: number): string | null {
  const lines = contradictionLines(m.contradictions);
  if (lines.length === 0 || limit <= 0) return null;
  const shown = lines.slice(0, limit);
  const items = shown.map(
    (x) =>
      `- **${mdInline(x.title, CAP.title)}**: ${mdInline(x.evidence, CAP.evidence) || 'no evidence given'}`,
  );
  const more = lines.length - shown.length;
  if (more > 0) items.push(`- … and ${more} more (cut for length; see the JSON comparison)`);
  const n = lines.length;
  return `**${n} contradiction${n === 1 ? '' : 's'}**\n\n${items.join('\n')}`;
}

// --- details -------------------------------------------------------------------------------

export function details(summary: string, body: string): string {
  // The blank lines let GitHub render the Markdown inside the HTML block.
  return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

function opWeight(o: OpTypeShift): number {
  const sides = [o.base, o.head].filter((s) => s !== null);
  return Math.max(0, ...sides.flatMap((s) => [s.flopsShare, s.timeShare ?? 0]));
}

/** Op types by their largest share of FLOPs or time on either side, then by name. */
function rankedOps(m: ModelComparison): OpTypeShift[] {
  return [...m.opTypes].sort(
    (a, b) => opWeight(b) - opWeight(a) || (a.opType < b.opType ? -1 : a.opType > b.opType ? 1 : 0),
  );
}

function hasTime(m: ModelComparison): boolean {
  return m.opTypes.some((o) => o.base?.timeShare !== undefined || o.head?.timeShare !== undefined);
}

function arrow(a: string, b: string): string {
  return a === b ? a : `${a} → ${b}`;
}

function opTable(ops: OpTypeShift[], timed: boolean): string {
  const head = ['op type', 'nodes', 'share of FLOPs'];
  if (timed) head.push('share of time', 'achieved FLOP/s');
  const rows = ops.map((o) => {
    const row = [
      mdInline(o.opType, CAP.opType),
      arrow(o.base ? exact(o.base.count) : '—', o.head ? exact(o.head.count) : '—'),
      arrow(share(o.base?.flopsShare), share(o.head?.flopsShare)),
    ];
    if (timed) {
      const fps = (x: number | undefined) => quantity(x, 'FLOP/s');
      row.push(
        arrow(share(o.base?.timeShare), share(o.head?.timeShare)),
        arrow(fps(o.base?.achievedFlopsPerSecond), fps(o.head?.achievedFlopsPerSecond)),
      );
    }
    return row;
  });
  return markdownTable([head, ...rows], { align: ['l', 'r', 'r', 'r', 'r'] });
}

/**
 * One chart per model, base and head side by side, for the op types that take the time; none
 * when it would add nothing to the table (fewer than two op types with a real share of time on
 * either side: one dominant bar says no more than its row).
 */
function chart(ops: OpTypeShift[]): string | null {
  const timeShare = (o: OpTypeShift) => Math.max(o.base?.timeShare ?? 0, o.head?.timeShare ?? 0);
  const top = ops.filter((o) => timeShare(o) >= CHART_MIN_SHARE).slice(0, CHART_OP_TYPES);
  if (top.length < 2) return null;
  const side = (s: OpTypeShift['base']) =>
    s ? { timeShare: s.timeShare ?? 0, flopsShare: s.flopsShare } : null;
  return shareChart(top.map((o) => ({ label: o.opType, base: side(o.base), head: side(o.head) })));
}

function opDetails(m: ModelComparison, rows: number, withCharts: boolean): string | null {
  if (m.opTypes.length === 0 || (rows === 0 && !withCharts)) return null;
  const ops = rankedOps(m);
  const timed = hasTime(m);
  const parts: string[] = [];
  const drawn = withCharts && timed ? chart(ops) : null;
  if (drawn) parts.push(drawn);
  if (rows > 0) {
    parts.push(opTable(ops.slice(0, rows), timed));
    if (rows < ops.length) parts.push(`Top ${rows} of ${exact(ops.length)} op types shown.`);
  }
  if (parts.length === 0) return null;
  const what = timed ? 'share of FLOPs and of time, achieved FLOP/s' : 'share of FLOPs';
  const count = `${exact(ops.length)} op type${ops.length === 1 ? '' : 's'}`;
  return details(`Per op type: ${what} (${count})`, parts.join('\n\n'));
}

function reasonDetails(m: ModelComparison): string | null {
  if (m.runtime.length === 0) return null;
  const rows = m.runtime.map((d) => [
    mdInline(d.label, CAP.label),
    verdictCell(d.verdict),
    d.pairs ? `${d.rounds} in ${d.pairs} pairs` : String(d.rounds),
    d.gating ? 'yes' : 'no',
    mdInline(d.reason, CAP.note),
  ]);
  const table = markdownTable([['indicator', 'verdict', 'rounds', 'can gate', 'why'], ...rows], {
    align: ['l', 'l', 'r', 'l', 'l'],
  });
  return details('Runtime verdicts: why', table);
}

function settingsDetails(c: Comparison): string | null {
  const s = c.settings;
  if (!s) return null;
  // Settings can come from a result file: untrusted, and not always the type they claim to be.
  const t = (v: unknown) => mdInline(String(v), CAP.label);
  const time = (v: unknown) => (typeof v === 'number' ? ms(v) : t(v));
  const rows = [
    ['execution provider', t(s.provider)],
    ['threads', `${t(s.intraOpThreads)} intra-op, ${t(s.interOpThreads)} inter-op`],
    ['graph optimization', t(s.graphOptimizationLevel)],
    ['execution mode', t(s.executionMode)],
    ['time budget', time(s.budgetMs)],
    ['warm-up', `≥ ${t(s.warmupRuns)} runs and ≥ ${time(s.warmupMs)}`],
    // Several models may each have their own batches: the rows above name theirs.
    ...(c.models.length > 1
      ? [['batches', 'per model: each runtime row names its batch']]
      : [
          ['latency batch', t(s.latencyBatch)],
          [
            'throughput batches',
            Array.isArray(s.batchSizes) && s.batchSizes.length ? t(s.batchSizes.join(', ')) : '—',
          ],
        ]),
    ['cold-start processes', t(s.coldStartRuns)],
    ['timeout per model process', time(s.timeoutMs)],
    ['input seed', t(s.seed)],
  ];
  return details('Settings', markdownTable([['setting', 'value'], ...rows]));
}

function hardwareDetails(c: Comparison): string | null {
  const h = c.hardware;
  if (!h) return null;
  const lines = [
    md(h.description, CAP.note) || 'no description',
    '',
    h.comparable
      ? 'Base and head were measured on comparable hardware.'
      : '**Not comparable**: runtime figures are shown for information and never gate.',
  ];
  if (h.differences.length > 0) {
    lines.push('', ...h.differences.map((d) => `- ${md(d, CAP.note)}`));
  }
  if (c.roofline) lines.push('', rooflineSentence(c.roofline));
  return details('Hardware', lines.join('\n'));
}

function methodDetails(c: Comparison, method: MethodInfo | undefined): string {
  const m = method ?? DEFAULT_METHOD;
  const pct = (x: number) => `${+(100 * x).toFixed(2)}%`;
  const rounds = Math.max(0, ...c.models.map(latencyRounds));
  const pairs = Math.max(
    0,
    ...c.models.map((x) => x.runtime.find((d) => d.indicator === 'latency.p50')?.pairs ?? 0),
  );
  const modes = new Set(c.models.map((x) => x.runtimeMode));
  const text = [
    'Static indicators are exact counts from the two graphs: MACs are multiply-accumulates',
    '(what torchvision calls "GFLOPS"), FLOPs count 2 per floating-point MAC plus bias,',
    'elementwise, normalization, reduction, pooling and resize work; any difference is a change.',
  ];
  if (modes.has('paired') && pairs > 0) {
    text.push(
      `Runtime: ${rounds} paired rounds on one machine, base and head interleaved run by run, in`,
      `${pairs} pairs of sessions created afresh (each pair runs at an offset of its own); per round`,
      'the median of each side, per pair the median of the rounds of ln(head/base), and the change',
      'is exp(their Hodges-Lehmann estimate) with its exact',
      `${pct(m.confidence)} Wilcoxon signed-rank confidence interval over the pairs.`,
    );
  } else if (modes.has('paired')) {
    text.push(
      `Runtime: ${rounds} paired rounds on one machine, base and head interleaved in random order;`,
      'per round the median of each side, the change is exp(median of ln(head/base)) with a',
      `${pct(m.confidence)} bootstrap confidence interval (${exact(m.resamples)} resamples, seed ${m.seed}).`,
      'All on one pair of sessions (the budget had no room for 8 pairs): the interval does not',
      'cover the offset a pair of sessions can carry (about 1% on the benchmark machine).',
    );
  }
  if (modes.has('unpaired')) {
    text.push(
      'Results of two runs on matching hardware are compared unpaired (the ratio of the medians,',
      'each side resampled), with a wider threshold.',
    );
  }
  if (modes.has('not-comparable')) {
    text.push('Runtime figures from differing hardware are shown for information and never gate.');
  }
  if (modes.has('paired') || modes.has('unpaired')) {
    text.push(
      `A change is worse or better when the interval excludes 1 and the estimate is beyond ±${pct(m.threshold)};`,
      `unchanged when the whole interval lies within ±${pct(m.threshold)}; otherwise inconclusive, which`,
      'never fails a build. Tail percentiles are shown, not tested; peak memory is decided on the',
      'range of its few pairs.',
    );
  }
  const measured = [...modes].some((x) => x === 'paired' || x === 'unpaired');
  if (measured && !method) {
    text.push("(misnomer's default settings: the comparison did not record its settings.)");
  }
  return details('Method', text.join(' '));
}

// --- assembly ------------------------------------------------------------------------------

function render(c: Comparison, o: MarkdownOptions, plan: Plan, cuts: string[]): string {
  const blocks: string[] = [];
  if (o.marker) blocks.push(o.marker);
  blocks.push(`**${md(c.headline || headline(c), CAP.headline)}**`);
  const side = (s: { label: string; commit?: string }) =>
    s.commit
      ? `${mdInline(s.label, CAP.label)} (${mdInline(s.commit.slice(0, 12), 12)})`
      : mdInline(s.label, CAP.label);
  blocks.push(
    `base ${side(c.base)} → head ${side(c.head)} · ${mdInline(c.tool.name, 40)} ${mdInline(c.tool.version, 40)}`,
  );
  const notes = (c.notes ?? []).map((n) => `> ${md(n, CAP.note)}`);
  if (notes.length > 0) blocks.push(notes.join('\n>\n'));
  const gates = gatesTable(c.gates, plan.globalDetails);
  if (gates) blocks.push(gates);
  const several = c.models.length > 1;
  for (const m of c.models) {
    if (several) blocks.push(`### ${md(m.id, CAP.id) || '(unnamed model)'}`);
    if (m.scenario) blocks.push(scenarioLine(m.scenario));
    const status = statusLine(m);
    if (status) blocks.push(status);
    // The contradictions first: they are what the report is for; the table is the evidence.
    const list = contradictionList(m, plan.contradictions);
    if (list) blocks.push(list);
    const table = mainTable(m);
    if (table) blocks.push(table);
    if (m.static.some((d) => d.incomplete)) {
      blocks.push('_incomplete: base or head could not count every op for this total._');
    }
    if (m.notes.length > 0) blocks.push(m.notes.map((n) => `> ${md(n, CAP.note)}`).join('\n>\n'));
    if (plan.modelDetails) {
      if (c.history) blocks.push(...historyBlocks(c.history, m.id, c.head.label, plan.charts));
      const ops = opDetails(m, Math.min(plan.opRows, m.opTypes.length), plan.charts);
      if (ops) blocks.push(ops);
      const roof = rooflineDetails(rankedOps(m), m.ridgeFlopsPerByte, plan.opRows, (op) =>
        mdInline(op, CAP.opType),
      );
      if (roof) blocks.push(details(roof.summary, roof.body));
      const reasons = reasonDetails(m);
      if (reasons) blocks.push(reasons);
    }
  }
  const commands = commandsTable(c.commands);
  if (commands) blocks.push(commands);
  if (plan.globalDetails) {
    for (const d of [
      settingsDetails(c),
      hardwareDetails(c),
      methodDetails(c, o.method ?? c.method),
    ]) {
      if (d) blocks.push(d);
    }
  }
  if (cuts.length > 0) blocks.push(cutNote(o.maxChars, cuts, WHOLE));
  return `${blocks.join('\n\n')}\n`;
}

const WHOLE = 'The JSON comparison';

/** The comparison as GitHub Markdown, at most `maxChars` characters (default 65,000). */
export function renderMarkdown(c: Comparison, options: MarkdownOptions = {}): string {
  const full: Plan = {
    opRows: Math.max(0, ...c.models.map((m) => m.opTypes.length)),
    charts: true,
    modelDetails: true,
    globalDetails: true,
    contradictions: Math.max(
      0,
      ...c.models.map((m) => contradictionLines(m.contradictions).length),
    ),
  };
  return fitComparison(full, CHART_OP_TYPES, options, WHOLE, (plan, cuts) =>
    render(c, options, plan, cuts),
  );
}
