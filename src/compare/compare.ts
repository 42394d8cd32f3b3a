/**
 * Builds the comparison (`misnomer/comparison@1`) of two Results: models matched by id (added
 * and removed ones said so), static deltas, runtime deltas (paired when both were measured in
 * one run; unpaired, with a wider threshold, only on matching hardware; otherwise shown as
 * not comparable), op-type shifts, contradictions, gates, and the headline.
 */
import { fingerprintText, speedComparable } from '../measure/fingerprint.ts';
import type { PairResult } from '../measure/pair.ts';
import type { ModelMeasurement } from '../measure/types.ts';
import { share } from '../format.ts';
import { labelOf } from '../indicators.ts';
import { splitUnit } from '../scenario.ts';
import { TOOL_VERSION } from '../version.ts';
import { unpairedVerdict, type VerdictOptions } from './ab.ts';
import { findContradictions } from './contradictions.ts';
import { evaluateGates } from './gate-evaluate.ts';
import type { Gate } from './gate-parse.ts';
import type { Result, ResultModel } from './result.ts';
import { compareRuntime, throughputRow, type RuntimeDelta } from './runtime.ts';
import { opTypeShifts, staticDeltas } from './static.ts';
import { headline } from './headline.ts';
import { loadDependence, loadDependenceNote } from './load-dependence.ts';
import { comparisonRoofline, placeShifts } from './roofline.ts';
import { COMPARISON_SCHEMA, type Comparison, type ModelComparison } from './types.ts';

export interface CompareOptions {
  /** Runtime threshold T (0.05 = 5%). */
  threshold: number;
  /** A static change counts for contradictions from this relative size on. */
  staticThreshold: number;
  confidence: number;
  resamples: number;
  seed: number;
  gates?: Gate[];
  onInconclusive?: boolean;
  /** Gates of a model with no base trip (config fail-on-missing-base). */
  onMissingBase?: boolean;
}

export interface Side {
  label: string;
  result: Result;
}

/**
 * Below this threshold a paired verdict whose rounds all ran on one pair of sessions (a budget
 * too short for several) can rest on the offset that pair carries for its whole life (about ±1%
 * on the benchmark machine), which one pair's interval does not cover: docs/measurement.md#verdicts
 * ("What one pair leaves out"). Rounds of several pairs are judged over the pairs.
 */
export const LOWEST_PAIRED_THRESHOLD = 0.02;

/** Results of different runs are compared unpaired, with this multiple of the threshold. */
const UNPAIRED_THRESHOLD_FACTOR = 2;

export function buildComparison(
  base: Side,
  head: Side,
  options: CompareOptions,
  paired: Map<string, PairResult> = new Map(),
): Comparison {
  const hardware = hardwareOf(base.result, head.result);
  const ids = [
    ...new Set([...base.result.models.map((m) => m.id), ...head.result.models.map((m) => m.id)]),
  ];
  const models = ids.map((id) => {
    const a = base.result.models.find((m) => m.id === id);
    const b = head.result.models.find((m) => m.id === id);
    const scenario = scenarioOf(id, (b ?? a)!);
    if (!a || !b) return { ...onlyOne(id, a ? 'removed' : 'added'), ...scenario };
    return {
      ...compareModel(a, b, options, paired.get(id), hardware, base.result, head.result),
      ...scenario,
    };
  });
  const gates = options.gates
    ? evaluateGates(options.gates, models, {
        onInconclusive: options.onInconclusive,
        confidence: options.confidence,
        onMissingBase: options.onMissingBase,
      })
    : [];
  const c: Comparison = {
    schema: COMPARISON_SCHEMA,
    tool: { name: 'misnomer', version: TOOL_VERSION },
    base: { label: base.label, ...(base.result.commit ? { commit: base.result.commit } : {}) },
    head: { label: head.label, ...(head.result.commit ? { commit: head.result.commit } : {}) },
    models,
    gates,
    headline: '',
    ...(head.result.settings ? { settings: head.result.settings } : {}),
    ...(hardware ? { hardware } : {}),
    method: {
      threshold: options.threshold,
      confidence: options.confidence,
      resamples: options.resamples,
      seed: options.seed,
    },
  };
  const roofline = comparisonRoofline(base.result.roofline, head.result.roofline);
  if (roofline) c.roofline = roofline;
  const rooflineError = head.result.rooflineError ?? base.result.rooflineError;
  const notes = !roofline && rooflineError ? [rooflineError] : [];
  const onePair = (m: ModelComparison) =>
    m.runtimeMode === 'paired' &&
    m.runtime.some((d) => d.indicator === 'latency.p50' && d.rounds > 0 && !d.pairs);
  if (options.threshold < LOWEST_PAIRED_THRESHOLD && models.some(onePair)) {
    notes.push(
      `The runtime threshold, ${share(options.threshold)}, is below 2%, and the budget was too short ` +
        'for more than one pair of sessions: two sessions of one model can run about 1% apart for as ' +
        'long as they live, an offset that the rounds of one pair do not cover, so a verdict this close ' +
        'to it may be that offset (docs/measurement.md, "What one pair leaves out").',
    );
  }
  if (notes.length > 0) c.notes = notes;
  c.headline = headline(c);
  return c;
}

