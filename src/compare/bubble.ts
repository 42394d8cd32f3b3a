/**
 * Time outside kernels in a comparison (docs/measurement.md#outside-kernels): the runtime row
 * with its paired verdict, and the evidence clause that says how much of a latency change lies
 * outside kernels.
 *
 * The verdict is paired like latency's: per profiled round, each side's time outside kernels
 * (its latency in the timed round of the same number less its kernel time in the profiled one),
 * d_i = ln(head_i / base_i), the bootstrap CI of the median. Fewer rounds than latency (the
 * profiled rounds are few and short), so its CI is wider. It never gates: latency is the cost,
 * this says where it went.
 */
import { labelOf } from '../indicators.ts';
import { signedQuantity, share } from '../format.ts';
import type { ModelMeasurement, Round } from '../measure/types.ts';
import { pairedVerdict, type VerdictOptions } from './ab.ts';
import type { RuntimeDelta } from './runtime.ts';
import type { ModelComparison } from './types.ts';

export const OUTSIDE_KERNELS = 'outsideKernels';

/** The row of a paired run, when both sides have a time outside kernels. */
export function outsideKernelsRow(
  a: ModelMeasurement,
  b: ModelMeasurement,
  rounds: readonly Round[] | undefined,
  options: VerdictOptions,
): RuntimeDelta | null {
  const base = a.opProfile?.outsideKernels;
  const head = b.opProfile?.outsideKernels;
  if (!base || !head) return null;
  const v = pairedVerdict(rounds ?? [], options);
  return {
    indicator: OUTSIDE_KERNELS,
    label: labelOf(OUTSIDE_KERNELS),
    unit: 'ms',
    base: base.ms,
    head: head.ms,
    ratio: v.ratio,
    ci: v.ci,
    rounds: v.rounds,
    verdict: v.verdict,
    reason: `profiled rounds against the timed ones: ${v.reason}`,
    gating: false,
  };
}

/**
 * "of the +0.90 ms of latency p50, +0.70 ms is outside kernels (12% → 48% of the run)": when
 * latency and time outside kernels both have a verdict that says something (not inconclusive)
 * and their values on both sides. The two changes come from the same latencies, so the rest of
 * the latency change is kernel time.
 */
export function outsideKernelsClause(
  m: Pick<ModelComparison, 'runtime'>,
): { text: string; ours: boolean } | null {
  const lat = m.runtime.find((d) => d.indicator === 'latency.p50');
  const out = m.runtime.find((d) => d.indicator === OUTSIDE_KERNELS);
  const said = (d: RuntimeDelta | undefined) =>
    d !== undefined &&
    d.base !== null &&
    d.head !== null &&
    d.base > 0 &&
    d.head > 0 &&
    ['better', 'worse', 'unchanged'].includes(d.verdict);
  if (!said(lat) || !said(out)) return null;
  const dLat = lat!.head! - lat!.base!;
  const dOut = out!.head! - out!.base!;
  const shares = `${share(out!.base! / lat!.base!)} → ${share(out!.head! / lat!.head!)} of the latency`;
  return {
    text:
      `of the ${signedQuantity(dLat, 'ms')} of ${labelOf('latency.p50')}, ` +
      `${signedQuantity(dOut, 'ms')} is ${labelOf(OUTSIDE_KERNELS)} (${shares})`,
    ours: true,
  };
}
