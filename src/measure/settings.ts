/**
 * Runtime settings: the defaults (chosen from `npm run bench` on 2-core runners;
 * docs/measurement.md#defaults-and-why says why each is what it is) and the parsing of what a user writes (`30s`, `2m`, `1,8,32`).
 */
import { UserError } from '../errors.ts';
import type { RuntimeSettings } from './types.ts';

export const DEFAULT_SETTINGS: RuntimeSettings = {
  provider: 'cpu',
  // One intra-op thread: on shared 2-core runners, A/A spread with 2 threads was 0.55x-1.37x
  // between rounds, with 1 thread 0.84x-1.10x (docs/measurement.md#defaults-and-why).
  intraOpThreads: 1,
  interOpThreads: 1,
  graphOptimizationLevel: 'all',
  executionMode: 'sequential',
  budgetMs: 30_000,
  warmupRuns: 10,
  warmupMs: 500,
  latencyBatch: 1,
  batchSizes: [],
  coldStartRuns: 5,
  timeoutMs: 120_000,
  seed: 1,
};

/** The default budget of `compare` (both models, interleaved). */
export const DEFAULT_COMPARE_BUDGET_MS = 60_000;

/** `30s`, `1.5m`, `500ms`, or a plain number of seconds. */
export function parseDuration(text: string, what: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min)?\s*$/.exec(text);
  if (!m) throw new UserError(`${what} "${text}" is not a duration: write e.g. 30s, 2m or 500ms.`);
  const n = Number(m[1]);
  const unit = m[2] ?? 's';
  const ms = unit === 'ms' ? n : unit === 's' ? n * 1000 : n * 60_000;
  if (ms <= 0) throw new UserError(`${what} must be longer than 0, got "${text}".`);
  return ms;
}

/** `1,8,32`: positive integers. */
export function parseIntList(text: string, what: string): number[] {
  const parts = text.split(',').map((p) => p.trim());
  const values = parts.map(Number);
  if (
    parts.some((p) => !/^\d+$/.test(p)) ||
    values.some((v) => v < 1 || !Number.isSafeInteger(v))
  ) {
    throw new UserError(
      `${what} "${text}" must be positive integers separated by commas, e.g. 1,8,32.`,
    );
  }
  return [...new Set(values)];
}

export function parsePositiveInt(text: string, what: string, min = 1): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min) {
    throw new UserError(`${what} must be an integer of at least ${min}, got "${text}".`);
  }
  return n;
}

const LEVELS: RuntimeSettings['graphOptimizationLevel'][] = [
  'disabled',
  'basic',
  'extended',
  'all',
];

export function parseOptLevel(text: string): RuntimeSettings['graphOptimizationLevel'] {
  const level = LEVELS.find((l) => l === text);
  if (!level) throw new UserError(`--opt-level "${text}" must be one of ${LEVELS.join(', ')}.`);
  return level;
}

/** `name=min:max` pairs for integer inputs that do not index a table. */
export function parseRanges(specs: string[]): Record<string, [number, number]> {
  const ranges: Record<string, [number, number]> = {};
  for (const spec of specs) {
    const m = /^([^=]+)=(-?\d+):(-?\d+)$/.exec(spec.trim());
    if (!m)
      throw new UserError(
        `--input-range "${spec}" is not of the form name=min:max (e.g. --input-range pixel_ids=0:255).`,
      );
    ranges[m[1]] = [Number(m[2]), Number(m[3])];
  }
  return ranges;
}

/** `name=path` pairs: inputs read from .npy or .json files. */
export function parseFiles(specs: string[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const spec of specs) {
    const at = spec.indexOf('=');
    if (at <= 0 || at === spec.length - 1) {
      throw new UserError(
        `--input "${spec}" is not of the form name=file.npy (or name=file.json).`,
      );
    }
    files[spec.slice(0, at)] = spec.slice(at + 1);
  }
  return files;
}