/** The scenario of a unit id, with the dims it was analyzed at. */
function scenarioOf(id: string, m: ResultModel): Pick<ModelComparison, 'scenario'> {
  const { scenario } = splitUnit(id);
  return scenario ? { scenario: { name: scenario, dims: { ...m.analysis.dims } } } : {};
}

function onlyOne(id: string, status: 'added' | 'removed'): ModelComparison {
  return {
    id,
    status,
    reason: status === 'added' ? 'new in head: nothing to compare with' : 'not in head any more',
    static: [],
    runtime: [],
    runtimeMode: 'none',
    opTypes: [],
    contradictions: [],
    notes: [],
  };
}

function compareModel(
  a: ResultModel,
  b: ResultModel,
  options: CompareOptions,
  pair: PairResult | undefined,
  hardware: Comparison['hardware'],
  baseResult: Result,
  headResult: Result,
): ModelComparison {
  const notes: string[] = [];
  if (baseResult.tool.countingRules !== headResult.tool.countingRules) {
    notes.push(
      `the counting rules changed between misnomer ${baseResult.tool.version} (base) and ` +
        `${headResult.tool.version} (head): static deltas may come from the tool, not the model`,
    );
  }
  const verdict = {
    threshold: options.threshold,
    confidence: options.confidence,
    resamples: options.resamples,
    seed: options.seed,
  };
  let runtime: RuntimeDelta[] = [];
  let runtimeMode: ModelComparison['runtimeMode'] = 'none';
  if (pair) {
    runtime = compareRuntime(pair, { base: a.analysis, head: b.analysis }, verdict);
    runtimeMode = 'paired';
    const load = loadDependence(pair.latencyRounds, options.threshold);
    if (load) notes.push(loadDependenceNote(load));
  } else if (a.measurement && b.measurement) {
    runtimeMode = hardware?.comparable ? 'unpaired' : 'not-comparable';
    runtime = unpairedRuntime(
      a,
      b,
      runtimeMode,
      { ...verdict, threshold: UNPAIRED_THRESHOLD_FACTOR * options.threshold },
      hardware,
    );
    if (runtimeMode === 'unpaired') {
      notes.push(
        `speed was measured in two runs on matching hardware: compared unpaired, with a threshold of ` +
          `${+(100 * UNPAIRED_THRESHOLD_FACTOR * options.threshold).toFixed(2)}%`,
      );
    }
  }
  // A model whose measurement failed (load, crash, timeout) fails the comparison: its static
  // deltas are still shown, its speed is not compared.
  const sides = { base: pair?.a ?? a.measurement, head: pair?.b ?? b.measurement };
  const failures = (['base', 'head'] as const)
    .filter((k) => sides[k] && sides[k]!.status !== 'ok')
    .map((k) => `${k}: ${sides[k]!.status}: ${sides[k]!.error ?? ''}`);
  const m: Omit<ModelComparison, 'contradictions'> = {
    id: a.id,
    status: failures.length ? 'failed' : 'compared',
    ...(failures.length
      ? {
          reason: failures.join('; '),
          failedSides: (['base', 'head'] as const).filter(
            (k) => sides[k] && sides[k]!.status !== 'ok',
          ),
        }
      : {}),
    static: staticDeltas(a.analysis, b.analysis, options.staticThreshold),
    runtime,
    runtimeMode,
    opTypes: opTypeShifts(a.analysis, b.analysis, {
      base: pair?.a ?? a.measurement,
      head: pair?.b ?? b.measurement,
    }),
    notes,
  };
  const roofline = comparisonRoofline(baseResult.roofline, headResult.roofline);
  if (roofline) {
    placeShifts(m.opTypes, a.analysis, b.analysis, roofline);
    m.ridgeFlopsPerByte = roofline.ridgeFlopsPerByte;
  }
  return {
    ...m,
    contradictions: findContradictions(m, {
      staticThreshold: options.staticThreshold,
      runtimeThreshold:
        runtimeMode === 'unpaired'
          ? UNPAIRED_THRESHOLD_FACTOR * options.threshold
          : options.threshold,
    }),
  };
}

