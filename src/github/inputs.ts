/**
 * The Action's inputs and outputs, named once (action.yml declares the same names; a test holds
 * them together), and the inputs read and checked in one place: a wrong value fails the step
 * with a message that names the input.
 */
import * as core from '@actions/core';
import type { CommentMode } from '../config/types.ts';
import { DEFAULT_CONFIG_FILE } from '../config/load.ts';
import { UserError } from '../errors.ts';
import { parseAllowedEvents } from './context.ts';

export const INPUT = {
  token: 'github-token',
  config: 'config',
  mode: 'mode',
  key: 'key',
  comment: 'comment',
  results: 'results',
  workingDirectory: 'working-directory',
  allowEvent: 'allow-event',
} as const;

export const OUTPUT = {
  reportMarkdown: 'report-markdown',
  resultJson: 'result-json',
  comparisonJson: 'comparison-json',
  reportDir: 'report-dir',
  verdict: 'verdict',
  contradictions: 'contradictions',
  gatesFailed: 'gates-failed',
} as const;

export interface Inputs {
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

const MODES = ['measure', 'comment', 'aggregate'] as const;
const COMMENTS = ['always', 'on-change', 'never'] as const;

export function readInputs(get: (name: string) => string = (n) => core.getInput(n)): Inputs {
  const mode = get(INPUT.mode) || 'measure';
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new UserError(
      `input ${INPUT.mode}: "${mode}" is not a mode; expected measure, comment or aggregate.`,
    );
  }
  const comment = get(INPUT.comment);
  if (comment && !(COMMENTS as readonly string[]).includes(comment)) {
    throw new UserError(
      `input ${INPUT.comment}: "${comment}" is not a comment mode; expected always, on-change or never.`,
    );
  }
  const key = get(INPUT.key);
  if (key && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(key)) {
    throw new UserError(
      `input ${INPUT.key}: "${key}" must be letters, digits, ".", "_" or "-" (at most 64), e.g. ubuntu-24.04.`,
    );
  }
  return {
    token: get(INPUT.token),
    config: get(INPUT.config) || DEFAULT_CONFIG_FILE,
    mode: mode as Inputs['mode'],
    key,
    results: get(INPUT.results),
    workingDirectory: get(INPUT.workingDirectory) || '.',
    comment: comment as Inputs['comment'],
    allowEvents: parseAllowedEvents(get(INPUT.allowEvent)),
  };
}
