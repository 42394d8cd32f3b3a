/**
 * Numbers as text, for every report and message: quantities in their units (1.82 GFLOPs,
 * 97.7 MiB, 4.38 ms), shares (31.3%), and changes with their uncertainty. Ground floor: pure
 * functions, importing nothing.
 *
 * One notation for a change: a signed percentage with a true minus sign (U+2212), one decimal
 * below 100% and none from there on (+8.1%, −83.3%, +250%), two significant digits below 0.1%
 * (+0.031%). With its confidence interval it reads "+12.3% (+8.1 to +16.9%)": the change, then
 * the range it lies in, in the same unit, so a reviewer reads both at a glance and sees at once
 * whether the range crosses zero. Tables, the headline, gate reasons, verdict reasons and
 * contradiction titles all print changes through `percentChange` and `changeWithInterval`.
 */
import type { Unit } from './indicators.ts';

export const MINUS = '\u2212';

const SI = [
  [1e15, 'P'],
  [1e12, 'T'],
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
] as const;

/** Three significant digits with an SI suffix: 4089184256 -> "4.09 G". */
export function si(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  const abs = Math.abs(n);
  for (const [scale, suffix] of SI) {
    if (abs >= scale) return `${sig3(n / scale)} ${suffix}`;
  }
  return Number.isInteger(n) ? String(n) : sig3(n);
}

