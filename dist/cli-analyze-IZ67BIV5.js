import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  analyze,
  loadModel,
  readGivenFiles
} from "./cli-chunk-7HWICYBM.js";
import {
  toJson
} from "./cli-chunk-AULQVF7H.js";
import {
  STATIC_OPTIONS,
  emit,
  jobsOf,
  parse,
  renderingsOf,
  stringOption,
  writeOutputs
} from "./cli-chunk-QJ3TDFTY.js";
import "./cli-chunk-L6VXWUZG.js";
import {
  splitUnit
} from "./cli-chunk-SQU4EMMZ.js";
import {
  UserError
} from "./cli-chunk-PHQWGHNS.js";
import {
  __require
} from "./cli-chunk-WF4NF5RW.js";

// builtin-require:node:path for src/commands/analyze.ts
var m = __require("node:path");
var basename = m.basename;

// src/commands/analyze.ts
async function analyzeCommand(args, out, usage) {
  const { values, positionals } = parse(args, {
    ...STATIC_OPTIONS,
    "per-node": { type: "boolean" },
    input: { type: "string", multiple: true },
    result: { type: "string" },
    id: { type: "string" }
  });
  if (values.help) {
    out(usage);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new UserError(
      `analyze takes one model file, got ${positionals.length}: misnomer analyze model.onnx`
    );
  }
  const path = positionals[0];
  const jobs = jobsOf(values, stringOption(values.id) ?? basename(path, ".onnx"), path);
  const perNode = Boolean(values["per-node"]);
  const loaded = loadModel(path);
  const analyses = [];
  try {
    const inputValues = readGivenFiles(jobs[0].files ?? {});
    for (const job of jobs) {
      const analysis = analyze(loaded, { dims: job.dims, perNode, inputValues });
      const { scenario } = splitUnit(job.id);
      analyses.push({ id: job.id, analysis: scenario ? { ...analysis, scenario } : analysis });
    }
  } finally {
    loaded.store.close();
  }
  const wanted = renderingsOf(values);
  const resultPath = stringOption(values.result);
  const result = resultPath || wanted.has("markdown") ? await import("./cli-result-ISO47YBH.js") : void 0;
  const markdown = wanted.has("markdown") ? await import("./cli-result-markdown-OCNKNONC.js") : void 0;
  const terminal = wanted.has("terminal") ? await import("./cli-terminal-analysis-DRHSTJJ4.js") : void 0;
  if (resultPath && result) emit({ out: resultPath }, toJson(result.makeResult(analyses)), out);
  const docs = analyses.map((a) => a.analysis);
  writeOutputs(
    values,
    {
      json: () => toJson(docs.length === 1 ? docs[0] : docs),
      markdown: () => markdown && result ? markdown.renderResultMarkdown(result.makeResult(analyses), {
        title: `misnomer: ${basename(path)}`
      }) : "",
      terminal: () => docs.map((a) => {
        const table = terminal?.renderAnalysis(a, { perNode }) ?? "";
        return a.scenario ? `\u2500\u2500 scenario ${a.scenario} \u2500\u2500
${table}` : table;
      }).join("\n")
    },
    out
  );
  return 0;
}
export {
  analyzeCommand
};
