/**
 * The history chain at the moment a baseline is saved: the newest baseline of the scope is
 * restored from the same store, and the new baseline carries its history plus its own point
 * (compare/history.ts). When there is no earlier baseline (the first push, an evicted cache, a
 * baseline that cannot be read), the chain restarts at this point and the note says why. Shared
 * by a push of the Action and the bases `misnomer run` keeps.
 */
import { appendPoint, pointOf, pointsOf } from '../compare/history.ts';
import type { Result } from '../compare/result.ts';
import type { BaselineScope, BaselineStore } from './store.ts';

export interface Chained {
  /** The result with its `history`. */
  result: Result;
  /** One sentence on the chain, for the run's notes. */
  note: string;
  /** The chain restarted at this point. */
  restarted: boolean;
}

const short = (sha: string) => sha.slice(0, 7);

/** `result` with the history of the newest earlier baseline of `scope` plus its own point. */
export async function chainHistory(
  store: BaselineStore,
  scope: BaselineScope,
  result: Result,
): Promise<Chained> {
  const { history: _drop, ...plain } = result;
  const point = pointOf(plain);
  const previous = await store.restore(scope, undefined);
  const prev = previous.result;
  const earlier = prev
    ? pointsOf(prev).filter((p) => !point.commit || p.commit !== point.commit)
    : [];
  const history = appendPoint(earlier, point);
  const chained = { ...plain, history };
  const n = history.points.length;
  if (earlier.length > 0) {
    const from = prev?.commit ? ` (from the baseline of ${short(prev.commit)})` : '';
    return {
      result: chained,
      note: `The history goes on: ${n} point${n === 1 ? '' : 's'}${from}.`,
      restarted: false,
    };
  }
  const why = prev
    ? 'the earlier baseline is of this same commit'
    : (previous.why ?? `no earlier baseline in ${store.where}`);
  return {
    result: chained,
    note: `The history restarts at this point: ${why}.`,
    restarted: true,
  };
}
