/**
 * What ONNX Runtime's profiler itself adds to each kernel event. The profiler times a kernel
 * from before its computation until it has recorded the event (with the input and output shapes
 * as text), so a kernel that does almost nothing still shows a few microseconds: on the
 * project's 2-core machine 2–4 µs for a Relu of one float, whose computation takes nanoseconds.
 * Summed over many tiny kernels this is most of their profiled time, so the kernel time of a
 * profiled run is corrected by it (bubble.ts).
 *
 * Measured here, with the settings of the measurement, on a chain of one-float Relus in a model
 * process of its own: the mean duration of their kernel events, the slowest tenth left out. Kernels with many inputs or
 * outputs (a Concat of 64) cost the profiler more, since it writes every shape: for them the
 * correction is too small, their kernel time is overstated and the time outside kernels
 * understated.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ModelFailure, ModelProcess } from './model-process.ts';
import { collect, readProfileFile } from './profile.ts';
import type { InputSpec, RuntimeSettings } from './types.ts';

/** Kernels in the calibration chain and runs profiled (after as many warm-up runs). */
const CHAIN = 50;
const RUNS = 20;

/**
 * The profiler's own cost per kernel event, µs, under `settings`; undefined when it could not be
 * measured (the calibration process failed), so no corrected figure is claimed.
 */
export async function profilerCostUs(settings: RuntimeSettings): Promise<number | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'misnomer-profiler-cost-'));
  try {
    const path = join(dir, 'relu-chain.onnx');
    writeFileSync(path, reluChain(CHAIN));
    const input: InputSpec = {
      name: 'x',
      dtype: 'float32',
      shape: [1],
      fill: { kind: 'values', values: [1] },
    };
    const { provider, intraOpThreads, interOpThreads, graphOptimizationLevel, executionMode } =
      settings;
    const session = {
      provider,
      intraOpThreads,
      interOpThreads,
      graphOptimizationLevel,
      executionMode,
    };
    const limit = settings.timeoutMs;
    const proc = new ModelProcess('profiler calibration');
    try {
      await proc.request(
        { type: 'load', path, session: { ...session, profilePrefix: join(dir, 'ort') } },
        'loaded',
        limit,
      );
      await proc.request(
        { type: 'inputs', specs: [input], seed: settings.seed },
        'inputsReady',
        limit,
      );
      await proc.request({ type: 'run', warmupRuns: RUNS, warmupMs: 0, runs: RUNS }, 'ran', limit);
      await proc.request({ type: 'endProfiling' }, 'profiled', limit);
    } finally {
      await proc.close();
    }
    const { kernels, windows } = collect(readProfileFile(join(dir, 'ort')));
    const from = [...windows].sort((a, b) => a.startUs - b.startUs)[windows.length - RUNS]?.startUs;
    const kept = kernels.filter((k) => from !== undefined && k.startUs >= from);
    // The chain must have run as built (no fusion took kernels away), or the figure is not this.
    if (kept.length !== CHAIN * RUNS) return undefined;
    // The mean of all but the slowest tenth: finer than the profile's whole microseconds, and
    // not moved by the odd event a neighbour on the machine delayed.
    const durs = kept.map((k) => k.durUs).sort((a, b) => a - b);
    const typical = durs.slice(0, Math.ceil(0.9 * durs.length));
    return typical.reduce((s, d) => s + d, 0) / typical.length;
  } catch (e) {
    if (e instanceof ModelFailure) return undefined;
    throw e;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// --- a minimal ONNX writer: x float[1] -> Relu × n -> y ---------------------------------------

function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return out;
}

/** A length-delimited field (wire type 2). */
const field = (no: number, body: number[] | string): number[] => {
  const bytes = typeof body === 'string' ? [...Buffer.from(body, 'utf8')] : body;
  return [...varint((no << 3) | 2), ...varint(bytes.length), ...bytes];
};
/** A varint field (wire type 0). */
const int = (no: number, v: number): number[] => [...varint(no << 3), ...varint(v)];

/** ValueInfoProto of a float tensor of shape [1]: name, then TypeProto.tensor_type. */
const floatOne = (name: string) => [
  ...field(1, name),
  ...field(2, field(1, [...int(1, 1), ...field(2, field(1, int(1, 1)))])),
];

/** The ModelProto bytes of a chain of `n` Relus on one float (IR 8, opset 17). */
export function reluChain(n: number): Uint8Array {
  const nodes: number[] = [];
  for (let i = 0; i < n; i++) {
    const input = i === 0 ? 'x' : `t${i}`;
    const output = i === n - 1 ? 'y' : `t${i + 1}`;
    nodes.push(
      ...field(1, [
        ...field(1, input),
        ...field(2, output),
        ...field(3, `relu${i}`),
        ...field(4, 'Relu'),
      ]),
    );
  }
  const graph = [
    ...nodes,
    ...field(2, 'relu_chain'),
    ...field(11, floatOne('x')),
    ...field(12, floatOne('y')),
  ];
  return Uint8Array.from([...int(1, 8), ...field(8, int(2, 17)), ...field(7, graph)]);
}
