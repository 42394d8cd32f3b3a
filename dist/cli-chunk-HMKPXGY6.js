import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  MEASUREMENT_SCHEMA,
  MIN_PAIRS,
  correctionOf,
  fewestFor,
  fingerprint,
  loadOrt,
  median,
  outsideKernelsDetail,
  profileOf,
  resolveOrt,
  rooflineSentence,
  seeded,
  summarize
} from "./cli-chunk-35RXOLIQ.js";
import {
  placeProfile,
  readProfileFile,
  rooflineFrom
} from "./cli-chunk-ZCPTUKAO.js";
import {
  table
} from "./cli-chunk-YTVESH7V.js";
import {
  bytes,
  percent,
  quantity,
  ratioChange,
  si,
  sig3
} from "./cli-chunk-QVUGMA3D.js";
import {
  clean
} from "./cli-chunk-ZFEJNILM.js";
import {
  FLOAT_TYPES,
  INT_BOUNDS,
  WIRE_LEN,
  WIRE_VARINT,
  analyzeInferred,
  fits,
  inferModel,
  loadModel,
  readGivenFiles,
  readInputFile
} from "./cli-chunk-7HWICYBM.js";
import {
  DataType,
  bindInputs,
  dtypeName,
  parseDimExpr
} from "./cli-chunk-QJ3TDFTY.js";
import {
  TOOL_VERSION
} from "./cli-chunk-L6VXWUZG.js";
import {
  UserError
} from "./cli-chunk-PHQWGHNS.js";
import {
  __require
} from "./cli-chunk-WF4NF5RW.js";

// builtin-require:node:path for src/measure/inputs.ts
var m = __require("node:path");
var resolve = m.resolve;

