/**
 * `misnomer run`: the pull-request job on this machine. Reads the config, builds the models of
 * the working tree (the head) and of the base (a ref, by default where HEAD branched off the
 * default branch) in a git worktree, measures both interleaved, and prints the comparison; the
 * Markdown report is what the Action would comment. Exits 1 when a gate trips.
 */
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { loadConfig } from '../config/load.ts';
import { UserError } from '../errors.ts';
import { prepareBase } from '../pipeline/base.ts';
import { withBaseConfig } from '../pipeline/base-config.ts';
import { mergeBase, repoRoot, resolveRef } from '../pipeline/git.ts';
import { timeCommands } from '../pipeline/commands.ts';
import { compareRun, measureAlone, measureBoth, missingBaseFailure } from '../pipeline/pipeline.ts';
import { prepareSide } from '../pipeline/sides.ts';
import { toJson } from '../report/json.ts';
import { renderMarkdown } from '../report/markdown.ts';
import { createProgress, silentProgress } from '../progress.ts';
import { renderResultMarkdown } from '../report/result-markdown.ts';
import { renderComparisonTerminal } from '../report/terminal-compare.ts';
import { emit, parse, stringOption, type Values } from './options.ts';

const DEFAULT_BASES = ['origin/HEAD', 'origin/main', 'main', 'origin/master', 'master'];

export async function runCommand(
  args: string[],
  out: (s: string) => void,
  usage: string,
): Promise<number> {
  const { values, positionals } = parse(args, {
    config: { type: 'string' },
    base: { type: 'string' },
    markdown: { type: 'string' },
    json: { type: 'string' },
    'no-progress': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    out(usage);
    return 0;
  }
  if (positionals.length > 0) {
    throw new UserError(`run takes no positional arguments (got "${positionals[0]}"); see --help.`);
  }
  const cwd = process.cwd();
  const root = await repoRoot(cwd);
  if (!root)
    throw new UserError(`${cwd} is not in a git repository: run compares against a git ref.`);
  const config = loadConfig(stringOption(values.config) ?? '.github/misnomer.yml');
  const progress = values['no-progress'] ? silentProgress : createProgress();
  const log = (line: string) => progress.log(line);

  const asked = stringOption(values.base);
  const refs = asked ? [asked] : DEFAULT_BASES;
  let baseCommit: string | undefined;
  let baseRef = '';
  for (const ref of refs) {
    const sha = await resolveRef(root, ref);
    if (sha) {
      baseRef = ref;
      baseCommit = (await mergeBase(root, sha, 'HEAD')) ?? sha;
      break;
    }
  }
  if (asked && !baseCommit) {
    throw new UserError(`--base "${asked}" names no commit in ${root}.`);
  }
  const head = await prepareSide(config, root, log, 'head');
  const notes: string[] = [];
  // As in the Action: judged by the base's gates, the base built as its own config builds it.
  const fromBase = baseCommit ? await withBaseConfig(config, cwd, baseCommit) : undefined;
  if (fromBase) notes.push(...fromBase.notes);
  const judged = fromBase?.judged ?? config;
  const tree =
    baseCommit && fromBase
      ? await prepareBase(fromBase.baseSide, root, baseCommit, tmpdir(), log, notes)
      : undefined;
  try {
    if (!tree?.side) {
      const result = await measureAlone(config, head, progress);
      const note = baseCommit
        ? notes.join(' ')
        : `No base: none of ${refs.join(', ')} exists here; this is the working tree alone.`;
      const markdown = renderResultMarkdown(result, { title: 'misnomer: working tree', note });
      writeOutputs(values, markdown, toJson(result), out);
      emit({}, markdown, out);
      const failure = missingBaseFailure(judged, result);
      if (failure) log(`misnomer: ${failure}`);
      return failure ? 1 : 0;
    }
    const paired = await measureBoth(config, tree.side, head, progress, { base: baseCommit });
    const comparison = compareRun(
      judged,
      { label: baseRef, result: paired.base },
      { label: 'working tree', result: paired.head },
      paired.pairs,
    );
    comparison.notes = [
      `The base (${baseRef} at ${baseCommit!.slice(0, 7)}) was built in a git worktree and measured interleaved with the working tree.`,
      ...notes,
      ...paired.notes,
    ];
    if (config.commands.length > 0) {
      comparison.commands = await timeCommands(config, { base: tree.side.root, head: root }, log);
    }
    writeOutputs(values, renderMarkdown(comparison), toJson(comparison), out);
    emit({}, renderComparisonTerminal(comparison, { color: Boolean(process.stdout.isTTY) }), out);
    const failed =
      comparison.models.some((m) => m.status === 'failed') ||
      comparison.gates.some((g) => g.tripped);
    return failed ? 1 : 0;
  } finally {
    await tree?.worktree.remove();
  }
}

function writeOutputs(
  values: Values,
  markdown: string,
  json: string,
  out: (s: string) => void,
): void {
  const md = stringOption(values.markdown);
  if (md) emit({ out: resolve(md) }, markdown, out);
  const js = stringOption(values.json);
  if (js) emit({ out: resolve(js) }, json, out);
}
