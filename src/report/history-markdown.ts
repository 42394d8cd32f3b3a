/**
 * The history section of a comparison's Markdown, per model: the one-line summary, then a
 * collapsed section with the charts (report/history.ts). Without charts (a report cut for
 * length) the summary stays.
 */
import type { HistoryView } from '../compare/history.ts';
import { exact } from '../format.ts';
import { historyCharts, historySummary } from './history.ts';
import { md } from './markdown-escape.ts';

/** The head as the summary names it ("this PR" for a pull request) and as a chart labels it. */
export function headNames(label: string): { name: string; short: string } {
  const pr = /^#(\d{1,9})$/.exec(label);
  return pr ? { name: 'this PR', short: `PR ${pr[1]}` } : { name: 'the head', short: 'head' };
}

export function historyBlocks(
  view: HistoryView,
  id: string,
  headLabel: string,
  withCharts: boolean,
): string[] {
  const { name, short } = headNames(headLabel);
  const summary = historySummary(view, id, name);
  if (!summary) return [];
  // The summary's words are the catalogue's and numbers: md() only guards the line's start.
  const blocks = [`_${md(summary)}_`];
  if (!withCharts) return blocks;
  const drawn = historyCharts(view, id, short);
  const parts = [...drawn.charts];
  if (drawn.constant.length > 0)
    parts.push(`Unchanged over these points: ${drawn.constant.join(', ')}.`);
  if (parts.length === 0) return blocks;
  const n = drawn.points;
  const title = `History of the base branch: ${exact(n)} baseline${n === 1 ? '' : 's'}, then ${name}`;
  blocks.push(`<details>\n<summary>${title}</summary>\n\n${parts.join('\n\n')}\n\n</details>`);
  return blocks;
}
