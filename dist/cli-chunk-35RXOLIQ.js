import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  historyCharts,
  historySummary,
  markdownTable,
  md,
  mdInline,
  shareChart
} from "./cli-chunk-WKN5M4YK.js";
import {
  collect,
  joinWithAnalysis,
  parseProfile,
  ridgeCrossing
} from "./cli-chunk-ZCPTUKAO.js";
import {
  bytes,
  confidenceLevel,
  exact,
  findIndicator,
  labelOf,
  ms,
  percentChange,
  quantity,
  ratioChange,
  ratioInterval,
  share,
  sig3,
  signedInteger,
  signedQuantity
} from "./cli-chunk-QVUGMA3D.js";
import {
  UserError
} from "./cli-chunk-PHQWGHNS.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./cli-chunk-WF4NF5RW.js";

// builtin-require:node:os for src/measure/fingerprint.ts
var require_fingerprint = __commonJS({
  "builtin-require:node:os for src/measure/fingerprint.ts"(exports, module) {
    module.exports = __require("node:os");
  }
});

// src/stats/summary.ts
function summarize(samples) {
  const count = samples.length;
  if (count === 0) return { count, mean: 0, std: 0, min: 0, max: 0, p50: 0, p90: 0, p99: 0, cv: 0 };
  const sorted = sortedCopy(samples);
  let sum2 = 0;
  for (let i = 0; i < count; i++) sum2 += sorted[i];
  const mean = sum2 / count;
  let squares = 0;
  for (let i = 0; i < count; i++) squares += (sorted[i] - mean) ** 2;
  const std = count > 1 ? Math.sqrt(squares / (count - 1)) : 0;
  return {
    count,
    mean,
    std,
    min: sorted[0],
    max: sorted[count - 1],
    p50: percentile(sorted, 50),
    p90: percentile(sorted, 90),
    p99: percentile(sorted, 99),
    cv: mean === 0 ? 0 : std / mean
  };
}
function median(samples) {
  return percentile(sortedCopy(samples), 50);
}
function percentile(sorted, p) {
  const n = sorted.length;
  if (n === 0) throw new RangeError("percentile of an empty sample");
  const h = percentileRank(n, p);
  const lo = Math.floor(h);
  const frac = h - lo;
  if (frac === 0) return sorted[lo];
  return sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
}
function percentileRank(n, p) {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile p must be in [0, 100], got ${p}`);
  return (n - 1) * p / 100;
}
function sortedCopy(samples) {
  const sorted = Float64Array.from(samples);
  for (let i = 0; i < sorted.length; i++) {
    if (!Number.isFinite(sorted[i])) {
      throw new RangeError(`sample ${i} is ${sorted[i]}: every sample must be a finite number`);
    }
  }
  return sorted.sort();
}

// src/measure/bubble.ts
function runSplits(events) {
  const { kernels, windows } = collect(events);
  const runs = [...windows].sort((a, b) => a.startUs - b.startUs);
  const inRun = runs.map(() => []);
  for (const k of kernels) {
    const i = runOf(runs, k.startUs);
    if (i >= 0) inRun[i].push(k);
  }
  return runs.map((w, i) => split(w, inRun[i]));
}
function runOf(runs, t) {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (runs[mid].startUs > t) hi = mid - 1;
    else if (runs[mid].endUs < t) lo = mid + 1;
    else return mid;
  }
  return -1;
}
function split(w, kernels) {
  const clip = (k) => [
    Math.max(k.startUs, w.startUs),
    Math.min(k.startUs + k.durUs, w.endUs)
  ];
  const byThread = /* @__PURE__ */ new Map();
  for (const k of kernels) byThread.set(k.tid, [...byThread.get(k.tid) ?? [], clip(k)]);
  let busyThreadUs = 0;
  for (const list of byThread.values()) busyThreadUs += unionLength(list);
  const runUs = w.endUs - w.startUs;
  const kernelUs = unionLength(kernels.map(clip));
  return {
    runUs,
    kernelUs,
    outsideUs: Math.max(0, runUs - kernelUs),
    launches: kernels.length,
    threads: byThread.size,
    busyThreadUs
  };
}
function unionLength(intervals) {
  const sorted = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of sorted) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}
var outsideShareOf = (r) => r.runUs > 0 ? r.outsideUs / r.runUs : 0;
function outsideKernels(splits, keep, c) {
  const runs = keep.map((i) => splits[i]);
  if (runs.length === 0 || runs.some((r) => r === void 0) || !(c.latencyMs > 0))
    return void 0;
  const of = (f) => median(runs.map(f));
  const shareSamples = runs.map(outsideShareOf);
  const share2 = median(shareSamples);
  return {
    ms: c.latencyMs * share2,
    share: share2,
    latencyMs: c.latencyMs,
    profiledRunMs: of((r) => r.runUs) / 1e3,
    profiledKernelMs: of((r) => r.kernelUs) / 1e3,
    profiledOutsideMs: of((r) => r.outsideUs) / 1e3,
    launches: of((r) => r.launches),
    shareSamples,
    ...c.parallel ? {
      idleThreadShare: of(
        (r) => r.runUs > 0 ? Math.max(0, 1 - r.busyThreadUs / (Math.max(1, r.threads) * r.runUs)) : 0
      ),
      threads: Math.max(...runs.map((r) => r.threads))
    } : {}
  };
}
function correctionOf(settings, latencyMs) {
  if (latencyMs === void 0) return void 0;
  return { latencyMs, parallel: isParallel(settings) };
}
var isParallel = (s) => s.executionMode === "parallel" || s.interOpThreads > 1;
function profileOf(events, runs, analysis, correction) {
  const profile = joinWithAnalysis(parseProfile(events, runs), analysis);
  if (!correction) return profile;
  const splits = runSplits(events);
  const keep = typeof runs === "number" ? lastRuns(splits.length, runs) : runs;
  const outside = outsideKernels(splits, keep, correction);
  return outside ? { ...profile, outsideKernels: outside } : profile;
}
function lastRuns(total, runs) {
  const n = Math.min(runs, total);
  return Array.from({ length: n }, (_, i) => total - n + i);
}
function outsideKernelsDetail(o, time) {
  const pct = (x) => `${(100 * x).toFixed(1)}%`;
  const launches = Number.isInteger(o.launches) ? String(o.launches) : o.launches.toFixed(1);
  const perLaunchUs = 1e3 * (o.profiledRunMs - o.latencyMs) / Math.max(1, o.launches);
  const idle = o.idleThreadShare === void 0 ? "" : ` \xB7 ${pct(o.idleThreadShare)} of the time of ${o.threads} kernel thread(s) idle`;
  return `${pct(o.share)} of latency p50 \xB7 ${launches} kernel launches per run \xB7 profiled runs ${time(o.profiledRunMs)}, ${time(o.profiledKernelMs)} in kernels (the profiler adds about ${perLaunchUs.toFixed(1)} \xB5s per launch)${idle}`;
}

// builtin-require:node:child_process for src/measure/fingerprint.ts
var m = __require("node:child_process");
var execFileSync = m.execFileSync;

// builtin-require:node:fs for src/measure/fingerprint.ts
var m2 = __require("node:fs");
var readFileSync = m2.readFileSync;

// src/measure/fingerprint.ts
var import_node_os = __toESM(require_fingerprint(), 1);

// builtin-require:node:module for src/measure/ort.ts
var m3 = __require("node:module");
var createRequire = m3.createRequire;

// builtin-require:node:path for src/measure/ort.ts
var m4 = __require("node:path");
var join = m4.join;

// src/measure/ort.ts
var ORT_DIR_ENV = "MISNOMER_ONNXRUNTIME_DIR";
function ortRequire() {
  const dir = process.env[ORT_DIR_ENV];
  return createRequire(dir ? join(dir, "resolve-from.js") : import.meta.url);
}
function loadOrt() {
  return ortRequire()("onnxruntime-node");
}
function resolveOrt(request) {
  return ortRequire().resolve(request);
}

// src/measure/fingerprint.ts
var KERNEL_FLAGS = /* @__PURE__ */ new Set([
  // x86: float kernels (AVX2/FMA, AVX-512), fp16 conversion, int8 (VNNI), bf16/fp16, AMX tiles.
  ...["avx", "avx2", "fma", "f16c", "avx512f", "avx512bw", "avx512vl", "avx512_vnni"],
  ...["avx_vnni", "avx512_bf16", "avx512_fp16", "amx_tile", "amx_int8", "amx_bf16"],
  // Arm: NEON, dot product, int8 matrix multiply, bf16, fp16 arithmetic, SVE.
  ...["asimd", "asimddp", "i8mm", "bf16", "asimdhp", "sve", "sve2"]
]);
var ARM_IMPLEMENTERS = {
  "0x41": "ARM",
  "0x42": "Broadcom",
  "0x46": "Fujitsu",
  "0x48": "HiSilicon",
  "0x4e": "NVIDIA",
  "0x51": "Qualcomm",
  "0x61": "Apple",
  "0xc0": "Ampere"
};
var ARM_PARTS = {
  "0x41:0xd03": "Cortex-A53",
  "0x41:0xd08": "Cortex-A72",
  "0x41:0xd0b": "Cortex-A76",
  "0x41:0xd0c": "Neoverse-N1",
  "0x41:0xd40": "Neoverse-V1",
  "0x41:0xd49": "Neoverse-N2",
  "0x41:0xd4f": "Neoverse-V2",
  "0xc0:0xac3": "Ampere-1"
};
function tidyModel(name2) {
  return name2.replace(/\((R|TM|tm|r)\)/g, "").replace(/\s+/g, " ").trim();
}
function x86Model(block) {
  const name2 = tidyModel(block.get("model name") ?? "unknown");
  if (/\d/.test(name2)) return name2;
  const id = ["cpu family", "model", "stepping"].map((k) => `${k} ${block.get(k) ?? "?"}`);
  return `${name2} (${id.join(", ").replace("cpu family", "family")})`;
}
function x86Vendor(id) {
  return { GenuineIntel: "Intel", AuthenticAMD: "AMD" }[id] ?? id;
}
function kernelFlags(flags) {
  return [...new Set(flags)].filter((f) => KERNEL_FLAGS.has(f)).sort();
}
function cpuinfoBlocks(text) {
  const blocks = [];
  let current = /* @__PURE__ */ new Map();
  for (const line of text.split("\n")) {
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (key === "processor" && current.has("processor")) {
      blocks.push(current);
      current = /* @__PURE__ */ new Map();
    }
    current.set(key, value);
  }
  if (current.has("processor")) blocks.push(current);
  return blocks;
}
function parseCpuinfo(text) {
  const blocks = cpuinfoBlocks(text);
  const first = blocks[0];
  if (!first)
    return { vendor: "unknown", model: "unknown", flags: [], logicalCores: 0, physicalCores: 0 };
  const logicalCores = blocks.length;
  const cores = new Set(blocks.map((b) => `${b.get("physical id")}:${b.get("core id")}`));
  const physicalCores = blocks.every((b) => b.has("core id")) ? cores.size : logicalCores;
  if (first.has("vendor_id") || first.has("model name"))
    return {
      vendor: x86Vendor(first.get("vendor_id") ?? "unknown"),
      model: x86Model(first),
      flags: kernelFlags((first.get("flags") ?? "").split(/\s+/)),
      logicalCores,
      physicalCores
    };
  const implementer = first.get("CPU implementer")?.toLowerCase() ?? "";
  const vendor = ARM_IMPLEMENTERS[implementer] ?? (implementer || "unknown");
  const parts = [...new Set(blocks.map((b) => b.get("CPU part")?.toLowerCase() ?? ""))];
  const model = parts.map((p) => ARM_PARTS[`${implementer}:${p}`] ?? `part ${p || "unknown"}`).join(" + ");
  return {
    vendor,
    model: `${vendor} ${model}`,
    flags: kernelFlags((first.get("Features") ?? "").split(/\s+/)),
    logicalCores,
    physicalCores
  };
}
var SYSCTL_FLAGS = {
  "hw.optional.avx1_0": "avx",
  "hw.optional.avx2_0": "avx2",
  "hw.optional.fma": "fma",
  "hw.optional.f16c": "f16c",
  "hw.optional.avx512f": "avx512f",
  "hw.optional.avx512bw": "avx512bw",
  "hw.optional.avx512vl": "avx512vl",
  "hw.optional.AdvSIMD": "asimd",
  "hw.optional.neon": "asimd",
  "hw.optional.arm.FEAT_DotProd": "asimddp",
  "hw.optional.arm.FEAT_I8MM": "i8mm",
  "hw.optional.arm.FEAT_BF16": "bf16",
  "hw.optional.arm.FEAT_FP16": "asimdhp"
};
function parseSysctl(text) {
  const values = /* @__PURE__ */ new Map();
  for (const line of text.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) values.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  const model = tidyModel(values.get("machdep.cpu.brand_string") ?? "unknown");
  const vendorId = values.get("machdep.cpu.vendor");
  const flags = Object.entries(SYSCTL_FLAGS).filter(([key]) => values.get(key) === "1").map(([, flag]) => flag);
  const logicalCores = Number(values.get("hw.logicalcpu") ?? 0);
  return {
    vendor: vendorId ? x86Vendor(vendorId) : model.startsWith("Apple") ? "Apple" : "unknown",
    model,
    flags: kernelFlags(flags),
    logicalCores,
    physicalCores: Number(values.get("hw.physicalcpu") ?? logicalCores)
  };
}
function readText(path) {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return void 0;
  }
}
function sysctl() {
  try {
    return execFileSync("sysctl", ["hw", "machdep.cpu"], { encoding: "utf8", timeout: 5e3 });
  } catch {
    return void 0;
  }
}
function cpu() {
  const text = import_node_os.default.platform() === "linux" ? readText("/proc/cpuinfo") : import_node_os.default.platform() === "darwin" ? sysctl() : void 0;
  const parsed = text ? import_node_os.default.platform() === "linux" ? parseCpuinfo(text) : parseSysctl(text) : void 0;
  const cpus = import_node_os.default.cpus();
  const logical = parsed?.logicalCores || cpus.length;
  const model = tidyModel(cpus[0]?.model ?? "unknown");
  return {
    vendor: parsed?.vendor ?? (/intel/i.test(model) ? "Intel" : /amd/i.test(model) ? "AMD" : "unknown"),
    model: parsed && parsed.model !== "unknown" ? parsed.model : model,
    flags: parsed?.flags ?? [],
    logicalCores: logical,
    physicalCores: parsed?.physicalCores || logical
  };
}
function distro() {
  const text = readText("/etc/os-release");
  const pretty = text?.match(/^PRETTY_NAME="?([^"\n]*)"?$/m);
  return pretty?.[1] || void 0;
}
function onnxruntimeVersion() {
  try {
    const pkg = JSON.parse(readFileSync(resolveOrt("onnxruntime-node/package.json"), "utf8"));
    return typeof pkg.version === "string" ? pkg.version : "unknown";
  } catch {
    return "not installed";
  }
}
function runner(env) {
  const r = {
    imageOS: env.ImageOS,
    imageVersion: env.ImageVersion,
    os: env.RUNNER_OS,
    arch: env.RUNNER_ARCH,
    name: env.RUNNER_NAME
  };
  const set = Object.entries(r).filter(([, v]) => v !== void 0 && v !== "");
  return set.length ? Object.fromEntries(set) : void 0;
}
function fingerprint(env = process.env) {
  const fp = {
    cpu: cpu(),
    memoryBytes: import_node_os.default.totalmem(),
    os: { platform: import_node_os.default.platform(), release: import_node_os.default.release() },
    node: process.versions.node,
    onnxruntime: onnxruntimeVersion()
  };
  const d = distro();
  if (d) fp.os.distro = d;
  const r = runner(env);
  if (r) fp.runner = r;
  return fp;
}
function differ(what, a, b, out) {
  if (a !== b) out.push(`${what}: ${String(a)} vs ${String(b)}`);
}
function speedComparable(a, b, sa, sb) {
  const out = [];
  differ("CPU model", a.cpu.model, b.cpu.model, out);
  if (a.cpu.model === b.cpu.model) differ("CPU vendor", a.cpu.vendor, b.cpu.vendor, out);
  const onlyA = a.cpu.flags.filter((f) => !b.cpu.flags.includes(f));
  const onlyB = b.cpu.flags.filter((f) => !a.cpu.flags.includes(f));
  if (onlyA.length || onlyB.length) {
    const sides = [
      onlyA.length ? `${onlyA.join(", ")} only on the first` : "",
      onlyB.length ? `${onlyB.join(", ")} only on the second` : ""
    ];
    out.push(`ISA flags: ${sides.filter(Boolean).join("; ")}`);
  }
  differ("logical cores", a.cpu.logicalCores, b.cpu.logicalCores, out);
  differ("physical cores", a.cpu.physicalCores, b.cpu.physicalCores, out);
  differ("ONNX Runtime", a.onnxruntime, b.onnxruntime, out);
  differ("execution provider", sa.provider, sb.provider, out);
  differ("intra-op threads", sa.intraOpThreads, sb.intraOpThreads, out);
  differ("inter-op threads", sa.interOpThreads, sb.interOpThreads, out);
  differ("execution mode", sa.executionMode, sb.executionMode, out);
  differ("graph optimization level", sa.graphOptimizationLevel, sb.graphOptimizationLevel, out);
  return { comparable: out.length === 0, differences: out };
}
function fingerprintText(f) {
  const flags = f.cpu.flags.length ? ` (${f.cpu.flags.slice(0, 6).join(", ")}${f.cpu.flags.length > 6 ? ", \u2026" : ""})` : "";
  const gib = (f.memoryBytes / 2 ** 30).toFixed(1);
  const image = f.runner?.imageOS ? `, runner ${f.runner.imageOS} ${f.runner.imageVersion ?? ""}`.trimEnd() : "";
  return `${f.cpu.model}, ${f.cpu.logicalCores} cores${flags}, ${gib} GiB, ${f.os.distro ?? f.os.platform}, Node ${f.node}, onnxruntime-node ${f.onnxruntime}${image}`;
}

// src/report/roofline.ts
function rooflineFigures(r) {
  const threads = `${r.intraOpThreads} thread${r.intraOpThreads === 1 ? "" : "s"}`;
  return `peak ${quantity(r.peakFlopsPerSecond, "FLOP/s")}, bandwidth ${quantity(r.bandwidthBytesPerSecond, "B/s")}, ridge ${quantity(r.ridgeFlopsPerByte, "FLOP/B")} (${threads})`;
}
function rooflineSentence(r) {
  const g = r.gemm;
  const gemm = g.m === g.k && g.k === g.n ? `${g.m}\xB3` : `${g.m}\xD7${g.k}\xD7${g.n}`;
  return `Roofline of this runner: ${rooflineFigures(r)}; the best of ${r.gemm.kernelMs.length} float32 MatMul kernels (${gemm}) and of ${r.stream.kernelMs.length} float32 Adds (${bytes(r.stream.bytes)} moved each) in ONNX Runtime, probe ${quantity(r.wallMs, "ms")}.`;
}
var boundCell = (b) => b ?? "\u2014";
function arrow(a, b) {
  return a === b ? a : `${a} \u2192 ${b}`;
}
function boundChange(base, head) {
  const a = boundCell(base?.bound);
  const b = boundCell(head?.bound);
  return base?.bound && head?.bound && a !== b ? `${a} \u2192 **${b}**` : arrow(a, b);
}
var intensity = (s) => s?.flopsPerByte === void 0 ? "\u2014" : sig3(s.flopsPerByte);
function rooflineDetails(ranked, ridgeFlopsPerByte, rows, cell) {
  if (ridgeFlopsPerByte === void 0 || rows <= 0) return null;
  const placed = ranked.filter((o) => o.base?.bound || o.head?.bound);
  if (placed.length === 0) return null;
  const timed = placed.some((o) => o.base?.rooflineShare ?? o.head?.rooflineShare);
  const head = ["op type", "FLOP/B", "bound"];
  if (timed) head.push("of its roof");
  const body = placed.slice(0, rows).map((o) => {
    const row = [
      cell(o.opType),
      arrow(intensity(o.base), intensity(o.head)),
      boundChange(o.base, o.head)
    ];
    if (timed) row.push(arrow(share(o.base?.rooflineShare), share(o.head?.rooflineShare)));
    return row;
  });
  const memory = placed.filter((o) => (o.head ?? o.base)?.bound === "memory").length;
  const lead = `Below the ridge point (${quantity(ridgeFlopsPerByte, "FLOP/B")}) an op type is memory-bound; ` + (timed ? '"of its roof" is its achieved FLOP/s over min(peak, FLOP/B \xD7 bandwidth).' : "no per-op time was measured.");
  const more = rows < placed.length ? `

Top ${rows} of ${placed.length} shown.` : "";
  return {
    summary: `Roofline: ${memory} of ${placed.length} op types memory-bound on this runner (ridge ${quantity(ridgeFlopsPerByte, "FLOP/B")})`,
    body: `${lead}

${markdownTable([head, ...body], { align: ["l", "r", "l", "r"] })}${more}`
  };
}

// src/report/budget.ts
var DEFAULT_MAX_CHARS = 65e3;
function fitComparison(full, chartOpTypes, options, whole, render2) {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const mostOps = full.opRows;
  const mostContradictions = full.contradictions;
  const fits = (s) => s.length <= maxChars;
  const attempt = (plan) => render2(plan, describeCuts(plan, full));
  const everything = attempt(full);
  if (fits(everything)) return everything;
  const floor = Math.min(chartOpTypes, mostOps);
  const withChart = largest(floor, mostOps - 1, (n) => fits(attempt({ ...full, opRows: n })));
  if (withChart >= floor && mostOps > 0) return attempt({ ...full, opRows: withChart });
  const noChart = { ...full, charts: false };
  const rows = largest(0, mostOps, (n) => fits(attempt({ ...noChart, opRows: n })));
  if (rows >= 1) return attempt({ ...noChart, opRows: rows });
  const noModel = { ...noChart, opRows: 0, modelDetails: false };
  if (fits(attempt(noModel))) return attempt(noModel);
  const bare = { ...noModel, globalDetails: false };
  const essentials = attempt(bare);
  if (fits(essentials)) return essentials;
  const kept = largest(
    1,
    mostContradictions - 1,
    (n) => fits(attempt({ ...bare, contradictions: n }))
  );
  if (kept >= 1) return attempt({ ...bare, contradictions: kept });
  return hardCut(attempt({ ...bare, contradictions: 1 }), options.marker, maxChars, whole);
}
function describeCuts(plan, full) {
  const cuts = [];
  if (plan.modelDetails && plan.opRows < full.opRows) {
    cuts.push(
      plan.opRows > 0 ? `per-op-type tables show the top ${exact(plan.opRows)} op type${plan.opRows === 1 ? "" : "s"}` : "per-op-type tables dropped"
    );
  }
  if (plan.modelDetails && !plan.charts && full.charts) cuts.push("charts dropped");
  if (!plan.modelDetails) cuts.push("per-op-type breakdown, charts and verdict reasons dropped");
  if (!plan.globalDetails) cuts.push("settings, hardware and method dropped");
  if (plan.contradictions < full.contradictions) {
    cuts.push(`only the first ${plan.contradictions} contradictions per model shown`);
  }
  return cuts;
}
function cutNote(maxChars, cuts, whole) {
  const max = exact(maxChars ?? DEFAULT_MAX_CHARS);
  return `_Shortened to fit ${max} characters: ${cuts.join("; ")}. ${whole} has everything._`;
}
function largest(lo, hi, fits) {
  let best = lo - 1;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
function hardCut(text, marker, maxChars, whole) {
  const note = `

${cutNote(maxChars, ["the report itself was cut off here"], whole)}
`;
  const room = maxChars - note.length;
  if (room <= (marker?.length ?? 0)) return (marker ?? "").slice(0, maxChars);
  let cut = text.slice(0, room);
  const nl = cut.lastIndexOf("\n");
  if (nl > 0) cut = cut.slice(0, nl);
  return `${cut}${note}`;
}

// src/measure/types.ts
var MEASUREMENT_SCHEMA = "misnomer/measurement@1";
var MIN_PAIRS = 8;

// src/stats/bootstrap.ts
function resampledMedian(sorted, counts, rng) {
  const n = sorted.length;
  counts.fill(0);
  drawCounts(counts, rng);
  const lowRank = n - 1 >> 1;
  const highRank = n >> 1;
  let below = 0;
  let j = 0;
  while (below + counts[j] <= lowRank) below += counts[j++];
  const low = sorted[j];
  if (highRank === lowRank) return low;
  while (below + counts[j] <= highRank) below += counts[j++];
  return (low + sorted[j]) / 2;
}
function drawCounts(counts, rng) {
  const n = counts.length;
  if (n > 256) {
    for (let i2 = 0; i2 < n; i2++) counts[rng() * n | 0]++;
    return;
  }
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const bits = rng() * 4294967296;
    counts[(bits >>> 16) * n >>> 16]++;
    counts[(bits & 65535) * n >>> 16]++;
  }
  if (i < n) counts[rng() * n | 0]++;
}
function bootstrapInterval(statistic, resamples, confidence) {
  const draws = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) draws[r] = statistic();
  const tail = (1 - confidence) / 2 * 100;
  const low = selectPercentile(draws, tail, 0);
  const high = selectPercentile(draws, 100 - tail, Math.floor(percentileRank(resamples, tail)));
  return [low, high];
}
function selectPercentile(values, p, from) {
  const n = values.length;
  const h = percentileRank(n, p);
  const k = Math.floor(h);
  const atK = select(values, k, from, n - 1);
  if (h === k || k + 1 >= n) return atK;
  let next = values[k + 1];
  for (let i = k + 2; i < n; i++) if (values[i] < next) next = values[i];
  return atK + (h - k) * (next - atK);
}
function select(values, k, left, right) {
  while (right > left) {
    const mid = left + right >> 1;
    const pivot = medianOf3(values[left], values[mid], values[right]);
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i++] = values[j];
        values[j--] = t;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k];
}
function medianOf3(a, b, c) {
  return a < b ? b < c ? b : a < c ? c : a : a < c ? a : b < c ? c : b;
}

// src/stats/rng.ts
function seeded(seed) {
  let s = seed >>> 0;
  return () => {
    s = s + 1831565813 | 0;
    let t = Math.imul(s ^ s >>> 15, 1 | s);
    t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t;
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// src/stats/signed-rank.ts
function signedRankCdf(n) {
  const max = n * (n + 1) / 2;
  let p = new Float64Array(max + 1);
  p[0] = 1;
  for (let i = 1; i <= n; i++) {
    const next = new Float64Array(max + 1);
    for (let t = 0; t <= max; t++) next[t] = 0.5 * p[t] + (t >= i ? 0.5 * p[t - i] : 0);
    p = next;
  }
  for (let t = 1; t <= max; t++) p[t] += p[t - 1];
  return p;
}
function hodgesLehmann(values, confidence) {
  const n = values.length;
  if (n === 0) throw new RangeError("no values");
  const walsh = [];
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) walsh.push((values[i] + values[j]) / 2);
  walsh.sort((a, b) => a - b);
  const m5 = walsh.length;
  const estimate = m5 % 2 ? walsh[(m5 - 1) / 2] : (walsh[m5 / 2 - 1] + walsh[m5 / 2]) / 2;
  const cdf = signedRankCdf(n);
  const tail = (1 - confidence) / 2;
  let k = 0;
  while (k < m5 && cdf[k] <= tail * (1 + 1e-9)) k++;
  if (k === 0) return { estimate, interval: [-Infinity, Infinity] };
  return { estimate, interval: [walsh[k - 1], walsh[m5 - k]] };
}
function fewestFor(confidence) {
  return Math.max(1, Math.ceil(Math.log2(2 / (1 - confidence)) - 1e-9));
}

// src/compare/ab-util.ts
function decide(ratio, ci, threshold, direction, label) {
  const up = 1 + threshold;
  const down = 1 / up;
  const [lo, hi] = ci;
  const what = `${label}: ${ratioChange(ratio, ci)}`;
  const pct = `${round(threshold * 100)}%`;
  const flip = direction === "higher-is-better";
  if (lo > 1 && ratio >= up) {
    return {
      verdict: flip ? "better" : "worse",
      reason: `${what}; head is higher than base beyond the ${pct} threshold (the interval is entirely above 0%)`
    };
  }
  if (hi < 1 && ratio <= down) {
    return {
      verdict: flip ? "worse" : "better",
      reason: `${what}; head is lower than base beyond the ${pct} threshold (the interval is entirely below 0%)`
    };
  }
  if (lo >= down && hi <= up) {
    return {
      verdict: "unchanged",
      reason: `${what}; the whole interval is within \xB1${pct} (${ratioInterval([down, up])})`
    };
  }
  const why = lo > 1 || hi < 1 ? `the change is significant but the point estimate is within the ${pct} threshold` : `the interval spans both 0% and a ${pct} bound: too noisy to tell; more rounds may decide`;
  return { verdict: "inconclusive", reason: `${what}; ${why}` };
}
function round(x) {
  return Math.round(x * 100) / 100;
}

// src/compare/ab.ts
var DEFAULT_VERDICT_OPTIONS = {
  threshold: 0.05,
  confidence: 0.99,
  resamples: 1e4,
  seed: 1
};
var MIN_ROUNDS = 5;
function pairedVerdict(rounds, options) {
  checkOptions(options);
  const byPair = pairEstimates(rounds);
  if (byPair) return pairsVerdict(byPair, rounds.length, options);
  const d = logRatios(rounds);
  const n = d.length;
  if (n === 0) {
    const reason = `no rounds: at least ${MIN_ROUNDS} are needed for a verdict`;
    return { ratio: 1, ci: [0, Infinity], rounds: 0, verdict: "inconclusive", reason };
  }
  const ratio = Math.exp(percentile(d, 50));
  const ci = medianLogCi(d, options);
  if (n < MIN_ROUNDS) {
    const reason = `only ${n} round${n === 1 ? "" : "s"}: at least ${MIN_ROUNDS} are needed for a verdict`;
    return { ratio, ci, rounds: n, verdict: "inconclusive", reason };
  }
  const label = `${n} rounds, ${confidenceLevel(options.confidence)} CI`;
  return {
    ratio,
    ci,
    rounds: n,
    ...decide(ratio, ci, options.threshold, options.direction, label)
  };
}
function unpairedVerdict(a, b, options) {
  checkOptions(options);
  const sa = positiveSorted(a, "A");
  const sb = positiveSorted(b, "B");
  const samples = { a: sa.length, b: sb.length };
  if (sa.length === 0 || sb.length === 0) {
    const reason = `${sa.length} A and ${sb.length} B samples: both sides need samples`;
    return { ratio: 1, ci: [0, Infinity], samples, verdict: "inconclusive", reason };
  }
  const ratio = percentile(sb, 50) / percentile(sa, 50);
  const rng = seeded(options.seed);
  const countsA = new Int32Array(sa.length);
  const countsB = new Int32Array(sb.length);
  const ci = bootstrapInterval(
    () => resampledMedian(sb, countsB, rng) / resampledMedian(sa, countsA, rng),
    options.resamples,
    options.confidence
  );
  if (sa.length < MIN_ROUNDS || sb.length < MIN_ROUNDS) {
    const reason = `${sa.length} A and ${sb.length} B samples: at least ${MIN_ROUNDS} per side are needed for a verdict`;
    return { ratio, ci, samples, verdict: "inconclusive", reason };
  }
  const label = `unpaired, ${sa.length} vs ${sb.length} samples, ${confidenceLevel(options.confidence)} CI`;
  return { ratio, ci, samples, ...decide(ratio, ci, options.threshold, options.direction, label) };
}
function noiseFloor(rounds, options = {}) {
  const full = { ...DEFAULT_VERDICT_OPTIONS, direction: "lower-is-better", ...options };
  checkOptions(full);
  const byPair = pairEstimates(rounds);
  if (byPair) {
    if (byPair.length < MIN_PAIRS) {
      throw new RangeError(
        `an A/A calibration needs at least ${MIN_PAIRS} session pairs, got ${byPair.length}`
      );
    }
    const { ratio, ci: ci2 } = pairsInterval(byPair, full.confidence);
    return floorOf(ratio, ci2, rounds.length, byPair.length);
  }
  const d = logRatios(rounds);
  if (d.length < MIN_ROUNDS) {
    throw new RangeError(`an A/A calibration needs at least ${MIN_ROUNDS} rounds, got ${d.length}`);
  }
  const ci = medianLogCi(d, full);
  return floorOf(Math.exp(percentile(d, 50)), ci, d.length);
}
function floorOf(ratio, ci, rounds, pairs) {
  const spread = Math.max(ci[1] - 1, 1 / ci[0] - 1, 0);
  const halfWidth = Math.sqrt(ci[1] / ci[0]) - 1;
  return { spread, halfWidth, ratio, ci, rounds, ...pairs ? { pairs } : {} };
}
function pairEstimates(rounds) {
  const tagged = rounds.filter((r) => r.epoch !== void 0).length;
  if (tagged === 0) return void 0;
  if (tagged !== rounds.length) {
    throw new RangeError(`${rounds.length - tagged} of ${rounds.length} rounds carry no epoch`);
  }
  const d = logRatios(rounds, false);
  const groups = /* @__PURE__ */ new Map();
  rounds.forEach((r, i) => {
    const g = groups.get(r.epoch) ?? [];
    g.push(d[i]);
    groups.set(r.epoch, g);
  });
  if (groups.size < 2) return void 0;
  return [...groups.values()].map((g) => median(g));
}
function pairsVerdict(m5, rounds, options) {
  const { ratio, ci } = pairsInterval(m5, options.confidence);
  const pairs = m5.length;
  const level = confidenceLevel(options.confidence);
  const label = `${rounds} rounds in ${pairs} session pairs, ${level} CI`;
  if (pairs < MIN_PAIRS) {
    const reason = `only ${pairs} session pairs: at least ${MIN_PAIRS} are needed for a verdict`;
    return { ratio, ci, rounds, pairs, verdict: "inconclusive", reason };
  }
  if (!(ci[0] > 0 && Number.isFinite(ci[1]))) {
    const reason = `${pairs} session pairs are too few for a ${level} interval`;
    return { ratio, ci: [0, Infinity], rounds, pairs, verdict: "inconclusive", reason };
  }
  return {
    ratio,
    ci,
    rounds,
    pairs,
    ...decide(ratio, ci, options.threshold, options.direction, label)
  };
}
function pairsInterval(m5, confidence) {
  const { estimate, interval } = hodgesLehmann(m5, confidence);
  return { ratio: Math.exp(estimate), ci: [Math.exp(interval[0]), Math.exp(interval[1])] };
}
function logRatios(rounds, sort = true) {
  const d = new Float64Array(rounds.length);
  rounds.forEach(({ a, b }, i) => {
    if (!(a > 0 && b > 0 && Number.isFinite(a) && Number.isFinite(b))) {
      throw new RangeError(`round ${i}: a ${a} and b ${b} must be positive and finite`);
    }
    d[i] = Math.log(b / a);
  });
  return sort ? d.sort() : d;
}
function medianLogCi(d, options) {
  const rng = seeded(options.seed);
  const counts = new Int32Array(d.length);
  const [lo, hi] = bootstrapInterval(
    () => resampledMedian(d, counts, rng),
    options.resamples,
    options.confidence
  );
  return [Math.exp(lo), Math.exp(hi)];
}
function positiveSorted(values, side) {
  const sorted = sortedCopy(values);
  if (sorted.length > 0 && !(sorted[0] > 0)) {
    throw new RangeError(`side ${side}: every sample must be positive, got ${sorted[0]}`);
  }
  return sorted;
}
function checkOptions(o) {
  if (!(o.threshold > 0 && Number.isFinite(o.threshold))) {
    throw new UserError(`threshold must be a fraction above 0 (0.05 = 5%), got ${o.threshold}`);
  }
  if (!(o.confidence > 0 && o.confidence < 1)) {
    throw new UserError(`confidence must be between 0 and 1 (0.99 = 99%), got ${o.confidence}`);
  }
  if (!(Number.isInteger(o.resamples) && o.resamples >= 100)) {
    throw new UserError(`resamples must be an integer of at least 100, got ${o.resamples}`);
  }
  if (!Number.isInteger(o.seed)) throw new UserError(`seed must be an integer, got ${o.seed}`);
  if (o.direction !== "lower-is-better" && o.direction !== "higher-is-better") {
    throw new UserError(
      `direction must be 'lower-is-better' or 'higher-is-better', got ${String(o.direction)}`
    );
  }
}

// src/compare/bubble.ts
var OUTSIDE_KERNELS = "outsideKernels";
function outsideKernelsRow(a, b, rounds, options) {
  const base = a.opProfile?.outsideKernels;
  const head = b.opProfile?.outsideKernels;
  if (!base || !head) return null;
  const v = pairedVerdict(rounds ?? [], options);
  return {
    indicator: OUTSIDE_KERNELS,
    label: labelOf(OUTSIDE_KERNELS),
    unit: "ms",
    base: base.ms,
    head: head.ms,
    ratio: v.ratio,
    ci: v.ci,
    rounds: v.rounds,
    verdict: v.verdict,
    reason: `profiled rounds against the timed ones: ${v.reason}`,
    gating: false
  };
}
function outsideKernelsClause(m5) {
  const lat = m5.runtime.find((d) => d.indicator === "latency.p50");
  const out = m5.runtime.find((d) => d.indicator === OUTSIDE_KERNELS);
  const said = (d) => d !== void 0 && d.base !== null && d.head !== null && d.base > 0 && d.head > 0 && ["better", "worse", "unchanged"].includes(d.verdict);
  if (!said(lat) || !said(out)) return null;
  const dLat = lat.head - lat.base;
  const dOut = out.head - out.base;
  const shares = `${share(out.base / lat.base)} \u2192 ${share(out.head / lat.head)} of the latency`;
  return {
    text: `of the ${signedQuantity(dLat, "ms")} of ${labelOf("latency.p50")}, ${signedQuantity(dOut, "ms")} is ${labelOf(OUTSIDE_KERNELS)} (${shares})`,
    ours: true
  };
}

// src/compare/evidence.ts
var GRAPH_PARTS = ["nodes", "flops", "bytes", "activations"];
var RUN_PARTS = ["outside", "time", "achieved", "bound"];
var ALL_PARTS = [...GRAPH_PARTS, ...RUN_PARTS];
var MIN_SHARE_MOVE = 0.01;
var NO_SHIFT_EVIDENCE = "No op type's share of FLOPs, bytes or time moved by a point or more, and the node count is unchanged.";
function evidence(m5, focus) {
  return sentences(m5, focus) ?? sentences(m5, ALL_PARTS) ?? NO_SHIFT_EVIDENCE;
}
function sentences(m5, focus) {
  const out = [GRAPH_PARTS, RUN_PARTS].map((group) => focus.filter((p) => group.includes(p))).map((parts) => parts.map((p) => clause(m5, p)).filter((c) => c !== null)).filter((clauses) => clauses.length > 0).map((clauses) => {
    const [first] = clauses;
    const lead = first.ours ? first.text[0].toUpperCase() + first.text.slice(1) : first.text;
    return [lead, ...clauses.slice(1).map((c) => c.text)].join("; ") + ".";
  });
  return out.length ? out.join(" ") : null;
}
function clause(m5, part) {
  switch (part) {
    case "nodes":
      return nodes(m5);
    case "flops":
      return shareMove(m5.opTypes, "flopsShare", "FLOPs");
    case "bytes":
      return shareMove(m5.opTypes, "bytesShare", "bytes accessed");
    case "time":
      return timeMove(m5.opTypes);
    case "activations":
      return activations(m5);
    case "achieved":
      return achieved(m5);
    case "outside":
      return outsideKernelsClause(m5);
    case "bound": {
      const text = ridgeCrossing(m5);
      return text ? { text, ours: false } : null;
    }
  }
}
function nodes(m5) {
  const counted = m5.static.find((d) => d.indicator === "nodes")?.delta;
  const total = counted ?? sum(m5.opTypes, (s) => s.head?.count ?? 0) - sum(m5.opTypes, (s) => s.base?.count ?? 0);
  const top = topMove(m5.opTypes, (s) => (s.head?.count ?? 0) - (s.base?.count ?? 0), 1);
  if (total === 0 && !top) return null;
  const n = Math.abs(total);
  const head = total === 0 ? "same node count" : `${exact(n)} ${total > 0 ? "more" : "fewer"} node${n === 1 ? "" : "s"}`;
  return {
    text: top ? `${head} (${top.shift.opType} ${signedInteger(top.move)})` : head,
    ours: true
  };
}
function shareMove(shifts, key, what) {
  const top = topMove(shifts, (s) => (s.head?.[key] ?? 0) - (s.base?.[key] ?? 0), MIN_SHARE_MOVE);
  if (!top) return null;
  return { text: moved(top.shift, (side) => side[key], what), ours: false };
}
function timeMove(shifts) {
  const profiled = (pick) => shifts.some((s) => pick(s)?.timeShare !== void 0);
  if (!profiled((s) => s.base) || !profiled((s) => s.head)) return null;
  const top = topMove(
    shifts,
    (s) => (s.head?.timeShare ?? 0) - (s.base?.timeShare ?? 0),
    MIN_SHARE_MOVE
  );
  if (!top) return null;
  const { shift } = top;
  let text = moved(shift, (side) => side.timeShare ?? 0, "time");
  const now = shift.head?.achievedFlopsPerSecond;
  const was = shift.base?.achievedFlopsPerSecond;
  if (now) text += ` at ${flopsPerSecond(now)}${was ? ` (was ${flopsPerSecond(was)})` : ""}`;
  return { text, ours: false };
}
function activations(m5) {
  const d = m5.static.find((x) => x.indicator === "peakActivationBytes");
  if (!d || d.base === null || d.head === null || d.base === d.head) return null;
  return {
    text: `${labelOf("peakActivationBytes")} went from ${bytes(d.base)} to ${bytes(d.head)}`,
    ours: true
  };
}
function achieved(m5) {
  const d = m5.runtime.find((x) => x.indicator === "achievedFlopsPerSecond");
  if (!d || !d.base || !d.head) return null;
  return {
    text: `the whole model ran at ${flopsPerSecond(d.head)} (was ${flopsPerSecond(d.base)})`,
    ours: true
  };
}
function moved(shift, pick, what) {
  const { opType, base, head } = shift;
  if (!base && head) return `${opType} (new) takes ${share(pick(head))} of ${what}`;
  if (base && !head) return `${opType} (removed) took ${share(pick(base))} of ${what}`;
  return `${opType} went from ${share(pick(base))} to ${share(pick(head))} of ${what}`;
}
function topMove(shifts, move, min) {
  let best = null;
  for (const shift of shifts) {
    const d = move(shift);
    if (Math.abs(d) < min) continue;
    const better = !best || Math.abs(d) > Math.abs(best.move) || Math.abs(d) === Math.abs(best.move) && shift.opType < best.shift.opType;
    if (better) best = { shift, move: d };
  }
  return best;
}
var sum = (xs, f) => xs.reduce((acc, s) => acc + f(s), 0);
function flopsPerSecond(x) {
  return quantity(x, "FLOP/s");
}

// src/compare/contradictions.ts
var DEFAULT_CONTRADICTION_OPTIONS = {
  staticThreshold: 0.05,
  runtimeThreshold: DEFAULT_VERDICT_OPTIONS.threshold
};
var RUN_FOCUS = ["nodes", "flops", "outside", "time", "achieved", "bound"];
var RULES = [
  {
    id: "flops-down-latency-up",
    description: "FLOPs down by the static threshold or more, but slower: latency p50 worse, or throughput worse at any batch size (depthwise convolutions, fragmentation into many small ops).",
    fire: (v) => both(v.down("flops"), v.slower()),
    focus: RUN_FOCUS
  },
  {
    id: "flops-down-outside-kernels-up",
    description: "FLOPs down by the static threshold or more and latency p50 not better, with time outside kernels worse: fragmentation, the work split into more, smaller kernels whose launches and the time between them eat what the arithmetic saved. Not raised when latency p50 is worse (the first rule says it, with the time outside kernels in its evidence) or better (the saving showed).",
    fire: (v) => v.runtime("latency.p50", "better") || v.runtime("latency.p50", "worse") ? null : both(v.down("flops"), some(v.runtime("outsideKernels", "worse"))),
    focus: ["nodes", "outside", "time"]
  },
  {
    id: "flops-up-latency-down",
    description: "FLOPs up by the static threshold or more, but faster: latency p50 better, or throughput better at any batch size (fused blocks, EfficientNetV2's fused-MBConv).",
    fire: (v) => both(v.up("flops"), v.faster()),
    focus: RUN_FOCUS
  },
  {
    id: "params-down-cost-not-down",
    description: "params down by the static threshold or more, but at least one of: slower (as above); FLOPs up by the threshold or more; FLOPs unchanged (|relative| below the threshold, complete count); latency p50 verdict unchanged (weight sharing, as in ALBERT).",
    fire: (v) => both(v.down("params"), [
      ...v.slower(),
      ...some(v.up("flops")),
      ...some(v.flat("flops")),
      ...some(v.runtime("latency.p50", "unchanged"))
    ]),
    focus: ["flops", "nodes", "time", "achieved"]
  },
  {
    id: "params-up-flops-unchanged",
    description: "params up by the static threshold or more, FLOPs unchanged (|relative| below the threshold, complete count): mixture of experts, larger embeddings.",
    fire: (v) => both(v.up("params"), some(v.flat("flops"))),
    focus: ["flops", "nodes", "bytes"]
  },
  {
    id: "flops-down-bytes-up",
    description: "FLOPs down and bytes accessed up, each by the static threshold or more: a memory-bound rewrite (ShuffleNet V2 guidelines 1, 2, 4).",
    fire: (v) => both(v.down("flops"), some(v.up("bytesAccessed"))),
    focus: ["bytes", "nodes", "flops", "time", "achieved", "bound"]
  },
  {
    id: "weight-bytes-down-latency-up",
    description: "weight bytes down by the static threshold or more (quantization), but slower (as above): integer kernels the runner's CPU does not accelerate.",
    fire: (v) => both(v.down("weightBytes"), v.slower()),
    focus: ["time", "outside", "achieved", "nodes", "flops"]
  },
  {
    id: "params-down-memory-up",
    description: "params down by the static threshold or more, but peak memory up: peak RSS verdict worse, or peak activation bytes up by the threshold or more (larger activations).",
    fire: (v) => both(v.down("params"), [
      ...some(v.runtime("peakRss", "worse")),
      ...some(v.up("peakActivationBytes"))
    ]),
    focus: ["activations", "bytes", "nodes"]
  },
  {
    id: "latency-down-throughput-down",
    description: "latency p50 better, but throughput worse at some batch size: batching behaviour changed.",
    fire: (v) => both(v.runtime("latency.p50", "better"), v.throughput("worse")),
    focus: ["time", "achieved", "nodes"]
  },
  {
    id: "p50-down-p99-up",
    description: "latency p50 better, but the p99 ratio head/base at or above 1 + 2 \xD7 the runtime threshold (tails are reported, not tested): tail latency got worse.",
    fire: (v) => both(v.runtime("latency.p50", "better"), v.p99Up()),
    focus: ["time", "nodes", "achieved"]
  }
];
var contradictionRules = RULES.map(
  ({ id, description }) => ({ id, description })
);
function findContradictions(m5, options = {}) {
  if (m5.status !== "compared") return [];
  const v = new View(m5, { ...DEFAULT_CONTRADICTION_OPTIONS, ...options });
  const out = [];
  for (const rule of RULES) {
    const moves = rule.fire(v);
    if (!moves) continue;
    out.push({
      rule: rule.id,
      title: title(moves[0], moves[1]),
      evidence: evidence(m5, rule.focus),
      changes: moves.map(({ indicator, relative }) => ({ indicator, relative }))
    });
  }
  return out;
}
function title(a, b) {
  const right = b.flat ? `${b.name} unchanged${b.relative === 0 ? "" : ` (${percentChange(b.relative)})`}` : `${b.name} ${percentChange(b.relative)}`;
  return `${a.name} ${percentChange(a.relative)} but ${right}`;
}
var both = (lead, partners) => lead && partners.length ? [lead, ...partners] : null;
var some = (m5) => m5 ? [m5] : [];
function name(indicator) {
  return findIndicator(indicator) ? labelOf(indicator) : indicator;
}
var View = class {
  constructor(m5, o) {
    this.m = m5;
    this.o = o;
  }
  m;
  o;
  staticRelative(indicator) {
    const d = this.m.static.find((x) => x.indicator === indicator);
    return d && d.relative !== null && Number.isFinite(d.relative) ? d : null;
  }
  move(indicator, relative, flat = false) {
    return { indicator, name: name(indicator), relative, ...flat ? { flat } : {} };
  }
  up(indicator) {
    const d = this.staticRelative(indicator);
    return d && d.relative >= this.o.staticThreshold ? this.move(indicator, d.relative) : null;
  }
  down(indicator) {
    const d = this.staticRelative(indicator);
    return d && d.relative <= -this.o.staticThreshold ? this.move(indicator, d.relative) : null;
  }
  flat(indicator) {
    const d = this.staticRelative(indicator);
    return d && !d.incomplete && Math.abs(d.relative) < this.o.staticThreshold ? this.move(indicator, d.relative, true) : null;
  }
  runtime(indicator, verdict) {
    const d = this.m.runtime.find((x) => x.indicator === indicator);
    if (!d || d.verdict !== verdict || d.ratio === null) return null;
    return this.move(indicator, d.ratio - 1, verdict === "unchanged");
  }
  /** Throughput at every batch size with this verdict: the largest change first, then by batch. */
  throughput(verdict) {
    const batch = (i) => Number(i.slice("throughput.b".length));
    return this.m.runtime.filter((d) => /^throughput\.b\d+$/.test(d.indicator)).map((d) => this.runtime(d.indicator, verdict)).filter((x) => x !== null).sort(
      (a, b) => Math.abs(b.relative) - Math.abs(a.relative) || batch(a.indicator) - batch(b.indicator)
    );
  }
  slower() {
    return [...some(this.runtime("latency.p50", "worse")), ...this.throughput("worse")];
  }
  faster() {
    return [...some(this.runtime("latency.p50", "better")), ...this.throughput("better")];
  }
  /** The untested p99, by its ratio alone (see the file comment for why 2 × T). */
  p99Up() {
    const d = this.m.runtime.find((x) => x.indicator === "latency.p99");
    if (!d || d.ratio === null || d.verdict === "not-comparable") return [];
    return d.ratio >= 1 + 2 * this.o.runtimeThreshold ? [this.move("latency.p99", d.ratio - 1)] : [];
  }
};
function contradictionLines(list) {
  const groups = /* @__PURE__ */ new Map();
  const order = [];
  for (const [i, x] of list.entries()) {
    const at = x.title.indexOf(" but ");
    const key = at < 0 ? `\0${i}` : x.title.slice(at + " but ".length);
    let g = groups.get(key);
    if (!g) {
      g = { lefts: [], evidence: [], clauses: /* @__PURE__ */ new Set(), rules: [] };
      groups.set(key, g);
      order.push(key);
    }
    const left = at < 0 ? x.title : x.title.slice(0, at);
    if (!g.lefts.includes(left)) g.lefts.push(left);
    for (const sentence of sentencesOf(x.evidence)) {
      const all = clausesOf(sentence);
      const fresh = all.filter((c) => !g.clauses.has(c.toLowerCase()));
      for (const c of fresh) g.clauses.add(c.toLowerCase());
      if (fresh.length === all.length) g.evidence.push(sentence);
      else if (fresh.length > 0) g.evidence.push(asSentence(fresh));
    }
    g.rules.push(x.rule);
  }
  return order.map((key) => {
    const g = groups.get(key);
    const left = mergeLefts(g.lefts);
    return {
      title: key.startsWith("\0") ? left : `${left} but ${key}`,
      evidence: g.evidence.join(" "),
      rules: g.rules
    };
  });
}
function sentencesOf(text) {
  return text.split(/(?<=\.)\s+/).map((s) => s.trim()).filter((s) => s.length > 0);
}
function clausesOf(sentence) {
  return sentence.replace(/\.$/, "").split("; ").map((c) => c.trim()).filter((c) => c.length > 0);
}
function asSentence(clauses) {
  const text = clauses.join("; ");
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}
function mergeLefts(lefts) {
  if (lefts.length === 1) return lefts[0];
  const split2 = lefts.map((l) => {
    const space = l.lastIndexOf(" ");
    return space < 0 ? { name: l, change: "" } : { name: l.slice(0, space), change: l.slice(space + 1) };
  });
  const same = split2.every((s) => s.change !== "" && s.change === split2[0].change);
  return same ? `${listOf(split2.map((s) => s.name))} ${split2[0].change}` : listOf(lefts);
}
function listOf(items) {
  return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

// src/compare/headline.ts
function headline(c) {
  const parts = [];
  const contradictions = c.models.reduce(
    (n, m5) => n + contradictionLines(m5.contradictions).length,
    0
  );
  if (contradictions > 0) {
    parts.push(`\u26A0 ${contradictions} contradiction${contradictions === 1 ? "" : "s"}`);
  }
  const tripped = c.gates.filter((g) => g.tripped).length;
  if (tripped > 0) parts.push(`\u2717 ${tripped} gate${tripped === 1 ? "" : "s"} tripped`);
  const several = c.models.length > 1;
  for (const m5 of c.models) {
    const who = several ? `${m5.id}: ` : "";
    if (m5.status !== "compared") {
      parts.push(`${who}${m5.status}`);
      continue;
    }
    const changes = [];
    const lat = m5.runtime.find((d) => d.indicator === "latency.p50");
    if (lat?.ratio != null && lat.verdict !== "not-comparable") {
      changes.push(`${labelOf("latency.p50")} ${ratioChange(lat.ratio, lat.ci)} ${lat.verdict}`);
    }
    for (const key of ["flops", "params"]) {
      const d = m5.static.find((s) => s.indicator === key);
      if (d && d.relative !== null && d.relative !== 0) {
        changes.push(`${d.label} ${percentChange(d.relative)}`);
      }
    }
    if (changes.length > 0) parts.push(`${who}${changes.join(", ")}`);
  }
  if (parts.length === 0) return "\u2713 no change";
  return parts.join(" \xB7 ");
}

// src/report/history-markdown.ts
function headNames(label) {
  const pr = /^#(\d{1,9})$/.exec(label);
  return pr ? { name: "this PR", short: `PR ${pr[1]}` } : { name: "the head", short: "head" };
}
function historyBlocks(view, id, headLabel, withCharts) {
  const { name: name2, short } = headNames(headLabel);
  const summary = historySummary(view, id, name2);
  if (!summary) return [];
  const blocks = [`_${md(summary)}_`];
  if (!withCharts) return blocks;
  const drawn = historyCharts(view, id, short);
  const parts = [...drawn.charts];
  if (drawn.constant.length > 0)
    parts.push(`Unchanged over these points: ${drawn.constant.join(", ")}.`);
  if (parts.length === 0) return blocks;
  const n = drawn.points;
  const title2 = `History of the base branch: ${exact(n)} baseline${n === 1 ? "" : "s"}, then ${name2}`;
  blocks.push(`<details>
<summary>${title2}</summary>

${parts.join("\n\n")}

</details>`);
  return blocks;
}

// src/report/markdown.ts
var DEFAULT_METHOD = {
  threshold: 0.05,
  confidence: 0.99,
  resamples: 1e4,
  seed: 1
};
var CHART_OP_TYPES = 5;
var CHART_MIN_SHARE = 0.05;
var CAP = {
  id: 200,
  label: 200,
  opType: 100,
  headline: 500,
  title: 300,
  evidence: 2e3,
  note: 1e3
};
var VERDICT = {
  worse: "**\u2717 worse**",
  better: "\u2713 better",
  unchanged: "= unchanged",
  // Moved, but the indicator has no direction: shown without a judgement.
  changed: "\u2195 changed",
  inconclusive: "? inconclusive",
  "not-tested": "\xB7 not tested",
  "not-comparable": "\u2260 not comparable"
};
function verdictCell(verdict, incomplete = false) {
  const word = VERDICT[verdict] ?? mdInline(verdict, 40);
  return incomplete ? `${word} (incomplete)` : word;
}
var ONE_SIDED = { added: "+ new", removed: "\u2212 gone" };
function staticRow(d, status) {
  let change = "\u2014";
  if (d.delta === 0) change = "0";
  else if (d.delta !== null) {
    const abs = signedQuantity(d.delta, d.unit);
    change = d.relative === null ? abs : `${percentChange(d.relative)} (${abs})`;
  }
  const verdict = d.delta === null ? ONE_SIDED[status] ?? "\u2014" : verdictCell(d.verdict, d.incomplete);
  return [
    mdInline(d.label, CAP.label),
    quantity(d.base, d.unit),
    quantity(d.head, d.unit),
    change,
    verdict
  ];
}
function runtimeRow(d) {
  const change = d.ratio === null ? "\u2014" : ratioChange(d.ratio, d.ci);
  return [
    mdInline(d.label, CAP.label),
    quantity(d.base, d.unit),
    quantity(d.head, d.unit),
    change,
    verdictCell(d.verdict)
  ];
}
function latencyRounds(m5) {
  return m5.runtime.find((d) => d.indicator === "latency.p50")?.rounds ?? 0;
}
function roundsText(m5) {
  const lat = m5.runtime.find((d) => d.indicator === "latency.p50");
  const rounds = `${lat?.rounds ?? 0} rounds`;
  return lat?.pairs ? `${rounds} in ${lat.pairs} session pairs` : rounds;
}
function runtimeCaption(m5) {
  switch (m5.runtimeMode) {
    case "paired":
      return `paired A/B, ${roundsText(m5)}`;
    case "unpaired":
      return "two runs, same hardware, unpaired";
    case "not-comparable":
      return "hardware differs: for information only";
    default:
      return "not measured";
  }
}
function mainTable(m5) {
  const rows = [];
  const blank = ["", "", "", ""];
  if (m5.static.length > 0) {
    rows.push(["**static** \xB7 exact, from the graphs", ...blank]);
    rows.push(...m5.static.map((d) => staticRow(d, m5.status)));
  }
  if (m5.runtime.length > 0) {
    rows.push([`**runtime** \xB7 ${runtimeCaption(m5)}`, ...blank]);
    rows.push(...m5.runtime.map(runtimeRow));
  }
  if (rows.length === 0) return null;
  return markdownTable([["indicator", "base", "head", "change", "verdict"], ...rows], {
    align: ["l", "r", "r", "r", "l"]
  });
}
function commandsTable(commands) {
  if (!commands || commands.length === 0) return null;
  const rows = commands.map((d) => {
    const change = d.ratio === null ? "\u2014" : ratioChange(d.ratio, d.ci);
    return [
      mdInline(d.name, CAP.label),
      quantity(d.base, "ms"),
      quantity(d.head, "ms"),
      change,
      verdictCell(d.verdict),
      md(d.reason, CAP.note)
    ];
  });
  const table = markdownTable(
    [["timed command", "base", "head", "change", "verdict", "why"], ...rows],
    { align: ["l", "r", "r", "r", "l", "l"] }
  );
  return `**Timed commands** (median wall clock, base and head run alternately)

${table}`;
}
function scenarioLine(s) {
  const dims = Object.entries(s.dims).map(([k, v]) => `${mdInline(k, CAP.label)} ${exact(v)}`).join(", ");
  return `_Scenario **${mdInline(s.name, CAP.label)}**${dims ? `: ${dims}` : ""}._`;
}
function statusLine(m5) {
  const why = m5.reason ? `: ${mdInline(m5.reason, CAP.note)}` : "";
  switch (m5.status) {
    case "added":
      return `**Added** in head (no base to compare with)${why}.`;
    case "removed":
      return `**Removed** in head (only base figures)${why}.`;
    case "failed":
      return `**\u2717 Failed**${why || ": no reason given"}.`;
    default:
      return null;
  }
}
function gatesTable(gates, fold) {
  if (gates.length === 0) return null;
  const tripped = gates.filter((g) => g.tripped);
  const passed = gates.filter((g) => !g.tripped);
  const table = (list) => markdownTable(
    [
      ["gate", "model", "limit", "outcome", "reason"],
      ...list.map((g) => [
        mdInline(g.gate, CAP.label),
        mdInline(g.model, CAP.id),
        mdInline(g.limit, CAP.label),
        g.tripped ? "**\u2717 tripped**" : "\u2713 passed",
        mdInline(g.reason, CAP.note)
      ])
    ],
    { align: ["l", "l", "r", "l", "l"] }
  );
  const blocks = [];
  const passes = (summary) => fold ? details(summary, table(passed)) : `${summary} (cut for length).`;
  if (tripped.length > 0) {
    blocks.push(`**Gates: ${tripped.length} of ${gates.length} tripped**`, table(tripped));
    if (passed.length > 0) blocks.push(passes(`${passed.length} passed`));
  } else {
    blocks.push(passes(`Gates: ${gates.length} of ${gates.length} passed`));
  }
  return blocks.join("\n\n");
}
function contradictionList(m5, limit) {
  const lines = contradictionLines(m5.contradictions);
  if (lines.length === 0 || limit <= 0) return null;
  const shown = lines.slice(0, limit);
  const items = shown.map(
    (x) => `- **${mdInline(x.title, CAP.title)}**: ${mdInline(x.evidence, CAP.evidence) || "no evidence given"}`
  );
  const more = lines.length - shown.length;
  if (more > 0) items.push(`- \u2026 and ${more} more (cut for length; see the JSON comparison)`);
  const n = lines.length;
  return `**${n} contradiction${n === 1 ? "" : "s"}**

${items.join("\n")}`;
}
function details(summary, body) {
  return `<details>
<summary>${summary}</summary>

${body}

</details>`;
}
function opWeight(o) {
  const sides = [o.base, o.head].filter((s) => s !== null);
  return Math.max(0, ...sides.flatMap((s) => [s.flopsShare, s.timeShare ?? 0]));
}
function rankedOps(m5) {
  return [...m5.opTypes].sort(
    (a, b) => opWeight(b) - opWeight(a) || (a.opType < b.opType ? -1 : a.opType > b.opType ? 1 : 0)
  );
}
function hasTime(m5) {
  return m5.opTypes.some((o) => o.base?.timeShare !== void 0 || o.head?.timeShare !== void 0);
}
function arrow2(a, b) {
  return a === b ? a : `${a} \u2192 ${b}`;
}
function opTable(ops, timed) {
  const head = ["op type", "nodes", "share of FLOPs"];
  if (timed) head.push("share of time", "achieved FLOP/s");
  const rows = ops.map((o) => {
    const row = [
      mdInline(o.opType, CAP.opType),
      arrow2(o.base ? exact(o.base.count) : "\u2014", o.head ? exact(o.head.count) : "\u2014"),
      arrow2(share(o.base?.flopsShare), share(o.head?.flopsShare))
    ];
    if (timed) {
      const fps = (x) => quantity(x, "FLOP/s");
      row.push(
        arrow2(share(o.base?.timeShare), share(o.head?.timeShare)),
        arrow2(fps(o.base?.achievedFlopsPerSecond), fps(o.head?.achievedFlopsPerSecond))
      );
    }
    return row;
  });
  return markdownTable([head, ...rows], { align: ["l", "r", "r", "r", "r"] });
}
function chart(ops) {
  const timeShare = (o) => Math.max(o.base?.timeShare ?? 0, o.head?.timeShare ?? 0);
  const top = ops.filter((o) => timeShare(o) >= CHART_MIN_SHARE).slice(0, CHART_OP_TYPES);
  if (top.length < 2) return null;
  const side = (s) => s ? { timeShare: s.timeShare ?? 0, flopsShare: s.flopsShare } : null;
  return shareChart(top.map((o) => ({ label: o.opType, base: side(o.base), head: side(o.head) })));
}
function opDetails(m5, rows, withCharts) {
  if (m5.opTypes.length === 0 || rows === 0 && !withCharts) return null;
  const ops = rankedOps(m5);
  const timed = hasTime(m5);
  const parts = [];
  const drawn = withCharts && timed ? chart(ops) : null;
  if (drawn) parts.push(drawn);
  if (rows > 0) {
    parts.push(opTable(ops.slice(0, rows), timed));
    if (rows < ops.length) parts.push(`Top ${rows} of ${exact(ops.length)} op types shown.`);
  }
  if (parts.length === 0) return null;
  const what = timed ? "share of FLOPs and of time, achieved FLOP/s" : "share of FLOPs";
  const count = `${exact(ops.length)} op type${ops.length === 1 ? "" : "s"}`;
  return details(`Per op type: ${what} (${count})`, parts.join("\n\n"));
}
function reasonDetails(m5) {
  if (m5.runtime.length === 0) return null;
  const rows = m5.runtime.map((d) => [
    mdInline(d.label, CAP.label),
    verdictCell(d.verdict),
    d.pairs ? `${d.rounds} in ${d.pairs} pairs` : String(d.rounds),
    d.gating ? "yes" : "no",
    mdInline(d.reason, CAP.note)
  ]);
  const table = markdownTable([["indicator", "verdict", "rounds", "can gate", "why"], ...rows], {
    align: ["l", "l", "r", "l", "l"]
  });
  return details("Runtime verdicts: why", table);
}
function settingsDetails(c) {
  const s = c.settings;
  if (!s) return null;
  const t = (v) => mdInline(String(v), CAP.label);
  const time = (v) => typeof v === "number" ? ms(v) : t(v);
  const rows = [
    ["execution provider", t(s.provider)],
    ["threads", `${t(s.intraOpThreads)} intra-op, ${t(s.interOpThreads)} inter-op`],
    ["graph optimization", t(s.graphOptimizationLevel)],
    ["execution mode", t(s.executionMode)],
    ["time budget", time(s.budgetMs)],
    ["warm-up", `\u2265 ${t(s.warmupRuns)} runs and \u2265 ${time(s.warmupMs)}`],
    // Several models may each have their own batches: the rows above name theirs.
    ...c.models.length > 1 ? [["batches", "per model: each runtime row names its batch"]] : [
      ["latency batch", t(s.latencyBatch)],
      [
        "throughput batches",
        Array.isArray(s.batchSizes) && s.batchSizes.length ? t(s.batchSizes.join(", ")) : "\u2014"
      ]
    ],
    ["cold-start processes", t(s.coldStartRuns)],
    ["timeout per model process", time(s.timeoutMs)],
    ["input seed", t(s.seed)]
  ];
  return details("Settings", markdownTable([["setting", "value"], ...rows]));
}
function hardwareDetails(c) {
  const h = c.hardware;
  if (!h) return null;
  const lines = [
    md(h.description, CAP.note) || "no description",
    "",
    h.comparable ? "Base and head were measured on comparable hardware." : "**Not comparable**: runtime figures are shown for information and never gate."
  ];
  if (h.differences.length > 0) {
    lines.push("", ...h.differences.map((d) => `- ${md(d, CAP.note)}`));
  }
  if (c.roofline) lines.push("", rooflineSentence(c.roofline));
  return details("Hardware", lines.join("\n"));
}
function methodDetails(c, method) {
  const m5 = method ?? DEFAULT_METHOD;
  const pct = (x) => `${+(100 * x).toFixed(2)}%`;
  const rounds = Math.max(0, ...c.models.map(latencyRounds));
  const pairs = Math.max(
    0,
    ...c.models.map((x) => x.runtime.find((d) => d.indicator === "latency.p50")?.pairs ?? 0)
  );
  const modes = new Set(c.models.map((x) => x.runtimeMode));
  const text = [
    "Static indicators are exact counts from the two graphs: MACs are multiply-accumulates",
    '(what torchvision calls "GFLOPS"), FLOPs count 2 per floating-point MAC plus bias,',
    "elementwise, normalization, reduction, pooling and resize work; any difference is a change."
  ];
  if (modes.has("paired") && pairs > 0) {
    text.push(
      `Runtime: ${rounds} paired rounds on one machine, base and head interleaved run by run, in`,
      `${pairs} pairs of sessions created afresh (each pair runs at an offset of its own); per round`,
      "the median of each side, per pair the median of the rounds of ln(head/base), and the change",
      "is exp(their Hodges-Lehmann estimate) with its exact",
      `${pct(m5.confidence)} Wilcoxon signed-rank confidence interval over the pairs.`
    );
  } else if (modes.has("paired")) {
    text.push(
      `Runtime: ${rounds} paired rounds on one machine, base and head interleaved in random order;`,
      "per round the median of each side, the change is exp(median of ln(head/base)) with a",
      `${pct(m5.confidence)} bootstrap confidence interval (${exact(m5.resamples)} resamples, seed ${m5.seed}).`,
      "All on one pair of sessions (the budget had no room for 8 pairs): the interval does not",
      "cover the offset a pair of sessions can carry (about 1% on the benchmark machine)."
    );
  }
  if (modes.has("unpaired")) {
    text.push(
      "Results of two runs on matching hardware are compared unpaired (the ratio of the medians,",
      "each side resampled), with a wider threshold."
    );
  }
  if (modes.has("not-comparable")) {
    text.push("Runtime figures from differing hardware are shown for information and never gate.");
  }
  if (modes.has("paired") || modes.has("unpaired")) {
    text.push(
      `A change is worse or better when the interval excludes 1 and the estimate is beyond \xB1${pct(m5.threshold)};`,
      `unchanged when the whole interval lies within \xB1${pct(m5.threshold)}; otherwise inconclusive, which`,
      "never fails a build. Tail percentiles are shown, not tested; peak memory is decided on the",
      "range of its few pairs."
    );
  }
  const measured = [...modes].some((x) => x === "paired" || x === "unpaired");
  if (measured && !method) {
    text.push("(misnomer's default settings: the comparison did not record its settings.)");
  }
  return details("Method", text.join(" "));
}
function render(c, o, plan, cuts) {
  const blocks = [];
  if (o.marker) blocks.push(o.marker);
  blocks.push(`**${md(c.headline || headline(c), CAP.headline)}**`);
  const side = (s) => s.commit ? `${mdInline(s.label, CAP.label)} (${mdInline(s.commit.slice(0, 12), 12)})` : mdInline(s.label, CAP.label);
  blocks.push(
    `base ${side(c.base)} \u2192 head ${side(c.head)} \xB7 ${mdInline(c.tool.name, 40)} ${mdInline(c.tool.version, 40)}`
  );
  const notes = (c.notes ?? []).map((n) => `> ${md(n, CAP.note)}`);
  if (notes.length > 0) blocks.push(notes.join("\n>\n"));
  const gates = gatesTable(c.gates, plan.globalDetails);
  if (gates) blocks.push(gates);
  const several = c.models.length > 1;
  for (const m5 of c.models) {
    if (several) blocks.push(`### ${md(m5.id, CAP.id) || "(unnamed model)"}`);
    if (m5.scenario) blocks.push(scenarioLine(m5.scenario));
    const status = statusLine(m5);
    if (status) blocks.push(status);
    const list = contradictionList(m5, plan.contradictions);
    if (list) blocks.push(list);
    const table = mainTable(m5);
    if (table) blocks.push(table);
    if (m5.static.some((d) => d.incomplete)) {
      blocks.push("_incomplete: base or head could not count every op for this total._");
    }
    if (m5.notes.length > 0) blocks.push(m5.notes.map((n) => `> ${md(n, CAP.note)}`).join("\n>\n"));
    if (plan.modelDetails) {
      if (c.history) blocks.push(...historyBlocks(c.history, m5.id, c.head.label, plan.charts));
      const ops = opDetails(m5, Math.min(plan.opRows, m5.opTypes.length), plan.charts);
      if (ops) blocks.push(ops);
      const roof = rooflineDetails(
        rankedOps(m5),
        m5.ridgeFlopsPerByte,
        plan.opRows,
        (op) => mdInline(op, CAP.opType)
      );
      if (roof) blocks.push(details(roof.summary, roof.body));
      const reasons = reasonDetails(m5);
      if (reasons) blocks.push(reasons);
    }
  }
  const commands = commandsTable(c.commands);
  if (commands) blocks.push(commands);
  if (plan.globalDetails) {
    for (const d of [
      settingsDetails(c),
      hardwareDetails(c),
      methodDetails(c, o.method ?? c.method)
    ]) {
      if (d) blocks.push(d);
    }
  }
  if (cuts.length > 0) blocks.push(cutNote(o.maxChars, cuts, WHOLE));
  return `${blocks.join("\n\n")}
`;
}
var WHOLE = "The JSON comparison";
function renderMarkdown(c, options = {}) {
  const full = {
    opRows: Math.max(0, ...c.models.map((m5) => m5.opTypes.length)),
    charts: true,
    modelDetails: true,
    globalDetails: true,
    contradictions: Math.max(
      0,
      ...c.models.map((m5) => contradictionLines(m5.contradictions).length)
    )
  };
  return fitComparison(
    full,
    CHART_OP_TYPES,
    options,
    WHOLE,
    (plan, cuts) => render(c, options, plan, cuts)
  );
}

export {
  summarize,
  median,
  correctionOf,
  profileOf,
  outsideKernelsDetail,
  loadOrt,
  resolveOrt,
  fingerprint,
  speedComparable,
  fingerprintText,
  rooflineSentence,
  DEFAULT_MAX_CHARS,
  cutNote,
  largest,
  hardCut,
  seeded,
  fewestFor,
  decide,
  MEASUREMENT_SCHEMA,
  MIN_PAIRS,
  DEFAULT_VERDICT_OPTIONS,
  MIN_ROUNDS,
  pairedVerdict,
  unpairedVerdict,
  noiseFloor,
  outsideKernelsRow,
  findContradictions,
  contradictionLines,
  headline,
  CAP,
  scenarioLine,
  details,
  renderMarkdown
};
