/**
 * A pull request: build and plan the head; restore the base branch's baseline from the cache
 * (the merge-base commit's entry first); check the base commit out in a worktree, build it and
 * measure base and head interleaved (speed is only comparable within one job). What is used:
 *
 * - `rebuild` or `auto` with a base that builds: static and speed from this job (the head's
 *   config applied to both sides); the cached baseline, when it is of the same commit, is only
 *   a cross-check (a difference means the build is not reproducible).
 * - `cache`, or `auto` when the base cannot be built: the cached baseline; speed is compared
 *   (unpaired, wider threshold) only when it was measured on matching hardware.
 * - neither: the head alone, said so, and never a failure for it.
 *
 * The gates and thresholds are the base commit's (pipeline/base-config.ts): a pull request
 * does not set the gates that judge it.
 */
import type { Result } from '../compare/result.ts';
import type { Comparison } from '../compare/types.ts';
import type { Config } from '../config/types.ts';
import { prepareBase } from '../pipeline/base.ts';
import { withBaseConfig } from '../pipeline/base-config.ts';
import { timeCommands } from '../pipeline/commands.ts';
import { ensureCommit, mergeBase, parentsOf } from '../pipeline/git.ts';
import { compareRun, measureAlone, measureBoth, missingBaseFailure } from '../pipeline/pipeline.ts';
import { prepareSide, type SidePlans } from '../pipeline/sides.ts';
import { restoreBaseline, type BaselineScope, type RestoreOutcome } from './baseline.ts';
import type { RunContext } from './context.ts';
import { group, log, logProgress } from './log.ts';

export interface PullRequestRun {
  head: Result;
  /** Absent when there was nothing to compare with. */
  comparison?: Comparison;
  /** Run-level facts for the report: where the base came from, what was missing. */
  notes: string[];
  /** Why the run fails though nothing was compared (fail-on-missing-base). */
  failure?: string;
}

const short = (sha: string) => sha.slice(0, 7);

export async function runPullRequest(
  ctx: RunContext,
  config: Config,
  scope: BaselineScope,
): Promise<PullRequestRun> {
  const notes: string[] = [];
  const head = await group('misnomer: build and analyze the head', () =>
    prepareSide(config, ctx.workspace, log, 'head'),
  );
  const { baseCommit, fetchProblem } = await baseCommitOf(ctx);
  // Judged by the base's gates; the base built as the base's config builds each model.
  const fromBase = fetchProblem
    ? undefined
    : await withBaseConfig(config, ctx.workspace, baseCommit);
  if (fromBase) notes.push(...fromBase.notes);
  const judged = fromBase?.judged ?? config;

  const cached =
    config.baseline === 'rebuild'
      ? undefined
      : await group('misnomer: restore the baseline', () => restoreBaseline(scope, baseCommit));
  if (cached?.result) log(`restored the baseline ${cached.cacheKey}`);
  else if (cached?.why) log(`no cached baseline: ${cached.why}`);

  const tree =
    config.baseline === 'cache'
      ? undefined
      : await group(`misnomer: build the base (${short(baseCommit)}) in a worktree`, () =>
          prepareBase(
            fromBase?.baseSide ?? config,
            ctx.workspace,
            baseCommit,
            ctx.runnerTemp,
            log,
            notes,
            fetchProblem,
          ),
        );
  try {
    return await finish(ctx, judged, head, tree?.side, cached, baseCommit, notes);
  } finally {
    await tree?.worktree.remove();
  }
}

