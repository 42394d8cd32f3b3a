/**
 * Whether a comparison fails: the one decision the Action (the step fails), `misnomer run` and
 * `misnomer compare` (exit 1) all make here. It fails when a gate tripped or when a model's head
 * failed to measure. A model whose base alone failed does not fail it: a pull request that fixes
 * a crashing model must not fail for the crash it fixes; the report says what happened.
 */
import type { Comparison, GateOutcome, ModelComparison } from '../compare/types.ts';

export const headFailed = (m: ModelComparison): boolean =>
  m.status === 'failed' && (m.failedSides?.includes('head') ?? true);

export interface Failure {
  tripped: GateOutcome[];
  /** Models whose head failed. */
  failed: ModelComparison[];
  /** "2 gates tripped:\n- mlp: …": what a log or a terminal prints. */
  message: string;
}

/** Why the comparison fails, or undefined when it does not. */
export function failureOf(c: Comparison): Failure | undefined {
  const tripped = c.gates.filter((g) => g.tripped);
  const failed = c.models.filter(headFailed);
  if (tripped.length === 0 && failed.length === 0) return undefined;
  const lines = [
    ...tripped.map((g) => `${g.model}: ${g.reason}`),
    ...failed.map((m) => `${m.id}: ${m.reason ?? 'the model failed'}`),
  ];
  const what =
    tripped.length > 0
      ? `${tripped.length} gate${tripped.length === 1 ? '' : 's'} tripped`
      : `${failed.length} model${failed.length === 1 ? '' : 's'} failed`;
  return { tripped, failed, message: `${what}:\n${lines.map((l) => `- ${l}`).join('\n')}` };
}
