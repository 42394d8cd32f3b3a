/** What several benchmarks need alike: dims from the environment, a session with its inputs, instruction counts. */
import { spawnSync } from 'node:child_process';
import type ort from 'onnxruntime-node';
import { DEFAULT_SETTINGS } from '../src/measure/settings.ts';
import { makeTensors } from '../src/measure/inputs.ts';
import { planModel } from '../src/measure/plan.ts';
import { sessionOptions, type Duo } from '../src/measure/session.ts';

/** `BENCH_DIMS` (`batch=64,sequence=128`), or `fallback` in the same form. */
export function dimsFromEnv(fallback: string): Record<string, number> {
  return Object.fromEntries(
    (process.env.BENCH_DIMS ?? fallback).split(',').map((d) => {
      const [k, v] = d.split('=');
      return [k, Number(v)];
    }),
  );
}

/** A session of `path` with misnomer's default settings, and its inputs at `dims`. */
export async function openSession(
  runtime: typeof ort,
  path: string,
  dims: Record<string, number>,
): Promise<Duo[keyof Duo]> {
  const batch = dims.batch ?? 1;
  const model = planModel({ id: 'model', path, dims }, [], batch);
  const specs = model.inputsByBatch.get(batch) ?? [...model.inputsByBatch.values()][0];
  const session = await runtime.InferenceSession.create(path, sessionOptions(DEFAULT_SETTINGS));
  return { session, feeds: makeTensors(specs, DEFAULT_SETTINGS.seed, runtime) };
}

/**
 * Instructions of one run of `node --single-threaded --predictable <args>` under valgrind's
 * cachegrind (user space, every thread), Node's compile cache off: compilation on the main
 * thread, a GC without helper threads and no cache state make the count the same run after
 * run, where timings are not. Needs valgrind.
 */
export function countInstructions(node: string, args: string[]): number {
  const r = spawnSync(
    'valgrind',
    [
      '--tool=cachegrind',
      '--cache-sim=no',
      '--smc-check=all-non-file', // V8 writes and rewrites its machine code
      '--cachegrind-out-file=/dev/null',
      node,
      '--single-threaded',
      '--predictable',
      ...args,
    ],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' },
    },
  );
  const m = /I\s+refs:\s+([\d,]+)/.exec(r.stderr ?? '');
  if (r.status !== 0 || !m) throw new Error(`valgrind ${args.join(' ')} failed:\n${r.stderr}`);
  return Number(m[1].replaceAll(',', ''));
}
