import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  indicator,
  labelOf,
  percentChange,
  quantity
} from "./cli-chunk-QVUGMA3D.js";
import {
  clean
} from "./cli-chunk-ZFEJNILM.js";

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/report/markdown-escape.ts
var ZWSP = "&#8203;";
var REPLACEMENTS = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  // An entity, not `\|`: GitHub splits table rows before it reads backslash escapes, and an
  // entity cannot be undone by a backslash in front of it.
  "|": "&#124;",
  "`": "&#96;",
  "\\": "\\\\",
  "[": "\\[",
  "]": "\\]",
  "*": "\\*",
  _: "\\_",
  "~": "\\~",
  $: "\\$",
  "@": `@${ZWSP}`,
  "#": `#${ZWSP}`
};
var SPECIAL = /[&<>|`\\[\]*_~$@#]/g;
function truncate(text, max) {
  if (text.length <= max) return text;
  const points = [...text];
  if (points.length <= max) return text;
  return `${points.slice(0, Math.max(0, max - 1)).join("")}\u2026`;
}
function md(text, max = Infinity) {
  return mdInline(text, max).replace(/^[-+=]/, "\\$&").replace(/^(\d+)([.)])/, "$1\\$2");
}
function mdInline(text, max = Infinity) {
  const line = clean(text.replace(/\r\n?/g, "\n")).trim();
  return truncate(line, max).replace(SPECIAL, (ch) => REPLACEMENTS[ch]).replace(/:\/\//g, `:${ZWSP}//`).replace(/\b(www)\./gi, `$1${ZWSP}.`).replace(/\b(gh)-(?=\d)/gi, `$1${ZWSP}-`);
}
function mermaidLabel(text, max = 20) {
  const safe = clean(text).replace(/[^\p{L}\p{N} ._+-]/gu, "_").trim();
  return truncate(safe, max) || "_";
}

// src/report/mermaid.ts
var HEIGHT = 220;
var WIDTH = 860;
function shareChart(pairs) {
  const pct = (x) => (100 * (x ?? 0)).toFixed(1);
  const labels = [];
  const time = [];
  const flops = [];
  for (const p of pairs) {
    for (const side of ["base", "head"]) {
      labels.push(`"${mermaidLabel(p.label)} ${side}"`);
      time.push(pct(p[side]?.timeShare));
      flops.push(pct(p[side]?.flopsShare));
    }
  }
  const top = Math.min(
    100,
    10 * Math.ceil(Math.max(10, ...time.map(Number), ...flops.map(Number)) / 10)
  );
  return xyChart(HEIGHT, [
    '    title "Share of time (bars) and of FLOPs (line), %, base and head"',
    `    x-axis [${labels.join(", ")}]`,
    `    y-axis "%" 0 --> ${top}`,
    `    bar [${time.join(", ")}]`,
    `    line [${flops.join(", ")}]`
  ]);
}
function xyChart(height, lines, theme = []) {
  const config = [
    "---",
    "config:",
    ...theme,
    "  xyChart:",
    `    width: ${WIDTH}`,
    `    height: ${height}`
  ];
  return ["```mermaid", ...config, "---", "xychart-beta", ...lines, "```"].join("\n");
}
var LINE_HEIGHT = 260;
var LINE_THEME = ["  themeVariables:", "    xyChart:", '      plotColorPalette: "#0969da"'];
function lineChart(title, axis, labels, values) {
  const seen = /* @__PURE__ */ new Map();
  const safe = labels.map((l) => {
    const label = mermaidLabel(l, 12);
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return `"${n > 1 ? `${label} ${n}` : label}"`;
  });
  return xyChart(
    LINE_HEIGHT,
    [
      `    title "${mermaidLabel(title, 100)}"`,
      `    x-axis [${safe.join(", ")}]`,
      `    y-axis "${mermaidLabel(axis, 30)}"`,
      `    line [${values.map((v) => String(Number(v.toPrecision(4)))).join(", ")}]`
    ],
    LINE_THEME
  );
}

