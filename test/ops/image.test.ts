import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ModelBuilder, attr } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt, nodeOf } from '../helpers.ts';
import type { Analysis } from '../../src/analyze/types.ts';

const shapeOf = (a: Analysis, name: string) => nodeOf(a, name).outputShapes[0]!;
const floats = (m: ModelBuilder, values: number[]) =>
  m.constant('float32', [values.length], values);
const int64 = (m: ModelBuilder, values: number[], dims = [values.length]) =>
  m.constant('int64', dims, values);

test('Resize (opset 13): linear 4, cubic 8, nearest 0 flops per output element in 2-D', () => {
  const m = new ModelBuilder({ opset: 13 });
  const x = m.input('x', 'float32', ['batch', 3, 8, 8]);
  const scales = floats(m, [1, 1, 2, 2]);
  m.op('Resize', [x, '', scales], { mode: 'linear' }, { name: 'linear' });
  m.op('Resize', [x, '', scales], { mode: 'cubic' }, { name: 'cubic' });
  m.op('Resize', [x, '', scales], {}, { name: 'nearest' });
  m.op('Resize', [x, '', '', int64(m, [2, 3, 5, 7])], { mode: 'linear' }, { name: 'sizes' });
  m.op('Resize', [x, '', floats(m, [1, 1, 1.5, 1])], { mode: 'linear' }, { name: 'one_axis' });
  const a = analyzeBuilt(m, { dims: { batch: 2 } });
  const out = 2 * 3 * 16 * 16;
  assert.deepEqual(shapeOf(a, 'linear'), [2, 3, 16, 16]);
  assert.equal(nodeOf(a, 'linear').flops, 4 * out);
  assert.equal(nodeOf(a, 'cubic').flops, 8 * out);
  assert.equal(nodeOf(a, 'nearest').flops, 0);
  // reads 2 * 3 * 8 * 8 floats and 4 float scales, writes `out` floats
  assert.equal(nodeOf(a, 'linear').bytesAccessed, 2 * 3 * 8 * 8 * 4 + 4 * 4 + out * 4);
  assert.deepEqual(shapeOf(a, 'sizes'), [2, 3, 5, 7]);
  assert.equal(nodeOf(a, 'sizes').flops, 4 * 2 * 3 * 5 * 7);
  // floor(8 * 1.5) = 12 on one axis only: 2 flops per output element
  assert.deepEqual(shapeOf(a, 'one_axis'), [2, 3, 12, 8]);
  assert.equal(nodeOf(a, 'one_axis').flops, 2 * 2 * 3 * 12 * 8);
  assert.equal(a.totals.params, 0); // scales and sizes are not weights
});

test('Resize opset variants: scales input (10), roi + sizes (11), axes and aspect policy (18)', () => {
  const v10 = new ModelBuilder({ opset: 10 });
  const x10 = v10.input('x', 'float32', [1, 2, 5, 5]);
  v10.op('Resize', [x10, floats(v10, [1, 1, 0.5, 2])], {}, { name: 'r' });
  assert.deepEqual(shapeOf(analyzeBuilt(v10), 'r'), [1, 2, 2, 10]); // floor(2.5), 10

  const v11 = new ModelBuilder({ opset: 11 });
  const x11 = v11.input('x', 'float32', [1, 2, 5, 5]);
  const roi = floats(v11, []);
  v11.op('Resize', [x11, roi, floats(v11, []), int64(v11, [1, 2, 9, 4])], {}, { name: 'r' });
  assert.deepEqual(shapeOf(analyzeBuilt(v11), 'r'), [1, 2, 9, 4]);

  const v18 = new ModelBuilder({ opset: 18 });
  const x = v18.input('x', 'float32', [1, 3, 8, 8]);
  v18.op('Resize', [x, '', floats(v18, [2, 3])], { axes: [2, 3] }, { name: 'axes' });
  const sizes = int64(v18, [12, 16]);
  v18.op(
    'Resize',
    [x, '', '', sizes],
    { axes: [-2, -1], keep_aspect_ratio_policy: 'not_larger' },
    {
      name: 'not_larger',
    },
  );
  v18.op(
    'Resize',
    [x, '', '', sizes],
    { axes: [2, 3], keep_aspect_ratio_policy: 'not_smaller' },
    {
      name: 'not_smaller',
    },
  );
  v18.op('Resize', [x, '', floats(v18, [2])], { axes: [2, 3] }, { name: 'bad' });
  const a = analyzeBuilt(v18);
  assert.deepEqual(shapeOf(a, 'axes'), [1, 3, 16, 24]);
  // scale = min(12 / 8, 16 / 8) = 1.5 -> round(8 * 1.5) = 12 on both axes
  assert.deepEqual(shapeOf(a, 'not_larger'), [1, 3, 12, 12]);
  assert.deepEqual(shapeOf(a, 'not_smaller'), [1, 3, 16, 16]);
  assert.match(a.unresolved.find((u) => u.node === 'bad')!.reason, /1 scales for 2 axes/);
});

