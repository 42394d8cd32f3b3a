/**
 * The config file's shape as written (`.github/misnomer.yml`, kebab-case keys), every key
 * documented, and every default in one place. `load.ts` validates a file against it into a
 * `Config` (types.ts).
 */
import { DEFAULT_COMPARE_BUDGET_MS } from '../measure/settings.ts';
import type { BaselineStrategy, CommentMode, HistoryStore } from './types.ts';

/** The YAML shape of the config file, key by key, as written (kebab-case). */
export interface ConfigFile {
  /** Required, non-empty: the ONNX models to build, analyze and measure. */
  models: ModelEntry[];
  /** Shell commands timed next to the models (wall clock over `runs` runs). Default none. */
  commands?: CommandEntry[];
  /** Gate key -> limit (`latency.p50: +5%`, `params: +1M`, `fail-on-contradiction: true`). */
  gates?: Record<string, string | number | boolean>;
  /** Measurement budget per model pair: `60s`, `2m`, `500ms`, or seconds. Default 60s. */
  budget?: string | number;
  /**
   * How long one build command (and one run of a timed command) may take, written like
   * `budget`; past it, the command and every process it started are stopped. Default 30m.
   */
  'build-timeout'?: string | number;
  /** Runtime verdict threshold: `5%`, `5` (percent) or `0.05`; above 0, below 100%. Default 5%. */
  threshold?: string | number;
  /** The static change that counts for contradictions, written like `threshold`. Default 5%. */
  'static-threshold'?: string | number;
  /** Inconclusive runtime verdicts fail the check. Default false. */
  'fail-on-inconclusive'?: boolean;
  /**
   * A gated model with no base at all (no cached baseline, not in the base's build) fails the
   * check instead of passing unjudged. Default false.
   */
  'fail-on-missing-base'?: boolean;
  /** Where the base side comes from: `auto`, `cache` or `rebuild`. Default auto. */
  baseline?: BaselineStrategy;
  /** When to post the pull-request comment: `always`, `on-change` or `never`. Default always. */
  comment?: CommentMode;
  /** Names the report and its baselines (for several configs in one repository). */
  key?: string;
  /** Pushes to these branches save baselines. Default: the repository's default branch. */
  branches?: string[];
  /**
   * Where the history of the baseline branch is kept: `cache` (it rides along with each cached
   * baseline, and is lost when the cache is evicted) or `branch` (each push also appends its
   * point to a data branch of the repository; the push job needs `contents: write`). Default
   * cache.
   */
  history?: HistoryStore;
  /** The data branch of `history: branch` (a git branch name). Default misnomer-history. */
  'history-branch'?: string;
}

/** One `models:` entry. */
export interface ModelEntry {
  /** Required, unique: letters, digits, `.`, `_`, `-`, starting with a letter or digit, ≤ 64. */
  id: string;
  /** A shell command run with /bin/sh in the checkout root before the model is read. */
  build?: string;
  /** Required: the ONNX file, relative to the checkout root (no absolute path, no `..` out). */
  path: string;
  /** Symbolic input dim -> positive integer: `{ batch: 1, seq: 128 }`. */
  dims?: Record<string, number>;
  /** Batch sizes for throughput: unique positive integers. Default none. */
  'batch-sizes'?: number[];
  /** The batch size of the latency runs (positive integer). */
  'latency-batch'?: number;
  /** Input name -> `{ range: [min, max] }` (integers), `{ file: x.npy }` or `{ value: 16000 }`. */
  inputs?: Record<string, InputEntry>;
  /** Intra-op threads of ONNX Runtime (positive integer). */
  threads?: number;
  /** ONNX Runtime execution provider, e.g. `cpu`. */
  provider?: string;
  /**
   * Named settings the model is analyzed and measured under, each its own group of rows and
   * gates (`prefill` and `decode` of a decoder). Each takes the model's settings and overrides
   * what it gives. Default: none (the model once, with its own settings).
   */
  scenarios?: ScenarioEntry[];
}

/** One `scenarios:` entry. */
export interface ScenarioEntry {
  /** Required, unique in the model: letters, digits, `_` and `-`, at most 32. */
  name: string;
  /** Dims set or overridden for this scenario: `{ sequence_length: 1, past_sequence_length: 512 }`. */
  dims?: Record<string, number>;
  /** Batch sizes for throughput in this scenario (replaces the model's). */
  'batch-sizes'?: number[];
  /** The batch of the latency runs in this scenario. */
  'latency-batch'?: number;
  /** Inputs set or overridden for this scenario (the model's `inputs` form). */
  inputs?: Record<string, InputEntry>;
}

/** One `inputs:` entry: exactly one of its keys. */
export interface InputEntry {
  /** The integer values to draw from, both ends included: `[0, 999]`. */
  range?: [number, number];
  /** A .npy or .json file with the input's values, relative to the checkout root. */
  file?: string;
  /**
   * The input's values written out: a scalar (`16000`) or a small nested list (`[[1, 2]]`).
   * Fed to the model as they are, and constants of the static analysis.
   */
  value?: number | boolean | unknown[];
}

/** One `commands:` entry. */
export interface CommandEntry {
  /** Required, unique among the commands: names the indicator. */
  name: string;
  /** Required: the shell command. */
  run: string;
  /** How many times it is run (positive integer). Default 3. */
  runs?: number;
}

/** The config file the Action reads unless its `config` input names another. */
export const DEFAULT_CONFIG_FILE = '.github/misnomer.yml';

/** Every default of the config, in one place. */
export const CONFIG_DEFAULTS = {
  budgetMs: DEFAULT_COMPARE_BUDGET_MS,
  buildTimeoutMs: 30 * 60_000,
  threshold: 0.05,
  staticThreshold: 0.05,
  failOnInconclusive: false,
  failOnMissingBase: false,
  baseline: 'auto',
  comment: 'always',
  key: 'default',
  branches: [] as string[],
  history: 'cache',
  historyBranch: 'misnomer-history',
  // Five: the fewest paired rounds that get a verdict (MIN_ROUNDS in compare/ab.ts).
  commandRuns: 5,
} as const;

// The key lists are checked against the interfaces above, both ways.
export const TOP_KEYS = Object.keys({
  models: 1,
  commands: 1,
  gates: 1,
  budget: 1,
  'build-timeout': 1,
  threshold: 1,
  'static-threshold': 1,
  'fail-on-inconclusive': 1,
  'fail-on-missing-base': 1,
  baseline: 1,
  comment: 1,
  key: 1,
  branches: 1,
  history: 1,
  'history-branch': 1,
} satisfies Record<keyof ConfigFile, 1>);
export const MODEL_KEYS = Object.keys({
  id: 1,
  build: 1,
  path: 1,
  dims: 1,
  'batch-sizes': 1,
  'latency-batch': 1,
  inputs: 1,
  threads: 1,
  provider: 1,
  scenarios: 1,
} satisfies Record<keyof ModelEntry, 1>);
export const SCENARIO_KEYS = Object.keys({
  name: 1,
  dims: 1,
  'batch-sizes': 1,
  'latency-batch': 1,
  inputs: 1,
} satisfies Record<keyof ScenarioEntry, 1>);
export const INPUT_KEYS = Object.keys({ range: 1, file: 1, value: 1 } satisfies Record<
  keyof InputEntry,
  1
>);
export const COMMAND_KEYS = Object.keys({ name: 1, run: 1, runs: 1 } satisfies Record<
  keyof CommandEntry,
  1
>);