// src/report/history.ts
var HISTORY_CHARTED = ["params", "flops", "weightBytes"];
var TREND_MERGES = 5;
var UNDO_TOLERANCE = 0.01;
function valueAt(p, id, key) {
  return p.units.find((u) => u.id === id)?.totals[key];
}
var relative = (to, from) => from === 0 ? to === 0 ? 0 : null : to / from - 1;
var merges = (m) => m === 1 ? "the last merge" : `the last ${m} merges`;
function trendClause(label, baseline, head, headName = "this PR") {
  if (baseline.length === 0) return null;
  const b = baseline[baseline.length - 1];
  const m = Math.min(TREND_MERGES, baseline.length - 1);
  const r = baseline[baseline.length - 1 - m];
  const d = relative(b, r);
  const p = relative(head, b);
  if (d === null || p === null) return null;
  if (p === 0 && (d === 0 || m === 0)) return "unchanged";
  if (m === 0) return `${label} ${percentChange(p)} in ${headName}`;
  if (d === 0) return `${label} unchanged over ${merges(m)}, ${percentChange(p)} in ${headName}`;
  const drift = `${label} ${percentChange(d)} over ${merges(m)}`;
  if (p === 0) return `${drift}, unchanged in ${headName}`;
  if (Math.sign(p) !== Math.sign(d)) {
    if (Math.abs(head - r) <= UNDO_TOLERANCE * Math.abs(r)) {
      return `${label}: ${headName} undoes the ${percentChange(d)} of ${merges(m)}`;
    }
    return `${drift}, ${percentChange(p)} in ${headName}`;
  }
  return `${drift}, ${percentChange(p)} more in ${headName}`;
}
function series(view, id, key) {
  const points = view.baseline.filter((p) => valueAt(p, id, key) !== void 0);
  return {
    points,
    values: points.map((p) => valueAt(p, id, key)),
    head: valueAt(view.head, id, key)
  };
}
function historySummary(view, id, headName = "this PR") {
  const said = [];
  const same = [];
  let most = 0;
  for (const key of HISTORY_CHARTED) {
    const s = series(view, id, key);
    if (s.head === void 0) continue;
    const clause = trendClause(labelOf(key), s.values, s.head, headName);
    if (clause === "unchanged") {
      same.push(labelOf(key));
      most = Math.max(most, Math.min(TREND_MERGES, s.values.length - 1));
    } else if (clause) said.push(clause);
  }
  if (said.length === 0 && same.length === 0) return null;
  if (said.length === 0) {
    const over = most > 0 ? `over ${merges(most)} and ` : "";
    return `History: ${listed(same)} unchanged ${over}in ${headName}.`;
  }
  return `History: ${said.join("; ")}.`;
}
var listed = (xs) => xs.length <= 1 ? xs.join("") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`;
function scaleOf(values, bytes) {
  const top = Math.max(...values.map(Math.abs));
  const steps = bytes ? [
    [2 ** 30, "GiB"],
    [2 ** 20, "MiB"],
    [2 ** 10, "KiB"]
  ] : [
    [1e9, "billions"],
    [1e6, "millions"],
    [1e3, "thousands"]
  ];
  for (const [div, word] of steps) if (top >= div) return { div, word };
  return { div: 1, word: bytes ? "B" : "" };
}
var shortCommit = (p) => p.commit ? p.commit.slice(0, 7) : "no commit";
function historyCharts(view, id, headLabel = "head") {
  const charts = [];
  const constant = [];
  let points = 0;
  for (const key of HISTORY_CHARTED) {
    const s = series(view, id, key);
    if (s.head === void 0 || s.values.length === 0) continue;
    points = Math.max(points, s.values.length);
    const all = [...s.values, s.head];
    const { div, word } = scaleOf(all, key === "weightBytes");
    if (all.every((v) => v === all[0])) {
      constant.push(`${labelOf(key)} ${quantity(all[0], indicator(key).unit)}`);
      continue;
    }
    const labels = [...s.points.map(shortCommit), headLabel];
    const label = labelOf(key);
    const n = s.values.length;
    const title = `${label}${word ? ` in ${word}` : ""} - ${n} baseline${n === 1 ? "" : "s"} then ${headLabel}`;
    const axis = word ? `${label} in ${word}` : label;
    charts.push(
      lineChart(
        title,
        axis,
        labels,
        all.map((v) => v / div)
      )
    );
  }
  const latency = latencyChart(view, id, headLabel);
  if (latency) charts.push(latency);
  return { charts, constant, points };
}
function latencyChart(view, id, headLabel) {
  const head = view.head.units.find((u) => u.id === id)?.latency;
  const hw = view.head.hardware;
  if (!head || !hw) return null;
  const same = view.baseline.filter((p) => {
    const l = p.hardware === hw ? p.units.find((u) => u.id === id)?.latency : void 0;
    return l !== void 0 && l.batch === head.batch;
  });
  if (same.length + 1 < 2) return null;
  const values = [...same.map((p) => p.units.find((u) => u.id === id).latency.p50Ms), head.p50Ms];
  const labels = [...same.map(shortCommit), headLabel];
  const micro = Math.max(...values) < 1;
  const unit = micro ? "\xB5s" : "ms";
  const title = `latency p50 in ${unit} - only the ${values.length} points measured on this hardware`;
  return lineChart(title, unit, labels, micro ? values.map((v) => v * 1e3) : values);
}

export {
  markdownTable,
  md,
  mdInline,
  shareChart,
  HISTORY_CHARTED,
  historySummary,
  historyCharts
};
