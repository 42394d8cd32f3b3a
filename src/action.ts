/**
 * The Action's entry (dist/index.js): reads the inputs and the event, runs the mode asked for
 * (measure: a push saves a baseline, a pull request is compared; comment and aggregate: relay
 * uploaded comparisons), and publishes in the order that never loses a report: files, outputs
 * and summary first, the comment last, then the gates. Errors a user can fix fail the step with
 * their message (file:line:column for the config); anything else is a bug, reported as such.
 */
import * as core from '@actions/core';
import { context as github } from '@actions/github';
import { relative, resolve } from 'node:path';
import { loadConfig } from './config/load.ts';
import type { Config } from './config/types.ts';
import { UserError } from './errors.ts';
import { actionsCacheStore } from './github/baseline.ts';
import { makeClient } from './github/client.ts';
import { markerOf, READ_ONLY_TOKEN, upsertComment } from './github/comment.ts';
import { checkMeasureEvent, readContext, type RunContext } from './github/context.ts';
import { OUTPUT, readInputs, type Inputs } from './github/inputs.ts';
import { group, log, logProgress } from './github/log.ts';
import { ensureOnnxRuntime } from './github/onnxruntime.ts';
import {
  applyGates,
  hasChange,
  publish,
  reportComment,
  setOutputs,
  verdictOf,
  writeFiles,
  writeSummary,
  type RunVerdict,
} from './github/publish.ts';
import { dataBranchOf, isBaselineBranch, runPush } from './github/push.ts';
import { pullRequestOf, relayMany, relayOne } from './github/relay.ts';
import { pullRequestBase } from './pipeline/base-commit.ts';
import { runPullRequest } from './pipeline/pull-request.ts';
import type { BaselineScope } from './pipeline/store.ts';
import { renderMarkdown } from './report/markdown.ts';
import { renderResultMarkdown } from './report/result-markdown.ts';
import { clean } from './text.ts';

export async function runAction(): Promise<void> {
  try {
    const inputs = readInputs();
    const ctx = readContext(process.env, github.payload);
    if (inputs.mode === 'measure') await measureMode(inputs, ctx);
    else await relayMode(inputs, ctx);
  } catch (e) {
    if (e instanceof UserError) core.setFailed(clean(`misnomer: ${e.message}`, true));
    else {
      core.setFailed(
        `misnomer: internal error, please report it: ${clean(String((e as Error)?.stack ?? e), true)}`,
      );
    }
  }
}

async function measureMode(inputs: Inputs, ctx: RunContext): Promise<void> {
  checkMeasureEvent(ctx.eventName, inputs.allowEvents);
  const root = resolve(ctx.workspace, inputs.workingDirectory);
  process.chdir(ctx.workspace);
  // Relative to the workspace: annotations name files that way.
  const config = loadConfig(relative(ctx.workspace, resolve(root, inputs.config)) || inputs.config);
  const key = inputs.key || config.key;
  if (ctx.eventName === 'push' && !isBaselineBranch(ctx, config)) {
    await skipPush(ctx, config);
    return;
  }
  log(`onnxruntime-node: ${await ensureOnnxRuntime(ctx.runnerTemp)}`);
  const scope: BaselineScope = { key, os: ctx.os, arch: ctx.arch };
  if (ctx.pullRequest) await pullRequest(inputs, ctx, config, scope, root);
  else await push(ctx, config, scope, root, inputs.token);
}

/**
 * Pushes to other branches would measure for minutes to no end: their pull request is compared
 * against its base. (workflow_dispatch and schedule runs do measure.)
 */
async function skipPush(ctx: RunContext, config: Config): Promise<void> {
  const line =
    `misnomer: ${ctx.branch ?? ctx.ref} is not a baseline branch ` +
    `(${config.branches.length ? `branches: ${config.branches.join(', ')}` : `the default branch is ${ctx.defaultBranch ?? 'unknown'}`}): nothing to measure on this push.`;
  log(line);
  core.setOutput(OUTPUT.verdict, 'skipped');
  await writeSummary(`${line}\n`);
}

/** A push to a baseline branch (or a dispatch, a schedule): measure, and save the baseline. */
async function push(
  ctx: RunContext,
  config: Config,
  scope: BaselineScope,
  root: string,
  token: string,
): Promise<void> {
  const key = scope.key;
  const run = await runPush(
    { ...ctx, workspace: root },
    config,
    actionsCacheStore(ctx.workspace),
    scope,
    token,
  );
  const markdown = renderResultMarkdown(run.result, {
    marker: markerOf(key),
    title: `misnomer: ${ctx.branch ?? ctx.ref} @ ${ctx.sha.slice(0, 7)}`,
    note: run.note,
  });
  await publish(
    ctx.runnerTemp,
    key,
    markdown,
    run.result,
    undefined,
    run.saved ? 'baseline' : 'unchanged',
  );
}

