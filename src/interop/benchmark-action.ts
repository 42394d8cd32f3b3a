/**
 * github-action-benchmark's custom tools (https://github.com/benchmark-action/github-action-benchmark,
 * README "Examples" and the `tool` input): `customSmallerIsBetter` and `customBiggerIsBetter`
 * read a JSON array of `{ name, unit, value, range?, extra? }`, every entry of a file judged in
 * the one direction its tool names. So misnomer writes one file per direction: lower-is-better
 * indicators (sizes, counts, times) in the first, higher-is-better ones (throughput, arithmetic
 * intensity, achieved FLOP/s) in the second. An indicator with no known direction goes in
 * neither.
 *
 * Names are `<unit> <indicator>` (`mlp/decode latency.p50`), indicator keys as gates write them.
 * Times stay in ms: the action rescales values between runs only among s, ms, us and ns. `range`
 * is `± <half-width>`, the wider side of the interval (the form the action rescales with the
 * unit); the exact interval and the facts behind it go in `extra`, shown in the chart's tooltip.
 */
import type { Direction } from '../compare/types.ts';
import { directionOf, round, type Point } from './points.ts';

export interface CustomBenchmark {
  name: string;
  unit: string;
  value: number;
  range?: string;
  extra?: string;
}

export type CustomTool = 'customSmallerIsBetter' | 'customBiggerIsBetter';

export const CUSTOM_TOOLS: Record<CustomTool, Direction> = {
  customSmallerIsBetter: 'lower-is-better',
  customBiggerIsBetter: 'higher-is-better',
};

export function toCustomBenchmarks(points: readonly Point[], tool: CustomTool): CustomBenchmark[] {
  return points
    .filter((p) => directionOf(p.indicator) === CUSTOM_TOOLS[tool])
    .map((p) => {
      const entry: CustomBenchmark = {
        name: `${p.unit} ${p.indicator}`,
        unit: p.measure,
        value: p.value,
      };
      const extra = [...p.notes];
      if (p.lower !== undefined && p.upper !== undefined) {
        entry.range = `± ${round(Math.max(p.value - p.lower, p.upper - p.value))}`;
        extra.unshift(
          `${p.bounds ?? 'interval'}: ${round(p.lower)}–${round(p.upper)} ${p.measure}`,
        );
      }
      if (extra.length) entry.extra = extra.join('\n');
      return entry;
    });
}

/** Points no custom tool file takes (no known direction), for the command to name. */
export const withoutDirection = (points: readonly Point[]): Point[] =>
  points.filter((p) => directionOf(p.indicator) === undefined);
