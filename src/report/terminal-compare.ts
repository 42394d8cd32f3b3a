/**
 * The comparison on a terminal: the headline, per model the static table (base, head, change)
 * and the runtime table (ratio, 99% CI, verdict), the contradictions with their evidence and the
 * gates that tripped; run notes and timed commands when there are. Colors only when asked (a TTY); the text is the same without them.
 */
import type { Comparison, ModelComparison } from '../compare/types.ts';
import { contradictionLines } from '../compare/contradictions.ts';
import { clean } from '../text.ts';
import { bareQuantity, percentChange, quantity, ratioChange } from '../format.ts';
import { rooflineSentence } from './roofline.ts';
import { table } from './table.ts';
import { renderRuntimeComparison } from './terminal-measure.ts';

const COLORS = { red: 31, green: 32, yellow: 33, bold: 1, dim: 2 } as const;

export function renderComparisonTerminal(c: Comparison, options: { color?: boolean } = {}): string {
  const paint = (text: string, color: keyof typeof COLORS) =>
    options.color ? `\x1b[${COLORS[color]}m${text}\x1b[0m` : text;
  const out: string[] = [paint(clean(c.headline), 'bold'), ''];
  for (const n of c.notes ?? []) out.push(paint(clean(n), 'dim'));
  if (c.notes?.length) out.push('');
  for (const m of c.models) out.push(...renderModel(m, c, paint), '');
  if (c.commands?.length) {
    const t = table(
      ['timed command', clean(c.base.label), clean(c.head.label), 'change', 'verdict'],
      ['left', 'right', 'right', 'right', 'left'],
    );
    for (const d of c.commands) {
      const change = d.ratio === null ? '—' : ratioChange(d.ratio, d.ci);
      const color = d.verdict === 'worse' ? 'red' : d.verdict === 'better' ? 'green' : 'dim';
      t.push([
        clean(d.name),
        quantity(d.base, 'ms'),
        quantity(d.head, 'ms'),
        change,
        paint(d.verdict, color),
      ]);
    }
    out.push(t.toString(), '');
  }
  const tripped = c.gates.filter((g) => g.tripped);
  for (const g of tripped)
    out.push(
      paint(
        `✗ gate ${clean(g.gate)} ${clean(g.limit)} (${clean(g.model)}): ${clean(g.reason)}`,
        'red',
      ),
    );
  if (c.gates.length && !tripped.length)
    out.push(paint(`✓ all ${c.gates.length} gates passed`, 'green'));
  if (c.roofline) out.push('', paint(rooflineSentence(c.roofline), 'dim'));
  return out.join('\n').trimEnd() + '\n';
}

function renderModel(
  m: ModelComparison,
  c: Comparison,
  paint: (t: string, k: keyof typeof COLORS) => string,
): string[] {
  const title = c.models.length > 1 ? [paint(`── ${clean(m.id)} ──`, 'bold')] : [];
  if (m.scenario) {
    const dims = Object.entries(m.scenario.dims).map(([k, v]) => `${clean(k)}=${v}`);
    title.push(`scenario ${clean(m.scenario.name)}${dims.length ? `: ${dims.join(', ')}` : ''}`);
  }
  if (m.status !== 'compared')
    return [...title, `${clean(m.id)}: ${m.status}${m.reason ? ` (${clean(m.reason)})` : ''}`];
  const t = table(
    ['indicator', clean(c.base.label), clean(c.head.label), 'change'],
    ['left', 'right', 'right', 'right'],
  );
  for (const d of m.static) {
    const change =
      d.relative === null
        ? d.delta
          ? 'new'
          : '='
        : d.relative === 0
          ? '='
          : percentChange(d.relative);
    const color = d.verdict === 'worse' ? 'red' : d.verdict === 'better' ? 'green' : 'dim';
    t.push([
      d.label,
      bareQuantity(d.base, d.unit) + (d.incomplete ? ' *' : ''),
      bareQuantity(d.head, d.unit),
      paint(change, color),
    ]);
  }
  const lines = [...title, t.toString()];
  if (m.runtime.length)
    lines.push(
      renderRuntimeComparison(
        m.runtime,
        { base: c.base.label, head: c.head.label },
        false,
      ).trimEnd(),
    );
  else lines.push('runtime: not measured');
  for (const x of contradictionLines(m.contradictions)) {
    lines.push(paint(`⚠ ${clean(x.title)}`, 'yellow'), `  ${clean(x.evidence)}`);
  }
  for (const n of m.notes) lines.push(paint(`note: ${clean(n)}`, 'dim'));
  return lines;
}
