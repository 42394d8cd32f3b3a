/**
 * The privileged half of the fork-safe pattern (GITHUB.md) and the matrix merge. `mode: comment`
 * runs in a workflow_run workflow: it reads the comparison that the unprivileged pull_request
 * workflow uploaded (untrusted data: validated, and every string escaped when rendered), takes
 * the pull request from the event (never from the artifact) and comments. `mode: aggregate`
 * merges the comparisons of several matrix jobs into one comment, a column per runner.
 * Neither checks out or runs pull-request code.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readComparison } from '../compare/read-comparison.ts';
import { readResult } from '../compare/result.ts';
import type { Comparison } from '../compare/types.ts';
import { UserError } from '../errors.ts';
import { renderAggregateMarkdown } from '../report/aggregate.ts';
import { renderMarkdown } from '../report/markdown.ts';
import { renderResultMarkdown } from '../report/result-markdown.ts';
import type { GitHubClient } from './client.ts';
import type { RunContext } from './context.ts';

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
 * The report of one uploaded report folder (or its comparison.json). A run that had no base
 * uploads only result.json: that is reported as the head alone.
 */
/** A relayed report and the comparisons it shows (one per runner; none for a head alone). */
export interface Relayed {
  markdown: string;
  runs: { runner?: string; comparison: Comparison }[];
}

export function relayOne(results: string, marker: string): Relayed {
  const folder = existsSync(results) && statSync(results).isDirectory();
  const file = folder ? join(results, FILE) : results;
  if (folder && !existsSync(file) && existsSync(join(results, 'result.json'))) {
    const result = readResult(join(results, 'result.json'));
    const note = 'No baseline to compare with: this is the head alone.';
    return {
      markdown: renderResultMarkdown(result, { marker, title: 'misnomer', note }),
      runs: [],
    };
  }
  const comparison = readComparison(file);
  return { markdown: renderMarkdown(comparison, { marker }), runs: [{ comparison }] };
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
  const runs = readdirSync(results)
    .sort()
    .filter((name) => existsSync(join(results, name, FILE)))
    .map((runner) => ({ runner, comparison: readComparison(join(results, runner, FILE)) }));
  if (runs.length === 0) {
    throw new UserError(
      `no ${FILE} under ${results}/<runner>/: upload each job's report folder as an artifact ` +
        '(the report-dir output) and download them all into this folder.',
    );
  }
  return { markdown: renderAggregateMarkdown(runs, { marker }), runs };
}
