import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  renderResultMarkdown
} from "./cli-chunk-XYRDETTV.js";
import {
  checkProvider,
  createProgress,
  measureModels,
  planModel,
  renderMeasurement,
  silentProgress
} from "./cli-chunk-HMKPXGY6.js";
import {
  makeResult
} from "./cli-chunk-3ZCWGRPH.js";
import "./cli-chunk-35RXOLIQ.js";
import "./cli-chunk-WKN5M4YK.js";
import "./cli-chunk-ZCPTUKAO.js";
import "./cli-chunk-YTVESH7V.js";
import "./cli-chunk-QVUGMA3D.js";
import "./cli-chunk-ZFEJNILM.js";
import "./cli-chunk-7HWICYBM.js";
import {
  toJson
} from "./cli-chunk-AULQVF7H.js";
import {
  RUNTIME_OPTIONS,
  STDOUT,
  askedLatencyBatch,
  emit,
  jobsOf,
  listOption,
  outputOf,
  parse,
  parsePositiveInt,
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

// builtin-require:node:path for src/commands/measure.ts
var m = __require("node:path");
var basename = m.basename;

// src/commands/measure.ts
async function measureCommand(args, out, usage) {
  const { values, positionals } = parse(args, {
    ...RUNTIME_OPTIONS,
    command: { type: "string", multiple: true },
    "command-runs": { type: "string" },
    result: { type: "string" },
    id: { type: "string" }
  });
  if (values.help) {
    out(usage);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new UserError(
      `measure takes one model file, got ${positionals.length}: misnomer measure model.onnx`
    );
  }
  const settings = settingsOf(values);
  await checkProvider(settings.provider);
  const path = positionals[0];
  const plans = jobsOf(values, stringOption(values.id) ?? basename(path, ".onnx"), path).map(
    (job) => planModel(job, settings.batchSizes, settings.seed, askedLatencyBatch(values))
  );
  settings.latencyBatch = plans[0].latencyBatch;
  const runs = stringOption(values["command-runs"]) ? parsePositiveInt(stringOption(values["command-runs"]), "--command-runs") : 5;
  const commands = listOption(values.command).map(
    (spec) => commandJob(spec, runs, settings.timeoutMs)
  );
  const onStdout = [outputOf(values, "json"), outputOf(values, "markdown")].includes(STDOUT);
  const progress = values["no-progress"] || onStdout ? silentProgress : createProgress();
  for (const plan of plans) {
    for (const s of plan.skippedBatches)
      progress.log(`${plan.job.id}: batch ${s.batch} skipped: ${s.why}`);
  }
  const measurement = await measureModels(plans, settings, progress, commands);
  const analyses = plans.map((p) => ({ id: p.job.id, analysis: p.analysis }));
  const result = makeResult(analyses, measurement);
  const resultPath = stringOption(values.result);
  if (resultPath) emit({ out: resultPath }, toJson(result), out);
  writeOutputs(
    values,
    {
      json: () => toJson(measurement),
      markdown: () => renderResultMarkdown(result, { title: `misnomer: ${basename(path)}` }),
      terminal: () => renderMeasurement(measurement)
    },
    out
  );
  const commandsOk = (measurement.commands ?? []).every((c) => c.status === "ok");
  return measurement.models.every((m2) => m2.status === "ok") && commandsOk ? 0 : 1;
}
function commandJob(spec, runs, timeoutMs) {
  const at = spec.indexOf("=");
  const named = at > 0 && !/\s/.test(spec.slice(0, at));
  const command = named ? spec.slice(at + 1) : spec;
  if (!command.trim()) throw new UserError(`--command "${spec}" has no command to run.`);
  return {
    name: named ? spec.slice(0, at) : command.trim().split(/\s+/)[0],
    command,
    runs,
    timeoutMs
  };
}
export {
  measureCommand
};