async function finish(
  ctx: RunContext,
  config: Config,
  head: SidePlans,
  base: SidePlans | undefined,
  cached: RestoreOutcome | undefined,
  baseCommit: string,
  notes: string[],
): Promise<PullRequestRun> {
  const pr = ctx.pullRequest!;

  const labels = {
    base: pr.baseRef || 'base',
    head: `#${pr.number}`,
  };
  if (base) {
    const paired = await group('misnomer: measure base and head, interleaved', () =>
      measureBoth(config, base, head, logProgress(), { base: baseCommit, head: ctx.sha }),
    );
    notes.push(...paired.notes);
    if (cached?.result) notes.push(...crossCheck(cached.result, paired.base, baseCommit));
    notes.unshift(
      `The base (${short(baseCommit)}) was built and measured in this job, interleaved with the head.`,
    );
    const comparison = compareRun(
      config,
      { label: labels.base, result: paired.base },
      { label: labels.head, result: paired.head },
      paired.pairs,
    );
    comparison.commands = await timed(config, { base: base.root, head: head.root });
    return { head: paired.head, comparison, notes };
  }

  const headResult = await group('misnomer: measure the head', () =>
    measureAlone(config, head, logProgress(), ctx.sha),
  );
  if (cached?.result) {
    notes.unshift(
      `The base is the cached baseline ${cached.cacheKey}` +
        (cached.result.commit ? ` (commit ${short(cached.result.commit)})` : '') +
        '; speed is compared only if it was measured on matching hardware.',
    );
    const comparison = compareRun(
      config,
      { label: labels.base, result: cached.result },
      { label: labels.head, result: headResult },
    );
    comparison.commands = await timed(config, { head: head.root });
    return { head: headResult, comparison, notes };
  }
  notes.unshift(
    cached?.serviceProblem
      ? `No baseline to compare with: ${cached.serviceProblem}, and the base was not built here; ` +
          'this report is the head alone.'
      : 'No baseline for the base branch yet (nothing in the cache, and the base was not built here): ' +
          'this report is the head alone. A push to the base branch saves one.',
  );
  return { head: headResult, notes, failure: missingBaseFailure(config, headResult) };
}

/** Static totals of the rebuilt base against the baseline saved for the same commit. */
function crossCheck(cached: Result, rebuilt: Result, commit: string): string[] {
  if (cached.commit !== commit || cached.tool.countingRules !== rebuilt.tool.countingRules)
    return [];
  const out: string[] = [];
  for (const m of rebuilt.models) {
    const c = cached.models.find((x) => x.id === m.id);
    if (!c) continue;
    const differs = (['params', 'flops', 'weightBytes'] as const).filter(
      (k) => c.analysis.totals[k] !== m.analysis.totals[k],
    );
    const sameDims = JSON.stringify(c.analysis.dims) === JSON.stringify(m.analysis.dims);
    if (differs.length > 0 && sameDims) {
      out.push(
        `${m.id}: the base rebuilt here differs from the baseline saved for ${short(commit)} ` +
          `(${differs.join(', ')}): the build may not be reproducible.`,
      );
    }
  }
  return out;
}

/** The config's timed commands, base and head alternately (none configured: nothing to do). */
async function timed(config: Config, roots: { base?: string; head: string }) {
  if (config.commands.length === 0) return undefined;
  return group('misnomer: timed commands', () => timeCommands(config, roots, log));
}

/**
 * The commit the head is compared with. actions/checkout checks out GitHub's merge commit
 * (refs/pull/N/merge): its first parent is the base branch as merged, exactly what the PR
 * changes (the event's base sha can be older). A checkout of the PR's head instead is compared
 * with its merge base with the base branch.
 */
async function baseCommitOf(
  ctx: RunContext,
): Promise<{ baseCommit: string; fetchProblem?: string }> {
  const pr = ctx.pullRequest!;
  const parents = await parentsOf(ctx.workspace);
  if (parents.length === 2 && pr.headSha && parents[1] === pr.headSha) {
    return { baseCommit: parents[0], fetchProblem: await ensureCommit(ctx.workspace, parents[0]) };
  }
  const fetchProblem = await ensureCommit(ctx.workspace, pr.baseSha);
  const baseCommit =
    (!fetchProblem && (await mergeBase(ctx.workspace, pr.baseSha, 'HEAD'))) || pr.baseSha;
  return { baseCommit, fetchProblem };
}
