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
import type { Result } from './compare/result.ts';
import type { Comparison } from './compare/types.ts';
import { loadConfig } from './config/load.ts';
import type { CommentMode } from './config/types.ts';
import { UserError } from './errors.ts';
import type { BaselineScope } from './github/baseline.ts';
import { makeClient } from './github/client.ts';
import { markerOf, READ_ONLY_TOKEN, upsertComment } from './github/comment.ts';
import {
  checkMeasureEvent,
  parseAllowedEvents,
  readContext,
  type RunContext,
} from './github/context.ts';
import { log } from './github/log.ts';
import { ensureOnnxRuntime } from './github/onnxruntime.ts';
import {
  applyGates,
  hasChange,
  setOutputs,
  verdictOf,
  writeFiles,
  writeSummary,
  type RunVerdict,
} from './github/publish.ts';
import { runPullRequest } from './github/pull-request.ts';
import { isBaselineBranch, runPush } from './github/push.ts';
import { pullRequestOf, relayMany, relayOne } from './github/relay.ts';
import { toJson } from './report/json.ts';
import { renderMarkdown } from './report/markdown.ts';
import { renderResultMarkdown } from './report/result-markdown.ts';
import { clean } from './text.ts';

interface Inputs {
  token: string;
  config: string;
  mode: 'measure' | 'comment' | 'aggregate';
  key: string;
  results: string;
  workingDirectory: string;
  comment: CommentMode | '';
  /** Events `mode: measure` may run on besides MEASURE_EVENTS (input allow-event). */
  allowEvents: string[];
}

function readInputs(): Inputs {
  const mode = core.getInput('mode') || 'measure';
  if (mode !== 'measure' && mode !== 'comment' && mode !== 'aggregate') {
    throw new UserError(
      `input mode: "${mode}" is not a mode; expected measure, comment or aggregate.`,
    );
  }
  const comment = core.getInput('comment');
  if (comment && comment !== 'always' && comment !== 'on-change' && comment !== 'never') {
    throw new UserError(
      `input comment: "${comment}" is not a comment mode; expected always, on-change or never.`,
    );
  }
  const key = core.getInput('key');
  if (key && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(key)) {
    throw new UserError(
      `input key: "${key}" must be letters, digits, ".", "_" or "-" (at most 64), e.g. ubuntu-24.04.`,
    );
  }
  return {
    token: core.getInput('github-token'),
    config: core.getInput('config') || '.github/misnomer.yml',
    mode,
    key,
    results: core.getInput('results'),
    workingDirectory: core.getInput('working-directory') || '.',
    comment: comment as Inputs['comment'],
    allowEvents: parseAllowedEvents(core.getInput('allow-event')),
  };
}

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
  const rootCtx = { ...ctx, workspace: root };
  const key = inputs.key || config.key;
  const comment = inputs.comment || config.comment;
  const marker = markerOf(key);
  const scope: BaselineScope = { key, os: ctx.os, arch: ctx.arch, workspace: ctx.workspace };
  if (ctx.eventName === 'push' && !isBaselineBranch(ctx, config)) {
    // Pushes to other branches would measure for minutes to no end: their pull request is
    // compared against its base. (workflow_dispatch and schedule runs do measure.)
    const line =
      `misnomer: ${ctx.branch ?? ctx.ref} is not a baseline branch ` +
      `(${config.branches.length ? `branches: ${config.branches.join(', ')}` : `the default branch is ${ctx.defaultBranch ?? 'unknown'}`}): nothing to measure on this push.`;
    log(line);
    core.setOutput('verdict', 'skipped');
    await writeSummary(`${line}\n`);
    return;
  }
  log(`onnxruntime-node: ${await ensureOnnxRuntime(ctx.runnerTemp)}`);
  if (!ctx.pullRequest) {
    const push = await runPush(rootCtx, config, scope);
    const markdown = renderResultMarkdown(push.result, {
      marker,
      title: `misnomer: ${ctx.branch ?? ctx.ref} @ ${ctx.sha.slice(0, 7)}`,
      note: push.note,
    });
    await publish(
      ctx,
      key,
      markdown,
      push.result,
      undefined,
      push.saved ? 'baseline' : 'unchanged',
    );
    return;
  }

  const run = await runPullRequest(rootCtx, config, scope);
  const c = run.comparison;
  // The notes travel in comparison.json too: mode comment re-renders the report from it.
  if (c) c.notes = [...run.notes, ...(c.notes ?? [])];
  const markdown = c
    ? renderMarkdown(c, { marker })
    : renderResultMarkdown(run.head, {
        marker,
        title: `misnomer: #${ctx.pullRequest.number}`,
        note: run.notes.join(' '),
      });
  const verdict: RunVerdict = c ? verdictOf(c) : run.failure ? 'fail' : 'no-baseline';
  await publish(ctx, key, markdown, run.head, c, verdict);

  const pr = ctx.pullRequest;
  if (pr.fork) log(`misnomer: ${READ_ONLY_TOKEN}`);
  else if (!inputs.token) log('misnomer: no github-token: the comment is skipped.');
  else {
    const client = makeClient(inputs.token, ctx.apiUrl, log);
    const target = { owner: ctx.owner, repo: ctx.repo, issue: pr.number };
    report(await upsertComment(client, target, marker, markdown, comment, !c || hasChange(c)));
  }
  if (c) {
    const failure = applyGates(c, config);
    if (failure) core.setFailed(failure);
  } else if (run.failure) core.setFailed(clean(`misnomer: ${run.failure}`, true));
}

function report(outcome: Awaited<ReturnType<typeof upsertComment>>): void {
  if (outcome.action === 'failed') {
    core.warning(
      clean(
        `misnomer: the comment could not be posted (${outcome.why}); the report is in the job summary.`,
      ),
    );
  } else if (outcome.action === 'skipped') log(`misnomer: ${outcome.why}`);
  else log(`misnomer: comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}`);
}

async function publish(
  ctx: RunContext,
  key: string,
  markdown: string,
  result: Result,
  comparison: Comparison | undefined,
  verdict: RunVerdict,
): Promise<void> {
  const files = writeFiles(ctx.runnerTemp, key, markdown, {
    result: toJson(result),
    comparison: comparison ? toJson(comparison) : undefined,
  });
  setOutputs(files, verdict, comparison ? [{ comparison }] : []);
  await writeSummary(markdown);
  log(`misnomer: report files in ${files.dir}`);
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
  report(
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
