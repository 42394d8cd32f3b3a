/**
 * Where a run's report goes, in the order that never loses it: the files in RUNNER_TEMP, the
 * step outputs and the job summary first; the pull-request comment last (it can fail: a fork's
 * read-only token, an API outage). Then the gates: annotations on the config lines of the gates
 * that tripped, and the step fails with their reasons.
 */
import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shown } from '../compare/checker.ts';
import { gateName } from '../compare/gates.ts';
import { isGateName, isRunnerName, isUnitId } from '../compare/grammar.ts';
import type { Comparison } from '../compare/types.ts';
import type { Config } from '../config/types.ts';
import { failureOf } from '../pipeline/verdict.ts';
import type { Result } from '../compare/result.ts';
import { toJson } from '../report/json.ts';
import type { CommentOutcome } from './comment.ts';
import { log } from './log.ts';
import { clean } from '../text.ts';
import { OUTPUT } from './inputs.ts';

export interface ReportFiles {
  dir: string;
  markdown: string;
  resultJson?: string;
  comparisonJson?: string;
}

/**
 * The overall verdict (the `verdict` output): fail (a gate tripped or a model failed),
 * contradiction (indicators disagree), changed, unchanged, no-baseline (the head alone),
 * baseline (a push that saved one), untrusted (mode comment or aggregate refused the artifact);
 * 'skipped' (a push to another branch) is set on its own.
 */
export type RunVerdict =
  'fail' | 'contradiction' | 'changed' | 'unchanged' | 'no-baseline' | 'baseline' | 'untrusted';

/** 'fail' exactly when the comparison fails (pipeline/verdict.ts decides, for the CLI too). */
export function verdictOf(c: Comparison): RunVerdict {
  if (failureOf(c)) return 'fail';
  if (c.models.some((m) => m.contradictions.length > 0)) return 'contradiction';
  return hasChange(c) ? 'changed' : 'unchanged';
}

/** Whether anything moved: a model added or removed, a static delta, a runtime verdict. */
export function hasChange(c: Comparison): boolean {
  return c.models.some(
    (m) =>
      m.status !== 'compared' ||
      m.static.some((d) => d.verdict !== 'unchanged') ||
      m.runtime.some((d) => d.verdict === 'better' || d.verdict === 'worse'),
  );
}

/** Writes the report files into `<RUNNER_TEMP>/misnomer/<key>/`. */
export function writeFiles(
  runnerTemp: string,
  key: string,
  markdown: string,
  json: { result?: string; comparison?: string },
): ReportFiles {
  const dir = join(runnerTemp, 'misnomer', key);
  mkdirSync(dir, { recursive: true });
  const files: ReportFiles = { dir, markdown: join(dir, 'report.md') };
  writeFileSync(files.markdown, markdown);
  if (json.result) {
    files.resultJson = join(dir, 'result.json');
    writeFileSync(files.resultJson, json.result);
  }
  if (json.comparison) {
    files.comparisonJson = join(dir, 'comparison.json');
    writeFileSync(files.comparisonJson, json.comparison);
  }
  return files;
}

/** The step outputs; `comparisons` holds one per runner in aggregate mode. */
export function setOutputs(
  files: ReportFiles,
  verdict: RunVerdict,
  comparisons: { runner?: string; comparison: Comparison }[],
): void {
  core.setOutput(OUTPUT.reportMarkdown, files.markdown);
  core.setOutput(OUTPUT.resultJson, files.resultJson ?? '');
  core.setOutput(OUTPUT.comparisonJson, files.comparisonJson ?? '');
  core.setOutput(OUTPUT.reportDir, files.dir);
  core.setOutput(OUTPUT.verdict, verdict);
  const contradictions = comparisons
    .flatMap(({ comparison }) => comparison.models)
    .reduce((n, m) => n + m.contradictions.length, 0);
  core.setOutput(OUTPUT.contradictions, String(contradictions));
  core.setOutput(OUTPUT.gatesFailed, gatesFailed(comparisons));
}

/**
 * The `gates-failed` output: `[runner:]model:gate`, comma-separated. Its parts come from the
 * config, or in the relay modes from an artifact whose reader checked them; checked again here,
 * since a workflow may paste this output into a shell: a part outside its grammar is a bug.
 */
export function gatesFailed(comparisons: { runner?: string; comparison: Comparison }[]): string {
  const tripped = comparisons.flatMap(({ runner, comparison }) =>
    comparison.gates
      .filter((g) => g.tripped)
      .map((g) => {
        const ok =
          (runner === undefined || isRunnerName(runner)) && isUnitId(g.model) && isGateName(g.gate);
        if (!ok) throw new Error(`a tripped gate outside the output grammar: ${shown(g)}`);
        return `${runner ? `${runner}:` : ''}${g.model}:${g.gate}`;
      }),
  );
  return tripped.join(',');
}

/** The job summary (Markdown up to 1 MiB per step; reports stay under 65,000 characters). */
export async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown, true).write();
  } catch (e) {
    core.warning(`misnomer: the job summary could not be written: ${(e as Error).message}`);
  }
}

/**
 * Fails the step when gates tripped, with an error annotation on each tripped gate's line of
 * the config file. Returns the failure message, if any.
 */
export function applyGates(comparison: Comparison, config: Config): string | undefined {
  const failure = failureOf(comparison);
  for (const g of failure?.tripped ?? []) {
    const at = config.gates.find((c) => gateName(c.gate) === g.gate)?.at;
    core.error(clean(`${g.model}: ${g.reason}`), {
      title: `misnomer gate ${g.gate} ${g.limit}`,
      ...(at ? { file: at.file, startLine: at.line, startColumn: at.column } : {}),
    });
  }
  return failure && clean(`misnomer: ${failure.message}`, true);
}

/** Files, outputs and job summary of one run: what must never be lost, so it comes first. */
export async function publish(
  runnerTemp: string,
  key: string,
  markdown: string,
  result: Result,
  comparison: Comparison | undefined,
  verdict: RunVerdict,
): Promise<void> {
  const files = writeFiles(runnerTemp, key, markdown, {
    result: toJson(result),
    comparison: comparison ? toJson(comparison) : undefined,
  });
  setOutputs(files, verdict, comparison ? [{ comparison }] : []);
  await writeSummary(markdown);
  log(`misnomer: report files in ${files.dir}`);
}

/** What became of the comment, in the log; a comment that failed is a warning, not a failure. */
export function reportComment(outcome: CommentOutcome): void {
  if (outcome.action === 'failed') {
    core.warning(
      clean(
        `misnomer: the comment could not be posted (${outcome.why}); the report is in the job summary.`,
      ),
    );
  } else if (outcome.action === 'skipped') log(`misnomer: ${outcome.why}`);
  else log(`misnomer: comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}`);
}
