/**
 * A push to a baseline branch (the configured `branches`, else the repository's default
 * branch): build, analyze and measure every model, and save the Result as the baseline of this
 * commit. Other events without a pull request (workflow_dispatch, schedule) measure and report
 * without saving; pushes to other branches are skipped before this (src/action.ts).
 */
import type { Result } from '../compare/result.ts';
import type { Config } from '../config/types.ts';
import * as core from '@actions/core';
import type { HistoryPoint } from '../compare/history.ts';
import { appendToDataBranch, type DataBranch } from '../pipeline/data-branch.ts';
import { chainHistory } from '../pipeline/history.ts';
import { clean } from '../text.ts';
import { measureAlone } from '../pipeline/pipeline.ts';
import { prepareSide } from '../pipeline/sides.ts';
import type { BaselineScope, BaselineStore } from '../pipeline/store.ts';
import type { RunContext } from './context.ts';
import { group, log, logProgress } from './log.ts';

export interface PushRun {
  result: Result;
  /** What happened to the baseline, in one sentence. */
  note: string;
  saved: boolean;
}

export function isBaselineBranch(ctx: RunContext, config: Config): boolean {
  if (ctx.eventName !== 'push' || !ctx.branch) return false;
  const branches = config.branches.length > 0 ? config.branches : [ctx.defaultBranch ?? 'main'];
  return branches.includes(ctx.branch);
}

export async function runPush(
  ctx: RunContext,
  config: Config,
  store: BaselineStore,
  scope: BaselineScope,
  /** The github-token input: writes the history branch when the checkout kept no credentials. */
  token?: string,
): Promise<PushRun> {
  const side = await group('misnomer: build and analyze', () =>
    prepareSide(config, ctx.workspace, log),
  );
  const result = await group('misnomer: measure', () =>
    measureAlone(config, side, logProgress(), ctx.sha),
  );
  if (!isBaselineBranch(ctx, config)) {
    const why = `a ${ctx.eventName} event does not save baselines`;
    return { result, saved: false, note: `Measured; no baseline saved: ${why}.` };
  }
  // The new baseline carries the history of the one before it (pipeline/history.ts).
  const { chained, outcome } = await group('misnomer: save the baseline', async () => {
    const chained = await chainHistory(store, scope, result);
    return { chained, outcome: await store.save(scope, ctx.sha, chained.result) };
  });
  const saved = outcome.saved
    ? `Saved as the baseline of ${ctx.branch} @ ${ctx.sha.slice(0, 7)} (cache key ${outcome.name}).`
    : `The baseline was not saved: ${outcome.why}.`;
  const notes = [outcome.saved ? `${saved} ${chained.note}` : saved];
  if (config.history === 'branch') {
    const point = chained.result.history!.points.at(-1)!;
    notes.push(
      await group(`misnomer: append to the history branch ${config.historyBranch}`, () =>
        recordPoint(ctx, config, scope, point, token),
      ),
    );
  }
  const note = notes.join(' ');
  log(note);
  return { result: chained.result, saved: outcome.saved || Boolean(outcome.already), note };
}

/**
 * The data branch of `history: branch` as seen from `repo` (a folder of the checkout), with the
 * github-token for when the checkout kept no credentials. Pushes write it, pull requests read it.
 */
export const dataBranchOf = (
  ctx: RunContext,
  config: Config,
  repo: string,
  token: string | undefined,
): DataBranch => ({
  repo,
  branch: config.historyBranch,
  ...(token ? { auth: { token, serverUrl: ctx.serverUrl } } : {}),
});

/**
 * `history: branch`: this push's point onto the data branch (pipeline/data-branch.ts). A point
 * that cannot be written is a warning, not a failed job: the baseline is saved all the same.
 */
async function recordPoint(
  ctx: RunContext,
  config: Config,
  scope: BaselineScope,
  point: HistoryPoint,
  token: string | undefined,
): Promise<string> {
  const o = await appendToDataBranch(
    dataBranchOf(ctx, config, ctx.workspace, token),
    scope,
    point,
    { log },
  );
  for (const s of o.skipped) log(`${s}: skipped (kept on the branch as it is)`);
  const at = `${config.historyBranch}:${o.file}`;
  if (o.already) return `This commit's point was already on ${at}; kept.`;
  if (o.landed) {
    const tries =
      o.attempts > 1 ? ` (on the ${ordinal(o.attempts)} try: other pushes landed first)` : '';
    return `Its point is appended to ${at}${tries}.`;
  }
  const line = `The history point was not written to ${config.historyBranch}: ${o.why}.`;
  core.warning(clean(line, true));
  return line;
}

const ordinal = (n: number) => (n === 2 ? '2nd' : n === 3 ? '3rd' : `${n}th`);
