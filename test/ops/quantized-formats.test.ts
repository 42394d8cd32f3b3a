/**
 * The three quantized formats users ship (fixtures in quantized-fixtures.ts), counted against hand
 * counts and run by real onnxruntime-node.
 *
 * How quantization metadata counts (docs/indicators.md#params and #weight-bytes):
 * - Per-channel and per-block scales and zero points are params, like any float or
 *   quantized-integer weight tensor of two or more elements, and occupy weightBytes: they are
 *   stored numbers the model cannot run without, one per channel like a BatchNorm scale or a bias.
 *   A quantized model therefore has its float twin's params plus this metadata, and paramsByDtype
 *   shows both (the float32 entries of a quantized model are mostly scales).
 * - Per-tensor scales and zero points (one element) are arithmetic constants: neither params nor
 *   weightBytes (params.ts, counting rules 2), only counted in a note.
 * - Sub-byte weights count one param per value, in bytes packed: MatMulNBits' uint8 B holds
 *   K·N uint4 params (K·N / 2 bytes), its packed uint8 zero points N·n_blocks uint4 params.
 * - The int32 bias codes and int32 zero points that the static quantizer writes for a Conv bias
 *   are params (DequantizeLinear reads them as a quantized weight: the float model's bias,
 *   quantized), in paramsByDtype as int32; other int32 tensors (shapes, indices) are not.
 *
 * Compute, by docs/indicators.md's conventions: dense ops count the MACs of the float model of the
 * same shapes. A QDQ graph is float arithmetic on dequantized tensors as written (Conv and MatMul:
 * 2·macs flops; QuantizeLinear 3, DequantizeLinear 2 flops per element) and has no intOps, even
 * where ONNX Runtime fuses it into integer kernels (its profile shows QLinearConv). ConvInteger and
 * MatMulInteger put 2·macs into intOps; MatMulNBits is float: 2·macs + 2 flops per weight
 * (dequantization) + 1 per output for a bias.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import ort from 'onnxruntime-node';
import { planModel } from '../../src/measure/plan.ts';
import { measureModels } from '../../src/measure/run.ts';
import { DEFAULT_SETTINGS } from '../../src/measure/settings.ts';
import type { RuntimeSettings } from '../../src/measure/types.ts';
import { silentProgress } from '../../src/progress.ts';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, nodeOf, tempDir } from '../helpers.ts';
import {
  dynamicInt8,
  floatTwins,
  ints,
  matMulNBits4,
  qdqInt8,
  type NBitsLayer,
} from './quantized-fixtures.ts';

const twins = floatTwins();
const scalarNote = (n: number) =>
  new RegExp(`^${n} single-element constant\\(s\\) .* left out of params and weight bytes$`);

test('QDQ int8 (static quantizer): per-channel scales and zero points are params', () => {
  const a = analyzeBuilt(qdqInt8(), { dims: { batch: 1 } });
  // Weights: w1 int8 8·3·3·3 = 216, w2 int8 8·4 = 32.
  // Per-channel metadata: w1 scale float 8 + zp int8 8; b1 scale float 8, its int32 codes 8 and
  // int32 zero points 8; w2 scale float 4 + zp int8 4. Float bias b2: 4.
  // Per-tensor: x, relu, flat scale and zero point: 6 single-element constants, not counted.
  const int8 = 216 + 8 + 32 + 4;
  const float32 = 8 + 8 + 4 + 4;
  const int32 = 8 + 8;
  assert.deepEqual(a.totals.paramsByDtype, { int8, float32, int32 });
  assert.equal(a.totals.params, int8 + float32 + int32); // 300
  assert.equal(a.totals.paramsPerUse, int8 + float32 + int32); // each tensor read by one node
  assert.equal(a.totals.weightBytes, int8 * 1 + (float32 + int32) * 4); // 420
  assert.ok(
    a.notes.some((n) => scalarNote(6).test(n)),
    a.notes.join('\n'),
  );

  // The float model's params (w1 216 + b1 8 + w2 32 + b2 4 = 260), its bias now int32 codes,
  // plus the metadata (8 + 8 + 8 + 8 + 4 + 4 = 40).
  const float = analyzeBuilt(twins.qdq, { dims: { batch: 1 } });
  assert.equal(float.totals.params, 216 + 8 + 32 + 4);
  assert.equal(a.totals.params, float.totals.params + 40);
});

test('QDQ int8: the float dense MACs, Q/DQ as flops, no intOps', () => {
  const a = analyzeBuilt(qdqInt8(), { dims: { batch: 1 } });
  // Conv: output [1, 8, 8, 8] = 512 elements, each 3·3·3 = 27 MACs; MatMul [1, 8] × [8, 4].
  const convMacs = 512 * 27;
  const matmulMacs = 8 * 4;
  assert.equal(nodeOf(a, 'conv').macs, convMacs);
  assert.equal(nodeOf(a, 'matmul').macs, matmulMacs);
  assert.equal(a.totals.macs, convMacs + matmulMacs); // 13856
  assert.equal(analyzeBuilt(twins.qdq, { dims: { batch: 1 } }).totals.macs, a.totals.macs);

  const flops =
    (3 + 2) * 192 + // Q and DQ of x [1, 3, 8, 8]
    2 * 216 + // DQ of w1
    2 * 8 + // DQ of the int32 bias
    (2 * convMacs + 512) + // Conv with its bias
    512 + // Relu
    (3 + 2) * 512 + // Q and DQ of the Relu output
    512 + // GlobalAveragePool: 1 per input element
    (3 + 2) * 8 + // Q and DQ of the flattened [1, 8]
    2 * 32 + // DQ of w2
    2 * matmulMacs + // MatMul
    4; // Add bias
  assert.equal(a.totals.flops, flops); // 33324
  assert.equal(a.totals.intOps, 0);
  assert.equal(a.incomplete, false);
});

test('dynamic quantization: params, the float dense MACs as intOps, rescaling as flops', () => {
  const a = analyzeBuilt(dynamicInt8(), { dims: { batch: 1 } });
  // wc uint8 6·4·3·3 = 216 (its scale and zero point are per tensor: 2 constants, not params);
  // bc float 6; w2 int8 96·10 = 960 with per-column scale float 10 and zero point int8 10; b2 10.
  const uint8 = 216;
  const int8 = 960 + 10;
  const float32 = 6 + 10 + 10;
  assert.deepEqual(a.totals.paramsByDtype, { uint8, int8, float32 });
  assert.equal(a.totals.params, uint8 + int8 + float32); // 1212
  assert.equal(a.totals.weightBytes, uint8 + int8 + float32 * 4); // 1290
  assert.ok(
    a.notes.some((n) => scalarNote(2).test(n)),
    a.notes.join('\n'),
  );
  // The float model: wc 216 + bc 6 + w2 960 + b2 10; quantizing added w2's 10 + 10 metadata.
  const float = analyzeBuilt(twins.dynamic, { dims: { batch: 1 } });
  assert.equal(float.totals.params, 216 + 6 + 960 + 10);
  assert.equal(a.totals.params, float.totals.params + 10 + 10);

  // ConvInteger: output [1, 6, 4, 4] = 96 elements × 4·3·3 = 36; MatMulInteger [1, 96] × [96, 10].
  const convMacs = 96 * 36;
  const matmulMacs = 96 * 10;
  assert.equal(nodeOf(a, 'conv').macs, convMacs);
  assert.equal(nodeOf(a, 'mm').macs, matmulMacs);
  assert.equal(a.totals.macs, convMacs + matmulMacs); // 4416
  assert.equal(float.totals.macs, a.totals.macs);
  assert.equal(a.totals.intOps, 2 * (convMacs + matmulMacs)); // 8832: no bias, no requantization
  const flops =
    5 * 144 + // DynamicQuantizeLinear of x [1, 4, 6, 6]
    1 + // x scale × wc scale (scalars)
    96 + // rescale the Cast int32 output (Cast: no arithmetic)
    96 + // bias
    96 + // Relu
    5 * 96 + // DynamicQuantizeLinear of the flattened [1, 96]
    10 + // x scale × w2 scale [10]
    10 + // rescale
    10; // bias
  assert.equal(a.totals.flops, flops); // 1519
  assert.equal(a.incomplete, false);
});

test('MatMulNBits 4-bit: packed weights and zero points are uint4 params, half a byte each', () => {
  const { model } = matMulNBits4();
  const a = analyzeBuilt(model, { dims: { batch: 1, seq: 4 } });
  // gate: K 256, N 128, block 32 → 8 blocks per column: 256·128 = 32768 4-bit weights
  // (B [128, 8, 16] = 16384 bytes), 128·8 = 1024 float scales, 1024 4-bit zero points (512 bytes).
  // down: K 128, N 256, block 128 → 1 block: 32768 4-bit weights, 256 scales, bias 256.
  const uint4 = 256 * 128 + 128 * 8 + 128 * 256;
  const float32 = 128 * 8 + 256 + 256;
  assert.deepEqual(a.totals.paramsByDtype, { uint4, float32 });
  assert.equal(a.totals.params, uint4 + float32); // 68096
  assert.equal(a.totals.weightBytes, uint4 / 2 + float32 * 4); // 33280 + 6144 = 39424
  // The float model: 256·128 + 128·256 + 256 = 65792; quantizing added 1024 + 1024 + 256.
  const float = analyzeBuilt(twins.nbits, { dims: { batch: 1, seq: 4 } });
  assert.equal(float.totals.params, 256 * 128 + 128 * 256 + 256);
  assert.equal(a.totals.params, float.totals.params + 1024 + 1024 + 256);

  // gate: [1, 4, 256] × [256, 128]; down: [1, 4, 128] × [128, 256].
  const gateMacs = 4 * 256 * 128;
  const downMacs = 4 * 128 * 256;
  assert.equal(nodeOf(a, 'gate').macs, gateMacs);
  assert.equal(a.totals.macs, gateMacs + downMacs); // 262144
  assert.equal(float.totals.macs, a.totals.macs);
  const flops =
    2 * gateMacs +
    2 * 256 * 128 + // gate and the dequantization of its K·N weights
    4 * 128 + // Relu
    2 * downMacs +
    2 * 128 * 256 +
    4 * 256; // down, its dequantization, its bias
  assert.equal(a.totals.flops, flops); // 656896
  assert.equal(a.totals.intOps, 0);
  assert.equal(a.incomplete, false);
});

/** Runs a model once in-process with onnxruntime-node; returns its first output. */
async function runOnce(m: ModelBuilder, name: string, feeds: Record<string, ort.Tensor>) {
  const session = await ort.InferenceSession.create(m.save(join(tempDir(), `${name}.onnx`)));
  try {
    const out = await session.run(feeds);
    return out[session.outputNames[0]];
  } finally {
    await session.release();
  }
}

