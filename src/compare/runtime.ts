/**
 * The runtime half of a comparison: for each runtime indicator of an interleaved A/B run, base
 * and head values, the ratio head/base with its confidence interval, and a verdict
 * (docs/measurement.md#how-verdicts-are-decided). Paired rounds decide latency, throughput, cold start and first run; peak
 * memory, nearly deterministic, is decided on its few pairs' range; tail percentiles are shown,
 * not tested (they need thousands of samples to be stable).
 */
import type { Analysis } from '../analyze/types.ts';
import type { PairResult } from '../measure/pair.ts';
import type { ModelMeasurement, Round, Throughput } from '../measure/types.ts';
import { pairedVerdict, type Verdict, type VerdictOptions } from './ab.ts';
import { outsideKernelsRow } from './bubble.ts';
import { decide } from './ab-util.ts';
import { atLook } from './sequential.ts';
import { ratioInterval } from '../format.ts';
import { labelOf } from '../indicators.ts';
import { median } from '../stats/summary.ts';

/** 'changed': a significant move of an indicator with no direction (achieved FLOP/s). */
export type RuntimeVerdict = Verdict | 'changed' | 'not-tested' | 'not-comparable';

export interface RuntimeDelta {
  /** Stable key: latency.p50, throughput.b8, coldStart, firstRun, peakRss, outsideKernels, achievedFlopsPerSecond. */
  indicator: string;
  label: string;
  unit: 'ms' | 'examples/s' | 'tokens/s' | 'bytes' | 'FLOP/s';
  base: number | null;
  head: number | null;
  /** head / base. */
  ratio: number | null;
  ci: [number, number] | null;
  /**
   * The confidence of `ci` when it is not the comparison's own: a row decided at a look of the
   * sequential plan (latency p50, and throughput at the latency batch) carries that look's.
   */
  confidence?: number;
  rounds: number;
  /**
   * The session pairs the rounds came from, when several (compare/ab.ts: the interval is then
   * over the pairs). Absent when one pair ran every round, or for fresh-process pairs.
   */
  pairs?: number;
  verdict: RuntimeVerdict;
  reason: string;
  /** Whether this indicator can fail a build by default (tails and derived ones cannot). */
  gating: boolean;
}

export interface RuntimeCompareOptions {
  threshold: number;
  confidence: number;
  resamples: number;
  seed: number;
}

const lower = (o: RuntimeCompareOptions): VerdictOptions => ({
  ...o,
  direction: 'lower-is-better',
});
const higher = (o: RuntimeCompareOptions): VerdictOptions => ({
  ...o,
  direction: 'higher-is-better',
});

/**
 * A throughput row's label, unit and values: tokens/s when both sides count tokens (a sequence
 * dim is bound: a run handles batch × sequence_length tokens, and the label says how many),
 * else examples/s. The ratio and its verdict are the same either way.
 */
export function throughputRow(
  a: Throughput,
  b: Throughput,
): Pick<RuntimeDelta, 'label' | 'unit' | 'base' | 'head'> {
  if (a.tokensPerSecond === undefined || b.tokensPerSecond === undefined) {
    return {
      label: labelOf(`throughput.b${a.batch}`),
      unit: 'examples/s',
      base: a.examplesPerSecond,
      head: b.examplesPerSecond,
    };
  }
  const perExample = Math.round(a.tokensPerSecond / a.examplesPerSecond);
  return {
    label: `throughput (batch ${a.batch}; a run is ${a.batch} × ${perExample} tokens)`,
    unit: 'tokens/s',
    base: a.tokensPerSecond,
    head: b.tokensPerSecond,
  };
}

