/**
 * Per-op time from ONNX Runtime's profiler, set beside the static analysis's FLOPs and bytes.
 *
 * The profile is a Chrome-trace JSON array. Kernel events have `cat: "Node"`, a name
 * `<node>_kernel_time` (the node's name in ORT's optimized graph), `dur` in µs and `args.op_name`.
 * Every inference also writes a `cat: "Session"` event `model_run` whose [ts, ts + dur] window
 * holds that inference's kernel events. Warm-up runs: the caller profiles W warm-up runs and then
 * `runs` timed ones in one session, so the profiled runs are the LAST `runs` model_run windows and
 * kernel events outside them are dropped. A profile without any model_run event (another ORT
 * version, a hand-made trace) is taken as exactly `runs` runs.
 *
 * Control-flow kernels (If, Loop, Scan) run their subgraph's kernels inside their own event, on
 * the same thread; counting both would count that time twice, so each kernel gets its self time
 * (its duration minus that of the kernel events nested directly inside it).
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Analysis } from '../analyze/types.ts';
import type { OpProfile, OpTime } from './types.ts';

/** What the profile alone tells: times and calls, no static counters, no notes. */
export type ParsedProfile = Omit<OpProfile, 'notes'>;

export interface Kernel {
  node: string;
  opType: string;
  tid: string;
  startUs: number;
  durUs: number;
  selfUs: number;
}

export interface Window {
  startUs: number;
  endUs: number;
}

const KERNEL_SUFFIX = '_kernel_time';

