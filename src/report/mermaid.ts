/**
 * Mermaid charts for the report. GitHub renders ```mermaid blocks in comments, so a picture costs
 * no image hosting. xychart-beta draws several bar series on top of each other and has no legend,
 * so base and head sit side by side as neighbouring bars of one series ("Conv base", "Conv head"):
 * bars for the share of time, a line through the same points for the share of FLOPs. The gap
 * between them is the point: an op type whose bar towers over its line is slow for the work it
 * does, and the pair shows whether the change made that better or worse. Kept low (a comment is
 * read on one screen) and to the few op types that take the time.
 */
import { mermaidLabel } from './markdown-escape.ts';

/** One op type on both sides; a side it does not exist on is null. */
export interface SharePair {
  /** Untrusted (an op type); made safe here. */
  label: string;
  /** Fractions, 0..1. */
  base: { timeShare: number; flopsShare: number } | null;
  head: { timeShare: number; flopsShare: number } | null;
}

/** Height of the chart in pixels: low, so that it does not fill the screen. */
const HEIGHT = 220;

/** Width in pixels: a comment's column, so that "Conv base" and "Conv head" do not overlap. */
const WIDTH = 860;

/** One xychart-beta block: per op type, base then head, share of time (bars) and FLOPs (line). */
export function shareChart(pairs: SharePair[]): string {
  const pct = (x: number | undefined) => (100 * (x ?? 0)).toFixed(1);
  const labels: string[] = [];
  const time: string[] = [];
  const flops: string[] = [];
  for (const p of pairs) {
    for (const side of ['base', 'head'] as const) {
      labels.push(`"${mermaidLabel(p.label)} ${side}"`);
      time.push(pct(p[side]?.timeShare));
      flops.push(pct(p[side]?.flopsShare));
    }
  }
  // The axis ends at the next 10% above the largest value, so small shares stay visible.
  const top = Math.min(
    100,
    10 * Math.ceil(Math.max(10, ...time.map(Number), ...flops.map(Number)) / 10),
  );
  return xyChart(HEIGHT, [
    '    title "Share of time (bars) and of FLOPs (line), %, base and head"',
    `    x-axis [${labels.join(', ')}]`,
    `    y-axis "%" 0 --> ${top}`,
    `    bar [${time.join(', ')}]`,
    `    line [${flops.join(', ')}]`,
  ]);
}

/** A ```mermaid xychart-beta block of the comment's width, `height` pixels high. */
function xyChart(height: number, lines: string[], theme: string[] = []): string {
  const config = [
    '---',
    'config:',
    ...theme,
    '  xyChart:',
    `    width: ${WIDTH}`,
    `    height: ${height}`,
  ];
  return ['```mermaid', ...config, '---', 'xychart-beta', ...lines, '```'].join('\n');
}

/** Height of a history chart: room for the y axis's ticks, which mermaid sets about 10 of. */
const LINE_HEIGHT = 260;

/** The line in a strong blue: mermaid's default line colour is too pale to read on white. */
const LINE_THEME = ['  themeVariables:', '    xyChart:', '      plotColorPalette: "#0969da"'];

/**
 * One line over points: `title` and `axis` are made safe here (they may hold a unit id), so are
 * the x labels (commits); values are numbers. Mermaid picks the y range from the values, so a
 * small change is visible.
 */
export function lineChart(title: string, axis: string, labels: string[], values: number[]): string {
  const seen = new Map<string, number>();
  const safe = labels.map((l) => {
    const label = mermaidLabel(l, 12);
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    // Categories must differ, or mermaid draws two points on one.
    return `"${n > 1 ? `${label} ${n}` : label}"`;
  });
  return xyChart(
    LINE_HEIGHT,
    [
      `    title "${mermaidLabel(title, 100)}"`,
      `    x-axis [${safe.join(', ')}]`,
      `    y-axis "${mermaidLabel(axis, 30)}"`,
      `    line [${values.map((v) => String(Number(v.toPrecision(4)))).join(', ')}]`,
    ],
    LINE_THEME,
  );
}
