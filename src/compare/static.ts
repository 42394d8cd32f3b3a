/**
 * The static half of a comparison: exact deltas of every analysis total, and per op type its
 * share of FLOPs, bytes and (when measured) time in base and head. No noise here: a static
 * indicator that moved, moved.
 */
import type { Analysis, Totals } from '../analyze/types.ts';
import type { ModelMeasurement } from '../measure/types.ts';
import type { OpTypeShift, OpTypeSide, StaticDelta } from './types.ts';

interface Row {
  key: keyof Totals;
  label: string;
  unit: string;
  higherIsBetter?: boolean;
}

/** The totals compared, in report order. */
export const STATIC_ROWS: Row[] = [
  { key: 'params', label: 'params', unit: 'count' },
  { key: 'paramsPerUse', label: 'params per use', unit: 'count' },
  { key: 'embeddingParams', label: 'embedding params', unit: 'count' },
  { key: 'nonEmbeddingParams', label: 'non-embedding params', unit: 'count' },
  { key: 'weightBytes', label: 'weight memory', unit: 'bytes' },
  { key: 'macs', label: 'MACs', unit: 'MACs' },
  { key: 'flops', label: 'FLOPs', unit: 'FLOPs' },
  { key: 'transcendentals', label: 'transcendentals', unit: 'count' },
  { key: 'intOps', label: 'integer ops', unit: 'count' },
  { key: 'bytesAccessed', label: 'bytes accessed', unit: 'bytes' },
  // Higher intensity is less memory-bound: better for the same work.
  {
    key: 'arithmeticIntensity',
    label: 'arithmetic intensity',
    unit: 'FLOP/B',
    higherIsBetter: true,
  },
  { key: 'peakActivationBytes', label: 'peak activation memory', unit: 'bytes' },
  { key: 'modelFileBytes', label: 'model file', unit: 'bytes' },
  { key: 'nodes', label: 'nodes', unit: 'nodes' },
];

export function staticDeltas(base: Analysis, head: Analysis): StaticDelta[] {
  return STATIC_ROWS.map(({ key, label, unit, higherIsBetter }) => {
    const a = numeric(base.totals[key]);
    const b = numeric(head.totals[key]);
    const delta = a !== null && b !== null ? b - a : null;
    const relative = delta !== null && a ? delta / a : null;
    const better = delta !== null && (higherIsBetter ? delta > 0 : delta < 0);
    return {
      indicator: key,
      label,
      unit,
      base: a,
      head: b,
      delta,
      relative,
      verdict: !delta ? 'unchanged' : better ? 'better' : 'worse',
      incomplete: base.incompleteTotals.includes(key) || head.incompleteTotals.includes(key),
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
