import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  contradictionLines,
  contradictionRules,
  findContradictions,
  title,
  type ContradictionOptions,
} from '../../src/compare/contradictions.ts';
import { evidence, NO_SHIFT_EVIDENCE } from '../../src/compare/evidence.ts';
import type { RuntimeDelta, RuntimeVerdict } from '../../src/compare/runtime.ts';
import type {
  ModelComparison,
  OpTypeShift,
  OpTypeSide,
  StaticDelta,
} from '../../src/compare/types.ts';

const MINUS = '\u2212';

/** A static delta from base and head, relative = (head - base) / base as static.ts computes it. */
function sd(indicator: string, base: number, head: number, incomplete = false): StaticDelta {
  const delta = head - base;
  return {
    indicator,
    label: indicator,
    unit: 'count',
    base,
    head,
    delta,
    relative: base ? delta / base : null,
    verdict: delta === 0 ? 'unchanged' : delta < 0 ? 'better' : 'worse',
    incomplete,
  };
}

/** A runtime delta with head/base = ratio (base 100) and the verdict given. */
function rd(indicator: string, ratio: number | null, verdict: RuntimeVerdict): RuntimeDelta {
  return {
    indicator,
    label: indicator,
    unit: 'ms',
    base: 100,
    head: ratio === null ? null : 100 * ratio,
    ratio,
    ci: null,
    rounds: 20,
    verdict,
    reason: '',
    gating: true,
  };
}

function model(
  parts: Partial<Omit<ModelComparison, 'contradictions'>>,
): Omit<ModelComparison, 'contradictions'> {
  return {
    id: 'model',
    status: 'compared',
    static: [],
    runtime: [],
    runtimeMode: 'paired',
    opTypes: [],
    notes: [],
    ...parts,
  };
}

function side(s: Partial<OpTypeSide>): OpTypeSide {
  return { count: 0, flops: 0, flopsShare: 0, bytesShare: 0, ...s };
}

function op(opType: string, base: Partial<OpTypeSide> | null, head: Partial<OpTypeSide> | null) {
  return { opType, base: base && side(base), head: head && side(head) } satisfies OpTypeShift;
}

const rules = (m: Omit<ModelComparison, 'contradictions'>, o?: Partial<ContradictionOptions>) =>
  findContradictions(m, o).map((c) => c.rule);

const only = (m: Omit<ModelComparison, 'contradictions'>, rule: string) => {
  const found = findContradictions(m, { staticThreshold: 0.05 });
  assert.deepEqual(
    found.map((c) => c.rule),
    [rule],
  );
  return found[0];
};

// --- titles -------------------------------------------------------------------------------

test('titles read "A −x% but B +y%", and "B unchanged" for a flat partner', () => {
  const flops = { indicator: 'flops', name: 'FLOPs', relative: -0.34 };
  const latency = { indicator: 'latency.p50', name: 'latency', relative: 0.12 };
  assert.equal(title(flops, latency), `FLOPs ${MINUS}34.0% but latency +12.0%`);
  const params = { indicator: 'params', name: 'params', relative: -0.4 };
  const flat = { indicator: 'flops', name: 'FLOPs', relative: 0.003, flat: true };
  assert.equal(title(params, flat), `params ${MINUS}40.0% but FLOPs unchanged (+0.3%)`);
  assert.equal(title(params, { ...flat, relative: 0 }), `params ${MINUS}40.0% but FLOPs unchanged`);
});

