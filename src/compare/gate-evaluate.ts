/**
 * Gates, evaluated: whether a comparison passed the limits of gate-parse.ts, one outcome per gate
 * per model, each with a reason that shows the change in the one notation of src/format.ts.
 *
 * Static gates compare the exact change; a change equal to the limit passes. Runtime gates act
 * only on a `worse` verdict, and conservatively: the end of the confidence interval nearest to
 * no change (the lower end for latency, the upper end for throughput) must be beyond the limit,
 * so a gate trips only when the measurement shows, at the CI's confidence, a regression larger
 * than the limit. `inconclusive` verdicts never trip unless `on-inconclusive: true`; then they
 * trip when the point estimate is beyond the limit (the CI cannot decide, by definition).
 * `not-tested` (tail percentiles) and `not-comparable` (different hardware) never trip. An
 * explicitly configured gate ignores RuntimeDelta.gating: the config is the user asking.
 */
import {
  confidenceLevel,
  percentChange,
  quantityWithInterval,
  ratioChange,
  si,
  signedQuantity,
} from '../format.ts';
import type { Quantity } from '../indicators.ts';
import { splitUnit } from '../scenario.ts';
import { contradictionLines } from './contradictions.ts';
import { gateName, type Gate, type IndicatorGate, type SwitchGate } from './gate-parse.ts';
import type { RuntimeDelta } from './runtime.ts';
import type { GateOutcome, ModelComparison, StaticDelta } from './types.ts';

export interface GateOptions {
  /** Inconclusive runtime verdicts trip too; defaults to an `on-inconclusive: true` gate. */
  onInconclusive?: boolean;
  /** Of the runtime CIs (0.99), only to say "99% CI" in reasons. */
  confidence?: number;
  /** A model added in the head (no base) trips its gates rather than passing unjudged. */
  onMissingBase?: boolean;
}

/** One outcome per gate per model (`on-inconclusive` is a setting and has none). */
export function evaluateGates(
  gates: Gate[],
  models: ModelComparison[],
  options: GateOptions = {},
): GateOutcome[] {
  const onInconclusive =
    options.onInconclusive ?? gates.some((g) => g.kind === 'on-inconclusive' && g.enabled);
  const ci = options.confidence ? `${Math.round(options.confidence * 1000) / 10}% CI` : 'CI';
  const out: GateOutcome[] = [];
  for (const model of models) {
    for (const gate of gates) {
      if (gate.kind === 'on-inconclusive') continue;
      if (gate.scenario && splitUnit(model.id).scenario !== gate.scenario) continue;
      const base = { gate: gateName(gate), limit: gate.limit, model: model.id };
      if (model.status === 'added' && options.onMissingBase && gateIsOn(gate)) {
        out.push({ ...base, tripped: true, reason: MISSING_BASE });
      } else if (model.status !== 'compared') {
        out.push({ ...base, tripped: false, reason: notCompared(model) });
      } else if (gate.kind !== 'indicator') {
        out.push({ ...base, ...contradictionGate(gate, model) });
      } else if (gate.runtime) {
        out.push({ ...base, ...runtimeGate(gate, model, onInconclusive, ci) });
      } else {
        out.push({ ...base, ...staticGate(gate, model) });
      }
    }
  }
  return out;
}

type Decision = { tripped: boolean; reason: string };

/** Why a gate of a model with no base trips under fail-on-missing-base. */
export const MISSING_BASE =
  'no base to judge it against (the model is new, or its base could not be built or restored), and fail-on-missing-base is on';

/** A switch gate turned off (`fail-on-contradiction: false`) judges nothing, base or not. */
const gateIsOn = (gate: Gate): boolean => gate.kind === 'indicator' || gate.enabled;

/** The units (`model` or `model/scenario`) among `ids` that at least one gate that is on judges. */
export function gatedUnits(gates: Gate[], ids: string[]): string[] {
  const judges = (gate: Gate, id: string) =>
    gate.kind !== 'on-inconclusive' &&
    gateIsOn(gate) &&
    (!gate.scenario || splitUnit(id).scenario === gate.scenario);
  return ids.filter((id) => gates.some((g) => judges(g, id)));
}

function notCompared(model: ModelComparison): string {
  if (model.status === 'added')
    return 'gates do not apply: the model was added (no base to compare with)';
  if (model.status === 'removed')
    return 'gates do not apply: the model was removed (no head to compare)';
  return `gates do not apply: the model was not compared (${model.reason ?? 'it failed'})`;
}

function contradictionGate(gate: SwitchGate, model: ModelComparison): Decision {
  const lines = contradictionLines(model.contradictions);
  const n = lines.length;
  const found =
    n === 0
      ? 'no contradictions'
      : `${n} contradiction${n === 1 ? '' : 's'}: ${lines.map((c) => c.title).join('; ')}`;
  if (!gate.enabled) return { tripped: false, reason: `off: ${found} (reported, not gating)` };
  return { tripped: n > 0, reason: found };
}

