/**
 * The roofline in a comparison: op types placed against the run's ridge point, an op type that
 * crosses it named in the evidence of a contradiction, and the roofline fields of results and
 * comparisons read back field by field (they may come from an untrusted artifact).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis } from '../../src/analyze/types.ts';
import { buildComparison } from '../../src/compare/compare.ts';
import { parseComparison } from '../../src/compare/read-comparison.ts';
import { makeResult, parseResult, type Result } from '../../src/compare/result.ts';
import type { Roofline } from '../../src/measure/types.ts';
import { ModelBuilder, attr } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt } from '../helpers.ts';
import {
  FINGERPRINT,
  measurementOf,
  SETTINGS,
  validComparison,
  validResult,
} from './artifact-fixtures.ts';

/** A hand-made runner: 100 GFLOP/s and 10 GB/s, so its ridge is 10 FLOP/B. */
const ROOFLINE: Roofline = {
  peakFlopsPerSecond: 100e9,
  bandwidthBytesPerSecond: 10e9,
  ridgeFlopsPerByte: 10,
  intraOpThreads: 1,
  gemm: { m: 512, k: 512, n: 512, flops: 2 * 512 ** 3, kernelMs: [2.684] },
  stream: { elements: 2 ** 24, bytes: 12 * 2 ** 24, kernelMs: [20.13] },
  wallMs: 900,
};

/**
 * base: a 1×1 Conv, 64 → 64 channels on 16×16. MACs 64·64·256 = 1,048,576, FLOPs 2,097,152;
 * bytes: input 64·256·4 = 65,536 + weight 64·64·4 = 16,384 + output 65,536 = 147,456;
 * intensity 2,097,152 / 147,456 = 14.2 FLOP/B: above the ridge, compute-bound.
 */
function pointwise(): Analysis {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [1, 64, 16, 16]);
  m.initializer('w', 'float32', [64, 64, 1, 1]);
  m.output(m.op('Conv', [x, 'w']));
  return analyzeBuilt(m);
}

/**
 * head: a depthwise 3×3 Conv (group 64, pads 1) plus a residual Add. Conv: MACs 64·256·9 =
 * 147,456, FLOPs 294,912; bytes 65,536 + 64·9·4 = 2,304 + 65,536 = 133,376; intensity
 * 294,912 / 133,376 = 2.21 FLOP/B: below the ridge, memory-bound. The Add moves 3 × 65,536
 * bytes, so in total FLOPs fall and bytes rise: the flops-down-bytes-up contradiction fires.
 */
function depthwise(): Analysis {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [1, 64, 16, 16]);
  m.initializer('w', 'float32', [64, 1, 3, 3]);
  const y = m.op('Conv', [x, 'w'], { group: 64, pads: attr.ints([1, 1, 1, 1]) });
  m.output(m.op('Add', [y, x]));
  return analyzeBuilt(m);
}

const OPTIONS = {
  threshold: 0.05,
  staticThreshold: 0.05,
  confidence: 0.99,
  resamples: 200,
  seed: 1,
};

function side(a: Analysis, roofline?: Roofline): Result {
  const r = makeResult([{ id: 'net', analysis: a }]);
  return { ...r, settings: SETTINGS, fingerprint: FINGERPRINT, ...(roofline ? { roofline } : {}) };
}

test('the hand-computed counts are what the analysis counts', () => {
  const base = pointwise().byOpType.Conv;
  const head = depthwise().byOpType.Conv;
  assert.deepEqual([base.flops, base.bytesAccessed], [2_097_152, 147_456]);
  assert.deepEqual([head.flops, head.bytesAccessed], [294_912, 133_376]);
});

test('a Conv that crosses the ridge is placed on both sides and named in the evidence', () => {
  const c = buildComparison(
    { label: 'main', result: side(pointwise(), ROOFLINE) },
    { label: 'pr', result: side(depthwise(), ROOFLINE) },
    OPTIONS,
  );
  assert.equal(c.roofline, ROOFLINE);
  const m = c.models[0];
  assert.equal(m.ridgeFlopsPerByte, 10);
  const conv = m.opTypes.find((o) => o.opType === 'Conv')!;
  assert.equal(conv.base?.flopsPerByte, 2_097_152 / 147_456);
  assert.equal(conv.base?.bound, 'compute');
  assert.equal(conv.head?.flopsPerByte, 294_912 / 133_376);
  assert.equal(conv.head?.bound, 'memory');
  // Not profiled: no achieved FLOP/s, so no share of the roof.
  assert.equal(conv.head?.rooflineShare, undefined);
  const x = m.contradictions.find((k) => k.rule === 'flops-down-bytes-up');
  assert.ok(x, `flops-down-bytes-up fires: ${JSON.stringify(m.contradictions)}`);
  // 2.21 and 14.2 are 294,912 / 133,376 and 2,097,152 / 147,456 to three significant digits.
  assert.match(
    x.evidence,
    /Conv became memory-bound \(2\.21 FLOP\/B, was 14\.2; ridge 10\.0 on this runner\)\./,
  );
});

