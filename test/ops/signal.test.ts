/**
 * Signal family. Expected numbers from the constants of src/ops/signal.ts: a DFT of length n
 * costs 5·n·log2(n) flops per transform; STFT adds the window multiply (1 flop per real sample,
 * 2 per complex one); Hann and Hamming windows 3 flops + 1 cos per element, Blackman 6 + 2;
 * MelWeightMatrix 0.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis } from '../../src/analyze/types.ts';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, nodeOf } from '../helpers.ts';

const scalar = (m: ModelBuilder, v: number) => m.constant('int64', [], [v]);
const reason = (a: Analysis, n: string) => a.unresolved.find((u) => u.node === n)?.reason ?? '';

test('DFT-17 on a real [2, 8, 1] signal: full, one-sided and zero-padded to dft_length 16', () => {
  const m = new ModelBuilder({ opset: 17 });
  const x = m.input('x', 'float32', [2, 8, 1]);
  m.output(m.op('DFT', [x], {}, { name: 'full' }));
  m.output(m.op('DFT', [x], { onesided: 1 }, { name: 'half' }));
  m.output(m.op('DFT', [x, scalar(m, 16)], {}, { name: 'padded' }));
  m.output(m.op('DFT', [m.input('c', 'float32', [2, 8, 2])], { onesided: 1 }, { name: 'bad' }));
  const a = analyzeBuilt(m);
  // axis 1 (the default), n = 8: 5 · 8 · log2(8) = 120 flops per transform, 2 transforms
  assert.deepEqual(nodeOf(a, 'full').outputShapes, [[2, 8, 2]]);
  assert.equal(nodeOf(a, 'full').flops, 2 * (5 * 8 * 3));
  // floor(8 / 2) + 1 = 5 bins, the same transform
  assert.deepEqual(nodeOf(a, 'half').outputShapes, [[2, 5, 2]]);
  assert.equal(nodeOf(a, 'half').flops, 2 * (5 * 8 * 3));
  // n = 16: 5 · 16 · 4 = 320 per transform
  assert.deepEqual(nodeOf(a, 'padded').outputShapes, [[2, 16, 2]]);
  assert.equal(nodeOf(a, 'padded').flops, 2 * (5 * 16 * 4));
  assert.match(reason(a, 'bad'), /one-sided forward DFT needs a real input/);
});

test('DFT-20: the axis is an input (default -2); inverse one-sided gives a real signal', () => {
  const m = new ModelBuilder({ opset: 20 });
  const x = m.input('x', 'float32', [2, 4, 8, 1]);
  m.output(m.op('DFT', [x], {}, { name: 'last' }));
  m.output(m.op('DFT', [x, '', scalar(m, 1)], {}, { name: 'axis1' }));
  const spectrum = m.input('spectrum', 'float32', ['batch', 5, 2]);
  m.output(m.op('DFT', [spectrum], { inverse: 1, onesided: 1 }, { name: 'irfft' }));
  m.op('DFT', [x, '', scalar(m, 3)], {}, { name: 'bad' });
  const a = analyzeBuilt(m, { dims: { batch: 3 } });
  // axis -2 = 2, n = 8: 2 · 4 transforms of 120 flops
  assert.deepEqual(nodeOf(a, 'last').outputShapes, [[2, 4, 8, 2]]);
  assert.equal(nodeOf(a, 'last').flops, 2 * 4 * (5 * 8 * 3));
  // axis 1, n = 4: 2 · 8 transforms of 5 · 4 · 2 = 40 flops
  assert.deepEqual(nodeOf(a, 'axis1').outputShapes, [[2, 4, 8, 2]]);
  assert.equal(nodeOf(a, 'axis1').flops, 2 * 8 * (5 * 4 * 2));
  // 5 bins of a one-sided spectrum: n = 2 · (5 - 1) = 8 real values; 3 transforms
  assert.deepEqual(nodeOf(a, 'irfft').outputShapes, [[3, 8, 1]]);
  assert.equal(nodeOf(a, 'irfft').flops, 3 * (5 * 8 * 3));
  assert.match(reason(a, 'bad'), /axis 3 is the components dim/);
});

test('STFT: frames from length, frame_length and step; a DFT and a window multiply per frame', () => {
  const m = new ModelBuilder({ opset: 17 });
  const x = m.input('x', 'float32', [2, 100, 1]);
  const hann = m.op('HannWindow', [scalar(m, 16)], {}, { name: 'hann' });
  m.output(m.op('STFT', [x, scalar(m, 10), hann], {}, { name: 'stft' }));
  m.output(m.op('STFT', [x, scalar(m, 17), '', scalar(m, 32)], { onesided: 0 }, { name: 'full' }));
  const c = m.input('c', 'float32', [1, 64, 2]);
  const window = m.initializer('window', 'float32', [32]);
  m.output(m.op('STFT', [c, scalar(m, 16), window], {}, { name: 'complex' }));
  m.op('STFT', [x, scalar(m, 10)], {}, { name: 'no_length' });
  m.op('STFT', [x, scalar(m, 10), '', scalar(m, 128)], {}, { name: 'short' });
  const a = analyzeBuilt(m);
  // frames floor((100 - 16) / 10) + 1 = 9; bins 16 / 2 + 1 = 9
  const stft = nodeOf(a, 'stft');
  assert.deepEqual(stft.outputShapes, [[2, 9, 9, 2]]);
  // per frame: 5 · 16 · 4 = 320 + the window 16 = 336; 2 · 9 frames
  assert.equal(stft.flops, 2 * 9 * (320 + 16));
  // frames floor((100 - 32) / 17) + 1 = 5; all 32 bins; 5 · 32 · 5 = 800 per frame, no window
  assert.deepEqual(nodeOf(a, 'full').outputShapes, [[2, 5, 32, 2]]);
  assert.equal(nodeOf(a, 'full').flops, 2 * 5 * 800);
  // complex: frames floor((64 - 32) / 16) + 1 = 3, bins 17; window 2 · 32 per frame
  assert.deepEqual(nodeOf(a, 'complex').outputShapes, [[1, 3, 17, 2]]);
  assert.equal(nodeOf(a, 'complex').flops, 3 * (800 + 2 * 32));
  assert.equal(a.totals.params, 0); // the window is a table, not a weight
  assert.match(reason(a, 'no_length'), /STFT needs a window or a frame_length/);
  assert.match(reason(a, 'short'), /\[2, 100, 1\] is shorter than the frame length 128/);
});

test('window generators: 3 flops + 1 cos (Hann, Hamming), 6 + 2 (Blackman) per element', () => {
  const m = new ModelBuilder({ opset: 17 });
  m.output(m.op('HannWindow', [scalar(m, 10)], {}, { name: 'hann' }));
  m.output(m.op('HammingWindow', [scalar(m, 7)], { periodic: 0 }, { name: 'hamming' }));
  const b = m.op('BlackmanWindow', [scalar(m, 8)], { output_datatype: 7 }, { name: 'blackman' });
  m.output(b, 'int64');
  m.op('HannWindow', [m.input('n', 'int64', [])], {}, { name: 'unknown' });
  m.op('HannWindow', [scalar(m, -1)], {}, { name: 'negative' });
  const a = analyzeBuilt(m);
  assert.deepEqual(nodeOf(a, 'hann').outputShapes, [[10]]);
  assert.deepEqual([nodeOf(a, 'hann').flops, nodeOf(a, 'hann').transcendentals], [30, 10]);
  assert.deepEqual([nodeOf(a, 'hamming').flops, nodeOf(a, 'hamming').transcendentals], [21, 7]);
  // int64 output: still float arithmetic (flops), and 8 int64 written + the int64 size read
  const blackman = nodeOf(a, 'blackman');
  assert.deepEqual([blackman.flops, blackman.transcendentals, blackman.intOps], [48, 16, 0]);
  assert.equal(blackman.bytesAccessed, 8 + 8 * 8);
  assert.equal(typeof nodeOf(a, 'unknown').outputShapes[0]![0], 'string');
  assert.match(reason(a, 'negative'), /HannWindow: size -1 must be at least 0/);
});

test('MelWeightMatrix: [floor(dft_length / 2) + 1, num_mel_bins], no arithmetic, no params', () => {
  const m = new ModelBuilder({ opset: 17 });
  const lo = m.initializer('lo', 'float32', [], [0]);
  const hi = m.initializer('hi', 'float32', [], [8000]);
  const args = [scalar(m, 8), scalar(m, 64), scalar(m, 16000), lo, hi];
  m.output(m.op('MelWeightMatrix', args, {}, { name: 'mel' }));
  const a = analyzeBuilt(m);
  const mel = nodeOf(a, 'mel');
  assert.deepEqual(mel.outputShapes, [[33, 8]]); // 64 / 2 + 1 = 33
  assert.equal(mel.flops, 0);
  assert.deepEqual(a.unresolved, []);
  assert.equal(a.totals.params, 0); // the float edge frequencies are arguments
});
