import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  bytes,
  quantity,
  sig3
} from "./cli-chunk-QVUGMA3D.js";
import {
  clean
} from "./cli-chunk-ZFEJNILM.js";
import {
  UserError
} from "./cli-chunk-PHQWGHNS.js";
import {
  __require
} from "./cli-chunk-WF4NF5RW.js";

// builtin-require:node:fs for src/compare/checker.ts
var m = __require("node:fs");
var closeSync = m.closeSync;
var fstatSync = m.fstatSync;
var openSync = m.openSync;
var readSync = m.readSync;

// src/compare/checker.ts
var ArtifactError = class extends UserError {
  reason;
  constructor(message, reason) {
    super(message);
    this.reason = reason;
  }
};
var MAX_ARTIFACT_BYTES = 20 * 1024 * 1024;
var CHUNK = 1024 * 1024;
var LISTED = 3;
function readJson(path, name, what) {
  const text = readCapped(path, name, what);
  try {
    return JSON.parse(text);
  } catch (e) {
    const why = clean(e.message).slice(0, 200);
    throw new ArtifactError(
      `${path} is not valid JSON (${why}): the file is truncated or damaged.`,
      `${name} is not valid JSON: the file is truncated or damaged.`
    );
  }
}
function readCapped(path, name, what) {
  let fd;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    const why = e.code === "ENOENT" ? "no such file" : e.message;
    throw new UserError(`${path}: cannot read a misnomer ${what} (${why}).`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      throw new ArtifactError(
        `${path}: cannot read a misnomer ${what} (not a regular file).`,
        `${name} is not a regular file.`
      );
    }
    if (stat.size > MAX_ARTIFACT_BYTES) tooLarge(path, name, what, `is ${bytes(stat.size)}`);
    const chunks = [];
    let total = 0;
    for (; ; ) {
      const chunk = Buffer.alloc(CHUNK);
      const n = readSync(fd, chunk, 0, CHUNK, null);
      if (n === 0) break;
      total += n;
      if (total > MAX_ARTIFACT_BYTES)
        tooLarge(path, name, what, "grew too large while it was read");
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks).toString("utf8");
  } finally {
    closeSync(fd);
  }
}
function tooLarge(path, name, what, how) {
  const tail = `a misnomer ${what} may be at most ${bytes(MAX_ARTIFACT_BYTES)}, so it is refused unread.`;
  throw new ArtifactError(`${path} ${how}: ${tail}`, `${name} ${how}: ${tail}`);
}
function wrongSchema(where, name, schema, got) {
  const again = "It may come from another version of misnomer: produce it again with this one.";
  throw new ArtifactError(
    `${where} is not a ${schema} file (its schema is ${shown(got ?? null)}). ${again}`,
    `${name} is not a ${schema} file. ${again}`
  );
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isFiniteNumber = (v) => typeof v === "number" && Number.isFinite(v);
var join = (path, key) => path ? `${path}.${key}` : key;
var keyPath = (path, key) => /^[A-Za-z0-9_:-]{1,40}$/.test(key) ? join(path, key) : `${path}[?]`;
function describe(v) {
  if (v === void 0) return "missing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "string") return shown(v);
  if (typeof v === "number") return Number.isFinite(v) ? "a number" : String(v);
  if (typeof v === "boolean") return String(v);
  return typeof v === "object" ? "an object" : typeof v;
}
function shown(v) {
  const text = clean(JSON.stringify(v) ?? String(v));
  return text.length > 40 ? `${text.slice(0, 39)}\u2026` : text;
}
var Checker = class {
  /** With the offending values (cleaned, cut): for the log. */
  problems = [];
  /** The same without the values: for a comment. */
  reasons = [];
  count = 0;
  problem(path, expected, value) {
    this.count++;
    if (this.problems.length < LISTED) {
      this.problems.push(`${path} should be ${expected} (it is ${describe(value)})`);
      const kind = typeof value === "string" ? "a string outside that" : describe(value);
      this.reasons.push(`${path} should be ${expected} (it is ${kind})`);
    }
  }
  /** Throws the problems found, if any: `where` names the file in the log, `name` in a comment. */
  done(where, name, what) {
    if (this.count === 0) return;
    const more = this.count > LISTED ? `; and ${this.count - LISTED} more` : "";
    const tail = `The file was edited or damaged: produce it again with ${what}.`;
    throw new ArtifactError(
      `${where}: ${this.problems.join("; ")}${more}. ${tail}`,
      `${name}: ${this.reasons[0]}${this.count > 1 ? ` (and ${this.count - 1} more)` : ""}. ${tail}`
    );
  }
  object(v, path) {
    if (isObject(v)) return v;
    this.problem(path, "an object", v);
    return null;
  }
  /** o[key] as an object; absent is fine when optional, null when nullable. */
  child(o, key, path, optional = false, nullable = false) {
    const v = o[key];
    if (optional && v === void 0 || nullable && v === null) return null;
    if (isObject(v)) return v;
    this.problem(join(path, key), nullable ? "an object or null" : "an object", v);
    return null;
  }
  isString(v, path) {
    if (typeof v !== "string") this.problem(path, "a string", v);
  }
  string(o, key, path, optional = false) {
    if (optional && o[key] === void 0) return;
    this.isString(o[key], join(path, key));
  }
  /** A string of a grammar: `test` accepts it, `rule` says it in the message. */
  matching(o, key, path, test, rule) {
    const v = o[key];
    if (typeof v === "string" && test(v)) return;
    this.problem(join(path, key), rule, v);
  }
  number(o, key, path, how = {}) {
    const v = o[key];
    if (isFiniteNumber(v) || how.nullable && v === null || how.optional && v === void 0) {
      return;
    }
    this.problem(join(path, key), how.nullable ? "a number or null" : "a number", v);
  }
  boolean(o, key, path) {
    if (typeof o[key] !== "boolean") this.problem(join(path, key), "true or false", o[key]);
  }
  oneOf(o, key, path, allowed) {
    const v = o[key];
    if (typeof v === "string" && allowed.includes(v)) return;
    this.problem(join(path, key), `one of ${allowed.map((a) => `"${a}"`).join(", ")}`, v);
  }
  list(o, key, path, each) {
    const v = o[key];
    const at = join(path, key);
    if (!Array.isArray(v)) {
      this.problem(at, "a list", v);
      return;
    }
    v.forEach((item, i) => each(item, `${at}[${i}]`));
  }
};

// builtin-require:node:fs for src/measure/profile.ts
var m2 = __require("node:fs");
var readdirSync = m2.readdirSync;
var readFileSync = m2.readFileSync;
var rmSync = m2.rmSync;
var statSync = m2.statSync;

// builtin-require:node:path for src/measure/profile.ts
var m3 = __require("node:path");
var basename = m3.basename;
var dirname = m3.dirname;
var join2 = m3.join;

// src/measure/profile.ts
var KERNEL_SUFFIX = "_kernel_time";
function malformed(what) {
  return new Error(`ONNX Runtime profile file is malformed: ${what}`);
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function num(e, key, where) {
  const v = e[key];
  if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
    throw malformed(`${where} has no valid "${key}" (got ${JSON.stringify(v)})`);
  return v;
}
function collect(events) {
  if (!Array.isArray(events))
    throw malformed(`expected a JSON array of trace events, got ${describe2(events)}`);
  const kernels = [];
  const windows = [];
  events.forEach((e, i) => {
    if (!isRecord(e)) throw malformed(`event ${i} is ${describe2(e)}, not an object`);
    const name = e.name;
    const where = `event ${i} (${JSON.stringify(name)})`;
    if (e.cat === "Session" && name === "model_run") {
      const startUs = num(e, "ts", where);
      windows.push({ startUs, endUs: startUs + num(e, "dur", where) });
    } else if (e.cat === "Node" && typeof name === "string" && name.endsWith(KERNEL_SUFFIX)) {
      const args = e.args;
      const opType = isRecord(args) ? args.op_name : void 0;
      if (typeof opType !== "string" || opType === "")
        throw malformed(`${where} has no "args.op_name"`);
      const durUs = num(e, "dur", where);
      kernels.push({
        node: name.slice(0, -KERNEL_SUFFIX.length),
        opType,
        tid: String(e.tid ?? ""),
        startUs: num(e, "ts", where),
        durUs,
        selfUs: durUs
      });
    }
  });
  return { kernels, windows };
}
function describe2(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  return typeof v === "object" ? "an object" : `a ${typeof v}`;
}
function profiledKernels(kernels, windows, runs) {
  const sorted = [...windows].sort((a, b) => a.startUs - b.startUs);
  let kept;
  if (typeof runs === "number") {
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
function tooFewRuns(recorded, expected) {
  return malformed(
    `it records ${recorded} model runs but ${expected} were profiled (ONNX Runtime stops recording after 1,000,000 events: profile fewer runs)`
  );
}
function toSelfTime(kernels) {
  const byThread = /* @__PURE__ */ new Map();
  for (const k of kernels) byThread.set(k.tid, [...byThread.get(k.tid) ?? [], k]);
  for (const list of byThread.values()) {
    list.sort((a, b) => a.startUs - b.startUs || b.durUs - a.durUs);
    const open = [];
    for (const k of list) {
      const inside = (p) => k.startUs + k.durUs <= p.startUs + p.durUs;
      while (open.length && !inside(open[open.length - 1])) open.pop();
      const parent = open[open.length - 1];
      if (parent) parent.selfUs -= k.durUs;
      open.push(k);
    }
  }
}
function parseProfile(events, runs) {
  const count = typeof runs === "number" ? runs : runs.length;
  const indices = typeof runs === "number" ? [] : runs;
  if (!Number.isInteger(count) || count < 1 || !indices.every((i) => Number.isInteger(i) && i >= 0))
    throw new RangeError(`parseProfile: runs must be a positive integer or indices, got ${runs}`);
  const { kernels, windows } = collect(events);
  const kept = profiledKernels(kernels, windows, runs);
  toSelfTime(kept);
  const totalUs = kept.reduce((s, k) => s + k.selfUs, 0);
  const sums = /* @__PURE__ */ new Map();
  const byNode = {};
  for (const k of kept) {
    const t = sums.get(k.opType) ?? { us: 0, calls: 0 };
    t.us += k.selfUs;
    t.calls++;
    sums.set(k.opType, t);
    const n = byNode[k.node] ??= { opType: k.opType, ms: 0 };
    n.ms += k.selfUs / 1e3 / count;
  }
  const byOpType = {};
  for (const [op, t] of [...sums].sort((a, b) => b[1].us - a[1].us))
    byOpType[op] = {
      ms: t.us / 1e3 / count,
      share: totalUs > 0 ? t.us / totalUs : 0,
      calls: t.calls / count
    };
  return { runs: count, byOpType, byNode };
}
function staticByOpType(analysis) {
  const out = /* @__PURE__ */ new Map();
  for (const [key, c] of Object.entries(analysis.byOpType)) {
    const bare = key.slice(key.lastIndexOf("/") + 1);
    const s = out.get(bare) ?? { key, flops: 0, bytes: 0, count: 0 };
    s.flops += c.flops;
    s.bytes += c.bytesAccessed;
    s.count += c.count;
    out.set(bare, s);
  }
  return out;
}
function joinWithAnalysis(profile, analysis) {
  const statics = staticByOpType(analysis);
  let totalFlops = 0;
  let totalBytes = 0;
  for (const s of statics.values()) {
    totalFlops += s.flops;
    totalBytes += s.bytes;
  }
  const byOpType = {};
  const notes = [];
  for (const [op, t] of Object.entries(profile.byOpType)) {
    const s = statics.get(op);
    const joined = { ms: t.ms, share: t.share, calls: t.calls };
    if (s) {
      if (totalFlops > 0) joined.flopsShare = s.flops / totalFlops;
      if (totalBytes > 0) joined.bytesShare = s.bytes / totalBytes;
      if (s.flops > 0 && t.ms > 0) joined.achievedFlopsPerSecond = s.flops / (t.ms / 1e3);
    } else notes.push(createdNote(op));
    byOpType[op] = joined;
  }
  const timed = new Set(Object.keys(profile.byOpType));
  for (const [bare, s] of statics)
    if (s.count > 0 && !timed.has(bare)) notes.push(fusionNote(s.key, bare, timed));
  const names = analysis.nodes && new Set(analysis.nodes.map((n) => n.name));
  const byNode = names ? Object.fromEntries(Object.entries(profile.byNode).filter(([name]) => names.has(name))) : { ...profile.byNode };
  return { runs: profile.runs, byOpType, byNode, notes };
}
var CREATED = {
  ReorderInput: "inserted by ONNX Runtime (layout change)",
  ReorderOutput: "inserted by ONNX Runtime (layout change)",
  MemcpyToHost: "inserted by ONNX Runtime (copy between devices)",
  MemcpyFromHost: "inserted by ONNX Runtime (copy between devices)",
  FusedConv: "created by ONNX Runtime (Conv fused with its activation)",
  FusedGemm: "created by ONNX Runtime (Gemm fused with its activation)",
  FusedMatMul: "created by ONNX Runtime (MatMul fused with a Transpose or a scaling Mul)"
};
function createdNote(opType) {
  return `${opType}: ${CREATED[opType] ?? "created by ONNX Runtime's graph optimizations (fused from the model's ops)"}`;
}
var ACTIVATION_HOSTS = ["Conv", "FusedConv", "Gemm", "FusedGemm", "MatMul", "FusedMatMul"];
var NORM_HOSTS = ["LayerNormalization", "SkipLayerNormalization", "SimplifiedLayerNormalization"];
var GELU_HOSTS = ["Gelu", "BiasGelu", "FastGelu", "QuickGelu"];
var HOSTS = {
  ...Object.fromEntries(
    ["Relu", "Clip", "LeakyRelu", "Sigmoid", "HardSigmoid", "Tanh", "HardSwish"].map((op) => [
      op,
      ACTIVATION_HOSTS
    ])
  ),
  BatchNormalization: ["Conv", "FusedConv"],
  Add: ["Conv", "FusedConv", ...NORM_HOSTS, ...GELU_HOSTS, "Gemm", "FusedGemm"],
  Mul: ["FusedMatMul", "Conv", "FusedConv", ...GELU_HOSTS, ...NORM_HOSTS],
  Div: ["FusedMatMul", ...GELU_HOSTS, ...NORM_HOSTS],
  Sub: NORM_HOSTS,
  Pow: NORM_HOSTS,
  Sqrt: NORM_HOSTS,
  ReduceMean: NORM_HOSTS,
  Erf: GELU_HOSTS,
  Transpose: ["FusedMatMul", "MatMul", "Gemm"]
};
var FOLDED = /* @__PURE__ */ new Set(["Constant", "Identity", "Dropout", "Shape", "ConstantOfShape", "Range"]);
function fusionNote(key, bare, timed) {
  const host = HOSTS[bare]?.find((h) => timed.has(h));
  if (host) return `${key}: no kernel of its own; ONNX Runtime fused it (likely into ${host})`;
  if (FOLDED.has(bare))
    return `${key}: no kernel of its own; ONNX Runtime removed it or folded it into a constant`;
  return `${key}: no kernel time; ONNX Runtime fused, folded or removed it, or it never ran (an untaken If branch)`;
}
function profileFileOf(prefix) {
  const dir = dirname(prefix);
  const base = basename(prefix).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(
    `^${base}_\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2}(?:_\\d+)?\\.json$`
  );
  const files = readdirSync(dir).filter((f) => pattern.test(f)).map((f) => ({ path: join2(dir, f), mtimeMs: statSync(join2(dir, f)).mtimeMs })).sort((a, b) => b.mtimeMs - a.mtimeMs || b.path.localeCompare(a.path));
  if (files.length === 0)
    throw new Error(
      `no ONNX Runtime profile file "${prefix}_<timestamp>.json" in ${dir}: was the session created with enableProfiling and was endProfiling() called?`
    );
  return files[0].path;
}
function readProfileFile(prefix) {
  const path = profileFileOf(prefix);
  try {
    const text = readFileSync(path, "utf8");
    try {
      return JSON.parse(text);
    } catch (e) {
      throw malformed(`${path} is not JSON (${e.message})`);
    }
  } finally {
    rmSync(path, { force: true });
  }
}

// src/measure/roofline.ts
var ridgeOf = (r) => r.peakFlopsPerSecond / r.bandwidthBytesPerSecond;
function place(flops, bytes2, roofs, achievedFlopsPerSecond) {
  if (!(flops > 0) || !(bytes2 > 0)) return null;
  const flopsPerByte = flops / bytes2;
  const boundFlopsPerSecond = Math.min(
    roofs.peakFlopsPerSecond,
    flopsPerByte * roofs.bandwidthBytesPerSecond
  );
  return {
    flopsPerByte,
    bound: flopsPerByte < ridgeOf(roofs) ? "memory" : "compute",
    boundFlopsPerSecond,
    ...achievedFlopsPerSecond !== void 0 && achievedFlopsPerSecond > 0 ? { rooflineShare: achievedFlopsPerSecond / boundFlopsPerSecond } : {}
  };
}
function rooflineFrom(gemm, stream, intraOpThreads, wallMs) {
  const best = (ms, what) => {
    const positive = ms.filter((x) => Number.isFinite(x) && x > 0);
    if (positive.length === 0) throw new Error(`the roofline probe timed no ${what} kernel`);
    return Math.min(...positive) / 1e3;
  };
  const peakFlopsPerSecond = gemm.flops / best(gemm.kernelMs, "MatMul");
  const bandwidthBytesPerSecond = stream.bytes / best(stream.kernelMs, "Add");
  return {
    peakFlopsPerSecond,
    bandwidthBytesPerSecond,
    ridgeFlopsPerByte: peakFlopsPerSecond / bandwidthBytesPerSecond,
    intraOpThreads,
    gemm,
    stream,
    wallMs
  };
}
function placeProfile(profile, analysis, roofs) {
  const statics = staticByOpType(analysis);
  for (const [op, t] of Object.entries(profile.byOpType)) {
    const s = statics.get(op);
    const p = s && place(s.flops, s.bytes, roofs, t.achievedFlopsPerSecond);
    if (!p) continue;
    t.flopsPerByte = p.flopsPerByte;
    t.bound = p.bound;
    if (p.rooflineShare !== void 0) t.rooflineShare = p.rooflineShare;
  }
}

// src/compare/roofline.ts
function comparisonRoofline(base, head) {
  return head ?? base;
}
function placeShifts(shifts, base, head, roofs) {
  for (const s of shifts) {
    placeSide(s.base, base.byOpType[s.opType], roofs);
    placeSide(s.head, head.byOpType[s.opType], roofs);
  }
}
function placeSide(side, counts, roofs) {
  if (!side || !counts) return;
  const p = place(counts.flops, counts.bytesAccessed, roofs, side.achievedFlopsPerSecond);
  if (!p) return;
  side.flopsPerByte = p.flopsPerByte;
  side.bound = p.bound;
  if (p.rooflineShare !== void 0) side.rooflineShare = p.rooflineShare;
}
function ridgeCrossing(m4) {
  if (m4.ridgeFlopsPerByte === void 0) return null;
  const weight = (s) => Math.max(...[s.base, s.head].flatMap((x) => [x?.flopsShare ?? 0, x?.timeShare ?? 0]));
  const crossed = m4.opTypes.filter((s) => s.base?.bound && s.head?.bound && s.base.bound !== s.head.bound).sort((x, y) => weight(y) - weight(x) || (x.opType < y.opType ? -1 : 1));
  const top = crossed[0];
  if (!top) return null;
  const now = quantity(top.head.flopsPerByte, "FLOP/B");
  const was = sig3(top.base.flopsPerByte);
  return `${top.opType} became ${top.head.bound}-bound (${now}, was ${was}; ridge ${sig3(m4.ridgeFlopsPerByte)} on this runner)`;
}
var BOUNDS = ["memory", "compute"];
function checkPlacement(c, o, at) {
  c.number(o, "flopsPerByte", at, { optional: true });
  c.number(o, "rooflineShare", at, { optional: true });
  if (o.bound !== void 0) c.oneOf(o, "bound", at, BOUNDS);
}
function checkRoofline(c, root, at) {
  c.string(root, "rooflineError", at, true);
  const r = c.child(root, "roofline", at, true);
  if (!r) return;
  const p = join(at, "roofline");
  for (const k of ["peakFlopsPerSecond", "bandwidthBytesPerSecond", "ridgeFlopsPerByte"]) {
    if (!isFiniteNumber(r[k]) || r[k] <= 0) c.problem(join(p, k), "a positive number", r[k]);
  }
  for (const k of ["intraOpThreads", "wallMs"]) c.number(r, k, p);
  const gemm = c.child(r, "gemm", p);
  if (gemm) for (const k of ["m", "k", "n", "flops"]) c.number(gemm, k, join(p, "gemm"));
  const stream = c.child(r, "stream", p);
  if (stream) for (const k of ["elements", "bytes"]) c.number(stream, k, join(p, "stream"));
  for (const [k, o] of [
    ["gemm", gemm],
    ["stream", stream]
  ]) {
    if (o)
      c.list(o, "kernelMs", join(p, k), (x, q) => {
        if (!isFiniteNumber(x)) c.problem(q, "a number", x);
      });
  }
}

export {
  readJson,
  wrongSchema,
  isObject,
  isFiniteNumber,
  join,
  keyPath,
  Checker,
  collect,
  parseProfile,
  joinWithAnalysis,
  readProfileFile,
  rooflineFrom,
  placeProfile,
  comparisonRoofline,
  placeShifts,
  ridgeCrossing,
  checkPlacement,
  checkRoofline
};
