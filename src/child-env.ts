/**
 * The environment of the commands misnomer runs for a user (build and timed commands: the pull
 * request's own code). The Action's inputs (the github-token among them) and the runner's
 * service credentials stay in misnomer's process: the command gets everything else, including
 * any variable the workflow step set for it.
 */
const PRIVATE =
  /^(INPUT_|ACTIONS_RUNTIME_TOKEN$|ACTIONS_ID_TOKEN_REQUEST_|ACTIONS_RESULTS_URL$|ACTIONS_CACHE_URL$)/i;

export function childEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([k]) => !PRIVATE.test(k)));
}
