import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  UserError
} from "./cli-chunk-PHQWGHNS.js";

// src/scenario.ts
var SCENARIO_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
var SCENARIO_NAME_RULE = 'a name of letters, digits, "_" and "-" that starts with a letter or digit (at most 32 characters)';
var isScenarioName = (s) => SCENARIO_NAME.test(s) && s.length <= 32;
var unitId = (model, scenario) => scenario ? `${model}/${scenario}` : model;
function splitUnit(id) {
  const at = id.lastIndexOf("/");
  return at < 0 ? { model: id } : { model: id.slice(0, at), scenario: id.slice(at + 1) };
}
function parseScenarioSpec(spec) {
  const colon = spec.indexOf(":");
  const name = (colon < 0 ? spec : spec.slice(0, colon)).trim();
  const example = "--scenario decode:sequence_length=1,past_sequence_length=512";
  if (!isScenarioName(name)) {
    throw new UserError(
      `--scenario "${spec}": "${name}" is not a scenario name; expected ${SCENARIO_NAME_RULE}, e.g. ${example}.`
    );
  }
  const dims = {};
  const rest = colon < 0 ? "" : spec.slice(colon + 1).trim();
  for (const part of rest === "" ? [] : rest.split(",")) {
    const m = /^\s*([^=]+?)\s*=\s*(\d+)\s*$/.exec(part);
    if (!m || !Number.isSafeInteger(Number(m[2])) || m[1] === "__proto__") {
      throw new UserError(
        `--scenario "${spec}": "${part}" is not dim=value; write e.g. ${example}.`
      );
    }
    dims[m[1]] = Number(m[2]);
  }
  return { name, dims };
}
function checkScenarioNames(scenarios, where) {
  const seen = /* @__PURE__ */ new Set();
  for (const s of scenarios) {
    if (seen.has(s.name)) {
      throw new UserError(`${where}: scenario "${s.name}" is given twice; each name once.`);
    }
    seen.add(s.name);
  }
}

export {
  SCENARIO_NAME_RULE,
  isScenarioName,
  unitId,
  splitUnit,
  parseScenarioSpec,
  checkScenarioNames
};
