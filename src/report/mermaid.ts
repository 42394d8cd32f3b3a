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
  return [
    '```mermaid',
    '---',
    'config:',
    '  xyChart:',
    `    width: ${WIDTH}`,
    `    height: ${HEIGHT}`,
    '---',
    'xychart-beta',
    '    title "Share of time (bars) and of FLOPs (line), %, base and head"',
    `    x-axis [${labels.join(', ')}]`,
    `    y-axis "%" 0 --> ${top}`,
    `    bar [${time.join(', ')}]`,
    `    line [${flops.join(', ')}]`,
    '```',
  ].join('\n');
}