export function compareRuntime(
  pair: PairResult,
  analyses: { base: Analysis; head: Analysis },
  options: RuntimeCompareOptions,
): RuntimeDelta[] {
  const { a, b } = pair;
  if (a.status !== 'ok' || b.status !== 'ok') return [failed(a, b)];
  const out: RuntimeDelta[] = [];
  // With a sequential plan, the verdict is the last look's: at that look's confidence. So is
  // that of throughput at the latency batch, which the same rounds decide.
  const look = pair.latencyLooks.at(-1);
  const atLast = (o: VerdictOptions) => (look ? atLook(o, look.confidence) : o);
  const lookConfidence = look ? { confidence: look.confidence } : {};
  const lat = pairedVerdict(pair.latencyRounds, atLast(lower(options)));
  const batch = a.latency!.batch;
  out.push({
    indicator: 'latency.p50',
    label: `${labelOf('latency.p50')} (batch ${batch})`,
    unit: 'ms',
    base: a.latency!.summary.p50,
    head: b.latency!.summary.p50,
    ...fromVerdict(lat),
    ...lookConfidence,
    gating: true,
  });
  for (const p of ['p90', 'p99'] as const) {
    const base = a.latency!.summary[p];
    const head = b.latency!.summary[p];
    out.push({
      indicator: `latency.${p}`,
      label: `${labelOf(`latency.${p}`)} (batch ${batch})`,
      unit: 'ms',
      base,
      head,
      ratio: head / base,
      ci: null,
      rounds: pair.latencyRounds.length,
      verdict: 'not-tested',
      reason:
        'tail percentiles are reported, not tested: they need thousands of samples to be stable',
      gating: false,
    });
  }
  for (const t of a.throughput ?? []) {
    const h = b.throughput?.find((x) => x.batch === t.batch);
    if (!h) continue;
    const rounds = t.batch === batch ? pair.latencyRounds : pair.throughputRounds[String(t.batch)];
    if (!rounds) continue;
    const perSecond = rounds.map((r) => ({
      a: (t.batch * 1000) / r.a,
      b: (t.batch * 1000) / r.b,
      epoch: r.epoch,
    }));
    const same = t.batch === batch;
    out.push({
      indicator: `throughput.b${t.batch}`,
      ...throughputRow(t, h),
      ...fromVerdict(pairedVerdict(perSecond, same ? atLast(higher(options)) : higher(options))),
      ...(same ? lookConfidence : {}),
      gating: true,
    });
  }
  out.push(
    fresh(
      'coldStart',
      a.coldStart?.summary.p50,
      b.coldStart?.summary.p50,
      pair.coldStartRounds,
      options,
    ),
  );
  out.push(
    fresh(
      'firstRun',
      a.firstRun?.summary.p50,
      b.firstRun?.summary.p50,
      pair.firstRunRounds,
      options,
    ),
  );
  out.push(memory(a, b, pair.memoryRounds, options.threshold));
  const bubble = outsideKernelsRow(a, b, pair.outsideKernelsRounds, lower(options));
  if (bubble) out.push(bubble);
  out.push(achieved(analyses, lat, out[0], options.threshold));
  return out;
}

function fromVerdict(v: ReturnType<typeof pairedVerdict>) {
  return {
    ratio: v.ratio,
    ci: v.ci,
    rounds: v.rounds,
    ...(v.pairs ? { pairs: v.pairs } : {}),
    verdict: v.verdict,
    reason: v.reason,
  };
}

function fresh(
  indicator: string,
  base: number | undefined,
  head: number | undefined,
  rounds: Round[],
  options: RuntimeCompareOptions,
): RuntimeDelta {
  return {
    indicator,
    label: labelOf(indicator),
    unit: 'ms',
    base: base ?? null,
    head: head ?? null,
    ...fromVerdict(pairedVerdict(rounds, lower(options))),
    gating: true,
  };
}

/**
 * Peak RSS varies little between fresh processes, so a few pairs decide: every pair beyond the
 * threshold in the same direction is a change, every pair within it is none, else inconclusive.
 */
