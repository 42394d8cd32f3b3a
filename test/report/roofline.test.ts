/**
 * The roofline in the reports: the sentence with the machine's figures, and the per-model table
 * of op types against the ridge (a crossing in bold, an op type only on one side with a dash,
 * hostile op type names escaped, the rows cut to the budget's count).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { OpTypeShift, OpTypeSide } from '../../src/compare/types.ts';
import type { Roofline } from '../../src/measure/types.ts';
import { mdInline } from '../../src/report/markdown-escape.ts';
import { renderMarkdown } from '../../src/report/markdown.ts';
import { rooflineDetails, rooflineSentence } from '../../src/report/roofline.ts';
import { validComparison } from '../compare/artifact-fixtures.ts';

const ROOFLINE: Roofline = {
  peakFlopsPerSecond: 97.6e9,
  bandwidthBytesPerSecond: 20.1e9,
  ridgeFlopsPerByte: 97.6 / 20.1,
  intraOpThreads: 1,
  gemm: { m: 512, k: 512, n: 512, flops: 2 * 512 ** 3, kernelMs: [3, 2.9, 2.8, 2.75] },
  stream: { elements: 2 ** 24, bytes: 12 * 2 ** 24, kernelMs: [40, 10] },
  wallMs: 1130,
};

test('the sentence gives the figures in their units and how they were measured', () => {
  // 97.6 / 20.1 = 4.856 FLOP/B, three significant digits: 4.86. 12 × 2^24 bytes = 192 MiB.
  assert.equal(
    rooflineSentence(ROOFLINE),
    'Roofline of this runner: peak 97.6 GFLOP/s, bandwidth 20.1 GB/s, ridge 4.86 FLOP/B ' +
      '(1 thread); the best of 4 float32 MatMul kernels (512³) and of 2 float32 Adds ' +
      '(192 MiB moved each) in ONNX Runtime, probe 1.13 s.',
  );
});

const side = (over: Partial<OpTypeSide>): OpTypeSide => ({
  count: 1,
  flops: 1,
  flopsShare: 0.5,
  bytesShare: 0.5,
  ...over,
});

const SHIFTS: OpTypeShift[] = [
  {
    opType: 'Conv',
    base: side({ flopsPerByte: 14.2, bound: 'compute', rooflineShare: 0.61 }),
    head: side({ flopsPerByte: 2.21, bound: 'memory', rooflineShare: 0.35 }),
  },
  { opType: 'Add', base: null, head: side({ flopsPerByte: 0.083, bound: 'memory' }) },
  // No FLOPs: never placed, never a row.
  { opType: 'Reshape', base: side({}), head: side({}) },
  { opType: 'x|<b>', base: side({ flopsPerByte: 1, bound: 'memory' }), head: null },
];

test('the table marks a crossing, dashes a missing side, and leaves unplaced op types out', () => {
  const got = rooflineDetails(SHIFTS, ROOFLINE.ridgeFlopsPerByte, 10, (op) => mdInline(op, 100));
  assert.ok(got);
  assert.equal(
    got.summary,
    'Roofline: 3 of 3 op types memory-bound on this runner (ridge 4.86 FLOP/B)',
  );
  // Table lines, without the alignment line under the header.
  const rows = got.body.split('\n').filter((l) => l.startsWith('| ') && !/^\| :?-/.test(l));
  assert.equal(rows.length, 1 + 3, got.body); // the header and Conv, Add, the hostile name
  assert.match(
    rows[1],
    /^\| Conv +\| +14\.2 → 2\.21 \| compute → \*\*memory\*\* +\| +61\.0% → 35\.0% \|$/,
  );
  assert.match(rows[2], /^\| Add +\| +— → 0\.08 \| — → memory +\| +— +\|$/);
  // The pipe and the tag of an op type are escaped: one cell, no HTML.
  assert.equal(rows[3].split(' | ').length, 4, rows[3]);
  assert.doesNotMatch(rows[3], /<b>/);
});

test('the table keeps the first rows asked for and says so; none without a ridge or rows', () => {
  const got = rooflineDetails(SHIFTS, 4.86, 1, (op) => op);
  assert.match(got!.body, /Top 1 of 3 shown\.$/);
  assert.equal(
    rooflineDetails(SHIFTS, undefined, 10, (op) => op),
    null,
  );
  assert.equal(
    rooflineDetails(SHIFTS, 4.86, 0, (op) => op),
    null,
  );
  assert.equal(
    rooflineDetails([SHIFTS[2]], 4.86, 10, (op) => op),
    null,
  );
});

test('a comparison with a roofline shows it under Hardware; one without shows no roofline', () => {
  const plain = validComparison();
  assert.doesNotMatch(renderMarkdown(plain), /Roofline/);
  const md = renderMarkdown({ ...plain, roofline: ROOFLINE });
  assert.match(
    md,
    /<summary>Hardware<\/summary>[\s\S]*Roofline of this runner: peak 97\.6 GFLOP\/s/,
  );
});