test('without a roofline nothing is placed and the evidence says nothing of bounds', () => {
  const c = buildComparison(
    { label: 'main', result: side(pointwise()) },
    { label: 'pr', result: side(depthwise()) },
    OPTIONS,
  );
  assert.equal(c.roofline, undefined);
  assert.equal(c.models[0].ridgeFlopsPerByte, undefined);
  assert.ok(c.models[0].opTypes.every((o) => o.head?.bound === undefined));
  assert.doesNotMatch(c.models[0].contradictions[0].evidence, /bound/);
});

test("a ridge the op stays on the same side of is no crossing, and the base's roofline serves when the head has none", () => {
  // A ridge of 1 FLOP/B (100 GFLOP/s over 100 GB/s): both Convs (14.2 and 2.21) are compute-bound.
  const low = { ...ROOFLINE, bandwidthBytesPerSecond: 100e9, ridgeFlopsPerByte: 1 };
  const c = buildComparison(
    { label: 'main', result: side(pointwise(), low) },
    { label: 'pr', result: side(depthwise()) },
    OPTIONS,
  );
  const conv = c.models[0].opTypes.find((o) => o.opType === 'Conv')!;
  assert.deepEqual([conv.base?.bound, conv.head?.bound], ['compute', 'compute']);
  assert.doesNotMatch(c.models[0].contradictions[0].evidence, /became/);
});

test('a run whose probe failed says so in the notes of the comparison', () => {
  const why = "the runner's roofline could not be measured (crashed: SIGSEGV)";
  const head = { ...side(depthwise()), rooflineError: why };
  const c = buildComparison(
    { label: 'main', result: side(pointwise()) },
    { label: 'pr', result: head },
    OPTIONS,
  );
  assert.deepEqual(c.notes, [why]);
});

test('results and comparisons with a roofline are read back', () => {
  const measurement = measurementOf([], { roofline: ROOFLINE });
  const result = makeResult([{ id: 'net', analysis: pointwise() }], measurement);
  assert.equal(result.roofline, ROOFLINE);
  const copy = JSON.parse(JSON.stringify(result));
  assert.deepEqual(parseResult(copy, 'result.json').roofline, ROOFLINE);
  const c = buildComparison(
    { label: 'main', result: side(pointwise(), ROOFLINE) },
    { label: 'pr', result: side(depthwise(), ROOFLINE) },
    OPTIONS,
  );
  const back = parseComparison(JSON.parse(JSON.stringify(c)), 'comparison.json');
  assert.equal(back.models[0].opTypes.find((o) => o.opType === 'Conv')?.head?.bound, 'memory');
});

/** A parsed JSON document, as the forgeries below edit it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- forging any field is the point
type Doc = Record<string, any>;

/** Each forgery, and the field the error must name. */
const FORGED: [string, (r: Doc) => void, RegExp][] = [
  ['a negative peak', (r) => (r.roofline.peakFlopsPerSecond = -1), /roofline\.peakFlopsPerSecond/],
  ['a ridge as text', (r) => (r.roofline.ridgeFlopsPerByte = '10'), /roofline\.ridgeFlopsPerByte/],
  [
    'a kernel time as text',
    (r) => (r.roofline.stream.kernelMs = ['1']),
    /roofline\.stream\.kernelMs/,
  ],
  ['no gemm', (r) => delete r.roofline.gemm, /roofline\.gemm/],
  ['an error that is not text', (r) => (r.rooflineError = 42), /rooflineError/],
];

test('a result with a forged roofline is refused, naming the field', () => {
  for (const [what, forge, field] of FORGED) {
    const r = JSON.parse(JSON.stringify({ ...validResult(), roofline: ROOFLINE }));
    forge(r);
    assert.throws(() => parseResult(r, 'result.json'), field, what);
  }
});

test('a comparison with a forged roofline or bound is refused, naming the field', () => {
  for (const [what, forge, field] of FORGED.slice(0, 4)) {
    const c = JSON.parse(JSON.stringify({ ...validComparison(), roofline: ROOFLINE }));
    forge(c);
    assert.throws(() => parseComparison(c, 'comparison.json'), field, what);
  }
  const c = JSON.parse(JSON.stringify(validComparison()));
  const op = c.models[0].opTypes.find((o: { head: unknown }) => o.head);
  op.head.bound = 'disk';
  assert.throws(() => parseComparison(c, 'comparison.json'), /opTypes\[\d+\]\.head\.bound/);
  const d = JSON.parse(JSON.stringify(validComparison()));
  d.models[0].ridgeFlopsPerByte = 'ten';
  assert.throws(() => parseComparison(d, 'comparison.json'), /ridgeFlopsPerByte/);
});

test("a result's profiled op type with a forged placement is refused", () => {
  const r = JSON.parse(JSON.stringify(validResult()));
  r.models[0].measurement.opProfile.byOpType.MatMul.rooflineShare = 'all of it';
  assert.throws(() => parseResult(r, 'result.json'), /byOpType\.MatMul\.rooflineShare/);
});