function malformed(what: string): Error {
  return new Error(`ONNX Runtime profile file is malformed: ${what}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function num(e: Record<string, unknown>, key: string, where: string): number {
  const v = e[key];
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
    throw malformed(`${where} has no valid "${key}" (got ${JSON.stringify(v)})`);
  return v;
}

/** Kernel events and model_run windows (in file order), checked field by field. */
export function collect(events: unknown): { kernels: Kernel[]; windows: Window[] } {
  if (!Array.isArray(events))
    throw malformed(`expected a JSON array of trace events, got ${describe(events)}`);
  const kernels: Kernel[] = [];
  const windows: Window[] = [];
  events.forEach((e, i) => {
    if (!isRecord(e)) throw malformed(`event ${i} is ${describe(e)}, not an object`);
    const name = e.name;
    const where = `event ${i} (${JSON.stringify(name)})`;
    if (e.cat === 'Session' && name === 'model_run') {
      const startUs = num(e, 'ts', where);
      windows.push({ startUs, endUs: startUs + num(e, 'dur', where) });
    } else if (e.cat === 'Node' && typeof name === 'string' && name.endsWith(KERNEL_SUFFIX)) {
      const args = e.args;
      const opType = isRecord(args) ? args.op_name : undefined;
      if (typeof opType !== 'string' || opType === '')
        throw malformed(`${where} has no "args.op_name"`);
      const durUs = num(e, 'dur', where);
      kernels.push({
        node: name.slice(0, -KERNEL_SUFFIX.length),
        opType,
        tid: String(e.tid ?? ''),
        startUs: num(e, 'ts', where),
        durUs,
        selfUs: durUs,
      });
    }
  });
  return { kernels, windows };
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/**
 * The kernels of the profiled model runs: the last `runs` (all kernels when the profile marks no
 * runs), or the runs at the given indices in time order (the profile must mark its runs).
 */
function profiledKernels(
  kernels: Kernel[],
  windows: Window[],
  runs: number | readonly number[],
): Kernel[] {
  const sorted = [...windows].sort((a, b) => a.startUs - b.startUs);
  let kept: Window[];
  if (typeof runs === 'number') {
    if (windows.length === 0) return kernels;
    if (windows.length < runs) throw tooFewRuns(windows.length, runs);
    kept = sorted.slice(-runs);
  } else {
    const last = Math.max(...runs);
    if (windows.length <= last) throw tooFewRuns(windows.length, last + 1);
    kept = runs.map((i) => sorted[i]);
  }
  return kernels.filter((k) => kept.some((w) => k.startUs >= w.startUs && k.startUs <= w.endUs));
}

export function tooFewRuns(recorded: number, expected: number): Error {
  return malformed(
    `it records ${recorded} model runs but ${expected} were profiled (ONNX Runtime stops ` +
      'recording after 1,000,000 events: profile fewer runs)',
  );
}

/** Subtracts from each kernel the kernels nested directly inside it on the same thread. */
function toSelfTime(kernels: Kernel[]): void {
  const byThread = new Map<string, Kernel[]>();
  for (const k of kernels) byThread.set(k.tid, [...(byThread.get(k.tid) ?? []), k]);
  for (const list of byThread.values()) {
    // Parents first: earlier start, and at equal start the longer one.
    list.sort((a, b) => a.startUs - b.startUs || b.durUs - a.durUs);
    const open: Kernel[] = [];
    for (const k of list) {
      const inside = (p: Kernel) => k.startUs + k.durUs <= p.startUs + p.durUs;
      while (open.length && !inside(open[open.length - 1])) open.pop();
      const parent = open[open.length - 1];
      if (parent) parent.selfUs -= k.durUs;
      open.push(k);
    }
  }
}

/**
 * Kernel time per op type and per node, per inference. `runs` is the number of profiled
 * inferences after warm-up (the last ones), or the indices of the profiled inferences among
 * all the profile records, in time order (interleaved rounds skip each round's first runs).
 * Throws when the profile is not a trace of kernel events.
 */
export function parseProfile(events: unknown, runs: number | readonly number[]): ParsedProfile {
  const count = typeof runs === 'number' ? runs : runs.length;
  const indices = typeof runs === 'number' ? [] : runs;
  if (!Number.isInteger(count) || count < 1 || !indices.every((i) => Number.isInteger(i) && i >= 0))
    throw new RangeError(`parseProfile: runs must be a positive integer or indices, got ${runs}`);
  const { kernels, windows } = collect(events);
  const kept = profiledKernels(kernels, windows, runs);
  toSelfTime(kept);
  const totalUs = kept.reduce((s, k) => s + k.selfUs, 0);
  const sums = new Map<string, { us: number; calls: number }>();
  const byNode: ParsedProfile['byNode'] = {};
  for (const k of kept) {
    const t = sums.get(k.opType) ?? { us: 0, calls: 0 };
    t.us += k.selfUs;
    t.calls++;
    sums.set(k.opType, t);
    const n = (byNode[k.node] ??= { opType: k.opType, ms: 0 });
    n.ms += k.selfUs / 1000 / count;
  }
  const byOpType: Record<string, OpTime> = {};
  for (const [op, t] of [...sums].sort((a, b) => b[1].us - a[1].us))
    byOpType[op] = {
      ms: t.us / 1000 / count,
      share: totalUs > 0 ? t.us / totalUs : 0,
      calls: t.calls / count,
    };
  return { runs: count, byOpType, byNode };
}

/** The analysis's op types by bare name: ORT's op_name carries no domain ("com.microsoft/Gelu"). */
export function staticByOpType(analysis: Analysis) {
  const out = new Map<string, { key: string; flops: number; bytes: number; count: number }>();
  for (const [key, c] of Object.entries(analysis.byOpType)) {
    const bare = key.slice(key.lastIndexOf('/') + 1);
    const s = out.get(bare) ?? { key, flops: 0, bytes: 0, count: 0 };
    s.flops += c.flops;
    s.bytes += c.bytesAccessed;
    s.count += c.count;
    out.set(bare, s);
  }
  return out;
}

/**
 * Each op type's share of time beside its share of FLOPs and bytes, and its achieved FLOP/s
 * (where the op type is in both the profile and the model and did some FLOPs in some time).
 * byNode keeps the nodes that still carry a name of the model, when the analysis lists nodes.
 */
export function joinWithAnalysis(profile: ParsedProfile, analysis: Analysis): OpProfile {
  const statics = staticByOpType(analysis);
  let totalFlops = 0;
  let totalBytes = 0;
  for (const s of statics.values()) {
    totalFlops += s.flops;
    totalBytes += s.bytes;
  }
  const byOpType: Record<string, OpTime> = {};
  const notes: string[] = [];
  for (const [op, t] of Object.entries(profile.byOpType)) {
    const s = statics.get(op);
    const joined: OpTime = { ms: t.ms, share: t.share, calls: t.calls };
    if (s) {
      if (totalFlops > 0) joined.flopsShare = s.flops / totalFlops;
      if (totalBytes > 0) joined.bytesShare = s.bytes / totalBytes;
      if (s.flops > 0 && t.ms > 0) joined.achievedFlopsPerSecond = s.flops / (t.ms / 1000);
    } else notes.push(createdNote(op));
    byOpType[op] = joined;
  }
  const timed = new Set(Object.keys(profile.byOpType));
  for (const [bare, s] of statics)
    if (s.count > 0 && !timed.has(bare)) notes.push(fusionNote(s.key, bare, timed));
  const names = analysis.nodes && new Set(analysis.nodes.map((n) => n.name));
  const byNode = names
    ? Object.fromEntries(Object.entries(profile.byNode).filter(([name]) => names.has(name)))
    : { ...profile.byNode };
  return { runs: profile.runs, byOpType, byNode, notes };
}

/** Why ORT created an op type the model does not have. */
const CREATED: Record<string, string> = {
  ReorderInput: 'inserted by ONNX Runtime (layout change)',
  ReorderOutput: 'inserted by ONNX Runtime (layout change)',
  MemcpyToHost: 'inserted by ONNX Runtime (copy between devices)',
  MemcpyFromHost: 'inserted by ONNX Runtime (copy between devices)',
  FusedConv: 'created by ONNX Runtime (Conv fused with its activation)',
  FusedGemm: 'created by ONNX Runtime (Gemm fused with its activation)',
  FusedMatMul: 'created by ONNX Runtime (MatMul fused with a Transpose or a scaling Mul)',
};

function createdNote(opType: string): string {
  return `${opType}: ${CREATED[opType] ?? "created by ONNX Runtime's graph optimizations (fused from the model's ops)"}`;
}

const ACTIVATION_HOSTS = ['Conv', 'FusedConv', 'Gemm', 'FusedGemm', 'MatMul', 'FusedMatMul'];
const NORM_HOSTS = ['LayerNormalization', 'SkipLayerNormalization', 'SimplifiedLayerNormalization'];
const GELU_HOSTS = ['Gelu', 'BiasGelu', 'FastGelu', 'QuickGelu'];
/** Op types that ORT's fusions absorb, and the kernels they usually end up in (first found wins). */
const HOSTS: Record<string, string[]> = {
  ...Object.fromEntries(
    ['Relu', 'Clip', 'LeakyRelu', 'Sigmoid', 'HardSigmoid', 'Tanh', 'HardSwish'].map((op) => [
      op,
      ACTIVATION_HOSTS,
    ]),
  ),
  BatchNormalization: ['Conv', 'FusedConv'],
  Add: ['Conv', 'FusedConv', ...NORM_HOSTS, ...GELU_HOSTS, 'Gemm', 'FusedGemm'],
  Mul: ['FusedMatMul', 'Conv', 'FusedConv', ...GELU_HOSTS, ...NORM_HOSTS],
  Div: ['FusedMatMul', ...GELU_HOSTS, ...NORM_HOSTS],
  Sub: NORM_HOSTS,
  Pow: NORM_HOSTS,
  Sqrt: NORM_HOSTS,
  ReduceMean: NORM_HOSTS,
  Erf: GELU_HOSTS,
  Transpose: ['FusedMatMul', 'MatMul', 'Gemm'],
};
/** Op types ORT usually removes (no-ops) or computes once at load (constant folding). */
const FOLDED = new Set(['Constant', 'Identity', 'Dropout', 'Shape', 'ConstantOfShape', 'Range']);

/** Why a model op type has no kernel time, naming the likely host kernel among those timed. */
function fusionNote(key: string, bare: string, timed: Set<string>): string {
  const host = HOSTS[bare]?.find((h) => timed.has(h));
  if (host) return `${key}: no kernel of its own; ONNX Runtime fused it (likely into ${host})`;
  if (FOLDED.has(bare))
    return `${key}: no kernel of its own; ONNX Runtime removed it or folded it into a constant`;
  return `${key}: no kernel time; ONNX Runtime fused, folded or removed it, or it never ran (an untaken If branch)`;
}

/** ORT names the file `<prefix>_<yyyy-mm-dd_hh-mm-ss[_ms]>.json`. */
function profileFileOf(prefix: string): string {
  const dir = dirname(prefix);
  const base = basename(prefix).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(
    `^${base}_\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2}(?:_\\d+)?\\.json$`,
  );
  const files = readdirSync(dir)
    .filter((f) => pattern.test(f))
    .map((f) => ({ path: join(dir, f), mtimeMs: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => b.mtimeMs - a.mtimeMs || b.path.localeCompare(a.path));
  if (files.length === 0)
    throw new Error(
      `no ONNX Runtime profile file "${prefix}_<timestamp>.json" in ${dir}: was the session ` +
        'created with enableProfiling and was endProfiling() called?',
    );
  return files[0].path;
}

/** Reads and parses the newest profile written under `prefix`, then deletes the file. */
export function readProfileFile(prefix: string): unknown {
  const path = profileFileOf(prefix);
  try {
    const text = readFileSync(path, 'utf8');
    try {
      return JSON.parse(text) as unknown;
    } catch (e) {
      throw malformed(`${path} is not JSON (${(e as Error).message})`);
    }
  } finally {
    rmSync(path, { force: true });
  }
}
