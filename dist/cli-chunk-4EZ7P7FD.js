import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  COMPARISON_SCHEMA
} from "./cli-chunk-UBNKFECH.js";
import {
  renderRuntimeComparison
} from "./cli-chunk-HMKPXGY6.js";
import {
  gateName
} from "./cli-chunk-3ZCWGRPH.js";
import {
  contradictionLines,
  decide,
  findContradictions,
  fingerprintText,
  headline,
  median,
  outsideKernelsRow,
  pairedVerdict,
  renderMarkdown,
  rooflineSentence,
  speedComparable,
  unpairedVerdict
} from "./cli-chunk-35RXOLIQ.js";
import {
  comparisonRoofline,
  placeShifts
} from "./cli-chunk-ZCPTUKAO.js";
import {
  table
} from "./cli-chunk-YTVESH7V.js";
import {
  STATIC_INDICATORS,
  bareQuantity,
  confidenceLevel,
  labelOf,
  percentChange,
  percentMagnitude,
  quantity,
  quantityWithInterval,
  ratioChange,
  ratioInterval,
  share,
  si,
  signedQuantity
} from "./cli-chunk-QVUGMA3D.js";
import {
  clean
} from "./cli-chunk-ZFEJNILM.js";
import {
  toJson
} from "./cli-chunk-AULQVF7H.js";
import {
  TOOL_VERSION
} from "./cli-chunk-L6VXWUZG.js";
import {
  splitUnit
} from "./cli-chunk-SQU4EMMZ.js";

// src/compare/sequential.ts
var FIRST_BUDGET_LOOKS = [0.5, 1];
var SECOND_BUDGET_LOOK = 2;
var FIRST_BUDGET_SHARE = 0.8;
function looks(confidence) {
  const alpha = 1 - confidence;
  const first = FIRST_BUDGET_SHARE * alpha;
  const spent = (t) => first * Math.log(1 + (Math.E - 1) * t);
  let before = 0;
  const out = FIRST_BUDGET_LOOKS.map((t) => {
    const share2 = spent(t) - before;
    before = spent(t);
    return { fraction: t, confidence: 1 - share2 };
  });
  out.push({ fraction: SECOND_BUDGET_LOOK, confidence: 1 - (alpha - first) });
  return out;
}
function resamplesFor(confidence, base) {
  return Math.max(base, Math.round(100 / (1 - confidence)));
}
function atLook(options, confidence) {
  return { ...options, confidence, resamples: resamplesFor(confidence, options.resamples) };
}
function latencyLimits(gates, unitId, batch) {
  const out = [];
  for (const g of gates) {
    if (g.kind !== "indicator" || !g.runtime) continue;
    if (g.scenario && splitUnit(unitId).scenario !== g.scenario) continue;
    if (g.key === "latency.p50") {
      const amount = g.amount;
      out.push(g.relative ? () => 1 + amount : (baseMs) => (baseMs + amount) / baseMs);
    } else if ((g.key === "throughput" || g.key === `throughput.b${batch}`) && g.relative) {
      const amount = g.amount;
      out.push(() => 1 / (1 + amount));
    }
  }
  return out;
}
function sequentialPlan(options, log, limits = []) {
  return {
    looks: looks(options.confidence),
    decided: (rounds, confidence, fraction) => {
      const v = pairedVerdict(
        rounds,
        atLook({ ...options, direction: "lower-is-better" }, confidence)
      );
      const baseMs = rounds.length ? median(rounds.map((r) => r.a)) : 0;
      const open = v.verdict === "inconclusive" ? [] : limits.map((l) => l(baseMs)).filter((l) => v.ci[0] <= l && l < v.ci[1]);
      const decided = v.verdict !== "inconclusive" && open.length === 0;
      if (decided && fraction < 1)
        log(
          `latency is ${v.verdict} after ${rounds.length} rounds${v.pairs ? ` in ${v.pairs} session pairs` : ""}, half the budget: stopping early`
        );
      if (!decided && fraction === 1)
        log(
          open.length ? "latency's interval still holds a gate's limit after the first budget: spending a second one" : "latency is inconclusive after the first budget: spending a second one"
        );
      return decided;
    }
  };
}

