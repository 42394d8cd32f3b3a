import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  table
} from "./cli-chunk-YTVESH7V.js";
import {
  STATIC_INDICATORS,
  bareQuantity,
  bytes,
  exact,
  percent,
  si
} from "./cli-chunk-QVUGMA3D.js";
import {
  clean
} from "./cli-chunk-ZFEJNILM.js";
import "./cli-chunk-WF4NF5RW.js";

// src/report/terminal-analysis.ts
var ROWS = STATIC_INDICATORS.map((r) => {
  const key = r.key;
  const row = {
    key,
    label: r.label,
    show: (t) => bareQuantity(t[key], r.unit),
    convention: r.convention
  };
  if (key === "params") row.show = (t) => `${si(t.params)} (${exact(t.params)})`;
  if (key === "nodes") row.show = (t) => exact(t.nodes);
  if (key === "weightBytes") row.convention = dtypeSplit;
  return row;
});
function dtypeSplit(t) {
  const parts = Object.entries(t.paramsByDtype).map(([d, n]) => `${d} ${si(n)}`);
  return parts.length ? parts.join(", ") : "no weights";
}
function renderAnalysis(a, options = {}) {
  const mark = (key) => a.incompleteTotals.includes(key) ? " *" : "";
  const dims = Object.entries(a.dims).map(([k, v]) => `${k}=${v}`).join(", ");
  const lines = [`${clean(a.model.path)}${dims ? `  (${clean(dims)})` : ""}`, ""];
  const totals = table(["indicator", "value", "convention"], ["left", "right", "left"]);
  for (const r of ROWS) {
    const convention = typeof r.convention === "string" ? r.convention : r.convention(a.totals);
    totals.push([r.label, r.show(a.totals) + mark(r.key), convention]);
  }
  lines.push(totals.toString(), "");
  lines.push(renderOpTypes(a), "");
  if (options.perNode && a.nodes) lines.push(renderNodes(a), "");
  lines.push(...renderProblems(a));
  return lines.join("\n").trimEnd() + "\n";
}
function renderOpTypes(a) {
  const t = a.totals;
  const ops = table(
    ["op type", "nodes", "% nodes", "MACs", "FLOPs", "% FLOPs", "bytes", "% bytes", "FLOP/B"],
    ["left", "right", "right", "right", "right", "right", "right", "right", "right"]
  );
  for (const [op, c] of Object.entries(a.byOpType)) {
    ops.push([
      clean(op),
      exact(c.count),
      percent(c.count, t.nodes),
      si(c.macs),
      si(c.flops),
      percent(c.flops, t.flops),
      bytes(c.bytesAccessed),
      percent(c.bytesAccessed, t.bytesAccessed),
      c.arithmeticIntensity === null ? "\u2014" : c.arithmeticIntensity.toFixed(2)
    ]);
  }
  return ops.toString();
}
function renderNodes(a) {
  const nodes = table(
    ["node", "op type", "output shapes", "MACs", "FLOPs", "bytes"],
    ["left", "left", "left", "right", "right", "right"]
  );
  for (const n of a.nodes ?? []) {
    const shapes = n.outputShapes.map((s) => s ? `[${s.join(",")}]` : "[?]").join(" ");
    nodes.push([
      clean(n.name),
      clean(n.opType),
      clean(shapes),
      si(n.macs),
      si(n.flops),
      bytes(n.bytesAccessed)
    ]);
  }
  return nodes.toString();
}
function renderProblems(a) {
  const out = [];
  if (a.incomplete) {
    out.push(`* incomplete: ${a.incompleteTotals.join(", ")} leave out what could not be counted:`);
    for (const u of a.uncounted) {
      out.push(
        `  - ${u.count} \xD7 ${clean(u.domain ? `${u.domain}/${u.opType}` : u.opType)} (no cost rule), e.g. ${u.examples.map((e) => clean(e)).join(", ")}`
      );
    }
    for (const u of a.unresolved.slice(0, 10))
      out.push(`  - ${clean(u.node)} (${clean(u.opType)}): ${clean(u.reason)}`);
    if (a.unresolved.length > 10)
      out.push(`  - ... and ${a.unresolved.length - 10} more nodes (see --json)`);
  }
  for (const w of a.warnings) out.push(`warning: ${clean(w)}`);
  for (const n of a.notes.slice(0, 10)) out.push(`note: ${clean(n)}`);
  if (a.notes.length > 10) out.push(`note: ... and ${a.notes.length - 10} more (see --json)`);
  return out;
}
export {
  renderAnalysis
};
