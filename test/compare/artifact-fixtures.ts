/**
 * A real comparison and a real result to attack: two small models analyzed for real, a model
 * under a scenario (`mlp/decode`), a model only on the head, a paired latency run, a head
 * measurement with every runtime field, and gates (one tripped, one of a scenario). Shared by the
 * grammar tests and the fuzz test.
 */
import type { Analysis } from '../../src/analyze/types.ts';
import { buildComparison } from '../../src/compare/compare.ts';
import { parseGate, parseScopedGate } from '../../src/compare/gate-parse.ts';
import { makeResult, type Result } from '../../src/compare/result.ts';
import { summarize } from '../../src/stats/summary.ts';
import type { Comparison } from '../../src/compare/types.ts';
import type { PairResult } from '../../src/measure/pair.ts';
import type {
  Fingerprint,
  Measurement,
  ModelMeasurement,
  Round,
  RuntimeSettings,
  Samples,
} from '../../src/measure/types.ts';
import assert from 'node:assert/strict';
import { ArtifactError } from '../../src/compare/checker.ts';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { analyzeBuilt } from '../helpers.ts';

/** x[1,64] -> MatMul 64x64 (or 64x8 then 8x64) -> Relu. */
export function model(rank?: number): Analysis {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', [1, 64]);
  let h: string;
  if (rank) {
    m.initializer('u', 'float32', [64, rank]);
    m.initializer('v', 'float32', [rank, 64]);
    h = m.op('MatMul', [m.op('MatMul', [x, 'u']), 'v']);
  } else {
    m.initializer('w', 'float32', [64, 64]);
    h = m.op('MatMul', [x, 'w']);
  }
  m.output(m.op('Relu', [h]));
  return analyzeBuilt(m);
}

export const SETTINGS: RuntimeSettings = {
  provider: 'cpu',
  intraOpThreads: 1,
  interOpThreads: 1,
  graphOptimizationLevel: 'all',
  executionMode: 'sequential',
  budgetMs: 60_000,
  warmupRuns: 10,
  warmupMs: 500,
  latencyBatch: 1,
  batchSizes: [1],
  coldStartRuns: 5,
  timeoutMs: 120_000,
  seed: 1,
};

export const FINGERPRINT: Fingerprint = {
  cpu: {
    vendor: 'AMD',
    model: 'AMD EPYC 7763',
    flags: ['avx2'],
    logicalCores: 4,
    physicalCores: 2,
  },
  memoryBytes: 2 ** 34,
  os: { platform: 'linux', release: '6.8.0' },
  node: '20.19.0',
  onnxruntime: '1.30.0',
};

export const PATTERN = [0.98, 0.99, 1, 1.01, 1.02];

const samples = (values: number[]): Samples => ({ samplesMs: values, summary: summarize(values) });

/** A measurement with every field a report reads. */
export function measured(id: string, values: number[]): ModelMeasurement {
  return {
    id,
    path: `${id}.onnx`,
    status: 'ok',
    dims: {},
    inputs: [],
    latency: { batch: 1, ...samples(values) },
    throughput: [{ batch: 1, examplesPerSecond: 500, latency: samples(values) }],
    coldStart: samples([30, 31, 32]),
    firstRun: samples([3, 3.1]),
    peakRss: { bytes: 2 ** 20, withModelBytes: [2 ** 21], withoutModelBytes: [2 ** 20] },
    opProfile: {
      runs: 3,
      byOpType: { MatMul: { ms: 1.5, share: 0.8, calls: 2, flopsShare: 0.9 } },
      byNode: {},
      notes: [],
    },
    achievedFlopsPerSecond: 1e9,
  };
}

/** 20 latency rounds around 2 ms, head 1.3 × slower. */
function pair(): PairResult {
  const rounds: Round[] = Array.from({ length: 20 }, (_, i) => {
    const a = 2 * PATTERN[i % 5];
    return { order: i % 2 ? 'BA' : 'AB', a, b: 1.3 * a };
  });
  const none: Round[] = [];
  return {
    a: measured(
      'mlp',
      rounds.map((r) => r.a),
    ),
    b: measured(
      'mlp',
      rounds.map((r) => r.b),
    ),
    latencyRounds: rounds,
    latencyLooks: [],
    throughputRounds: {},
    coldStartRounds: none,
    firstRunRounds: none,
    memoryRounds: none,
  };
}

/** A measurement document on FINGERPRINT with SETTINGS, of these models, with `more` fields. */
export function measurementOf(
  models: ModelMeasurement[],
  more: Partial<Measurement> = {},
): Measurement {
  return {
    schema: 'misnomer/measurement@1',
    tool: { name: 'misnomer', version: '0.1.0' },
    createdAt: '2026-01-01T00:00:00.000Z',
    settings: SETTINGS,
    fingerprint: FINGERPRINT,
    models,
    ...more,
  };
}

/** The head's result: mlp, mlp/decode and a model added in the pull request, mlp measured. */
export function validResult(): Result {
  const head = model();
  const measurement = measurementOf([measured('mlp', [2, 2.1, 1.9, 2, 2.05])]);
  return makeResult(
    [
      { id: 'mlp', analysis: head },
      { id: 'mlp/decode', analysis: { ...head, scenario: 'decode' } },
      { id: 'fresh', analysis: model(4) },
    ],
    measurement,
    'b2',
  );
}

/** base: the low-rank model; head: the full one (params +300%: the params gate trips). */
export function validComparison(): Comparison {
  const side = (a: Analysis, commit: string, fresh: boolean) => ({
    ...makeResult(
      [
        { id: 'mlp', analysis: a },
        { id: 'mlp/decode', analysis: { ...a, scenario: 'decode' } },
        ...(fresh ? [{ id: 'fresh', analysis: model(4) }] : []),
      ],
      undefined,
      commit,
    ),
    settings: SETTINGS,
    fingerprint: FINGERPRINT,
  });
  const scenarios = new Set(['decode']);
  return buildComparison(
    { label: 'main', result: side(model(8), 'a1', false) },
    { label: 'pr-7', result: side(model(), 'b2', true) },
    {
      threshold: 0.05,
      staticThreshold: 0.05,
      confidence: 0.99,
      resamples: 200,
      seed: 3,
      gates: [
        parseGate('params', '+1%'),
        parseScopedGate('decode.latency.p50', '+5%', scenarios),
        parseGate('throughput.b1', '-5%'),
        parseGate('fail-on-contradiction', false),
      ],
    },
    new Map([['mlp', pair()]]),
  );
}

/** The ArtifactError of `fn` (fails on anything else, or nothing). */
export function refused(fn: () => unknown): ArtifactError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof ArtifactError, `not an ArtifactError: ${(e as Error)?.stack}`);
    return e;
  }
  assert.fail('the file was accepted');
}
