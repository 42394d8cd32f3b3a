import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  baselinePrefix,
  gitCommonDir,
  historyFile,
  localScope,
  readDataBranchFile,
  repoRoot,
  subjectsOf
} from "./cli-chunk-GGNLDOII.js";
import {
  HISTORY_SCHEMA,
  mergePoints,
  readResult
} from "./cli-chunk-3ZCWGRPH.js";
import {
  HISTORY_CHARTED,
  historyCharts,
  markdownTable,
  md,
  mdInline
} from "./cli-chunk-WKN5M4YK.js";
import "./cli-chunk-ZCPTUKAO.js";
import {
  table
} from "./cli-chunk-YTVESH7V.js";
import {
  bytes,
  labelOf,
  ms,
  percentChange,
  plural,
  si
} from "./cli-chunk-QVUGMA3D.js";
import {
  clean
} from "./cli-chunk-ZFEJNILM.js";
import {
  toJson
} from "./cli-chunk-AULQVF7H.js";
import {
  parse,
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

// builtin-require:node:fs for src/commands/history.ts
var m = __require("node:fs");
var readdirSync = m.readdirSync;
var statSync = m.statSync;

// builtin-require:node:path for src/commands/history.ts
var m2 = __require("node:path");
var basename = m2.basename;
var join = m2.join;
var resolve = m2.resolve;

// src/report/history-terminal.ts
var CHART_POINTS = 40;
var SPARKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
function sparkLine(values) {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return values.map((v) => SPARKS[hi === lo ? 0 : Math.round((v - lo) / (hi - lo) * (SPARKS.length - 1))]).join("");
}
function unitIds(points) {
  return [...new Set(points.flatMap((p) => p.units.map((u) => u.id)))];
}
function hardwareLetters(points) {
  const letters = /* @__PURE__ */ new Map();
  for (const p of [...points].reverse()) {
    if (p.hardware && !letters.has(p.hardware) && letters.size < 26) {
      letters.set(p.hardware, String.fromCharCode(65 + letters.size));
    }
  }
  return letters;
}
var commitOf = (p) => p.commit ? p.commit.slice(0, 7) : "(none)";
var dateOf = (p) => p.date.slice(0, 16).replace("T", " ");
function rows(points, id, letters) {
  return points.filter((p) => p.units.some((u) => u.id === id)).map((p) => {
    const u = p.units.find((x) => x.id === id);
    const lat = u.latency ? `${ms(u.latency.p50Ms)} (${letters.get(p.hardware ?? "") ?? "?"}, b${u.latency.batch})` : "\u2014";
    return [
      commitOf(p),
      dateOf(p),
      si(u.totals.params),
      si(u.totals.flops),
      bytes(u.totals.weightBytes),
      lat
    ];
  });
}
var HEAD = ["commit", "date (UTC)", "params", "FLOPs", "weight bytes", "latency p50"];
function sparks(points, id) {
  const out = [];
  for (const key of HISTORY_CHARTED) {
    const values = points.map((p) => p.units.find((u) => u.id === id)?.totals[key]).filter((v) => v !== void 0);
    if (values.length < 2 || values.every((v) => v === values[0])) continue;
    const first = values[0];
    const last = values[values.length - 1];
    const change = first === 0 ? "" : ` ${percentChange(last / first - 1)}`;
    out.push(
      `  ${labelOf(key).padEnd(12)} ${sparkLine(values)}${change} over ${values.length} points`
    );
  }
  return out;
}
function hardwareNote(letters) {
  if (letters.size <= 1) return "";
  return `latency letters: the hardware it was measured on (A: the newest point's; ${letters.size} kinds). Only latencies of one letter compare.`;
}
function renderHistoryTerminal(points, source, subjects = /* @__PURE__ */ new Map()) {
  if (points.length === 0) return `No history in ${clean(source)}.
`;
  const letters = hardwareLetters(points);
  const span = `${dateOf(points[0])} to ${dateOf(points[points.length - 1])}`;
  const lines = [
    `History in ${clean(source)}: ${plural(points.length, "point")}, ${span} (UTC)`,
    ""
  ];
  const told = points.filter((p) => p.commit && subjects.has(p.commit));
  if (told.length > 0) {
    for (const p of told)
      lines.push(`  ${commitOf(p)}  ${clean(subjects.get(p.commit)).slice(0, 72)}`);
    lines.push("");
  }
  for (const id of unitIds(points)) {
    const t = table(HEAD, ["left", "left", "right", "right", "right", "right"]);
    for (const r of rows(points, id, letters)) t.push(r);
    lines.push(clean(id), t.toString(), ...sparks(points, id), "");
  }
  const note = hardwareNote(letters);
  if (note) lines.push(note);
  return `${lines.join("\n").trimEnd()}
`;
}
function renderHistoryMarkdown(points, source) {
  const blocks = [
    `**misnomer history**: ${plural(points.length, "point")} in ${mdInline(source, 200)}`
  ];
  const letters = hardwareLetters(points);
  for (const id of unitIds(points)) {
    blocks.push(`### ${md(id, 200)}`);
    const body = rows(points, id, letters).map((r) => r.map((cell) => mdInline(cell, 100)));
    blocks.push(markdownTable([HEAD, ...body], { align: ["l", "l", "r", "r", "r", "r"] }));
    if (points.length >= 2) {
      const shown = points.slice(-CHART_POINTS);
      const view = { baseline: shown.slice(0, -1), head: shown[shown.length - 1] };
      blocks.push(...historyCharts(view, id, commitOf(view.head)).charts);
    }
  }
  const note = hardwareNote(letters);
  if (note) blocks.push(`_${md(note)}_`);
  return `${blocks.join("\n\n")}
`;
}

// src/commands/history.ts
async function historyCommand(args, out, usage, warn = (s) => process.stderr.write(s)) {
  const { values, positionals } = parse(args, {
    baselines: { type: "string" },
    branch: { type: "string" },
    remote: { type: "string" },
    key: { type: "string" },
    json: { type: "string" },
    markdown: { type: "string" },
    out: { type: "string" },
    help: { type: "boolean", short: "h" }
  });
  if (values.help) {
    out(usage);
    return 0;
  }
  if (positionals.length > 1) {
    throw new UserError(
      `history takes at most one folder of result files, got ${positionals.length}: misnomer history results/`
    );
  }
  const key = stringOption(values.key) ?? "default";
  const branch = stringOption(values.branch);
  const sources = [positionals[0], values.baselines, branch].filter((v) => v !== void 0);
  if (sources.length > 1) {
    throw new UserError(
      "history: give one source: a folder of results, --baselines DIR or --branch NAME."
    );
  }
  const { points, source } = branch ? await fromBranch(branch, stringOption(values.remote) ?? "origin", key, warn) : await fromFolder(positionals[0], stringOption(values.baselines), key, warn);
  const doc = { schema: HISTORY_SCHEMA, points };
  const subjects = await subjectsOf(
    process.cwd(),
    points.flatMap((p) => p.commit ? [p.commit] : [])
  );
  writeOutputs(
    values,
    {
      json: () => toJson(doc),
      markdown: () => renderHistoryMarkdown(points, source),
      terminal: () => renderHistoryTerminal(points, source, subjects)
    },
    out
  );
  return 0;
}
async function fromFolder(results, baselines, key, warn) {
  const dir = resolve(results ?? baselines ?? await defaultFolder());
  const prefix = results ? "" : baselinePrefix(localScope(key));
  const points = mergePoints(readFolder(dir, prefix, warn));
  return { points, source: prefix ? `${dir} (key ${key})` : dir };
}
async function fromBranch(branch, remote, key, warn) {
  const repo = await repoRoot(process.cwd());
  if (!repo) {
    throw new UserError(
      `${process.cwd()} is not in a git repository: --branch reads the data branch of the repository you run misnomer history in.`
    );
  }
  const where = { repo, remote, branch };
  const read = await readDataBranchFile(where, historyFile(localScope(key)), { key });
  for (const s of read.skipped) warn(`misnomer: ${clean(s)}: skipped
`);
  if (read.points.length === 0) {
    throw new UserError(
      `history --branch ${branch}: ${read.why ?? `no points in ${read.file}`}. Pushes write it when the config has \`history: branch\` (and --remote names where it is, origin by default).`
    );
  }
  return { points: read.points, source: `${branch}:${read.file} (${remote})` };
}
async function defaultFolder() {
  const root = await repoRoot(process.cwd());
  if (!root) {
    throw new UserError(
      `${process.cwd()} is not in a git repository: give the folder of baselines (--baselines DIR) or of results (misnomer history DIR).`
    );
  }
  return join(await gitCommonDir(root) ?? root, "misnomer", "baselines");
}
function readFolder(dir, prefix, warn) {
  let names;
  try {
    if (!statSync(dir).isDirectory()) throw new UserError(`${dir} is not a folder.`);
    names = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(
      `${dir}: no such folder. misnomer run keeps its baselines there once it has measured a base; or give a folder of result files.`
    );
  }
  const mine = names.filter((f) => f.startsWith(prefix));
  if (mine.length === 0) {
    const others = [...new Set(names.map(scopeOf).filter(Boolean))];
    const hint = others.length > 0 ? ` Other baselines there: ${others.join(", ")} (--key).` : "";
    throw new UserError(
      `no ${prefix ? `${prefix}*.json baselines` : "result files"} in ${dir}.${hint}`
    );
  }
  const results = [];
  for (const f of mine) {
    try {
      results.push(readResult(join(dir, f), { name: f }));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      warn(`misnomer: skipped ${clean(basename(f))}: ${clean(e.message)}
`);
    }
  }
  return results;
}
function scopeOf(file) {
  const m3 = /^misnomer-v1-(.+)-([a-z]+)-([a-z0-9]+)-[0-9a-f]{7,64}\.json$/.exec(file);
  return m3 ? clean(`${m3[1]} (${m3[2]} ${m3[3]})`) : "";
}
export {
  historyCommand
};
