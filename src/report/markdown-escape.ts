/**
 * Untrusted text (op types, model ids, labels, evidence, reasons, notes: they come from model
 * files and pull requests) on its way into a GitHub comment. The result is one line of literal
 * text: it cannot open or close HTML (so no `</details>`, no `<img>`, no forged marker comment),
 * split a table cell, start a code span, link, heading, quote or list, typeset math, mention a
 * user or team, or reference an issue (`#123`, `owner/repo#123`, `GH-123`).
 */
import { clean } from '../text.ts';

/**
 * A zero-width space as an entity. GitHub links mentions, issue references and bare URLs on the
 * rendered text, where an entity is already decoded, so only a character that breaks the pattern
 * helps; the entity keeps it visible in the Markdown source (Renovate and Dependabot do the same).
 */
const ZWSP = '&#8203;';

const REPLACEMENTS: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  // An entity, not `\|`: GitHub splits table rows before it reads backslash escapes, and an
  // entity cannot be undone by a backslash in front of it.
  '|': '&#124;',
  '`': '&#96;',
  '\\': '\\\\',
  '[': '\\[',
  ']': '\\]',
  '*': '\\*',
  _: '\\_',
  '~': '\\~',
  $: '\\$',
  '@': `@${ZWSP}`,
  '#': `#${ZWSP}`,
};

const SPECIAL = /[&<>|`\\[\]*_~$@#]/g;

/** Cuts to at most `max` characters (code points), marking the cut with '…'. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = [...text];
  if (points.length <= max) return text;
  return `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/**
 * Untrusted text as literal Markdown on one line, safe anywhere, even at the start of a line or
 * after a list or quote marker; cut to `max` characters first (before escaping, so the cut never
 * splits an entity).
 */
export function md(text: string, max = Infinity): string {
  // Block syntax that only matters at the start of a line: list items, setext underlines and
  // ordered lists (`#` and `>` are already neutral).
  return mdInline(text, max)
    .replace(/^[-+=]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * The same for text that follows other text on its line (a table cell, after a label): block
 * syntax cannot start there, so "+5%" and "1.30" stay as they are.
 */
export function mdInline(text: string, max = Infinity): string {
  const line = clean(text.replace(/\r\n?/g, '\n')).trim();
  return (
    truncate(line, max)
      .replace(SPECIAL, (ch) => REPLACEMENTS[ch])
      // GitHub's extended autolinks start at "scheme://" and "www."
      .replace(/:\/\//g, `:${ZWSP}//`)
      .replace(/\b(www)\./gi, `$1${ZWSP}.`)
      // GitHub also links `GH-123` (any case) to issue 123, like `#123`.
      .replace(/\b(gh)-(?=\d)/gi, `$1${ZWSP}-`)
  );
}

/**
 * A label for a mermaid chart, inside double quotes: only letters, digits, space and `._+-`
 * survive (quotes, brackets, `#`, `;`, `%` and `<` all mean something to mermaid or to the HTML
 * it emits), cut to `max` characters.
 */
export function mermaidLabel(text: string, max = 20): string {
  const safe = clean(text)
    .replace(/[^\p{L}\p{N} ._+-]/gu, '_')
    .trim();
  return truncate(safe, max) || '_';
}
