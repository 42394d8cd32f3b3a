import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});

// builtin-require:node:fs for src/measure/worker.ts
var m = __require("node:fs");
var readFileSync = m.readFileSync;

// builtin-require:node:path for src/measure/inputs.ts
var m2 = __require("node:path");
var resolve = m2.resolve;

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

// src/errors.ts
var UserError = class extends Error {
  name = "UserError";
};

// builtin-require:node:fs for src/measure/npy.ts
var m3 = __require("node:fs");
var existsSync = m3.existsSync;
var readFileSync2 = m3.readFileSync;

// src/measure/npy.ts
var KINDS = {
  f2: ["float16", 2, Uint16Array],
  f4: ["float32", 4, Float32Array],
  f8: ["float64", 8, Float64Array],
  i1: ["int8", 1, Int8Array],
  u1: ["uint8", 1, Uint8Array],
  i2: ["int16", 2, Int16Array],
  u2: ["uint16", 2, Uint16Array],
  i4: ["int32", 4, Int32Array],
  u4: ["uint32", 4, Uint32Array],
  i8: ["int64", 8, BigInt64Array],
  u8: ["uint64", 8, BigUint64Array],
  b1: ["bool", 1, Uint8Array]
};
var MAGIC = "\x93NUMPY";
function readNpy(path) {
  if (!existsSync(path)) throw new UserError(`${path}: no such file. Check the input file path.`);
  return parseNpy(readFileSync2(path), path);
}
function parseNpy(bytes, path) {
  const magic = String.fromCharCode(...bytes.subarray(0, 6));
  if (magic !== MAGIC) {
    throw new UserError(
      `${path} is not a .npy file (it does not start with "\\x93NUMPY"). Write it with numpy.save, or give a .json file.`
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const major = bytes[6];
  const lengthBytes = major === 1 ? 2 : 4;
  if (bytes.length < 8 + lengthBytes) throw truncated(path, "header");
  const headerLength = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const dataStart = 8 + lengthBytes + headerLength;
  if (bytes.length < dataStart) throw truncated(path, "header");
  const header = new TextDecoder().decode(bytes.subarray(8 + lengthBytes, dataStart));
  const { descr, fortran, shape } = parseHeader(header, path);
  if (fortran) {
    throw new UserError(
      `${path} stores its array in Fortran order, which misnomer does not read. Save a C-ordered copy: numpy.save(path, numpy.ascontiguousarray(a)).`
    );
  }
  const count = shape.reduce((a, b) => a * b, 1);
  const order = descr[0];
  const code = descr.slice(1);
  if (code.startsWith("U"))
    return strings(bytes, dataStart, count, Number(code.slice(1)), order, path, shape);
  const kind = KINDS[code];
  if (!kind || !"<>|=".includes(order)) {
    throw new UserError(
      `${path} holds dtype '${descr}', which misnomer cannot feed to ONNX Runtime. Use one of float16/32/64, int8/16/32/64, uint8/16/32/64, bool or str.`
    );
  }
  const [dtype, width, Ctor] = kind;
  const byteCount = count * width;
  if (bytes.length - dataStart < byteCount) throw truncated(path, `${byteCount} data bytes`);
  const buffer = new ArrayBuffer(byteCount);
  const out = new Uint8Array(buffer);
  out.set(bytes.subarray(dataStart, dataStart + byteCount));
  if (order === ">" && width > 1) {
    for (let i = 0; i < byteCount; i += width) out.subarray(i, i + width).reverse();
  }
  return { dtype, shape, data: new Ctor(buffer) };
}
function parseHeader(header, path) {
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(header)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr === void 0 || fortran === void 0 || shapeText === void 0) {
    throw new UserError(
      `${path}: the .npy header ${JSON.stringify(header.trim())} lacks 'descr', 'fortran_order' or 'shape'. The file is damaged; write it again with numpy.save.`
    );
  }
  const shape = shapeText.split(",").map((s) => s.trim()).filter((s) => s !== "").map(Number);
  if (shape.some((d) => !Number.isInteger(d) || d < 0)) {
    throw new UserError(`${path}: the .npy header has an invalid shape (${shapeText}).`);
  }
  return { descr, fortran: fortran === "True", shape };
}
function strings(bytes, start, count, width, order, path, shape) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length - start < count * width * 4)
    throw truncated(path, `${count * width * 4} data bytes`);
  const data = [];
  for (let i = 0; i < count; i++) {
    const points = [];
    for (let j = 0; j < width; j++) {
      const cp = view.getUint32(start + (i * width + j) * 4, order !== ">");
      if (cp === 0) break;
      points.push(cp);
    }
    data.push(String.fromCodePoint(...points));
  }
  return { dtype: "string", shape, data };
}
function truncated(path, what) {
  return new UserError(
    `${path} is truncated: it ends before its ${what}. Write the file again with numpy.save.`
  );
}
var INT_BOUNDS = {
  int8: [-128, 127],
  uint8: [0, 255],
  int16: [-32768, 32767],
  uint16: [0, 65535],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  uint64: [0, Number.MAX_SAFE_INTEGER],
  bool: [0, 1]
};
var FLOAT_TYPES = /* @__PURE__ */ new Set(["float16", "float32", "float64"]);
function ortArray(dtype, n, at) {
  if (dtype === "string") return Array.from({ length: n }, (_, i) => String(at(i)));
  if (dtype === "int64" || dtype === "uint64") {
    const a2 = dtype === "int64" ? new BigInt64Array(n) : new BigUint64Array(n);
    for (let i = 0; i < n; i++) a2[i] = BigInt(Math.trunc(Number(at(i))));
    return a2;
  }
  const Ctor = Object.values(KINDS).find(([name]) => name === dtype)?.[2];
  if (!Ctor) throw new Error(`ortArray: no typed array for ${dtype}`);
  const a = new Ctor(n);
  if (dtype === "float16") for (let i = 0; i < n; i++) a[i] = toHalf(Number(at(i)));
  else for (let i = 0; i < n; i++) a[i] = Number(at(i));
  return a;
}
var f32 = new Float32Array(1);
var u32 = new Uint32Array(f32.buffer);
function toHalf(v) {
  f32[0] = v;
  const x = u32[0];
  const sign = x >>> 16 & 32768;
  const exp = x >>> 23 & 255;
  const mant = x & 8388607;
  if (exp === 255) return sign | 31744 | (mant ? 512 : 0);
  const e = exp - 127 + 15;
  if (e >= 31) return sign | 31744;
  const full = e > 0 ? mant : mant | 8388608;
  const shift = e > 0 ? 13 : 14 - e;
  if (shift > 24) return sign;
  const kept = full >>> shift;
  const rest = full & (1 << shift) - 1;
  const halfway = 1 << shift - 1;
  const rounded = rest > halfway || rest === halfway && kept & 1 ? kept + 1 : kept;
  return sign | (e > 0 ? e << 10 : 0) + rounded;
}
function readInputFile(path, expected) {
  if (!existsSync(path)) {
    throw new UserError(
      `${path}: no such file (given as the values of input "${expected.name}"). Check the path.`
    );
  }
  const want = `${expected.dtype} [${expected.shape.join(", ")}]`;
  if (!path.toLowerCase().endsWith(".json")) {
    const found = readNpy(path);
    if (found.dtype !== expected.dtype || !sameShape(found.shape, expected.shape)) {
      throw new UserError(
        `${path}: input "${expected.name}" expects ${want}; the file holds ${found.dtype} [${found.shape.join(", ")}]. Save an array of that dtype and shape (numpy: a.astype('${expected.dtype === "string" ? "str" : expected.dtype}').reshape(${expected.shape.join(", ")})).`
      );
    }
    return found.data;
  }
  const { shape, flat } = readJson(path);
  if (!sameShape(shape, expected.shape)) {
    throw new UserError(
      `${path}: input "${expected.name}" expects ${want}; the file holds a JSON array of shape [${shape.join(", ")}]. Give a nested array of that shape, or {"dims": [...], "data": [...]}.`
    );
  }
  const bad = flat.findIndex((v) => !fits(expected.dtype, v));
  if (bad >= 0) {
    throw new UserError(
      `${path}: input "${expected.name}" expects ${want}; the file holds ${JSON.stringify(flat[bad])} at flat index ${bad}, which is not a valid ${expected.dtype} value.`
    );
  }
  return ortArray(expected.dtype, flat.length, (i) => {
    const v = flat[i];
    return typeof v === "boolean" ? Number(v) : v;
  });
}
function readJson(path) {
  let doc;
  try {
    doc = JSON.parse(readFileSync2(path, "utf8"));
  } catch (e) {
    throw new UserError(`${path} is not valid JSON (${e.message}).`);
  }
  if (doc !== null && typeof doc === "object" && !Array.isArray(doc)) {
    const { dims, data } = doc;
    if (!Array.isArray(dims) || !dims.every((d) => Number.isInteger(d) && d >= 0)) {
      throw new UserError(
        `${path}: a JSON object must be {"dims": [...], "data": [...]} with "dims" a list of non-negative integers; or give a nested array.`
      );
    }
    const flat = nested(data, path).flat;
    const count = dims.reduce((a, b) => a * b, 1);
    if (flat.length !== count) {
      throw new UserError(
        `${path}: "dims" [${dims.join(", ")}] needs ${count} values, but "data" has ${flat.length}.`
      );
    }
    return { shape: dims, flat };
  }
  return nested(doc, path);
}
function nested(v, path) {
  if (!Array.isArray(v)) return { shape: [], flat: [v] };
  const parts = v.map((x) => nested(x, path));
  const inner = parts[0]?.shape ?? [];
  for (const p of parts) {
    if (!sameShape(p.shape, inner)) {
      throw new UserError(
        `${path}: the nested array is ragged (elements of shape [${inner.join(", ")}] and [${p.shape.join(", ")}] side by side). Give a rectangular array.`
      );
    }
  }
  return { shape: [v.length, ...inner], flat: parts.flatMap((p) => p.flat) };
}
function fits(dtype, v) {
  if (dtype === "string") return typeof v === "string";
  if (dtype === "bool") return typeof v === "boolean" || v === 0 || v === 1;
  if (typeof v !== "number") return false;
  if (FLOAT_TYPES.has(dtype)) return true;
  const b = INT_BOUNDS[dtype];
  return !!b && Number.isInteger(v) && v >= b[0] && v <= b[1];
}
var sameShape = (a, b) => a.length === b.length && a.every((d, i) => d === b[i]);

