/**
 * The headline of a comparison: what a reviewer reads first. Contradictions and tripped gates,
 * then per model the latency verdict and the FLOPs and params changes.
 */
import { percentChange, ratioChange } from '../format.ts';
import { labelOf } from '../indicators.ts';
import type { Comparison } from './types.ts';

/**
 * One line: "⚠ 2 contradictions · ✗ 1 gate tripped · latency p50 +12.3% (+8.1 to +16.9%) worse
 * · FLOPs −34.0%". Latency carries its confidence interval; static changes are exact.
 */
export function headline(c: Comparison): string {
  const parts: string[] = [];
  const contradictions = c.models.reduce((n, m) => n + m.contradictions.length, 0);
  if (contradictions > 0) {
    parts.push(`⚠ ${contradictions} contradiction${contradictions === 1 ? '' : 's'}`);
  }
  const tripped = c.gates.filter((g) => g.tripped).length;
  if (tripped > 0) parts.push(`✗ ${tripped} gate${tripped === 1 ? '' : 's'} tripped`);
  const several = c.models.length > 1;
  for (const m of c.models) {
    const who = several ? `${m.id}: ` : '';
    if (m.status !== 'compared') {
      parts.push(`${who}${m.status}`);
      continue;
    }
    const lat = m.runtime.find((d) => d.indicator === 'latency.p50');
    if (lat?.ratio != null && lat.verdict !== 'not-comparable') {
      parts.push(
        `${who}${labelOf('latency.p50')} ${ratioChange(lat.ratio, lat.ci)} ${lat.verdict}`,
      );
    }
    for (const key of ['flops', 'params']) {
      const d = m.static.find((s) => s.indicator === key);
      if (d && d.relative !== null && d.relative !== 0) {
        parts.push(`${who}${d.label} ${percentChange(d.relative)}`);
      }
    }
  }
  if (parts.length === 0) return '✓ no change';
  return parts.join(' · ');
}