/** Different runs: latency and throughput from their raw samples, unpaired, or not comparable. */
function unpairedRuntime(
  a: ResultModel,
  b: ResultModel,
  mode: 'unpaired' | 'not-comparable',
  options: Omit<VerdictOptions, 'direction'>,
  hardware: Comparison['hardware'],
): RuntimeDelta[] {
  const ma = a.measurement as ModelMeasurement;
  const mb = b.measurement as ModelMeasurement;
  const rows: RuntimeDelta[] = [];
  const add = (
    indicator: string,
    label: string,
    unit: RuntimeDelta['unit'],
    sa?: number[],
    sb?: number[],
    direction: VerdictOptions['direction'] = 'lower-is-better',
    base?: number,
    head?: number,
  ) => {
    if (!sa?.length || !sb?.length) return;
    const row = { indicator, label, unit, base: base ?? null, head: head ?? null, rounds: 0 };
    if (mode === 'not-comparable') {
      const why = hardware?.differences.join('; ') || 'unknown';
      rows.push({
        ...row,
        ratio: null,
        ci: null,
        verdict: 'not-comparable',
        reason: `measured on different hardware or settings (${why})`,
        gating: false,
      });
      return;
    }
    const v = unpairedVerdict(sa, sb, { ...options, direction });
    rows.push({
      ...row,
      ratio: v.ratio,
      ci: v.ci,
      verdict: v.verdict,
      reason: v.reason,
      gating: true,
    });
  };
  add(
    'latency.p50',
    `${labelOf('latency.p50')} (batch ${ma.latency?.batch ?? 1})`,
    'ms',
    ma.latency?.samplesMs,
    mb.latency?.samplesMs,
    'lower-is-better',
    ma.latency?.summary.p50,
    mb.latency?.summary.p50,
  );
  for (const t of ma.throughput ?? []) {
    const h = mb.throughput?.find((x) => x.batch === t.batch);
    const perSecond = (s: number[]) => s.map((ms) => (t.batch * 1000) / ms);
    if (!h) continue;
    const row = throughputRow(t, h);
    add(
      `throughput.b${t.batch}`,
      row.label,
      row.unit,
      perSecond(t.latency.samplesMs),
      perSecond(h.latency.samplesMs),
      'higher-is-better',
      row.base ?? undefined,
      row.head ?? undefined,
    );
  }
  add(
    'coldStart',
    labelOf('coldStart'),
    'ms',
    ma.coldStart?.samplesMs,
    mb.coldStart?.samplesMs,
    'lower-is-better',
    ma.coldStart?.summary.p50,
    mb.coldStart?.summary.p50,
  );
  return rows;
}

function hardwareOf(a: Result, b: Result): Comparison['hardware'] | undefined {
  const fa = a.fingerprint ?? b.fingerprint;
  if (!fa) return undefined;
  if (!a.fingerprint || !b.fingerprint || !a.settings || !b.settings) {
    // Only one side says where it ran: speeds cannot be shown to be comparable.
    const missing = a.fingerprint ? 'head' : 'base';
    return {
      comparable: false,
      differences: [`the ${missing} result has no hardware fingerprint or settings`],
      description: fingerprintText(fa),
    };
  }
  const { comparable, differences } = speedComparable(
    a.fingerprint,
    b.fingerprint,
    a.settings,
    b.settings,
  );
  return { comparable, differences, description: fingerprintText(b.fingerprint) };
}
