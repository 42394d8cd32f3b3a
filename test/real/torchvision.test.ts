/**
 * Real exports, real counts. Dense MACs of torchvision models at 224×224 must match torchvision's
 * published table (its "GFLOPS" column counts multiply-accumulates) within 1% plus the table's
 * rounding (±0.005 G for two decimals). Table figures in docs/indicators.md#reference-figures.
 */
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { analyzePath } from '../helpers.ts';
import { exportModels, torchAvailable } from './exported-models.ts';

const TABLE_GMACS: Record<string, number> = {
  resnet18: 1.81,
  resnet50: 4.09,
  mobilenet_v2: 0.3,
  mobilenet_v3_large: 0.22,
  efficientnet_b0: 0.39,
  vit_b_16: 17.56,
  convnext_tiny: 4.46,
};

const torch = torchAvailable();
if (!torch.ok) console.log(`# SKIPPED real-model tests: ${torch.why}`);

describe('torchvision exports', { skip: torch.ok ? false : torch.why }, () => {
  let paths: Record<string, string> = {};
  before(() => {
    paths = exportModels(Object.keys(TABLE_GMACS));
  });

  for (const [name, gmacs] of Object.entries(TABLE_GMACS)) {
    test(`${name}: dense MACs match the torchvision table (${gmacs} G)`, () => {
      const a = analyzePath(paths[name], { dims: { batch: 1 } });
      assert.equal(
        a.incomplete,
        false,
        `incomplete: ${JSON.stringify([a.uncounted, a.unresolved.slice(0, 3)])}`,
      );
      const tolerance = 0.01 * gmacs + 0.005;
      const ours = a.totals.macs / 1e9;
      assert.ok(
        Math.abs(ours - gmacs) <= tolerance,
        `${name}: ${ours.toFixed(4)} G vs table ${gmacs} G`,
      );
      assert.ok(a.totals.flops > 2 * a.totals.macs, 'FLOPs include 2·MACs plus elementwise work');
    });
  }

  test('batch scales the MACs linearly (resnet50 at batch 4 = 4 × batch 1)', () => {
    const one = analyzePath(paths.resnet50, { dims: { batch: 1 } });
    const four = analyzePath(paths.resnet50, { dims: { batch: 4 } });
    assert.equal(four.totals.macs, 4 * one.totals.macs);
    assert.equal(four.totals.params, one.totals.params);
  });
});

describe(
  'transformer, LSTM and control-flow exports',
  { skip: torch.ok ? false : torch.why },
  () => {
    let paths: Record<string, string> = {};
    before(() => {
      paths = exportModels(['tiny_bert', 'tiny_gpt', 'lstm_tagger', 'loop_if']);
    });

    test('tiny_bert resolves completely; token and position embeddings are split out', () => {
      const a = analyzePath(paths.tiny_bert, { dims: { batch: 2, sequence: 16 } });
      assert.equal(a.incomplete, false, JSON.stringify([a.uncounted, a.unresolved.slice(0, 3)]));
      // The script's BERT: vocabulary 1000 × d_model 64 token table, plus a learned position table.
      assert.ok(
        a.totals.embeddingParams >= 1000 * 64,
        `embedding params ${a.totals.embeddingParams}`,
      );
      // 2 layers of d=64 with FFN 256: per layer 4·d² (attention) + 2·d·256 (FFN) weights.
      const perLayer = 4 * 64 * 64 + 2 * 64 * 256;
      assert.ok(
        a.totals.nonEmbeddingParams >= 2 * perLayer,
        `non-embedding ${a.totals.nonEmbeddingParams}`,
      );
      // Dense MACs per token are about non-embedding weights (one MAC each) plus attention.
      const tokens = 2 * 16;
      assert.ok(a.totals.macs >= tokens * 2 * perLayer);
    });

    test('tiny_gpt: the tied embedding is counted once and shows up in paramsPerUse', () => {
      const a = analyzePath(paths.tiny_gpt, { dims: { batch: 1, sequence: 32 } });
      assert.equal(a.incomplete, false, JSON.stringify([a.uncounted, a.unresolved.slice(0, 3)]));
      // The 1000 × 64 table feeds a Gather and the LM head: at least 64,000 more uses than params.
      assert.ok(a.totals.paramsPerUse - a.totals.params >= 1000 * 64);
    });

    test('lstm_tagger: LSTM MACs follow T·B·dirs·4·H·(I+H)', () => {
      const a = analyzePath(paths.lstm_tagger, { dims: { batch: 3, sequence: 10 } });
      assert.equal(a.incomplete, false, JSON.stringify([a.uncounted, a.unresolved.slice(0, 3)]));
      // Embedding 32 → bidirectional LSTM hidden 64: 10·3·2·4·64·(32+64).
      const lstm = a.byOpType.LSTM;
      assert.equal(lstm.macs, 10 * 3 * 2 * 4 * 64 * (32 + 64));
    });

    test('loop_if: Loop and If bodies are costed', () => {
      const a = analyzePath(paths.loop_if, { dims: { batch: 2, sequence: 5 } });
      assert.ok(a.totals.nodes > 22, 'body nodes are counted');
      assert.ok(a.totals.flops > 0);
    });
  },
);