function memory(
  a: ModelMeasurement,
  b: ModelMeasurement,
  rounds: Round[],
  threshold: number,
): RuntimeDelta {
  const base = a.peakRss?.bytes ?? null;
  const head = b.peakRss?.bytes ?? null;
  const row = {
    indicator: 'peakRss',
    label: labelOf('peakRss'),
    unit: 'bytes' as const,
    base,
    head,
    gating: true,
  };
  const baseline = median(a.peakRss?.withoutModelBytes ?? [0]);
  // Ratios of the model's own memory, not of the whole process (which includes the runtime).
  const ratios = rounds.map((r) => Math.max(1, r.b - baseline) / Math.max(1, r.a - baseline));
  if (base === null || head === null || ratios.length === 0) {
    return {
      ...row,
      ratio: null,
      ci: null,
      rounds: 0,
      verdict: 'inconclusive',
      reason: 'peak memory was not measured',
    };
  }
  const ratio = Math.max(1, head) / Math.max(1, base);
  const ci: [number, number] = [Math.min(...ratios), Math.max(...ratios)];
  const up = 1 + threshold;
  const pct = `${Math.round(threshold * 100)}%`;
  const range = `pairs ${ratioInterval(ci)}`;
  if (ci[0] > up)
    return {
      ...row,
      ratio,
      ci,
      rounds: ratios.length,
      verdict: 'worse',
      reason: `every pair is above +${pct} (${range})`,
    };
  if (ci[1] < 1 / up)
    return {
      ...row,
      ratio,
      ci,
      rounds: ratios.length,
      verdict: 'better',
      reason: `every pair is below −${pct} (${range})`,
    };
  if (ci[0] >= 1 / up && ci[1] <= up)
    return {
      ...row,
      ratio,
      ci,
      rounds: ratios.length,
      verdict: 'unchanged',
      reason: `every pair is within ±${pct} (${range})`,
    };
  return {
    ...row,
    ratio,
    ci,
    rounds: ratios.length,
    verdict: 'inconclusive',
    reason: `the pairs disagree (${range})`,
  };
}

/** FLOPs / p50 latency: its CI is the latency CI scaled by the (exact) FLOPs ratio. */
function achieved(
  analyses: { base: Analysis; head: Analysis },
  lat: ReturnType<typeof pairedVerdict>,
  latency: RuntimeDelta,
  threshold: number,
): RuntimeDelta {
  const fa = analyses.base.totals.flops;
  const fb = analyses.head.totals.flops;
  const row = {
    indicator: 'achievedFlopsPerSecond',
    label: labelOf('achievedFlopsPerSecond'),
    unit: 'FLOP/s' as const,
    gating: false,
  };
  if (!fa || !fb || !latency.base || !latency.head) {
    return {
      ...row,
      base: null,
      head: null,
      ratio: null,
      ci: null,
      rounds: 0,
      verdict: 'not-tested',
      reason: 'no FLOPs or no latency',
    };
  }
  const flopsRatio = fb / fa;
  const ratio = flopsRatio / lat.ratio;
  const ci: [number, number] = [flopsRatio / lat.ci[1], flopsRatio / lat.ci[0]];
  // No direction (src/indicators.ts): a significant move is 'changed', neither better nor worse.
  const d: { verdict: RuntimeVerdict; reason: string } =
    lat.rounds < 5
      ? { verdict: 'inconclusive' as const, reason: lat.reason }
      : decide(ratio, ci, threshold, 'higher-is-better', 'FLOPs / latency');
  if (d.verdict === 'better' || d.verdict === 'worse') d.verdict = 'changed';
  return {
    ...row,
    base: fa / (latency.base / 1000),
    head: fb / (latency.head / 1000),
    ratio,
    ci,
    rounds: lat.rounds,
    ...d,
  };
}

function failed(a: ModelMeasurement, b: ModelMeasurement): RuntimeDelta {
  const bad = [a, b]
    .filter((m) => m.status !== 'ok')
    .map((m) => `${m.id}: ${m.status}: ${m.error}`);
  return {
    indicator: 'latency.p50',
    label: labelOf('latency.p50'),
    unit: 'ms',
    base: a.latency?.summary.p50 ?? null,
    head: b.latency?.summary.p50 ?? null,
    ratio: null,
    ci: null,
    rounds: 0,
    verdict: 'inconclusive',
    reason: `not compared: ${bad.join('; ')}`,
    gating: false,
  };
}
