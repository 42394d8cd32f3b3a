/**
 * Measures the runner's roofline through ONNX Runtime itself: one small model, run in a model
 * process like every model (a crash of the runtime is reported, never fatal), with the session
 * settings the models get (threads above all), profiled so that each kernel is timed alone.
 *
 * - Peak FLOP/s: float32 MatMuls of 512×512 matrices, chained (C0 = A·B, C1 = C0·B, ...) so
 *   that all but the first run with their operands hot in the cache. 2·512³ = 268 MFLOP over
 *   3 MiB: 85 FLOP/B, far above any CPU's ridge point (1 to 20); about 3 ms each on one core,
 *   so that many of them cost little and the best of them is rarely disturbed.
 * - Bandwidth: a float32 Add of two tensors of 2^24 elements (64 MiB each), its sum reduced to
 *   one number (ReduceMax) so that no 64 MiB output is copied back to JavaScript each run.
 *   192 MiB move per Add (two reads and a write, as the analysis counts bytesAccessed), six
 *   times a 32 MiB last-level cache: the Add streams from memory.
 *
 * Kernel times come from ONNX Runtime's profiler (the same clock as the per-op profile they
 * are compared with), best of RUNS runs: see rooflineFrom for why the best.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataType } from '../onnx/dtypes.ts';
import { encodeModel, type ModelSpec } from '../onnx/write.ts';
import { sessionSettings } from './measure.ts';
import { ModelFailure, ModelProcess } from './model-process.ts';
import { readProfileFile } from './profile.ts';
import { rooflineFrom } from './roofline.ts';
import type { InputSpec, Roofline, RuntimeSettings } from './types.ts';

/** GEMM side: M = K = N. */
export const GEMM_SIZE = 512;
/** MatMuls per run, each multiplying the previous product by B. */
export const GEMM_CHAIN = 4;
/** Elements of each operand of the Add. */
export const STREAM_ELEMENTS = 2 ** 24;
/** Runs of the probe model; the first pays the page faults and is kept only if it is the best. */
export const RUNS = 5;

const N = GEMM_SIZE;
const E = STREAM_ELEMENTS;
const FLOAT = DataType.FLOAT;

/** The probe model: the MatMul chain and the Add, side by side in one graph. */
export const PROBE_MODEL: ModelSpec = {
  opset: 17,
  graphName: 'misnomer_roofline_probe',
  inputs: [
    { name: 'a', elemType: FLOAT, shape: [N, N] },
    { name: 'b', elemType: FLOAT, shape: [N, N] },
    { name: 'x', elemType: FLOAT, shape: [E] },
    { name: 'y', elemType: FLOAT, shape: [E] },
  ],
  outputs: [
    { name: 'd', elemType: FLOAT, shape: [N, N] },
    { name: 'm', elemType: FLOAT, shape: [1] },
  ],
  nodes: [
    // A chain, so that every MatMul after the first finds its operands in the cache.
    ...Array.from({ length: GEMM_CHAIN }, (_, i) => ({
      name: `gemm_${i}`,
      opType: 'MatMul',
      inputs: [i === 0 ? 'a' : `c${i - 1}`, 'b'],
      outputs: [i === GEMM_CHAIN - 1 ? 'd' : `c${i}`],
    })),
    { name: 'stream_add', opType: 'Add', inputs: ['x', 'y'], outputs: ['z'] },
    { name: 'stream_sink', opType: 'ReduceMax', inputs: ['z'], outputs: ['m'] },
  ],
};

/** Ones: the chain's last product is 512⁴ ≈ 6.9e10, far from float32's 3.4e38; no denormals. */
const ONES = { kind: 'ones', why: "the runner's roofline probe" } as const;
const INPUTS: InputSpec[] = [
  ...['a', 'b'].map((name) => ({ name, dtype: 'float32', shape: [N, N], fill: ONES })),
  ...['x', 'y'].map((name) => ({ name, dtype: 'float32', shape: [E], fill: ONES })),
];

/** What the probe does per run: 2·M·N·K FLOPs per MatMul, 3 × 4 bytes per Add element. */
export const GEMM_FLOPS = 2 * N * N * N;
export const STREAM_BYTES = 3 * 4 * E;

/** Kernel durations (ms) of the profiled kernels of one op type, in profile order. */
export function kernelMs(events: unknown, opType: string): number[] {
  if (!Array.isArray(events)) throw new Error('the ONNX Runtime profile is not a list of events');
  const out: number[] = [];
  for (const e of events as { cat?: unknown; name?: unknown; dur?: unknown; args?: unknown }[]) {
    const op = (e?.args as { op_name?: unknown } | undefined)?.op_name;
    const named = typeof e?.name === 'string' && e.name.endsWith('_kernel_time');
    if (e?.cat === 'Node' && named && op === opType && typeof e.dur === 'number')
      out.push(e.dur / 1000);
  }
  return out;
}

/**
 * The roofline of this runner under `settings` (threads, provider, optimization level). Throws
 * a ModelFailure when the model process fails, an Error when its profile says nothing usable.
 */
export async function probeRoofline(settings: RuntimeSettings): Promise<Roofline> {
  const t0 = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'misnomer-roofline-'));
  const path = join(dir, 'roofline.onnx');
  const prefix = join(dir, 'ort');
  writeFileSync(path, encodeModel(PROBE_MODEL));
  const proc = new ModelProcess("the runner's roofline probe");
  try {
    const session = sessionSettings(settings, prefix);
    await proc.request({ type: 'load', path, session }, 'loaded', settings.timeoutMs);
    await proc.request(
      { type: 'inputs', specs: INPUTS, seed: settings.seed },
      'inputsReady',
      settings.timeoutMs,
    );
    await proc.request(
      { type: 'run', warmupRuns: 0, warmupMs: 0, runs: RUNS },
      'ran',
      settings.timeoutMs,
    );
    await proc.request({ type: 'endProfiling' }, 'profiled', settings.timeoutMs);
    await proc.close();
    const events = readProfileFile(prefix);
    return rooflineFrom(
      { m: N, k: N, n: N, flops: GEMM_FLOPS, kernelMs: kernelMs(events, 'MatMul') },
      { elements: E, bytes: STREAM_BYTES, kernelMs: kernelMs(events, 'Add') },
      settings.intraOpThreads,
      performance.now() - t0,
    );
  } finally {
    proc.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The session settings that change the roofs: one probe per distinct set in a process. */
const probes = new Map<string, Promise<{ roofline: Roofline } | { rooflineError: string }>>();

/**
 * The roofline for `settings`, measured once per process and per thread count, provider and
 * optimization level, however many models are measured with them. A failure is an answer too
 * (said once, in words), never an exception: a run without its roofline still stands.
 */
export function runnerRoofline(
  settings: RuntimeSettings,
): Promise<{ roofline: Roofline } | { rooflineError: string }> {
  const key = JSON.stringify(sessionSettings(settings));
  let p = probes.get(key);
  if (!p) {
    p = probeRoofline(settings).then(
      (roofline) => ({ roofline }),
      (e: unknown) => {
        if (!(e instanceof Error)) throw e;
        const why = e instanceof ModelFailure ? `${e.status}: ${e.message}` : e.message;
        return { rooflineError: `the runner's roofline could not be measured (${why})` };
      },
    );
    probes.set(key, p);
  }
  return p;
}