// src/measure/inputs.ts
var FEEDABLE = /* @__PURE__ */ new Set([...FLOAT_TYPES, ...Object.keys(INT_BOUNDS), "string"]);
var WHY = {
  user: "range given by the user (--input-range or `ranges` in the config)",
  mask: "the name says it is a mask: all ones attends to every position, the full-cost case",
  segment: "the name says it holds segment ids: all zeros (one segment), the common case",
  bool: "bool inputs are masks or flags: all true attends to every position and takes every flagged path, the full-cost case",
  string: "string input: the decimal text of integers in [0, 9] (no text is valid in general)"
};
var FLOAT_RANGE = [-1, 1];
var MASK_NAME = /(^|[_.:/-])mask$/i;
var SEGMENT_NAME = /(token_type|segment)_ids?$/i;
function planInputs(model, inference, options) {
  const dims = { ...options.dims };
  if (options.batch) dims[options.batch.symbol] = options.batch.size;
  const binding = bindInputs(model.path, model.graph, dims, options.given);
  if (options.batch && !(options.batch.symbol in binding.used)) {
    throw new UserError(
      `${model.path}: the batch dim "${options.batch.symbol}" is not a dim of any input, so the batch size cannot be changed. Name the symbolic batch dim of the inputs.`
    );
  }
  const indexUses = tableIndexRanges(model, inference);
  const specs = [];
  const unranged = [];
  for (const [name, b] of binding.shapes) {
    const dtype = dtypeName(b.dtype);
    if (b.kind || !b.shape) {
      throw new UserError(
        `${model.path}: input "${name}" is a ${b.kind ?? "tensor of unknown shape"}; misnomer can only generate tensor inputs with a shape.`
      );
    }
    if (!FEEDABLE.has(dtype)) {
      throw new UserError(
        `${model.path}: input "${name}" has type ${dtype}, which onnxruntime-node cannot feed, so this model cannot be timed.`
      );
    }
    const shape = b.shape;
    const file = options.files?.[name];
    if (file !== void 0) {
      readInputFile(file, { name, dtype, shape });
      specs.push({ name, dtype, shape, fill: { kind: "file", path: resolve(file) } });
      continue;
    }
    const values = options.given?.[name]?.values;
    if (values) {
      const bad = values.findIndex((v) => !fits(dtype, v));
      if (bad >= 0) {
        throw new UserError(
          `${options.given[name].source}: ${values[bad]} (flat index ${bad}) is not a valid ${dtype} value for input "${name}" of ${model.path}.`
        );
      }
      specs.push({ name, dtype, shape, fill: { kind: "values", values } });
      continue;
    }
    const fill = positionFill(model.path, name, dtype, shape, binding, indexUses.get(name)) ?? chooseFill(model.path, name, dtype, options.ranges?.[name], indexUses.get(name));
    if (fill) specs.push({ name, dtype, shape, fill });
    else unranged.push({ name, type: `${dtype} [${shape.join(", ")}]` });
  }
  if (unranged.length > 0) throw missingRanges(model.path, unranged);
  return specs;
}
function chooseFill(path, name, dtype, range, index) {
  const float = FLOAT_TYPES.has(dtype);
  if (range) {
    const [min, max] = checkRange(path, name, dtype, range);
    return float ? { kind: "uniform", min, max } : { kind: "integers", min, max, why: WHY.user };
  }
  if (MASK_NAME.test(name)) return { kind: "ones", why: WHY.mask };
  if (index && !float && dtype !== "string") {
    const [lo, hi] = INT_BOUNDS[dtype];
    return {
      kind: "integers",
      min: Math.max(index.min, lo),
      max: Math.min(index.max, hi),
      why: index.why
    };
  }
  if (SEGMENT_NAME.test(name)) return { kind: "integers", min: 0, max: 0, why: WHY.segment };
  if (float) return { kind: "uniform", min: FLOAT_RANGE[0], max: FLOAT_RANGE[1] };
  if (dtype === "bool") return { kind: "ones", why: WHY.bool };
  if (dtype === "string") return { kind: "integers", min: 0, max: 9, why: WHY.string };
  return void 0;
}
var POSITION_NAME = /(^|[_.:/-])position_ids?$/i;
var PAST_NAME = /(^|[_.:/-])past/i;
function positionFill(path, name, dtype, shape, binding, index) {
  if (!POSITION_NAME.test(name) || FLOAT_TYPES.has(dtype) || !INT_BOUNDS[dtype] || shape.length === 0)
    return void 0;
  const s = shape[shape.length - 1];
  let start2 = 0;
  let why = "the name says it holds positions and no input holds a past: 0, 1, ..., s \u2212 1";
  for (const [other, b] of binding.shapes) {
    if (!b.shape || other === name) continue;
    if (MASK_NAME.test(other) && b.shape.length === 2 && b.shape[1] >= s) {
      start2 = b.shape[1] - s;
      why = `positions follow the past: "${other}" covers ${b.shape[1]} tokens, ${s} of them new`;
      break;
    }
    if (PAST_NAME.test(other) && b.shape.length === 4) {
      start2 = b.shape[2];
      why = `positions follow the past: "${other}" holds ${start2} past tokens`;
    }
  }
  const last = start2 + s - 1;
  if (index && s > 0 && (start2 < index.min || last > index.max)) {
    throw new UserError(
      `${path}: input "${name}" would hold positions ${start2} to ${last}, but only ${index.min} to ${index.max} are valid (${index.why}). Lower the sequence or past dims, or give the positions (--input ${name}=file.npy).`
    );
  }
  return { kind: "positions", start: start2, why };
}
function checkRange(path, name, dtype, range) {
  const [min, max] = range;
  const given = `range ${min}:${max} for input "${name}" of ${path}`;
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) {
    throw new UserError(`The ${given} is not min:max with min <= max; give e.g. ${name}=0:99.`);
  }
  const bounds = dtype === "string" ? INT_BOUNDS.int64 : INT_BOUNDS[dtype];
  if (bounds && (!Number.isInteger(min) || !Number.isInteger(max))) {
    throw new UserError(`The ${given} must be integers: the input is ${dtype}.`);
  }
  if (bounds && (min < bounds[0] || max > bounds[1])) {
    throw new UserError(
      `The ${given} exceeds what ${dtype} holds ([${bounds[0]}, ${bounds[1]}]); narrow it.`
    );
  }
  return range;
}
function missingRanges(path, inputs) {
  const one = inputs.length === 1;
  const listed = inputs.map((i) => `"${i.name}" (${i.type})`).join(", ");
  const flags = inputs.map((i) => `--input-range ${i.name}=min:max`).join(" ");
  return new UserError(
    `${path}: integer input${one ? "" : "s"} ${listed} ${one ? "does" : "do"} not index an embedding table, so misnomer cannot tell which values are valid. Give ${one ? "a range" : "ranges"}: ${flags} (or, in the config, ${inputs.map((i) => `\`inputs.${i.name}.range: [min, max]\``).join(", ")}).`
  );
}
var PASS_THROUGH = /* @__PURE__ */ new Set([
  "Cast",
  "Identity",
  "Unsqueeze",
  "Squeeze",
  "Reshape",
  "Flatten",
  "Transpose",
  "Expand",
  "Tile",
  "Slice"
]);
var INDEXERS = {
  Gather: [[1, 0]],
  // ONNX Runtime's fused BERT embedding: input_ids index word_embedding, segment_ids index
  // segment_embedding, both along axis 0.
  "com.microsoft:EmbedLayerNormalization": [
    [0, 2],
    [1, 4]
  ]
};
function tableIndexRanges(model, inference) {
  const constants = new Set(model.graph.initializers.map((t) => t.name));
  const consumers = /* @__PURE__ */ new Map();
  for (const record of inference.main.records) {
    const { node: node2 } = record;
    if (node2.opType === "Constant" && node2.domain === "") constants.add(node2.outputs[0]);
    node2.inputs.forEach((name, slot) => {
      if (name === "") return;
      const list = consumers.get(name) ?? [];
      list.push({ record, slot });
      consumers.set(name, list);
    });
  }
  const ranges = /* @__PURE__ */ new Map();
  for (const input of inference.inputs) {
    const uses = [];
    const seen = /* @__PURE__ */ new Set();
    const queue = [[input, 0]];
    while (queue.length > 0) {
      const [name, shift] = queue.shift();
      if (seen.has(name)) continue;
      seen.add(name);
      for (const { record, slot } of consumers.get(name) ?? []) {
        const use = indexUse(record, slot, shift, constants);
        if (use) uses.push(use);
        const next = passThrough(record, slot, shift, constants);
        if (next) queue.push(next);
      }
    }
    if (uses.length === 0) continue;
    const tightest = uses.reduce((a, b) => b.max - b.min < a.max - a.min ? b : a);
    const min = Math.max(...uses.map((u) => u.min));
    const max = Math.min(...uses.map((u) => u.max));
    if (min > max) continue;
    const more = uses.length > 1 ? ` (the tightest of the ${uses.length} tables it indexes)` : "";
    ranges.set(input, { min, max, why: tightest.why + more });
  }
  return ranges;
}
function indexUse(record, slot, shift, constants) {
  const { node: node2 } = record;
  const key = node2.domain === "" ? node2.opType : `${node2.domain}:${node2.opType}`;
  const pair = INDEXERS[key]?.find(([index]) => index === slot);
  const table2 = pair && node2.inputs[pair[1]];
  if (!table2 || !constants.has(table2)) return void 0;
  const shape = record.inputs[pair[1]]?.shape;
  let axis = key === "Gather" ? record.ctx.attrs.int("axis", 0) : 0;
  if (shape && axis < 0) axis += shape.length;
  const rows = shape?.[axis];
  if (typeof rows !== "number" || rows < 1) return void 0;
  const min = Math.max(0, -shift);
  const max = rows - 1 - shift;
  const label = node2.name ? `"${node2.name}"` : `(output "${node2.outputs[0]}")`;
  const via = shift === 0 ? "" : `, after adding ${shift} on the way`;
  return {
    min,
    max,
    rows,
    why: `indices of ${node2.opType} ${label}, whose table "${table2}" has ${rows} rows along axis ${axis}${via}`
  };
}
function passThrough(record, slot, shift, constants) {
  const { node: node2 } = record;
  if (node2.domain !== "" || !node2.outputs[0]) return void 0;
  if (PASS_THROUGH.has(node2.opType)) return slot === 0 ? [node2.outputs[0], shift] : void 0;
  if (node2.opType !== "Add" && node2.opType !== "Sub" || node2.inputs.length !== 2)
    return void 0;
  const other = 1 - slot;
  if (node2.opType === "Sub" && slot !== 0) return void 0;
  if (!constants.has(node2.inputs[other])) return void 0;
  const values = record.ctx.constant(other);
  if (!values || values.length === 0 || values.some((v) => v !== values[0])) return void 0;
  return [node2.outputs[0], shift + (node2.opType === "Add" ? values[0] : -values[0])];
}

// src/measure/plan.ts
function planModel(job, batchSizes, seed, askedLatencyBatch) {
  const loaded = loadModel(job.path);
  try {
    const { model, store } = loaded;
    const batchSymbol = job.batchSymbol ?? findBatchSymbol(model);
    const latencyBatch = askedLatencyBatch ?? (batchSymbol ? job.dims[batchSymbol] : void 0) ?? 1;
    const sequenceSymbol = findSequenceSymbol(model, batchSymbol);
    const sizes = [.../* @__PURE__ */ new Set([latencyBatch, ...batchSizes])];
    const inputsByBatch = /* @__PURE__ */ new Map();
    const skippedBatches = [];
    let analysis;
    const given = { ...readGivenFiles(job.files ?? {}), ...job.values };
    for (const size of sizes) {
      if (!batchSymbol && size !== latencyBatch) {
        skippedBatches.push({ batch: size, why: "the model has no symbolic batch dim" });
        continue;
      }
      const dims = batchSymbol ? { ...job.dims, [batchSymbol]: size } : job.dims;
      const inference = inferModel(model, store, dims, given);
      inputsByBatch.set(
        size,
        planInputs(model, inference, {
          dims,
          seed,
          ranges: job.ranges,
          files: job.files,
          given
        })
      );
      if (size === latencyBatch) analysis = analyzeInferred(model, inference);
    }
    const tokensPerExample = sequenceSymbol ? job.dims[sequenceSymbol] : void 0;
    return {
      job,
      analysis,
      inputsByBatch,
      skippedBatches,
      tokensPerExample,
      batchSymbol,
      latencyBatch
    };
  } finally {
    loaded.store.close();
  }
}
function findBatchSymbol(model) {
  const initializers = new Set(model.graph.initializers.map((t) => t.name));
  for (const input of model.graph.inputs) {
    if (initializers.has(input.name) || input.type.kind !== "tensor") continue;
    const d0 = input.type.shape?.[0];
    if (typeof d0 === "string" && d0 !== "") return d0;
  }
  return void 0;
}
function findSequenceSymbol(model, batchSymbol) {
  for (const input of model.graph.inputs) {
    const t = input.type;
    if (t.kind !== "tensor" || t.elemType !== 6 && t.elemType !== 7 || t.shape?.length !== 2)
      continue;
    const d1 = t.shape[1];
    if (typeof d1 === "string" && d1 !== "" && d1 !== batchSymbol && !parseDimExpr(d1)) return d1;
  }
  return void 0;
}

// builtin-require:node:fs for src/measure/providers.ts
var m2 = __require("node:fs");
var existsSync = m2.existsSync;
var readdirSync = m2.readdirSync;

// builtin-require:node:path for src/measure/providers.ts
var m3 = __require("node:path");
var dirname = m3.dirname;
var join = m3.join;

// src/measure/providers.ts
async function checkProvider(provider) {
  const ort = loadOrt();
  const list = ort.listSupportedBackends();
  const usable = list.filter((b) => b.bundled || hasProviderLibrary(b.name));
  if (usable.some((b) => b.name === provider)) return;
  const known = list.some((b) => b.name === provider);
  throw new UserError(
    `the execution provider "${provider}" is ${known ? "not installed" : "not supported"} in this onnxruntime-node installation (usable here: ${usable.map((b) => b.name).join(", ")}). ` + (known ? `Install onnxruntime-node with its ${provider} libraries (its install script downloads them), or use --provider cpu.` : "Use --provider cpu.")
  );
}
function hasProviderLibrary(name) {
  const root = dirname(resolveOrt("onnxruntime-node/package.json"));
  const bin = join(root, "bin", "napi-v6", process.platform, process.arch);
  if (!existsSync(bin)) return false;
  return readdirSync(bin).some((f) => f.includes(`providers_${name}`));
}

// builtin-require:node:child_process for src/run-shell.ts
var m4 = __require("node:child_process");
var spawn = m4.spawn;

// src/child-env.ts
var PRIVATE = /^(INPUT_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_|ACTIONS_RESULTS_URL$|ACTIONS_CACHE_URL$)/i;
function childEnv(env = process.env) {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !PRIVATE.test(k)));
}

// src/run-shell.ts
var EXIT_GRACE_MS = 1e3;
var KILL_GRACE_MS = 2e3;
var GROUPS = process.platform !== "win32";
var running = /* @__PURE__ */ new Map();
var active = 0;
function signalGroup(child, signal) {
  try {
    if (GROUPS && child.pid) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
  }
}
function groupAlive(child) {
  if (!GROUPS || !child.pid) return false;
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}
function onCancel(signal) {
  for (const { label, child } of running.values()) {
    signalGroup(child, "SIGKILL");
    process.stdout.write(
      `misnomer: cancelled (${signal}): stopped ${label} and every process it started.
