/**
 * The privileged half of the fork-safe pattern (docs/github.md#pull-requests-from-forks) and the matrix merge. `mode: comment`
 * runs in a workflow_run workflow: it reads the comparison that the unprivileged pull_request
 * workflow uploaded (untrusted data: validated, and every string escaped when rendered), takes
 * the pull request from the event (never from the artifact) and comments. `mode: aggregate`
 * merges the comparisons of several matrix jobs into one comment, a column per runner.
 * Neither checks out or runs pull-request code. Every string of an artifact that reaches more
 * than escaped Markdown (ids, gate names, scenario and runner names) is checked against its
 * grammar first; an artifact that fails any check is refused whole: the step fails, and the
 * comment says the report could not be trusted and why, quoting nothing from the artifact.
 */
import * as core from '@actions/core';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ArtifactError, shown } from '../compare/checker.ts';
import { isRunnerName, RUNNER_NAME_RULE } from '../compare/grammar.ts';
import { readComparison } from '../compare/read-comparison.ts';
import { readResult } from '../compare/result.ts';
import type { Comparison } from '../compare/types.ts';
import { UserError } from '../errors.ts';
import { renderAggregateMarkdown } from '../report/aggregate.ts';
import { md } from '../report/markdown-escape.ts';
import { renderMarkdown } from '../report/markdown.ts';
import { renderResultMarkdown } from '../report/result-markdown.ts';
import type { GitHubClient } from './client.ts';
import type { RunContext } from './context.ts';
import { clean } from '../text.ts';

const FILE = 'comparison.json';

/** The pull request a workflow_run reports on: from the event, else found by its head commit. */
export async function pullRequestOf(
  ctx: RunContext,
  client: GitHubClient,
  log: (line: string) => void,
): Promise<number | undefined> {
  if (ctx.pullRequest) return ctx.pullRequest.number;
  const run = ctx.workflowRun;
  if (!run) return undefined;
  if (run.prNumber !== undefined) return run.prNumber;
  // GitHub leaves pull_requests empty for runs from forks: look the PR up by its head commit.
  if (!run.headOwner || !run.headBranch) return undefined;
  try {
    const { data } = await client.rest.pulls.list({
      owner: ctx.owner,
      repo: ctx.repo,
      state: 'open',
      head: `${run.headOwner}:${run.headBranch}`,
      per_page: 100,
    });
    return data.find((p) => p.head.sha === run.headSha)?.number;
  } catch (e) {
    log(`misnomer: the pull request of this run could not be looked up: ${(e as Error).message}`);
    return undefined;
  }
}

/**
 * A relayed report and the comparisons it shows (one per runner; none for a head alone, none
 * when the artifact was refused: then `refused` says why, in one line with no artifact text).
 */
export interface Relayed {
  markdown: string;
  runs: { runner?: string; comparison: Comparison }[];
  refused?: string;
}

/** What the comment says of a refused artifact, before the reason. */
export const UNTRUSTED =
  'The report could not be trusted: the uploaded artifact was refused, and nothing from it is shown.';

/**
 * The report of one uploaded report folder (or its comparison.json). A run that had no base
 * uploads only result.json: that is reported as the head alone. An artifact that fails its
 * checks is refused (refuse() below).
 */
export function relayOne(results: string, marker: string): Relayed {
  const folder = existsSync(results) && statSync(results).isDirectory();
  const file = folder ? join(results, FILE) : results;
  try {
    if (folder && !existsSync(file) && existsSync(join(results, 'result.json'))) {
      const result = readResult(join(results, 'result.json'), { untrusted: true });
      const note = 'No baseline to compare with: this is the head alone.';
      return {
        markdown: renderResultMarkdown(result, { marker, title: 'misnomer', note }),
        runs: [],
      };
    }
    const comparison = readComparison(file, basename(file));
    return { markdown: renderMarkdown(comparison, { marker }), runs: [{ comparison }] };
  } catch (e) {
    if (e instanceof ArtifactError) return refuse(e.message, e.reason, marker);
    throw e;
  }
}

/**
 * A refused artifact: the step fails with the full reason in the log (values cleaned and cut),
 * and the report (comment, summary) is one fixed text and the reason, which quotes nothing from
 * the artifact. No comparison: the outputs derive from none of it.
 */
function refuse(message: string, reason: string, marker: string): Relayed {
  core.setFailed(clean(`misnomer: ${message}`));
  const markdown = `${marker}\n\n**misnomer**\n\n> ${md(UNTRUSTED)}\n\n${md(reason, 1000)}\n`;
  return { markdown, runs: [], refused: reason };
}

/**
 * One report from every `<results>/<runner>/comparison.json` (actions/download-artifact puts
 * each artifact in a folder named after it: the folder names the runner's column).
 */
export function relayMany(results: string, marker: string): Relayed {
  if (!existsSync(results) || !statSync(results).isDirectory()) {
    throw new UserError(
      `results "${results}" is not a folder: give the folder the matrix jobs' artifacts were downloaded to.`,
    );
  }
  const runners = readdirSync(results)
    .sort()
    .filter((name) => existsSync(join(results, name, FILE)));
  // A folder's name is the runner's column and part of the gates-failed output: the matrix
  // chose it, and a pull request can change the matrix.
  const badName = runners.find((name) => !isRunnerName(name));
  if (badName !== undefined) {
    return refuse(
      `results: the folder ${shown(badName)} is not a runner name: it should be ${RUNNER_NAME_RULE}. Name the artifacts after the matrix's runners (ubuntu-24.04).`,
      `a folder of the results is not a runner name: it should be ${RUNNER_NAME_RULE}.`,
      marker,
    );
  }
  const runs: { runner: string; comparison: Comparison }[] = [];
  for (const runner of runners) {
    try {
      runs.push({
        runner,
        comparison: readComparison(join(results, runner, FILE), `${runner}/${FILE}`),
      });
    } catch (e) {
      if (e instanceof ArtifactError) return refuse(e.message, e.reason, marker);
      throw e;
    }
  }
  if (runs.length === 0) {
    throw new UserError(
      `no ${FILE} under ${results}/<runner>/: upload each job's report folder as an artifact ` +
        '(the report-dir output) and download them all into this folder.',
    );
  }
  return { markdown: renderAggregateMarkdown(runs, { marker }), runs };
}