// src/measure/inputs.ts
var FEEDABLE = /* @__PURE__ */ new Set([...FLOAT_TYPES, ...Object.keys(INT_BOUNDS), "string"]);
function makeTensors(specs, seed, ort2) {
  const feeds = {};
  for (const spec of specs) {
    feeds[spec.name] = new ort2.Tensor(
      spec.dtype,
      inputData(spec, seed),
      spec.shape
    );
  }
  return feeds;
}
function inputData(spec, seed) {
  const { fill, dtype, shape } = spec;
  if (fill.kind === "file") return readInputFile(fill.path, spec);
  const count = shape.reduce((a, b) => a * b, 1);
  if (fill.kind === "ones") return ortArray(dtype, count, () => 1);
  if (fill.kind === "values") return ortArray(dtype, count, (i) => fill.values[i]);
  if (fill.kind === "positions") {
    const s = shape[shape.length - 1];
    return ortArray(dtype, count, (i) => fill.start + i % s);
  }
  const rng = seeded(inputSeed(seed, spec.name));
  const { min, max } = fill;
  if (fill.kind === "uniform") return ortArray(dtype, count, () => min + (max - min) * rng());
  return ortArray(dtype, count, () => min + Math.floor(rng() * (max - min + 1)));
}
function inputSeed(seed, name) {
  let h = 2166136261;
  for (const ch of Buffer.from(name, "utf8")) h = Math.imul(h ^ ch, 16777619);
  return (h ^ Math.imul(seed >>> 0, 2654435761)) >>> 0;
}

