/**
 * The pull-request job, once for the Action and `misnomer run`: build and plan the head; restore
 * the base's stored baseline (its commit's first); check the base commit out in a worktree,
 * build it and measure base and head interleaved (speed is only comparable within one run).
 * What the base is, by the config's `baseline:` policy:
 *
 * - `rebuild`, or `auto` with a base that builds: static and speed from this run (the head's
 *   config applied to both sides); a stored baseline of the same commit is only a cross-check
 *   (a difference means the build is not reproducible).
 * - `cache`, or `auto` when the base cannot be built: the stored baseline; speed is compared
 *   (unpaired, wider threshold) only when it was measured on matching hardware.
 * - neither: the head alone, said so, and a failure only with `fail-on-missing-base`.
 *
 * The gates and thresholds are the base commit's (base-config.ts): a pull request does not set
 * the gates that judge it. The collaborators come in as parameters: where baselines are stored,
 * where log lines and progress go, how a phase is shown (a log group on a runner).
 */
import type { Result } from '../compare/result.ts';
import type { Comparison } from '../compare/types.ts';
import type { Config } from '../config/types.ts';
import type { Progress } from '../progress.ts';
import { pointsOf, historyView, type HistoryPoint } from '../compare/history.ts';
import { prepareBase } from './base.ts';
import type { BaseCommit } from './base-commit.ts';
import { withBaseConfig } from './base-config.ts';
import { timeCommands } from './commands.ts';
import { readDataBranch, type DataBranch } from './data-branch.ts';
import { chainHistory } from './history.ts';
import { compareRun, measureAlone, measureBoth, missingBaseFailure } from './pipeline.ts';
import { prepareSide, type SidePlans } from './sides.ts';
import type { BaselineScope, BaselineStore, RestoreOutcome } from './store.ts';
import { failureOf } from './verdict.ts';

export interface PullRequestJob {
  /** The head's config (the base's gates are read from the base commit). */
  config: Config;
  /** Where the head's models are built: the checkout, or a folder in it. */
  headRoot: string;
  /** Where `config.file` is relative to. */
  configCwd: string;
  base: BaseCommit;
  head: { label: string; commit?: string };
  /** The parent folder of the base's worktree. */
  tempDir: string;
  store: BaselineStore;
  scope: BaselineScope;
  /**
   * `history: branch`: the data branch the history is read from (else, and when it cannot be
   * read, the chain the cached baseline carries).
   */
  history?: DataBranch;
  /**
   * Save the base measured here as its commit's baseline. A laptop's folder: yes. The Actions
   * cache from a pull request: no (an entry saved there is visible to that pull request alone).
   */
  saveBase: boolean;
  log: (line: string) => void;
  progress: Progress;
  /** Shows a phase of the job (a collapsible group in the Actions log). */
  phase: <T>(title: string, work: () => Promise<T>) => Promise<T>;
}

export interface PullRequestRun {
  head: Result;
  /** Absent when there was nothing to compare with. */
  comparison?: Comparison;
  /** Run-level facts for the report: where the base came from, what was missing. */
  notes: string[];
  /** The config the run is judged by (the head's, with the base's gates). */
  judged: Config;
  /** Why the run fails (a gate, a head that failed, fail-on-missing-base), or undefined. */
  failure?: string;
}

const short = (sha: string) => sha.slice(0, 7);

export async function runPullRequest(job: PullRequestJob): Promise<PullRequestRun> {
  const { config, base, phase, log } = job;
  const notes: string[] = [];
  const head = await phase('misnomer: build and analyze the head', () =>
    prepareSide(config, job.headRoot, log, 'head'),
  );
  // Judged by the base's gates; the base built as the base's config builds each model.
  const fromBase =
    base.commit && !base.problem
      ? await withBaseConfig(config, job.configCwd, base.commit)
      : undefined;
  if (fromBase) notes.push(...fromBase.notes);
  const judged = fromBase?.judged ?? config;

  // With `rebuild` the saved baseline is never the base: it is restored for its history only.
  const restored = await phase('misnomer: restore the baseline', () =>
    job.store.restore(job.scope, base.commit),
  );
  const stored = config.baseline === 'rebuild' ? undefined : restored;
  const forHistory = config.baseline === 'rebuild' ? ' (for its history only)' : '';
  if (restored.result) log(`restored the baseline ${restored.name}${forHistory}`);
  else if (restored.why) log(`no cached baseline: ${restored.why}`);

  const tree =
    config.baseline === 'cache' || !base.commit
      ? undefined
      : await phase(`misnomer: build the base (${short(base.commit)}) in a worktree`, () =>
          prepareBase(
            fromBase?.baseSide ?? config,
            job.headRoot,
            base.commit!,
            job.tempDir,
            log,
            notes,
            base.problem,
          ),
        );
  if (!base.commit && base.problem) notes.push(`The base was not built here: ${base.problem}.`);
  try {
    const run = await finish(job, judged, head, tree?.side, stored, notes, restored.result);
    return { ...run, judged };
  } finally {
    await tree?.worktree.remove();
  }
}