// src/compare/gate-evaluate.ts
function evaluateGates(gates, models, options = {}) {
  const onInconclusive = options.onInconclusive ?? gates.some((g) => g.kind === "on-inconclusive" && g.enabled);
  const ci = options.confidence ? `${Math.round(options.confidence * 1e3) / 10}% CI` : "CI";
  const out = [];
  for (const model of models) {
    for (const gate of gates) {
      if (gate.kind === "on-inconclusive") continue;
      if (gate.scenario && splitUnit(model.id).scenario !== gate.scenario) continue;
      const base = { gate: gateName(gate), limit: gate.limit, model: model.id };
      if (model.status === "added" && options.onMissingBase && gateIsOn(gate)) {
        out.push({ ...base, tripped: true, reason: MISSING_BASE });
      } else if (model.status !== "compared") {
        out.push({ ...base, tripped: false, reason: notCompared(model) });
      } else if (gate.kind !== "indicator") {
        out.push({ ...base, ...contradictionGate(gate, model) });
      } else if (gate.runtime) {
        out.push({ ...base, ...runtimeGate(gate, model, onInconclusive, ci) });
      } else {
        out.push({ ...base, ...staticGate(gate, model) });
      }
    }
  }
  return out;
}
var MISSING_BASE = "no base to judge it against (the model is new, or its base could not be built or restored), and fail-on-missing-base is on";
var gateIsOn = (gate) => gate.kind === "indicator" || gate.enabled;
function gatedUnits(gates, ids) {
  const judges = (gate, id) => gate.kind !== "on-inconclusive" && gateIsOn(gate) && (!gate.scenario || splitUnit(id).scenario === gate.scenario);
  return ids.filter((id) => gates.some((g) => judges(g, id)));
}
function notCompared(model) {
  if (model.status === "added")
    return "gates do not apply: the model was added (no base to compare with)";
  if (model.status === "removed")
    return "gates do not apply: the model was removed (no head to compare)";
  return `gates do not apply: the model was not compared (${model.reason ?? "it failed"})`;
}
function contradictionGate(gate, model) {
  const lines = contradictionLines(model.contradictions);
  const n = lines.length;
  const found = n === 0 ? "no contradictions" : `${n} contradiction${n === 1 ? "" : "s"}: ${lines.map((c) => c.title).join("; ")}`;
  if (!gate.enabled) return { tripped: false, reason: `off: ${found} (reported, not gating)` };
  return { tripped: n > 0, reason: found };
}
function staticGate(gate, model) {
  const row = model.static.find((r) => r.indicator === gate.key);
  if (!row) return { tripped: false, reason: `${gate.key} is not in the comparison` };
  if (row.base === null || row.head === null) {
    return {
      tripped: false,
      reason: `${row.label} is not known on both sides (base ${num(row.base)}, head ${num(row.head)})`
    };
  }
  const delta = row.head - row.base;
  const incomplete = row.incomplete ? " (incomplete: some nodes could not be counted)" : "";
  if (gate.relative && row.base === 0 && delta !== 0) {
    const tripped2 = beyond(Math.sign(delta) * Infinity, gate);
    return {
      tripped: tripped2,
      reason: `${row.label} went from 0 to ${num(row.head)}: no relative change exists from 0, so it ${tripped2 ? verbBeyond(gate) : "is within"} ${gate.limit}${incomplete}`
    };
  }
  const change = gate.relative ? delta / row.base : delta;
  const tripped = beyond(change, gate);
  const shown = gate.relative ? percentChange(change) : signedAmount(change, gate.quantity);
  return {
    tripped,
    reason: `${row.label} ${shown} ${tripped ? verbBeyond(gate) : "is within"} ${gate.limit}${incomplete}`
  };
}
function runtimeGate(gate, model, onInconclusive, ci) {
  const rows = model.runtime.filter(
    (r) => gate.key === "throughput" ? r.indicator.startsWith("throughput.b") : r.indicator === gate.key
  );
  if (rows.length === 0) {
    const why = model.runtimeMode === "none" ? "no runtime measurement: runtime gates do not apply" : model.runtimeMode === "not-comparable" ? "runtime not comparable (different hardware): runtime gates never trip on it" : `${gate.key} was not measured`;
    return { tripped: false, reason: why };
  }
  const decisions = rows.map((r) => runtimeRow(gate, r, model, onInconclusive, ci));
  return {
    tripped: decisions.some((d) => d.tripped),
    reason: decisions.map((d) => d.reason).join("; ")
  };
}
function runtimeRow(gate, row, model, onInconclusive, ciName) {
  if (row.verdict === "not-comparable" || model.runtimeMode === "not-comparable") {
    return { tripped: false, reason: `${row.label}: not comparable (${row.reason}): never trips` };
  }
  if (row.verdict === "not-tested") {
    return { tripped: false, reason: `${row.label}: not tested (${row.reason}): never trips` };
  }
  if (row.ratio === null) {
    return { tripped: false, reason: `${row.label}: no ratio (${row.reason}): cannot trip` };
  }
  if (!gate.relative && row.base === null) {
    return { tripped: false, reason: `${row.label}: no base value for an absolute limit` };
  }
  const change = (ratio) => gate.relative ? ratio - 1 : (ratio - 1) * row.base;
  const shown = (x) => gate.relative ? percentChange(x) : signedAmount(x, gate.quantity);
  const point = change(row.ratio);
  const measured = gate.relative ? ratioChange(row.ratio, row.ci) : quantityWithInterval(
    point,
    row.ci ? [change(row.ci[0]), change(row.ci[1])] : null,
    unitOf(gate.quantity)
  );
  const head = `${row.label} ${measured}, ${row.verdict}`;
  if (row.verdict === "better" || row.verdict === "unchanged") {
    return { tripped: false, reason: `${head}: only a worse verdict trips` };
  }
  if (row.verdict === "inconclusive") {
    if (!onInconclusive) {
      return {
        tripped: false,
        reason: `${head}: inconclusive verdicts never trip (on-inconclusive is off)`
      };
    }
    const tripped2 = beyond(point, gate);
    return {
      tripped: tripped2,
      reason: tripped2 ? `${head}, ${verbBeyond(gate)} ${gate.limit} (on-inconclusive: the point estimate decides)` : `${head}, is within ${gate.limit}`
    };
  }
  const lower2 = gate.direction === "lower-is-better";
  const nearest = row.ci ? change(lower2 ? row.ci[0] : row.ci[1]) : point;
  const name = row.confidence ? `${confidenceLevel(row.confidence)} CI` : ciName;
  const end = row.ci ? `the ${name}'s ${lower2 ? "lower" : "upper"} end` : "the point estimate";
  const tripped = beyond(nearest, gate);
  return {
    tripped,
    reason: tripped ? `${head}, ${verbBeyond(gate)} ${gate.limit}: ${end} ${shown(nearest)} is beyond it` : `${head}, is within ${gate.limit}: ${end} ${shown(nearest)} is not beyond it`
  };
}
function beyond(change, gate) {
  const slack = 1e-9 * Math.max(1, Math.abs(gate.amount));
  return gate.direction === "lower-is-better" ? change > gate.amount + slack : change < gate.amount - slack;
}
function verbBeyond(gate) {
  return gate.direction === "lower-is-better" ? "exceeds" : "falls below";
}
function unitOf(quantity2) {
  switch (quantity2) {
    case "time":
      return "ms";
    case "bytes":
      return "bytes";
    case "ratio":
      return "FLOP/B";
    case "rate":
      return "examples/s";
    case "count":
      return "count";
  }
}
function signedAmount(x, quantity2) {
  return signedQuantity(x, unitOf(quantity2));
}
function num(x) {
  return x === null ? "\u2014" : si(x);
}

