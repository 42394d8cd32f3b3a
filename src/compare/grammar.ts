/**
 * The grammars of the strings an artifact carries that reach more than escaped Markdown: model
 * ids (they make the `gates-failed` output), gate names, scenario names and the runner folders of
 * aggregate mode. In `comment` and `aggregate` modes the artifact comes from a pull request's
 * run, possibly a fork's: a string outside its grammar refuses the artifact, so nothing an
 * attacker wrote can reach a step output (and from there a `run:` script).
 */
import { isName, NAME_RULE } from '../names.ts';
import { isScenarioName, SCENARIO_NAME_RULE } from '../scenario.ts';
import { isGateKey } from './gate-parse.ts';

/** A unit id: a model id (the config's name rule), or `model/scenario`. */
export function isUnitId(id: string): boolean {
  const slash = id.indexOf('/');
  if (slash < 0) return isName(id);
  return isName(id.slice(0, slash)) && isScenarioName(id.slice(slash + 1));
}

export const UNIT_ID_RULE = `a model id (${NAME_RULE}), or model/scenario where scenario is ${SCENARIO_NAME_RULE}`;

/** A gate as an outcome names it: a gate key, or `scenario.key` for a scenario's gate. */
export function isGateName(name: string): boolean {
  if (isGateKey(name)) return true;
  const dot = name.indexOf('.');
  if (dot < 0) return false;
  const rest = name.slice(dot + 1);
  return isScenarioName(name.slice(0, dot)) && rest !== 'on-inconclusive' && isGateKey(rest);
}

export const GATE_NAME_RULE =
  'a known gate key such as params, latency.p50 or throughput.b8, optionally after a scenario ' +
  'name and a dot (decode.latency.p50)';

/** A runner's column in aggregate mode: the folder (artifact) name, by the config's name rule. */
export const isRunnerName = isName;
export const RUNNER_NAME_RULE = NAME_RULE;

export { isScenarioName, SCENARIO_NAME_RULE };
