/**
 * Mermaid charts for the report. GitHub renders ```mermaid blocks in comments, so a picture costs
 * no image hosting. xychart-beta draws several bar series on top of each other and has no legend,
 * so one chart shows one side: bars for the share of time, a line for the share of FLOPs, and
 * the gap between them is the point (an op type whose bar towers over its line is slow for the
 * work it does).
 */
import { mermaidLabel } from './markdown-escape.ts';

export interface ShareBar {
  /** Untrusted (an op type); made safe here. */
  label: string;
  /** Fractions, 0..1. */
  timeShare: number;
  flopsShare: number;
}

/** One xychart-beta block: share of time (bars) and of FLOPs (line) per op type, in percent. */
export function shareChart(side: 'base' | 'head', bars: ShareBar[]): string {
  const pct = (x: number) => (100 * x).toFixed(1);
  const labels = bars.map((b) => `"${mermaidLabel(b.label)}"`);
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${side}: share of time (bars) and of FLOPs (line), %"`,
    `    x-axis [${labels.join(', ')}]`,
    '    y-axis "%" 0 --> 100',
    `    bar [${bars.map((b) => pct(b.timeShare)).join(', ')}]`,
    `    line [${bars.map((b) => pct(b.flopsShare)).join(', ')}]`,
    '```',
  ].join('\n');
}
