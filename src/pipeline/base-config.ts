/**
 * A pull request does not set its own gates. The gates and thresholds that judge it come from
 * the base commit's config (read with `git show`), so a pull request cannot loosen or delete the
 * gate that would catch it; a change to them is shown, and applies after the merge. The base's
 * models are built as the base's config builds them (path and build command), matched to the
 * head's by id: a model whose file moved is still the same model, compared and gated.
 */
import { relative, resolve } from 'node:path';
import { gateName } from '../compare/gates.ts';
import { loadConfig } from '../config/load.ts';
import type { Config } from '../config/types.ts';
import { UserError } from '../errors.ts';
import { showFile } from './git.ts';

export interface BaseConfig {
  /** The head's config with the base's gates and thresholds: what the run is judged by. */
  judged: Config;
  /** The config the base side is built with: the head's, with the base's path and build per id. */
  baseSide: Config;
  notes: string[];
}

/** `cwd` is where `head.file` is relative to (the checkout, or the repository root). */
export async function withBaseConfig(
  head: Config,
  cwd: string,
  commit: string,
): Promise<BaseConfig> {
  const at = commit.slice(0, 7);
  const text = await showFile(cwd, commit, relative(cwd, resolve(cwd, head.file)));
  if (text === undefined) {
    return {
      judged: head,
      baseSide: head,
      notes: [
        `The base (${at}) has no ${head.file}: this pull request is judged by its own gates.`,
      ],
    };
  }
  let base: Config;
  try {
    base = loadConfig(head.file, text);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return {
      judged: head,
      baseSide: head,
      notes: [
        `The base's ${head.file} (${at}) is not valid (${e.message}): this pull request is judged by its own gates.`,
      ],
    };
  }
  const notes: string[] = [];
  const changed = gateChanges(base, head);
  if (changed.length > 0) {
    notes.push(
      `Gates changed in this pull request: ${changed.join('; ')}. They apply after the merge: ` +
        "this pull request is judged by the base's.",
    );
  }
  const headIds = new Set(head.models.map((m) => m.id));
  const gone = base.models.filter((m) => !headIds.has(m.id)).map((m) => `"${m.id}"`);
  if (gone.length > 0) {
    notes.push(
      `Removed (or renamed) in this pull request: ${gone.join(', ')}, in the base's config and not in the head's.`,
    );
  }
  const baseModels = new Map(base.models.map((m) => [m.id, m]));
  return {
    judged: {
      ...head,
      gates: base.gates,
      threshold: base.threshold,
      staticThreshold: base.staticThreshold,
      failOnInconclusive: base.failOnInconclusive,
      failOnMissingBase: base.failOnMissingBase,
    },
    baseSide: {
      ...head,
      models: head.models.map((m) => {
        const b = baseModels.get(m.id);
        return b ? { ...m, path: b.path, build: b.build, fieldsAt: b.fieldsAt } : m;
      }),
    },
    notes,
  };
}

/** "latency.p50 +5% → +50%", "params +1% → none", and changed thresholds, in words. */
function gateChanges(base: Config, head: Config): string[] {
  const limits = (c: Config) => new Map(c.gates.map((g) => [gateName(g.gate), g.gate.limit]));
  const [before, after] = [limits(base), limits(head)];
  const out: string[] = [];
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const [a, b] = [before.get(name), after.get(name)];
    if (a !== b) out.push(`${name} ${a ?? 'none'} → ${b ?? 'none'}`);
  }
  const pct = (x: number) => `${+(100 * x).toFixed(2)}%`;
  if (base.threshold !== head.threshold)
    out.push(`threshold ${pct(base.threshold)} → ${pct(head.threshold)}`);
  if (base.staticThreshold !== head.staticThreshold)
    out.push(`static-threshold ${pct(base.staticThreshold)} → ${pct(head.staticThreshold)}`);
  if (base.failOnInconclusive !== head.failOnInconclusive)
    out.push(`fail-on-inconclusive ${base.failOnInconclusive} → ${head.failOnInconclusive}`);
  if (base.failOnMissingBase !== head.failOnMissingBase)
    out.push(`fail-on-missing-base ${base.failOnMissingBase} → ${head.failOnMissingBase}`);
  return out;
}
