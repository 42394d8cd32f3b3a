/**
 * Gates, parsed: the limits of a config's `gates:` mapping (`latency.p50: +5%`, `params: +1M`),
 * checked against the indicator catalogue (src/indicators.ts) for their key, units and sign.
 *
 * A limit says how much WORSE an indicator may get, as a relative ('+5%') or an absolute
 * ('+1M params', '+2ms', '+512MB') change:
 * - lower-is-better indicators (params, FLOPs, bytes, latency, memory) take a positive limit:
 *   `latency.p50: +5%` trips when latency rises by more than 5%;
 * - higher-is-better ones (throughput) take a negative limit, the largest allowed drop:
 *   `throughput: -5%` trips when throughput falls by more than 5%;
 * - an indicator with no direction keeps the sign its gates always had: growth for nodes,
 *   params per use and integer ops, a drop for arithmetic intensity (`arithmeticIntensity: -0.5`).
 * An unsigned limit ('5%') means the guarded direction. A limit pointing the other way ('-3%' on
 * latency) is rejected: it would fail every pull request that does not improve the model,
 * including those that do not touch it. Evaluation is in gate-evaluate.ts.
 */
import { UserError } from '../errors.ts';
import { INDICATORS, THROUGHPUT_BATCH, type Direction, type Quantity } from '../indicators.ts';
import { suggest } from '../suggest.ts';

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
