/**
 * Generated models for the benchmark: a deep transformer whose graph has the shape arithmetic of
 * a PyTorch export (tens of thousands of nodes), and a wide MLP with hundreds of MB of weights
 * embedded in the .onnx file. Written with the test fixture writer.
 */
import { ModelBuilder } from '../test/fixtures/onnx-writer.ts';

/** Reshape `x` [B, S, D] to [B, S, heads, D/heads] with the Shape→Gather→Unsqueeze→Concat chain. */
function splitHeads(m: ModelBuilder, x: string, heads: number, headDim: number): string {
  const shape = m.op('Shape', [x]);
  const dims = [0, 1].map((i) =>
    m.op('Unsqueeze', [
      m.op('Gather', [shape, m.constant('int64', [], [i])], { axis: 0 }),
      m.constant('int64', [1], [0]),
    ]),
  );
  const target = m.op(
    'Concat',
    [...dims, m.constant('int64', [1], [heads]), m.constant('int64', [1], [headDim])],
    { axis: 0 },
  );
  return m.op('Transpose', [m.op('Reshape', [x, target])], { perm: [0, 2, 1, 3] });
}

function mergeHeads(m: ModelBuilder, x: string, d: number): string {
  const t = m.op('Transpose', [x], { perm: [0, 2, 1, 3] });
  const shape = m.op('Shape', [t]);
  const dims = [0, 1].map((i) =>
    m.op('Unsqueeze', [
      m.op('Gather', [shape, m.constant('int64', [], [i])], { axis: 0 }),
      m.constant('int64', [1], [0]),
    ]),
  );
  return m.op('Reshape', [
    t,
    m.op('Concat', [...dims, m.constant('int64', [1], [d])], { axis: 0 }),
  ]);
}

function linear(m: ModelBuilder, x: string, name: string, din: number, dout: number): string {
  m.initializer(`${name}.w`, 'float32', [din, dout]);
  m.initializer(`${name}.b`, 'float32', [dout]);
  return m.op('Add', [m.op('MatMul', [x, `${name}.w`]), `${name}.b`]);
}

function layerNorm(m: ModelBuilder, x: string, name: string, d: number): string {
  m.initializer(`${name}.g`, 'float32', [d]);
  m.initializer(`${name}.b`, 'float32', [d]);
  return m.op('LayerNormalization', [x, `${name}.g`, `${name}.b`], { axis: -1 });
}

/** A GPT-style decoder of `layers` blocks; about 75 nodes per block. */
export function transformer(layers: number, d = 64, heads = 4, vocab = 1000): ModelBuilder {
  const m = new ModelBuilder({ opset: 17, name: 'bench-transformer' });
  const ids = m.input('input_ids', 'int64', ['batch', 'sequence']);
  m.initializer('wte', 'float32', [vocab, d]);
  let x = m.op('Gather', ['wte', ids], { axis: 0 });
  const headDim = d / heads;
  for (let l = 0; l < layers; l++) {
    const h = layerNorm(m, x, `l${l}.ln1`, d);
    const [q, k, v] = ['q', 'k', 'v'].map((p) =>
      splitHeads(m, linear(m, h, `l${l}.${p}`, d, d), heads, headDim),
    );
    const kt = m.op('Transpose', [k], { perm: [0, 1, 3, 2] });
    const scores = m.op('Div', [
      m.op('MatMul', [q, kt]),
      m.constant('float32', [], [Math.sqrt(headDim)]),
    ]);
    const attn = m.op('MatMul', [m.op('Softmax', [scores], { axis: -1 }), v]);
    x = m.op('Add', [x, linear(m, mergeHeads(m, attn, d), `l${l}.o`, d, d)]);
    const h2 = layerNorm(m, x, `l${l}.ln2`, d);
    const up = linear(m, h2, `l${l}.up`, d, 4 * d);
    // GELU as PyTorch exports it: x · 0.5 · (1 + erf(x / √2))
    const erf = m.op('Erf', [m.op('Div', [up, m.constant('float32', [], [Math.SQRT2])])]);
    const gelu = m.op('Mul', [
      m.op('Mul', [up, m.op('Add', [erf, m.constant('float32', [], [1])])]),
      m.constant('float32', [], [0.5]),
    ]);
    x = m.op('Add', [x, linear(m, gelu, `l${l}.down`, 4 * d, d)]);
  }
  m.output(
    m.op('MatMul', [layerNorm(m, x, 'lnf', d), m.op('Transpose', ['wte'], { perm: [1, 0] })]),
  );
  return m;
}

/** An MLP of `layers` square float32 layers of width `width`, weights inside the .onnx file. */
export function wideMlp(layers: number, width: number): ModelBuilder {
  const m = new ModelBuilder({ opset: 17, name: 'bench-mlp' });
  let x = m.input('x', 'float32', ['batch', width]);
  for (let l = 0; l < layers; l++) {
    m.initializer(`w${l}`, 'float32', [width, width]);
    x = m.op('Relu', [m.op('MatMul', [x, `w${l}`])]);
  }
  m.output(x);
  return m;
}

/**
 * Like wideMlp, but the weights live in an external-data file (`weights.bin` beside the model),
 * as models above protobuf's 2 GB limit must. Returns the builder and the data file's size; the
 * caller creates that file (a sparse file is enough: the analysis never reads it).
 */
export function externalMlp(
  layers: number,
  width: number,
): { model: ModelBuilder; dataBytes: number } {
  const m = new ModelBuilder({ opset: 17, name: 'bench-external-mlp' });
  let x = m.input('x', 'float32', ['batch', width]);
  const bytes = width * width * 4;
  for (let l = 0; l < layers; l++) {
    m.initializer(`w${l}`, 'float32', [width, width], undefined, {
      external: 'weights.bin',
      offset: l * bytes,
      bytesOnly: bytes,
    });
    x = m.op('Relu', [m.op('MatMul', [x, `w${l}`])]);
  }
  m.output(x);
  return { model: m, dataBytes: layers * bytes };
}
