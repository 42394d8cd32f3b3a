import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  Checker,
  checkPlacement,
  checkRoofline,
  isFiniteNumber,
  isObject,
  join,
  keyPath,
  readJson,
  wrongSchema
} from "./cli-chunk-ZCPTUKAO.js";
import {
  INDICATORS,
  THROUGHPUT_BATCH
} from "./cli-chunk-QVUGMA3D.js";
import {
  COUNTING_RULES_VERSION,
  TOOL_VERSION
} from "./cli-chunk-L6VXWUZG.js";
import {
  SCENARIO_NAME_RULE,
  isScenarioName
} from "./cli-chunk-SQU4EMMZ.js";
import {
  UserError
} from "./cli-chunk-PHQWGHNS.js";
import {
  __require
} from "./cli-chunk-WF4NF5RW.js";

// src/names.ts
var NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
var NAME_RULE = 'a name of letters, digits, ".", "_" and "-" that starts with a letter or digit (at most 64 characters)';
var isName = (s) => NAME.test(s) && s.length <= 64;

// src/suggest.ts
function suggest(key, known) {
  let best;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return bestDistance <= Math.max(2, Math.ceil(key.length / 3)) ? best : void 0;
}
function distance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, substitution);
    }
    previous = row;
  }
  return previous[b.length];
}

