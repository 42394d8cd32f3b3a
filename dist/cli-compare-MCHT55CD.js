import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  buildComparison,
  comparisonOutputs,
  failureOf,
  latencyLimits,
  sequentialPlan
} from "./cli-chunk-4EZ7P7FD.js";
import "./cli-chunk-UBNKFECH.js";
import {
  checkProvider,
  createProgress,
  measureAB,
  planModel,
  silentProgress
} from "./cli-chunk-HMKPXGY6.js";
import {
  makeResult,
  parseGate,
  parseScopedGate,
  readResult
} from "./cli-chunk-3ZCWGRPH.js";
import {
  DEFAULT_VERDICT_OPTIONS,
  MIN_PAIRS,
  MIN_ROUNDS,
  noiseFloor
} from "./cli-chunk-35RXOLIQ.js";
import "./cli-chunk-WKN5M4YK.js";
import "./cli-chunk-ZCPTUKAO.js";
import "./cli-chunk-YTVESH7V.js";
import "./cli-chunk-QVUGMA3D.js";
import "./cli-chunk-ZFEJNILM.js";
import "./cli-chunk-7HWICYBM.js";
import "./cli-chunk-AULQVF7H.js";
import {
  DEFAULT_COMPARE_BUDGET_MS,
  RUNTIME_OPTIONS,
  askedLatencyBatch,
  jobsOf,
  listOption,
  parse,
  scenariosOf,
  settingsOf,
  stringOption,
  writeOutputs
} from "./cli-chunk-QJ3TDFTY.js";
import "./cli-chunk-L6VXWUZG.js";
import "./cli-chunk-SQU4EMMZ.js";
import {
  UserError
} from "./cli-chunk-PHQWGHNS.js";
import {
  __require
} from "./cli-chunk-WF4NF5RW.js";

// builtin-require:node:path for src/commands/compare.ts
var m = __require("node:path");
var basename = m.basename;

