/**
 * The Action's configuration (`.github/misnomer.yml`) after validation: every field has its
 * default filled in, every number is checked, and every entry remembers where it was written so
 * that errors and gate annotations can point at the line.
 */
import type { Gate } from '../compare/gates.ts';
import type { DimValues, InputValues } from '../shapes/bind.ts';

/** Where a value was written in the config file (1-based line and column). */
export interface Location {
  file: string;
  line: number;
  column: number;
}

export interface ModelConfig {
  /** Unique among the models; names the model in results, reports and gates. */
  id: string;
  /** A shell command run in the checkout's root before the model is read (optional). */
  build?: string;
  /** The ONNX file, relative to the checkout's root. */
  path: string;
  dims: DimValues;
  /** Batch sizes for throughput (may be empty). */
  batchSizes: number[];
  latencyBatch?: number;
  /** Integer inputs' value ranges: input name -> [min, max]. */
  ranges: Record<string, [number, number]>;
  /** Inputs read from .npy/.json files (relative to the checkout's root): input name -> path. */
  files: Record<string, string>;
  /** Inputs given by value (`value:`): input name -> shape and values. */
  values: InputValues;
  threads?: number;
  provider?: string;
  /** Named settings to analyze and measure the model under (may be empty). */
  scenarios: ScenarioConfig[];
  /** Where the entry and its fields are written. */
  at: Location;
  fieldsAt: Partial<Record<'build' | 'path', Location>>;
}

/** A scenario: what it sets on top of its model's settings. */
export interface ScenarioConfig {
  name: string;
  dims: DimValues;
  batchSizes?: number[];
  latencyBatch?: number;
  ranges: Record<string, [number, number]>;
  files: Record<string, string>;
  values: InputValues;
  at: Location;
}

/**
 * What is built, analyzed and measured as one: a model, or a model under one of its scenarios
 * (its settings merged in). `id` is the unit's (`decoder/decode`); `modelId` the model's.
 */
export interface UnitConfig extends Omit<ModelConfig, 'scenarios'> {
  modelId: string;
  scenario?: string;
}

export interface CommandConfig {
  name: string;
  run: string;
  runs: number;
  at: Location;
}

export type BaselineStrategy = 'auto' | 'cache' | 'rebuild';
export type CommentMode = 'always' | 'on-change' | 'never';
export type HistoryStore = 'cache' | 'branch';

export interface GateConfig {
  gate: Gate;
  at: Location;
}

export interface Config {
  /** The config file as given (relative paths stay relative), for messages. */
  file: string;
  models: ModelConfig[];
  commands: CommandConfig[];
  gates: GateConfig[];
  /** Measurement budget per model pair (ms). Default 60 s. */
  budgetMs: number;
  /** How long one build command, or one run of a timed command, may take (ms). Default 30 min. */
  buildTimeoutMs: number;
  /** Runtime verdict threshold (0.05 = 5%). Default 5%. */
  threshold: number;
  /** Static change size that counts for contradictions. Default 5%. */
  staticThreshold: number;
  failOnInconclusive: boolean;
  /** A gated model with no base fails instead of passing unjudged. Default false. */
  failOnMissingBase: boolean;
  baseline: BaselineStrategy;
  comment: CommentMode;
  /** Names the report (sticky comment marker) and the baseline cache entries. Default "default". */
  key: string;
  /** Pushes to these branches save baselines; empty = the repository's default branch. */
  branches: string[];
  /**
   * Where the history of the baseline branch lives: `cache` (each baseline carries it) or
   * `branch` (also appended, on pushes, to the data branch `historyBranch`). Default cache.
   */
  history: HistoryStore;
  /** The data branch of `history: branch`. Default misnomer-history. */
  historyBranch: string;
}
