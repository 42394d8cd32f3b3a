import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  COMPARISON_SCHEMA
} from "./cli-chunk-UBNKFECH.js";
import {
  GATE_NAME_RULE,
  RESULT_SCHEMA,
  SETTINGS_NUMBERS,
  UNIT_ID_RULE,
  checkHistoryView,
  isGateName,
  isUnitId,
  parseResult
} from "./cli-chunk-3ZCWGRPH.js";
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
  STATIC_INDICATORS,
  findIndicator
} from "./cli-chunk-QVUGMA3D.js";
import "./cli-chunk-ZFEJNILM.js";
import {
  emit,
  parse,
  stringOption
} from "./cli-chunk-QJ3TDFTY.js";
import "./cli-chunk-L6VXWUZG.js";
import {
  SCENARIO_NAME_RULE,
  isScenarioName
} from "./cli-chunk-SQU4EMMZ.js";
import {
  UserError
} from "./cli-chunk-PHQWGHNS.js";
import "./cli-chunk-WF4NF5RW.js";

// src/compare/read-comparison.ts
var STATIC_UNITS = [...new Set(STATIC_INDICATORS.map((r) => r.unit))];
var RUNTIME_UNITS = ["ms", "examples/s", "tokens/s", "bytes", "FLOP/s"];
var STATIC_VERDICTS = ["better", "worse", "unchanged", "changed"];
var RUNTIME_VERDICTS = [...STATIC_VERDICTS, "inconclusive", "not-tested", "not-comparable"];
var STATUSES = ["compared", "added", "removed", "failed"];
var RUNTIME_MODES = ["paired", "unpaired", "not-comparable", "none"];
var AGAIN = "misnomer compare --json";
function parseComparison(data, where, name = where) {
  const schema = isObject(data) ? data.schema : void 0;
  if (schema !== COMPARISON_SCHEMA) wrongSchema(where, name, COMPARISON_SCHEMA, schema);
  const c = new Checker();
  const root = c.object(data, "");
  const tool = c.child(root, "tool", "");
  if (tool) {
    c.oneOf(tool, "name", "tool", ["misnomer"]);
    c.string(tool, "version", "tool");
  }
  for (const side of ["base", "head"]) {
    const s = c.child(root, side, "");
    if (s) {
      c.string(s, "label", side);
      c.string(s, "commit", side, true);
    }
  }
  c.list(root, "models", "", (m, at) => checkModel(c, m, at));
  c.list(root, "gates", "", (g, at) => {
    const o = c.object(g, at);
    if (!o) return;
    c.matching(o, "gate", at, isGateName, GATE_NAME_RULE);
    c.matching(o, "model", at, isUnitId, UNIT_ID_RULE);
    for (const k of ["limit", "reason"]) c.string(o, k, at);
    c.boolean(o, "tripped", at);
  });
  c.string(root, "headline", "");
  if (root.notes !== void 0) c.list(root, "notes", "", (n, at) => c.isString(n, at));
  if (root.commands !== void 0) {
    c.list(root, "commands", "", (v, p) => {
      const d = c.object(v, p);
      if (!d) return;
      for (const k of ["name", "command", "reason"]) c.string(d, k, p);
      for (const k of ["base", "head", "ratio"]) c.number(d, k, p, { nullable: true });
      c.number(d, "rounds", p);
      checkInterval(c, d, p);
      c.oneOf(d, "verdict", p, RUNTIME_VERDICTS);
    });
  }
  checkSettings(c, root);
  const hw = c.child(root, "hardware", "", true);
  if (hw) {
    c.boolean(hw, "comparable", "hardware");
    c.list(hw, "differences", "hardware", (d, at) => c.isString(d, at));
    c.string(hw, "description", "hardware");
  }
  checkRoofline(c, root, "");
  checkHistoryView(c, root, "");
  const method = c.child(root, "method", "", true);
  if (method) {
    for (const k of ["threshold", "confidence", "resamples", "seed"]) c.number(method, k, "method");
  }
  c.done(where, name, AGAIN);
  return data;
}
function checkModel(c, value, at) {
  const m = c.object(value, at);
  if (!m) return;
  c.matching(m, "id", at, isUnitId, UNIT_ID_RULE);
  const scenario = c.child(m, "scenario", at, true);
  if (scenario) {
    c.matching(scenario, "name", join(at, "scenario"), isScenarioName, SCENARIO_NAME_RULE);
    const dims = c.child(scenario, "dims", join(at, "scenario"));
    for (const k of Object.keys(dims ?? {})) {
      if (!isFiniteNumber(dims[k]))
        c.problem(keyPath(join(at, "scenario.dims"), k), "a number", dims[k]);
    }
  }
  c.oneOf(m, "status", at, STATUSES);
  c.string(m, "reason", at, true);
  if (m.failedSides !== void 0) {
    c.list(m, "failedSides", at, (v, p) => {
      if (v !== "base" && v !== "head") c.problem(p, '"base" or "head"', v);
    });
  }
  c.list(m, "static", at, (v, p) => {
    const d = c.object(v, p);
    if (!d) return;
    c.string(d, "indicator", p);
    c.string(d, "label", p);
    c.oneOf(d, "unit", p, STATIC_UNITS);
    for (const k of ["base", "head", "delta", "relative"]) c.number(d, k, p, { nullable: true });
    c.oneOf(d, "verdict", p, STATIC_VERDICTS);
    c.boolean(d, "incomplete", p);
  });
  c.list(m, "runtime", at, (v, p) => {
    const d = c.object(v, p);
    if (!d) return;
    for (const k of ["indicator", "label", "reason"]) c.string(d, k, p);
    c.oneOf(d, "unit", p, RUNTIME_UNITS);
    for (const k of ["base", "head", "ratio"]) c.number(d, k, p, { nullable: true });
    checkInterval(c, d, p);
    c.number(d, "confidence", p, { optional: true });
    if (d.confidence !== void 0 && !(d.confidence > 0 && d.confidence < 1))
      c.problem(join(p, "confidence"), "a number between 0 and 1", d.confidence);
    c.number(d, "rounds", p);
    c.number(d, "pairs", p, { optional: true });
    c.oneOf(d, "verdict", p, RUNTIME_VERDICTS);
    c.boolean(d, "gating", p);
  });
  c.oneOf(m, "runtimeMode", at, RUNTIME_MODES);
  c.list(m, "opTypes", at, (v, p) => {
    const o = c.object(v, p);
    if (!o) return;
    c.string(o, "opType", p);
    for (const side of ["base", "head"]) {
      const s = c.child(o, side, p, false, true);
      if (!s) continue;
      const sp = `${p}.${side}`;
      for (const k of ["count", "flops", "flopsShare", "bytesShare"]) c.number(s, k, sp);
      c.number(s, "timeShare", sp, { optional: true });
      c.number(s, "achievedFlopsPerSecond", sp, { optional: true });
      checkPlacement(c, s, sp);
    }
  });
  c.number(m, "ridgeFlopsPerByte", at, { optional: true });
  c.list(m, "contradictions", at, (v, p) => {
    const x = c.object(v, p);
    if (!x) return;
    for (const k of ["rule", "title", "evidence"]) c.string(x, k, p);
    c.list(x, "changes", p, (ch, q) => {
      const o = c.object(ch, q);
      if (!o) return;
      c.string(o, "indicator", q);
      c.number(o, "relative", q);
    });
  });
  c.list(m, "notes", at, (n, p) => c.isString(n, p));
}
function checkInterval(c, d, at) {
  const ci = d.ci;
  if (ci === null) return;
  const ok = Array.isArray(ci) && ci.length === 2 && isFiniteNumber(ci[0]) && (ci[1] === null || isFiniteNumber(ci[1]));
  if (!ok) {
    c.problem(`${at}.ci`, "null or [low, high], low a number and high a number or null", ci);
    return;
  }
  if (ci[1] === null) ci[1] = Infinity;
}
function checkSettings(c, root) {
  const s = c.child(root, "settings", "", true);
  if (!s) return;
  c.string(s, "provider", "settings");
  for (const k of SETTINGS_NUMBERS) c.number(s, k, "settings");
  c.oneOf(s, "graphOptimizationLevel", "settings", ["disabled", "basic", "extended", "all"]);
  c.oneOf(s, "executionMode", "settings", ["sequential", "parallel"]);
  c.list(s, "batchSizes", "settings", (b, at) => {
    if (!isFiniteNumber(b)) c.problem(at, "a number", b);
  });
}

