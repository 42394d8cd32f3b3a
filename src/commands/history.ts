/**
 * `misnomer history [folder]`: where the base branch has been. Reads the baselines `misnomer run`
 * keeps (--baselines, by default misnomer/baselines in the repository's .git folder; those of one
 * report key on this kind of machine, --key) or a folder of result files (a downloaded cache
 * entry, results kept by a workflow), merges the history every one carries with its own point
 * (each commit once), and prints per model and scenario a table and spark lines; --json the
 * history document (misnomer/history@1), --markdown the same tables with mermaid charts.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { historyFile } from '../compare/history-lines.ts';
import {
  HISTORY_SCHEMA,
  mergePoints,
  type History,
  type HistoryPoint,
} from '../compare/history.ts';
import { readResult, type Result } from '../compare/result.ts';
import { UserError } from '../errors.ts';
import { readDataBranchFile } from '../pipeline/data-branch.ts';
import { gitCommonDir, repoRoot, subjectsOf } from '../pipeline/git.ts';
import { baselinePrefix, localScope } from '../pipeline/store.ts';
import { renderHistoryMarkdown, renderHistoryTerminal } from '../report/history-terminal.ts';
import { toJson } from '../report/json.ts';
import { clean } from '../text.ts';
import { parse, stringOption, writeOutputs } from './options.ts';

export async function historyCommand(
  args: string[],
  out: (s: string) => void,
  usage: string,
  warn: (s: string) => void = (s) => process.stderr.write(s),
): Promise<number> {
  const { values, positionals } = parse(args, {
    baselines: { type: 'string' },
    branch: { type: 'string' },
    remote: { type: 'string' },
    key: { type: 'string' },
    json: { type: 'string' },
    markdown: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    out(usage);
    return 0;
  }
  if (positionals.length > 1) {
    throw new UserError(
      `history takes at most one folder of result files, got ${positionals.length}: misnomer history results/`,
    );
  }
  const key = stringOption(values.key) ?? 'default';
  const branch = stringOption(values.branch);
  const sources = [positionals[0], values.baselines, branch].filter((v) => v !== undefined);
  if (sources.length > 1) {
    throw new UserError(
      'history: give one source: a folder of results, --baselines DIR or --branch NAME.',
    );
  }
  const { points, source } = branch
    ? await fromBranch(branch, stringOption(values.remote) ?? 'origin', key, warn)
    : await fromFolder(positionals[0], stringOption(values.baselines), key, warn);
  const doc: History = { schema: HISTORY_SCHEMA, points };
  // In a repository, each point's commit subject (those it has), for the terminal.
  const subjects = await subjectsOf(
    process.cwd(),
    points.flatMap((p) => (p.commit ? [p.commit] : [])),
  );
  writeOutputs(
    values,
    {
      json: () => toJson(doc),
      markdown: () => renderHistoryMarkdown(points, source),
      terminal: () => renderHistoryTerminal(points, source, subjects),
    },
    out,
  );
  return 0;
}

/** The points of a folder of results, or of the baseline folder (`misnomer run`'s by default). */
async function fromFolder(
  results: string | undefined,
  baselines: string | undefined,
  key: string,
  warn: (s: string) => void,
): Promise<{ points: HistoryPoint[]; source: string }> {
  const dir = resolve(results ?? baselines ?? (await defaultFolder()));
  // The baseline folder names its files by scope; a folder of results is read whole.
  const prefix = results ? '' : baselinePrefix(localScope(key));
  const points = mergePoints(readFolder(dir, prefix, warn));
  return { points, source: prefix ? `${dir} (key ${key})` : dir };
}

/**
 * The points `history: branch` keeps on the data branch of the repository here, fetched from
 * `remote`: the file of the report key (this kind of machine's when runners of several kinds
 * wrote one).
 */
async function fromBranch(
  branch: string,
  remote: string,
  key: string,
  warn: (s: string) => void,
): Promise<{ points: HistoryPoint[]; source: string }> {
  const repo = await repoRoot(process.cwd());
  if (!repo) {
    throw new UserError(
      `${process.cwd()} is not in a git repository: --branch reads the data branch of the repository you run misnomer history in.`,
    );
  }
  const where = { repo, remote, branch };
  const read = await readDataBranchFile(where, historyFile(localScope(key)), { key });
  for (const s of read.skipped) warn(`misnomer: ${clean(s)}: skipped\n`);
  if (read.points.length === 0) {
    throw new UserError(
      `history --branch ${branch}: ${read.why ?? `no points in ${read.file}`}. ` +
        'Pushes write it when the config has `history: branch` (and --remote names where it is, origin by default).',
    );
  }
  return { points: read.points, source: `${branch}:${read.file} (${remote})` };
}

/** misnomer/baselines in the .git folder of the repository here, as `misnomer run` keeps it. */
async function defaultFolder(): Promise<string> {
  const root = await repoRoot(process.cwd());
  if (!root) {
    throw new UserError(
      `${process.cwd()} is not in a git repository: give the folder of baselines (--baselines DIR) or of results (misnomer history DIR).`,
    );
  }
  return join((await gitCommonDir(root)) ?? root, 'misnomer', 'baselines');
}

/**
 * The results of the folder's .json files whose names start with `prefix`. A file that is not a
 * result, or is damaged, is skipped with a line saying why; a folder with none is an error that
 * says what is there.
 */
function readFolder(dir: string, prefix: string, warn: (s: string) => void): Result[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new UserError(`${dir} is not a folder.`);
    names = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(
      `${dir}: no such folder. misnomer run keeps its baselines there once it has measured a base; or give a folder of result files.`,
    );
  }
  const mine = names.filter((f) => f.startsWith(prefix));
  if (mine.length === 0) {
    const others = [...new Set(names.map(scopeOf).filter(Boolean))];
    const hint = others.length > 0 ? ` Other baselines there: ${others.join(', ')} (--key).` : '';
    throw new UserError(
      `no ${prefix ? `${prefix}*.json baselines` : 'result files'} in ${dir}.${hint}`,
    );
  }
  const results: Result[] = [];
  for (const f of mine) {
    try {
      results.push(readResult(join(dir, f), { name: f }));
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      warn(`misnomer: skipped ${clean(basename(f))}: ${clean(e.message)}\n`);
    }
  }
  return results;
}

/** "misnomer-v1-<key>-<os>-<arch>-<commit>.json" -> "<key> (<os> <arch>)", else ''. */
function scopeOf(file: string): string {
  const m = /^misnomer-v1-(.+)-([a-z]+)-([a-z0-9]+)-[0-9a-f]{7,64}\.json$/.exec(file);
  return m ? clean(`${m[1]} (${m[2]} ${m[3]})`) : '';
}
