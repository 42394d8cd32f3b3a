import { writeFileSync } from 'node:fs';
import { renderMarkdown } from './src/report/markdown.ts';
import { validComparison } from './test/compare/artifact-fixtures.ts';
import type { HistoryPoint } from './src/compare/history.ts';

const MiB = 2 ** 20;
const pt = (c: string, params: number, flops: number, wb: number, ms: number, hw: string): HistoryPoint => ({
  commit: c.repeat(40).slice(0, 40), date: '2026-01-01T00:00:00.000Z', hardware: hw,
  units: [{ id: 'mlp', totals: { params, flops, weightBytes: wb }, latency: { p50Ms: ms, batch: 1 } }],
});
const A = 'a'.repeat(16), B = 'b'.repeat(16);
const c = validComparison();
c.head.label = '#7';
c.history = {
  baseline: [
    pt('1a', 4096, 8.4e6, 16 * MiB, 2.0, A),
    pt('2b', 4096, 9.1e6, 16 * MiB, 2.3, B),
    pt('3c', 4200, 9.4e6, 17 * MiB, 2.2, A),
    pt('4d', 4200, 9.6e6, 17 * MiB, 2.25, A),
    pt('5e', 4200, 9.5e6, 17 * MiB, 2.3, A),
  ],
  head: pt('6f', 4200, 8.4e6, 16.5 * MiB, 2.05, A),
};
writeFileSync('/tmp/h/comment.md', renderMarkdown(c, { marker: '<!-- misnomer:report key=default -->' }));
