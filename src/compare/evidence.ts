/**
 * The evidence of a contradiction: one or two plain sentences saying which op types moved and
 * how the hardware was used, computed from the op-type shifts and the static and runtime deltas
 * of one model. The first sentence is about the graph (node count, shares of FLOPs and bytes,
 * peak activations), the second about the run (shares of time from the profiler, achieved
 * FLOP/s). Deterministic: ties go to the op type whose name sorts first (code-unit order, not
 * locale). Op type names are passed through as they are; the renderer escapes them.
 */
import { bytes, exact, quantity, share, signedInteger } from '../format.ts';
import { labelOf } from '../indicators.ts';
import { outsideKernelsClause } from './bubble.ts';
import { ridgeCrossing } from './roofline.ts';
import type { ModelComparison, OpTypeShift, OpTypeSide } from './types.ts';

/** The facts an evidence sentence can state; a rule lists them in the order that matters to it. */
export type EvidencePart =
  'nodes' | 'flops' | 'bytes' | 'activations' | 'outside' | 'time' | 'achieved' | 'bound';

const GRAPH_PARTS: EvidencePart[] = ['nodes', 'flops', 'bytes', 'activations'];
const RUN_PARTS: EvidencePart[] = ['outside', 'time', 'achieved', 'bound'];
const ALL_PARTS: EvidencePart[] = [...GRAPH_PARTS, ...RUN_PARTS];

/**
 * A share that moved by less than this (one percentage point) is not worth a clause: the
 * sentence should name what moved, not every op type that shifted by rounding.
 */
export const MIN_SHARE_MOVE = 0.01;

export const NO_SHIFT_EVIDENCE =
  "No op type's share of FLOPs, bytes or time moved by a point or more, and the node count is unchanged.";

type Evidence = Pick<ModelComparison, 'static' | 'runtime' | 'opTypes' | 'ridgeFlopsPerByte'>;

/** A clause, and whether it starts with our own word (capitalized at a sentence start). */
interface Clause {
  text: string;
  ours: boolean;
}

/**
 * The evidence for one contradiction: the parts in `focus` that have something to say, graph
 * facts in the first sentence and run facts in the second. When none of them does, every part
 * is tried, and when nothing moved at all a sentence says so.
 */
export function evidence(m: Evidence, focus: EvidencePart[]): string {
  return sentences(m, focus) ?? sentences(m, ALL_PARTS) ?? NO_SHIFT_EVIDENCE;
}

function sentences(m: Evidence, focus: EvidencePart[]): string | null {
  const out = [GRAPH_PARTS, RUN_PARTS]
    .map((group) => focus.filter((p) => group.includes(p)))
    .map((parts) => parts.map((p) => clause(m, p)).filter((c): c is Clause => c !== null))
    .filter((clauses) => clauses.length > 0)
    .map((clauses) => {
      const [first] = clauses;
      const lead = first.ours ? first.text[0].toUpperCase() + first.text.slice(1) : first.text;
      return [lead, ...clauses.slice(1).map((c) => c.text)].join('; ') + '.';
    });
  return out.length ? out.join(' ') : null;
}

function clause(m: Evidence, part: EvidencePart): Clause | null {
  switch (part) {
    case 'nodes':
      return nodes(m);
    case 'flops':
      return shareMove(m.opTypes, 'flopsShare', 'FLOPs');
    case 'bytes':
      return shareMove(m.opTypes, 'bytesShare', 'bytes accessed');
    case 'time':
      return timeMove(m.opTypes);
    case 'activations':
      return activations(m);
    case 'achieved':
      return achieved(m);
    case 'outside':
      return outsideKernelsClause(m);
    case 'bound': {
      const text = ridgeCrossing(m);
      return text ? { text, ours: false } : null;
    }
  }
}

/** "212 more nodes (Conv +200)": the total from the static delta, the op type that moved most. */
function nodes(m: Evidence): Clause | null {
  const counted = m.static.find((d) => d.indicator === 'nodes')?.delta;
  const total =
    counted ??
    sum(m.opTypes, (s) => s.head?.count ?? 0) - sum(m.opTypes, (s) => s.base?.count ?? 0);
  const top = topMove(m.opTypes, (s) => (s.head?.count ?? 0) - (s.base?.count ?? 0), 1);
  if (total === 0 && !top) return null;
  const n = Math.abs(total);
  const head =
    total === 0
      ? 'same node count'
      : `${exact(n)} ${total > 0 ? 'more' : 'fewer'} node${n === 1 ? '' : 's'}`;
  return {
    text: top ? `${head} (${top.shift.opType} ${signedInteger(top.move)})` : head,
    ours: true,
  };
}