// src/interop/bencher.ts
var BMF_MAX_NAME = 1024;
var BUILT_IN = { "latency.p50": "latency", modelFileBytes: "file-size" };
function bmfMeasure(point) {
  const kebab = point.indicator.replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/\./g, "-").toLowerCase();
  const slug = BUILT_IN[point.indicator] ?? (point.measure === "tokens/s" ? `${kebab}-tokens` : kebab);
  return { slug, scale: point.measure === "ms" ? 1e6 : 1 };
}
function toBmf(points) {
  const out = {};
  for (const p of points) {
    if (p.unit.length > BMF_MAX_NAME) {
      throw new UserError(
        `model id "${p.unit.slice(0, 40)}\u2026" is ${p.unit.length} characters; Bencher's benchmark names are at most ${BMF_MAX_NAME}.`
      );
    }
    const { slug, scale } = bmfMeasure(p);
    const benchmark = out[p.unit] ??= {};
    if (benchmark[slug]) {
      throw new UserError(`two values for ${p.unit} ${slug}: the model id appears twice.`);
    }
    benchmark[slug] = {
      value: p.value * scale,
      ...p.lower !== void 0 && p.upper !== void 0 ? { lower_value: p.lower * scale, upper_value: p.upper * scale } : {}
    };
  }
  return out;
}

