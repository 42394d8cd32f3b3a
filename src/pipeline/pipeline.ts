/**
 * The pull-request job without GitHub: measure one side alone (a push that saves a baseline, or
 * a head with nothing to compare to), measure base and head interleaved model by model (speed
 * is only comparable within one job, docs/measurement.md), and compare. Shared by the Action and
 * `misnomer run`.
 */
import { DEFAULT_VERDICT_OPTIONS } from '../compare/ab.ts';
import { latencyLimits, sequentialPlan } from '../compare/sequential.ts';
import { buildComparison, type CompareOptions, type Side } from '../compare/compare.ts';
import type { Result } from '../compare/result.ts';
import { gatedUnits } from '../compare/gates.ts';
import type { Comparison } from '../compare/types.ts';
import type { Config } from '../config/types.ts';
import { unitsOf } from '../config/units.ts';
import type { PairResult } from '../measure/pair.ts';
import { checkProvider } from '../measure/providers.ts';
import { measureAB, measureModels } from '../measure/run.ts';
import type { Measurement, ModelMeasurement } from '../measure/types.ts';
import type { Progress } from '../progress.ts';
import { resultOf, settingsFor, type SidePlans } from './sides.ts';

type Measured = Map<string, { doc: Measurement; model: ModelMeasurement }>;

/** Progress of part i of n, as a fraction of the whole; the parts' own done() is ignored. */
function part(progress: Progress, i: number, n: number): Progress {
  return {
    update: (label, f) => progress.update(label, (i + Math.min(1, Math.max(0, f))) / n),
    log: (line) => progress.log(line),
    done: () => {},
  };
}

async function checkProviders(config: Config): Promise<void> {
  for (const p of new Set(unitsOf(config).map((m) => settingsFor(config, m).provider))) {
    await checkProvider(p);
  }
}

/** Measures every model of one side on its own. */
export async function measureAlone(
  config: Config,
  side: SidePlans,
  progress: Progress,
  commit?: string,
): Promise<Result> {
  await checkProviders(config);
  const measured: Measured = new Map();
  const models = unitsOf(config).filter((m) => side.plans.has(m.id));
  for (const [i, model] of models.entries()) {
    const plan = side.plans.get(model.id)!;
    const settings = { ...settingsFor(config, model), latencyBatch: plan.latencyBatch };
    const doc = await measureModels([plan], settings, part(progress, i, models.length));
    measured.set(model.id, { doc, model: doc.models[0] });
  }
  progress.done();
  return resultOf(side.plans, measured, commit);
}

export interface PairedRun {
  base: Result;
  head: Result;
  pairs: Map<string, PairResult>;
  /** Plain sentences for the report: models measured on one side only, and why. */
  notes: string[];
}

/**
 * Base and head interleaved, model by model. A model only in the head is measured alone (it is
 * new); a model only in the base keeps its static analysis (it was removed).
 */
export async function measureBoth(
  config: Config,
  base: SidePlans,
  head: SidePlans,
  progress: Progress,
  commits: { base?: string; head?: string } = {},
): Promise<PairedRun> {
  await checkProviders(config);
  const baseMeasured: Measured = new Map();
  const headMeasured: Measured = new Map();
  const pairs = new Map<string, PairResult>();
  const notes: string[] = [];
  const models = unitsOf(config).filter((m) => head.plans.has(m.id));
  for (const [i, model] of models.entries()) {
    const h = head.plans.get(model.id)!;
    const b = base.plans.get(model.id);
    const settings = { ...settingsFor(config, model), latencyBatch: h.latencyBatch };
    const sub = part(progress, i, models.length);
    if (b && b.latencyBatch !== h.latencyBatch) {
      notes.push(
        `${model.id}: base and head would be timed at different batch sizes ` +
          `(${b.latencyBatch} and ${h.latencyBatch}); set latency-batch to compare their speed.`,
      );
    }
    if (!b || b.latencyBatch !== h.latencyBatch) {
      const doc = await measureModels([h], settings, sub);
      headMeasured.set(model.id, { doc, model: doc.models[0] });
      continue;
    }
    const limits = latencyLimits(
      config.gates.map((g) => g.gate),
      model.id,
      h.latencyBatch,
    );
    const plan = sequentialPlan(
      compareOptionsOf(config),
      (line) => sub.log(`${model.id}: ${line}`),
      limits,
    );
    const { measurement, pair } = await measureAB(b, h, settings, sub, { plan });
    baseMeasured.set(model.id, { doc: measurement, model: pair.a });
    headMeasured.set(model.id, { doc: measurement, model: pair.b });
    pairs.set(model.id, pair);
  }
  progress.done();
  return {
    base: resultOf(base.plans, baseMeasured, commits.base),
    head: resultOf(head.plans, headMeasured, commits.head),
    pairs,
    notes,
  };
}

/** The comparison options a config asks for. */
export function compareOptionsOf(config: Config): CompareOptions {
  return {
    ...DEFAULT_VERDICT_OPTIONS,
    threshold: config.threshold,
    staticThreshold: config.staticThreshold,
    gates: config.gates.map((g) => g.gate),
    // Unset unless asked, so that a gate `on-inconclusive: true` can still turn it on.
    onInconclusive: config.failOnInconclusive || undefined,
    onMissingBase: config.failOnMissingBase,
  };
}

export function compareRun(
  config: Config,
  base: Side,
  head: Side,
  pairs: Map<string, PairResult> = new Map(),
): Comparison {
  return buildComparison(base, head, compareOptionsOf(config), pairs);
}

/**
 * With `fail-on-missing-base`, why a run that found no base at all fails: the gated units of
 * the head, which nothing judged. Undefined when the option is off or no gate applies.
 */
export function missingBaseFailure(config: Config, head: Result): string | undefined {
  if (!config.failOnMissingBase) return undefined;
  const units = gatedUnits(
    config.gates.map((g) => g.gate),
    head.models.map((m) => m.id),
  );
  if (units.length === 0) return undefined;
  return (
    `no base to judge the gates of ${units.map((u) => `"${u}"`).join(', ')} against, ` +
    'and fail-on-missing-base is on. Push to the base branch to save a baseline, or let the job build the base (baseline: auto).'
  );
}
