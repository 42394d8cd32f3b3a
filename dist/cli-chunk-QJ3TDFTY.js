import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  checkScenarioNames,
  parseScenarioSpec,
  unitId
} from "./cli-chunk-SQU4EMMZ.js";
import {
  UserError
} from "./cli-chunk-PHQWGHNS.js";
import {
  __require
} from "./cli-chunk-WF4NF5RW.js";

// src/measure/settings.ts
var DEFAULT_SETTINGS = {
  provider: "cpu",
  // One intra-op thread: on shared 2-core runners, A/A spread with 2 threads was 0.55x-1.37x
  // between rounds, with 1 thread 0.84x-1.10x (docs/measurement.md#defaults-and-why).
  intraOpThreads: 1,
  interOpThreads: 1,
  graphOptimizationLevel: "all",
  executionMode: "sequential",
  budgetMs: 3e4,
  warmupRuns: 10,
  warmupMs: 500,
  latencyBatch: 1,
  batchSizes: [],
  coldStartRuns: 5,
  timeoutMs: 12e4,
  seed: 1
};
var DEFAULT_COMPARE_BUDGET_MS = 6e4;
function parseDuration(text, what) {
  const m3 = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min)?\s*$/.exec(text);
  if (!m3) throw new UserError(`${what} "${text}" is not a duration: write e.g. 30s, 2m or 500ms.`);
  const n = Number(m3[1]);
  const unit = m3[2] ?? "s";
  const ms = unit === "ms" ? n : unit === "s" ? n * 1e3 : n * 6e4;
  if (ms <= 0) throw new UserError(`${what} must be longer than 0, got "${text}".`);
  return ms;
}
function parseIntList(text, what) {
  const parts = text.split(",").map((p) => p.trim());
  const values = parts.map(Number);
  if (parts.some((p) => !/^\d+$/.test(p)) || values.some((v) => v < 1 || !Number.isSafeInteger(v))) {
    throw new UserError(
      `${what} "${text}" must be positive integers separated by commas, e.g. 1,8,32.`
    );
  }
  return [...new Set(values)];
}
function parsePositiveInt(text, what, min = 1) {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min) {
    throw new UserError(`${what} must be an integer of at least ${min}, got "${text}".`);
  }
  return n;
}
var LEVELS = [
  "disabled",
  "basic",
  "extended",
  "all"
];
function parseOptLevel(text) {
  const level = LEVELS.find((l) => l === text);
  if (!level) throw new UserError(`--opt-level "${text}" must be one of ${LEVELS.join(", ")}.`);
  return level;
}
function parseRanges(specs) {
  const ranges = {};
  for (const spec of specs) {
    const m3 = /^([^=]+)=(-?\d+):(-?\d+)$/.exec(spec.trim());
    if (!m3)
      throw new UserError(
        `--input-range "${spec}" is not of the form name=min:max (e.g. --input-range pixel_ids=0:255).`
      );
    ranges[m3[1]] = [Number(m3[2]), Number(m3[3])];
  }
  return ranges;
}
function parseFiles(specs) {
  const files = {};
  for (const spec of specs) {
    const at = spec.indexOf("=");
    if (at <= 0 || at === spec.length - 1) {
      throw new UserError(
        `--input "${spec}" is not of the form name=file.npy (or name=file.json).`
      );
    }
    files[spec.slice(0, at)] = spec.slice(at + 1);
  }
  return files;
}

// builtin-require:node:fs for src/commands/options.ts
var m = __require("node:fs");
var writeFileSync = m.writeFileSync;

// builtin-require:node:util for src/commands/options.ts
var m2 = __require("node:util");
var parseArgs = m2.parseArgs;

