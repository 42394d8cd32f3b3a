/**
 * The runner's roofline in a comparison: each op type of base and head placed against one
 * ridge point (memory- or compute-bound by its arithmetic intensity, and its achieved FLOP/s
 * as a share of its bound), the evidence clause for an op type that crossed the ridge, and the
 * checks of the roofline fields in results and comparisons read back (they may be untrusted).
 */
import type { Analysis } from '../analyze/types.ts';
import { quantity, sig3 } from '../format.ts';
import { place, type Roofs } from '../measure/roofline.ts';
import type { Roofline } from '../measure/types.ts';
import type { Checker, Obj } from './checker.ts';
import { isFiniteNumber, join } from './checker.ts';
import type { ModelComparison, OpTypeShift, OpTypeSide } from './types.ts';

/**
 * The roofline a comparison places op types against: the head's run's (paired runs share
 * one), else the base's. One ridge for both sides, so that "became memory-bound" is a move of
 * the op type, not of the machine.
 */
export function comparisonRoofline(base?: Roofline, head?: Roofline): Roofline | undefined {
  return head ?? base;
}

/** Adds intensity, bound and share of the bound to both sides of every op type that has FLOPs. */
export function placeShifts(
  shifts: OpTypeShift[],
  base: Analysis,
  head: Analysis,
  roofs: Roofs,
): void {
  for (const s of shifts) {
    placeSide(s.base, base.byOpType[s.opType], roofs);
    placeSide(s.head, head.byOpType[s.opType], roofs);
  }
}

function placeSide(
  side: OpTypeSide | null,
  counts: { flops: number; bytesAccessed: number } | undefined,
  roofs: Roofs,
): void {
  if (!side || !counts) return;
  const p = place(counts.flops, counts.bytesAccessed, roofs, side.achievedFlopsPerSecond);
  if (!p) return;
  side.flopsPerByte = p.flopsPerByte;
  side.bound = p.bound;
  if (p.rooflineShare !== undefined) side.rooflineShare = p.rooflineShare;
}

/**
 * "Conv became memory-bound (4.50 FLOP/B, was 20.0; ridge 11.0 on this runner)": the op type
 * that crossed the ridge, the heaviest when several did (largest share of FLOPs or time on
 * either side; ties to the name that sorts first). Null when none crossed.
 */
export function ridgeCrossing(m: Pick<ModelComparison, 'opTypes' | 'ridgeFlopsPerByte'>) {
  if (m.ridgeFlopsPerByte === undefined) return null;
  const weight = (s: OpTypeShift) =>
    Math.max(...[s.base, s.head].flatMap((x) => [x?.flopsShare ?? 0, x?.timeShare ?? 0]));
  const crossed = m.opTypes
    .filter((s) => s.base?.bound && s.head?.bound && s.base.bound !== s.head.bound)
    .sort((x, y) => weight(y) - weight(x) || (x.opType < y.opType ? -1 : 1));
  const top = crossed[0];
  if (!top) return null;
  const now = quantity(top.head!.flopsPerByte, 'FLOP/B');
  const was = sig3(top.base!.flopsPerByte!);
  return (
    `${top.opType} became ${top.head!.bound}-bound ` +
    `(${now}, was ${was}; ridge ${sig3(m.ridgeFlopsPerByte)} on this runner)`
  );
}

const BOUNDS = ['memory', 'compute'];

/** The optional placement fields of an op type (a profile's or a comparison side's). */
export function checkPlacement(c: Checker, o: Obj, at: string): void {
  c.number(o, 'flopsPerByte', at, { optional: true });
  c.number(o, 'rooflineShare', at, { optional: true });
  if (o.bound !== undefined) c.oneOf(o, 'bound', at, BOUNDS);
}

/** `roofline` (its figures positive numbers) and `rooflineError` (a string), both optional. */
export function checkRoofline(c: Checker, root: Obj, at: string): void {
  c.string(root, 'rooflineError', at, true);
  const r = c.child(root, 'roofline', at, true);
  if (!r) return;
  const p = join(at, 'roofline');
  for (const k of ['peakFlopsPerSecond', 'bandwidthBytesPerSecond', 'ridgeFlopsPerByte']) {
    if (!isFiniteNumber(r[k]) || r[k] <= 0) c.problem(join(p, k), 'a positive number', r[k]);
  }
  for (const k of ['intraOpThreads', 'wallMs']) c.number(r, k, p);
  const gemm = c.child(r, 'gemm', p);
  if (gemm) for (const k of ['m', 'k', 'n', 'flops']) c.number(gemm, k, join(p, 'gemm'));
  const stream = c.child(r, 'stream', p);
  if (stream) for (const k of ['elements', 'bytes']) c.number(stream, k, join(p, 'stream'));
  for (const [k, o] of [
    ['gemm', gemm],
    ['stream', stream],
  ] as const) {
    if (o)
      c.list(o, 'kernelMs', join(p, k), (x, q) => {
        if (!isFiniteNumber(x)) c.problem(q, 'a number', x);
      });
  }
}