/** Bytes in binary units: 102760448 -> "98.0 MiB". */
export function bytes(n: number | null | undefined): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let u = 0;
  while (Math.abs(v) >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${v} B` : `${sig3(v)} ${units[u]}`;
}

/** A part of a whole as a percentage with one decimal: (3127, 10000) -> "31.3%". */
export function percent(part: number, whole: number): string {
  if (!whole) return '—';
  return share(part / whole);
}

/** A share (0..1) as a percentage with one decimal: 0.3127 -> "31.3%"; undefined -> "—". */
export function share(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '—' : `${(100 * x).toFixed(1)}%`;
}

/** Three significant digits, no exponent: 1.8234 -> "1.82", 118.4 -> "118". */
export function sig3(x: number): string {
  const abs = Math.abs(x);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return x.toFixed(digits);
}

/**
 * Exact integer with thin grouping for tables where exactness matters: 25557032 -> "25,557,032".
 * Grouped by hand: the first toLocaleString() of a process loads ICU's locale data, 18 to 19 ms
 * of every `misnomer analyze` that prints a table (Node 20 and 24, on the development VM).
 */
export function exact(n: number): string {
  if (!Number.isInteger(n)) return String(n);
  // Beyond 1e21 String() switches to exponent notation; such counts are not met in practice.
  if (Math.abs(n) >= 1e21) return n.toLocaleString('en-US');
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** A signed integer with a true minus sign: +200, −4, 0. */
export function signedInteger(n: number): string {
  return `${n > 0 ? '+' : n < 0 ? MINUS : ''}${exact(Math.abs(n))}`;
}

/** Milliseconds with three significant digits, in µs, ns or s when that reads better. */
export function ms(x: number): string {
  const abs = Math.abs(x);
  if (abs >= 1000) return `${sig3(x / 1000)} s`;
  if (abs >= 1 || abs === 0) return `${sig3(x)} ms`;
  if (abs >= 1e-3) return `${sig3(x * 1000)} µs`;
  return `${sig3(x * 1e6)} ns`;
}

/** An SI-prefixed number glued to a symbol unit: 1.82e9, 'MACs' -> "1.82 GMACs"; 512 -> "512 MACs". */
function prefixed(n: number, unit: string): string {
  const s = si(n);
  return /[kMGTP]$/.test(s) ? `${s}${unit}` : `${s} ${unit}`;
}

/** A value in its unit: "1.82 GMACs", "98.0 MiB", "4.38 ms", "1.23 k examples/s", "—" for none. */
export function quantity(n: number | null | undefined, unit: Unit | string): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  switch (unit) {
    case 'bytes':
      return bytes(n);
    case 'ms':
      return ms(n);
    case 'MACs':
    case 'FLOPs':
    case 'FLOP/s':
    case 'B/s':
      return prefixed(n, unit);
    case 'FLOP/B':
      return `${sig3(n)} FLOP/B`;
    case 'nodes':
      return `${exact(n)} nodes`;
    case 'count':
      // A plain count: the row's label (params, transcendentals) is its unit.
      return si(n);
    default:
      return `${si(n)} ${unit}`;
  }
}

/**
 * A value in a table whose row label already names a counted unit (MACs, FLOPs, nodes, params):
 * the number alone, "1.82 G"; other units as `quantity` prints them.
 */
export function bareQuantity(n: number | null | undefined, unit: Unit | string): string {
  if (n === null || n === undefined || Number.isNaN(n)) return '—';
  if (unit === 'MACs' || unit === 'FLOPs' || unit === 'count') return si(n);
  if (unit === 'nodes') return exact(n);
  return quantity(n, unit);
}

/** An absolute change in its unit with its sign: -1.39e9 FLOPs -> "−1.39 GFLOPs"; 0 -> "0". */
export function signedQuantity(delta: number, unit: Unit | string): string {
  if (delta === 0) return '0';
  if (!Number.isFinite(delta)) return `${delta > 0 ? '+' : MINUS}∞`;
  return `${delta > 0 ? '+' : MINUS}${quantity(Math.abs(delta), unit)}`;
}

/** The magnitude of a percentage by the notation's rule, without sign or "%": 83.33 -> "83.3". */
export function percentMagnitude(percent: number): string {
  const abs = Math.abs(percent);
  if (!Number.isFinite(abs)) return '∞';
  if (abs === 0) return '0';
  if (abs < 0.1) return String(Number(abs.toPrecision(2)));
  // Decided after rounding: 99.96 prints as "100", never "100.0".
  const tenths = Math.round(abs * 10) / 10;
  return tenths < 100 ? tenths.toFixed(1) : String(Math.round(abs));
}

const signOf = (x: number) => (x > 0 ? '+' : x < 0 ? MINUS : '');

/** A relative change (head/base − 1) as a signed percentage: −0.8333 -> "−83.3%"; 0 -> "0%". */
export function percentChange(relative: number): string {
  return `${signOf(relative)}${percentMagnitude(relative * 100)}%`;
}

/**
 * A relative change with the interval it lies in: "+12.3% (+8.1 to +16.9%)"; without an
 * interval (null, or ends that are not numbers), the change alone. An open upper end reads "+∞".
 */
export function changeWithInterval(
  relative: number,
  interval: readonly [number, number] | null | undefined,
): string {
  const point = percentChange(relative);
  if (!interval || Number.isNaN(interval[0]) || Number.isNaN(interval[1])) return point;
  return `${point} (${changeInterval(interval)})`;
}

/** An interval of relative changes, the "%" once: [0.081, 0.169] -> "+8.1 to +16.9%". */
export function changeInterval(interval: readonly [number, number]): string {
  const end = (x: number) => `${signOf(x)}${percentMagnitude(x * 100)}`;
  return `${end(interval[0])} to ${end(interval[1])}%`;
}

/** An interval of ratios as changes: [1.081, 1.169] -> "+8.1 to +16.9%". */
export function ratioInterval(interval: readonly [number, number]): string {
  return changeInterval([interval[0] - 1, interval[1] - 1]);
}

/** A ratio head/base with its interval of ratios, in the change notation: 1.123 -> "+12.3% (…)". */
export function ratioChange(
  ratio: number,
  interval: readonly [number, number] | null | undefined,
): string {
  return changeWithInterval(ratio - 1, interval ? [interval[0] - 1, interval[1] - 1] : null);
}

/** An absolute change with its interval in the same unit: "+2.10 ms (+1.20 ms to +3.00 ms)". */
export function quantityWithInterval(
  delta: number,
  interval: readonly [number, number] | null | undefined,
  unit: Unit | string,
): string {
  const point = signedQuantity(delta, unit);
  if (!interval) return point;
  return `${point} (${signedQuantity(interval[0], unit)} to ${signedQuantity(interval[1], unit)})`;
}

/** "2 contradictions", "1 gate": a count with its noun, plural by an s. */
export function plural(n: number, noun: string): string {
  return `${exact(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/**
 * A confidence level: 0.99 -> "99%", 0.99218 -> "99.21%", 0.99982 -> "99.98%". Rounded down,
 * never up to "100%": a level is not claimed higher than it is.
 */
export function confidenceLevel(fraction: number): string {
  return `${Math.floor(fraction * 10000 + 1e-6) / 100}%`;
}
