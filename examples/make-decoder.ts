/**
 * A small decoder with a KV cache, in the layout Hugging Face Optimum exports
 * (`decoder_with_past_model.onnx`): inputs `input_ids`, `attention_mask [batch_size,
 * "past_sequence_length + sequence_length"]`, `position_ids`, `past_key_values.N.key|value`;
 * outputs `logits` and `present.N.key|value`. Built with the test fixture writer (random
 * weights, seeded), so the demo needs no PyTorch: `npx tsx examples/make-decoder.ts out-dir`.
 *
 * Two variants, the pair the demo compares:
 *   mha: 4 query heads and 4 key/value heads (multi-head attention)
 *   gqa: 4 query heads sharing 1 key/value head (grouped-query attention, as Llama 2 70B and
 *        Mistral do): K and V projections 4 times smaller, a KV cache 4 times smaller, and the
 *        heads broadcast in the attention MatMuls instead of a repeat of the cache.
 * d = 128, 2 layers, pre-LayerNorm, SiLU MLP of 4·d, vocabulary 1000, 512 positions.
 *
 * examples/reports/decoder-mha-vs-gqa.md was rendered with:
 *   npx tsx examples/make-decoder.ts /tmp/dec
 *   npx misnomer compare /tmp/dec/decoder-mha.onnx /tmp/dec/decoder-gqa.onnx --dim batch_size=1 \
 *     --scenario prefill:sequence_length=128,past_sequence_length=0 \
 *     --scenario decode:sequence_length=1,past_sequence_length=511 \
 *     --budget 20s --markdown examples/reports/decoder-mha-vs-gqa.md
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ModelBuilder } from '../test/fixtures/onnx-writer.ts';

const D = 128;
const HEADS = 4;
const HEAD_DIM = D / HEADS;
const LAYERS = 2;
const VOCAB = 1000;
const POSITIONS = 512;
const TOTAL = 'past_sequence_length + sequence_length';

/** Seeded uniform weights in ±1/√fan_in (a linear congruential generator: reproducible bytes). */
function weights(count: number, fanIn: number, seed: number): number[] {
  let state = seed >>> 0;
  const scale = 1 / Math.sqrt(fanIn);
  return Array.from({ length: count }, () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return ((state / 2 ** 32) * 2 - 1) * scale;
  });
}

export function buildDecoder(kvHeads: number): ModelBuilder {
  const m = new ModelBuilder({ opset: 17 });
  const ids = m.input('input_ids', 'int64', ['batch_size', 'sequence_length']);
  const mask = m.input('attention_mask', 'int64', ['batch_size', TOTAL]);
  const positions = m.input('position_ids', 'int64', ['batch_size', 'sequence_length']);
  let seed = 1;
  const linear = (name: string, rows: number, cols: number) =>
    m.initializer(name, 'float32', [rows, cols], weights(rows * cols, rows, seed++));
  const norm = (name: string, x: string) => {
    m.initializer(`${name}.weight`, 'float32', [D], new Array(D).fill(1));
    m.initializer(`${name}.bias`, 'float32', [D], new Array(D).fill(0));
    return m.op('LayerNormalization', [x, `${name}.weight`, `${name}.bias`], { axis: -1 });
  };
  m.initializer('wte', 'float32', [VOCAB, D], weights(VOCAB * D, D, seed++));
  m.initializer('wpe', 'float32', [POSITIONS, D], weights(POSITIONS * D, D, seed++));
  m.initializer('merge_heads', 'int64', [3], [0, 0, D]);
  const heads = (x: string, n: number) =>
    m.op('Transpose', [m.op('Reshape', [x, m.constant('int64', [4], [0, 0, n, HEAD_DIM])])], {
      perm: [0, 2, 1, 3],
    });
  // The mask as an additive bias over [batch, 1, 1, past + new]: 0 where attended, −10⁴ not.
  const keep = m.op('Unsqueeze', [
    m.op('Cast', [mask], { to: 1 }),
    m.constant('int64', [2], [1, 2]),
  ]);
  const maskBias = m.op('Mul', [
    m.op('Sub', [m.constant('float32', [], [1]), keep]),
    m.constant('float32', [], [-1e4]),
  ]);

  let h = m.op('Add', [m.op('Gather', ['wte', ids]), m.op('Gather', ['wpe', positions])]);
  for (let l = 0; l < LAYERS; l++) {
    const pastShape = ['batch_size', kvHeads, 'past_sequence_length', HEAD_DIM];
    const pastK = m.input(`past_key_values.${l}.key`, 'float32', pastShape);
    const pastV = m.input(`past_key_values.${l}.value`, 'float32', pastShape);
    const a = norm(`h.${l}.ln_1`, h);
    const q = heads(m.op('MatMul', [a, linear(`h.${l}.q`, D, D)]), HEADS);
    const kvWidth = kvHeads * HEAD_DIM;
    const k = heads(m.op('MatMul', [a, linear(`h.${l}.k`, D, kvWidth)]), kvHeads);
    const v = heads(m.op('MatMul', [a, linear(`h.${l}.v`, D, kvWidth)]), kvHeads);
    const key = m.op('Concat', [pastK, k], { axis: 2 }, { outputs: [`present.${l}.key`] });
    const value = m.op('Concat', [pastV, v], { axis: 2 }, { outputs: [`present.${l}.value`] });
    // With fewer KV heads, [b, heads, s, hd] · [b, kvHeads, hd, t] broadcasts over the heads.
    const scores = m.op('Mul', [
      m.op('MatMul', [q, m.op('Transpose', [key], { perm: [0, 1, 3, 2] })]),
      m.constant('float32', [], [1 / Math.sqrt(HEAD_DIM)]),
    ]);
    const probs = m.op('Softmax', [m.op('Add', [scores, maskBias])], { axis: -1 });
    const context = m.op('Reshape', [
      m.op('Transpose', [m.op('MatMul', [probs, value])], { perm: [0, 2, 1, 3] }),
      'merge_heads',
    ]);
    h = m.op('Add', [h, m.op('MatMul', [context, linear(`h.${l}.o`, D, D)])]);
    const up = m.op('MatMul', [norm(`h.${l}.ln_2`, h), linear(`h.${l}.up`, D, 4 * D)]);
    const silu = m.op('Mul', [up, m.op('Sigmoid', [up])]);
    h = m.op('Add', [h, m.op('MatMul', [silu, linear(`h.${l}.down`, 4 * D, D)])]);
    const presentShape = ['batch_size', kvHeads, TOTAL, HEAD_DIM];
    m.output(key, 'float32', presentShape);
    m.output(value, 'float32', presentShape);
  }
  const logits = m.op(
    'MatMul',
    [norm('ln_f', h), linear('lm_head', D, VOCAB)],
    {},
    {
      outputs: ['logits'],
    },
  );
  m.output(logits, 'float32', ['batch_size', 'sequence_length', VOCAB]);
  return m;
}

/** Writes decoder-mha.onnx and decoder-gqa.onnx into `dir`; returns their paths. */
export function writeDecoderPair(dir: string): { mha: string; gqa: string } {
  mkdirSync(dir, { recursive: true });
  return {
    mha: buildDecoder(HEADS).save(join(dir, 'decoder-mha.onnx')),
    gqa: buildDecoder(1).save(join(dir, 'decoder-gqa.onnx')),
  };
}

if (process.argv[1] && /make-decoder\.ts$/.test(process.argv[1])) {
  const paths = writeDecoderPair(process.argv[2] ?? 'decoder-models');
  process.stdout.write(`${paths.mha}\n${paths.gqa}\n`);
}