const floats = (shape: number[], seed: number) =>
  new ort.Tensor(
    'float32',
    Float32Array.from(
      ints(
        shape.reduce((a, b) => a * b),
        -100,
        100,
        seed,
      ),
      (v) => v / 50,
    ),
    shape,
  );

/** y[m, n] = Σ_k x[m, k] · (code[n, k] − zp[n, block]) · scale[n, block] + bias[n], by hand. */
function nbitsReference(x: ArrayLike<number>, rows: number, l: NBitsLayer): number[] {
  const blocks = Math.ceil(l.k / l.block);
  const y: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let n = 0; n < l.n; n++) {
      let sum = l.bias?.[n] ?? 0;
      for (let k = 0; k < l.k; k++) {
        const b = n * blocks + Math.floor(k / l.block);
        const w = (l.codes[n * l.k + k] - (l.zeroPoints?.[b] ?? 8)) * l.scales[b];
        sum += x[r * l.k + k] * w;
      }
      y.push(sum);
    }
  }
  return y;
}

test('onnxruntime-node runs each fixture; MatMulNBits computes what the counted layout says', async () => {
  const qdq = await runOnce(qdqInt8(), 'qdq', { x: floats([1, 3, 8, 8], 21) });
  assert.deepEqual(qdq.dims, [1, 4]);
  assert.ok(Array.from(qdq.data as Float32Array).every(Number.isFinite));
  // ConvInteger with uint8 weights, and with int8 ones (older ONNX Runtime CPU builds had no
  // kernel for int8 ConvInteger weights; 1.30 runs both).
  for (const w of ['uint8', 'int8'] as const) {
    const y = await runOnce(dynamicInt8(w), `dynamic-${w}`, { x: floats([1, 4, 6, 6], 22) });
    assert.deepEqual(y.dims, [1, 10]);
    assert.ok(Array.from(y.data as Float32Array).every(Number.isFinite));
  }

  const { model, gate, down } = matMulNBits4();
  const x = floats([1, 4, 256], 23);
  const y = await runOnce(model, 'nbits', { x });
  assert.deepEqual(y.dims, [1, 4, 256]);
  const h = nbitsReference(x.data as Float32Array, 4, gate).map((v) => Math.max(0, v));
  const expected = nbitsReference(h, 4, down);
  const got = Array.from(y.data as Float32Array);
  const worst = Math.max(
    ...got.map((v, i) => Math.abs(v - expected[i]) / (1 + Math.abs(expected[i]))),
  );
  assert.ok(worst < 1e-4, `MatMulNBits differs from the hand computation by ${worst}`);
});

