/**
 * A run with nothing to compare with (a push that saves a baseline, a pull request whose base has
 * none yet) as GitHub Markdown: per model its static indicators and, when measured, its runtime
 * ones, the op types that take the time, and the machine in one line. Text from the result
 * (model ids, op types, errors, the note) goes through `md()`; the document stays under
 * `maxChars`, the per-op-type details giving way first, then whole models.
 */
import { markdownTable } from 'markdown-table';
import type { Analysis, Totals } from '../analyze/types.ts';
import type { Result, ResultModel } from '../compare/result.ts';
import { outsideKernelsDetail } from '../measure/bubble.ts';
import { fingerprintText } from '../measure/fingerprint.ts';
import { rooflineSentence } from './roofline.ts';
import type { ModelMeasurement, OpTime } from '../measure/types.ts';
import { splitUnit } from '../scenario.ts';
import { exact, quantity, share } from '../format.ts';
import { indicator, labelOf } from '../indicators.ts';
import { md, mdInline } from './markdown-escape.ts';
import { cutNote, DEFAULT_MAX_CHARS, hardCut, largest } from './budget.ts';
import { CAP, details, scenarioLine } from './markdown.ts';

const WHOLE = 'The JSON result';

export interface ResultMarkdownOptions {
  /** A hidden HTML marker for sticky comments, written first. */
  marker?: string;
  maxChars?: number;
  /** The first line, in bold; 'misnomer' by default. */
  title?: string;
  /** Under the title, as a quote: why there is no comparison. */
  note?: string;
}

/** The totals shown, in order; integer ops only when there are any. */
const ROWS: (keyof Totals)[] = [
  'params',
  'macs',
  'flops',
  'transcendentals',
  'intOps',
  'bytesAccessed',
  'arithmeticIntensity',
  'weightBytes',
  'peakActivationBytes',
  'nodes',
];

/** Op types in a model's details when everything fits. */
const TOP_OPS = 10;

/** A result can come from a file: a number the renderer reads is used only when it is one. */
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const text = (v: unknown, max: number): string => mdInline(String(v ?? ''), max);
const pct = (x: number | null | undefined) => share(num(x));

function staticRows(a: Analysis): string[][] {
  const incomplete = Array.isArray(a.incompleteTotals) ? a.incompleteTotals : [];
  return ROWS.flatMap((key) => {
    const value = num(a.totals[key]);
    if (key === 'intOps' && !value) return [];
    const row = indicator(key);
    const mark = incomplete.includes(key) ? ' \\*' : '';
    return [[row.label, `${quantity(value, row.unit)}${mark}`, '']];
  });
}

function runtimeRows(m: ModelMeasurement): string[][] {
  const rows: string[][] = [];
  const lat = m.latency;
  if (lat) {
    const batch = num(lat.batch);
    const s = lat.summary;
    const cv = num(s?.cv);
    const spread = `${num(s?.count) ?? '?'} runs${cv === null ? '' : ` · CV ${pct(cv)}`}`;
    rows.push([
      `${labelOf('latency.p50')} (batch ${batch ?? '?'})`,
      quantity(num(s?.p50), 'ms'),
      spread,
    ]);
    rows.push([labelOf('latency.p90'), quantity(num(s?.p90), 'ms'), 'reported, not tested']);
    rows.push([labelOf('latency.p99'), quantity(num(s?.p99), 'ms'), 'reported, not tested']);
  }
  for (const t of Array.isArray(m.throughput) ? m.throughput : []) {
    const tokens = num(t.tokensPerSecond);
    rows.push([
      `${labelOf('throughput')} (batch ${num(t.batch) ?? '?'})`,
      quantity(num(t.examplesPerSecond), 'examples/s'),
      tokens === null ? '' : quantity(tokens, 'tokens/s'),
    ]);
  }
  if (m.coldStart) {
    const n = num(m.coldStart.summary?.count);
    const detail = `session creation, median of ${n ?? '?'} fresh processes`;
    rows.push([labelOf('coldStart'), quantity(num(m.coldStart.summary?.p50), 'ms'), detail]);
  }
  if (m.firstRun) {
    const detail = 'first inference after load';
    rows.push([labelOf('firstRun'), quantity(num(m.firstRun.summary?.p50), 'ms'), detail]);
  }
  if (m.peakRss) {
    const detail = 'RSS above the same process without the model';
    rows.push([labelOf('peakRss'), quantity(num(m.peakRss.bytes), 'bytes'), detail]);
  }
  const outside = m.opProfile?.outsideKernels;
  if (outside) {
    const detail = outsideKernelsDetail(outside, (x) => quantity(x, 'ms'));
    rows.push([labelOf('outsideKernels'), quantity(num(outside.ms), 'ms'), detail]);
  }
  const fps = num(m.achievedFlopsPerSecond);
  if (fps) {
    const row = indicator('achievedFlopsPerSecond');
    rows.push([row.label, quantity(fps, row.unit), row.convention]);
  }
  return rows;
}