// src/commands/compare.ts
async function compareCommand(args, out, usage) {
  const { values, positionals } = parse(args, {
    ...RUNTIME_OPTIONS,
    threshold: { type: "string" },
    "static-threshold": { type: "string" },
    calibrate: { type: "boolean" },
    "static-only": { type: "boolean" },
    gate: { type: "string", multiple: true },
    "fail-on-contradiction": { type: "boolean" },
    "fail-on-inconclusive": { type: "boolean" }
  });
  if (values.help) {
    out(usage);
    return 0;
  }
  if (positionals.length !== 2) {
    throw new UserError(
      `compare takes two models or two results, got ${positionals.length}: misnomer compare base.onnx head.onnx`
    );
  }
  const [basePath, headPath] = positionals;
  const labels = labelsOf(basePath, headPath);
  const options = {
    ...DEFAULT_VERDICT_OPTIONS,
    threshold: parseThreshold(stringOption(values.threshold) ?? "5%", "--threshold"),
    staticThreshold: parseThreshold(
      stringOption(values["static-threshold"]) ?? "5%",
      "--static-threshold"
    ),
    gates: gatesOf(values),
    onInconclusive: Boolean(values["fail-on-inconclusive"])
  };
  const kinds = positionals.map((p) => p.endsWith(".json") ? "result" : "model");
  if (kinds[0] !== kinds[1]) {
    throw new UserError(
      "compare takes two models (.onnx) or two results (.json), not one of each."
    );
  }
  const comparison = kinds[0] === "result" ? buildComparison(
    { label: labels[0], result: readResult(basePath) },
    { label: labels[1], result: readResult(headPath) },
    options
  ) : await compareModels(basePath, headPath, labels, values, options);
  writeOutputs(values, comparisonOutputs(comparison), out);
  return failureOf(comparison) ? 1 : 0;
}
async function compareModels(basePath, headPath, labels, values, options) {
  const settings = settingsOf(values, { budgetMs: DEFAULT_COMPARE_BUDGET_MS });
  options.seed = settings.seed;
  const id = basename(headPath, ".onnx");
  const asked = askedLatencyBatch(values);
  const plans = (path) => jobsOf(values, id, path).map(
    (job) => planModel(job, settings.batchSizes, settings.seed, asked)
  );
  const base = plans(basePath);
  const head = plans(headPath);
  const analyses = (side) => side.map((p) => ({ id: p.job.id, analysis: p.analysis }));
  const sides = { base: { label: labels[0] }, head: { label: labels[1] } };
  if (values["static-only"]) {
    return buildComparison(
      { ...sides.base, result: makeResult(analyses(base)) },
      { ...sides.head, result: makeResult(analyses(head)) },
      options
    );
  }
  base.forEach((b, i) => {
    if (b.latencyBatch !== head[i].latencyBatch) {
      throw new UserError(
        `${b.job.id}: the two models would be timed at different batch sizes (${b.latencyBatch} and ${head[i].latencyBatch}); give --latency-batch.`
      );
    }
  });
  settings.latencyBatch = base[0].latencyBatch;
  await checkProvider(settings.provider);
  const progress = values["no-progress"] ? silentProgress : createProgress();
  if (values.calibrate)
    options.threshold = await calibrate(base[0], settings, options.threshold, progress);
  const pairs = /* @__PURE__ */ new Map();
  let measurement;
  for (const [i, b] of base.entries()) {
    const limits = latencyLimits(options.gates ?? [], b.job.id, settings.latencyBatch);
    const plan = sequentialPlan(options, (line) => progress.log(`${b.job.id}: ${line}`), limits);
    const run = await measureAB(b, head[i], settings, progress, { plan });
    pairs.set(b.job.id, run.pair);
    measurement ??= run.measurement;
  }
  const result = (side, which) => makeResult(analyses(side), {
    ...measurement,
    models: [...pairs.values()].map((pair) => pair[which])
  });
  return buildComparison(
    { ...sides.base, result: result(base, "a") },
    { ...sides.head, result: result(head, "b") },
    options,
    pairs
  );
}
async function calibrate(base, settings, threshold, progress) {
  const copy = { ...base, job: { ...base.job, id: `${base.job.id} (A/A)` } };
  const { pair } = await measureAB(
    base,
    copy,
    { ...settings, budgetMs: settings.budgetMs / 3 },
    progress,
    {
      latencyOnly: true
    }
  );
  const rounds = pair.latencyRounds;
  const pairs = new Set(rounds.map((r) => r.epoch)).size;
  if (rounds.length < MIN_ROUNDS || pairs > 1 && pairs < MIN_PAIRS) {
    progress.log(
      `calibration: only ${rounds.length} A/A rounds${pairs > 1 ? ` in ${pairs} session pairs` : ""}; the threshold stays ${(100 * threshold).toFixed(1)}%`
    );
    return threshold;
  }
  const floor = noiseFloor(rounds, { seed: settings.seed });
  const over = floor.pairs ? `${floor.rounds} rounds in ${floor.pairs} session pairs` : `${floor.rounds} rounds`;
  const raised = Math.max(threshold, 2 * floor.spread);
  progress.log(
    `calibration: A/A spread ${(100 * floor.spread).toFixed(1)}% over ${over}; threshold ${raised > threshold ? `raised to ${(100 * raised).toFixed(1)}%` : `stays ${(100 * threshold).toFixed(1)}%`}`
  );
  return raised;
}
function gatesOf(values) {
  const scenarios = new Set(scenariosOf(values).map((s) => s.name));
  const gates = listOption(values.gate).map((spec) => {
    const at = spec.indexOf("=");
    if (at <= 0)
      throw new UserError(
        `--gate "${spec}" is not of the form indicator=limit (e.g. --gate latency.p50=+5%).`
      );
    return parseScopedGate(
      spec.slice(0, at).trim(),
      spec.slice(at + 1).trim(),
      scenarios,
      "--gate"
    );
  });
  if (values["fail-on-contradiction"])
    gates.push(parseGate("fail-on-contradiction", true, "--fail-on-contradiction"));
  return gates;
}
function parseThreshold(text, what) {
  const m2 = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  const n = m2 ? Number(m2[1]) : NaN;
  const t = m2 && (m2[2] === "%" || n >= 1) ? n / 100 : n;
  if (!m2 || !(t > 0 && t < 1))
    throw new UserError(`${what} "${text}" must be a percentage between 0 and 100, e.g. 5%.`);
  return t;
}
function labelsOf(a, b) {
  const name = (p) => basename(p).replace(/\.(onnx|json)$/, "");
  return name(a) === name(b) ? [`${name(a)} (base)`, `${name(b)} (head)`] : [name(a), name(b)];
}
export {
  compareCommand
};