test('the rule list names every rule once, in kebab case, with a description', () => {
  const ids = contradictionRules.map((r) => r.id);
  assert.deepEqual(ids, [
    'flops-down-latency-up',
    'flops-down-outside-kernels-up',
    'flops-up-latency-down',
    'params-down-cost-not-down',
    'params-up-flops-unchanged',
    'flops-down-bytes-up',
    'weight-bytes-down-latency-up',
    'params-down-memory-up',
    'latency-down-throughput-down',
    'p50-down-p99-up',
  ]);
  for (const r of contradictionRules) {
    assert.match(r.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(r.description.length > 20, r.id);
  }
});

test('nothing fires for a model that was not compared', () => {
  const m = model({
    status: 'failed',
    static: [sd('flops', 1000, 660)],
    runtime: [rd('latency.p50', 1.12, 'worse')],
  });
  assert.deepEqual(findContradictions(m, { staticThreshold: 0.05 }), []);
});

// --- rule 1: FLOPs down, slower -----------------------------------------------------------

test('flops-down-latency-up: FLOPs 1000 -> 660 (−34%) and latency ×1.12 worse', () => {
  const c = only(
    model({ static: [sd('flops', 1000, 660)], runtime: [rd('latency.p50', 1.12, 'worse')] }),
    'flops-down-latency-up',
  );
  assert.equal(c.title, `FLOPs ${MINUS}34.0% but latency p50 +12.0%`);
  assert.deepEqual(c.changes, [
    { indicator: 'flops', relative: -340 / 1000 },
    { indicator: 'latency.p50', relative: 1.12 - 1 },
  ]);
});

test('flops-down-latency-up: throughput worse at a batch size is enough, biggest drop first', () => {
  const c = only(
    model({
      static: [sd('flops', 1000, 660)],
      runtime: [
        rd('latency.p50', 1.12, 'inconclusive'),
        rd('throughput.b8', 0.95, 'worse'),
        rd('throughput.b32', 0.9, 'worse'),
      ],
    }),
    'flops-down-latency-up',
  );
  // 0.9 - 1 = −0.0999..., which rounds to 10.0 at one decimal: printed "−10%".
  assert.equal(c.title, `FLOPs ${MINUS}34.0% but throughput (batch 32) ${MINUS}10.0%`);
  assert.deepEqual(
    c.changes.map((x) => x.indicator),
    ['flops', 'throughput.b32', 'throughput.b8'],
  );
});

test('flops-down-latency-up fires at exactly the threshold (1000 -> 950 is −5.0%)', () => {
  const m = model({ static: [sd('flops', 1000, 950)], runtime: [rd('latency.p50', 1.2, 'worse')] });
  assert.deepEqual(rules(m, { staticThreshold: 0.05 }), ['flops-down-latency-up']);
});

test('flops-down-latency-up near misses: FLOPs −4.9%, or latency inconclusive / not comparable', () => {
  // (951 - 1000) / 1000 = −0.049: under the 5% threshold.
  const small = model({
    static: [sd('flops', 1000, 951)],
    runtime: [rd('latency.p50', 1.5, 'worse')],
  });
  assert.deepEqual(rules(small, { staticThreshold: 0.05 }), []);
  // The same model with a 4% threshold does fire.
  assert.deepEqual(rules(small, { staticThreshold: 0.04 }), ['flops-down-latency-up']);
  for (const verdict of ['inconclusive', 'not-comparable', 'unchanged'] as const) {
    const m = model({
      static: [sd('flops', 1000, 660)],
      runtime: [rd('latency.p50', 1.12, verdict), rd('throughput.b8', 0.9, 'inconclusive')],
    });
    assert.deepEqual(rules(m), [], verdict);
  }
});

// --- rule 2: FLOPs up, faster -------------------------------------------------------------

test('flops-up-latency-down: FLOPs +67% (fused-MBConv) and latency ×0.85 better', () => {
  const c = only(
    model({ static: [sd('flops', 1000, 1670)], runtime: [rd('latency.p50', 0.85, 'better')] }),
    'flops-up-latency-down',
  );
  assert.equal(c.title, `FLOPs +67.0% but latency p50 ${MINUS}15.0%`);
  const t = only(
    model({ static: [sd('flops', 1000, 1670)], runtime: [rd('throughput.b4', 1.25, 'better')] }),
    'flops-up-latency-down',
  );
  assert.equal(t.title, 'FLOPs +67.0% but throughput (batch 4) +25.0%');
});

test('flops-up-latency-down near misses: FLOPs +4.9%, or latency unchanged / inconclusive', () => {
  assert.deepEqual(
    rules(
      model({ static: [sd('flops', 1000, 1049)], runtime: [rd('latency.p50', 0.8, 'better')] }),
    ),
    [],
  );
  for (const verdict of ['unchanged', 'inconclusive'] as const) {
    const m = model({
      static: [sd('flops', 1000, 1670)],
      runtime: [rd('latency.p50', 0.8, verdict)],
    });
    assert.deepEqual(rules(m), [], verdict);
  }
});

// --- rule 3: params down, FLOPs or latency up or unchanged --------------------------------

test('params-down-cost-not-down: fewer params but slower and more FLOPs (ALBERT-like)', () => {
  const c = only(
    model({
      // params 1000 -> 100 (−90%), FLOPs 1000 -> 3000 (+200%): rule 1 needs FLOPs down, so only rule 3.
      static: [sd('params', 1000, 100), sd('flops', 1000, 3000)],
      runtime: [rd('latency.p50', 3, 'worse')],
    }),
    'params-down-cost-not-down',
  );
  // The measured partner leads the title; every partner is in `changes`.
  assert.equal(c.title, `params ${MINUS}90.0% but latency p50 +200%`);
  assert.deepEqual(c.changes, [
    { indicator: 'params', relative: -0.9 },
    { indicator: 'latency.p50', relative: 2 },
    { indicator: 'flops', relative: 2 },
  ]);
});

test('params-down-cost-not-down: FLOPs unchanged (+0.3%, or exactly equal)', () => {
  const c = only(
    model({ static: [sd('params', 1000, 100), sd('flops', 1000, 1003)] }),
    'params-down-cost-not-down',
  );
  assert.equal(c.title, `params ${MINUS}90.0% but FLOPs unchanged (+0.3%)`);
  const same = only(
    model({ static: [sd('params', 1000, 100), sd('flops', 1000, 1000)] }),
    'params-down-cost-not-down',
  );
  assert.equal(same.title, `params ${MINUS}90.0% but FLOPs unchanged`);
});

test('params-down-cost-not-down: latency verdict unchanged while FLOPs fell', () => {
  const c = only(
    model({
      static: [sd('params', 1000, 100), sd('flops', 1000, 500)],
      runtime: [rd('latency.p50', 1.01, 'unchanged')],
    }),
    'params-down-cost-not-down',
  );
  assert.equal(c.title, `params ${MINUS}90.0% but latency p50 unchanged (+1.0%)`);
});

test('params-down-cost-not-down near misses', () => {
  // params −4.9% (1000 -> 951) with FLOPs unchanged.
  assert.deepEqual(
    rules(model({ static: [sd('params', 1000, 951), sd('flops', 1000, 1000)] })),
    [],
  );
  // FLOPs fell 50% and latency is inconclusive: nothing says the cost did not go down.
  assert.deepEqual(
    rules(
      model({
        static: [sd('params', 1000, 100), sd('flops', 1000, 500)],
        runtime: [rd('latency.p50', 1.3, 'inconclusive')],
      }),
    ),
    [],
  );
  // FLOPs "unchanged" but the count is incomplete: uncounted ops may have moved.
  assert.deepEqual(
    rules(model({ static: [sd('params', 1000, 100), sd('flops', 1000, 1000, true)] })),
    [],
  );
  // FLOPs −5.0% is a change (down), not "unchanged".
  assert.deepEqual(rules(model({ static: [sd('params', 1000, 100), sd('flops', 1000, 950)] })), []);
});

// --- rule 4: params up, FLOPs unchanged ---------------------------------------------------

test('params-up-flops-unchanged: params doubled, FLOPs +4.0% (mixture of experts)', () => {
  const c = only(
    model({ static: [sd('params', 1000, 2000), sd('flops', 1000, 1040)] }),
    'params-up-flops-unchanged',
  );
  assert.equal(c.title, 'params +100% but FLOPs unchanged (+4.0%)');
  // Exactly the threshold counts as up: (1050 - 1000) / 1000 = 0.05.
  const edge = model({ static: [sd('params', 1000, 1050), sd('flops', 1000, 1000)] });
  assert.deepEqual(rules(edge), ['params-up-flops-unchanged']);
  assert.deepEqual(c.changes, [
    { indicator: 'params', relative: 1 },
    { indicator: 'flops', relative: 0.04 },
  ]);
});

test('params-up-flops-unchanged near misses: FLOPs +5.0% moved, params +4.9%, FLOPs incomplete', () => {
  assert.deepEqual(
    rules(model({ static: [sd('params', 1000, 2000), sd('flops', 1000, 1050)] })),
    [],
  );
  assert.deepEqual(
    rules(model({ static: [sd('params', 1000, 1049), sd('flops', 1000, 1000)] })),
    [],
  );
  assert.deepEqual(
    rules(model({ static: [sd('params', 1000, 2000), sd('flops', 1000, 1000, true)] })),
    [],
  );
});

// --- rule 5: FLOPs down, bytes up ---------------------------------------------------------

test('flops-down-bytes-up: FLOPs −86%, bytes accessed +62% (depthwise-separable block)', () => {
  const c = only(
    model({ static: [sd('flops', 1000, 140), sd('bytesAccessed', 1000, 1620)] }),
    'flops-down-bytes-up',
  );
  assert.equal(c.title, `FLOPs ${MINUS}86.0% but bytes accessed +62.0%`);
});

test('flops-down-bytes-up near miss: bytes +4.9%', () => {
  assert.deepEqual(
    rules(model({ static: [sd('flops', 1000, 140), sd('bytesAccessed', 1000, 1049)] })),
    [],
  );
});

// --- rule 6: weight bytes down, slower ----------------------------------------------------

test('weight-bytes-down-latency-up: int8 weights (−75% bytes) and latency ×1.3 worse', () => {
  const c = only(
    model({ static: [sd('weightBytes', 4000, 1000)], runtime: [rd('latency.p50', 1.3, 'worse')] }),
    'weight-bytes-down-latency-up',
  );
  assert.equal(c.title, `weight bytes ${MINUS}75.0% but latency p50 +30.0%`);
});

test('weight-bytes-down-latency-up near misses: latency inconclusive, weight bytes −4.9%', () => {
  assert.deepEqual(
    rules(
      model({
        static: [sd('weightBytes', 4000, 1000)],
        runtime: [rd('latency.p50', 1.3, 'inconclusive')],
      }),
    ),
    [],
  );
  assert.deepEqual(
    rules(
      model({ static: [sd('weightBytes', 1000, 951)], runtime: [rd('latency.p50', 1.3, 'worse')] }),
    ),
    [],
  );
});

// --- rule 7: params down, peak memory up --------------------------------------------------

test('params-down-memory-up: peak RSS worse, or peak activations +5% or more', () => {
  const rss = only(
    model({ static: [sd('params', 1000, 800)], runtime: [rd('peakRss', 1.25, 'worse')] }),
    'params-down-memory-up',
  );
  assert.equal(rss.title, `params ${MINUS}20.0% but peak RSS +25.0%`);
  const act = only(
    model({ static: [sd('params', 1000, 800), sd('peakActivationBytes', 1000, 1500)] }),
    'params-down-memory-up',
  );
  assert.equal(act.title, `params ${MINUS}20.0% but peak activation bytes +50.0%`);
  const both = only(
    model({
      static: [sd('params', 1000, 800), sd('peakActivationBytes', 1000, 1500)],
      runtime: [rd('peakRss', 1.25, 'worse')],
    }),
    'params-down-memory-up',
  );
  assert.deepEqual(
    both.changes.map((x) => x.indicator),
    ['params', 'peakRss', 'peakActivationBytes'],
  );
});

test('params-down-memory-up near misses: RSS inconclusive and activations +4.9%', () => {
  assert.deepEqual(
    rules(
      model({
        static: [sd('params', 1000, 800), sd('peakActivationBytes', 1000, 1049)],
        runtime: [rd('peakRss', 1.5, 'inconclusive')],
      }),
    ),
    [],
  );
});

// --- rule 8: latency down, throughput down ------------------------------------------------

test('latency-down-throughput-down: latency ×0.9 better, throughput at batch 32 ×0.8 worse', () => {
  const c = only(
    model({
      runtime: [rd('latency.p50', 0.9, 'better'), rd('throughput.b32', 0.8, 'worse')],
    }),
    'latency-down-throughput-down',
  );
  assert.equal(c.title, `latency p50 ${MINUS}10.0% but throughput (batch 32) ${MINUS}20.0%`);
});

test('latency-down-throughput-down near misses: throughput inconclusive, latency inconclusive', () => {
  assert.deepEqual(
    rules(
      model({
        runtime: [rd('latency.p50', 0.9, 'better'), rd('throughput.b32', 0.8, 'inconclusive')],
      }),
    ),
    [],
  );
  assert.deepEqual(
    rules(
      model({
        runtime: [rd('latency.p50', 0.9, 'inconclusive'), rd('throughput.b32', 0.8, 'worse')],
      }),
    ),
    [],
  );
});

// --- rule 9: p50 down, p99 up -------------------------------------------------------------

test('p50-down-p99-up: p50 ×0.92 better, p99 ×1.15 (untested) at or above 1 + 2 × 5%', () => {
  const c = only(
    model({
      runtime: [rd('latency.p50', 0.92, 'better'), rd('latency.p99', 1.15, 'not-tested')],
    }),
    'p50-down-p99-up',
  );
  assert.equal(c.title, `latency p50 ${MINUS}8.0% but latency p99 +15.0%`);
  // Exactly 1 + 2 × 0.05 = 1.1 fires.
  const edge = model({
    runtime: [rd('latency.p50', 0.92, 'better'), rd('latency.p99', 1.1, 'not-tested')],
  });
  assert.deepEqual(rules(edge), ['p50-down-p99-up']);
});

test('p50-down-p99-up near misses: p99 ×1.09, a wider runtime threshold, p50 inconclusive', () => {
  const under = model({
    runtime: [rd('latency.p50', 0.92, 'better'), rd('latency.p99', 1.09, 'not-tested')],
  });
  assert.deepEqual(rules(under), []);
  // With T = 10% the p99 must reach ×1.2.
  const wide = model({
    runtime: [rd('latency.p50', 0.92, 'better'), rd('latency.p99', 1.15, 'not-tested')],
  });
  assert.deepEqual(rules(wide, { runtimeThreshold: 0.1 }), []);
  const p50 = model({
    runtime: [rd('latency.p50', 0.92, 'inconclusive'), rd('latency.p99', 1.5, 'not-tested')],
  });
  assert.deepEqual(rules(p50), []);
});

// --- several at once ----------------------------------------------------------------------

test('one model can fire several rules; they come in rule order', () => {
  const m = model({
    static: [
      sd('params', 1000, 900),
      sd('flops', 1000, 660),
      sd('bytesAccessed', 1000, 1200),
      sd('weightBytes', 4000, 3600),
    ],
    runtime: [rd('latency.p50', 1.12, 'worse')],
  });
  assert.deepEqual(rules(m), [
    'flops-down-latency-up',
    'params-down-cost-not-down',
    'flops-down-bytes-up',
    'weight-bytes-down-latency-up',
  ]);
});

// --- evidence -----------------------------------------------------------------------------

/**
 * Base: 41 nodes (Conv 20, Relu 20, Gemm 1); head: 253 (Conv 200, Relu 32, Gemm 1, Transpose 20),
 * so the static delta says 212 more. Shares are exact binary fractions so that ties are ties:
 * FLOPs share Conv 0.75 -> 0.5 (−0.25) and Gemm 0.1875 -> 0.4375 (+0.25) tie, Conv sorts first;
 * bytes share Transpose is new at 0.375 (the largest move); time share Conv 0.125 -> 0.3125
 * (+0.1875) ties Gemm 0.625 -> 0.4375 (−0.1875), Conv sorts first.
 */
function shifted(profiled: boolean): OpTypeShift[] {
  const t = (timeShare: number, achievedFlopsPerSecond?: number) =>
    profiled ? { timeShare, ...(achievedFlopsPerSecond ? { achievedFlopsPerSecond } : {}) } : {};
  return [
    op(
      'Conv',
      { count: 20, flopsShare: 0.75, bytesShare: 0.5, ...t(0.125, 21e9) },
      { count: 200, flopsShare: 0.5, bytesShare: 0.25, ...t(0.3125, 4e9) },
    ),
    op(
      'Gemm',
      { count: 1, flopsShare: 0.1875, bytesShare: 0.25, ...t(0.625) },
      { count: 1, flopsShare: 0.4375, bytesShare: 0.125, ...t(0.4375) },
    ),
    op(
      'Relu',
      { count: 20, flopsShare: 0.0625, bytesShare: 0.25, ...t(0.25) },
      { count: 32, flopsShare: 0.0625, bytesShare: 0.25, ...t(0.25) },
    ),
    op('Transpose', null, { count: 20, flopsShare: 0, bytesShare: 0.375, ...t(0) }),
  ];
}

const evidenceModel = (profiled: boolean, runtime = true) =>
  model({
    static: [sd('nodes', 41, 253), sd('flops', 1000, 660)],
    runtime: runtime ? [rd('latency.p50', 1.12, 'worse'), achievedFlops(12e9, 9.5e9)] : [],
    opTypes: shifted(profiled),
  });

function achievedFlops(base: number, head: number): RuntimeDelta {
  return { ...rd('achievedFlopsPerSecond', head / base, 'worse'), base, head, unit: 'FLOP/s' };
}

test('evidence names the op types that moved most, with time share and FLOP/s when profiled', () => {
  const c = only(evidenceModel(true), 'flops-down-latency-up');
  // Count moves: Conv +180, Transpose +20, Relu +12 -> Conv. 12.5% of time prints "13" (half up),
  // 31.25% prints "31"; 4e9 and 21e9 FLOP/s print with three significant digits.
  assert.equal(
    c.evidence,
    '212 more nodes (Conv +180); Conv went from 75.0% to 50.0% of FLOPs. ' +
      'Conv went from 12.5% to 31.3% of time at 4.00 GFLOP/s (was 21.0 GFLOP/s); ' +
      'the whole model ran at 9.50 GFLOP/s (was 12.0 GFLOP/s).',
  );
});

test('evidence without profiler data falls back to FLOPs, bytes and node shifts', () => {
  const c = only(evidenceModel(false), 'flops-down-latency-up');
  assert.equal(
    c.evidence,
    '212 more nodes (Conv +180); Conv went from 75.0% to 50.0% of FLOPs. ' +
      'The whole model ran at 9.50 GFLOP/s (was 12.0 GFLOP/s).',
  );
  // No runtime at all: the graph sentence alone, in the focus order of the bytes rule.
  const m = evidenceModel(false, false);
  assert.equal(
    evidence(m, ['bytes', 'nodes', 'flops', 'time', 'achieved']),
    'Transpose (new) takes 37.5% of bytes accessed; 212 more nodes (Conv +180); ' +
      'Conv went from 75.0% to 50.0% of FLOPs.',
  );
});

test('evidence: removed op types, fewer nodes, and a share move under one point left out', () => {
  const m = model({
    static: [sd('nodes', 10, 9)],
    opTypes: [
      op(
        'Add',
        { count: 2, flopsShare: 0.5, bytesShare: 0.5 },
        { count: 2, flopsShare: 0.995, bytesShare: 0.5 },
      ),
      op('Mul', { count: 1, flopsShare: 0.5, bytesShare: 0.5 }, null),
      op(
        'Sub',
        { count: 7, flopsShare: 0, bytesShare: 0 },
        { count: 7, flopsShare: 0.005, bytesShare: 0.5 },
      ),
    ],
  });
  // FLOPs: Add +0.495 and Mul −0.5 -> Mul (removed); Sub's +0.005 is under a point.
  // Bytes: Mul −0.5 and Sub +0.5 tie -> Mul (sorts first).
  assert.equal(
    evidence(m, ['nodes', 'flops', 'bytes']),
    `1 fewer node (Mul ${MINUS}1); Mul (removed) took 50.0% of FLOPs; Mul (removed) took 50.0% of bytes accessed.`,
  );
});

test('evidence falls back to every part when its focus has nothing, and says when nothing moved', () => {
  const m = model({
    static: [sd('nodes', 10, 10), sd('peakActivationBytes', 1024, 1024)],
    opTypes: [
      op(
        'Add',
        { count: 4, flopsShare: 0.5, bytesShare: 0.5 },
        { count: 2, flopsShare: 0.5, bytesShare: 0.5 },
      ),
      op(
        'Relu',
        { count: 6, flopsShare: 0.5, bytesShare: 0.5 },
        { count: 8, flopsShare: 0.5, bytesShare: 0.5 },
      ),
    ],
  });
  // Activations did not move, so the rule's focus is empty; the node part speaks (Add −2 and
  // Relu +2 tie, Add sorts first) and starts the sentence with a capital.
  assert.equal(evidence(m, ['activations']), `Same node count (Add ${MINUS}2).`);
  const still = model({
    static: [sd('nodes', 10, 10)],
    opTypes: [
      op(
        'Add',
        { count: 4, flopsShare: 1, bytesShare: 1 },
        { count: 4, flopsShare: 1, bytesShare: 1 },
      ),
    ],
  });
  assert.equal(evidence(still, ['nodes', 'flops', 'time']), NO_SHIFT_EVIDENCE);
});

test('evidence of the memory rule leads with peak activations', () => {
  const c = only(
    model({
      static: [sd('params', 1000, 800), sd('peakActivationBytes', 12 * 1048576, 30 * 1048576)],
      opTypes: shifted(false),
    }),
    'params-down-memory-up',
  );
  // No 'nodes' delta here: the total comes from the op types, 41 -> 253.
  assert.equal(
    c.evidence,
    'Peak activation bytes went from 12.0 MiB to 30.0 MiB; Transpose (new) takes 37.5% of bytes accessed; ' +
      '212 more nodes (Conv +180).',
  );
});

// --- one line per shared side -------------------------------------------------------------

const contradiction = (rule: string, title: string, evidence: string) => ({
  rule,
  title,
  evidence,
  changes: [],
});

test('contradictions that share their right side are one line, the evidence once', () => {
  const lines = contradictionLines([
    contradiction('flops-down-latency-up', `FLOPs ${MINUS}98.4% but latency p50 +51.0%`, 'A. B.'),
    contradiction(
      'params-down-cost-not-down',
      `params ${MINUS}98.4% but latency p50 +51.0%`,
      'A. B.',
    ),
    contradiction(
      'weight-bytes-down-latency-up',
      `weight bytes ${MINUS}98.4% but latency p50 +51.0%`,
      'B. C.',
    ),
    contradiction('flops-down-bytes-up', `FLOPs ${MINUS}98.4% but bytes accessed +2.0%`, 'D.'),
  ]);
  assert.deepEqual(lines, [
    {
      // The same change on every left side: said once.
      title: `FLOPs, params and weight bytes ${MINUS}98.4% but latency p50 +51.0%`,
      evidence: 'A. B. C.',
      rules: ['flops-down-latency-up', 'params-down-cost-not-down', 'weight-bytes-down-latency-up'],
    },
    {
      title: `FLOPs ${MINUS}98.4% but bytes accessed +2.0%`,
      evidence: 'D.',
      rules: ['flops-down-bytes-up'],
    },
  ]);
});

test('merged left sides with different changes keep each; a title without "but" stays alone', () => {
  const lines = contradictionLines([
    contradiction(
      'a',
      `FLOPs ${MINUS}34.0% but latency p50 +12.0%`,
      'Conv went from 8.0% to 31.3% of time.',
    ),
    contradiction(
      'b',
      `params ${MINUS}36.2% but latency p50 +12.0%`,
      'Conv went from 8.0% to 31.3% of time.',
    ),
    contradiction('c', 'forged title', 'x'),
    contradiction('d', 'forged title', 'y'),
  ]);
  assert.deepEqual(
    lines.map((l) => [l.title, l.evidence]),
    [
      [
        `FLOPs ${MINUS}34.0% and params ${MINUS}36.2% but latency p50 +12.0%`,
        'Conv went from 8.0% to 31.3% of time.',
      ],
      ['forged title', 'x'],
      ['forged title', 'y'],
    ],
  );
});

test('merged evidence: a clause already said in another order is not said again', () => {
  // Two rules state the same two facts in a different order (their evidence focus differs).
  const [line] = contradictionLines([
    contradiction(
      'a',
      `FLOPs ${MINUS}98.2% but latency p50 +55.5%`,
      '66 more nodes; MatMul went from 99.8% to 88.9% of FLOPs. MatMul ran slower.',
    ),
    contradiction(
      'b',
      `params ${MINUS}98.4% but latency p50 +55.5%`,
      'MatMul went from 99.8% to 88.9% of FLOPs; 66 more nodes; Split is new.',
    ),
  ]);
  assert.equal(
    line.evidence,
    '66 more nodes; MatMul went from 99.8% to 88.9% of FLOPs. MatMul ran slower. Split is new.',
  );
});