// src/interop/points.ts
var RESULT_CONFIDENCE = 0.99;
function directionOf(indicator) {
  const row = findIndicator(indicator);
  return row && row.direction !== "none" ? row.direction : void 0;
}
function medianInterval(samples, confidence = RESULT_CONFIDENCE) {
  const n = samples.length;
  const tail = (1 - confidence) / 2;
  const logHalfN = -n * Math.LN2;
  let logC = 0;
  let below = 0;
  let k = 0;
  while (k < n) {
    const next = below + Math.exp(logC + logHalfN);
    if (next > tail) break;
    below = next;
    k++;
    logC += Math.log((n - k + 1) / k);
  }
  if (k < 1 || 2 * k > n) return void 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return [sorted[k - 1], sorted[n - k]];
}
var finite = (v) => typeof v === "number" && Number.isFinite(v);
function resultPoints(result) {
  const out = [];
  for (const model of result.models) {
    for (const row of STATIC_INDICATORS) {
      const key = row.key;
      const value = model.analysis.totals[key];
      if (!finite(value)) continue;
      const incomplete = model.analysis.incompleteTotals.includes(key);
      out.push({
        unit: model.id,
        indicator: row.key,
        value,
        measure: row.unit,
        notes: incomplete ? ["incomplete: some nodes could not be counted"] : []
      });
    }
    const m = model.measurement;
    if (!m || m.status !== "ok") continue;
    const add = (indicator, value, measure, notes = []) => {
      if (finite(value)) out.push({ unit: model.id, indicator, value, measure, notes });
    };
    const median = (indicator, s, notes = []) => {
      if (!s || s.summary.count === 0 || !finite(s.summary.p50)) return;
      const ci = medianInterval(s.samplesMs);
      add(indicator, s.summary.p50, "ms", notes);
      if (!ci) return;
      Object.assign(out[out.length - 1], {
        lower: ci[0],
        upper: ci[1],
        bounds: `${pct(RESULT_CONFIDENCE)} CI of the median, ${s.summary.count} samples`
      });
    };
    if (m.latency) {
      const batch = `batch ${m.latency.batch}`;
      median("latency.p50", m.latency, [batch]);
      add("latency.p90", m.latency.summary.p90, "ms", [batch]);
      add("latency.p99", m.latency.summary.p99, "ms", [batch]);
    }
    for (const t of m.throughput ?? []) {
      if (t.tokensPerSecond !== void 0)
        add(`throughput.b${t.batch}`, t.tokensPerSecond, "tokens/s");
      else add(`throughput.b${t.batch}`, t.examplesPerSecond, "examples/s");
    }
    median("coldStart", m.coldStart);
    median("firstRun", m.firstRun);
    add("peakRss", m.peakRss?.bytes, "bytes");
    add("achievedFlopsPerSecond", m.achievedFlopsPerSecond, "FLOP/s");
  }
  return out;
}
function comparisonPoints(cmp, side = "head") {
  const confidence = cmp.method?.confidence ?? RESULT_CONFIDENCE;
  const other = side === "head" ? "base" : "head";
  const out = [];
  for (const model of cmp.models) {
    for (const row of model.static) {
      const value = row[side];
      if (value === null) continue;
      out.push({
        unit: model.id,
        indicator: row.indicator,
        value,
        measure: row.unit,
        notes: row.incomplete ? ["incomplete: some nodes could not be counted"] : []
      });
    }
    for (const row of model.runtime) {
      const value = row[side];
      const them = row[other];
      if (!finite(value)) continue;
      const notes = [row.label];
      if (finite(them) && finite(row.ratio)) {
        notes.push(`${other} ${round(them)} ${row.unit}, head/base ${round(row.ratio)}`);
      }
      notes.push(`verdict ${row.verdict}`);
      const point = {
        unit: model.id,
        indicator: row.indicator,
        value,
        measure: row.unit,
        notes
      };
      const [lo, hi] = row.ci ?? [];
      if (finite(lo) && finite(hi) && finite(row.ratio) && row.ratio > 0) {
        const bounds = side === "head" ? [value * lo / row.ratio, value * hi / row.ratio] : [value * row.ratio / hi, value * row.ratio / lo];
        if (bounds.every(finite)) {
          point.lower = bounds[0];
          point.upper = bounds[1];
          point.bounds = row.indicator === "peakRss" ? `range of the ${row.rounds} fresh-process pairs` : `${pct(confidence)} CI of head/base over ${row.rounds} rounds`;
        }
      }
      out.push(point);
    }
  }
  return out;
}
var pct = (c) => `${Math.round(c * 1e3) / 10}%`;
var round = (v) => Number(v.toPrecision(4));