`
    );
  }
  running.clear();
  process.exit(signal === "SIGINT" ? 130 : 143);
}
function hold() {
  if (active++ > 0) return;
  process.on("SIGINT", onCancel);
  process.on("SIGTERM", onCancel);
}
function release(pid) {
  if (pid !== void 0) running.delete(pid);
  if (--active > 0) return;
  process.off("SIGINT", onCancel);
  process.off("SIGTERM", onCancel);
}
function runShell(job) {
  return new Promise((resolve2, reject) => {
    const t0 = performance.now();
    hold();
    let child;
    try {
      child = spawn(job.command, {
        shell: process.platform === "win32" ? true : "/bin/sh",
        cwd: job.cwd,
        env: childEnv(),
        stdio: ["ignore", job.stdout === false ? "ignore" : "pipe", "pipe"],
        detached: GROUPS
      });
    } catch (e) {
      release(void 0);
      reject(e);
      return;
    }
    const pid = child.pid;
    if (pid !== void 0) running.set(pid, { label: job.label, child });
    const pipes = [child.stdout, child.stderr].filter((s) => s !== null);
    for (const pipe of pipes) {
      pipe.setEncoding("utf8");
      pipe.on("data", (chunk) => job.onOutput?.(chunk));
    }
    let timedOut = false;
    let killer;
    const limit = setTimeout(() => {
      timedOut = true;
      signalGroup(child, "SIGTERM");
      killer = setTimeout(() => signalGroup(child, "SIGKILL"), KILL_GRACE_MS);
    }, job.timeoutMs);
    let settled = false;
    child.on("error", (e) => {
      if (settled) return;
      settled = true;
      clearTimeout(limit);
      clearTimeout(killer);
      release(pid);
      reject(e);
    });
    child.on("exit", (code, signal) => {
      const ms2 = performance.now() - t0;
      clearTimeout(limit);
      let grace;
      const finish = () => {
        if (settled) return;
        settled = true;
        clearTimeout(grace);
        clearTimeout(killer);
        const leftovers = groupAlive(child);
        if (leftovers) signalGroup(child, "SIGKILL");
        for (const pipe of pipes) pipe.destroy();
        release(pid);
        resolve2({ code, signal, timedOut, leftovers, ms: ms2 });
      };
      if (pipes.every((p) => p.closed)) finish();
      else {
        child.once("close", finish);
        grace = setTimeout(finish, EXIT_GRACE_MS);
      }
    });
  });
}
function durationText(ms2) {
  if (ms2 < 1e3) return `${ms2} ms`;
  if (ms2 < 12e4 || ms2 % 6e4 !== 0) return `${+(ms2 / 1e3).toFixed(1)} s`;
  return `${ms2 / 6e4} min`;
}

// builtin-require:node:fs for src/measure/measure.ts
var m5 = __require("node:fs");
var mkdtempSync = m5.mkdtempSync;
var rmSync = m5.rmSync;

// builtin-require:node:os for src/measure/measure.ts
var m6 = __require("node:os");
var tmpdir = m6.tmpdir;

// builtin-require:node:path for src/measure/measure.ts
var m7 = __require("node:path");
var join2 = m7.join;

// builtin-require:node:child_process for src/measure/model-process.ts
var m8 = __require("node:child_process");
var fork = m8.fork;
var spawn2 = m8.spawn;

// builtin-require:node:fs for src/measure/model-process.ts
var m9 = __require("node:fs");
var existsSync2 = m9.existsSync;
var mkdtempSync2 = m9.mkdtempSync;
var rmSync2 = m9.rmSync;
var writeFileSync = m9.writeFileSync;

// builtin-require:node:os for src/measure/model-process.ts
var m10 = __require("node:os");
var tmpdir2 = m10.tmpdir;

// builtin-require:node:path for src/measure/model-process.ts
var m11 = __require("node:path");
var dirname2 = m11.dirname;
var join3 = m11.join;

// builtin-require:node:url for src/measure/model-process.ts
var m12 = __require("node:url");
var fileURLToPath = m12.fileURLToPath;

// src/measure/model-process.ts
var ModelFailure = class extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
  status;
  /** In an A/B run: which side's process failed. */
  side;
};
var duration = (ms2) => ms2 >= 1e3 ? `${+(ms2 / 1e3).toFixed(1)} s` : `${Math.round(ms2)} ms`;
function workerProgram() {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith(".ts"))
    return {
      path: join3(dirname2(here), "worker.ts"),
      execArgv: ["--import", import.meta.resolve("tsx")]
    };
  const bundled = join3(dirname2(here), "measure-worker.js");
  if (!existsSync2(bundled)) throw new Error(`the model-process program is missing: ${bundled}`);
  return { path: bundled, execArgv: [] };
}
function tail(child) {
  let text = "";
  child.stderr?.on("data", (d) => {
    text = (text + d.toString()).slice(-2e3);
  });
  return () => text.trim().split("\n").slice(-3).join(" | ");
}
function describeExit(code, signal, stderr) {
  const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
  const crash = signal === "SIGSEGV" || signal === "SIGABRT" || signal === "SIGBUS" || signal === "SIGILL";
  return new ModelFailure(
    "crashed",
    `the ONNX Runtime process ${how}${crash ? " (a crash inside the runtime)" : ""}` + (stderr ? `: ${stderr}` : "")
  );
}
var ModelProcess = class {
  constructor(label) {
    this.label = label;
    const program = workerProgram();
    this.child = fork(program.path, [], {
      execArgv: program.execArgv,
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      serialization: "advanced",
      // A model file comes from the pull request: its process gets what a build gets.
      env: childEnv()
    });
    this.stderr = tail(this.child);
    this.child.on("message", (reply) => {
      const p = this.pending;
      if (!p) return;
      this.pending = void 0;
      clearTimeout(p.timer);
      if (reply.type === "error") p.reject(new ModelFailure("failed", reply.message));
      else p.resolve(reply);
    });
    this.child.on("exit", (code, signal) => {
      this.exited = describeExit(code, signal, this.stderr());
      const p = this.pending;
      this.pending = void 0;
      if (p) {
        clearTimeout(p.timer);
        p.reject(this.exited);
      }
    });
  }
  label;
  child;
  stderr;
  exited;
  pending;
  /**
   * Sends a request and waits for its reply, at most `timeoutMs`. `who` names the model in a
   * time-out message when the process holds two (the process's label otherwise).
   */
  request(req, expect, timeoutMs, who = this.label) {
    if (this.exited) return Promise.reject(this.exited);
    return new Promise((resolve2, reject) => {
      const timer = setTimeout(() => {
        this.pending = void 0;
        this.kill();
        reject(
          new ModelFailure(
            "timed-out",
            `${who} did not finish "${req.type}" within ${duration(timeoutMs)}; the process was stopped`
          )
        );
      }, timeoutMs);
      this.pending = {
        timer,
        reject,
        resolve: (r) => {
          if (r.type !== expect)
            reject(new Error(`model process answered ${r.type} to ${req.type}`));
          else resolve2(r);
        }
      };
      this.child.send(req, () => {
      });
    });
  }
  kill() {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill("SIGKILL");
  }
  /** Asks the process to exit; kills it if it does not within a second. */
  /** The model process's pid (for diagnostics and tests). */
  get pid() {
    return this.child.pid;
  }
  async close() {
    if (this.exited || !this.child.connected || this.child.killed) return;
    const gone = new Promise((resolve2) => this.child.once("exit", () => resolve2()));
    try {
      this.child.send({ type: "exit" }, (e) => e && this.kill());
    } catch {
      this.kill();
    }
    const timer = setTimeout(() => this.kill(), 1e3);
    await gone;
    clearTimeout(timer);
  }
};
async function oneShot(mode, job, timeoutMs) {
  const program = workerProgram();
  const dir = mkdtempSync2(join3(tmpdir2(), "misnomer-job-"));
  const jobPath = join3(dir, "job.json");
  writeFileSync(jobPath, JSON.stringify(job));
  try {
    const child = spawn2(
      process.execPath,
      [...program.execArgv, program.path, "--one-shot", mode, jobPath],
      { stdio: ["ignore", "pipe", "pipe"], env: childEnv() }
    );
    const stderr = tail(child);
    let stdout = "";
    child.stdout?.on("data", (d) => stdout += d.toString());
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeoutMs);
    const [code, signal] = await new Promise(
      (resolve2, reject) => {
        child.on("exit", (c, s) => resolve2([c, s]));
        child.on(
          "error",
          (e) => reject(new ModelFailure("failed", `could not start a fresh process: ${e.message}`))
        );
      }
    ).finally(() => clearTimeout(timer));
    const line = stdout.trim().split("\n").pop() ?? "";
    if (timedOut) {
      throw new ModelFailure(
        "timed-out",
        `a fresh process (${mode}) did not finish within ${duration(timeoutMs)}`
      );
    }
    let report;
    try {
      report = JSON.parse(line);
    } catch {
      throw describeExit(code, signal, stderr());
    }
    if (report.error) throw new ModelFailure("failed", report.error);
    if (code !== 0 || signal) throw describeExit(code, signal, stderr());
    return report;
  } finally {
    rmSync2(dir, { recursive: true, force: true });
  }
}

// src/measure/measure.ts
var LATENCY_SHARE = 0.5;
var CHUNK_MS = 1e3;
var PROFILE_RUNS = 20;
var MEMORY_RUNS = 2;
var sessionSettings = (s, profilePrefix) => ({
  provider: s.provider,
  intraOpThreads: s.intraOpThreads,
  interOpThreads: s.interOpThreads,
  graphOptimizationLevel: s.graphOptimizationLevel,
  executionMode: s.executionMode,
  ...profilePrefix ? { profilePrefix } : {}
});
var samples = (samplesMs) => ({
  samplesMs,
  summary: summarize(samplesMs)
});
async function measureModel(plan, settings, tick) {
  const { job, analysis, latencyBatch } = plan;
  const result = {
    id: job.id,
    path: job.path,
    status: "ok",
    dims: job.dims,
    inputs: plan.inputsByBatch.get(latencyBatch) ?? []
  };
  try {
    await timeLatencyAndThroughput(plan, settings, result, tick);
    tick(`per-op profile ${job.id}`, 0.8);
    try {
      result.opProfile = await profileModel(plan, settings, result.latency?.summary.p50);
    } catch (e) {
      if (!(e instanceof ModelFailure)) throw e;
      result.error = `per-op profile: ${e.message}`;
    }
    tick(`cold start ${job.id}`, 0.85);
    await coldStart(plan, settings, result);
    tick(`peak memory ${job.id}`, 0.95);
    await peakMemory(plan, settings, result);
  } catch (e) {
    if (!(e instanceof ModelFailure)) throw e;
    result.status = e.status;
    result.error = e.message;
  }
  if (result.latency && analysis.totals.flops > 0) {
    result.achievedFlopsPerSecond = analysis.totals.flops / (result.latency.summary.p50 / 1e3);
  }
  return result;
}
async function sampleFor(proc, budgetMs, settings, onChunk) {
  const all = [];
  let spent = 0;
  let first2 = true;
  while (spent < budgetMs) {
    const durationMs = Math.min(CHUNK_MS, budgetMs - spent);
    const t0 = performance.now();
    const reply = await proc.request(
      {
        type: "run",
        warmupRuns: first2 ? settings.warmupRuns : 0,
        warmupMs: first2 ? settings.warmupMs : 0,
        durationMs
      },
      "ran",
      settings.timeoutMs
    );
    first2 = false;
    all.push(...reply.samplesMs);
    spent += performance.now() - t0;
    onChunk(spent);
  }
  return all;
}
async function openModel(path, specs, settings, label, profilePrefix) {
  const proc = new ModelProcess(label);
  try {
    await loadInto(proc, "a", path, specs, settings, profilePrefix);
    return proc;
  } catch (e) {
    proc.kill();
    throw e;
  }
}
async function loadInto(proc, slot, path, specs, settings, profilePrefix, who) {
  const loaded = await proc.request(
    { type: "load", path, session: sessionSettings(settings, profilePrefix), slot },
    "loaded",
    settings.timeoutMs,
    who
  ).catch((e) => {
    throw e instanceof ModelFailure && e.status === "failed" ? new ModelFailure("load-failed", `ONNX Runtime could not load ${path}: ${e.message}`) : e;
  });
  await proc.request(
    { type: "inputs", specs, seed: settings.seed, slot },
    "inputsReady",
    settings.timeoutMs,
    who
  );
  return loaded.loadMs;
}
async function timeLatencyAndThroughput(plan, settings, result, tick) {
  const { job, latencyBatch } = plan;
  const others = [...plan.inputsByBatch.keys()].filter((b) => b !== latencyBatch);
  const latencyBudget = others.length ? settings.budgetMs * LATENCY_SHARE : settings.budgetMs;
  const otherBudget = others.length ? (settings.budgetMs - latencyBudget) / others.length : 0;
  const proc = await openModel(job.path, plan.inputsByBatch.get(latencyBatch), settings, job.id);
  try {
    const sampled = await sampleFor(
      proc,
      latencyBudget,
      settings,
      (ms2) => tick(`latency ${job.id} (batch ${latencyBatch})`, 0.75 * ms2 / settings.budgetMs)
    );
    result.latency = { batch: latencyBatch, ...samples(sampled) };
    result.throughput = [throughputOf(plan, latencyBatch, result.latency)];
    let spentBefore = latencyBudget;
    for (const batch of others) {
      await proc.request(
        { type: "inputs", specs: plan.inputsByBatch.get(batch), seed: settings.seed },
        "inputsReady",
        settings.timeoutMs
      );
      const s = await sampleFor(
        proc,
        otherBudget,
        settings,
        (ms2) => tick(
          `throughput ${job.id} (batch ${batch})`,
          0.75 * (spentBefore + ms2) / settings.budgetMs
        )
      );
      spentBefore += otherBudget;
      result.throughput.push(throughputOf(plan, batch, samples(s)));
    }
    result.throughput.sort((a, b) => a.batch - b.batch);
  } finally {
    await proc.close();
  }
}
function throughputOf(plan, batch, latency) {
  const examplesPerSecond = batch * 1e3 / latency.summary.mean;
  return {
    batch,
    examplesPerSecond,
    ...plan.tokensPerExample ? { tokensPerSecond: examplesPerSecond * plan.tokensPerExample } : {},
    latency
  };
}
async function profileModel(plan, settings, latencyMs) {
  const dir = mkdtempSync(join2(tmpdir(), "misnomer-profile-"));
  const prefix = join2(dir, "ort");
  try {
    const proc = await openModel(
      plan.job.path,
      plan.inputsByBatch.get(plan.latencyBatch),
      settings,
      plan.job.id,
      prefix
    );
    try {
      await proc.request(
        { type: "run", warmupRuns: settings.warmupRuns, warmupMs: 0, runs: PROFILE_RUNS },
        "ran",
        settings.timeoutMs
      );
      await proc.request({ type: "endProfiling" }, "profiled", settings.timeoutMs);
    } finally {
      await proc.close();
    }
    try {
      const correction = correctionOf(settings, latencyMs);
      return profileOf(readProfileFile(prefix), PROFILE_RUNS, plan.analysis, correction);
    } catch (e) {
      throw new ModelFailure("failed", e.message);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
function oneShotJob(plan, settings, runs) {
  return {
    path: plan.job.path,
    session: sessionSettings(settings),
    inputs: plan.inputsByBatch.get(plan.latencyBatch),
    seed: settings.seed,
    runs
  };
}
async function coldStart(plan, settings, result) {
  const create = [];
  const first2 = [];
  for (let i = 0; i < settings.coldStartRuns; i++) {
    const r = await oneShot("cold", oneShotJob(plan, settings, 1), settings.timeoutMs);
    create.push(r.createMs);
    first2.push(r.firstRunMs);
  }
  result.coldStart = samples(create);
  result.firstRun = samples(first2);
}
async function peakMemory(plan, settings, result) {
  const job = oneShotJob(plan, settings, 5);
  const withModel = [];
  const without = [];
  for (let i = 0; i < MEMORY_RUNS; i++) {
    without.push((await oneShot("baseline", job, settings.timeoutMs)).maxRssBytes);
    withModel.push((await oneShot("memory", job, settings.timeoutMs)).maxRssBytes);
  }
  result.peakRss = {
    bytes: Math.max(0, median(withModel) - median(without)),
    withModelBytes: withModel,
    withoutModelBytes: without
  };
}

// src/measure/commands.ts
async function timeCommand(job, onRun = () => {
}) {
  const times = [];
  for (let i = 0; i < job.runs; i++) {
    const r = await runOnce(job);
    if (r.status !== "ok")
      return { name: job.name, command: job.command, status: r.status, error: r.error };
    times.push(r.ms);
    onRun(i + 1);
  }
  return { name: job.name, command: job.command, status: "ok", wallClock: samples(times) };
}
async function runOnce(job) {
  let stderr = "";
  let r;
  try {
    r = await runShell({
      command: job.command,
      cwd: job.cwd,
      timeoutMs: job.timeoutMs,
      label: `the timed command "${job.name}"`,
      stdout: false,
      onOutput: (chunk) => stderr = (stderr + chunk).slice(-1e3)
    });
  } catch (e) {
    return { status: "failed", ms: 0, error: e.message };
  }
  const tail2 = stderr.trim().split("\n").slice(-3).join(" | ");
  if (r.timedOut) {
    return {
      status: "timed-out",
      ms: r.ms,
      error: `did not finish within ${durationText(job.timeoutMs)}: it was stopped with every process it started`
    };
  }
  if (r.code !== 0) {
    return {
      status: "failed",
      ms: r.ms,
      error: `exited with ${r.signal ?? `code ${r.code}`}${tail2 ? `: ${tail2}` : ""}`
    };
  }
  return { status: "ok", ms: r.ms };
}

// builtin-require:node:path for src/measure/pair.ts
var m13 = __require("node:path");
var basename = m13.basename;

// builtin-require:node:fs for src/measure/profile-pair.ts
var m14 = __require("node:fs");
var mkdtempSync3 = m14.mkdtempSync;
var rmSync3 = m14.rmSync;

// builtin-require:node:os for src/measure/profile-pair.ts
var m15 = __require("node:os");
var tmpdir3 = m15.tmpdir;

// builtin-require:node:path for src/measure/profile-pair.ts
var m16 = __require("node:path");
var basename2 = m16.basename;
var join4 = m16.join;

// src/measure/profile-pair.ts
var PROFILE_ROUNDS = 10;
var RUNS_PER_ROUND = 3;
var ROUND_WARMUP_RUNS = 1;
var SIDES = ["a", "b"];
async function profilePair(plans, settings, rng, latency) {
  const sides = {
    a: { dir: mkdtempSync3(join4(tmpdir3(), "misnomer-profile-")), rounds: 0 },
    b: { dir: mkdtempSync3(join4(tmpdir3(), "misnomer-profile-")), rounds: 0 }
  };
  const orders = [];
  try {
    for (const s of SIDES) await start(sides[s], plans[s], settings);
    for (let i = 0; i < PROFILE_ROUNDS && SIDES.some((s) => alive(sides[s])); i++) {
      const order = rng() < 0.5 ? "AB" : "BA";
      for (const s of order === "AB" ? SIDES : ["b", "a"]) {
        await attempt(sides[s], async (proc) => {
          await proc.request(
            { type: "run", warmupRuns: ROUND_WARMUP_RUNS, warmupMs: 0, runs: RUNS_PER_ROUND },
            "ran",
            settings.timeoutMs
          );
          sides[s].rounds++;
        });
      }
      orders.push(order);
    }
    for (const s of SIDES) {
      await attempt(
        sides[s],
        (proc) => proc.request({ type: "endProfiling" }, "profiled", settings.timeoutMs)
      );
    }
  } finally {
    await Promise.all(SIDES.map((s) => sides[s].proc?.close()));
  }
  const out = { profiles: {}, errors: {}, rounds: [] };
  try {
    for (const s of SIDES) {
      const p = sides[s];
      const correction = correctionOf(settings, latency.p50[s]);
      if (!p.error) p.error = read(p, plans[s], correction, settings.warmupRuns, out, s);
      if (p.error) out.errors[s] = p.error;
    }
  } finally {
    for (const s of SIDES) rmSync3(sides[s].dir, { recursive: true, force: true });
  }
  const both = Math.min(sides.a.rounds, sides.b.rounds, latency.rounds.length);
  out.rounds = pairedRounds(out.profiles, orders, latency.rounds, both);
  return out;
}
var alive = (p) => p.proc !== void 0 && p.error === void 0;
async function start(p, plan, settings) {
  try {
    p.proc = await openModel(
      plan.job.path,
      plan.inputsByBatch.get(plan.latencyBatch),
      settings,
      basename2(plan.job.path),
      join4(p.dir, "ort")
    );
  } catch (e) {
    if (!(e instanceof ModelFailure)) throw e;
    p.error = e.message;
    return;
  }
  await attempt(
    p,
    (proc) => proc.request(
      { type: "run", warmupRuns: settings.warmupRuns, warmupMs: 0, runs: 0 },
      "ran",
      settings.timeoutMs
    )
  );
}
async function attempt(p, f) {
  if (!alive(p)) return;
  try {
    await f(p.proc);
  } catch (e) {
    if (!(e instanceof ModelFailure)) throw e;
    p.error = e.message;
    p.proc.kill();
  }
}
function read(p, plan, correction, warmupRuns, out, side) {
  if (p.rounds === 0) return "no profiled round completed";
  try {
    const events = readProfileFile(join4(p.dir, "ort"));
    const runs = keptRuns(warmupRuns, p.rounds);
    out.profiles[side] = profileOf(events, runs, plan.analysis, correction);
    return void 0;
  } catch (e) {
    return e.message;
  }
}
function keptRuns(warmupRuns, rounds2) {
  const perRound = ROUND_WARMUP_RUNS + RUNS_PER_ROUND;
  const out = [];
  for (let r = 0; r < rounds2; r++) {
    for (let i = 0; i < RUNS_PER_ROUND; i++)
      out.push(warmupRuns + r * perRound + ROUND_WARMUP_RUNS + i);
  }
  return out;
}
function pairedRounds(profiles, orders, latency, rounds2) {
  const a = profiles.a?.outsideKernels?.shareSamples;
  const b = profiles.b?.outsideKernels?.shareSamples;
  if (!a || !b) return [];
  const ofRound = (latencyMs, shares, r) => Math.max(1e-3, latencyMs * median(shares.slice(r * RUNS_PER_ROUND, (r + 1) * RUNS_PER_ROUND)));
  return orders.slice(0, rounds2).map((order, r) => ({
    order,
    a: ofRound(latency[r].a, a, r),
    b: ofRound(latency[r].b, b, r)
  }));
}

// src/measure/pair.ts
var LATENCY_SHARE2 = 0.6;
var EPOCHS_PER_BUDGET = 20;
var ROUNDS_PER_EPOCH = 3;
var MIN_EPOCH_ROUNDS = 2;
var MAX_OVERHEAD_SHARE = 0.25;
var RESETTLE_MS = 400;
var TARGET_ROUNDS = 40;
var MIN_CYCLES = 4;
var MEMORY_PAIRS = 3;
var SETTLE_LIMIT = 10;
var SIDES2 = ["a", "b"];
async function measurePair(planA, planB, settings, tick, options = {}) {
  const run = prepare({ a: planA, b: planB }, settings, tick, options);
  const finished = await withPairProcess(run, async (proc) => {
    const settled = await settle(proc, settings);
    await latencyRounds(run, proc, settled, options.plan, options.epochs);
    await throughputRounds(run, proc);
  });
  if (!finished || options.latencyOnly) return run.result;
  await coldStartPairs(run);
  await peakMemoryPairs(run);
  await opProfiles(run);
  return run.result;
}
function prepare(plans, settings, tick, options) {
  const batches = options.latencyOnly ? [] : sharedBatches(plans.a, plans.b);
  return {
    plans,
    settings,
    rng: seeded(settings.seed),
    tick,
    batches,
    latencyBudget: batches.length ? settings.budgetMs * LATENCY_SHARE2 : settings.budgetMs,
    batch: plans.a.latencyBatch,
    reloadMs: RESETTLE_MS,
    reloads: 0,
    result: {
      a: unmeasured(plans.a),
      b: unmeasured(plans.b),
      latencyRounds: [],
      latencyLooks: [],
      throughputRounds: {},
      coldStartRounds: [],
      firstRunRounds: [],
      memoryRounds: []
    }
  };
}
var unmeasured = (plan) => ({
  id: plan.job.id,
  path: plan.job.path,
  status: "ok",
  dims: plan.job.dims,
  inputs: plan.inputsByBatch.get(plan.latencyBatch) ?? []
});
function sharedBatches(a, b) {
  return [...a.inputsByBatch.keys()].filter((n) => n !== a.latencyBatch && b.inputsByBatch.has(n));
}
async function withPairProcess(run, phases) {
  const proc = new ModelProcess(SIDES2.map((s) => basename(run.plans[s].job.path)).join(" and "));
  try {
    for (const s of SIDES2) {
      const plan = run.plans[s];
      const specs = plan.inputsByBatch.get(plan.latencyBatch);
      const file = basename(plan.job.path);
      run.reloadMs += await onSide(
        s,
        () => loadInto(proc, s, plan.job.path, specs, run.settings, void 0, file)
      );
    }
    await phases(proc);
    return true;
  } catch (e) {
    if (!(e instanceof ModelFailure)) throw e;
    proc.kill();
    recordFailure(run.result, e.side ? e : await attribute(run, e));
    return false;
  } finally {
    await proc.close();
  }
}
async function attribute(run, e) {
  const alone = {};
  for (const s of SIDES2) {
    const plan = run.plans[s];
    const job = {
      path: plan.job.path,
      session: sessionSettings(run.settings),
      inputs: plan.inputsByBatch.get(run.batch) ?? plan.inputsByBatch.get(plan.latencyBatch),
      seed: run.settings.seed,
      runs: 1
    };
    try {
      await oneShot("cold", job, run.settings.timeoutMs);
    } catch (f) {
      if (!(f instanceof ModelFailure)) throw f;
      alone[s] = f;
    }
  }
  const only = SIDES2.filter((s) => alone[s]);
  if (only.length === 1) {
    const f = alone[only[0]];
    f.side = only[0];
    return f;
  }
  if (only.length === 0) {
    e.message += " (both models were in one process; each ran alone in a fresh process without failing)";
  }
  return e;
}
function recordFailure(result, e) {
  const failed = e.side ? [e.side] : SIDES2;
  for (const s of failed) {
    result[s].status = e.status;
    result[s].error = e.message;
  }
  for (const s of SIDES2) {
    if (result[s].status === "ok")
      result[s].error = "not measured to the end: the other model failed";
  }
}
async function latencyRounds(run, proc, settled, plan, epochsPerBudget = EPOCHS_PER_BUDGET) {
  const { settings, latencyBudget, result } = run;
  const share = latencyBudget / settings.budgetMs;
  const all = { rounds: [], a: [], b: [] };
  const looks = plan?.looks ?? [{ fraction: 1, confidence: 0 }];
  const epochs = epochPlan(latencyBudget, settled, run.reloadMs, epochsPerBudget);
  const t0 = performance.now();
  let epoch = 0;
  let carried = 0;
  for (const [i, planned] of looks.entries()) {
    const look = { ...planned, confidence: planned.confidence - carried };
    const label = look.fraction > 1 ? "latency, second budget" : "latency, A/B rounds";
    const progress = (t) => run.tick(label, 0.7 * Math.min(1, (t - t0) / latencyBudget) * share);
    const add = (r) => {
      append(all.rounds, r.rounds);
      append(all.a, r.a);
      append(all.b, r.b);
    };
    if (epochs.count === 1) {
      add(await rounds(run, proc, t0 + look.fraction * latencyBudget, epochs.roundMs, progress));
    } else {
      for (; epoch < Math.round(look.fraction * epochs.count); epoch++) {
        const until = t0 + (epoch + 1) * latencyBudget / epochs.count;
        add(await epochRounds(run, proc, epoch, until, epochs.roundMs, progress));
      }
    }
    if (!plan) break;
    const pairs = epochs.count > 1 ? epoch : Infinity;
    if (pairs < fewestFor(look.confidence) && i < looks.length - 1) {
      carried = 1 - look.confidence;
      continue;
    }
    carried = 0;
    const decided = plan.decided(all.rounds, look.confidence, look.fraction);
    result.latencyLooks.push({ rounds: all.rounds.length, confidence: look.confidence, decided });
    if (decided) break;
  }
  result.latencyRounds = all.rounds;
  for (const s of SIDES2) {
    const p = run.plans[s];
    const sampled = samples(all[s]);
    result[s].latency = { batch: p.latencyBatch, ...sampled };
    result[s].throughput = [throughputOf(p, p.latencyBatch, sampled)];
  }
}
function epochPlan(budgetMs, settled, reloadMs, perBudget = EPOCHS_PER_BUDGET) {
  const minRoundMs = MIN_CYCLES * 2 * (settled.a + settled.b);
  const minEpochMs = Math.max(reloadMs / MAX_OVERHEAD_SHARE, MIN_EPOCH_ROUNDS * minRoundMs);
  const fits2 = Math.min(perBudget, Math.floor(budgetMs / minEpochMs));
  if (fits2 < MIN_PAIRS) {
    return { count: 1, roundMs: Math.max(budgetMs / TARGET_ROUNDS, minRoundMs) };
  }
  const epochMs = budgetMs / fits2;
  return { count: fits2, roundMs: Math.max((epochMs - reloadMs) / ROUNDS_PER_EPOCH, minRoundMs) };
}
async function epochRounds(run, proc, epoch, untilMs, roundMs, progress) {
  if (epoch > 0) {
    run.reloads++;
    const first2 = run.reloads % 2 === 1 ? "b" : "a";
    await proc.request({ type: "reload", first: first2 }, "reloaded", run.settings.timeoutMs);
    await settle(proc, run.settings, true);
  }
  const r = await rounds(run, proc, untilMs, roundMs, progress);
  for (const x of r.rounds) x.epoch = epoch;
  return r;
}
async function throughputRounds(run, proc) {
  const { settings, batches, latencyBudget, result } = run;
  const perBatch = batches.length ? (settings.budgetMs - latencyBudget) / batches.length : 0;
  for (const [k, batch] of batches.entries()) {
    run.batch = batch;
    for (const s of SIDES2) {
      const specs = run.plans[s].inputsByBatch.get(batch);
      await onSide(
        s,
        () => proc.request(
          { type: "inputs", specs, seed: settings.seed, slot: s },
          "inputsReady",
          settings.timeoutMs
        )
      );
    }
    const settled = await settle(proc, settings);
    const done = latencyBudget + k * perBatch;
    const t0 = performance.now();
    const progress = (t) => run.tick(
      `throughput batch ${batch}, A/B rounds`,
      0.7 * (done + Math.min(perBatch, t - t0)) / settings.budgetMs
    );
    const epochs = epochPlan(perBatch, settled, run.reloadMs);
    const r = { rounds: [], a: [], b: [] };
    for (let epoch = 0; epoch < epochs.count; epoch++) {
      const until = t0 + (epoch + 1) * perBatch / epochs.count;
      const e = epochs.count === 1 ? await rounds(run, proc, until, epochs.roundMs, progress) : await epochRounds(run, proc, epoch, until, epochs.roundMs, progress);
      append(r.rounds, e.rounds);
      append(r.a, e.a);
      append(r.b, e.b);
    }
    result.throughputRounds[String(batch)] = r.rounds;
    for (const s of SIDES2) {
      result[s].throughput.push(throughputOf(run.plans[s], batch, samples(r[s])));
    }
  }
  run.batch = run.plans.a.latencyBatch;
}
async function coldStartPairs(run) {
  const { result } = run;
  run.tick("cold start, A/B pairs", 0.75);
  const fresh = await freshPairs(run, "cold", run.settings.coldStartRuns);
  result.coldStartRounds = paired(fresh.orders, fresh.createMs);
  result.firstRunRounds = paired(fresh.orders, fresh.firstRunMs);
  if (fresh.failed) return;
  for (const s of SIDES2) {
    result[s].coldStart = samples(fresh.createMs[s]);
    result[s].firstRun = samples(fresh.firstRunMs[s]);
  }
}
async function peakMemoryPairs(run) {
  const { result } = run;
  run.tick("peak memory, A/B pairs", 0.85);
  const fresh = await freshPairs(run, "memory", MEMORY_PAIRS);
  result.memoryRounds = paired(fresh.orders, fresh.rssBytes);
  if (fresh.failed) return;
  const base = median(fresh.baselineBytes);
  for (const s of SIDES2) {
    result[s].peakRss = {
      bytes: Math.max(0, median(fresh.rssBytes[s]) - base),
      withModelBytes: fresh.rssBytes[s],
      withoutModelBytes: fresh.baselineBytes
    };
  }
}
async function opProfiles(run) {
  run.tick("per-op profiles, A/B rounds", 0.95);
  const { result } = run;
  const profiled = await profilePair(run.plans, run.settings, run.rng, {
    p50: { a: result.a.latency?.summary.p50, b: result.b.latency?.summary.p50 },
    rounds: result.latencyRounds
  });
  for (const s of SIDES2) {
    const profile = profiled.profiles[s];
    if (profile) run.result[s].opProfile = profile;
    const error = profiled.errors[s];
    if (error) run.result[s].error ??= `per-op profile: ${error}`;
  }
  run.result.outsideKernelsRounds = profiled.rounds;
}
function append(to, from) {
  for (const x of from) to.push(x);
}
async function onSide(side, f) {
  try {
    return await f();
  } catch (e) {
    if (e instanceof ModelFailure) e.side = side;
    throw e;
  }
}
async function settle(proc, settings, afterReload = false) {
  const r = await proc.request(
    {
      type: "settle",
      minRuns: settings.warmupRuns,
      // After a reload the process, its inputs and the code paths are warm already: the new
      // sessions need their first runs (arena growth) and two windows that agree.
      minMs: afterReload ? 0 : settings.warmupMs,
      maxMs: Math.max(SETTLE_LIMIT * settings.warmupMs, 2e3)
    },
    "settled",
    settings.timeoutMs
  );
  return { a: r.a, b: r.b };
}
async function rounds(run, proc, untilMs, roundMs, progress) {
  const out = { rounds: [], a: [], b: [] };
  do {
    const order = randomOrder(run.rng);
    const r = await proc.request(
      { type: "alternate", durationMs: roundMs, minCycles: MIN_CYCLES, first: first(order) },
      "alternated",
      run.settings.timeoutMs
    );
    append(out.a, r.a);
    append(out.b, r.b);
    out.rounds.push({ order, a: median(r.a), b: median(r.b) });
    progress(performance.now());
  } while (performance.now() + roundMs / 2 < untilMs);
  return out;
}
var first = (order) => order === "AB" ? "a" : "b";
var randomOrder = (rng) => rng() < 0.5 ? "AB" : "BA";
var inOrder = (order) => order === "AB" ? SIDES2 : ["b", "a"];
var paired = (orders, v) => orders.map((order, i) => ({ order, a: v.a[i], b: v.b[i] }));
async function freshPairs(run, mode, count) {
  const { settings } = run;
  const job = (p) => ({
    path: p.job.path,
    session: sessionSettings(settings),
    inputs: p.inputsByBatch.get(p.latencyBatch),
    seed: settings.seed,
    runs: mode === "memory" ? 5 : 1
  });
  const out = {
    orders: [],
    createMs: { a: [], b: [] },
    firstRunMs: { a: [], b: [] },
    rssBytes: { a: [], b: [] },
    baselineBytes: [],
    failed: false
  };
  try {
    for (let i = 0; i < count; i++) {
      const order = randomOrder(run.rng);
      for (const s of inOrder(order)) {
        const r = await oneShot(mode, job(run.plans[s]), settings.timeoutMs);
        out.createMs[s].push(r.createMs);
        out.firstRunMs[s].push(r.firstRunMs);
        out.rssBytes[s].push(r.maxRssBytes);
      }
      if (mode === "memory") {
        const baseline = await oneShot("baseline", job(run.plans.a), settings.timeoutMs);
        out.baselineBytes.push(baseline.maxRssBytes);
      }
      out.orders.push(order);
    }
  } catch (e) {
    if (!(e instanceof ModelFailure)) throw e;
    for (const s of SIDES2) {
      run.result[s].error ??= `${mode === "cold" ? "cold start" : "peak memory"}: ${e.message}`;
    }
    out.failed = true;
  }
  return out;
}

// builtin-require:node:fs for src/measure/roofline-probe.ts
var m17 = __require("node:fs");
var mkdtempSync4 = m17.mkdtempSync;
var rmSync4 = m17.rmSync;
var writeFileSync2 = m17.writeFileSync;

// builtin-require:node:os for src/measure/roofline-probe.ts
var m18 = __require("node:os");
var tmpdir4 = m18.tmpdir;

// builtin-require:node:path for src/measure/roofline-probe.ts
var m19 = __require("node:path");
var join5 = m19.join;

// src/onnx/write.ts
var IR_VERSION = 8;
var Message = class {
  parts = [];
  key(field, wire) {
    this.parts.push(varintBytes(field * 8 + wire));
  }
  int(field, value) {
    this.key(field, WIRE_VARINT);
    this.parts.push(varintBytes(value));
    return this;
  }
  bytes(field, data) {
    this.key(field, WIRE_LEN);
    this.parts.push(varintBytes(data.length), data);
    return this;
  }
  text(field, value) {
    return this.bytes(field, Buffer.from(value, "utf8"));
  }
  sub(field, message) {
    return this.bytes(field, message.encode());
  }
  encode() {
    return Buffer.concat(this.parts);
  }
};
function varintBytes(value) {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new RangeError(`onnx write: ${value} is not a non-negative integer`);
  const out = [];
  let v = value;
  while (v >= 128) {
    out.push(v % 128 | 128);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return Buffer.from(out);
}
function valueInfo(v) {
  const shape = new Message();
  for (const d of v.shape) shape.sub(1, new Message().int(1, d));
  const tensor = new Message().int(1, v.elemType).sub(2, shape);
  return new Message().text(1, v.name).sub(2, new Message().sub(1, tensor));
}
function node(n) {
  const m20 = new Message();
  for (const i of n.inputs) m20.text(1, i);
  for (const o of n.outputs) m20.text(2, o);
  return m20.text(3, n.name).text(4, n.opType);
}
function encodeModel(spec) {
  const graph = new Message();
  for (const n of spec.nodes) graph.sub(1, node(n));
  graph.text(2, spec.graphName);
  for (const i of spec.inputs) graph.sub(11, valueInfo(i));
  for (const o of spec.outputs) graph.sub(12, valueInfo(o));
  return new Message().int(1, IR_VERSION).text(2, "misnomer").sub(7, graph).sub(8, new Message().text(1, "").int(2, spec.opset)).encode();
}

// src/measure/roofline-probe.ts
var GEMM_SIZE = 512;
var GEMM_CHAIN = 4;
var STREAM_ELEMENTS = 2 ** 24;
var RUNS = 5;
var N = GEMM_SIZE;
var E = STREAM_ELEMENTS;
var FLOAT = DataType.FLOAT;
var PROBE_MODEL = {
  opset: 17,
  graphName: "misnomer_roofline_probe",
  inputs: [
    { name: "a", elemType: FLOAT, shape: [N, N] },
    { name: "b", elemType: FLOAT, shape: [N, N] },
    { name: "x", elemType: FLOAT, shape: [E] },
    { name: "y", elemType: FLOAT, shape: [E] }
  ],
  outputs: [
    { name: "d", elemType: FLOAT, shape: [N, N] },
    { name: "m", elemType: FLOAT, shape: [1] }
  ],
  nodes: [
    // A chain, so that every MatMul after the first finds its operands in the cache.
    ...Array.from({ length: GEMM_CHAIN }, (_, i) => ({
      name: `gemm_${i}`,
      opType: "MatMul",
      inputs: [i === 0 ? "a" : `c${i - 1}`, "b"],
      outputs: [i === GEMM_CHAIN - 1 ? "d" : `c${i}`]
    })),
    { name: "stream_add", opType: "Add", inputs: ["x", "y"], outputs: ["z"] },
    { name: "stream_sink", opType: "ReduceMax", inputs: ["z"], outputs: ["m"] }
  ]
};
var ONES = { kind: "ones", why: "the runner's roofline probe" };
var INPUTS = [
  ...["a", "b"].map((name) => ({ name, dtype: "float32", shape: [N, N], fill: ONES })),
  ...["x", "y"].map((name) => ({ name, dtype: "float32", shape: [E], fill: ONES }))
];
var GEMM_FLOPS = 2 * N * N * N;
var STREAM_BYTES = 3 * 4 * E;
function kernelMs(events, opType) {
  if (!Array.isArray(events)) throw new Error("the ONNX Runtime profile is not a list of events");
  const out = [];
  for (const e of events) {
    const op = e?.args?.op_name;
    const named = typeof e?.name === "string" && e.name.endsWith("_kernel_time");
    if (e?.cat === "Node" && named && op === opType && typeof e.dur === "number")
      out.push(e.dur / 1e3);
  }
  return out;
}
async function probeRoofline(settings) {
  const t0 = performance.now();
  const dir = mkdtempSync4(join5(tmpdir4(), "misnomer-roofline-"));
  const path = join5(dir, "roofline.onnx");
  const prefix = join5(dir, "ort");
  writeFileSync2(path, encodeModel(PROBE_MODEL));
  const proc = new ModelProcess("the runner's roofline probe");
  try {
    const session = sessionSettings(settings, prefix);
    await proc.request({ type: "load", path, session }, "loaded", settings.timeoutMs);
    await proc.request(
      { type: "inputs", specs: INPUTS, seed: settings.seed },
      "inputsReady",
      settings.timeoutMs
    );
    await proc.request(
      { type: "run", warmupRuns: 0, warmupMs: 0, runs: RUNS },
      "ran",
      settings.timeoutMs
    );
    await proc.request({ type: "endProfiling" }, "profiled", settings.timeoutMs);
    await proc.close();
    const events = readProfileFile(prefix);
    return rooflineFrom(
      { m: N, k: N, n: N, flops: GEMM_FLOPS, kernelMs: kernelMs(events, "MatMul") },
      { elements: E, bytes: STREAM_BYTES, kernelMs: kernelMs(events, "Add") },
      settings.intraOpThreads,
      performance.now() - t0
    );
  } finally {
    proc.kill();
    rmSync4(dir, { recursive: true, force: true });
  }
}
var probes = /* @__PURE__ */ new Map();
function runnerRoofline(settings) {
  const key = JSON.stringify(sessionSettings(settings));
  let p = probes.get(key);
  if (!p) {
    p = probeRoofline(settings).then(
      (roofline) => ({ roofline }),
      (e) => {
        if (!(e instanceof Error)) throw e;
        const why = e instanceof ModelFailure ? `${e.status}: ${e.message}` : e.message;
        return { rooflineError: `the runner's roofline could not be measured (${why})` };
      }
    );
    probes.set(key, p);
  }
  return p;
}

