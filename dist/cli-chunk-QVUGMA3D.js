import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/format.ts
var MINUS = "\u2212";
var SI = [
  [1e15, "P"],
  [1e12, "T"],
  [1e9, "G"],
  [1e6, "M"],
  [1e3, "k"]
];
function si(n) {
  if (n === null || n === void 0 || Number.isNaN(n)) return "\u2014";
  const abs = Math.abs(n);
  for (const [scale, suffix] of SI) {
    if (abs >= scale) return `${sig3(n / scale)} ${suffix}`;
  }
  return Number.isInteger(n) ? String(n) : sig3(n);
}
function bytes(n) {
  if (n === null || n === void 0 || Number.isNaN(n)) return "\u2014";
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let v = n;
  let u = 0;
  while (Math.abs(v) >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${v} B` : `${sig3(v)} ${units[u]}`;
}
function percent(part, whole) {
  if (!whole) return "\u2014";
  return share(part / whole);
}
function share(x) {
  return x === null || x === void 0 || !Number.isFinite(x) ? "\u2014" : `${(100 * x).toFixed(1)}%`;
}
function sig3(x) {
  const abs = Math.abs(x);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return x.toFixed(digits);
}
function exact(n) {
  if (!Number.isInteger(n)) return String(n);
  if (Math.abs(n) >= 1e21) return n.toLocaleString("en-US");
  return String(n).replace(/\B(?=(\d{3})+$)/g, ",");
}
function signedInteger(n) {
  return `${n > 0 ? "+" : n < 0 ? MINUS : ""}${exact(Math.abs(n))}`;
}
function ms(x) {
  const abs = Math.abs(x);
  if (abs >= 1e3) return `${sig3(x / 1e3)} s`;
  if (abs >= 1 || abs === 0) return `${sig3(x)} ms`;
  if (abs >= 1e-3) return `${sig3(x * 1e3)} \xB5s`;
  return `${sig3(x * 1e6)} ns`;
}
function prefixed(n, unit) {
  const s = si(n);
  return /[kMGTP]$/.test(s) ? `${s}${unit}` : `${s} ${unit}`;
}
function quantity(n, unit) {
  if (n === null || n === void 0 || Number.isNaN(n)) return "\u2014";
  switch (unit) {
    case "bytes":
      return bytes(n);
    case "ms":
      return ms(n);
    case "MACs":
    case "FLOPs":
    case "FLOP/s":
    case "B/s":
      return prefixed(n, unit);
    case "FLOP/B":
      return `${sig3(n)} FLOP/B`;
    case "nodes":
      return `${exact(n)} nodes`;
    case "count":
      return si(n);
    default:
      return `${si(n)} ${unit}`;
  }
}
function bareQuantity(n, unit) {
  if (n === null || n === void 0 || Number.isNaN(n)) return "\u2014";
  if (unit === "MACs" || unit === "FLOPs" || unit === "count") return si(n);
  if (unit === "nodes") return exact(n);
  return quantity(n, unit);
}
function signedQuantity(delta, unit) {
  if (delta === 0) return "0";
  if (!Number.isFinite(delta)) return `${delta > 0 ? "+" : MINUS}\u221E`;
  return `${delta > 0 ? "+" : MINUS}${quantity(Math.abs(delta), unit)}`;
}
function percentMagnitude(percent2) {
  const abs = Math.abs(percent2);
  if (!Number.isFinite(abs)) return "\u221E";
  if (abs === 0) return "0";
  if (abs < 0.1) return String(Number(abs.toPrecision(2)));
  const tenths = Math.round(abs * 10) / 10;
  return tenths < 100 ? tenths.toFixed(1) : String(Math.round(abs));
}
var signOf = (x) => x > 0 ? "+" : x < 0 ? MINUS : "";
function percentChange(relative) {
  return `${signOf(relative)}${percentMagnitude(relative * 100)}%`;
}
function changeWithInterval(relative, interval) {
  const point = percentChange(relative);
  if (!interval || Number.isNaN(interval[0]) || Number.isNaN(interval[1])) return point;
  return `${point} (${changeInterval(interval)})`;
}
function changeInterval(interval) {
  const end = (x) => `${signOf(x)}${percentMagnitude(x * 100)}`;
  return `${end(interval[0])} to ${end(interval[1])}%`;
}
function ratioInterval(interval) {
  return changeInterval([interval[0] - 1, interval[1] - 1]);
}
function ratioChange(ratio, interval) {
  return changeWithInterval(ratio - 1, interval ? [interval[0] - 1, interval[1] - 1] : null);
}
function quantityWithInterval(delta, interval, unit) {
  const point = signedQuantity(delta, unit);
  if (!interval) return point;
  return `${point} (${signedQuantity(interval[0], unit)} to ${signedQuantity(interval[1], unit)})`;
}
function plural(n, noun) {
  return `${exact(n)} ${noun}${n === 1 ? "" : "s"}`;
}
function confidenceLevel(fraction) {
  return `${Math.floor(fraction * 1e4 + 1e-6) / 100}%`;
}

// src/indicators.ts
var PARAM_WORDS = ["params", "param", "parameters"];
var anchorOf = (key) => key.replace(/\./g, "-").replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
var staticRow = (row) => {
  const { words, limit, ...rest } = row;
  const guards = limit ?? (row.direction === "none" ? "lower-is-better" : row.direction);
  return {
    ...rest,
    stage: "static",
    gate: { limit: guards, words },
    docs: `docs/indicators.md#${anchorOf(row.key)}`
  };
};
var runtimeRow = (row) => {
  const { anchor, ...rest } = row;
  return { ...rest, stage: "runtime", docs: `docs/measurement.md#${anchor}` };
};
var LATENCY = (p, convention) => runtimeRow({
  key: `latency.${p}`,
  label: `latency ${p}`,
  unit: "ms",
  quantity: "time",
  direction: "lower-is-better",
  gate: { limit: "lower-is-better", words: [] },
  convention,
  anchor: "latency"
});
var INDICATORS = [
  staticRow({
    key: "params",
    label: "params",
    unit: "count",
    quantity: "count",
    direction: "lower-is-better",
    words: PARAM_WORDS,
    convention: "weight elements, each tensor once"
  }),
  staticRow({
    key: "paramsPerUse",
    label: "params per use",
    unit: "count",
    quantity: "count",
    direction: "none",
    noDirection: "it counts a weight once per node that reads it, so it rises when weights are shared more (which lowers params) as much as when the model grows; what reuse costs shows in FLOPs, bytes accessed and latency",
    words: PARAM_WORDS,
    convention: "once per consuming node (> params: shared weights)"
  }),
  staticRow({
    key: "embeddingParams",
    label: "embedding params",
    unit: "count",
    quantity: "count",
    direction: "lower-is-better",
    words: PARAM_WORDS,
    convention: "tables gathered by input-derived indices"
  }),
  staticRow({
    key: "nonEmbeddingParams",
    label: "non-embedding params",
    unit: "count",
    quantity: "count",
    direction: "lower-is-better",
    words: PARAM_WORDS,
    convention: "params \u2212 embedding params"
  }),
  staticRow({
    key: "weightBytes",
    label: "weight bytes",
    unit: "bytes",
    quantity: "bytes",
    direction: "lower-is-better",
    words: [],
    convention: "bytes of the weights at their stored dtypes"
  }),
  staticRow({
    key: "macs",
    label: "MACs",
    unit: "MACs",
    quantity: "count",
    direction: "lower-is-better",
    words: ["MACs", "MAC"],
    convention: 'multiply-accumulates of dense ops (torchvision "GFLOPS")'
  }),
  staticRow({
    key: "flops",
    label: "FLOPs",
    unit: "FLOPs",
    quantity: "count",
    direction: "lower-is-better",
    words: ["FLOPs", "FLOP"],
    convention: "2 \xD7 MACs + elementwise, norms, pooling"
  }),
  staticRow({
    key: "transcendentals",
    label: "transcendentals",
    unit: "count",
    quantity: "count",
    direction: "lower-is-better",
    words: ["transcendentals"],
    convention: "exp, log, tanh, erf, sqrt, ... evaluations"
  }),
  staticRow({
    key: "intOps",
    label: "integer ops",
    unit: "count",
    quantity: "count",
    direction: "none",
    noDirection: "quantization trades floating-point work for integer work on purpose, so more integer ops is often the change that was wanted; whether it paid off shows in latency",
    words: ["ops", "intOps"],
    convention: "quantized / integer arithmetic"
  }),
  staticRow({
    key: "bytesAccessed",
    label: "bytes accessed",
    unit: "bytes",
    quantity: "bytes",
    direction: "lower-is-better",
    words: [],
    convention: "inputs read + outputs written, per node"
  }),
  staticRow({
    key: "arithmeticIntensity",
    label: "arithmetic intensity",
    unit: "FLOP/B",
    quantity: "ratio",
    direction: "none",
    noDirection: "a ratio of two costs: it rises when bytes fall (good) and when FLOPs grow (not good), and whether it matters depends on the machine's ridge point",
    // Gated as a floor before it lost its direction: `arithmeticIntensity: -0.5` still works.
    limit: "higher-is-better",
    words: ["FLOP/B"],
    convention: "FLOPs / bytes accessed"
  }),
  staticRow({
    key: "peakActivationBytes",
    label: "peak activation bytes",
    unit: "bytes",
    quantity: "bytes",
    direction: "lower-is-better",
    words: [],
    convention: "largest set of live tensors, execution order"
  }),
  staticRow({
    key: "modelFileBytes",
    label: "model file bytes",
    unit: "bytes",
    quantity: "bytes",
    direction: "lower-is-better",
    words: [],
    convention: "on disk, external data included"
  }),
  staticRow({
    key: "nodes",
    label: "nodes",
    unit: "nodes",
    quantity: "count",
    direction: "none",
    noDirection: "the shape of the graph, not a cost: fusing ops lowers it and splitting work into branches raises it, and what either costs shows in latency",
    words: ["nodes", "node"],
    convention: "after function expansion, subgraphs included"
  }),
  LATENCY("p50", "median of one inference, paired rounds"),
  LATENCY("p90", "reported, not tested"),
  LATENCY("p99", "reported, not tested"),
  runtimeRow({
    key: "throughput",
    label: "throughput",
    unit: "examples/s",
    quantity: "rate",
    direction: "higher-is-better",
    gate: { limit: "higher-is-better", words: ["examples/s", "/s"] },
    convention: "batch \xD7 runs per second, per batch size (throughput.b<N>)",
    anchor: "throughput"
  }),
  runtimeRow({
    key: "coldStart",
    label: "cold start",
    unit: "ms",
    quantity: "time",
    direction: "lower-is-better",
    gate: { limit: "lower-is-better", words: [] },
    convention: "session creation in a fresh process",
    anchor: "cold-start"
  }),
  runtimeRow({
    key: "firstRun",
    label: "first run",
    unit: "ms",
    quantity: "time",
    direction: "lower-is-better",
    gate: { limit: "lower-is-better", words: [] },
    convention: "the first inference after load",
    anchor: "first-run"
  }),
  runtimeRow({
    key: "peakRss",
    label: "peak RSS",
    unit: "bytes",
    quantity: "bytes",
    direction: "lower-is-better",
    gate: { limit: "lower-is-better", words: [] },
    convention: "resident memory above the process without the model",
    anchor: "peak-rss"
  }),
  runtimeRow({
    key: "outsideKernels",
    label: "time outside kernels",
    unit: "ms",
    quantity: "time",
    direction: "lower-is-better",
    // Taken from profiled runs in a few short rounds: evidence for latency, which is the gate.
    gate: null,
    convention: "latency p50 \xD7 share of profiled runs outside kernels",
    anchor: "outside-kernels"
  }),
  runtimeRow({
    key: "achievedFlopsPerSecond",
    label: "achieved FLOP/s",
    unit: "FLOP/s",
    quantity: "rate",
    direction: "none",
    noDirection: "FLOPs / latency p50: it rises when latency falls and also when FLOPs grow at the same latency, so it says how the hardware was used, not whether the model got cheaper",
    gate: null,
    convention: "FLOPs / latency p50",
    anchor: "achieved-flops-per-second"
  })
];
var BY_KEY = new Map(INDICATORS.map((r) => [r.key, r]));
var THROUGHPUT_BATCH = /^throughput\.b([1-9]\d*)$/;
function findIndicator(key) {
  if (Object.hasOwn(Object.prototype, key)) return void 0;
  return BY_KEY.get(key) ?? (THROUGHPUT_BATCH.test(key) ? BY_KEY.get("throughput") : void 0);
}
function indicator(key) {
  const row = findIndicator(key);
  if (!row) throw new Error(`indicator "${key}" has no row in src/indicators.ts`);
  return row;
}
function labelOf(key) {
  const batch = THROUGHPUT_BATCH.exec(key);
  return batch ? `throughput (batch ${batch[1]})` : indicator(key).label;
}
var STATIC_INDICATORS = INDICATORS.filter(
  (r) => r.stage === "static"
);
var RUNTIME_INDICATORS = INDICATORS.filter(
  (r) => r.stage === "runtime"
);

export {
  si,
  bytes,
  percent,
  share,
  sig3,
  exact,
  signedInteger,
  ms,
  quantity,
  bareQuantity,
  signedQuantity,
  percentMagnitude,
  percentChange,
  ratioInterval,
  ratioChange,
  quantityWithInterval,
  plural,
  confidenceLevel,
  INDICATORS,
  THROUGHPUT_BATCH,
  findIndicator,
  indicator,
  labelOf,
  STATIC_INDICATORS
};
