/**
 * The catalogue of cost indicators: one row per indicator, static and runtime, read by every
 * stage that names, judges, gates or shows one (the analysis tables, the comparison, gates,
 * contradiction titles, the terminal and Markdown reports). Ground floor: imports nothing.
 *
 * A row says what the indicator is called (`label`, the same word everywhere), its unit and the
 * kind of quantity it is (which decides the units a gate limit may use), whether lower or higher
 * is better or it has no direction at all, whether a gate may name it and which way a limit
 * points, its counting convention, and where the user documentation defines it.
 *
 * "No direction" means a change is shown without a judgement: the number moving says nothing
 * good or bad by itself (see each row's `noDirection`). Such rows can still be gated, for
 * configurations that did so before they lost their direction: the gate's `limit` says which
 * way the configured limit points.
 */

/** Which way is better, for an indicator that has a direction. */
export type Direction = 'lower-is-better' | 'higher-is-better';

/** What an indicator measures: decides how it is printed and which units a gate limit may use. */
export type Quantity = 'count' | 'bytes' | 'time' | 'ratio' | 'rate';

/** The unit a value is stored in. Counts are bare numbers; the label names what is counted. */
export type Unit =
  | 'count'
  | 'MACs'
  | 'FLOPs'
  | 'bytes'
  | 'FLOP/B'
  | 'nodes'
  | 'ms'
  | 'examples/s'
  | 'tokens/s'
  | 'FLOP/s';

export interface Indicator {
  /** As results, comparisons and gates name it: 'params', 'latency.p50', 'throughput'. */
  key: string;
  /** The one human name, in tables, titles, reasons and headlines alike. */
  label: string;
  unit: Unit;
  quantity: Quantity;
  direction: Direction | 'none';
  /** For `direction: 'none'`: why a change is neither better nor worse. */
  noDirection?: string;
  /** static: exact, from the graph; runtime: measured, with a verdict. */
  stage: 'static' | 'runtime';
  /**
   * Whether a `gates:` entry may name it, with the direction its limit guards (a positive
   * limit for lower-is-better, a negative one for higher-is-better) and the unit words an
   * absolute limit may carry (case-insensitive; the first is shown in messages).
   */
  gate: { limit: Direction; words: string[] } | null;
  /** How it is counted or measured, in a few words. */
  convention: string;
  /** Where the user documentation defines it, relative to the repository root. */
  docs: string;
}

const PARAM_WORDS = ['params', 'param', 'parameters'];

/** Kebab-case of a key, dots as hyphens: 'bytesAccessed' -> 'bytes-accessed'. */
export const anchorOf = (key: string): string =>
  key
    .replace(/\./g, '-')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();

const staticRow = (
  row: Omit<Indicator, 'stage' | 'docs' | 'gate'> & { words: string[]; limit?: Direction },
): Indicator => {
  const { words, limit, ...rest } = row;
  // A directionless row keeps the limit direction its gates had (growth, unless said otherwise).
  const guards = limit ?? (row.direction === 'none' ? 'lower-is-better' : row.direction);
  return {
    ...rest,
    stage: 'static',
    gate: { limit: guards, words },
    docs: `docs/indicators.md#${anchorOf(row.key)}`,
  };
};

const runtimeRow = (row: Omit<Indicator, 'stage' | 'docs'> & { anchor: string }): Indicator => {
  const { anchor, ...rest } = row;
  return { ...rest, stage: 'runtime', docs: `docs/measurement.md#${anchor}` };
};

const LATENCY = (p: 'p50' | 'p90' | 'p99', convention: string): Indicator =>
  runtimeRow({
    key: `latency.${p}`,
    label: `latency ${p}`,
    unit: 'ms',
    quantity: 'time',
    direction: 'lower-is-better',
    gate: { limit: 'lower-is-better', words: [] },
    convention,
    anchor: 'latency',
  });

