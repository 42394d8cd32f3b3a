/**
 * Inputs as production feeds them, run by real ONNX Runtime: a decoder with a zero-length past
 * (prefill), position ids that follow the past, masks of ones, token ids inside the table; an
 * input given by value (a sample rate) that decides the branch, in the plan and in the run.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyze } from '../../src/analyze/analyze.ts';
import { inputData } from '../../src/measure/inputs.ts';
import { planModel } from '../../src/measure/plan.ts';
import { measureModels } from '../../src/measure/run.ts';
import { loadModel } from '../../src/onnx/load.ts';
import { DEFAULT_SETTINGS } from '../../src/measure/settings.ts';
import type { InputSpec, RuntimeSettings } from '../../src/measure/types.ts';
import { silentProgress } from '../../src/progress.ts';
import { buildKvDecoder, KV, kvDecoderMacs } from '../fixtures/kv-decoder.ts';
import { buildVadLike, VAD_MACS } from '../fixtures/vad-like.ts';
import { tempDir } from '../helpers.ts';

const dir = tempDir();
const decoder = buildKvDecoder().save(join(dir, 'decoder_with_past_model.onnx'));
const quick: RuntimeSettings = {
  ...DEFAULT_SETTINGS,
  budgetMs: 400,
  warmupRuns: 2,
  warmupMs: 20,
  coldStartRuns: 1,
  timeoutMs: 60_000,
};

const spec = (specs: InputSpec[], name: string) => {
  const s = specs.find((x) => x.name === name);
  assert.ok(s, `input ${name}`);
  return s;
};

test('decode step: position ids continue the past, the mask covers past + new, ids stay in the table', () => {
  const p = planModel(
    {
      id: 'decode',
      path: decoder,
      dims: { batch_size: 2, sequence_length: 3, past_sequence_length: 5 },
    },
    [],
    1,
  );
  const specs = p.inputsByBatch.get(2)!;
  const positions = spec(specs, 'position_ids');
  assert.deepEqual(positions.fill, {
    kind: 'positions',
    start: 5,
    why: 'positions follow the past: "attention_mask" covers 8 tokens, 3 of them new',
  });
  // Two rows of 5, 6, 7.
  assert.deepEqual(Array.from(inputData(positions, 1), Number), [5, 6, 7, 5, 6, 7]);
  assert.equal(spec(specs, 'attention_mask').fill.kind, 'ones');
  assert.deepEqual(spec(specs, 'attention_mask').shape, [2, 8]);
  const ids = spec(specs, 'input_ids').fill;
  assert.ok(ids.kind === 'integers' && ids.min === 0 && ids.max === KV.vocab - 1, ids.kind);
  assert.deepEqual(spec(specs, 'past_key_values.0.key').shape, [2, KV.heads, 5, KV.headDim]);
  assert.equal(p.analysis.totals.macs, kvDecoderMacs(2, 3, 5));
  // tokens per example: the bound sequence length (3): each run handles batch × 3 tokens.
  assert.equal(p.tokensPerExample, 3);
});

test("the plan's analysis is the latency batch's, the same as analyze() gives, among other sizes", () => {
  // The plan infers shapes once per batch size (2, then 1 and 4) and analyzes the inference of
  // the latency batch (2, the bound batch dim) instead of inferring it again.
  const job = {
    id: 'decode',
    path: decoder,
    dims: { batch_size: 2, sequence_length: 3, past_sequence_length: 5 },
  };
  const p = planModel(job, [1, 4], 1);
  assert.deepEqual([...p.inputsByBatch.keys()], [2, 1, 4]);
  assert.equal(p.analysis.totals.macs, kvDecoderMacs(2, 3, 5));
  const loaded = loadModel(decoder);
  try {
    assert.deepEqual(p.analysis, analyze(loaded, { dims: job.dims }));
  } finally {
    loaded.store.close();
  }
});

test('positions past the position table are a clear error, not an ONNX Runtime crash', () => {
  assert.throws(
    () =>
      planModel(
        {
          id: 'long',
          path: decoder,
          dims: { batch_size: 1, sequence_length: 1, past_sequence_length: 64 },
        },
        [],
        1,
      ),
    /input "position_ids" would hold positions 64 to 64, but only 0 to 63 are valid \(indices of Gather .*"wpe" has 64 rows/,
  );
});

test('prefill with a zero-length past and a decode step both run in ONNX Runtime', async () => {
  const prefill = planModel(
    {
      id: 'prefill',
      path: decoder,
      dims: { batch_size: 1, sequence_length: 16, past_sequence_length: 0 },
    },
    [],
    1,
  );
  assert.deepEqual(spec(prefill.inputsByBatch.get(1)!, 'past_key_values.0.value').shape, [
    1,
    KV.heads,
    0,
    KV.headDim,
  ]);
  assert.equal(prefill.analysis.totals.macs, kvDecoderMacs(1, 16, 0));
  const decode = planModel(
    {
      id: 'decode',
      path: decoder,
      dims: { batch_size: 1, sequence_length: 1, past_sequence_length: 32 },
    },
    [],
    1,
  );
  const doc = await measureModels([prefill, decode], quick, silentProgress);
  for (const m of doc.models) {
    assert.equal(m.status, 'ok', `${m.id}: ${m.error}`);
    assert.ok(m.latency!.summary.count > 0);
  }
});

test('an input given by value decides the branch in the plan and is fed as given', async () => {
  const vad = buildVadLike().save(join(dir, 'vad.onnx'));
  const p = planModel(
    {
      id: 'vad',
      path: vad,
      dims: { batch: 1, samples: 256 },
      values: { sr: { shape: [], values: [8000], source: 'inputs.sr.value' } },
    },
    [],
    1,
  );
  assert.equal(p.analysis.totals.macs, VAD_MACS.else);
  assert.equal(p.analysis.incomplete, false);
  const sr = spec(p.inputsByBatch.get(1)!, 'sr');
  assert.deepEqual(sr.fill, { kind: 'values', values: [8000] });
  assert.deepEqual(Array.from(inputData(sr, 1), Number), [8000]);
  const doc = await measureModels([p], quick, silentProgress);
  assert.equal(doc.models[0].status, 'ok', doc.models[0].error);
});
