/**
 * Bencher Metric Format (BMF) JSON, what `bencher run --adapter json` reads
 * (https://bencher.dev/docs/reference/bencher-metric-format/, and the JSON Schema it publishes
 * at https://bencher.dev/bmf.json): an object from benchmark name to an object from measure to
 * `{ value, lower_value?, upper_value? }`.
 *
 * Benchmarks are misnomer's units (`model` or `model/scenario`). Measures are slugs (lowercase,
 * hyphens, at most 64 characters): the indicator key in kebab case, except where Bencher has a
 * built-in measure of the same quantity (https://bencher.dev/docs/how-to/track-custom-benchmarks/):
 * latency p50 is `latency`, in nanoseconds like the built-in one, and the model file is
 * `file-size`, in bytes. Every other time is in nanoseconds too, so all of a project's time
 * measures share one unit. Bencher creates a measure it does not know on first use, with a
 * generic unit; create it beforehand to give it one.
 */
import { UserError } from '../errors.ts';
import type { Point } from './points.ts';

export interface BmfMetric {
  value: number;
  lower_value?: number;
  upper_value?: number;
}

export type Bmf = Record<string, Record<string, BmfMetric>>;

/** Bencher's longest benchmark name and measure slug. */
export const BMF_MAX_NAME = 1024;
export const BMF_MAX_SLUG = 64;

const BUILT_IN: Record<string, string> = { 'latency.p50': 'latency', modelFileBytes: 'file-size' };

/** The measure slug of a point and the factor from its unit to the measure's. */
export function bmfMeasure(point: Pick<Point, 'indicator' | 'measure'>): {
  slug: string;
  scale: number;
} {
  const kebab = point.indicator
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/\./g, '-')
    .toLowerCase();
  const slug =
    BUILT_IN[point.indicator] ?? (point.measure === 'tokens/s' ? `${kebab}-tokens` : kebab);
  return { slug, scale: point.measure === 'ms' ? 1e6 : 1 };
}

export function toBmf(points: readonly Point[]): Bmf {
  const out: Bmf = {};
  for (const p of points) {
    if (p.unit.length > BMF_MAX_NAME) {
      throw new UserError(
        `model id "${p.unit.slice(0, 40)}…" is ${p.unit.length} characters; Bencher's benchmark ` +
          `names are at most ${BMF_MAX_NAME}.`,
      );
    }
    const { slug, scale } = bmfMeasure(p);
    const benchmark = (out[p.unit] ??= {});
    if (benchmark[slug]) {
      throw new UserError(`two values for ${p.unit} ${slug}: the model id appears twice.`);
    }
    benchmark[slug] = {
      value: p.value * scale,
      ...(p.lower !== undefined && p.upper !== undefined
        ? { lower_value: p.lower * scale, upper_value: p.upper * scale }
        : {}),
    };
  }
  return out;
}
