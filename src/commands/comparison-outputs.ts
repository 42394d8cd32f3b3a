/**
 * A comparison's three renderings, for writeOutputs (compare and run). Apart from options.ts so
 * that the commands that render no comparison (analyze) do not load the comparison's reports.
 */
import type { Comparison } from '../compare/types.ts';
import { toJson } from '../report/json.ts';
import { renderMarkdown } from '../report/markdown.ts';
import { renderComparisonTerminal } from '../report/terminal-compare.ts';

export const comparisonOutputs = (c: Comparison) => ({
  json: () => toJson(c),
  markdown: () => renderMarkdown(c),
  terminal: () => renderComparisonTerminal(c, { color: Boolean(process.stdout.isTTY) }),
});