// src/measure/run.ts
async function document(settings, progress) {
  progress.update("the runner's roofline", 0);
  const roofline = await runnerRoofline(settings);
  if ("rooflineError" in roofline) progress.log(roofline.rooflineError);
  return {
    schema: MEASUREMENT_SCHEMA,
    tool: { name: "misnomer", version: TOOL_VERSION },
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    settings,
    fingerprint: fingerprint(),
    ...roofline,
    models: []
  };
}
function place(doc, m20, plan) {
  if (doc.roofline && m20.opProfile) placeProfile(m20.opProfile, plan.analysis, doc.roofline);
}
async function measureModels(plans, settings, progress, commands = []) {
  const doc = await document(settings, progress);
  const parts = plans.length + (commands.length ? 1 : 0);
  for (const [i, plan] of plans.entries()) {
    const m20 = await measureModel(
      plan,
      settings,
      (label, f) => progress.update(label, (i + f) / parts)
    );
    progress.log(
      m20.status === "ok" ? `measured ${plan.job.id}: p50 ${m20.latency?.summary.p50.toFixed(2)} ms over ${m20.latency?.summary.count} runs` : `${plan.job.id}: ${m20.status}: ${m20.error}`
    );
    place(doc, m20, plan);
    doc.models.push(m20);
  }
  if (commands.length) {
    doc.commands = [];
    for (const [k, job] of commands.entries()) {
      progress.update(`timing "${job.name}"`, (plans.length + k / commands.length) / parts);
      doc.commands.push(await timeCommand(job));
    }
  }
  progress.done();
  return doc;
}
async function measureAB(a, b, settings, progress, options = {}) {
  const doc = await document(settings, progress);
  const pair = await measurePair(a, b, settings, (label, f) => progress.update(label, f), options);
  progress.done();
  place(doc, pair.a, a);
  place(doc, pair.b, b);
  doc.models.push(pair.a, pair.b);
  doc.ab = {
    a: a.job.id,
    b: b.job.id,
    latencyRounds: pair.latencyRounds,
    ...pair.latencyLooks.length ? { latencyLooks: pair.latencyLooks } : {},
    throughputRounds: pair.throughputRounds,
    coldStartRounds: pair.coldStartRounds,
    firstRunRounds: pair.firstRunRounds,
    memoryRounds: pair.memoryRounds,
    ...pair.outsideKernelsRounds ? { outsideKernelsRounds: pair.outsideKernelsRounds } : {}
  };
  return { measurement: doc, pair };
}

