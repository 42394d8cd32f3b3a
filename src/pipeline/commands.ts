/**
 * The config's timed commands (an export script, a preprocessing step) in a pull request: run
 * in the base's worktree and in the head's checkout alternately, so that each run of the head
 * has a base run next to it (a round), and the change is decided like model latency: paired
 * rounds, the median of ln(head/base), a bootstrap CI (docs/measurement.md#how-verdicts-are-decided). With fewer than 5
 * rounds the times are shown, not tested. A command that fails on one side is reported as such.
 */
import { DEFAULT_VERDICT_OPTIONS, MIN_ROUNDS, pairedVerdict } from '../compare/ab.ts';
import { median } from '../stats/summary.ts';
import type { CommandDelta } from '../compare/types.ts';
import type { Config } from '../config/types.ts';
import { timeCommand } from '../measure/commands.ts';
import type { TimedCommand } from '../measure/types.ts';

/** One run; past the config's build-timeout it is stopped, with everything it started. */
async function once(
  name: string,
  command: string,
  cwd: string,
  timeoutMs: number,
): Promise<TimedCommand> {
  return timeCommand({ name, command, runs: 1, timeoutMs, cwd });
}

const msOf = (t: TimedCommand) => t.wallClock?.samplesMs[0] ?? NaN;

export async function timeCommands(
  config: Config,
  roots: { base?: string; head: string },
  log: (line: string) => void,
): Promise<CommandDelta[]> {
  const out: CommandDelta[] = [];
  for (const c of config.commands) {
    const rounds: { a: number; b: number }[] = [];
    const headMs: number[] = [];
    let failure: string | undefined;
    for (let i = 0; i < c.runs && !failure; i++) {
      // Alternate which side goes first: a warm file cache must not favour one side.
      const order = i % 2 === 0 ? (['base', 'head'] as const) : (['head', 'base'] as const);
      const got: Partial<Record<'base' | 'head', TimedCommand>> = {};
      for (const side of order) {
        const root = roots[side];
        if (root) got[side] = await once(c.name, c.run, root, config.buildTimeoutMs);
      }
      for (const side of order) {
        const t = got[side];
        if (t && t.status !== 'ok' && !failure)
          failure = `${side}: ${t.status}: ${t.error ?? ''}`.trim();
      }
      if (failure) break;
      headMs.push(msOf(got.head!));
      if (got.base) rounds.push({ a: msOf(got.base), b: msOf(got.head!) });
    }
    log(
      failure
        ? `timed "${c.name}": ${failure}`
        : `timed "${c.name}": ${c.runs} run${c.runs === 1 ? '' : 's'}`,
    );
    out.push(delta(c.name, c.run, rounds, headMs, failure, Boolean(roots.base)));
  }
  return out;
}

function delta(
  name: string,
  command: string,
  rounds: { a: number; b: number }[],
  headMs: number[],
  failure: string | undefined,
  hasBase: boolean,
): CommandDelta {
  const base = rounds.length > 0 ? median(rounds.map((r) => r.a)) : null;
  const head = headMs.length > 0 ? median(headMs) : null;
  const common = { name, command, base, head, rounds: rounds.length };
  if (failure) {
    return { ...common, ratio: null, ci: null, verdict: 'not-tested', reason: failure };
  }
  if (!hasBase) {
    return {
      ...common,
      ratio: null,
      ci: null,
      verdict: 'not-tested',
      reason: 'no base checkout in this job: the head alone',
    };
  }
  if (rounds.length < MIN_ROUNDS) {
    const ratio = base && head ? head / base : null;
    return {
      ...common,
      ratio,
      ci: null,
      verdict: 'not-tested',
      reason: `${rounds.length} rounds: a verdict needs at least ${MIN_ROUNDS} (set runs: ${MIN_ROUNDS} or more)`,
    };
  }
  const v = pairedVerdict(rounds, {
    ...DEFAULT_VERDICT_OPTIONS,
    direction: 'lower-is-better',
  });
  return { ...common, ratio: v.ratio, ci: v.ci, verdict: v.verdict, reason: v.reason };
}