function staticGate(gate: IndicatorGate, model: ModelComparison): Decision {
  const row: StaticDelta | undefined = model.static.find((r) => r.indicator === gate.key);
  if (!row) return { tripped: false, reason: `${gate.key} is not in the comparison` };
  if (row.base === null || row.head === null) {
    return {
      tripped: false,
      reason: `${row.label} is not known on both sides (base ${num(row.base)}, head ${num(row.head)})`,
    };
  }
  const delta = row.head - row.base;
  const incomplete = row.incomplete ? ' (incomplete: some nodes could not be counted)' : '';
  if (gate.relative && row.base === 0 && delta !== 0) {
    // No relative change exists from 0: any move the worse way breaks a relative limit.
    const tripped = beyond(Math.sign(delta) * Infinity, gate);
    return {
      tripped,
      reason: `${row.label} went from 0 to ${num(row.head)}: no relative change exists from 0, so it ${tripped ? verbBeyond(gate) : 'is within'} ${gate.limit}${incomplete}`,
    };
  }
  const change = gate.relative ? delta / row.base : delta;
  const tripped = beyond(change, gate);
  const shown = gate.relative ? percentChange(change) : signedAmount(change, gate.quantity);
  return {
    tripped,
    reason: `${row.label} ${shown} ${tripped ? verbBeyond(gate) : 'is within'} ${gate.limit}${incomplete}`,
  };
}

function runtimeGate(
  gate: IndicatorGate,
  model: ModelComparison,
  onInconclusive: boolean,
  ci: string,
): Decision {
  const rows = model.runtime.filter((r) =>
    gate.key === 'throughput' ? r.indicator.startsWith('throughput.b') : r.indicator === gate.key,
  );
  if (rows.length === 0) {
    const why =
      model.runtimeMode === 'none'
        ? 'no runtime measurement: runtime gates do not apply'
        : model.runtimeMode === 'not-comparable'
          ? 'runtime not comparable (different hardware): runtime gates never trip on it'
          : `${gate.key} was not measured`;
    return { tripped: false, reason: why };
  }
  const decisions = rows.map((r) => runtimeRow(gate, r, model, onInconclusive, ci));
  return {
    tripped: decisions.some((d) => d.tripped),
    reason: decisions.map((d) => d.reason).join('; '),
  };
}

function runtimeRow(
  gate: IndicatorGate,
  row: RuntimeDelta,
  model: ModelComparison,
  onInconclusive: boolean,
  ciName: string,
): Decision {
  if (row.verdict === 'not-comparable' || model.runtimeMode === 'not-comparable') {
    return { tripped: false, reason: `${row.label}: not comparable (${row.reason}): never trips` };
  }
  if (row.verdict === 'not-tested') {
    return { tripped: false, reason: `${row.label}: not tested (${row.reason}): never trips` };
  }
  if (row.ratio === null) {
    return { tripped: false, reason: `${row.label}: no ratio (${row.reason}): cannot trip` };
  }
  if (!gate.relative && row.base === null) {
    return { tripped: false, reason: `${row.label}: no base value for an absolute limit` };
  }
  // A ratio as the gate's kind of change: relative, or absolute in the unit of the base.
  const change = (ratio: number) => (gate.relative ? ratio - 1 : (ratio - 1) * row.base!);
  const shown = (x: number) => (gate.relative ? percentChange(x) : signedAmount(x, gate.quantity));
  const point = change(row.ratio);
  const measured = gate.relative
    ? ratioChange(row.ratio, row.ci)
    : quantityWithInterval(
        point,
        row.ci ? [change(row.ci[0]), change(row.ci[1])] : null,
        unitOf(gate.quantity),
      );
  const head = `${row.label} ${measured}, ${row.verdict}`;
  if (row.verdict === 'better' || row.verdict === 'unchanged') {
    return { tripped: false, reason: `${head}: only a worse verdict trips` };
  }
  if (row.verdict === 'inconclusive') {
    if (!onInconclusive) {
      return {
        tripped: false,
        reason: `${head}: inconclusive verdicts never trip (on-inconclusive is off)`,
      };
    }
    const tripped = beyond(point, gate);
    return {
      tripped,
      reason: tripped
        ? `${head}, ${verbBeyond(gate)} ${gate.limit} (on-inconclusive: the point estimate decides)`
        : `${head}, is within ${gate.limit}`,
    };
  }
  // worse: the end of the CI nearest to no change must be beyond the limit.
  const lower = gate.direction === 'lower-is-better';
  const nearest = row.ci ? change(lower ? row.ci[0] : row.ci[1]) : point;
  const name = row.confidence ? `${confidenceLevel(row.confidence)} CI` : ciName;
  const end = row.ci ? `the ${name}'s ${lower ? 'lower' : 'upper'} end` : 'the point estimate';
  const tripped = beyond(nearest, gate);
  return {
    tripped,
    reason: tripped
      ? `${head}, ${verbBeyond(gate)} ${gate.limit}: ${end} ${shown(nearest)} is beyond it`
      : `${head}, is within ${gate.limit}: ${end} ${shown(nearest)} is not beyond it`,
  };
}

/** Whether a change is past the limit in the worse direction; equal to the limit passes. */
function beyond(change: number, gate: IndicatorGate): boolean {
  // Ratios carry float noise (1.05 - 1 = 0.05000000000000004): a hair past the limit is at it.
  const slack = 1e-9 * Math.max(1, Math.abs(gate.amount));
  return gate.direction === 'lower-is-better'
    ? change > gate.amount + slack
    : change < gate.amount - slack;
}

function verbBeyond(gate: IndicatorGate): string {
  return gate.direction === 'lower-is-better' ? 'exceeds' : 'falls below';
}

/** The unit an absolute change of a quantity is shown in (a count is a bare number). */
function unitOf(quantity: Quantity): string {
  switch (quantity) {
    case 'time':
      return 'ms';
    case 'bytes':
      return 'bytes';
    case 'ratio':
      return 'FLOP/B';
    case 'rate':
      return 'examples/s';
    case 'count':
      return 'count';
  }
}

function signedAmount(x: number, quantity: Quantity): string {
  return signedQuantity(x, unitOf(quantity));
}

function num(x: number | null): string {
  return x === null ? '—' : si(x);
}
