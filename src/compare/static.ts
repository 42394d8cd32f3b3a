/**
 * The static half of a comparison: exact deltas of every analysis total, and per op type its
 * share of FLOPs, bytes and (when measured) time in base and head. No noise here: a static
 * indicator that moved, moved.
 */
import type { Analysis, Totals } from '../analyze/types.ts';
import { STATIC_INDICATORS } from '../indicators.ts';
import type { ModelMeasurement } from '../measure/types.ts';
import type { OpTypeShift, OpTypeSide, StaticDelta } from './types.ts';

/**
 * The exact change of every static total. Its verdict: 'unchanged' when it did not move or moved
 * by less than `threshold` (relative; 0.05 = 5%), 'changed' when it moved but the indicator has
 * no direction (the catalogue says why), else 'better' or 'worse' by its direction. A total
 * that moved from 0 has no relative change and is judged by its direction alone.
 */
export function staticDeltas(base: Analysis, head: Analysis, threshold: number): StaticDelta[] {
  return STATIC_INDICATORS.map(({ key, label, unit, direction }) => {
    const a = numeric(base.totals[key as keyof Totals]);
    const b = numeric(head.totals[key as keyof Totals]);
    const delta = a !== null && b !== null ? b - a : null;
    const relative = delta !== null && a ? delta / a : null;
    const better = delta !== null && (direction === 'higher-is-better' ? delta > 0 : delta < 0);
    const small = relative !== null && Math.abs(relative) < threshold;
    return {
      indicator: key,
      label,
      unit,
      base: a,
      head: b,
      delta,
      relative,
      verdict:
        !delta || small
          ? 'unchanged'
          : direction === 'none'
            ? 'changed'
            : better
              ? 'better'
              : 'worse',
      incomplete:
        base.incompleteTotals.includes(key as keyof Totals) ||
        head.incompleteTotals.includes(key as keyof Totals),
    };
  });
}

const numeric = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

/** Every op type of either side, heaviest first (by the larger of its two FLOPs shares, then time). */
export function opTypeShifts(
  base: Analysis,
  head: Analysis,
  measured?: { base?: ModelMeasurement; head?: ModelMeasurement },
): OpTypeShift[] {
  const names = new Set([...Object.keys(base.byOpType), ...Object.keys(head.byOpType)]);
  for (const m of [measured?.base, measured?.head])
    for (const op of Object.keys(m?.opProfile?.byOpType ?? {})) names.add(op);
  const shifts = [...names].map((opType) => ({
    opType,
    base: side(base, measured?.base, opType),
    head: side(head, measured?.head, opType),
  }));
  const weight = (s: OpTypeShift) =>
    Math.max(
      s.base?.flopsShare ?? 0,
      s.head?.flopsShare ?? 0,
      s.base?.timeShare ?? 0,
      s.head?.timeShare ?? 0,
    );
  return shifts.sort((x, y) => weight(y) - weight(x) || (x.opType < y.opType ? -1 : 1));
}

function side(a: Analysis, m: ModelMeasurement | undefined, opType: string): OpTypeSide | null {
  const c = a.byOpType[opType];
  const t =
    m?.opProfile?.byOpType[opType.includes('/') ? opType.slice(opType.indexOf('/') + 1) : opType];
  if (!c && !t) return null;
  return {
    count: c?.count ?? 0,
    flops: c?.flops ?? 0,
    flopsShare: c && a.totals.flops ? c.flops / a.totals.flops : 0,
    bytesShare: c && a.totals.bytesAccessed ? c.bytesAccessed / a.totals.bytesAccessed : 0,
    ...(t ? { timeShare: t.share } : {}),
    ...(t?.achievedFlopsPerSecond ? { achievedFlopsPerSecond: t.achievedFlopsPerSecond } : {}),
  };
}