function mainTable(m: ResultModel): string {
  const rows = [['**static** · exact, from the graph', '', ''], ...staticRows(m.analysis)];
  const runtime = m.measurement ? runtimeRows(m.measurement) : [];
  if (runtime.length > 0) rows.push(['**runtime** · measured on this runner', '', ''], ...runtime);
  return markdownTable([['indicator', 'value', 'detail'], ...rows], { align: ['l', 'r', 'l'] });
}

/** Said under the table: what could not be counted, and a measurement that failed. */
function remarks(m: ResultModel): string[] {
  const out: string[] = [];
  const uncounted = Array.isArray(m.analysis.uncounted) ? m.analysis.uncounted : [];
  if (m.analysis.incomplete || uncounted.length > 0) {
    const ops = uncounted
      .slice(0, 5)
      .map((u) => `${text(u.opType, CAP.opType)} (×${num(u.count) ?? '?'})`);
    const more = uncounted.length > 5 ? `, and ${uncounted.length - 5} more` : '';
    const what = ops.length ? `: ${ops.join(', ')}${more}` : '';
    out.push(`_\\* incomplete: some ops could not be counted${what}._`);
  }
  const meas = m.measurement;
  if (meas && meas.status !== 'ok') {
    const why = meas.error ? `: ${text(meas.error, CAP.note)}` : '';
    out.push(`**✗ Measurement ${text(meas.status, 40)}**${why}.`);
  }
  return out;
}

/** Op types as ONNX Runtime ran them, by share of kernel time. */
function timeTable(profile: Record<string, OpTime>, rows: number): [string, number] {
  const ops = Object.entries(profile).sort(
    (x, y) => (num(y[1]?.share) ?? 0) - (num(x[1]?.share) ?? 0),
  );
  const body = ops
    .slice(0, rows)
    .map(([op, t]) => [
      mdInline(op, CAP.opType),
      quantity(num(t?.ms), 'ms'),
      pct(t?.share),
      pct(t?.flopsShare),
      quantity(num(t?.achievedFlopsPerSecond), 'FLOP/s'),
      quantity(num(t?.calls), 'count'),
    ]);
  const head = [
    'op type (as run)',
    'time per inference',
    'share of time',
    'share of FLOPs',
    'achieved FLOP/s',
    'calls',
  ];
  return [markdownTable([head, ...body], { align: ['l', 'r', 'r', 'r', 'r', 'r'] }), ops.length];
}

/** Op types of the graph, by share of FLOPs. */
function flopsTable(a: Analysis, rows: number): [string, number] {
  const flops = num(a.totals.flops) ?? 0;
  const moved = num(a.totals.bytesAccessed) ?? 0;
  const share = (part: unknown, whole: number) => (whole ? pct((num(part) ?? 0) / whole) : '—');
  const ops = Object.entries(a.byOpType ?? {}).sort(
    (x, y) => (num(y[1]?.flops) ?? 0) - (num(x[1]?.flops) ?? 0),
  );
  const body = ops
    .slice(0, rows)
    .map(([op, c]) => [
      mdInline(op, CAP.opType),
      quantity(num(c?.count), 'count'),
      share(c?.flops, flops),
      share(c?.bytesAccessed, moved),
    ]);
  const head = ['op type', 'nodes', 'share of FLOPs', 'share of bytes'];
  return [markdownTable([head, ...body], { align: ['l', 'r', 'r', 'r'] }), ops.length];
}

/** The top op types: by share of time when profiled, else by share of FLOPs. */
function opDetails(m: ResultModel, rows: number): string | null {
  if (rows <= 0) return null;
  const profile = m.measurement?.opProfile?.byOpType;
  const timed = !!profile && typeof profile === 'object' && Object.keys(profile).length > 0;
  const [table, total] = timed ? timeTable(profile, rows) : flopsTable(m.analysis, rows);
  if (total === 0) return null;
  const count = `${exact(total)} op type${total === 1 ? '' : 's'}`;
  const summary = timed
    ? `Top op types by share of time (${count}, as ONNX Runtime ran them)`
    : `Top op types by share of FLOPs (${count})`;
  const more = rows < total ? `\n\nTop ${rows} of ${count} shown.` : '';
  return details(summary, `${table}${more}`);
}