// src/progress.ts
var silentProgress = { update() {
}, log() {
}, done() {
} };
function createProgress(stream = process.stderr) {
  return stream.isTTY ? new BarProgress(stream) : new LineProgress((line) => stream.write(`misnomer: ${line}
`));
}
var BarProgress = class {
  constructor(stream) {
    this.stream = stream;
  }
  stream;
  last = "";
  update(label, fraction) {
    const width = 24;
    const f = Math.max(0, Math.min(1, fraction));
    const filled = Math.round(f * width);
    const line = `[${"\u2588".repeat(filled)}${"\u2591".repeat(width - filled)}] ${String(Math.round(f * 100)).padStart(3)}% ${label}`;
    const cols = this.stream.columns ?? 80;
    const text = line.length > cols - 1 ? line.slice(0, cols - 2) + "\u2026" : line;
    if (text === this.last) return;
    this.last = text;
    this.stream.write(`\r\x1B[2K${text}`);
  }
  log(line) {
    this.stream.write(`\r\x1B[2K${line}
`);
    if (this.last) this.stream.write(this.last);
  }
  done() {
    if (this.last) this.stream.write("\r\x1B[2K");
    this.last = "";
  }
};
var LineProgress = class {
  constructor(write) {
    this.write = write;
  }
  write;
  label = "";
  quarter = -1;
  update(label, fraction) {
    const q = Math.floor(Math.max(0, Math.min(1, fraction)) * 4);
    if (label === this.label && q === this.quarter) return;
    if (label !== this.label || q > this.quarter) {
      this.write(`${Math.round(fraction * 100)}% ${label}`);
    }
    this.label = label;
    this.quarter = q;
  }
  log(line) {
    this.write(line);
  }
  done() {
  }
};

