/**
 * The decision rules of step 6 of docs/measurement.md#how-verdicts-are-decided behind the A/B verdicts (ab.ts); the bootstrap
 * that gives them their intervals is in src/stats/bootstrap.ts.
 */

import { ratioChange, ratioInterval } from '../format.ts';
import type { Direction } from '../indicators.ts';

export type { Direction };
export type Verdict = 'better' | 'worse' | 'unchanged' | 'inconclusive';

/**
 * Step 6 of docs/measurement.md#how-verdicts-are-decided, for a ratio B/A with its confidence interval. The rules are written for
 * lower-is-better metrics (latency: B/A above 1 means B is slower, i.e. worse); for
 * higher-is-better metrics (throughput) the same ratio above 1 means better, so the labels swap.
 * - worse: the CI is entirely above 1 (significant) and the point ratio is at least 1 + T;
 * - better: the CI is entirely below 1 and the point ratio is at most 1 / (1 + T);
 * - unchanged: the whole CI is inside [1 / (1 + T), 1 + T];
 * - inconclusive: anything else (significant but small, or too wide to tell).
 */
export function decide(
  ratio: number,
  ci: [number, number],
  threshold: number,
  direction: Direction,
  label: string,
): { verdict: Verdict; reason: string } {
  const up = 1 + threshold;
  const down = 1 / up;
  const [lo, hi] = ci;
  const what = `${label}: ${ratioChange(ratio, ci)}`;
  const pct = `${round(threshold * 100)}%`;
  const flip = direction === 'higher-is-better';
  if (lo > 1 && ratio >= up) {
    return {
      verdict: flip ? 'better' : 'worse',
      reason: `${what}; head is higher than base beyond the ${pct} threshold (the interval is entirely above 0%)`,
    };
  }
  if (hi < 1 && ratio <= down) {
    return {
      verdict: flip ? 'worse' : 'better',
      reason: `${what}; head is lower than base beyond the ${pct} threshold (the interval is entirely below 0%)`,
    };
  }
  if (lo >= down && hi <= up) {
    return {
      verdict: 'unchanged',
      reason: `${what}; the whole interval is within ±${pct} (${ratioInterval([down, up])})`,
    };
  }
  const why =
    lo > 1 || hi < 1
      ? `the change is significant but the point estimate is within the ${pct} threshold`
      : `the interval spans both 0% and a ${pct} bound: too noisy to tell; more rounds may decide`;
  return { verdict: 'inconclusive', reason: `${what}; ${why}` };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