test('misnomer measure runs the three fixtures in onnxruntime-node: status ok', async () => {
  const dir = tempDir();
  const quick: RuntimeSettings = {
    ...DEFAULT_SETTINGS,
    budgetMs: 300,
    warmupRuns: 1,
    warmupMs: 10,
    coldStartRuns: 1,
    timeoutMs: 60_000,
  };
  const plans = [
    planModel(
      { id: 'qdq', path: qdqInt8().save(join(dir, 'qdq.onnx')), dims: { batch: 1 } },
      [],
      1,
    ),
    planModel(
      { id: 'dynamic', path: dynamicInt8().save(join(dir, 'dynamic.onnx')), dims: { batch: 1 } },
      [],
      1,
    ),
    planModel(
      {
        id: 'nbits',
        path: matMulNBits4().model.save(join(dir, 'nbits.onnx')),
        dims: { batch: 1, seq: 4 },
      },
      [],
      1,
    ),
  ];
  const doc = await measureModels(plans, quick, silentProgress);
  for (const m of doc.models) {
    assert.equal(m.status, 'ok', `${m.id}: ${m.error}`);
    assert.ok(m.latency && m.latency.summary.p50 > 0, m.id);
  }
  // ONNX Runtime ran the 4-bit layers as MatMulNBits kernels (not dequantized to a float MatMul).
  const nbits = doc.models.find((m) => m.id === 'nbits');
  assert.ok(nbits?.opProfile?.byOpType.MatMulNBits, JSON.stringify(nbits?.opProfile?.byOpType));
});
