/**
 * Gates (issue 4): limits from the config (`gates: { latency.p50: +5%, params: +1M, ... }`) and
 * whether a comparison passed them.
 *
 * A limit says how much WORSE an indicator may get, as a relative ('+5%') or an absolute
 * ('+1M params', '+2ms', '+512MB') change:
 * - lower-is-better indicators (params, FLOPs, bytes, latency, memory) take a positive limit:
 *   `latency.p50: +5%` trips when latency rises by more than 5%;
 * - higher-is-better ones (throughput, arithmeticIntensity) take a negative limit, the largest
 *   allowed drop: `throughput: -5%` trips when throughput falls by more than 5%.
 * An unsigned limit ('5%') means the worse direction. A limit pointing the better way ('-3%' on
 * latency) is rejected: it would fail every pull request that does not improve the model,
 * including those that do not touch it. A change equal to the limit passes.
 *
 * Static gates compare the exact change. Runtime gates act only on a `worse` verdict, and
 * conservatively: the end of the confidence interval nearest to no change (the lower end for
 * latency, the upper end for throughput) must be beyond the limit, so a gate trips only when
 * the measurement shows, at the CI's confidence, a regression larger than the limit. The
 * reason shows the point estimate and the CI. `inconclusive` verdicts never trip unless
 * `on-inconclusive: true`; then they trip when the point estimate is beyond the limit (the CI
 * cannot decide, by definition). `not-tested` (tail percentiles) and `not-comparable`
 * (different hardware) never trip. An explicitly configured gate ignores RuntimeDelta.gating:
 * the config is the user asking.
 */
import { UserError } from '../errors.ts';
import { splitUnit } from '../scenario.ts';
import { percentChange, quantityWithInterval, ratioChange, si, signedQuantity } from '../format.ts';
import { INDICATORS, THROUGHPUT_BATCH, type Direction, type Quantity } from '../indicators.ts';
import type { RuntimeDelta } from './runtime.ts';
import type { GateOutcome, ModelComparison, StaticDelta } from './types.ts';

export type { Quantity };

/** A limit on one indicator. */
export interface IndicatorGate {
  kind: 'indicator';
  /** As written in the config: 'latency.p50', 'throughput', 'throughput.b8', 'params'. */
  key: string;
  /** As written: '+5%', '+1M', '+2ms'. */
  limit: string;
  /** Static totals are exact; runtime indicators have verdicts. */
  runtime: boolean;
  quantity: Quantity;
  direction: Direction;
  /** true: `amount` is a fraction (0.05 = +5%); false: in the indicator's unit (ms, bytes, count). */
  relative: boolean;
  /** Signed: the largest allowed change, positive for lower-is-better, negative for higher. */
  amount: number;
}

/** `fail-on-contradiction` (a gate) or `on-inconclusive` (a setting of the runtime gates). */
export interface SwitchGate {
  kind: 'fail-on-contradiction' | 'on-inconclusive';
  key: string;
  limit: string;
  enabled: boolean;
}

/** A gate; with `scenario`, it judges only that scenario of each model (`decode.latency.p50`). */
export type Gate = (IndicatorGate | SwitchGate) & { scenario?: string };

/** The gate as written: `latency.p50`, or `decode.latency.p50` for a scenario's gate. */
export const gateName = (g: Gate): string => (g.scenario ? `${g.scenario}.${g.key}` : g.key);

/**
 * Parses a gate whose key may start with a scenario name (`decode.latency.p50: +5%`): a gate of
 * that scenario only. `scenarios` are the scenario names in use.
 */
export function parseScopedGate(
  key: string,
  limit: string | number | boolean,
  scenarios: ReadonlySet<string>,
  where?: string,
): Gate {
  const dot = key.indexOf('.');
  const first = dot < 0 ? '' : key.slice(0, dot);
  if (!scenarios.has(first)) return parseGate(key, limit, where);
  const rest = key.slice(dot + 1);
  if (rest === 'on-inconclusive') {
    throw new UserError(
      `${where ? `${where}: ` : ''}gate ${key}: on-inconclusive applies to every runtime gate; ` +
        'write it without a scenario.',
    );
  }
  return { ...parseGate(rest, limit, where), scenario: first };
}

/** Whether a scenario name would read as the start of a gate key (`latency`, `throughput`). */
export const clashesWithGateKey = (name: string): boolean =>
  GATE_KEYS.some((k) => k === name || k.startsWith(`${name}.`));