// src/interop/benchmark-action.ts
var CUSTOM_TOOLS = {
  customSmallerIsBetter: "lower-is-better",
  customBiggerIsBetter: "higher-is-better"
};
function toCustomBenchmarks(points, tool) {
  return points.filter((p) => directionOf(p.indicator) === CUSTOM_TOOLS[tool]).map((p) => {
    const entry = {
      name: `${p.unit} ${p.indicator}`,
      unit: p.measure,
      value: p.value
    };
    const extra = [...p.notes];
    if (p.lower !== void 0 && p.upper !== void 0) {
      entry.range = `\xB1 ${round(Math.max(p.value - p.lower, p.upper - p.value))}`;
      extra.unshift(
        `${p.bounds ?? "interval"}: ${round(p.lower)}\u2013${round(p.upper)} ${p.measure}`
      );
    }
    if (extra.length) entry.extra = extra.join("\n");
    return entry;
  });
}

// src/commands/export.ts
var EXPORT_FORMATS = ["bmf", ...Object.keys(CUSTOM_TOOLS)];
function exportCommand(args, out, usage) {
  const { values, positionals } = parse(args, {
    format: { type: "string" },
    side: { type: "string" },
    out: { type: "string" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    out(usage);
    return 0;
  }
  const format = stringOption(values.format);
  if (!format || !EXPORT_FORMATS.includes(format)) {
    throw new UserError(
      `export: --format ${format ?? "(missing)"} is not a format; expected one of ${EXPORT_FORMATS.join(", ")}.`
    );
  }
  if (positionals.length !== 1) {
    throw new UserError(
      `export takes one result or comparison file, got ${positionals.length}: misnomer export --format bmf comparison.json`
    );
  }
  const side = stringOption(values.side) ?? "head";
  if (side !== "head" && side !== "base") {
    throw new UserError(`export: --side ${side} is not a side; expected head or base.`);
  }
  const points = readPoints(positionals[0], side, values.side !== void 0);
  const doc = format === "bmf" ? toBmf(points) : toCustomBenchmarks(points, format);
  emit(values, `${JSON.stringify(doc, null, 2)}
`, out);
  return 0;
}
function readPoints(path, side, sideGiven) {
  const data = readJson(path, path, "result or comparison");
  const schema = isObject(data) ? data.schema : void 0;
  if (schema === COMPARISON_SCHEMA) return comparisonPoints(parseComparison(data, path), side);
  if (schema === RESULT_SCHEMA) {
    if (sideGiven) {
      throw new UserError(`export: --side is for a comparison; ${path} is a result (one side).`);
    }
    return resultPoints(parseResult(data, path));
  }
  throw new UserError(
    `${path}: schema is ${JSON.stringify(schema) ?? "missing"}; export reads ${RESULT_SCHEMA} (measure --result, analyze --result) or ${COMPARISON_SCHEMA} (compare --json).`
  );
}
export {
  EXPORT_FORMATS,
  exportCommand
};
