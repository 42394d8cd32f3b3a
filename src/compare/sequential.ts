/**
 * The sequential plan for the latency verdict: the rounds are judged at a few looks and stop at
 * the first decided one, so a clear regression or a plainly unchanged model does not spend the
 * whole budget, and a small change may spend a second one.
 *
 * Looking at a fixed-sample interval again and again would make a false verdict more likely
 * with every look. Each look here spends a share of the error instead (alpha spending): the
 * looks' error shares add up to 1 - confidence, and by the union bound the chance of any false
 * verdict over the whole plan stays at most that, however the looks are correlated. Four fifths
 * of the error go to the first budget (looks at half and all of it), one fifth to the look at
 * the end of the second. Within the first budget the shares follow Lan and DeMets' Pocock-type
 * spending function, a(t) = a ln(1 + (e - 1) t) (Lan and DeMets, "Discrete sequential
 * boundaries for clinical trials", Biometrika 1983): the look at half the budget gets 62% of
 * the first budget's error. The latency interval is a signed-rank interval over session pairs
 * (compare/ab.ts), and at half the budget there are about 10 of them: 10 values cannot give an
 * interval at the 99.98% that the O'Brien-Fleming-type function used before left to that look
 * (the most they can leave out is 2 / 2^10 = 0.2%); at 99.5% they give the 2nd smallest to the
 * 2nd largest of their 55 pairwise averages, which decides a 3% change or a plainly unchanged
 * model of MobileNetV2's noise. The look at the full budget pays with a wider interval (99.7%
 * against 99.2%).
 */
import type { LookPlan } from '../measure/pair.ts';
import type { Round } from '../measure/types.ts';
import { splitUnit } from '../scenario.ts';
import { median } from '../stats/summary.ts';
import { pairedVerdict, type VerdictOptions } from './ab.ts';
import type { Gate } from './gate-parse.ts';

/** Looks at these fractions of the latency budget; 2 is the end of the second budget. */
const FIRST_BUDGET_LOOKS = [0.5, 1];
const SECOND_BUDGET_LOOK = 2;
/** The first budget's share of the plan's error. */
const FIRST_BUDGET_SHARE = 0.8;

/** The looks of the plan with the confidence of each look's interval. */
export function looks(confidence: number): { fraction: number; confidence: number }[] {
  const alpha = 1 - confidence;
  const first = FIRST_BUDGET_SHARE * alpha;
  const spent = (t: number) => first * Math.log(1 + (Math.E - 1) * t);
  let before = 0;
  const out = FIRST_BUDGET_LOOKS.map((t) => {
    const share = spent(t) - before;
    before = spent(t);
    return { fraction: t, confidence: 1 - share };
  });
  out.push({ fraction: SECOND_BUDGET_LOOK, confidence: 1 - (alpha - first) });
  return out;
}

/**
 * Bootstrap resamples for an interval at `confidence`: at least `base`, and enough that each
 * tail holds 50 resamples (an early look's tails are a few in ten thousand).
 */
export function resamplesFor(confidence: number, base: number): number {
  return Math.max(base, Math.round(100 / (1 - confidence)));
}

/** The verdict options of one look. */
export function atLook(options: VerdictOptions, confidence: number): VerdictOptions {
  return { ...options, confidence, resamples: resamplesFor(confidence, options.resamples) };
}

/**
 * A gate's limit as a bound on the latency ratio head/base, given the base's per-run time (ms):
 * a `latency.p50: +5%` gate is 1.05 whatever the time, `+2ms` depends on it.
 */
export type LatencyLimit = (baseMs: number) => number;

/**
 * The limits of the gates that the latency rounds decide for a unit (model or model/scenario):
 * `latency.p50`, and relative `throughput` gates at the latency batch (throughput there is the
 * reciprocal of the same rounds: a limit of −5% is a latency ratio of 1 / 0.95).
 */
export function latencyLimits(
  gates: readonly Gate[],
  unitId: string,
  batch: number,
): LatencyLimit[] {
  const out: LatencyLimit[] = [];
  for (const g of gates) {
    if (g.kind !== 'indicator' || !g.runtime) continue;
    if (g.scenario && splitUnit(unitId).scenario !== g.scenario) continue;
    if (g.key === 'latency.p50') {
      const amount = g.amount;
      out.push(g.relative ? () => 1 + amount : (baseMs) => (baseMs + amount) / baseMs);
    } else if ((g.key === 'throughput' || g.key === `throughput.b${batch}`) && g.relative) {
      const amount = g.amount;
      out.push(() => 1 / (1 + amount));
    }
  }
  return out;
}

/**
 * The plan that measureAB follows (its `plan` option). A look ends the rounds when the verdict
 * is decided and no gate's limit lies inside the interval: a gate judges the interval of the
 * look that ended the rounds, so stopping while a limit is still inside it would decide the gate
 * on an interval that more rounds would have narrowed. `log` says when a look ends the rounds
 * early and when a second budget is spent.
 */
export function sequentialPlan(
  options: Omit<VerdictOptions, 'direction'>,
  log: (line: string) => void,
  limits: readonly LatencyLimit[] = [],
): LookPlan {
  return {
    looks: looks(options.confidence),
    decided: (rounds: readonly Round[], confidence: number, fraction: number) => {
      const v = pairedVerdict(
        rounds,
        atLook({ ...options, direction: 'lower-is-better' }, confidence),
      );
      const baseMs = rounds.length ? median(rounds.map((r) => r.a)) : 0;
      const open =
        v.verdict === 'inconclusive'
          ? []
          : limits.map((l) => l(baseMs)).filter((l) => v.ci[0] <= l && l < v.ci[1]);
      const decided = v.verdict !== 'inconclusive' && open.length === 0;
      if (decided && fraction < 1)
        log(
          `latency is ${v.verdict} after ${rounds.length} rounds${v.pairs ? ` in ${v.pairs} session pairs` : ''}, half the budget: stopping early`,
        );
      if (!decided && fraction === 1)
        log(
          open.length
            ? "latency's interval still holds a gate's limit after the first budget: spending a second one"
            : 'latency is inconclusive after the first budget: spending a second one',
        );
      return decided;
    },
  };
}