export interface GateOptions {
  /** Inconclusive runtime verdicts trip too; defaults to an `on-inconclusive: true` gate. */
  onInconclusive?: boolean;
  /** Of the runtime CIs (0.99), only to say "99% CI" in reasons. */
  confidence?: number;
  /** A model added in the head (no base) trips its gates rather than passing unjudged. */
  onMissingBase?: boolean;
}

interface Spec {
  quantity: Quantity;
  /** The direction a limit guards (the indicator's, or for a directionless one its gates'). */
  direction: Direction;
  runtime: boolean;
  /** Unit words an absolute limit may carry (case-insensitive); the first is shown. */
  words: string[];
}

/** Every indicator a gate may name, from the catalogue. */
const SPECS: Record<string, Spec> = Object.fromEntries(
  INDICATORS.flatMap((r) =>
    r.gate
      ? [
          [
            r.key,
            {
              quantity: r.quantity,
              direction: r.gate.limit,
              runtime: r.stage === 'runtime',
              words: r.gate.words,
            },
          ],
        ]
      : [],
  ),
);
const THROUGHPUT = SPECS.throughput;

const SWITCHES = ['fail-on-contradiction', 'on-inconclusive'] as const;
const BATCH_KEY = THROUGHPUT_BATCH;

/** Every key a gate may have ('throughput.b<N>' stands for any batch size). */
export const GATE_KEYS: readonly string[] = [...Object.keys(SPECS), 'throughput.b<N>', ...SWITCHES];

/** Whether `key` is a gate key as written without a scenario (`throughput.b8` for any batch). */
export const isGateKey = (key: string): boolean =>
  Object.hasOwn(SPECS, key) ||
  (BATCH_KEY.test(key) && key.length <= 20) ||
  (SWITCHES as readonly string[]).includes(key);

/** Parses one `gates:` entry; `where` (e.g. ".github/misnomer.yml, gates") prefixes errors. */
export function parseGate(key: string, limit: string | number | boolean, where?: string): Gate {
  const at = where ? `${where}: ` : '';
  const written = String(limit);
  if ((SWITCHES as readonly string[]).includes(key)) {
    if (typeof limit !== 'boolean') {
      throw new UserError(
        `${at}gate ${key}: ${show(limit)} is not a boolean; expected true or false.`,
      );
    }
    return { kind: key as SwitchGate['kind'], key, limit: written, enabled: limit };
  }
  const spec = specOf(key, at);
  const expected = expectation(spec);
  const bad = (what: string) => new UserError(`${at}gate ${key}: ${what}; expected ${expected}.`);
  if (typeof limit === 'boolean') throw bad(`${show(limit)} is not a limit`);
  if (typeof limit === 'number' && !Number.isFinite(limit)) {
    throw bad(`${show(limit)} is not a limit`);
  }
  const m = /^([+-])?\s*(\d+(?:\.\d*)?|\.\d+)\s*(.*)$/.exec(written.trim());
  if (!m) throw bad(`${show(limit)} is not a limit`);
  const [, sign, digits, rawUnit] = m;
  const unit = rawUnit.trim();
  let magnitude: number;
  let relative = false;
  if (unit === '%') {
    magnitude = Number(digits) / 100;
    relative = true;
  } else {
    const scale = unitScale(unit, spec);
    if (scale === 'missing') {
      throw bad(`${show(limit)} has no unit, and ${key} is ${describe(spec)}`);
    }
    if (scale === null) {
      throw bad(
        `${show(limit)}: ${foreignUnit(unit)} is not a unit for ${key}, which is ${describe(spec)}`,
      );
    }
    magnitude = Number(digits) * scale;
  }
  const worseSign = spec.direction === 'lower-is-better' ? 1 : -1;
  const signed = sign === '-' ? -magnitude : sign === '+' ? magnitude : worseSign * magnitude;
  if (signed * worseSign < 0) {
    const [way, example] =
      spec.direction === 'lower-is-better'
        ? ['increase for a lower-is-better indicator', `+${digits}${rawUnit}`]
        : ['drop for a higher-is-better indicator', `-${digits}${rawUnit}`];
    throw new UserError(
      `${at}gate ${key}: ${show(limit)} would trip unless ${key} improves; ` +
        `a limit is the largest allowed ${way}, e.g. ${example}.`,
    );
  }
  return {
    kind: 'indicator',
    key,
    limit: written,
    runtime: spec.runtime,
    quantity: spec.quantity,
    direction: spec.direction,
    relative,
    amount: signed === 0 ? 0 : signed,
  };
}