async function finish(
  job: PullRequestJob,
  config: Config,
  head: SidePlans,
  base: SidePlans | undefined,
  stored: RestoreOutcome | undefined,
  notes: string[],
  chain: Result | undefined,
): Promise<Omit<PullRequestRun, 'judged'>> {
  const { phase } = job;
  const labels = { base: job.base.ref, head: job.head.label };
  const baseCommit = job.base.commit;
  if (base && baseCommit) {
    const paired = await phase('misnomer: measure base and head, interleaved', () =>
      measureBoth(config, base, head, job.progress, { base: baseCommit, head: job.head.commit }),
    );
    notes.push(...paired.notes);
    if (stored?.result) notes.push(...crossCheck(stored.result, paired.base, baseCommit));
    notes.unshift(
      `The base (${short(baseCommit)}) was built and measured in this run, interleaved with the head.`,
    );
    if (job.saveBase) await saveBase(job, baseCommit, paired.base);
    const comparison = compareRun(
      config,
      { label: labels.base, result: paired.base },
      { label: labels.head, result: paired.head },
      paired.pairs,
    );
    comparison.commands = await timed(job, config, { base: base.root, head: head.root });
    const points = await historyPoints(job, chain, notes);
    if (points) comparison.history = historyView(points, paired.head);
    return { head: paired.head, comparison, notes, failure: failureOf(comparison)?.message };
  }

  const headResult = await phase('misnomer: measure the head', () =>
    measureAlone(config, head, job.progress, job.head.commit),
  );
  if (stored?.result) {
    notes.unshift(
      `The base is the cached baseline ${stored.name}` +
        (stored.result.commit ? ` (commit ${short(stored.result.commit)})` : '') +
        '; speed is compared only if it was measured on matching hardware.',
    );
    const comparison = compareRun(
      config,
      { label: labels.base, result: stored.result },
      { label: labels.head, result: headResult },
    );
    comparison.commands = await timed(job, config, { head: head.root });
    const points = await historyPoints(job, stored.result, notes);
    comparison.history = historyView(points ?? pointsOf(stored.result), headResult);
    return { head: headResult, comparison, notes, failure: failureOf(comparison)?.message };
  }
  // The store could not be read, or its baseline could not: not the same as "none yet".
  const problem = stored?.serviceProblem ?? (stored?.name ? stored.why : undefined);
  notes.unshift(
    problem
      ? `No baseline to compare with: ${problem}, and the base was not built here; ` +
          'this report is the head alone.'
      : `No baseline for the base branch yet (nothing in ${job.store.where}, and the base was not built here): ` +
          `this report is the head alone. ${job.store.howToSave}`,
  );
  return { head: headResult, notes, failure: missingBaseFailure(config, headResult) };
}

/**
 * The base branch's history for the comment: the data branch's points when the config keeps
 * one and it has some, else the chain of the cached baseline (`chain`), if any.
 */
async function historyPoints(
  job: PullRequestJob,
  chain: Result | undefined,
  notes: string[],
): Promise<HistoryPoint[] | undefined> {
  const cached = chain ? pointsOf(chain) : undefined;
  if (!job.history) return cached;
  const read = await readDataBranch(job.history, job.scope);
  for (const s of read.skipped) job.log(`${s}: skipped`);
  if (read.points.length > 0) {
    job.log(`the history: ${read.points.length} points from ${job.history.branch}:${read.file}`);
    return read.points;
  }
  const instead = cached ? "; the cached baseline's history is shown instead" : '';
  notes.push(`The history branch was not read (${read.why ?? 'no points'})${instead}.`);
  return cached;
}

/**
 * Keeps the base this run measured for the next run (baseline: cache reuses it; auto
 * cross-checks against it). A base with a failed model is not kept: it would be a bad baseline.
 */
async function saveBase(job: PullRequestJob, commit: string, base: Result): Promise<void> {
  const broken = base.models.filter((m) => m.measurement && m.measurement.status !== 'ok');
  if (base.models.every((m) => !m.measurement) || broken.length > 0) {
    job.log(`the base (${short(commit)}) is not saved as a baseline: not every model measured`);
    return;
  }
  const chained = await chainHistory(job.store, job.scope, base);
  const saved = await job.store.save(job.scope, commit, chained.result);
  job.log(
    saved.saved
      ? `saved the base (${short(commit)}) as the baseline ${saved.name}. ${chained.note}`
      : `the base (${short(commit)}) is not saved as a baseline: ${saved.why}`,
  );
}

/** Static totals of the rebuilt base against the baseline saved for the same commit. */
function crossCheck(stored: Result, rebuilt: Result, commit: string): string[] {
  if (stored.commit !== commit || stored.tool.countingRules !== rebuilt.tool.countingRules)
    return [];
  const out: string[] = [];
  for (const m of rebuilt.models) {
    const c = stored.models.find((x) => x.id === m.id);
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
async function timed(job: PullRequestJob, config: Config, roots: { base?: string; head: string }) {
  if (config.commands.length === 0) return undefined;
  return job.phase('misnomer: timed commands', () => timeCommands(config, roots, job.log));
}
