import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  CAP,
  DEFAULT_MAX_CHARS,
  cutNote,
  details,
  fingerprintText,
  hardCut,
  largest,
  outsideKernelsDetail,
  rooflineSentence,
  scenarioLine
} from "./cli-chunk-35RXOLIQ.js";
import {
  markdownTable,
  md,
  mdInline
} from "./cli-chunk-WKN5M4YK.js";
import {
  exact,
  indicator,
  labelOf,
  quantity,
  share
} from "./cli-chunk-QVUGMA3D.js";
import {
  splitUnit
} from "./cli-chunk-SQU4EMMZ.js";

// src/report/result-markdown.ts
var WHOLE = "The JSON result";
var ROWS = [
  "params",
  "macs",
  "flops",
  "transcendentals",
  "intOps",
  "bytesAccessed",
  "arithmeticIntensity",
  "weightBytes",
  "peakActivationBytes",
  "nodes"
];
var TOP_OPS = 10;
var num = (v) => typeof v === "number" && Number.isFinite(v) ? v : null;
var text = (v, max) => mdInline(String(v ?? ""), max);
var pct = (x) => share(num(x));
function staticRows(a) {
  const incomplete = Array.isArray(a.incompleteTotals) ? a.incompleteTotals : [];
  return ROWS.flatMap((key) => {
    const value = num(a.totals[key]);
    if (key === "intOps" && !value) return [];
    const row = indicator(key);
    const mark = incomplete.includes(key) ? " \\*" : "";
    return [[row.label, `${quantity(value, row.unit)}${mark}`, ""]];
  });
}
function runtimeRows(m) {
  const rows = [];
  const lat = m.latency;
  if (lat) {
    const batch = num(lat.batch);
    const s = lat.summary;
    const cv = num(s?.cv);
    const spread = `${num(s?.count) ?? "?"} runs${cv === null ? "" : ` \xB7 CV ${pct(cv)}`}`;
    rows.push([
      `${labelOf("latency.p50")} (batch ${batch ?? "?"})`,
      quantity(num(s?.p50), "ms"),
      spread
    ]);
    rows.push([labelOf("latency.p90"), quantity(num(s?.p90), "ms"), "reported, not tested"]);
    rows.push([labelOf("latency.p99"), quantity(num(s?.p99), "ms"), "reported, not tested"]);
  }
  for (const t of Array.isArray(m.throughput) ? m.throughput : []) {
    const tokens = num(t.tokensPerSecond);
    rows.push([
      `${labelOf("throughput")} (batch ${num(t.batch) ?? "?"})`,
      quantity(num(t.examplesPerSecond), "examples/s"),
      tokens === null ? "" : quantity(tokens, "tokens/s")
    ]);
  }
  if (m.coldStart) {
    const n = num(m.coldStart.summary?.count);
    const detail = `session creation, median of ${n ?? "?"} fresh processes`;
    rows.push([labelOf("coldStart"), quantity(num(m.coldStart.summary?.p50), "ms"), detail]);
  }
  if (m.firstRun) {
    const detail = "first inference after load";
    rows.push([labelOf("firstRun"), quantity(num(m.firstRun.summary?.p50), "ms"), detail]);
  }
  if (m.peakRss) {
    const detail = "RSS above the same process without the model";
    rows.push([labelOf("peakRss"), quantity(num(m.peakRss.bytes), "bytes"), detail]);
  }
  const outside = m.opProfile?.outsideKernels;
  if (outside) {
    const detail = outsideKernelsDetail(outside, (x) => quantity(x, "ms"));
    rows.push([labelOf("outsideKernels"), quantity(num(outside.ms), "ms"), detail]);
  }
  const fps = num(m.achievedFlopsPerSecond);
  if (fps) {
    const row = indicator("achievedFlopsPerSecond");
    rows.push([row.label, quantity(fps, row.unit), row.convention]);
  }
  return rows;
}
function mainTable(m) {
  const rows = [["**static** \xB7 exact, from the graph", "", ""], ...staticRows(m.analysis)];
  const runtime = m.measurement ? runtimeRows(m.measurement) : [];
  if (runtime.length > 0) rows.push(["**runtime** \xB7 measured on this runner", "", ""], ...runtime);
  return markdownTable([["indicator", "value", "detail"], ...rows], { align: ["l", "r", "l"] });
}
function remarks(m) {
  const out = [];
  const uncounted = Array.isArray(m.analysis.uncounted) ? m.analysis.uncounted : [];
  if (m.analysis.incomplete || uncounted.length > 0) {
    const ops = uncounted.slice(0, 5).map((u) => `${text(u.opType, CAP.opType)} (\xD7${num(u.count) ?? "?"})`);
    const more = uncounted.length > 5 ? `, and ${uncounted.length - 5} more` : "";
    const what = ops.length ? `: ${ops.join(", ")}${more}` : "";
    out.push(`_\\* incomplete: some ops could not be counted${what}._`);
  }
  const meas = m.measurement;
  if (meas && meas.status !== "ok") {
    const why = meas.error ? `: ${text(meas.error, CAP.note)}` : "";
    out.push(`**\u2717 Measurement ${text(meas.status, 40)}**${why}.`);
  }
  return out;
}
function timeTable(profile, rows) {
  const ops = Object.entries(profile).sort(
    (x, y) => (num(y[1]?.share) ?? 0) - (num(x[1]?.share) ?? 0)
  );
  const body = ops.slice(0, rows).map(([op, t]) => [
    mdInline(op, CAP.opType),
    quantity(num(t?.ms), "ms"),
    pct(t?.share),
    pct(t?.flopsShare),
    quantity(num(t?.achievedFlopsPerSecond), "FLOP/s"),
    quantity(num(t?.calls), "count")
  ]);
  const head = [
    "op type (as run)",
    "time per inference",
    "share of time",
    "share of FLOPs",
    "achieved FLOP/s",
    "calls"
  ];
  return [markdownTable([head, ...body], { align: ["l", "r", "r", "r", "r", "r"] }), ops.length];
}
function flopsTable(a, rows) {
  const flops = num(a.totals.flops) ?? 0;
  const moved = num(a.totals.bytesAccessed) ?? 0;
  const share2 = (part, whole) => whole ? pct((num(part) ?? 0) / whole) : "\u2014";
  const ops = Object.entries(a.byOpType ?? {}).sort(
    (x, y) => (num(y[1]?.flops) ?? 0) - (num(x[1]?.flops) ?? 0)
  );
  const body = ops.slice(0, rows).map(([op, c]) => [
    mdInline(op, CAP.opType),
    quantity(num(c?.count), "count"),
    share2(c?.flops, flops),
    share2(c?.bytesAccessed, moved)
  ]);
  const head = ["op type", "nodes", "share of FLOPs", "share of bytes"];
  return [markdownTable([head, ...body], { align: ["l", "r", "r", "r"] }), ops.length];
}
function opDetails(m, rows) {
  if (rows <= 0) return null;
  const profile = m.measurement?.opProfile?.byOpType;
  const timed = !!profile && typeof profile === "object" && Object.keys(profile).length > 0;
  const [table, total] = timed ? timeTable(profile, rows) : flopsTable(m.analysis, rows);
  if (total === 0) return null;
  const count = `${exact(total)} op type${total === 1 ? "" : "s"}`;
  const summary = timed ? `Top op types by share of time (${count}, as ONNX Runtime ran them)` : `Top op types by share of FLOPs (${count})`;
  const more = rows < total ? `

Top ${rows} of ${count} shown.` : "";
  return details(summary, `${table}${more}`);
}
function machineLine(r) {
  const f = r.fingerprint;
  const s = r.settings;
  if (!f) return null;
  let machine;
  try {
    machine = fingerprintText(f);
  } catch {
    return null;
  }
  let line = `Measured on ${mdInline(machine, CAP.note)}`;
  if (s) {
    line += ` \xB7 ${text(s.provider, 40)} provider, ${text(s.intraOpThreads, 10)} intra-op / ${text(s.interOpThreads, 10)} inter-op threads, optimization ${text(s.graphOptimizationLevel, 20)}`;
  }
  return `${line}.`;
}
function render(r, o, plan, cuts) {
  const blocks = [];
  if (o.marker) blocks.push(o.marker);
  blocks.push(`**${md(o.title ?? "misnomer", CAP.headline) || "misnomer"}**`);
  if (o.note) blocks.push(`> ${md(o.note, CAP.note)}`);
  const n = r.models.length;
  const commit = typeof r.commit === "string" ? ` \xB7 commit ${mdInline(r.commit.slice(0, 12), 12)}` : "";
  blocks.push(
    `${exact(n)} model${n === 1 ? "" : "s"}${commit} \xB7 misnomer ${text(r.tool?.version, 40)}`
  );
  const measured = r.models.some((m) => m.measurement);
  blocks.push(
    machineLine(r) ?? (measured ? "Measured on unrecorded hardware." : "Static analysis only: not measured.")
  );
  if (r.roofline) blocks.push(rooflineSentence(r.roofline));
  for (const m of r.models.slice(0, plan.models)) {
    blocks.push(`### ${md(m.id, CAP.id) || "(unnamed model)"}`);
    const { scenario } = splitUnit(String(m.id));
    const dims = m.analysis?.dims;
    if (scenario && dims && typeof dims === "object") {
      blocks.push(scenarioLine({ name: scenario, dims: numbersOnly(dims) }));
    }
    blocks.push(mainTable(m), ...remarks(m));
    const ops = opDetails(m, plan.opRows);
    if (ops) blocks.push(ops);
  }
  const hidden = n - plan.models;
  if (hidden > 0) {
    blocks.push(`\u2026 and ${exact(hidden)} more model${hidden === 1 ? "" : "s"} not shown.`);
  }
  if (cuts.length > 0) blocks.push(cutNote(o.maxChars, cuts, WHOLE));
  return `${blocks.join("\n\n")}
`;
}
function describeCuts(plan, full) {
  const cuts = [];
  if (plan.opRows < full.opRows) {
    cuts.push(
      plan.opRows > 0 ? `op types cut to the top ${plan.opRows}` : "op-type details dropped"
    );
  }
  if (plan.models < full.models) cuts.push(`${plan.models} of ${full.models} models shown`);
  return cuts;
}
function renderResultMarkdown(result, options = {}) {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const full = { opRows: TOP_OPS, models: result.models.length };
  const attempt = (plan) => render(result, options, plan, describeCuts(plan, full));
  const fits = (plan) => attempt(plan).length <= maxChars;
  if (fits(full)) return attempt(full);
  const rows = largest(1, TOP_OPS - 1, (n) => fits({ ...full, opRows: n }));
  if (rows >= 1) return attempt({ ...full, opRows: rows });
  const bare = { ...full, opRows: 0 };
  if (fits(bare)) return attempt(bare);
  const models = largest(1, full.models - 1, (n) => fits({ ...bare, models: n }));
  if (models >= 1) return attempt({ ...bare, models });
  return hardCut(
    attempt({ ...bare, models: Math.min(1, full.models) }),
    options.marker,
    maxChars,
    WHOLE
  );
}
function numbersOnly(dims) {
  return Object.fromEntries(
    Object.entries(dims).filter((e) => typeof e[1] === "number")
  );
}

export {
  renderResultMarkdown
};
