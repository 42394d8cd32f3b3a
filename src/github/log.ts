/**
 * Log lines on a runner. The runner reads any stdout line that starts with `::` as a workflow
 * command; model names, build output and paths are untrusted, so such lines are defused before
 * they are printed.
 */
import * as core from '@actions/core';
import { lineProgress, type Progress } from '../progress.ts';
import { clean } from '../text.ts';

export function safeLine(line: string): string {
  const text = clean(line);
  return /^\s*(::|##\[)/.test(text) ? `› ${text}` : text;
}

export const log = (line: string): void => core.info(safeLine(line));

/** Progress as log lines: a phase when it starts, and every quarter of the run. */
export const logProgress = (): Progress => lineProgress(log);

/** Runs `work` inside a collapsible log group. */
export async function group<T>(title: string, work: () => Promise<T>): Promise<T> {
  core.startGroup(safeLine(title));
  try {
    return await work();
  } finally {
    core.endGroup();
  }
}
