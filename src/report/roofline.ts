/**
 * The runner's roofline in the reports: one sentence for the machine (peak, bandwidth, ridge),
 * and per model a compact table of the op types placed against it (intensity, bound, achieved
 * share of the bound), base → head. A table rather than a chart: a roofline is drawn on log
 * axes, which Mermaid's xychart does not have, and four short columns read at a glance.
 */
import type { OpTypeShift, OpTypeSide } from '../compare/types.ts';
import { bytes, quantity, share, sig3 } from '../format.ts';
import type { Bound, Roofline } from '../measure/types.ts';
import { markdownTable } from 'markdown-table';

/** "peak 98.5 GFLOP/s, bandwidth 21.4 GB/s, ridge 4.60 FLOP/B (1 thread)". */
export function rooflineFigures(r: Roofline): string {
  const threads = `${r.intraOpThreads} thread${r.intraOpThreads === 1 ? '' : 's'}`;
  return (
    `peak ${quantity(r.peakFlopsPerSecond, 'FLOP/s')}, bandwidth ${quantity(r.bandwidthBytesPerSecond, 'B/s')}, ` +
    `ridge ${quantity(r.ridgeFlopsPerByte, 'FLOP/B')} (${threads})`
  );
}

/** The sentence for a report or the terminal: the figures and how they were measured. */
export function rooflineSentence(r: Roofline): string {
  const g = r.gemm;
  const gemm = g.m === g.k && g.k === g.n ? `${g.m}³` : `${g.m}×${g.k}×${g.n}`;
  return (
    `Roofline of this runner: ${rooflineFigures(r)}; the best of ${r.gemm.kernelMs.length} ` +
    `float32 MatMul kernels (${gemm}) and of ${r.stream.kernelMs.length} float32 Adds ` +
    `(${bytes(r.stream.bytes)} moved each) in ONNX Runtime, probe ${quantity(r.wallMs, 'ms')}.`
  );
}

const boundCell = (b: Bound | undefined) => b ?? '—';

function arrow(a: string, b: string): string {
  return a === b ? a : `${a} → ${b}`;
}

/** "compute → **memory**": a crossing of the ridge stands out. */
function boundChange(base: OpTypeSide | null, head: OpTypeSide | null): string {
  const a = boundCell(base?.bound);
  const b = boundCell(head?.bound);
  return base?.bound && head?.bound && a !== b ? `${a} → **${b}**` : arrow(a, b);
}

const intensity = (s: OpTypeSide | null) =>
  s?.flopsPerByte === undefined ? '—' : sig3(s.flopsPerByte);

/**
 * Per model: the op types placed under the roofline (first `rows` of `ranked`, which is in
 * the report's order), or null when none was. `cell` renders an (untrusted) op type.
 */
export function rooflineDetails(
  ranked: OpTypeShift[],
  ridgeFlopsPerByte: number | undefined,
  rows: number,
  cell: (opType: string) => string,
): { summary: string; body: string } | null {
  if (ridgeFlopsPerByte === undefined || rows <= 0) return null;
  const placed = ranked.filter((o) => o.base?.bound || o.head?.bound);
  if (placed.length === 0) return null;
  const timed = placed.some((o) => o.base?.rooflineShare ?? o.head?.rooflineShare);
  const head = ['op type', 'FLOP/B', 'bound'];
  if (timed) head.push('of its roof');
  const body = placed.slice(0, rows).map((o) => {
    const row = [
      cell(o.opType),
      arrow(intensity(o.base), intensity(o.head)),
      boundChange(o.base, o.head),
    ];
    if (timed) row.push(arrow(share(o.base?.rooflineShare), share(o.head?.rooflineShare)));
    return row;
  });
  const memory = placed.filter((o) => (o.head ?? o.base)?.bound === 'memory').length;
  const lead =
    `Below the ridge point (${quantity(ridgeFlopsPerByte, 'FLOP/B')}) an op type is memory-bound; ` +
    (timed
      ? '"of its roof" is its achieved FLOP/s over min(peak, FLOP/B × bandwidth).'
      : 'no per-op time was measured.');
  const more = rows < placed.length ? `\n\nTop ${rows} of ${placed.length} shown.` : '';
  return {
    summary:
      `Roofline: ${memory} of ${placed.length} op types memory-bound on this runner ` +
      `(ridge ${quantity(ridgeFlopsPerByte, 'FLOP/B')})`,
    body: `${lead}\n\n${markdownTable([head, ...body], { align: ['l', 'r', 'l', 'r'] })}${more}`,
  };
}