// src/onnx/dtypes.ts
var DataType = {
  UNDEFINED: 0,
  FLOAT: 1,
  UINT8: 2,
  INT8: 3,
  UINT16: 4,
  INT16: 5,
  INT32: 6,
  INT64: 7,
  STRING: 8,
  BOOL: 9,
  FLOAT16: 10,
  DOUBLE: 11,
  UINT32: 12,
  UINT64: 13,
  COMPLEX64: 14,
  COMPLEX128: 15,
  BFLOAT16: 16,
  FLOAT8E4M3FN: 17,
  FLOAT8E4M3FNUZ: 18,
  FLOAT8E5M2: 19,
  FLOAT8E5M2FNUZ: 20,
  UINT4: 21,
  INT4: 22,
  FLOAT4E2M1: 23,
  FLOAT8E8M0: 24,
  UINT2: 25,
  INT2: 26
};
var INFO = {
  0: { name: "undefined", bits: 0, float: false, quantized: false },
  1: { name: "float32", bits: 32, float: true, quantized: false },
  2: { name: "uint8", bits: 8, float: false, quantized: true },
  3: { name: "int8", bits: 8, float: false, quantized: true },
  4: { name: "uint16", bits: 16, float: false, quantized: true },
  5: { name: "int16", bits: 16, float: false, quantized: true },
  6: { name: "int32", bits: 32, float: false, quantized: false },
  7: { name: "int64", bits: 64, float: false, quantized: false },
  8: { name: "string", bits: 0, float: false, quantized: false },
  9: { name: "bool", bits: 8, float: false, quantized: false },
  10: { name: "float16", bits: 16, float: true, quantized: false },
  11: { name: "float64", bits: 64, float: true, quantized: false },
  12: { name: "uint32", bits: 32, float: false, quantized: false },
  13: { name: "uint64", bits: 64, float: false, quantized: false },
  14: { name: "complex64", bits: 64, float: true, quantized: false },
  15: { name: "complex128", bits: 128, float: true, quantized: false },
  16: { name: "bfloat16", bits: 16, float: true, quantized: false },
  17: { name: "float8e4m3fn", bits: 8, float: true, quantized: false },
  18: { name: "float8e4m3fnuz", bits: 8, float: true, quantized: false },
  19: { name: "float8e5m2", bits: 8, float: true, quantized: false },
  20: { name: "float8e5m2fnuz", bits: 8, float: true, quantized: false },
  21: { name: "uint4", bits: 4, float: false, quantized: true },
  22: { name: "int4", bits: 4, float: false, quantized: true },
  23: { name: "float4e2m1", bits: 4, float: true, quantized: false },
  24: { name: "float8e8m0", bits: 8, float: true, quantized: false },
  25: { name: "uint2", bits: 2, float: false, quantized: true },
  26: { name: "int2", bits: 2, float: false, quantized: true }
};
function info(dtype) {
  return INFO[dtype] ?? { name: `dtype${dtype}`, bits: 0, float: false, quantized: false };
}
var dtypeName = (dtype) => info(dtype).name;
var isFloat = (dtype) => info(dtype).float;
var isQuantizedInt = (dtype) => info(dtype).quantized;
function byteSize(dtype, elements) {
  const bits = info(dtype).bits;
  if (dtype === DataType.STRING) return elements * 8;
  return Math.ceil(elements * bits / 8);
}
function dtypeFromName(name) {
  for (const [code, i] of Object.entries(INFO)) if (i.name === name) return Number(code);
  return void 0;
}

