/**
 * The headline of a comparison: what a reviewer reads first. Contradictions and tripped gates,
 * then per model the latency verdict and the FLOPs and params changes.
 */
import { percentChange, ratioChange } from '../format.ts';
import { labelOf } from '../indicators.ts';
import { contradictionLines } from './contradictions.ts';
import type { Comparison } from './types.ts';

/**
 * One line: "⚠ 2 contradictions · ✗ 1 gate tripped · latency p50 +12.3% (+8.1 to +16.9%) worse,
 * FLOPs −34.0%", one part per model when there are several. Latency carries its confidence
 * interval; static changes are exact.
 */
export function headline(c: Comparison): string {
  const parts: string[] = [];
  // Contradictions that share a side are one line in the report, and one here.
  const contradictions = c.models.reduce(
    (n, m) => n + contradictionLines(m.contradictions).length,
    0,
  );
  if (contradictions > 0) {
    parts.push(`⚠ ${contradictions} contradiction${contradictions === 1 ? '' : 's'}`);
  }
  const tripped = c.gates.filter((g) => g.tripped).length;
  if (tripped > 0) parts.push(`✗ ${tripped} gate${tripped === 1 ? '' : 's'} tripped`);
  const several = c.models.length > 1;
  for (const m of c.models) {
    // One part per model: "mixer: latency p50 +36.5% (+18.9 to +61.8%) worse, FLOPs −98.2%".
    const who = several ? `${m.id}: ` : '';
    if (m.status !== 'compared') {
      parts.push(`${who}${m.status}`);
      continue;
    }
    const changes: string[] = [];
    const lat = m.runtime.find((d) => d.indicator === 'latency.p50');
    if (lat?.ratio != null && lat.verdict !== 'not-comparable') {
      changes.push(`${labelOf('latency.p50')} ${ratioChange(lat.ratio, lat.ci)} ${lat.verdict}`);
    }
    for (const key of ['flops', 'params']) {
      const d = m.static.find((s) => s.indicator === key);
      if (d && d.relative !== null && d.relative !== 0) {
        changes.push(`${d.label} ${percentChange(d.relative)}`);
      }
    }
    if (changes.length > 0) parts.push(`${who}${changes.join(', ')}`);
  }
  if (parts.length === 0) return '✓ no change';
  return parts.join(' · ');
}