/** A pull request: the shared job (pipeline/), then report, comment and gates. */
async function pullRequest(
  inputs: Inputs,
  ctx: RunContext,
  config: Config,
  scope: BaselineScope,
  root: string,
): Promise<void> {
  const pr = ctx.pullRequest!;
  const marker = markerOf(scope.key);
  const run = await runPullRequest({
    config,
    headRoot: root,
    configCwd: ctx.workspace,
    base: await pullRequestBase(root, pr),
    head: { label: `#${pr.number}`, commit: ctx.sha },
    tempDir: ctx.runnerTemp,
    store: actionsCacheStore(ctx.workspace),
    scope,
    // Read only: a pull request never writes to the data branch. The token reads it when the
    // checkout kept no credentials; with neither (the safe setup's measuring job), a public
    // repository is still read, and a private one falls back to the cached chain, with a note.
    ...(config.history === 'branch'
      ? { history: dataBranchOf(ctx, config, root, inputs.token) }
      : {}),
    saveBase: false,
    log,
    progress: logProgress(),
    phase: group,
  });
  const c = run.comparison;
  // The notes travel in comparison.json too: mode comment re-renders the report from it.
  if (c) c.notes = [...run.notes, ...(c.notes ?? [])];
  const markdown = c
    ? renderMarkdown(c, { marker })
    : renderResultMarkdown(run.head, {
        marker,
        title: `misnomer: #${pr.number}`,
        note: run.notes.join(' '),
      });
  const verdict: RunVerdict = c ? verdictOf(c) : run.failure ? 'fail' : 'no-baseline';
  await publish(ctx.runnerTemp, scope.key, markdown, run.head, c, verdict);

  if (pr.fork) log(`misnomer: ${READ_ONLY_TOKEN}`);
  else if (!inputs.token) log('misnomer: no github-token: the comment is skipped.');
  else {
    const client = makeClient(inputs.token, ctx.apiUrl, log);
    const target = { owner: ctx.owner, repo: ctx.repo, issue: pr.number };
    const comment = inputs.comment || config.comment;
    reportComment(
      await upsertComment(client, target, marker, markdown, comment, !c || hasChange(c)),
    );
  }
  // Annotations point at the gate's line in this checkout's config, when it still has it.
  const failure = c
    ? applyGates(c, run.judged)
    : run.failure && clean(`misnomer: ${run.failure}`, true);
  if (failure) core.setFailed(failure);
}

/** mode comment / aggregate: no checkout of pull-request code, no model run. */
async function relayMode(inputs: Inputs, ctx: RunContext): Promise<void> {
  if (!inputs.results) {
    throw new UserError(
      `mode ${inputs.mode} needs the results input: the folder the measuring job's report was downloaded to.`,
    );
  }
  const key = inputs.key || 'default';
  const marker = markerOf(key);
  const results = resolve(ctx.workspace, inputs.results);
  const { markdown, runs, refused } =
    inputs.mode === 'comment' ? relayOne(results, marker) : relayMany(results, marker);
  const files = writeFiles(ctx.runnerTemp, key, markdown, {});
  const comparisons = runs.map((r) => r.comparison);
  const verdicts = comparisons.map(verdictOf);
  const verdict = (['fail', 'contradiction', 'changed'] as const).find((v) => verdicts.includes(v));
  // A refused artifact is not "no baseline": a workflow branching on the verdict must be able
  // to tell an attack (or a corrupt upload) from a pull request measured alone.
  const overall: RunVerdict = refused
    ? 'untrusted'
    : comparisons.length === 0
      ? 'no-baseline'
      : (verdict ?? 'unchanged');
  setOutputs(files, overall, runs);
  await writeSummary(markdown);
  if (!inputs.token) {
    log('misnomer: no github-token: the comment is skipped.');
    return;
  }
  const client = makeClient(inputs.token, ctx.apiUrl, log);
  const issue = await pullRequestOf(ctx, client, log);
  if (issue === undefined) {
    log('misnomer: this run is not about a pull request (none in the event): no comment.');
    return;
  }
  const comment = inputs.comment || 'always';
  const changed = comparisons.length === 0 || comparisons.some(hasChange);
  reportComment(
    await upsertComment(
      client,
      { owner: ctx.owner, repo: ctx.repo, issue },
      marker,
      markdown,
      comment,
      changed,
    ),
  );
}