test('Resize: 1-D linear is 2 flops per element, integer images count intOps', () => {
  const m = new ModelBuilder({ opset: 19 });
  const audio = m.input('audio', 'float32', [1, 2, 10]);
  m.op('Resize', [audio, '', floats(m, [1, 1, 3])], { mode: 'linear' }, { name: 'audio' });
  const img = m.input('img', 'uint8', [1, 3, 4, 4]);
  m.op('Resize', [img, '', floats(m, [1, 1, 2, 2])], { mode: 'linear' }, { name: 'u8' });
  const a = analyzeBuilt(m);
  assert.equal(nodeOf(a, 'audio').flops, 2 * (1 * 2 * 30));
  assert.equal(nodeOf(a, 'u8').flops, 0);
  assert.equal(nodeOf(a, 'u8').intOps, 4 * (3 * 8 * 8));
});

test('Upsample: scales attribute in opset 7-8, scales input in opset 9', () => {
  const v7 = new ModelBuilder({ opset: 7 });
  const x = v7.input('x', 'float32', [1, 2, 3, 3]);
  v7.op('Upsample', [x], { scales: attr.floats([1, 1, 2, 2]), mode: 'linear' }, { name: 'u' });
  const a = analyzeBuilt(v7);
  assert.deepEqual(shapeOf(a, 'u'), [1, 2, 6, 6]);
  assert.equal(nodeOf(a, 'u').flops, 4 * 2 * 6 * 6);

  const v9 = new ModelBuilder({ opset: 9 });
  const y = v9.input('y', 'float32', [1, 2, 3, 3]);
  v9.op('Upsample', [y, floats(v9, [1, 1, 3, 2])], {}, { name: 'u' });
  const b = analyzeBuilt(v9);
  assert.deepEqual(shapeOf(b, 'u'), [1, 2, 9, 6]);
  assert.equal(nodeOf(b, 'u').flops, 0); // nearest
});

test('GridSample, RoiAlign, AffineGrid, Col2Im and CenterCropPad', () => {
  const m = new ModelBuilder({ opset: 20 });
  const x = m.input('x', 'float32', [1, 4, 16, 16]);
  m.op('GridSample', [x, m.input('grid', 'float32', [1, 5, 6, 2])], {}, { name: 'grid' });
  const rois = m.input('rois', 'float32', [5, 4]);
  const batch = m.input('bi', 'int64', [5]);
  const roiAttrs = { output_height: 7, output_width: 7 };
  m.op('RoiAlign', [x, rois, batch], { ...roiAttrs, sampling_ratio: 2 }, { name: 'roi' });
  m.op('RoiAlign', [x, rois, batch], roiAttrs, { name: 'adaptive' });
  const theta = m.input('theta', 'float32', [2, 2, 3]);
  m.op('AffineGrid', [theta, int64(m, [2, 3, 4, 5])], {}, { name: 'affine' });
  const cols = m.input('cols', 'float32', [1, 2 * 4, 9]);
  m.op('Col2Im', [cols, int64(m, [4, 4]), int64(m, [2, 2])], {}, { name: 'col2im' });
  m.op(
    'CenterCropPad',
    [m.input('c', 'float32', [5, 6, 3]), int64(m, [4, 8])],
    { axes: [0, 1] },
    {
      name: 'crop',
    },
  );
  const a = analyzeBuilt(m);
  assert.deepEqual(shapeOf(a, 'grid'), [1, 4, 5, 6]);
  assert.equal(nodeOf(a, 'grid').flops, 4 * (4 * 5 * 6)); // bilinear: 2 flops x 2 axes
  assert.deepEqual(shapeOf(a, 'roi'), [5, 4, 7, 7]);
  assert.equal(nodeOf(a, 'roi').flops, 5 * 2 * 2 * (5 * 4 * 7 * 7)); // (4 + 1) per sample
  assert.match(a.unresolved.find((u) => u.node === 'adaptive')!.reason, /depends on the boxes/);
  assert.deepEqual(shapeOf(a, 'affine'), [2, 4, 5, 2]);
  assert.equal(nodeOf(a, 'affine').flops, 2 * 2 * (2 * 4 * 5 * 2)); // 2r per coordinate
  assert.deepEqual(shapeOf(a, 'col2im'), [1, 2, 4, 4]); // 8 columns / (2 * 2) blocks
  assert.equal(nodeOf(a, 'col2im').flops, 1 * 8 * 9);
  assert.deepEqual(shapeOf(a, 'crop'), [4, 8, 3]);
});