// src/compare/runtime.ts
var lower = (o) => ({
  ...o,
  direction: "lower-is-better"
});
var higher = (o) => ({
  ...o,
  direction: "higher-is-better"
});
function throughputRow(a, b) {
  if (a.tokensPerSecond === void 0 || b.tokensPerSecond === void 0) {
    return {
      label: labelOf(`throughput.b${a.batch}`),
      unit: "examples/s",
      base: a.examplesPerSecond,
      head: b.examplesPerSecond
    };
  }
  const perExample = Math.round(a.tokensPerSecond / a.examplesPerSecond);
  return {
    label: `throughput (batch ${a.batch}; a run is ${a.batch} \xD7 ${perExample} tokens)`,
    unit: "tokens/s",
    base: a.tokensPerSecond,
    head: b.tokensPerSecond
  };
}
function compareRuntime(pair, analyses, options) {
  const { a, b } = pair;
  if (a.status !== "ok" || b.status !== "ok") return [failed(a, b)];
  const out = [];
  const look = pair.latencyLooks.at(-1);
  const atLast = (o) => look ? atLook(o, look.confidence) : o;
  const lookConfidence = look ? { confidence: look.confidence } : {};
  const lat = pairedVerdict(pair.latencyRounds, atLast(lower(options)));
  const batch = a.latency.batch;
  out.push({
    indicator: "latency.p50",
    label: `${labelOf("latency.p50")} (batch ${batch})`,
    unit: "ms",
    base: a.latency.summary.p50,
    head: b.latency.summary.p50,
    ...fromVerdict(lat),
    ...lookConfidence,
    gating: true
  });
  for (const p of ["p90", "p99"]) {
    const base = a.latency.summary[p];
    const head = b.latency.summary[p];
    out.push({
      indicator: `latency.${p}`,
      label: `${labelOf(`latency.${p}`)} (batch ${batch})`,
      unit: "ms",
      base,
      head,
      ratio: head / base,
      ci: null,
      rounds: pair.latencyRounds.length,
      verdict: "not-tested",
      reason: "tail percentiles are reported, not tested: they need thousands of samples to be stable",
      gating: false
    });
  }
  for (const t of a.throughput ?? []) {
    const h = b.throughput?.find((x) => x.batch === t.batch);
    if (!h) continue;
    const rounds = t.batch === batch ? pair.latencyRounds : pair.throughputRounds[String(t.batch)];
    if (!rounds) continue;
    const perSecond = rounds.map((r) => ({
      a: t.batch * 1e3 / r.a,
      b: t.batch * 1e3 / r.b,
      epoch: r.epoch
    }));
    const same = t.batch === batch;
    out.push({
      indicator: `throughput.b${t.batch}`,
      ...throughputRow(t, h),
      ...fromVerdict(pairedVerdict(perSecond, same ? atLast(higher(options)) : higher(options))),
      ...same ? lookConfidence : {},
      gating: true
    });
  }
  out.push(
    fresh(
      "coldStart",
      a.coldStart?.summary.p50,
      b.coldStart?.summary.p50,
      pair.coldStartRounds,
      options
    )
  );
  out.push(
    fresh(
      "firstRun",
      a.firstRun?.summary.p50,
      b.firstRun?.summary.p50,
      pair.firstRunRounds,
      options
    )
  );
  out.push(memory(a, b, pair.memoryRounds, options.threshold));
  const bubble = outsideKernelsRow(a, b, pair.outsideKernelsRounds, lower(options));
  if (bubble) out.push(bubble);
  out.push(achieved(analyses, lat, out[0], options.threshold));
  return out;
}
function fromVerdict(v) {
  return {
    ratio: v.ratio,
    ci: v.ci,
    rounds: v.rounds,
    ...v.pairs ? { pairs: v.pairs } : {},
    verdict: v.verdict,
    reason: v.reason
  };
}
function fresh(indicator, base, head, rounds, options) {
  return {
    indicator,
    label: labelOf(indicator),
    unit: "ms",
    base: base ?? null,
    head: head ?? null,
    ...fromVerdict(pairedVerdict(rounds, lower(options))),
    gating: true
  };
}
function memory(a, b, rounds, threshold) {
  const base = a.peakRss?.bytes ?? null;
  const head = b.peakRss?.bytes ?? null;
  const row = {
    indicator: "peakRss",
    label: labelOf("peakRss"),
    unit: "bytes",
    base,
    head,
    gating: true
  };
  const baseline = median(a.peakRss?.withoutModelBytes ?? [0]);
  const ratios = rounds.map((r) => Math.max(1, r.b - baseline) / Math.max(1, r.a - baseline));
  if (base === null || head === null || ratios.length === 0) {
    return {
      ...row,
      ratio: null,
      ci: null,
      rounds: 0,
      verdict: "inconclusive",
      reason: "peak memory was not measured"
    };
  }
  const ratio = Math.max(1, head) / Math.max(1, base);
  const ci = [Math.min(...ratios), Math.max(...ratios)];
  const up = 1 + threshold;
  const pct = `${Math.round(threshold * 100)}%`;
  const range = `pairs ${ratioInterval(ci)}`;
  if (ci[0] > up)
    return {
      ...row,
      ratio,
      ci,
      rounds: ratios.length,
      verdict: "worse",
      reason: `every pair is above +${pct} (${range})`
    };
  if (ci[1] < 1 / up)
    return {
      ...row,
      ratio,
      ci,
      rounds: ratios.length,
      verdict: "better",
      reason: `every pair is below \u2212${pct} (${range})`
    };
  if (ci[0] >= 1 / up && ci[1] <= up)
    return {
      ...row,
      ratio,
      ci,
      rounds: ratios.length,
      verdict: "unchanged",
      reason: `every pair is within \xB1${pct} (${range})`
    };
  return {
    ...row,
    ratio,
    ci,
    rounds: ratios.length,
    verdict: "inconclusive",
    reason: `the pairs disagree (${range})`
  };
}
function achieved(analyses, lat, latency, threshold) {
  const fa = analyses.base.totals.flops;
  const fb = analyses.head.totals.flops;
  const row = {
    indicator: "achievedFlopsPerSecond",
    label: labelOf("achievedFlopsPerSecond"),
    unit: "FLOP/s",
    gating: false
  };
  if (!fa || !fb || !latency.base || !latency.head) {
    return {
      ...row,
      base: null,
      head: null,
      ratio: null,
      ci: null,
      rounds: 0,
      verdict: "not-tested",
      reason: "no FLOPs or no latency"
    };
  }
  const flopsRatio = fb / fa;
  const ratio = flopsRatio / lat.ratio;
  const ci = [flopsRatio / lat.ci[1], flopsRatio / lat.ci[0]];
  const d = lat.rounds < 5 ? { verdict: "inconclusive", reason: lat.reason } : decide(ratio, ci, threshold, "higher-is-better", "FLOPs / latency");
  if (d.verdict === "better" || d.verdict === "worse") d.verdict = "changed";
  return {
    ...row,
    base: fa / (latency.base / 1e3),
    head: fb / (latency.head / 1e3),
    ratio,
    ci,
    rounds: lat.rounds,
    ...d
  };
}
function failed(a, b) {
  const bad = [a, b].filter((m) => m.status !== "ok").map((m) => `${m.id}: ${m.status}: ${m.error}`);
  return {
    indicator: "latency.p50",
    label: labelOf("latency.p50"),
    unit: "ms",
    base: a.latency?.summary.p50 ?? null,
    head: b.latency?.summary.p50 ?? null,
    ratio: null,
    ci: null,
    rounds: 0,
    verdict: "inconclusive",
    reason: `not compared: ${bad.join("; ")}`,
    gating: false
  };
}