// builtin-require:node:module for src/measure/ort.ts
var m4 = __require("node:module");
var createRequire = m4.createRequire;

// builtin-require:node:path for src/measure/ort.ts
var m5 = __require("node:path");
var join = m5.join;

// src/measure/ort.ts
var ORT_DIR_ENV = "MISNOMER_ONNXRUNTIME_DIR";
function ortRequire() {
  const dir = process.env[ORT_DIR_ENV];
  return createRequire(dir ? join(dir, "resolve-from.js") : import.meta.url);
}
function loadOrt() {
  return ortRequire()("onnxruntime-node");
}

// src/stats/summary.ts
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

// src/measure/session.ts
function sessionOptions(s) {
  return {
    executionProviders: [s.provider],
    intraOpNumThreads: s.intraOpThreads,
    interOpNumThreads: s.interOpThreads,
    graphOptimizationLevel: s.graphOptimizationLevel,
    executionMode: s.executionMode,
    ...s.profilePrefix ? { enableProfiling: true, profileFilePrefix: s.profilePrefix } : {}
  };
}
var nowMs = () => Number(process.hrtime.bigint()) / 1e6;
async function timeRuns(session, feeds, r) {
  const warmStart = nowMs();
  for (let i = 0; i < r.warmupRuns || nowMs() - warmStart < r.warmupMs; i++)
    await session.run(feeds);
  const samples = [];
  const start = nowMs();
  const maxRuns = r.runs ?? Infinity;
  const until = r.durationMs === void 0 ? Infinity : start + r.durationMs;
  while (samples.length < maxRuns && (samples.length === 0 || nowMs() < until)) {
    const t0 = nowMs();
    await session.run(feeds);
    samples.push(nowMs() - t0);
  }
  return samples;
}
var other = (s) => s === "a" ? "b" : "a";
async function alternate(duo, r) {
  const out = { a: [], b: [] };
  const time = async (s) => {
    const t0 = nowMs();
    await duo[s].session.run(duo[s].feeds);
    out[s].push(nowMs() - t0);
  };
  const until = nowMs() + r.durationMs;
  let lead = r.first;
  for (let cycle = 0; cycle < r.minCycles || nowMs() < until; cycle++) {
    const next = other(lead);
    await time(lead);
    await time(next);
    await time(next);
    await time(lead);
    lead = next;
  }
  return out;
}
var SETTLED = 0.02;
async function settle(duo, r) {
  const start = nowMs();
  let runs = 0;
  let previous;
  let first = "a";
  for (; ; ) {
    const w = await alternate(duo, { durationMs: 200, minCycles: 2, first });
    first = other(first);
    runs += w.a.length;
    const now = { a: median(w.a), b: median(w.b) };
    const ms = nowMs() - start;
    const still = previous !== void 0 && ["a", "b"].every((s) => Math.abs(Math.log(now[s] / previous[s])) < SETTLED);
    if (still && runs >= r.minRuns && ms >= r.minMs || ms >= r.maxMs) {
      return { runs, ms, stable: still, ...now };
    }
    previous = now;
  }
}