/** "Conv went from 60% to 25% of FLOPs": the op type whose share moved most. */
function shareMove(
  shifts: OpTypeShift[],
  key: 'flopsShare' | 'bytesShare',
  what: string,
): Clause | null {
  const top = topMove(shifts, (s) => (s.head?.[key] ?? 0) - (s.base?.[key] ?? 0), MIN_SHARE_MOVE);
  if (!top) return null;
  return { text: moved(top.shift, (side) => side[key], what), ours: false };
}

/**
 * "Conv went from 8.0% to 31% of time at 4.00 GFLOP/s (was 21.0 GFLOP/s)". Only when both sides
 * were profiled (some op type carries a time share on each): an op type the profiler did not
 * see on a profiled side (fused away, say) had 0% of its time.
 */
function timeMove(shifts: OpTypeShift[]): Clause | null {
  const profiled = (pick: (s: OpTypeShift) => OpTypeSide | null) =>
    shifts.some((s) => pick(s)?.timeShare !== undefined);
  if (!profiled((s) => s.base) || !profiled((s) => s.head)) return null;
  const top = topMove(
    shifts,
    (s) => (s.head?.timeShare ?? 0) - (s.base?.timeShare ?? 0),
    MIN_SHARE_MOVE,
  );
  if (!top) return null;
  const { shift } = top;
  let text = moved(shift, (side) => side.timeShare ?? 0, 'time');
  const now = shift.head?.achievedFlopsPerSecond;
  const was = shift.base?.achievedFlopsPerSecond;
  if (now) text += ` at ${flopsPerSecond(now)}${was ? ` (was ${flopsPerSecond(was)})` : ''}`;
  return { text, ours: false };
}

/** "peak activation bytes went from 12.0 MiB to 30.0 MiB". */
function activations(m: Evidence): Clause | null {
  const d = m.static.find((x) => x.indicator === 'peakActivationBytes');
  if (!d || d.base === null || d.head === null || d.base === d.head) return null;
  return {
    text: `${labelOf('peakActivationBytes')} went from ${bytes(d.base)} to ${bytes(d.head)}`,
    ours: true,
  };
}

/** "the whole model ran at 9.50 GFLOP/s (was 12.0 GFLOP/s)": FLOPs / p50 latency. */
function achieved(m: Evidence): Clause | null {
  const d = m.runtime.find((x) => x.indicator === 'achievedFlopsPerSecond');
  if (!d || !d.base || !d.head) return null;
  return {
    text: `the whole model ran at ${flopsPerSecond(d.head)} (was ${flopsPerSecond(d.base)})`,
    ours: true,
  };
}

function moved(shift: OpTypeShift, pick: (side: OpTypeSide) => number, what: string): string {
  const { opType, base, head } = shift;
  if (!base && head) return `${opType} (new) takes ${share(pick(head))} of ${what}`;
  if (base && !head) return `${opType} (removed) took ${share(pick(base))} of ${what}`;
  return `${opType} went from ${share(pick(base!))} to ${share(pick(head!))} of ${what}`;
}

/** The shift with the largest |move| (at least `min`); ties to the name that sorts first. */
function topMove(
  shifts: OpTypeShift[],
  move: (s: OpTypeShift) => number,
  min: number,
): { shift: OpTypeShift; move: number } | null {
  let best: { shift: OpTypeShift; move: number } | null = null;
  for (const shift of shifts) {
    const d = move(shift);
    if (Math.abs(d) < min) continue;
    const better =
      !best ||
      Math.abs(d) > Math.abs(best.move) ||
      (Math.abs(d) === Math.abs(best.move) && shift.opType < best.shift.opType);
    if (better) best = { shift, move: d };
  }
  return best;
}

const sum = (xs: OpTypeShift[], f: (s: OpTypeShift) => number) =>
  xs.reduce((acc, s) => acc + f(s), 0);

function flopsPerSecond(x: number): string {
  return quantity(x, 'FLOP/s');
}