// src/compare/static.ts
function staticDeltas(base, head, threshold) {
  return STATIC_INDICATORS.map(({ key, label, unit, direction }) => {
    const a = numeric(base.totals[key]);
    const b = numeric(head.totals[key]);
    const delta = a !== null && b !== null ? b - a : null;
    const relative = delta !== null && a ? delta / a : null;
    const better = delta !== null && (direction === "higher-is-better" ? delta > 0 : delta < 0);
    const small = relative !== null && Math.abs(relative) < threshold;
    return {
      indicator: key,
      label,
      unit,
      base: a,
      head: b,
      delta,
      relative,
      verdict: !delta || small ? "unchanged" : direction === "none" ? "changed" : better ? "better" : "worse",
      incomplete: base.incompleteTotals.includes(key) || head.incompleteTotals.includes(key)
    };
  });
}
var numeric = (v) => typeof v === "number" && Number.isFinite(v) ? v : null;
function opTypeShifts(base, head, measured) {
  const names = /* @__PURE__ */ new Set([...Object.keys(base.byOpType), ...Object.keys(head.byOpType)]);
  for (const m of [measured?.base, measured?.head])
    for (const op of Object.keys(m?.opProfile?.byOpType ?? {})) names.add(op);
  const shifts = [...names].map((opType) => ({
    opType,
    base: side(base, measured?.base, opType),
    head: side(head, measured?.head, opType)
  }));
  const weight = (s) => Math.max(
    s.base?.flopsShare ?? 0,
    s.head?.flopsShare ?? 0,
    s.base?.timeShare ?? 0,
    s.head?.timeShare ?? 0
  );
  return shifts.sort((x, y) => weight(y) - weight(x) || (x.opType < y.opType ? -1 : 1));
}
function side(a, m, opType) {
  const c = a.byOpType[opType];
  const t = m?.opProfile?.byOpType[opType.includes("/") ? opType.slice(opType.indexOf("/") + 1) : opType];
  if (!c && !t) return null;
  return {
    count: c?.count ?? 0,
    flops: c?.flops ?? 0,
    flopsShare: c && a.totals.flops ? c.flops / a.totals.flops : 0,
    bytesShare: c && a.totals.bytesAccessed ? c.bytesAccessed / a.totals.bytesAccessed : 0,
    ...t ? { timeShare: t.share } : {},
    ...t?.achievedFlopsPerSecond ? { achievedFlopsPerSecond: t.achievedFlopsPerSecond } : {}
  };
}

