/**
 * Terminal tables for `misnomer analyze`: totals with their conventions, the per-op-type
 * breakdown (sorted by FLOPs, with shares of FLOPs, bytes and nodes), optionally every node,
 * and models side by side. Pure: takes analyses, returns text.
 */
import type { Analysis, Totals } from '../analyze/types.ts';
import { clean } from '../text.ts';
import { table } from './table.ts';
import { bytes, exact, percent, si } from './format.ts';

interface Row {
  key: keyof Totals;
  label: string;
  show: (t: Totals) => string;
  convention: string | ((t: Totals) => string);
}

const ROWS: Row[] = [
  {
    key: 'params',
    label: 'params',
    show: (t) => `${si(t.params)} (${exact(t.params)})`,
    convention: 'weight elements, each tensor once',
  },
  {
    key: 'paramsPerUse',
    label: 'params per use',
    show: (t) => si(t.paramsPerUse),
    convention: 'once per consuming node (> params: shared weights)',
  },
  {
    key: 'embeddingParams',
    label: 'embedding params',
    show: (t) => si(t.embeddingParams),
    convention: 'tables gathered by input-derived indices',
  },
  {
    key: 'nonEmbeddingParams',
    label: 'non-embedding params',
    show: (t) => si(t.nonEmbeddingParams),
    convention: 'params − embedding params',
  },
  {
    key: 'weightBytes',
    label: 'weight memory',
    show: (t) => bytes(t.weightBytes),
    convention: dtypeSplit,
  },
  {
    key: 'macs',
    label: 'MACs',
    show: (t) => si(t.macs),
    convention: 'multiply-accumulates of dense ops (torchvision "GFLOPS")',
  },
  {
    key: 'flops',
    label: 'FLOPs',
    show: (t) => si(t.flops),
    convention: '2 × MACs + elementwise, norms, pooling',
  },
  {
    key: 'transcendentals',
    label: 'transcendentals',
    show: (t) => si(t.transcendentals),
    convention: 'exp, log, tanh, erf, sqrt, ... evaluations',
  },
  {
    key: 'intOps',
    label: 'integer ops',
    show: (t) => si(t.intOps),
    convention: 'quantized / integer arithmetic',
  },
  {
    key: 'bytesAccessed',
    label: 'bytes accessed',
    show: (t) => bytes(t.bytesAccessed),
    convention: 'inputs read + outputs written, per node',
  },
  {
    key: 'arithmeticIntensity',
    label: 'arithmetic intensity',
    show: (t) =>
      t.arithmeticIntensity === null ? '—' : `${t.arithmeticIntensity.toFixed(2)} FLOP/B`,
    convention: 'FLOPs / bytes accessed',
  },
  {
    key: 'peakActivationBytes',
    label: 'peak activation memory',
    show: (t) => bytes(t.peakActivationBytes),
    convention: 'largest set of live tensors, execution order',
  },
  {
    key: 'modelFileBytes',
    label: 'model file',
    show: (t) => bytes(t.modelFileBytes),
    convention: 'on disk, external data included',
  },
  {
    key: 'nodes',
    label: 'nodes',
    show: (t) => exact(t.nodes),
    convention: 'after function expansion, subgraphs included',
  },
];

function dtypeSplit(t: Totals): string {
  const parts = Object.entries(t.paramsByDtype).map(([d, n]) => `${d} ${si(n)}`);
  return parts.length ? parts.join(', ') : 'no weights';
}

export function renderAnalysis(a: Analysis, options: { perNode?: boolean } = {}): string {
  const mark = (key: keyof Totals) => (a.incompleteTotals.includes(key) ? ' *' : '');
  const dims = Object.entries(a.dims)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
  const lines = [`${clean(a.model.path)}${dims ? `  (${clean(dims)})` : ''}`, ''];

  const totals = table(['indicator', 'value', 'convention'], ['left', 'right', 'left']);
  for (const r of ROWS) {
    const convention = typeof r.convention === 'string' ? r.convention : r.convention(a.totals);
    totals.push([r.label, r.show(a.totals) + mark(r.key), convention]);
  }
  lines.push(totals.toString(), '');
  lines.push(renderOpTypes(a), '');
  if (options.perNode && a.nodes) lines.push(renderNodes(a), '');
  lines.push(...renderProblems(a));
  return lines.join('\n').trimEnd() + '\n';
}