/** Parses a whole `gates:` mapping, in its order. */
export function parseGates(
  entries: Record<string, string | number | boolean>,
  where?: string,
): Gate[] {
  return Object.entries(entries).map(([key, limit]) => parseGate(key, limit, where));
}

function specOf(key: string, at: string): Spec {
  if (Object.hasOwn(SPECS, key)) return SPECS[key];
  if (BATCH_KEY.test(key)) return THROUGHPUT;
  if (key.startsWith('throughput.')) {
    throw new UserError(
      `${at}unknown gate "${key}"; expected throughput (every batch size) or throughput.b<N> ` +
        'with N a batch size, e.g. throughput.b8.',
    );
  }
  const near = suggest(key, GATE_KEYS);
  throw new UserError(
    near
      ? `${at}unknown gate "${key}"; did you mean "${near}"?`
      : `${at}unknown gate "${key}"; expected one of: ${GATE_KEYS.join(', ')}.`,
  );
}

/** The closest known key, if it is close enough to be a typo (case is ignored). */
export function suggest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return bestDistance <= Math.max(2, Math.ceil(key.length / 3)) ? best : undefined;
}

/** Levenshtein distance: insertions, deletions and substitutions, one row at a time. */
export function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, substitution);
    }
    previous = row;
  }
  return previous[b.length];
}

const TIME_UNITS: Record<string, number> = { ms: 1, s: 1000, µs: 0.001, us: 0.001 };
const SI_PREFIX: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12 };
const POWERS: Record<string, number> = { k: 1, m: 2, g: 3, t: 4 };

/** The factor to the indicator's unit, 'missing' for no unit where one is needed, null if foreign. */
function unitScale(unit: string, spec: Spec): number | 'missing' | null {
  if (spec.quantity === 'time') {
    if (unit === '') return 'missing';
    return TIME_UNITS[unit.toLowerCase()] ?? null;
  }
  if (spec.quantity === 'bytes') {
    if (unit === '' || /^(b|bytes?)$/i.test(unit)) return 1;
    const m = /^([kmgt])(i?)b$/i.exec(unit);
    // kB = 1000 B, KiB = 1024 B: what the user wrote, not a guess.
    return m ? (m[2] ? 1024 : 1000) ** POWERS[m[1].toLowerCase()] : null;
  }
  const isWord = (w: string) => w === '' || spec.words.some((x) => x.toLowerCase() === w);
  // 'MACs' is one MAC-word, not mega-'ACs': try the whole unit as a word first.
  if (isWord(unit.toLowerCase())) return 1;
  const prefix = SI_PREFIX[unit[0]];
  if (prefix && isWord(unit.slice(1).trim().toLowerCase())) return prefix;
  return null;
}

/** The part of a unit that does not fit: 'FLOPs' of 'G FLOPs' (but 'MB' stays 'MB'). */
function foreignUnit(unit: string): string {
  const rest = unit.slice(1).trim();
  const known = Object.values(SPECS).some((s) =>
    s.words.some((w) => w.toLowerCase() === rest.toLowerCase()),
  );
  return SI_PREFIX[unit[0]] && rest && known ? rest : unit;
}

function describe(spec: Spec): string {
  switch (spec.quantity) {
    case 'time':
      return 'a time';
    case 'bytes':
      return 'a size in bytes';
    case 'ratio':
      return 'a ratio in FLOP/B';
    case 'rate':
      return 'a rate in examples/s';
    case 'count':
      return `a count of ${spec.words[0]}`;
  }
}

function expectation(spec: Spec): string {
  const rel = spec.direction === 'lower-is-better' ? '+5%' : '-5%';
  const lead = `a relative limit like ${rel} or`;
  switch (spec.quantity) {
    case 'time':
      return `${lead} a time like +2ms (ms, s or µs)`;
    case 'bytes':
      return `${lead} a size like +512MB or +1GiB (B, kB, MB, GB, TB, KiB, MiB, GiB, TiB)`;
    case 'ratio':
      return `${lead} a number like -0.5 (FLOP/B)`;
    case 'rate':
      return `${lead} a rate like -100 or -1.5k examples/s`;
    case 'count':
      return `${lead} a count like +200k or +1.5M ${spec.words[0]}`;
  }
}

function show(value: string | number | boolean): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
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
  const n = model.contradictions.length;
  const found =
    n === 0
      ? 'no contradictions'
      : `${n} contradiction${n === 1 ? '' : 's'}: ${model.contradictions.map((c) => c.title).join('; ')}`;
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
  const end = row.ci ? `the ${ciName}'s ${lower ? 'lower' : 'upper'} end` : 'the point estimate';
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