// src/report/terminal-measure.ts
function ms(x) {
  if (x === null || x === void 0 || Number.isNaN(x)) return "\u2014";
  if (x >= 1e3) return `${(x / 1e3).toFixed(2)} s`;
  if (x >= 100) return `${x.toFixed(0)} ms`;
  if (x >= 10) return `${x.toFixed(1)} ms`;
  if (x >= 0.1) return `${x.toFixed(2)} ms`;
  return `${(x * 1e3).toFixed(x >= 0.01 ? 0 : 1)} \xB5s`;
}
var spread = (s) => `p90 ${ms(s.summary.p90)} \xB7 p99 ${ms(s.summary.p99)} \xB7 mean ${ms(s.summary.mean)} \xB1 ${ms(s.summary.std)} \xB7 min ${ms(s.summary.min)} \xB7 CV ${(100 * s.summary.cv).toFixed(1)}% \xB7 n ${s.summary.count}`;
function renderMeasurement(m20) {
  const out = [];
  for (const model of m20.models) out.push(renderModel(model), "");
  for (const c of m20.commands ?? []) {
    out.push(
      c.status === "ok" ? `command ${clean(c.name)}: median ${ms(c.wallClock.summary.p50)} (${spread(c.wallClock)})` : `command ${clean(c.name)}: ${c.status}: ${clean(c.error ?? "")}`
    );
  }
  out.push(renderSetup(m20));
  if (m20.roofline) out.push(rooflineSentence(m20.roofline));
  else if (m20.rooflineError) out.push(clean(m20.rooflineError));
  return out.join("\n").trimEnd() + "\n";
}
function renderModel(m20) {
  const head = `${clean(m20.id)}  ${clean(m20.path)}`;
  if (m20.status !== "ok" && !m20.latency) return `${head}
  ${m20.status}: ${clean(m20.error ?? "")}`;
  const t = table(["indicator", "value", "detail"], ["left", "right", "left"]);
  if (m20.latency)
    t.push([
      `latency p50 (batch ${m20.latency.batch})`,
      ms(m20.latency.summary.p50),
      spread(m20.latency)
    ]);
  for (const x of m20.throughput ?? []) {
    const tokens = x.tokensPerSecond ? ` \xB7 ${si(x.tokensPerSecond)} tokens/s` : "";
    t.push([
      `throughput (batch ${x.batch})`,
      `${si(x.examplesPerSecond)} examples/s`,
      `p50 ${ms(x.latency.summary.p50)} per run${tokens}`
    ]);
  }
  if (m20.coldStart)
    t.push([
      "cold start",
      ms(m20.coldStart.summary.p50),
      `session creation, median of ${m20.coldStart.summary.count} fresh processes`
    ]);
  if (m20.firstRun)
    t.push(["first run", ms(m20.firstRun.summary.p50), "first inference after load, same processes"]);
  if (m20.peakRss)
    t.push([
      "peak memory",
      bytes(m20.peakRss.bytes),
      "peak RSS above the same process without the model"
    ]);
  const outside = m20.opProfile?.outsideKernels;
  if (outside) t.push(["time outside kernels", ms(outside.ms), outsideKernelsDetail(outside, ms)]);
  if (m20.achievedFlopsPerSecond)
    t.push(["achieved", `${si(m20.achievedFlopsPerSecond)}FLOP/s`, "static FLOPs / p50 latency"]);
  const lines = [head, t.toString()];
  if (m20.opProfile) lines.push(renderOps(m20));
  if (m20.error) lines.push(`note: ${clean(m20.error)}`);
  return lines.join("\n");
}
function renderOps(m20) {
  const p = m20.opProfile;
  const placed = Object.values(p.byOpType).some((x) => x.bound);
  const t = table(
    [
      ...["op type (as run)", "time", "% time", "% FLOPs", "% bytes", "FLOP/s", "calls"],
      ...placed ? ["FLOP/B", "bound", "% roof"] : []
    ],
    ["left", ...Array(placed ? 9 : 6).fill("right")]
  );
  const share = (x) => x === void 0 ? "\u2014" : percent(x, 1);
  for (const [op, x] of Object.entries(p.byOpType).sort((a, b) => b[1].ms - a[1].ms)) {
    t.push([
      clean(op),
      ms(x.ms),
      share(x.share),
      share(x.flopsShare),
      share(x.bytesShare),
      x.achievedFlopsPerSecond ? si(x.achievedFlopsPerSecond) : "\u2014",
      String(x.calls),
      ...placed ? [
        x.flopsPerByte === void 0 ? "\u2014" : sig3(x.flopsPerByte),
        x.bound ?? "\u2014",
        share(x.rooflineShare)
      ] : []
    ]);
  }
  return [t.toString(), ...p.notes.map((n) => `  ${clean(n)}`)].join("\n");
}
function renderSetup(m20) {
  const s = m20.settings;
  const f = m20.fingerprint;
  return `settings: ${s.provider}, ${s.intraOpThreads} intra-op / ${s.interOpThreads} inter-op threads, optimization ${s.graphOptimizationLevel}, budget ${(s.budgetMs / 1e3).toFixed(0)} s, seed ${s.seed}
machine: ${clean(f.cpu.model)} (${f.cpu.logicalCores} cores), ${bytes(f.memoryBytes)}, ${clean(f.os.distro ?? f.os.platform)}, Node ${f.node}, onnxruntime-node ${f.onnxruntime}`;
}
var VERDICT_MARK = {
  better: "\u2713 better",
  worse: "\u2717 worse",
  unchanged: "= unchanged",
  changed: "\u2195 changed",
  inconclusive: "? inconclusive",
  "not-tested": "\xB7 reported",
  "not-comparable": "\u2260 not comparable"
};
function renderRuntimeComparison(deltas, labels, why = true) {
  const t = table(
    ["indicator", clean(labels.base), clean(labels.head), "change (99% CI)", "verdict"],
    ["left", "right", "right", "right", "left"]
  );
  for (const d of deltas)
    t.push([
      d.label,
      quantity(d.base, d.unit),
      quantity(d.head, d.unit),
      d.ratio === null ? "\u2014" : ratioChange(d.ratio, d.ci),
      VERDICT_MARK[d.verdict] ?? d.verdict
    ]);
  const lines = [t.toString()];
  if (why) for (const d of deltas) lines.push(`  ${d.label}: ${clean(d.reason)}`);
  return lines.join("\n") + "\n";
}

export {
  planModel,
  checkProvider,
  runShell,
  durationText,
  timeCommand,
  measureModels,
  measureAB,
  silentProgress,
  createProgress,
  renderMeasurement,
  renderRuntimeComparison
};