// src/stats/rank-sum.ts
function rankSumP(x, y) {
  const m = x.length;
  const n = y.length;
  if (m === 0 || n === 0) return 1;
  const all = [...x.map((v) => ({ v, fromX: true })), ...y.map((v) => ({ v, fromX: false }))];
  all.sort((a, b) => a.v - b.v);
  const N = m + n;
  let rankSumX = 0;
  let tieTerm = 0;
  for (let i = 0; i < N; ) {
    let j = i;
    while (j + 1 < N && all[j + 1].v === all[i].v) j++;
    const midrank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (all[k].fromX) rankSumX += midrank;
    const t = j - i + 1;
    tieTerm += t ** 3 - t;
    i = j + 1;
  }
  const mean = m * (N + 1) / 2;
  const variance = m * n / 12 * (N + 1 - tieTerm / (N * (N - 1)));
  if (variance <= 0) return 1;
  const z = Math.max(0, Math.abs(rankSumX - mean) - 0.5) / Math.sqrt(variance);
  return Math.min(1, 2 * upperNormalTail(z));
}
function upperNormalTail(z) {
  const x = z / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc = t * Math.exp(
    -x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886638 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
  );
  return erfc / 2;
}

// src/compare/load-dependence.ts
var MIN_HALF_ROUNDS = 8;
var MIN_LOAD_SPREAD = 0.05;
var MAX_P = 1e-3;
function loadDependence(rounds, threshold) {
  const usable = rounds.filter((r) => r.a > 0 && r.b > 0 && isFinite(r.a) && isFinite(r.b));
  const half = Math.floor(usable.length / 2);
  if (half < MIN_HALF_ROUNDS) return void 0;
  for (const orderedBy of ["base", "head"]) {
    const level = (r) => orderedBy === "base" ? r.a : r.b;
    const sorted = [...usable].sort((x, y) => level(x) - level(y));
    const quiet = sorted.slice(0, half);
    const busy = sorted.slice(sorted.length - half);
    const loadSpread = median(busy.map(level)) / median(quiet.map(level)) - 1;
    if (loadSpread < MIN_LOAD_SPREAD) continue;
    const logRatio = (r) => Math.log(r.b / r.a);
    const dq = quiet.map(logRatio);
    const db = busy.map(logRatio);
    const quietRatio = Math.exp(median(dq));
    const busyRatio = Math.exp(median(db));
    const moreSensitive = orderedBy === "base" ? "head" : "base";
    const grows = orderedBy === "base" ? busyRatio > quietRatio : busyRatio < quietRatio;
    if (!grows || Math.abs(Math.log(busyRatio / quietRatio)) < Math.log1p(threshold)) continue;
    const p = rankSumP(db, dq);
    if (p >= MAX_P) continue;
    return {
      moreSensitive,
      orderedBy,
      rounds: usable.length,
      quietRatio,
      busyRatio,
      loadSpread,
      p
    };
  }
  return void 0;
}
function loadDependenceNote(l) {
  const slower = `${l.orderedBy} ran ${percentMagnitude(100 * l.loadSpread)}% slower`;
  return `latency p50 depends on how busy the machine was: in the half of the ${l.rounds} rounds where the ${l.orderedBy} ran fastest, the head was ${percentChange(l.quietRatio - 1)} against the base; in the half where the ${slower}, ${percentChange(l.busyRatio - 1)} (rank-sum p < ${MAX_P}). The ${l.moreSensitive} loses more to a busy machine, so the verdict mixes the two, and a run that gets another mix of quiet and busy moments can land far outside its interval (docs/measurement.md, "Differences that depend on the load").`;
}