// src/compare/gate-parse.ts
var gateName = (g) => g.scenario ? `${g.scenario}.${g.key}` : g.key;
function parseScopedGate(key, limit, scenarios, where) {
  const dot = key.indexOf(".");
  const first = dot < 0 ? "" : key.slice(0, dot);
  if (!scenarios.has(first)) return parseGate(key, limit, where);
  const rest = key.slice(dot + 1);
  if (rest === "on-inconclusive") {
    throw new UserError(
      `${where ? `${where}: ` : ""}gate ${key}: on-inconclusive applies to every runtime gate; write it without a scenario.`
    );
  }
  return { ...parseGate(rest, limit, where), scenario: first };
}
var clashesWithGateKey = (name) => GATE_KEYS.some((k) => k === name || k.startsWith(`${name}.`));
var SPECS = Object.fromEntries(
  INDICATORS.flatMap(
    (r) => r.gate ? [
      [
        r.key,
        {
          quantity: r.quantity,
          direction: r.gate.limit,
          runtime: r.stage === "runtime",
          words: r.gate.words
        }
      ]
    ] : []
  )
);
var THROUGHPUT = SPECS.throughput;
var SWITCHES = ["fail-on-contradiction", "on-inconclusive"];
var BATCH_KEY = THROUGHPUT_BATCH;
var GATE_KEYS = [...Object.keys(SPECS), "throughput.b<N>", ...SWITCHES];
var isGateKey = (key) => Object.hasOwn(SPECS, key) || BATCH_KEY.test(key) && key.length <= 20 || SWITCHES.includes(key);
function parseGate(key, limit, where) {
  const at = where ? `${where}: ` : "";
  const written = String(limit);
  if (SWITCHES.includes(key)) {
    if (typeof limit !== "boolean") {
      throw new UserError(
        `${at}gate ${key}: ${show(limit)} is not a boolean; expected true or false.`
      );
    }
    return { kind: key, key, limit: written, enabled: limit };
  }
  const spec = specOf(key, at);
  const expected = expectation(spec);
  const bad = (what) => new UserError(`${at}gate ${key}: ${what}; expected ${expected}.`);
  if (typeof limit === "boolean") throw bad(`${show(limit)} is not a limit`);
  if (typeof limit === "number" && !Number.isFinite(limit)) {
    throw bad(`${show(limit)} is not a limit`);
  }
  const m2 = /^([+-])?\s*(\d+(?:\.\d*)?|\.\d+)\s*(.*)$/.exec(written.trim());
  if (!m2) throw bad(`${show(limit)} is not a limit`);
  const [, sign, digits, rawUnit] = m2;
  const unit = rawUnit.trim();
  let magnitude;
  let relative = false;
  if (unit === "%") {
    magnitude = Number(digits) / 100;
    relative = true;
  } else {
    const scale = unitScale(unit, spec);
    if (scale === "missing") {
      throw bad(`${show(limit)} has no unit, and ${key} is ${describe(spec)}`);
    }
    if (scale === null) {
      throw bad(
        `${show(limit)}: ${foreignUnit(unit)} is not a unit for ${key}, which is ${describe(spec)}`
      );
    }
    magnitude = Number(digits) * scale;
  }
  const worseSign = spec.direction === "lower-is-better" ? 1 : -1;
  const signed = sign === "-" ? -magnitude : sign === "+" ? magnitude : worseSign * magnitude;
  if (signed * worseSign < 0) {
    const [way, example] = spec.direction === "lower-is-better" ? ["increase for a lower-is-better indicator", `+${digits}${rawUnit}`] : ["drop for a higher-is-better indicator", `-${digits}${rawUnit}`];
    throw new UserError(
      `${at}gate ${key}: ${show(limit)} would trip unless ${key} improves; a limit is the largest allowed ${way}, e.g. ${example}.`
    );
  }
  return {
    kind: "indicator",
    key,
    limit: written,
    runtime: spec.runtime,
    quantity: spec.quantity,
    direction: spec.direction,
    relative,
    amount: signed === 0 ? 0 : signed
  };
}
function specOf(key, at) {
  if (Object.hasOwn(SPECS, key)) return SPECS[key];
  if (BATCH_KEY.test(key)) return THROUGHPUT;
  if (key.startsWith("throughput.")) {
    throw new UserError(
      `${at}unknown gate "${key}"; expected throughput (every batch size) or throughput.b<N> with N a batch size, e.g. throughput.b8.`
    );
  }
  const near = suggest(key, GATE_KEYS);
  throw new UserError(
    near ? `${at}unknown gate "${key}"; did you mean "${near}"?` : `${at}unknown gate "${key}"; expected one of: ${GATE_KEYS.join(", ")}.`
  );
}
var TIME_UNITS = { ms: 1, s: 1e3, \u00B5s: 1e-3, us: 1e-3 };
var SI_PREFIX = { k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12 };
var POWERS = { k: 1, m: 2, g: 3, t: 4 };
function unitScale(unit, spec) {
  if (spec.quantity === "time") {
    if (unit === "") return "missing";
    return TIME_UNITS[unit.toLowerCase()] ?? null;
  }
  if (spec.quantity === "bytes") {
    if (unit === "" || /^(b|bytes?)$/i.test(unit)) return 1;
    const m2 = /^([kmgt])(i?)b$/i.exec(unit);
    return m2 ? (m2[2] ? 1024 : 1e3) ** POWERS[m2[1].toLowerCase()] : null;
  }
  const isWord = (w) => w === "" || spec.words.some((x) => x.toLowerCase() === w);
  if (isWord(unit.toLowerCase())) return 1;
  const prefix = SI_PREFIX[unit[0]];
  if (prefix && isWord(unit.slice(1).trim().toLowerCase())) return prefix;
  return null;
}
function foreignUnit(unit) {
  const rest = unit.slice(1).trim();
  const known = Object.values(SPECS).some(
    (s) => s.words.some((w) => w.toLowerCase() === rest.toLowerCase())
  );
  return SI_PREFIX[unit[0]] && rest && known ? rest : unit;
}
function describe(spec) {
  switch (spec.quantity) {
    case "time":
      return "a time";
    case "bytes":
      return "a size in bytes";
    case "ratio":
      return "a ratio in FLOP/B";
    case "rate":
      return "a rate in examples/s";
    case "count":
      return `a count of ${spec.words[0]}`;
  }
}
function expectation(spec) {
  const rel = spec.direction === "lower-is-better" ? "+5%" : "-5%";
  const lead = `a relative limit like ${rel} or`;
  switch (spec.quantity) {
    case "time":
      return `${lead} a time like +2ms (ms, s or \xB5s)`;
    case "bytes":
      return `${lead} a size like +512MB or +1GiB (B, kB, MB, GB, TB, KiB, MiB, GiB, TiB)`;
    case "ratio":
      return `${lead} a number like -0.5 (FLOP/B)`;
    case "rate":
      return `${lead} a rate like -100 or -1.5k examples/s`;
    case "count":
      return `${lead} a count like +200k or +1.5M ${spec.words[0]}`;
  }
}
function show(value) {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

// src/compare/grammar.ts
function isUnitId(id) {
  const slash = id.indexOf("/");
  if (slash < 0) return isName(id);
  return isName(id.slice(0, slash)) && isScenarioName(id.slice(slash + 1));
}
var UNIT_ID_RULE = `a model id (${NAME_RULE}), or model/scenario where scenario is ${SCENARIO_NAME_RULE}`;
function isGateName(name) {
  if (isGateKey(name)) return true;
  const dot = name.indexOf(".");
  if (dot < 0) return false;
  const rest = name.slice(dot + 1);
  return isScenarioName(name.slice(0, dot)) && rest !== "on-inconclusive" && isGateKey(rest);
}
var GATE_NAME_RULE = "a known gate key such as params, latency.p50 or throughput.b8, optionally after a scenario name and a dot (decode.latency.p50)";

// builtin-require:node:crypto for src/measure/hardware-key.ts
var m = __require("node:crypto");
var createHash = m.createHash;

// src/measure/hardware-key.ts
var HARDWARE_KEY = /^[0-9a-f]{16}$/;
function hardwareKey(fp, s) {
  const hard = [
    fp.cpu.model,
    fp.cpu.vendor,
    [...fp.cpu.flags].sort(),
    fp.cpu.logicalCores,
    fp.cpu.physicalCores,
    fp.onnxruntime,
    s.provider,
    s.intraOpThreads,
    s.interOpThreads,
    s.executionMode,
    s.graphOptimizationLevel
  ];
  return createHash("sha256").update(JSON.stringify(hard)).digest("hex").slice(0, 16);
}

// src/compare/history.ts
var HISTORY_SCHEMA = "misnomer/history@1";
var HISTORY_CAP = 500;
var HISTORY_WINDOW = 20;
var HISTORY_TOTALS = [
  "params",
  "macs",
  "flops",
  "weightBytes",
  "bytesAccessed",
  "peakActivationBytes",
  "modelFileBytes",
  "nodes"
];
function pointOf(result) {
  const units = result.models.map((m2) => {
    const incomplete = new Set(m2.analysis.incompleteTotals ?? []);
    const totals = {};
    for (const k of HISTORY_TOTALS) {
      const v = m2.analysis.totals[k];
      if (isFiniteNumber(v) && !incomplete.has(k)) totals[k] = v;
    }
    const lat = m2.measurement?.status === "ok" ? m2.measurement.latency : void 0;
    const p50 = lat?.summary?.count ? lat.summary.p50 : void 0;
    return {
      id: m2.id,
      totals,
      ...lat && isFiniteNumber(p50) ? { latency: { p50Ms: p50, batch: lat.batch } } : {}
    };
  });
  const measured = result.fingerprint && result.settings;
  return {
    ...result.commit ? { commit: result.commit } : {},
    date: result.createdAt,
    ...measured ? { hardware: hardwareKey(result.fingerprint, result.settings) } : {},
    units
  };
}
function pointsOf(result) {
  return result.history ? result.history.points : [pointOf(result)];
}
function appendPoint(previous, point, cap = HISTORY_CAP) {
  const kept = previous.filter((p) => !point.commit || p.commit !== point.commit);
  const points = [...kept, point].slice(-cap);
  return { schema: HISTORY_SCHEMA, points };
}
function historyView(baseline, head, window = HISTORY_WINDOW) {
  return { baseline: baseline.slice(-window), head: pointOf(head) };
}
function mergePoints(results) {
  const byCommit = /* @__PURE__ */ new Map();
  const loose = [];
  for (const r of results) {
    for (const p of pointsOf(r)) {
      if (!p.commit) {
        loose.push(p);
        continue;
      }
      const had = byCommit.get(p.commit);
      if (!had || had.date < p.date) byCommit.set(p.commit, p);
    }
  }
  return [...byCommit.values(), ...loose].sort(
    (a, b) => a.date < b.date ? -1 : a.date > b.date ? 1 : 0
  );
}
var COMMIT = /^[0-9a-f]{7,64}$/;
var COMMIT_RULE = "a commit in hex (7 to 64 digits 0-9a-f)";
var DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
var DATE_RULE = "a date such as 2026-01-31T12:00:00.000Z";
var HARDWARE_RULE = "a hardware key (16 digits 0-9a-f)";
var MAX_UNITS = 1e3;
var test = (re) => (s) => re.test(s);
function checkPoint(c, value, at) {
  const p = c.object(value, at);
  if (!p) return;
  if (p.commit !== void 0) c.matching(p, "commit", at, test(COMMIT), COMMIT_RULE);
  c.matching(p, "date", at, test(DATE), DATE_RULE);
  if (p.hardware !== void 0) c.matching(p, "hardware", at, test(HARDWARE_KEY), HARDWARE_RULE);
  if (Array.isArray(p.units) && p.units.length > MAX_UNITS) {
    c.problem(join(at, "units"), `a list of at most ${MAX_UNITS} units`, "a longer list");
    return;
  }
  c.list(p, "units", at, (u, q) => checkUnit(c, u, q));
}
function checkUnit(c, value, at) {
  const u = c.object(value, at);
  if (!u) return;
  c.matching(u, "id", at, isUnitId, UNIT_ID_RULE);
  const totals = c.child(u, "totals", at);
  for (const [k, v] of Object.entries(totals ?? {})) {
    const known = HISTORY_TOTALS.includes(k);
    if (!known) c.problem(`${join(at, "totals")}[?]`, `one of ${HISTORY_TOTALS.join(", ")}`, k);
    else if (!isFiniteNumber(v) || v < 0) c.problem(join(join(at, "totals"), k), "a number \u2265 0", v);
  }
  const lat = c.child(u, "latency", at, true);
  if (lat) {
    const p = join(at, "latency");
    for (const k of ["p50Ms", "batch"]) {
      if (!isFiniteNumber(lat[k]) || lat[k] <= 0)
        c.problem(join(p, k), "a number > 0", lat[k]);
    }
  }
}
function checkPoints(c, o, key, at, max) {
  const v = o[key];
  if (Array.isArray(v) && v.length > max) {
    c.problem(join(at, key), `a list of at most ${max} points`, "a longer list");
    return;
  }
  c.list(o, key, at, (p, q) => checkPoint(c, p, q));
}
function checkHistory(c, root, at) {
  const h = c.child(root, "history", at, true);
  if (!h) return;
  const p = join(at, "history");
  if (h.schema !== HISTORY_SCHEMA) c.oneOf(h, "schema", p, [HISTORY_SCHEMA]);
  checkPoints(c, h, "points", p, HISTORY_CAP);
}
function checkHistoryView(c, root, at) {
  const h = c.child(root, "history", at, true);
  if (!h) return;
  const p = join(at, "history");
  checkPoints(c, h, "baseline", p, HISTORY_CAP);
  checkPoint(c, h.head, join(p, "head"));
}

// src/compare/result.ts
var RESULT_SCHEMA = "misnomer/result@1";
function readResult(path, options = {}) {
  const name = options.name ?? "result.json";
  return parseResult(readJson(path, name, "result"), path, { ...options, name });
}
function parseResult(data, where, options = {}) {
  const name = options.name ?? where;
  const schema = isObject(data) ? data.schema : void 0;
  if (schema !== RESULT_SCHEMA) wrongSchema(where, name, RESULT_SCHEMA, schema);
  const c = new Checker();
  checkResult(c, data, options.untrusted ?? false);
  c.done(where, name, "misnomer");
  return data;
}
var MODEL_STATUSES = ["ok", "load-failed", "crashed", "timed-out", "failed"];
var SUMMARY_NUMBERS = ["count", "mean", "std", "min", "max", "p50", "p90", "p99", "cv"];
function checkResult(c, root, untrusted) {
  const tool = c.child(root, "tool", "");
  if (tool) c.string(tool, "version", "tool");
  c.string(root, "commit", "", true);
  const s = c.child(root, "settings", "", true);
  if (s) {
    c.string(s, "provider", "settings");
    for (const k of SETTINGS_NUMBERS) c.number(s, k, "settings");
    for (const k of ["graphOptimizationLevel", "executionMode"]) c.string(s, k, "settings");
  }
  c.child(root, "fingerprint", "", true);
  checkRoofline(c, root, "");
  checkHistory(c, root, "");
  c.list(root, "models", "", (v, at) => {
    const m2 = c.object(v, at);
    if (!m2) return;
    if (untrusted) c.matching(m2, "id", at, isUnitId, UNIT_ID_RULE);
    else c.string(m2, "id", at);
    checkAnalysis(c, m2, at, untrusted);
    const meas = c.child(m2, "measurement", at, true);
    if (meas) checkMeasurement(c, meas, join(at, "measurement"));
  });
}
function checkAnalysis(c, m2, at, untrusted) {
  const a = c.child(m2, "analysis", at);
  if (!a) return;
  const p = join(at, "analysis");
  const totals = c.child(a, "totals", p);
  if (totals) {
    for (const k of TOTALS_NUMBERS) c.number(totals, k, join(p, "totals"), { optional: true });
  }
  const dims = c.child(a, "dims", p, true);
  for (const [k, v] of Object.entries(dims ?? {})) {
    if (!isFiniteNumber(v)) c.problem(keyPath(join(p, "dims"), k), "a number", v);
  }
  if (untrusted && a.scenario !== void 0) {
    c.matching(a, "scenario", p, isScenarioName, SCENARIO_NAME_RULE);
  } else c.string(a, "scenario", p, true);
  const ops = c.child(a, "byOpType", p, true);
  for (const [op, v] of Object.entries(ops ?? {})) {
    const o = c.object(v, keyPath(join(p, "byOpType"), op));
    if (o)
      for (const k of OP_NUMBERS)
        c.number(o, k, keyPath(join(p, "byOpType"), op), { optional: true });
  }
  if (a.uncounted !== void 0) {
    c.list(a, "uncounted", p, (u, q) => {
      const o = c.object(u, q);
      if (!o) return;
      c.string(o, "opType", q);
      c.number(o, "count", q);
    });
  }
  if (a.incompleteTotals !== void 0)
    c.list(a, "incompleteTotals", p, (x, q) => c.isString(x, q));
}
function checkMeasurement(c, m2, at) {
  c.oneOf(m2, "status", at, MODEL_STATUSES);
  c.string(m2, "error", at, true);
  for (const k of ["latency", "coldStart", "firstRun"]) {
    const s = c.child(m2, k, at, true);
    if (s) checkSamples(c, s, join(at, k));
  }
  const latency = isObject(m2.latency) ? m2.latency : void 0;
  if (latency) c.number(latency, "batch", join(at, "latency"));
  if (m2.throughput !== void 0) {
    c.list(m2, "throughput", at, (t, p) => {
      const o = c.object(t, p);
      if (!o) return;
      c.number(o, "batch", p);
      c.number(o, "examplesPerSecond", p);
      c.number(o, "tokensPerSecond", p, { optional: true });
      const s = c.child(o, "latency", p);
      if (s) checkSamples(c, s, join(p, "latency"));
    });
  }
  const rss = c.child(m2, "peakRss", at, true);
  if (rss) c.number(rss, "bytes", join(at, "peakRss"));
  c.number(m2, "achievedFlopsPerSecond", at, { optional: true });
  const profile = c.child(m2, "opProfile", at, true);
  if (profile) checkOutsideKernels(c, profile, join(at, "opProfile"));
  const byOp = profile ? c.child(profile, "byOpType", join(at, "opProfile")) : null;
  for (const [op, v] of Object.entries(byOp ?? {})) {
    const p = keyPath(join(at, "opProfile.byOpType"), op);
    const o = c.object(v, p);
    if (!o) continue;
    for (const k of ["ms", "share", "calls"]) c.number(o, k, p);
    for (const k of ["flopsShare", "bytesShare", "achievedFlopsPerSecond"]) {
      c.number(o, k, p, { optional: true });
    }
    checkPlacement(c, o, p);
  }
}
function checkOutsideKernels(c, profile, at) {
  const o = c.child(profile, "outsideKernels", at, true);
  if (!o) return;
  const p = join(at, "outsideKernels");
  for (const k of OUTSIDE_KERNELS_NUMBERS) c.number(o, k, p);
  for (const k of ["idleThreadShare", "threads"]) c.number(o, k, p, { optional: true });
  c.list(o, "shareSamples", p, (x, q) => {
    if (!isFiniteNumber(x)) c.problem(q, "a number", x);
  });
}
var OUTSIDE_KERNELS_NUMBERS = [
  "ms",
  "share",
  "latencyMs",
  "profiledRunMs",
  "profiledKernelMs",
  "profiledOutsideMs",
  "launches"
];
function checkSamples(c, s, at) {
  c.list(s, "samplesMs", at, (x, p) => {
    if (!isFiniteNumber(x)) c.problem(p, "a number", x);
  });
  const summary = c.child(s, "summary", at, true);
  if (summary) {
    for (const k of SUMMARY_NUMBERS) c.number(summary, k, join(at, "summary"), { optional: true });
  }
}
var SETTINGS_NUMBERS = [
  "intraOpThreads",
  "interOpThreads",
  "budgetMs",
  "warmupRuns",
  "warmupMs",
  "latencyBatch",
  "coldStartRuns",
  "timeoutMs",
  "seed"
];
var TOTALS_NUMBERS = [
  "params",
  "paramsPerUse",
  "embeddingParams",
  "nonEmbeddingParams",
  "weightBytes",
  "macs",
  "flops",
  "transcendentals",
  "intOps",
  "bytesAccessed",
  "peakActivationBytes",
  "modelFileBytes",
  "nodes"
];
var OP_NUMBERS = ["count", "macs", "flops", "transcendentals", "intOps", "bytesAccessed"];
function makeResult(analyses, measurement, commit) {
  return {
    schema: RESULT_SCHEMA,
    tool: { name: "misnomer", version: TOOL_VERSION, countingRules: COUNTING_RULES_VERSION },
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    ...commit ? { commit } : {},
    ...measurement ? { settings: measurement.settings, fingerprint: measurement.fingerprint } : {},
    ...measurement?.roofline ? { roofline: measurement.roofline } : {},
    ...measurement?.rooflineError ? { rooflineError: measurement.rooflineError } : {},
    models: analyses.map(({ id, analysis }) => {
      const m2 = measurement?.models.find((x) => x.id === id);
      return { id, analysis, ...m2 ? { measurement: m2 } : {} };
    })
  };
}

export {
  NAME_RULE,
  isName,
  suggest,
  gateName,
  parseScopedGate,
  clashesWithGateKey,
  parseGate,
  isUnitId,
  UNIT_ID_RULE,
  isGateName,
  GATE_NAME_RULE,
  HISTORY_SCHEMA,
  pointOf,
  pointsOf,
  appendPoint,
  historyView,
  mergePoints,
  checkPoint,
  checkHistoryView,
  RESULT_SCHEMA,
  readResult,
  parseResult,
  SETTINGS_NUMBERS,
  makeResult
};