function renderOpTypes(a: Analysis): string {
  const t = a.totals;
  const ops = table(
    ['op type', 'nodes', '% nodes', 'MACs', 'FLOPs', '% FLOPs', 'bytes', '% bytes', 'FLOP/B'],
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
  for (const [op, c] of Object.entries(a.byOpType)) {
    ops.push([
      clean(op),
      exact(c.count),
      percent(c.count, t.nodes),
      si(c.macs),
      si(c.flops),
      percent(c.flops, t.flops),
      bytes(c.bytesAccessed),
      percent(c.bytesAccessed, t.bytesAccessed),
      c.arithmeticIntensity === null ? '—' : c.arithmeticIntensity.toFixed(2),
    ]);
  }
  return ops.toString();
}

function renderNodes(a: Analysis): string {
  const nodes = table(
    ['node', 'op type', 'output shapes', 'MACs', 'FLOPs', 'bytes'],
    ['left', 'left', 'left', 'right', 'right', 'right'],
  );
  for (const n of a.nodes ?? []) {
    const shapes = n.outputShapes.map((s) => (s ? `[${s.join(',')}]` : '[?]')).join(' ');
    nodes.push([
      clean(n.name),
      clean(n.opType),
      clean(shapes),
      si(n.macs),
      si(n.flops),
      bytes(n.bytesAccessed),
    ]);
  }
  return nodes.toString();
}

function renderProblems(a: Analysis): string[] {
  const out: string[] = [];
  if (a.incomplete) {
    out.push(`* incomplete: ${a.incompleteTotals.join(', ')} leave out what could not be counted:`);
    for (const u of a.uncounted) {
      out.push(
        `  - ${u.count} × ${clean(u.domain ? `${u.domain}/${u.opType}` : u.opType)} (no cost rule), e.g. ${u.examples.map((e) => clean(e)).join(', ')}`,
      );
    }
    for (const u of a.unresolved.slice(0, 10))
      out.push(`  - ${clean(u.node)} (${clean(u.opType)}): ${clean(u.reason)}`);
    if (a.unresolved.length > 10)
      out.push(`  - ... and ${a.unresolved.length - 10} more nodes (see --json)`);
  }
  for (const w of a.warnings) out.push(`warning: ${clean(w)}`);
  for (const n of a.notes.slice(0, 10)) out.push(`note: ${clean(n)}`);
  if (a.notes.length > 10) out.push(`note: ... and ${a.notes.length - 10} more (see --json)`);
  return out;
}

/** Several models side by side; the last column compares the last model with the first. */
export function renderSideBySide(items: { label: string; analysis: Analysis }[]): string {
  const first = items[0].analysis.totals;
  const last = items[items.length - 1].analysis.totals;
  const head = ['indicator', ...items.map((i) => clean(i.label))];
  if (items.length > 1) head.push('change');
  const t = table(head, ['left', ...items.map(() => 'right' as const), 'right']);
  for (const r of ROWS) {
    const row = [
      r.label,
      ...items.map(
        (i) =>
          r.show(i.analysis.totals) + (i.analysis.incompleteTotals.includes(r.key) ? ' *' : ''),
      ),
    ];
    if (items.length > 1) row.push(relative(first[r.key], last[r.key]));
    t.push(row);
  }
  return t.toString() + '\n';
}

function relative(a: unknown, b: unknown): string {
  if (typeof a !== 'number' || typeof b !== 'number') return '';
  if (a === b) return '=';
  if (a === 0) return 'new';
  const r = (100 * (b - a)) / a;
  return `${r > 0 ? '+' : '−'}${Math.abs(r).toFixed(1)}%`;
}