// src/shapes/dim-expr.ts
var NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
function tokenize(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    const int = /^\d+/.exec(rest);
    if (int) {
      tokens.push({ t: "int", v: Number(int[0]) });
      i += int[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ t: "name", v: name[0] });
      i += name[0].length;
      continue;
    }
    const sym = rest.startsWith("//") ? "//" : rest[0];
    if (sym !== "//" && !"+-*/()".includes(sym)) return void 0;
    tokens.push({ t: "sym", v: sym });
    i += sym.length;
  }
  return tokens;
}
function parseDimExpr(text) {
  const tokens = tokenize(text) ?? [];
  if (tokens.length === 0 || tokens.length === 1 && tokens[0].t !== "int") return void 0;
  let pos = 0;
  const peek = () => tokens[pos];
  const isSym = (v) => peek()?.t === "sym" && peek().v === v;
  function sum() {
    let left = product();
    while (left && (isSym("+") || isSym("-"))) {
      const op = tokens[pos++].v;
      const right = product();
      if (!right) return void 0;
      left = { kind: "op", op, left, right };
    }
    return left;
  }
  function product() {
    let left = unary();
    while (left && (isSym("*") || isSym("/") || isSym("//"))) {
      const op = tokens[pos++].v;
      const right = unary();
      if (!right) return void 0;
      left = { kind: "op", op, left, right };
    }
    return left;
  }
  function unary() {
    if (isSym("-")) {
      pos++;
      const arg = unary();
      return arg && { kind: "neg", arg };
    }
    return atom();
  }
  function atom() {
    const tok = peek();
    if (!tok) return void 0;
    pos++;
    if (tok.t === "int") return { kind: "int", value: tok.v };
    if (tok.t === "name") return { kind: "name", name: tok.v };
    if (tok.v !== "(") return void 0;
    const inner = sum();
    if (!inner || !isSym(")")) return void 0;
    pos++;
    return inner;
  }
  const expr = sum();
  return expr && pos === tokens.length ? expr : void 0;
}
function freeNames(expr) {
  const out = /* @__PURE__ */ new Set();
  const walk = (e) => {
    if (e.kind === "name") out.add(e.name);
    else if (e.kind === "neg") walk(e.arg);
    else if (e.kind === "op") {
      walk(e.left);
      walk(e.right);
    }
  };
  walk(expr);
  return [...out];
}
function evalDimExpr(expr, lookup) {
  const missing = freeNames(expr).filter((n) => lookup(n) === void 0);
  if (missing.length > 0) return { missing };
  const ev = (e) => {
    switch (e.kind) {
      case "int":
        return e.value;
      case "name":
        return lookup(e.name);
      case "neg":
        return -ev(e.arg);
      case "op": {
        const a = ev(e.left);
        const b = ev(e.right);
        if (e.op === "+") return a + b;
        if (e.op === "-") return a - b;
        if (e.op === "*") return a * b;
        if (b === 0) throw new RangeError("divides by zero");
        if (e.op === "//") return Math.floor(a / b);
        if (a % b !== 0) throw new RangeError(`${a}/${b} is not a whole number`);
        return a / b;
      }
    }
  };
  try {
    return { value: ev(expr) };
  } catch (e) {
    return { error: e.message };
  }
}
function shellWord(word) {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

// src/shapes/bind.ts
function bindInputs(path, graph, dims, given = {}) {
  const initializers = new Set(graph.initializers.map((t) => t.name));
  dims = withGivenDims(path, graph, initializers, dims, given);
  const shapes = /* @__PURE__ */ new Map();
  const used = {};
  const missing = /* @__PURE__ */ new Map();
  const need = (symbol, place) => {
    const places = missing.get(symbol) ?? [];
    places.push(place);
    missing.set(symbol, places);
  };
  for (const input of graph.inputs) {
    if (initializers.has(input.name)) continue;
    const t = input.type;
    if (t.kind !== "tensor" && t.kind !== "sparse_tensor") {
      const elem = (t.kind === "sequence" || t.kind === "optional") && t.elem;
      const fixed = elem && elem.kind === "tensor" && elem.shape?.every((d) => typeof d === "number" && d >= 0) ? elem.shape : void 0;
      shapes.set(input.name, {
        dtype: elemTypeOf(t),
        kind: kindOf(t),
        ...fixed ? { shape: fixed } : {}
      });
      continue;
    }
    if (!t.shape) {
      throw new UserError(
        `${path}: input "${input.name}" has no shape in the model, so its cost cannot be computed. Export the model with input shapes (torch.onnx.export does this by default).`
      );
    }
    const shape = t.shape.map((d, axis) => {
      if (typeof d === "number" && d >= 0) return d;
      const symbol = typeof d === "string" && d !== "" ? d : `${input.name}:${axis}`;
      const place = `${input.name}[${axis}]`;
      const r = resolveSymbol(symbol, dims);
      if ("value" in r) {
        for (const name of r.uses) used[name] = dims[name];
        return r.value;
      }
      if ("error" in r) {
        throw new UserError(`${path}: input "${input.name}", dim ${axis}: ${r.error}.`);
      }
      for (const name of r.missing) need(name, r.expression ? `${place} in "${symbol}"` : place);
      return 0;
    });
    const g = Object.hasOwn(given, input.name) ? given[input.name] : void 0;
    if (g) checkGiven(path, input.name, t.elemType, shape, g);
    shapes.set(input.name, { dtype: t.elemType, shape });
  }
  if (missing.size > 0) {
    const list2 = [...missing].map(([s, places]) => `"${s}" (${places.join(", ")})`).join("; ");
    const example = [...missing.keys()].map((s) => `--dim ${shellWord(`${s}=N`)}`).join(" ");
    throw new UserError(
      `${path}: dims without a value: ${list2}. Give each one a value, e.g. ${example} (or \`dims:\` in the config).`
    );
  }
  const unused = Object.keys(dims).filter((k) => !Object.hasOwn(used, k));
  return { shapes, used, unused };
}
function withGivenDims(path, graph, initializers, dims, given) {
  const inputs = graph.inputs.filter((i) => !initializers.has(i.name));
  const out = { ...dims };
  for (const [name, g] of Object.entries(given)) {
    const input = inputs.find((i) => i.name === name);
    if (!input) {
      const names = inputs.map((i) => `"${i.name}"`).join(", ");
      throw new UserError(
        `${g.source}: ${path} has no input named "${name}"; its inputs are ${names || "none"}.`
      );
    }
    const t = input.type;
    if (t.kind !== "tensor" && t.kind !== "sparse_tensor" || !t.shape) continue;
    if (t.shape.length !== g.shape.length) continue;
    t.shape.forEach((d, axis) => {
      if (typeof d === "number" && d >= 0) return;
      const symbol = typeof d === "string" && d !== "" ? d : `${name}:${axis}`;
      if (!parseDimExpr(symbol) && !Object.hasOwn(out, symbol)) out[symbol] = g.shape[axis];
    });
  }
  return out;
}
function checkGiven(path, name, dtype, shape, g) {
  const want = `${dtypeName(dtype)} [${shape.join(", ")}]`;
  if (g.dtype !== void 0 && g.dtype !== dtype) {
    throw new UserError(
      `${g.source}: input "${name}" of ${path} is ${want}; the values given are ${dtypeName(g.dtype)}. Give values of the input's dtype.`
    );
  }
  if (g.shape.length !== shape.length || g.shape.some((d, i) => d !== shape[i])) {
    throw new UserError(
      `${g.source}: input "${name}" of ${path} is ${want} at these dims; the values given have shape [${g.shape.join(", ")}]. Give values of that shape (or dims that match them).`
    );
  }
}
function resolveSymbol(symbol, dims) {
  const given = (name) => Object.hasOwn(dims, name) ? dims[name] : void 0;
  const expr = parseDimExpr(symbol);
  if (!expr) {
    if (symbol === "__proto__") return { error: 'a dim named "__proto__" cannot be bound' };
    const value = given(symbol);
    return value === void 0 ? { missing: [symbol], expression: false } : { value, uses: [symbol] };
  }
  const names = freeNames(expr);
  if (names.includes("__proto__"))
    return { error: `"${symbol}" names "__proto__", which cannot be bound` };
  const literal = given(symbol);
  const r = evalDimExpr(expr, given);
  if ("missing" in r) {
    return literal === void 0 ? { missing: r.missing, expression: true } : { value: literal, uses: [symbol] };
  }
  const values = names.map((n) => `${n}=${given(n)}`).join(", ");
  if ("error" in r)
    return { error: `"${symbol}" cannot be evaluated with ${values}: it ${r.error}` };
  if (!Number.isSafeInteger(r.value) || r.value < 0) {
    return {
      error: `"${symbol}" is ${r.value} with ${values}, which is not a size; give values that make it 0 or more`
    };
  }
  if (literal !== void 0 && literal !== r.value) {
    return {
      error: `--dim ${shellWord(`${symbol}=${literal}`)} disagrees with the dims it is computed from: "${symbol}" is ${r.value} with ${values}. Give only ${names.map((n) => `--dim ${shellWord(`${n}=N`)}`).join(" ")} (or make them agree)`
    };
  }
  return { value: r.value, uses: literal === void 0 ? names : [...names, symbol] };
}
function bindDeclaredDim(d, dims) {
  if (typeof d === "number") return d;
  if (d === "") return "?";
  const r = resolveSymbol(d, dims);
  return "value" in r ? r.value : d;
}
function elemTypeOf(t) {
  if (t.kind === "tensor" || t.kind === "sparse_tensor") return t.elemType;
  if ((t.kind === "sequence" || t.kind === "optional") && t.elem) return elemTypeOf(t.elem);
  return 0;
}
function kindOf(t) {
  return t.kind === "sequence" || t.kind === "map" || t.kind === "optional" ? t.kind : void 0;
}
function parseDims(specs) {
  const dims = {};
  for (const spec of specs) {
    const m3 = /^([^=]+)=(\d+)$/.exec(spec.trim());
    if (!m3) {
      throw new UserError(
        `--dim "${spec}" is not of the form name=value (e.g. --dim batch=1, or --dim input_ids:1=128 for an unnamed dim).`
      );
    }
    if (m3[1].trim() === "__proto__")
      throw new UserError("--dim __proto__ is not a usable dim name.");
    const value = Number(m3[2]);
    if (!Number.isSafeInteger(value)) {
      throw new UserError(`--dim "${spec}": ${m3[2]} is too large for a dim.`);
    }
    dims[m3[1].trim()] = value;
  }
  return dims;
}

// src/commands/options.ts
function parse(args, options) {
  let parsed;
  try {
    parsed = parseArgs({
      args: optionalValues(
        args,
        OUTPUTS.filter((o) => options[o]?.type === "string")
      ),
      options,
      allowPositionals: true,
      strict: true
    });
  } catch (e) {
    throw new UserError(`${e.message}. Run "misnomer --help" for the options.`);
  }
  const toStdout = OUTPUTS.filter((o) => parsed.values[o] === STDOUT);
  if (toStdout.length > 1) {
    throw new UserError(
      `${toStdout.map((o) => `--${o}`).join(" and ")} would both print to stdout: give one of them a file (--json report.json).`
    );
  }
  return parsed;
}
var OUTPUTS = ["json", "markdown"];
var STDOUT = "-";
function optionalValues(args, names) {
  const out = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") return [...out, ...args.slice(i)];
    if (!a.startsWith("--") || !names.includes(a.slice(2))) {
      out.push(a);
      continue;
    }
    const next = args[i + 1];
    const isFile = next !== void 0 && next !== STDOUT && !next.startsWith("-") && !next.endsWith(".onnx");
    if (isFile) {
      out.push(`${a}=${next}`);
      i++;
    } else {
      out.push(`${a}=${STDOUT}`);
      if (next === STDOUT) i++;
    }
  }
  return out;
}
var outputOf = (values, name) => str(values[name]);
function outputPlan(values) {
  let main = "terminal";
  const plan = [];
  for (const name of OUTPUTS) {
    const target = outputOf(values, name);
    if (target === STDOUT) main = name;
    else if (target) plan.push([name, target]);
  }
  plan.push([main, STDOUT]);
  return plan;
}
var renderingsOf = (values) => new Set(outputPlan(values).map(([name]) => name));
function writeOutputs(values, render, out) {
  for (const [name, target] of outputPlan(values))
    emit(target === STDOUT ? values : { out: target }, render[name](), out);
}
var STATIC_OPTIONS = {
  dim: { type: "string", multiple: true },
  scenario: { type: "string", multiple: true },
  json: { type: "string" },
  markdown: { type: "string" },
  out: { type: "string" },
  help: { type: "boolean", short: "h" }
};
var RUNTIME_OPTIONS = {
  ...STATIC_OPTIONS,
  "batch-sizes": { type: "string" },
  "latency-batch": { type: "string" },
  budget: { type: "string" },
  threads: { type: "string" },
  "inter-threads": { type: "string" },
  provider: { type: "string" },
  "opt-level": { type: "string" },
  warmup: { type: "string" },
  "cold-starts": { type: "string" },
  timeout: { type: "string" },
  seed: { type: "string" },
  "input-range": { type: "string", multiple: true },
  input: { type: "string", multiple: true },
  "no-progress": { type: "boolean" }
};
var str = (v) => typeof v === "string" ? v : void 0;
var list = (v) => Array.isArray(v) ? v : [];
var dimsOf = (values) => parseDims(list(values.dim));
var jobOf = (values, id, path) => ({
  id,
  path,
  dims: dimsOf(values),
  ranges: rangesOf(values),
  files: filesOf(values)
});
function scenariosOf(values) {
  const scenarios = list(values.scenario).map(parseScenarioSpec);
  checkScenarioNames(scenarios, "--scenario");
  return scenarios;
}
function jobsOf(values, id, path) {
  const job = jobOf(values, id, path);
  const scenarios = scenariosOf(values);
  if (scenarios.length === 0) return [job];
  return scenarios.map((s) => ({
    ...job,
    id: unitId(id, s.name),
    dims: { ...job.dims, ...s.dims }
  }));
}
var rangesOf = (values) => parseRanges(list(values["input-range"]));
var filesOf = (values) => parseFiles(list(values.input));
function settingsOf(values, defaults = {}) {
  const base = { ...DEFAULT_SETTINGS, ...defaults };
  const v = (k) => str(values[k]);
  return {
    ...base,
    provider: v("provider") ?? base.provider,
    intraOpThreads: v("threads") ? parsePositiveInt(v("threads"), "--threads") : base.intraOpThreads,
    interOpThreads: v("inter-threads") ? parsePositiveInt(v("inter-threads"), "--inter-threads") : base.interOpThreads,
    graphOptimizationLevel: v("opt-level") ? parseOptLevel(v("opt-level")) : base.graphOptimizationLevel,
    budgetMs: v("budget") ? parseDuration(v("budget"), "--budget") : base.budgetMs,
    warmupRuns: v("warmup") ? parsePositiveInt(v("warmup"), "--warmup", 0) : base.warmupRuns,
    latencyBatch: v("latency-batch") ? parsePositiveInt(v("latency-batch"), "--latency-batch") : base.latencyBatch,
    batchSizes: v("batch-sizes") ? parseIntList(v("batch-sizes"), "--batch-sizes") : base.batchSizes,
    coldStartRuns: v("cold-starts") ? parsePositiveInt(v("cold-starts"), "--cold-starts") : base.coldStartRuns,
    timeoutMs: v("timeout") ? parseDuration(v("timeout"), "--timeout") : base.timeoutMs,
    seed: v("seed") ? parsePositiveInt(v("seed"), "--seed", 0) : base.seed
  };
}
var askedLatencyBatch = (values) => str(values["latency-batch"]) ? parsePositiveInt(str(values["latency-batch"]), "--latency-batch") : void 0;
function emit(values, text, out) {
  const path = str(values.out);
  if (!path) {
    out(text);
    return;
  }
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new UserError(
      `cannot write ${path}: ${e.message}. Check that its folder exists and is writable.`
    );
  }
}
var stringOption = str;
var listOption = list;

export {
  DataType,
  dtypeName,
  isFloat,
  isQuantizedInt,
  byteSize,
  dtypeFromName,
  parseDimExpr,
  bindInputs,
  bindDeclaredDim,
  DEFAULT_SETTINGS,
  DEFAULT_COMPARE_BUDGET_MS,
  parseDuration,
  parsePositiveInt,
  parse,
  STDOUT,
  outputOf,
  renderingsOf,
  writeOutputs,
  STATIC_OPTIONS,
  RUNTIME_OPTIONS,
  scenariosOf,
  jobsOf,
  settingsOf,
  askedLatencyBatch,
  emit,
  stringOption,
  listOption
};
