/**
 * Time outside kernels in a comparison (src/compare/bubble.ts): the row and its paired verdict,
 * the fragmentation contradiction and the evidence clause, and the result checker's grammar for
 * the new measurement fields. Expected figures are worked out from the inputs in the comments.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_VERDICT_OPTIONS } from '../../src/compare/ab.ts';
import { outsideKernelsClause, outsideKernelsRow } from '../../src/compare/bubble.ts';
import { findContradictions } from '../../src/compare/contradictions.ts';
import { parseResult } from '../../src/compare/result.ts';
import type { RuntimeDelta } from '../../src/compare/runtime.ts';
import type { ModelMeasurement, OutsideKernels } from '../../src/measure/types.ts';

const MINUS = '\u2212';
const lower = { ...DEFAULT_VERDICT_OPTIONS, direction: 'lower-is-better' as const };

function outside(latencyMs: number, share: number): OutsideKernels {
  return {
    ms: latencyMs * share,
    share,
    latencyMs,
    profiledRunMs: 2 * latencyMs,
    profiledKernelMs: 2 * latencyMs * (1 - share),
    profiledOutsideMs: 2 * latencyMs * share,
    launches: 2,
    shareSamples: [share, share, share],
  };
}

const measured = (o?: OutsideKernels): ModelMeasurement => ({
  id: 'm',
  path: 'm.onnx',
  status: 'ok',
  dims: {},
  inputs: [],
  opProfile: { runs: 3, byOpType: {}, byNode: {}, notes: [], ...(o ? { outsideKernels: o } : {}) },
});

test('the row: base and head values, a paired verdict on the rounds, never a gate', () => {
  // Base 0.2 ms × 0.1 = 0.02 ms outside; head 1.1 ms × 0.8182 ≈ 0.9 ms.
  const a = measured(outside(0.2, 0.1));
  const b = measured(outside(1.1, 0.9 / 1.1));
  // Eight rounds, head 45 times base in each (± a little): ratio 45, a CI around it, worse.
  const rounds = Array.from({ length: 8 }, (_, i) => ({
    order: i % 2 ? ('AB' as const) : ('BA' as const),
    a: 0.02,
    b: 0.9 * (1 + (i - 4) / 1000),
  }));
  const row = outsideKernelsRow(a, b, rounds, lower)!;
  assert.equal(row.indicator, 'outsideKernels');
  assert.equal(row.label, 'time outside kernels');
  assert.ok(Math.abs(row.base! - 0.02) < 1e-12 && Math.abs(row.head! - 0.9) < 1e-12);
  assert.equal(row.verdict, 'worse');
  assert.equal(row.rounds, 8);
  assert.equal(row.gating, false);
  assert.ok(row.ratio! > 44 && row.ratio! < 46, String(row.ratio));
  // Fewer than 5 rounds: inconclusive, and no row at all when a side has no figure.
  assert.equal(outsideKernelsRow(a, b, rounds.slice(0, 3), lower)!.verdict, 'inconclusive');
  assert.equal(outsideKernelsRow(a, measured(), rounds, lower), null);
});

const rd = (indicator: string, base: number, head: number, verdict: RuntimeDelta['verdict']) => ({
  indicator,
  label: indicator,
  unit: 'ms' as const,
  base,
  head,
  ratio: head / base,
  ci: [head / base - 0.1, head / base + 0.1] as [number, number],
  rounds: 10,
  verdict,
  reason: '',
  gating: false,
});

test('FLOPs −98% but time outside kernels +350%: the fragmentation rule, with the evidence', () => {
  // Latency 0.2 → 1.1 ms (+900 µs); outside kernels 0.2 → 0.9 ms (+700 µs, ratio 4.5, +350%):
  // of the latency change, 0.70 ms is outside kernels and the other 0.20 ms in them. Shares of
  // the latency: 0.2 / 0.2 = 100.0% → 0.9 / 1.1 = 81.8%.
  const m = {
    id: 'm',
    status: 'compared' as const,
    static: [
      {
        indicator: 'flops',
        label: 'FLOPs',
        unit: 'FLOPs',
        base: 1000,
        head: 20,
        delta: -980,
        relative: -0.98,
        verdict: 'better' as const,
        incomplete: false,
      },
    ],
    runtime: [rd('latency.p50', 0.2, 1.1, 'worse'), rd('outsideKernels', 0.2, 0.9, 'worse')],
    runtimeMode: 'paired' as const,
    opTypes: [],
    notes: [],
  };
  // With latency worse, the latency contradiction speaks (with the clause); with latency
  // unchanged (the FLOPs saved did not show), the time outside kernels is the contradiction.
  assert.deepEqual(
    findContradictions(m).map((x) => x.rule),
    ['flops-down-latency-up'],
  );
  const hidden = {
    ...m,
    runtime: [{ ...m.runtime[0], verdict: 'unchanged' as const }, m.runtime[1]],
  };
  const better = { ...m, runtime: [{ ...m.runtime[0], verdict: 'better' as const }, m.runtime[1]] };
  assert.equal(
    findContradictions(better).filter((x) => x.rule.includes('outside')).length,
    0,
    'latency better: the saving showed',
  );
  const rule = findContradictions(hidden).find((x) => x.rule === 'flops-down-outside-kernels-up');
  assert.ok(rule, JSON.stringify(findContradictions(hidden).map((x) => x.rule)));
  assert.equal(rule.title, `FLOPs ${MINUS}98.0% but time outside kernels +350%`);
  const clause = `of the +900 µs of latency p50, +700 µs is time outside kernels (100.0% → 81.8% of the latency)`;
  assert.equal(outsideKernelsClause(m)?.text, clause);
  assert.ok(rule.evidence.includes(clause[0].toUpperCase() + clause.slice(1)), rule.evidence);
  // The latency contradiction carries the same clause in its evidence.
  const latency = findContradictions(m).find((x) => x.rule === 'flops-down-latency-up')!;
  assert.ok(latency.evidence.startsWith(`Of the +900 µs`), latency.evidence);
  // An inconclusive time outside kernels fires nothing and says nothing.
  const unsure = {
    ...m,
    runtime: [m.runtime[0], { ...m.runtime[1], verdict: 'inconclusive' as const }],
  };
  assert.equal(findContradictions(unsure).filter((x) => x.rule.includes('outside')).length, 0);
  assert.equal(outsideKernelsClause(unsure), null);
});

test('the result checker accepts outsideKernels and names a forged field', () => {
  const result = (o: unknown) => ({
    schema: 'misnomer/result@1',
    tool: { name: 'misnomer', version: '0.1.0', countingRules: 1 },
    createdAt: '2025-01-01T00:00:00Z',
    models: [
      {
        id: 'm',
        analysis: { totals: {} },
        measurement: { ...measured(), opProfile: { byOpType: {}, outsideKernels: o } },
      },
    ],
  });
  assert.doesNotThrow(() => parseResult(result(outside(1, 0.5)), 'r.json'));
  assert.throws(
    () => parseResult(result({ ...outside(1, 0.5), share: 'half' }), 'r.json'),
    /models\[0\]\.measurement\.opProfile\.outsideKernels\.share should be a number/,
  );
  assert.throws(
    () => parseResult(result({ ...outside(1, 0.5), shareSamples: [0.5, null] }), 'r.json'),
    /outsideKernels\.shareSamples\[1\] should be a number/,
  );
});
