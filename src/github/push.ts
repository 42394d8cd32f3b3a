/**
 * A push to a baseline branch (the configured `branches`, else the repository's default
 * branch): build, analyze and measure every model, and save the Result as the baseline of this
 * commit. Other events without a pull request (workflow_dispatch, schedule) measure and report
 * without saving; pushes to other branches are skipped before this (src/action.ts).
 */
import type { Result } from '../compare/result.ts';
import type { Config } from '../config/types.ts';
import { chainHistory } from '../pipeline/history.ts';
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
  const note = outcome.saved ? `${saved} ${chained.note}` : saved;
  log(note);
  return { result: chained.result, saved: outcome.saved || Boolean(outcome.already), note };
}
