/**
 * The length budget of the Markdown reports: a GitHub comment holds 65,536 characters, so a
 * report that would be longer gives up detail in a fixed order and says what it left out. The
 * comparison's order is here (fitComparison); the result and aggregate reports share the
 * helpers (the cut note, the search for the largest count that fits, the last-resort cut).
 */
import { exact } from '../format.ts';

/** Below GitHub's 65,536-character comment limit, with room for a caller's footer. */
export const DEFAULT_MAX_CHARS = 65_000;

/** What to include; the full report first, then less and less until it fits. */
export interface Plan {
  opRows: number;
  charts: boolean;
  modelDetails: boolean;
  globalDetails: boolean;
  /** Contradictions per model (only a last resort cuts these). */
  contradictions: number;
}

/**
 * The comparison report that fits: `render` draws it for a plan and the cuts to mention; the
 * full plan first, then less and less (op rows down to the chart's op types, no charts, no
 * per-model details, no details at all, fewer contradictions, and last a hard cut).
 */
export function fitComparison(
  full: Plan,
  chartOpTypes: number,
  options: { maxChars?: number; marker?: string },
  whole: string,
  render: (plan: Plan, cuts: string[]) => string,
): string {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const mostOps = full.opRows;
  const mostContradictions = full.contradictions;
  const fits = (s: string) => s.length <= maxChars;
  const attempt = (plan: Plan) => render(plan, describeCuts(plan, full));

  const everything = attempt(full);
  if (fits(everything)) return everything;

  // 1. Fewer op rows, down to the op types the chart shows.
  const floor = Math.min(chartOpTypes, mostOps);
  const withChart = largest(floor, mostOps - 1, (n) => fits(attempt({ ...full, opRows: n })));
  if (withChart >= floor && mostOps > 0) return attempt({ ...full, opRows: withChart });
  // 2. No charts, and as many op rows as fit (none at all is allowed).
  const noChart = { ...full, charts: false };
  const rows = largest(0, mostOps, (n) => fits(attempt({ ...noChart, opRows: n })));
  if (rows >= 1) return attempt({ ...noChart, opRows: rows });
  // 3. No per-model details; 4. no details at all.
  const noModel = { ...noChart, opRows: 0, modelDetails: false };
  if (fits(attempt(noModel))) return attempt(noModel);
  const bare = { ...noModel, globalDetails: false };
  const essentials = attempt(bare);
  if (fits(essentials)) return essentials;
  // 5. Last resort (only hostile or absurd inputs get here): fewer contradictions, then a
  // hard cut at a line boundary. The essentials hold no <details>, so no block is left open.
  const kept = largest(1, mostContradictions - 1, (n) =>
    fits(attempt({ ...bare, contradictions: n })),
  );
  if (kept >= 1) return attempt({ ...bare, contradictions: kept });
  return hardCut(attempt({ ...bare, contradictions: 1 }), options.marker, maxChars, whole);
}

function describeCuts(plan: Plan, full: Plan): string[] {
  const cuts: string[] = [];
  if (plan.modelDetails && plan.opRows < full.opRows) {
    cuts.push(
      plan.opRows > 0
        ? `per-op-type tables show the top ${exact(plan.opRows)} op type${plan.opRows === 1 ? '' : 's'}`
        : 'per-op-type tables dropped',
    );
  }
  if (plan.modelDetails && !plan.charts && full.charts) cuts.push('charts dropped');
  if (!plan.modelDetails) cuts.push('per-op-type breakdown, charts and verdict reasons dropped');
  if (!plan.globalDetails) cuts.push('settings, hardware and method dropped');
  if (plan.contradictions < full.contradictions) {
    cuts.push(`only the first ${plan.contradictions} contradictions per model shown`);
  }
  return cuts;
}

/**
 * The line that says what a shortened report left out; `whole` names where everything is
 * ('The JSON comparison'). Shared by the comparison, result and aggregate reports.
 */
export function cutNote(maxChars: number | undefined, cuts: string[], whole: string): string {
  const max = exact(maxChars ?? DEFAULT_MAX_CHARS);
  return `_Shortened to fit ${max} characters: ${cuts.join('; ')}. ${whole} has everything._`;
}

/** The largest n in [lo, hi] for which fits(n) holds (fits is monotone), or lo - 1. */
export function largest(lo: number, hi: number, fits: (n: number) => boolean): number {
  let best = lo - 1;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * The last resort of every report's length budget: cut at a line boundary, with the note. The
 * callers cut only text that holds no open <details> by then.
 */
export function hardCut(
  text: string,
  marker: string | undefined,
  maxChars: number,
  whole: string,
): string {
  const note = `\n\n${cutNote(maxChars, ['the report itself was cut off here'], whole)}\n`;
  const room = maxChars - note.length;
  // Absurdly small limits: the marker alone, so that the sticky comment can still be found.
  if (room <= (marker?.length ?? 0)) return (marker ?? '').slice(0, maxChars);
  let cut = text.slice(0, room);
  const nl = cut.lastIndexOf('\n');
  if (nl > 0) cut = cut.slice(0, nl);
  return `${cut}${note}`;
}
