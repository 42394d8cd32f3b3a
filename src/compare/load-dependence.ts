/**
 * Whether the difference between head and base depends on how busy the machine was.
 *
 * A shared runner is not equally fast all the time: other tenants of its host take cache,
 * memory bandwidth and core time in bursts. Both sides of a round see the same burst, and the
 * A/B design cancels it when both slow down alike. They need not: on the benchmark machine
 * (`npm run bench -- load`) the bundled grouped MatMul ran 50% slower than the wide one while
 * the machine was quiet and 18% slower while something else on the host made the wide one three
 * times slower. The verdict is then an average over whatever mix of quiet and busy the budget
 * happened to get, and a second run on another mix moves far outside the first one's interval.
 *
 * The test: order the rounds by how fast one side ran, cut them in halves, and compare the
 * head/base ratio of the two halves (Wilcoxon rank sum of the per-round log ratios). Which side
 * orders them depends on the direction claimed: a round whose base ran slow by chance has a
 * lower log ratio ln(head/base) for that chance alone, so ordering by the base can only hide a
 * head that slows down more when the machine is busy, never invent one; a base that slows down
 * more is looked for with the rounds ordered by the head, for the same reason. A finding needs
 * the machine's load to have varied (the ordering side ran at least MIN_LOAD_SPREAD slower in
 * its slower half), the two halves' ratios to differ by at least the runtime threshold, and
 * p < MAX_P.
 */
import { percentChange, percentMagnitude } from '../format.ts';
import type { Round } from '../measure/types.ts';
import { rankSumP } from '../stats/rank-sum.ts';
import { median } from '../stats/summary.ts';

/** Fewer rounds than this per half tell nothing (and the rank-sum's normal form needs 8). */
export const MIN_HALF_ROUNDS = 8;
/** The ordering side's slower half must be this much slower than its faster half. */
export const MIN_LOAD_SPREAD = 0.05;
/** One test per model and direction, on every comparison: kept strict. */
export const MAX_P = 0.001;

export interface LoadDependence {
  /** Which side slows down more when the machine is busy. */
  moreSensitive: 'head' | 'base';
  /** The side the rounds were ordered by (the other one). */
  orderedBy: 'base' | 'head';
  rounds: number;
  /** head / base over the half of the rounds where the ordering side ran fastest. */
  quietRatio: number;
  /** head / base over the half where it ran slowest. */
  busyRatio: number;
  /** How much slower the ordering side ran in its slower half (median over median, minus 1). */
  loadSpread: number;
  p: number;
}

/** The load dependence of `rounds` (latency, lower is better), if they show one. */
export function loadDependence(
  rounds: readonly Round[],
  threshold: number,
): LoadDependence | undefined {
  const usable = rounds.filter((r) => r.a > 0 && r.b > 0 && isFinite(r.a) && isFinite(r.b));
  const half = Math.floor(usable.length / 2);
  if (half < MIN_HALF_ROUNDS) return undefined;
  for (const orderedBy of ['base', 'head'] as const) {
    const level = (r: Round) => (orderedBy === 'base' ? r.a : r.b);
    const sorted = [...usable].sort((x, y) => level(x) - level(y));
    const quiet = sorted.slice(0, half);
    const busy = sorted.slice(sorted.length - half);
    const loadSpread = median(busy.map(level)) / median(quiet.map(level)) - 1;
    if (loadSpread < MIN_LOAD_SPREAD) continue;
    const logRatio = (r: Round) => Math.log(r.b / r.a);
    const dq = quiet.map(logRatio);
    const db = busy.map(logRatio);
    const quietRatio = Math.exp(median(dq));
    const busyRatio = Math.exp(median(db));
    // Ordered by the base, only a head hurt more by load is claimed (and the other way round).
    const moreSensitive = orderedBy === 'base' ? 'head' : 'base';
    const grows = orderedBy === 'base' ? busyRatio > quietRatio : busyRatio < quietRatio;
    if (!grows || Math.abs(Math.log(busyRatio / quietRatio)) < Math.log1p(threshold)) continue;
    const p = rankSumP(db, dq);
    if (p >= MAX_P) continue;
    return {
      moreSensitive,
      orderedBy,
      rounds: usable.length,
      quietRatio,
      busyRatio,
      loadSpread,
      p,
    };
  }
  return undefined;
}

/** The model note that says so, in the report's notation. */
export function loadDependenceNote(l: LoadDependence): string {
  const slower = `${l.orderedBy} ran ${percentMagnitude(100 * l.loadSpread)}% slower`;
  return (
    `latency p50 depends on how busy the machine was: in the half of the ${l.rounds} rounds ` +
    `where the ${l.orderedBy} ran fastest, the head was ${percentChange(l.quietRatio - 1)} ` +
    `against the base; in the half where the ${slower}, ${percentChange(l.busyRatio - 1)} ` +
    `(rank-sum p < ${MAX_P}). The ${l.moreSensitive} loses more to a busy machine, so the verdict ` +
    'mixes the two, and a run that gets another mix of quiet and busy moments can land far ' +
    'outside its interval (docs/measurement.md, "Differences that depend on the load").'
  );
}
