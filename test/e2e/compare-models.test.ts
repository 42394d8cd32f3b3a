/**
 * End to end: two real models that differ in a known way, compared by the real CLI (real
 * processes, real ONNX Runtime). The base has a dense 3×3 convolution; the head replaces it by
 * a depthwise-separable block (depthwise 3×3 + pointwise 1×1). The report must state the static
 * deltas exactly and flag only what the measurement supports.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Comparison } from '../../src/compare/types.ts';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { tempDir } from '../helpers.ts';
import { runCli } from '../cli/run-cli.ts';

const dir = tempDir();
const C = 16;
const HW = 32;

function base(): string {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', ['batch', C, HW, HW]);
  m.initializer('w', 'float32', [C, C, 3, 3]);
  m.initializer('b', 'float32', [C]);
  m.output(m.op('Relu', [m.op('Conv', [x, 'w', 'b'], { pads: [1, 1, 1, 1] })]));
  return m.save(join(dir, 'dense.onnx'));
}

function head(): string {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', ['batch', C, HW, HW]);
  m.initializer('dw', 'float32', [C, 1, 3, 3]);
  m.initializer('dwb', 'float32', [C]);
  m.initializer('pw', 'float32', [C, C, 1, 1]);
  m.initializer('pwb', 'float32', [C]);
  const d = m.op('Conv', [x, 'dw', 'dwb'], { pads: [1, 1, 1, 1], group: C });
  m.output(m.op('Relu', [m.op('Conv', [d, 'pw', 'pwb'])]));
  return m.save(join(dir, 'separable.onnx'));
}

test('dense 3×3 vs depthwise-separable: exact static deltas, the contradiction, verdicts backed by rounds', () => {
  const md = join(dir, 'report.md');
  const json = join(dir, 'comparison.json');
  const r = runCli([
    'compare',
    base(),
    head(),
    '--dim',
    'batch=1',
    '--budget',
    '3s',
    '--cold-starts',
    '5',
    '--warmup',
    '2',
    '--markdown',
    md,
    '--json',
    json,
    '--no-progress',
  ]);
  assert.equal(r.code, 0, r.stderr);
  const c = JSON.parse(readFileSync(json, 'utf8')) as Comparison;
  const report = readFileSync(md, 'utf8');
  const m = c.models[0];
  const s = Object.fromEntries(m.static.map((d) => [d.indicator, d]));

  // MACs (N·Cout·H·W·(Cin/g)·k²): dense 1·16·32·32·16·9 = 2,359,296;
  // head: depthwise 1·16·32·32·1·9 = 147,456 + pointwise 1·16·32·32·16·1 = 262,144 = 409,600.
  assert.equal(s.macs.base, 2_359_296);
  assert.equal(s.macs.head, 409_600);
  assert.equal(s.macs.delta, 409_600 - 2_359_296);
  // FLOPs: 2·MACs + 1 per output element per bias add + 1 per element for Relu (16·32·32 = 16,384):
  // base 2·2,359,296 + 16,384 + 16,384 = 4,751,360; head 2·409,600 + 2·16,384 + 16,384 = 868,352.
  assert.equal(s.flops.base, 4_751_360);
  assert.equal(s.flops.head, 868_352);
  // Bytes (float32): base Conv reads x 65,536 + W 9,216 + b 64, writes 65,536; Relu 2·65,536:
  // 271,424. Head: depthwise 65,536 + 576 + 64 + 65,536; pointwise 65,536 + 1,024 + 64 + 65,536;
  // Relu 131,072: 394,944.
  assert.equal(s.bytesAccessed.base, 271_424);
  assert.equal(s.bytesAccessed.head, 394_944);
  // The contradiction the graphs alone prove: FLOPs 868,352/4,751,360 − 1 = −81.7% while bytes
  // 394,944/271,424 − 1 = +45.5%.
  const bytes = m.contradictions.find((x) => x.rule === 'flops-down-bytes-up');
  assert.ok(bytes, JSON.stringify(m.contradictions));
  assert.equal(bytes.title, 'FLOPs −81.7% but bytes accessed +45.5%');
  assert.ok(report.includes('**FLOPs −81.7% but bytes accessed +45.5%**'));
  assert.match(report, /\| MACs +\| +2\.36 MMACs \| +410 kMACs \| +−82\.6% \(−1\.95 MMACs\) \|/);

  // Runtime: every verdict the report shows comes from at least 5 paired rounds (else it must
  // say inconclusive), and a contradiction that names a runtime indicator needs its verdict to
  // be better or worse.
  assert.equal(m.runtimeMode, 'paired');
  const lat = m.runtime.find((d) => d.indicator === 'latency.p50')!;
  if (lat.rounds < 5) assert.equal(lat.verdict, 'inconclusive');
  for (const x of m.contradictions) {
    for (const change of x.changes) {
      const row = m.runtime.find((d) => d.indicator === change.indicator);
      if (row)
        assert.ok(
          row.verdict === 'better' || row.verdict === 'worse',
          `${x.rule} uses ${row.indicator} (${row.verdict})`,
        );
    }
  }
  assert.ok(report.includes(`latency p50 (batch 1)`));
  assert.ok(r.stdout.startsWith(c.headline));
  assert.ok(report.length < 65_536);
});