/** Every indicator, static first, in report order. */
export const INDICATORS: readonly Indicator[] = [
  staticRow({
    key: 'params',
    label: 'params',
    unit: 'count',
    quantity: 'count',
    direction: 'lower-is-better',
    words: PARAM_WORDS,
    convention: 'weight elements, each tensor once',
  }),
  staticRow({
    key: 'paramsPerUse',
    label: 'params per use',
    unit: 'count',
    quantity: 'count',
    direction: 'none',
    noDirection:
      'it counts a weight once per node that reads it, so it rises when weights are shared ' +
      'more (which lowers params) as much as when the model grows; what reuse costs shows in ' +
      'FLOPs, bytes accessed and latency',
    words: PARAM_WORDS,
    convention: 'once per consuming node (> params: shared weights)',
  }),
  staticRow({
    key: 'embeddingParams',
    label: 'embedding params',
    unit: 'count',
    quantity: 'count',
    direction: 'lower-is-better',
    words: PARAM_WORDS,
    convention: 'tables gathered by input-derived indices',
  }),
  staticRow({
    key: 'nonEmbeddingParams',
    label: 'non-embedding params',
    unit: 'count',
    quantity: 'count',
    direction: 'lower-is-better',
    words: PARAM_WORDS,
    convention: 'params − embedding params',
  }),
  staticRow({
    key: 'weightBytes',
    label: 'weight bytes',
    unit: 'bytes',
    quantity: 'bytes',
    direction: 'lower-is-better',
    words: [],
    convention: 'bytes of the weights at their stored dtypes',
  }),
  staticRow({
    key: 'macs',
    label: 'MACs',
    unit: 'MACs',
    quantity: 'count',
    direction: 'lower-is-better',
    words: ['MACs', 'MAC'],
    convention: 'multiply-accumulates of dense ops (torchvision "GFLOPS")',
  }),
  staticRow({
    key: 'flops',
    label: 'FLOPs',
    unit: 'FLOPs',
    quantity: 'count',
    direction: 'lower-is-better',
    words: ['FLOPs', 'FLOP'],
    convention: '2 × MACs + elementwise, norms, pooling',
  }),
  staticRow({
    key: 'transcendentals',
    label: 'transcendentals',
    unit: 'count',
    quantity: 'count',
    direction: 'lower-is-better',
    words: ['transcendentals'],
    convention: 'exp, log, tanh, erf, sqrt, ... evaluations',
  }),
  staticRow({
    key: 'intOps',
    label: 'integer ops',
    unit: 'count',
    quantity: 'count',
    direction: 'none',
    noDirection:
      'quantization trades floating-point work for integer work on purpose, so more integer ' +
      'ops is often the change that was wanted; whether it paid off shows in latency',
    words: ['ops', 'intOps'],
    convention: 'quantized / integer arithmetic',
  }),
  staticRow({
    key: 'bytesAccessed',
    label: 'bytes accessed',
    unit: 'bytes',
    quantity: 'bytes',
    direction: 'lower-is-better',
    words: [],
    convention: 'inputs read + outputs written, per node',
  }),
  staticRow({
    key: 'arithmeticIntensity',
    label: 'arithmetic intensity',
    unit: 'FLOP/B',
    quantity: 'ratio',
    direction: 'none',
    noDirection:
      'a ratio of two costs: it rises when bytes fall (good) and when FLOPs grow (not good), ' +
      "and whether it matters depends on the machine's ridge point",
    // Gated as a floor before it lost its direction: `arithmeticIntensity: -0.5` still works.
    limit: 'higher-is-better',
    words: ['FLOP/B'],
    convention: 'FLOPs / bytes accessed',
  }),
  staticRow({
    key: 'peakActivationBytes',
    label: 'peak activation bytes',
    unit: 'bytes',
    quantity: 'bytes',
    direction: 'lower-is-better',
    words: [],
    convention: 'largest set of live tensors, execution order',
  }),
  staticRow({
    key: 'modelFileBytes',
    label: 'model file bytes',
    unit: 'bytes',
    quantity: 'bytes',
    direction: 'lower-is-better',
    words: [],
    convention: 'on disk, external data included',
  }),
  staticRow({
    key: 'nodes',
    label: 'nodes',
    unit: 'nodes',
    quantity: 'count',
    direction: 'none',
    noDirection:
      'the shape of the graph, not a cost: fusing ops lowers it and splitting work into ' +
      'branches raises it, and what either costs shows in latency',
    words: ['nodes', 'node'],
    convention: 'after function expansion, subgraphs included',
  }),
  LATENCY('p50', 'median of one inference, paired rounds'),
  LATENCY('p90', 'reported, not tested'),
  LATENCY('p99', 'reported, not tested'),
  runtimeRow({
    key: 'throughput',
    label: 'throughput',
    unit: 'examples/s',
    quantity: 'rate',
    direction: 'higher-is-better',
    gate: { limit: 'higher-is-better', words: ['examples/s', '/s'] },
    convention: 'batch × runs per second, per batch size (throughput.b<N>)',
    anchor: 'throughput',
  }),
  runtimeRow({
    key: 'coldStart',
    label: 'cold start',
    unit: 'ms',
    quantity: 'time',
    direction: 'lower-is-better',
    gate: { limit: 'lower-is-better', words: [] },
    convention: 'session creation in a fresh process',
    anchor: 'cold-start',
  }),
  runtimeRow({
    key: 'firstRun',
    label: 'first run',
    unit: 'ms',
    quantity: 'time',
    direction: 'lower-is-better',
    gate: { limit: 'lower-is-better', words: [] },
    convention: 'the first inference after load',
    anchor: 'first-run',
  }),
  runtimeRow({
    key: 'peakRss',
    label: 'peak RSS',
    unit: 'bytes',
    quantity: 'bytes',
    direction: 'lower-is-better',
    gate: { limit: 'lower-is-better', words: [] },
    convention: 'resident memory above the process without the model',
    anchor: 'peak-rss',
  }),
  runtimeRow({
    key: 'outsideKernels',
    label: 'time outside kernels',
    unit: 'ms',
    quantity: 'time',
    direction: 'lower-is-better',
    // Taken from profiled runs in a few short rounds: evidence for latency, which is the gate.
    gate: null,
    convention: 'latency p50 × share of profiled runs outside kernels',
    anchor: 'outside-kernels',
  }),
  runtimeRow({
    key: 'achievedFlopsPerSecond',
    label: 'achieved FLOP/s',
    unit: 'FLOP/s',
    quantity: 'rate',
    direction: 'none',
    noDirection:
      'FLOPs / latency p50: it rises when latency falls and also when FLOPs grow at the same ' +
      'latency, so it says how the hardware was used, not whether the model got cheaper',
    gate: null,
    convention: 'FLOPs / latency p50',
    anchor: 'achieved-flops-per-second',
  }),
];