function machineLine(r: Result): string | null {
  const f = r.fingerprint;
  const s = r.settings;
  if (!f) return null;
  let machine: string;
  try {
    machine = fingerprintText(f);
  } catch {
    return null; // a fingerprint from a damaged or edited file: said as unrecorded
  }
  let line = `Measured on ${mdInline(machine, CAP.note)}`;
  if (s) {
    line +=
      ` · ${text(s.provider, 40)} provider, ${text(s.intraOpThreads, 10)} intra-op / ` +
      `${text(s.interOpThreads, 10)} inter-op threads, optimization ${text(s.graphOptimizationLevel, 20)}`;
  }
  return `${line}.`;
}

// --- assembly and the length budget --------------------------------------------------------

interface Plan {
  /** Op types in each model's details (0: none). */
  opRows: number;
  /** Models shown; the others are counted. */
  models: number;
}

function render(r: Result, o: ResultMarkdownOptions, plan: Plan, cuts: string[]): string {
  const blocks: string[] = [];
  if (o.marker) blocks.push(o.marker);
  blocks.push(`**${md(o.title ?? 'misnomer', CAP.headline) || 'misnomer'}**`);
  if (o.note) blocks.push(`> ${md(o.note, CAP.note)}`);
  const n = r.models.length;
  const commit =
    typeof r.commit === 'string' ? ` · commit ${mdInline(r.commit.slice(0, 12), 12)}` : '';
  blocks.push(
    `${exact(n)} model${n === 1 ? '' : 's'}${commit} · misnomer ${text(r.tool?.version, 40)}`,
  );
  const measured = r.models.some((m) => m.measurement);
  blocks.push(
    machineLine(r) ??
      (measured ? 'Measured on unrecorded hardware.' : 'Static analysis only: not measured.'),
  );
  if (r.roofline) blocks.push(rooflineSentence(r.roofline));
  for (const m of r.models.slice(0, plan.models)) {
    blocks.push(`### ${md(m.id, CAP.id) || '(unnamed model)'}`);
    const { scenario } = splitUnit(String(m.id));
    const dims = m.analysis?.dims;
    if (scenario && dims && typeof dims === 'object') {
      blocks.push(scenarioLine({ name: scenario, dims: numbersOnly(dims) }));
    }
    blocks.push(mainTable(m), ...remarks(m));
    const ops = opDetails(m, plan.opRows);
    if (ops) blocks.push(ops);
  }
  const hidden = n - plan.models;
  if (hidden > 0) {
    blocks.push(`… and ${exact(hidden)} more model${hidden === 1 ? '' : 's'} not shown.`);
  }
  if (cuts.length > 0) blocks.push(cutNote(o.maxChars, cuts, WHOLE));
  return `${blocks.join('\n\n')}\n`;
}

function describeCuts(plan: Plan, full: Plan): string[] {
  const cuts: string[] = [];
  if (plan.opRows < full.opRows) {
    cuts.push(
      plan.opRows > 0 ? `op types cut to the top ${plan.opRows}` : 'op-type details dropped',
    );
  }
  if (plan.models < full.models) cuts.push(`${plan.models} of ${full.models} models shown`);
  return cuts;
}

/** The result as GitHub Markdown, at most `maxChars` characters (default 65,000). */
export function renderResultMarkdown(result: Result, options: ResultMarkdownOptions = {}): string {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const full: Plan = { opRows: TOP_OPS, models: result.models.length };
  const attempt = (plan: Plan) => render(result, options, plan, describeCuts(plan, full));
  const fits = (plan: Plan) => attempt(plan).length <= maxChars;
  if (fits(full)) return attempt(full);
  // 1. Fewer op types per model, then none; 2. fewer models.
  const rows = largest(1, TOP_OPS - 1, (n) => fits({ ...full, opRows: n }));
  if (rows >= 1) return attempt({ ...full, opRows: rows });
  const bare = { ...full, opRows: 0 };
  if (fits(bare)) return attempt(bare);
  const models = largest(1, full.models - 1, (n) => fits({ ...bare, models: n }));
  if (models >= 1) return attempt({ ...bare, models });
  // 3. A hostile input (a huge model id, a huge note): a hard cut at a line boundary. Nothing
  // here holds a <details>, so no block is left open.
  return hardCut(
    attempt({ ...bare, models: Math.min(1, full.models) }),
    options.marker,
    maxChars,
    WHOLE,
  );
}

/** A result is untrusted: only the dims whose values are numbers are shown. */
function numbersOnly(dims: Record<string, unknown>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(dims).filter((e): e is [string, number] => typeof e[1] === 'number'),
  );
}
