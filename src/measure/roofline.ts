/**
 * The roofline model (Williams, Waterman and Patterson, "Roofline: an insightful visual
 * performance model for multicore architectures", CACM 2009), with this runner's two roofs: an
 * op that does F FLOPs over B bytes (arithmetic intensity I = F/B) can run at most
 * min(peak, I × bandwidth). Below the ridge point I = peak / bandwidth it is memory-bound,
 * at or above it compute-bound. Pure: the probe that measures the roofs is roofline-probe.ts.
 */
import type { Analysis } from '../analyze/types.ts';
import { staticByOpType } from './profile.ts';
import type { Bound, OpProfile, Roofline } from './types.ts';

/** The two roofs; the ridge follows from them. */
export type Roofs = Pick<Roofline, 'peakFlopsPerSecond' | 'bandwidthBytesPerSecond'>;

export interface Placement {
  /** Arithmetic intensity, FLOP per byte. */
  flopsPerByte: number;
  bound: Bound;
  /** The roofline's bound at this intensity: min(peak, intensity × bandwidth), FLOP/s. */
  boundFlopsPerSecond: number;
  /** Achieved FLOP/s as a share of that bound (when a time was measured). */
  rooflineShare?: number;
}

export const ridgeOf = (r: Roofs): number => r.peakFlopsPerSecond / r.bandwidthBytesPerSecond;

/**
 * Where F FLOPs over B bytes sit under the roofline, and how close `achieved` FLOP/s came to
 * the bound. Null when there is no intensity to speak of (no FLOPs, or no bytes moved).
 */
export function place(
  flops: number,
  bytes: number,
  roofs: Roofs,
  achievedFlopsPerSecond?: number,
): Placement | null {
  if (!(flops > 0) || !(bytes > 0)) return null;
  const flopsPerByte = flops / bytes;
  const boundFlopsPerSecond = Math.min(
    roofs.peakFlopsPerSecond,
    flopsPerByte * roofs.bandwidthBytesPerSecond,
  );
  return {
    flopsPerByte,
    bound: flopsPerByte < ridgeOf(roofs) ? 'memory' : 'compute',
    boundFlopsPerSecond,
    ...(achievedFlopsPerSecond !== undefined && achievedFlopsPerSecond > 0
      ? { rooflineShare: achievedFlopsPerSecond / boundFlopsPerSecond }
      : {}),
  };
}

/**
 * The roofline from the probe's kernel times: the best (shortest) run of each kernel, since
 * everything that disturbs a run on a shared machine (other processes, page faults, a cold
 * cache, a clock still ramping up) only ever makes it slower.
 */
export function rooflineFrom(
  gemm: Roofline['gemm'],
  stream: Roofline['stream'],
  intraOpThreads: number,
  wallMs: number,
): Roofline {
  const best = (ms: number[], what: string) => {
    const positive = ms.filter((x) => Number.isFinite(x) && x > 0);
    if (positive.length === 0) throw new Error(`the roofline probe timed no ${what} kernel`);
    return Math.min(...positive) / 1000;
  };
  const peakFlopsPerSecond = gemm.flops / best(gemm.kernelMs, 'MatMul');
  const bandwidthBytesPerSecond = stream.bytes / best(stream.kernelMs, 'Add');
  return {
    peakFlopsPerSecond,
    bandwidthBytesPerSecond,
    ridgeFlopsPerByte: peakFlopsPerSecond / bandwidthBytesPerSecond,
    intraOpThreads,
    gemm,
    stream,
    wallMs,
  };
}

/**
 * Places every profiled op type that matches one of the model's under the roofline: its
 * intensity from the analysis (all its nodes' FLOPs over all their bytes), its bound, and its
 * achieved FLOP/s as a share of the bound. Op types ONNX Runtime created (FusedConv, ...) have
 * no static counts and stay unplaced.
 */
export function placeProfile(profile: OpProfile, analysis: Analysis, roofs: Roofs): void {
  const statics = staticByOpType(analysis);
  for (const [op, t] of Object.entries(profile.byOpType)) {
    const s = statics.get(op);
    const p = s && place(s.flops, s.bytes, roofs, t.achievedFlopsPerSecond);
    if (!p) continue;
    t.flopsPerByte = p.flopsPerByte;
    t.bound = p.bound;
    if (p.rooflineShare !== undefined) t.rooflineShare = p.rooflineShare;
  }
}