const BY_KEY = new Map(INDICATORS.map((r) => [r.key, r]));

/** A throughput row per batch size: `throughput.b8`. */
export const THROUGHPUT_BATCH = /^throughput\.b([1-9]\d*)$/;

/** The catalogue row of a key as results and comparisons write it, if there is one. */
export function findIndicator(key: string): Indicator | undefined {
  if (Object.hasOwn(Object.prototype, key)) return undefined;
  return BY_KEY.get(key) ?? (THROUGHPUT_BATCH.test(key) ? BY_KEY.get('throughput') : undefined);
}

/** The catalogue row of a key; a key without one is a bug (every indicator has a row). */
export function indicator(key: string): Indicator {
  const row = findIndicator(key);
  if (!row) throw new Error(`indicator "${key}" has no row in src/indicators.ts`);
  return row;
}

/** The label of a key, with the batch for a throughput row: 'throughput (batch 8)'. */
export function labelOf(key: string): string {
  const batch = THROUGHPUT_BATCH.exec(key);
  return batch ? `throughput (batch ${batch[1]})` : indicator(key).label;
}

/** The static indicators, in report order. */
export const STATIC_INDICATORS: readonly Indicator[] = INDICATORS.filter(
  (r) => r.stage === 'static',
);

/** The runtime indicators, in report order. */
export const RUNTIME_INDICATORS: readonly Indicator[] = INDICATORS.filter(
  (r) => r.stage === 'runtime',
);