// src/measure/worker.ts
var ort = loadOrt();
async function serve() {
  const sessions = {};
  const loaded = {};
  const feeds = { a: {}, b: {} };
  const reply = (r) => process.send?.(r);
  const duo = () => {
    if (!sessions.a || !sessions.b) throw new Error("two models must be loaded to alternate");
    return {
      a: { session: sessions.a, feeds: feeds.a },
      b: { session: sessions.b, feeds: feeds.b }
    };
  };
  process.on("message", async (req) => {
    try {
      switch (req.type) {
        case "load": {
          const t0 = nowMs();
          const session = await ort.InferenceSession.create(req.path, sessionOptions(req.session));
          sessions[req.slot ?? "a"] = session;
          loaded[req.slot ?? "a"] = { path: req.path, session: req.session };
          reply({ type: "loaded", loadMs: nowMs() - t0, inputNames: [...session.inputNames] });
          break;
        }
        case "reload": {
          const t0 = nowMs();
          const order = req.first === "a" ? ["a", "b"] : ["b", "a"];
          for (const s of order) {
            if (!loaded[s]) throw new Error("two models must be loaded to reload them");
            await sessions[s]?.release();
            delete sessions[s];
          }
          for (const s of order) {
            const l = loaded[s];
            sessions[s] = await ort.InferenceSession.create(l.path, sessionOptions(l.session));
          }
          reply({ type: "reloaded", ms: nowMs() - t0 });
          break;
        }
        case "inputs":
          feeds[req.slot ?? "a"] = makeTensors(req.specs, req.seed, ort);
          reply({ type: "inputsReady" });
          break;
        case "run": {
          const session = sessions[req.slot ?? "a"];
          if (!session) throw new Error("no model loaded");
          reply({ type: "ran", samplesMs: await timeRuns(session, feeds[req.slot ?? "a"], req) });
          break;
        }
        case "alternate":
          reply({ type: "alternated", ...await alternate(duo(), req) });
          break;
        case "settle":
          reply({ type: "settled", ...await settle(duo(), req) });
          break;
        case "endProfiling":
          sessions.a?.endProfiling();
          reply({ type: "profiled" });
          break;
        case "exit":
          await Promise.all(Object.values(sessions).map((s) => s.release()));
          process.exit(0);
      }
    } catch (e) {
      reply({ type: "error", message: e.message ?? String(e) });
    }
  });
  process.on("disconnect", () => process.exit(0));
}
async function oneShot(mode, jobPath) {
  const job = JSON.parse(readFileSync(jobPath, "utf8"));
  const feeds = makeTensors(job.inputs, job.seed, ort);
  if (mode === "baseline") {
    return { maxRssBytes: process.resourceUsage().maxRSS * 1024 };
  }
  const t0 = nowMs();
  const session = await ort.InferenceSession.create(job.path, sessionOptions(job.session));
  const createMs = nowMs() - t0;
  const t1 = nowMs();
  await session.run(feeds);
  const firstRunMs = nowMs() - t1;
  if (mode === "memory") for (let i = 1; i < job.runs; i++) await session.run(feeds);
  return { createMs, firstRunMs, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
}
var args = process.argv.slice(2);
if (args[0] === "--one-shot") {
  oneShot(args[1], args[2]).then(
    (r) => process.stdout.write(JSON.stringify(r) + "\n"),
    (e) => {
      process.stdout.write(
        JSON.stringify({ maxRssBytes: 0, error: e.message }) + "\n"
      );
      process.exitCode = 3;
    }
  );
} else if (process.send) {
  void serve();
}
