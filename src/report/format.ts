/** Number formatting for humans: 1.82 G, 11.7 M, 4.38 ms, 97.7 MiB. Pure functions. */

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

/** A share as a percentage with one decimal: 0.3127 -> "31.3%". */
export function percent(part: number, whole: number): string {
  if (!whole) return '—';
  return `${((100 * part) / whole).toFixed(1)}%`;
}

/** Three significant digits, no exponent: 1.8234 -> "1.82", 118.4 -> "118". */
export function sig3(x: number): string {
  const abs = Math.abs(x);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return x.toFixed(digits);
}

/** Exact integer with thin grouping for tables where exactness matters: 25557032 -> "25,557,032". */
export function exact(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : String(n);
}