// src/compare/compare.ts
var LOWEST_PAIRED_THRESHOLD = 0.02;
var UNPAIRED_THRESHOLD_FACTOR = 2;
function buildComparison(base, head, options, paired = /* @__PURE__ */ new Map()) {
  const hardware = hardwareOf(base.result, head.result);
  const ids = [
    .../* @__PURE__ */ new Set([...base.result.models.map((m) => m.id), ...head.result.models.map((m) => m.id)])
  ];
  const models = ids.map((id) => {
    const a = base.result.models.find((m) => m.id === id);
    const b = head.result.models.find((m) => m.id === id);
    const scenario = scenarioOf(id, b ?? a);
    if (!a || !b) return { ...onlyOne(id, a ? "removed" : "added"), ...scenario };
    return {
      ...compareModel(a, b, options, paired.get(id), hardware, base.result, head.result),
      ...scenario
    };
  });
  const gates = options.gates ? evaluateGates(options.gates, models, {
    onInconclusive: options.onInconclusive,
    confidence: options.confidence,
    onMissingBase: options.onMissingBase
  }) : [];
  const c = {
    schema: COMPARISON_SCHEMA,
    tool: { name: "misnomer", version: TOOL_VERSION },
    base: { label: base.label, ...base.result.commit ? { commit: base.result.commit } : {} },
    head: { label: head.label, ...head.result.commit ? { commit: head.result.commit } : {} },
    models,
    gates,
    headline: "",
    ...head.result.settings ? { settings: head.result.settings } : {},
    ...hardware ? { hardware } : {},
    method: {
      threshold: options.threshold,
      confidence: options.confidence,
      resamples: options.resamples,
      seed: options.seed
    }
  };
  const roofline = comparisonRoofline(base.result.roofline, head.result.roofline);
  if (roofline) c.roofline = roofline;
  const rooflineError = head.result.rooflineError ?? base.result.rooflineError;
  const notes = !roofline && rooflineError ? [rooflineError] : [];
  const onePair = (m) => m.runtimeMode === "paired" && m.runtime.some((d) => d.indicator === "latency.p50" && d.rounds > 0 && !d.pairs);
  if (options.threshold < LOWEST_PAIRED_THRESHOLD && models.some(onePair)) {
    notes.push(
      `The runtime threshold, ${share(options.threshold)}, is below 2%, and the budget was too short for more than one pair of sessions: two sessions of one model can run about 1% apart for as long as they live, an offset that the rounds of one pair do not cover, so a verdict this close to it may be that offset (docs/measurement.md, "What one pair leaves out").`
    );
  }
  if (notes.length > 0) c.notes = notes;
  c.headline = headline(c);
  return c;
}
function scenarioOf(id, m) {
  const { scenario } = splitUnit(id);
  return scenario ? { scenario: { name: scenario, dims: { ...m.analysis.dims } } } : {};
}
function onlyOne(id, status) {
  return {
    id,
    status,
    reason: status === "added" ? "new in head: nothing to compare with" : "not in head any more",
    static: [],
    runtime: [],
    runtimeMode: "none",
    opTypes: [],
    contradictions: [],
    notes: []
  };
}
function compareModel(a, b, options, pair, hardware, baseResult, headResult) {
  const notes = [];
  if (baseResult.tool.countingRules !== headResult.tool.countingRules) {
    notes.push(
      `the counting rules changed between misnomer ${baseResult.tool.version} (base) and ${headResult.tool.version} (head): static deltas may come from the tool, not the model`
    );
  }
  const verdict = {
    threshold: options.threshold,
    confidence: options.confidence,
    resamples: options.resamples,
    seed: options.seed
  };
  let runtime = [];
  let runtimeMode = "none";
  if (pair) {
    runtime = compareRuntime(pair, { base: a.analysis, head: b.analysis }, verdict);
    runtimeMode = "paired";
    const load = loadDependence(pair.latencyRounds, options.threshold);
    if (load) notes.push(loadDependenceNote(load));
  } else if (a.measurement && b.measurement) {
    runtimeMode = hardware?.comparable ? "unpaired" : "not-comparable";
    runtime = unpairedRuntime(
      a,
      b,
      runtimeMode,
      { ...verdict, threshold: UNPAIRED_THRESHOLD_FACTOR * options.threshold },
      hardware
    );
    if (runtimeMode === "unpaired") {
      notes.push(
        `speed was measured in two runs on matching hardware: compared unpaired, with a threshold of ${+(100 * UNPAIRED_THRESHOLD_FACTOR * options.threshold).toFixed(2)}%`
      );
    }
  }
  const sides = { base: pair?.a ?? a.measurement, head: pair?.b ?? b.measurement };
  const failures = ["base", "head"].filter((k) => sides[k] && sides[k].status !== "ok").map((k) => `${k}: ${sides[k].status}: ${sides[k].error ?? ""}`);
  const m = {
    id: a.id,
    status: failures.length ? "failed" : "compared",
    ...failures.length ? {
      reason: failures.join("; "),
      failedSides: ["base", "head"].filter(
        (k) => sides[k] && sides[k].status !== "ok"
      )
    } : {},
    static: staticDeltas(a.analysis, b.analysis, options.staticThreshold),
    runtime,
    runtimeMode,
    opTypes: opTypeShifts(a.analysis, b.analysis, {
      base: pair?.a ?? a.measurement,
      head: pair?.b ?? b.measurement
    }),
    notes
  };
  const roofline = comparisonRoofline(baseResult.roofline, headResult.roofline);
  if (roofline) {
    placeShifts(m.opTypes, a.analysis, b.analysis, roofline);
    m.ridgeFlopsPerByte = roofline.ridgeFlopsPerByte;
  }
  return {
    ...m,
    contradictions: findContradictions(m, {
      staticThreshold: options.staticThreshold,
      runtimeThreshold: runtimeMode === "unpaired" ? UNPAIRED_THRESHOLD_FACTOR * options.threshold : options.threshold
    })
  };
}
function unpairedRuntime(a, b, mode, options, hardware) {
  const ma = a.measurement;
  const mb = b.measurement;
  const rows = [];
  const add = (indicator, label, unit, sa, sb, direction = "lower-is-better", base, head) => {
    if (!sa?.length || !sb?.length) return;
    const row = { indicator, label, unit, base: base ?? null, head: head ?? null, rounds: 0 };
    if (mode === "not-comparable") {
      const why = hardware?.differences.join("; ") || "unknown";
      rows.push({
        ...row,
        ratio: null,
        ci: null,
        verdict: "not-comparable",
        reason: `measured on different hardware or settings (${why})`,
        gating: false
      });
      return;
    }
    const v = unpairedVerdict(sa, sb, { ...options, direction });
    rows.push({
      ...row,
      ratio: v.ratio,
      ci: v.ci,
      verdict: v.verdict,
      reason: v.reason,
      gating: true
    });
  };
  add(
    "latency.p50",
    `${labelOf("latency.p50")} (batch ${ma.latency?.batch ?? 1})`,
    "ms",
    ma.latency?.samplesMs,
    mb.latency?.samplesMs,
    "lower-is-better",
    ma.latency?.summary.p50,
    mb.latency?.summary.p50
  );
  for (const t of ma.throughput ?? []) {
    const h = mb.throughput?.find((x) => x.batch === t.batch);
    const perSecond = (s) => s.map((ms) => t.batch * 1e3 / ms);
    if (!h) continue;
    const row = throughputRow(t, h);
    add(
      `throughput.b${t.batch}`,
      row.label,
      row.unit,
      perSecond(t.latency.samplesMs),
      perSecond(h.latency.samplesMs),
      "higher-is-better",
      row.base ?? void 0,
      row.head ?? void 0
    );
  }
  add(
    "coldStart",
    labelOf("coldStart"),
    "ms",
    ma.coldStart?.samplesMs,
    mb.coldStart?.samplesMs,
    "lower-is-better",
    ma.coldStart?.summary.p50,
    mb.coldStart?.summary.p50
  );
  return rows;
}
function hardwareOf(a, b) {
  const fa = a.fingerprint ?? b.fingerprint;
  if (!fa) return void 0;
  if (!a.fingerprint || !b.fingerprint || !a.settings || !b.settings) {
    const missing = a.fingerprint ? "head" : "base";
    return {
      comparable: false,
      differences: [`the ${missing} result has no hardware fingerprint or settings`],
      description: fingerprintText(fa)
    };
  }
  const { comparable, differences } = speedComparable(
    a.fingerprint,
    b.fingerprint,
    a.settings,
    b.settings
  );
  return { comparable, differences, description: fingerprintText(b.fingerprint) };
}