test('NonMaxSuppression: a symbolic box count and a documented worst-case cost', () => {
  const m = new ModelBuilder({ opset: 11 });
  const boxes = m.input('boxes', 'float32', [1, 10, 4]);
  const scores = m.input('scores', 'float32', [1, 2, 10]);
  const max = int64(m, [3], [1]);
  const iou = floats(m, [0.5]);
  m.op('NonMaxSuppression', [boxes, scores, max, iou], {}, { name: 'nms' });
  m.op('NonMaxSuppression', [boxes, scores], {}, { name: 'none' });
  const a = analyzeBuilt(m);
  const [n, three] = shapeOf(a, 'nms');
  assert.equal(typeof n, 'string');
  assert.equal(three, 3);
  // batch 1 x classes 2 x min(3, 10) selected x 10 boxes x 13 flops per IoU test
  assert.equal(nodeOf(a, 'nms').flops, 1 * 2 * 3 * 10 * 13);
  assert.deepEqual(shapeOf(a, 'none'), [0, 3]); // max_output_boxes_per_class defaults to 0
  assert.equal(nodeOf(a, 'none').flops, 0);
});

test('Resize and Upsample scale sizes in float32: floor(10 · 1.8f) = 18', () => {
  const m = new ModelBuilder({ opset: 13 });
  const x = m.input('x', 'float32', [1, 3, 10, 10]);
  const roi = m.initializer('roi', 'float32', [0], []);
  const sc = m.initializer('sc', 'float32', [4], [1, 1, 1.8, 1.8]);
  m.op('Resize', [x, roi, sc], {}, { name: 'resize' });
  const v9 = new ModelBuilder({ opset: 9 });
  const y = v9.input('y', 'float32', [1, 3, 10, 10]);
  v9.op('Upsample', [y, floats(v9, [1, 1, 1.8, 1.8])], {}, { name: 'up' });
  // 1.8f = 1.7999999523; 10 · 1.8f = 17.9999995 rounds to 18 in float32 (spacing 1.9e-6 there),
  // as ONNX Runtime computes it; float64 would floor 17.9999995 to 17.
  assert.deepEqual(shapeOf(analyzeBuilt(m), 'resize'), [1, 3, 18, 18]);
  assert.deepEqual(shapeOf(analyzeBuilt(v9), 'up'), [1, 3, 18, 18]);
});

test('negative scales and sizes fail clearly: Resize, Upsample, CenterCropPad', () => {
  const m = new ModelBuilder({ opset: 18 });
  const x = m.input('x', 'float32', [1, 3, 4, 4]);
  m.op('Resize', [x, '', floats(m, [1, 1, -1, 1.5])], {}, { name: 'neg_scale' });
  m.op('Resize', [x, '', '', int64(m, [1, 3, -2, 4])], {}, { name: 'neg_size' });
  m.op('CenterCropPad', [x, int64(m, [-1, 2])], { axes: [2, 3] }, { name: 'crop' });
  const v9 = new ModelBuilder({ opset: 9 });
  const y = v9.input('y', 'float32', [1, 3, 4, 4]);
  v9.op('Upsample', [y, floats(v9, [1, 1, 0, 2])], {}, { name: 'up' });
  const a = analyzeBuilt(m);
  const reason = (an: Analysis, n: string) => an.unresolved.find((u) => u.node === n)?.reason;
  assert.match(
    reason(a, 'neg_scale') ?? '',
    /scales \[1, 1, -1, 1\.5\] must all be greater than 0/,
  );
  assert.match(reason(a, 'neg_size') ?? '', /sizes \[1, 3, -2, 4\] must all be non-negative/);
  assert.match(reason(a, 'crop') ?? '', /CenterCropPad: target shape \[-1, 2\] has a negative/);
  const b = analyzeBuilt(v9);
  assert.match(reason(b, 'up') ?? '', /Upsample: scales \[1, 1, 0, 2\] must all be greater than 0/);
});

test('AffineGrid with a size of unknown contents: rank from its length 4 or 5, else a failure', () => {
  const m = new ModelBuilder({ opset: 20 });
  const theta = m.input('theta', 'float32', [2, 2, 3]);
  m.op('AffineGrid', [theta, m.input('size4', 'int64', [4])], {}, { name: 'grid' });
  // a declared length of a million must not size an allocation
  m.op('AffineGrid', [theta, m.input('huge', 'int64', [1_000_000])], {}, { name: 'bad' });
  const a = analyzeBuilt(m);
  const [n, h, w, two] = shapeOf(a, 'grid');
  assert.deepEqual([n, two], [2, 2]); // [N, H, W, 2] for a 2-D grid
  assert.equal(typeof h, 'string');
  assert.equal(typeof w, 'string');
  assert.match(
    a.unresolved.find((u) => u.node === 'bad')?.reason ?? '',
    /size has 1000000 values; it must be \[N, C, H, W\]/,
  );
});