// src/pipeline/verdict.ts
var headFailed = (m) => m.status === "failed" && (m.failedSides?.includes("head") ?? true);
function failureOf(c) {
  const tripped = c.gates.filter((g) => g.tripped);
  const failed2 = c.models.filter(headFailed);
  if (tripped.length === 0 && failed2.length === 0) return void 0;
  const lines = [
    ...tripped.map((g) => `${g.model}: ${g.reason}`),
    ...failed2.map((m) => `${m.id}: ${m.reason ?? "the model failed"}`)
  ];
  const what = tripped.length > 0 ? `${tripped.length} gate${tripped.length === 1 ? "" : "s"} tripped` : `${failed2.length} model${failed2.length === 1 ? "" : "s"} failed`;
  return { tripped, failed: failed2, message: `${what}:
${lines.map((l) => `- ${l}`).join("\n")}` };
}

// src/report/terminal-compare.ts
var COLORS = { red: 31, green: 32, yellow: 33, bold: 1, dim: 2 };
function renderComparisonTerminal(c, options = {}) {
  const paint = (text, color) => options.color ? `\x1B[${COLORS[color]}m${text}\x1B[0m` : text;
  const out = [paint(clean(c.headline), "bold"), ""];
  for (const n of c.notes ?? []) out.push(paint(clean(n), "dim"));
  if (c.notes?.length) out.push("");
  for (const m of c.models) out.push(...renderModel(m, c, paint), "");
  if (c.commands?.length) {
    const t = table(
      ["timed command", clean(c.base.label), clean(c.head.label), "change", "verdict"],
      ["left", "right", "right", "right", "left"]
    );
    for (const d of c.commands) {
      const change = d.ratio === null ? "\u2014" : ratioChange(d.ratio, d.ci);
      const color = d.verdict === "worse" ? "red" : d.verdict === "better" ? "green" : "dim";
      t.push([
        clean(d.name),
        quantity(d.base, "ms"),
        quantity(d.head, "ms"),
        change,
        paint(d.verdict, color)
      ]);
    }
    out.push(t.toString(), "");
  }
  const tripped = c.gates.filter((g) => g.tripped);
  for (const g of tripped)
    out.push(
      paint(
        `\u2717 gate ${clean(g.gate)} ${clean(g.limit)} (${clean(g.model)}): ${clean(g.reason)}`,
        "red"
      )
    );
  if (c.gates.length && !tripped.length)
    out.push(paint(`\u2713 all ${c.gates.length} gates passed`, "green"));
  if (c.roofline) out.push("", paint(rooflineSentence(c.roofline), "dim"));
  return out.join("\n").trimEnd() + "\n";
}
function renderModel(m, c, paint) {
  const title = c.models.length > 1 ? [paint(`\u2500\u2500 ${clean(m.id)} \u2500\u2500`, "bold")] : [];
  if (m.scenario) {
    const dims = Object.entries(m.scenario.dims).map(([k, v]) => `${clean(k)}=${v}`);
    title.push(`scenario ${clean(m.scenario.name)}${dims.length ? `: ${dims.join(", ")}` : ""}`);
  }
  if (m.status !== "compared")
    return [...title, `${clean(m.id)}: ${m.status}${m.reason ? ` (${clean(m.reason)})` : ""}`];
  const t = table(
    ["indicator", clean(c.base.label), clean(c.head.label), "change"],
    ["left", "right", "right", "right"]
  );
  for (const d of m.static) {
    const change = d.relative === null ? d.delta ? "new" : "=" : d.relative === 0 ? "=" : percentChange(d.relative);
    const color = d.verdict === "worse" ? "red" : d.verdict === "better" ? "green" : "dim";
    t.push([
      d.label,
      bareQuantity(d.base, d.unit) + (d.incomplete ? " *" : ""),
      bareQuantity(d.head, d.unit),
      paint(change, color)
    ]);
  }
  const lines = [...title, t.toString()];
  if (m.runtime.length)
    lines.push(
      renderRuntimeComparison(
        m.runtime,
        { base: c.base.label, head: c.head.label },
        false
      ).trimEnd()
    );
  else lines.push("runtime: not measured");
  for (const x of contradictionLines(m.contradictions)) {
    lines.push(paint(`\u26A0 ${clean(x.title)}`, "yellow"), `  ${clean(x.evidence)}`);
  }
  for (const n of m.notes) lines.push(paint(`note: ${clean(n)}`, "dim"));
  return lines;
}

// src/commands/comparison-outputs.ts
var comparisonOutputs = (c) => ({
  json: () => toJson(c),
  markdown: () => renderMarkdown(c),
  terminal: () => renderComparisonTerminal(c, { color: Boolean(process.stdout.isTTY) })
});

export {
  latencyLimits,
  sequentialPlan,
  gatedUnits,
  buildComparison,
  failureOf,
  comparisonOutputs
};
