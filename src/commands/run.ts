/**
 * `misnomer run`: the pull-request job on this machine, the same job the Action runs
 * (pipeline/pull-request.ts). The working tree is the head; the base is where HEAD left the
 * default branch (or --base ref), built in a git worktree and measured interleaved with it.
 * Baselines are kept in a folder (--baselines, by default inside the repository's .git), so a
 * later run can reuse the base measured here (`baseline: cache`, or --baseline cache). Exits 1
 * when the comparison fails as the Action's would.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CONFIG_EXAMPLE, DEFAULT_CONFIG_FILE, loadConfig } from '../config/load.ts';
import type { BaselineStrategy } from '../config/types.ts';
import { UserError } from '../errors.ts';
import { localBase } from '../pipeline/base-commit.ts';
import { gitCommonDir, repoRoot } from '../pipeline/git.ts';
import { runPullRequest } from '../pipeline/pull-request.ts';
import { folderStore, localScope } from '../pipeline/store.ts';
import { toJson } from '../report/json.ts';
import { createProgress, silentProgress } from '../progress.ts';
import { renderResultMarkdown } from '../report/result-markdown.ts';
import { clean } from '../text.ts';
import { outputOf, parse, STDOUT, stringOption, writeOutputs } from './options.ts';
import { comparisonOutputs } from './comparison-outputs.ts';

const POLICIES: readonly BaselineStrategy[] = ['auto', 'rebuild', 'cache'];

export async function runCommand(
  args: string[],
  out: (s: string) => void,
  usage: string,
): Promise<number> {
  const { values, positionals } = parse(args, {
    config: { type: 'string' },
    base: { type: 'string' },
    baselines: { type: 'string' },
    baseline: { type: 'string' },
    markdown: { type: 'string' },
    json: { type: 'string' },
    out: { type: 'string' },
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
  const config = { ...readConfig(stringOption(values.config)) };
  const policy = stringOption(values.baseline);
  if (policy !== undefined) {
    if (!POLICIES.includes(policy as BaselineStrategy)) {
      throw new UserError(
        `--baseline "${policy}" is not a policy; expected auto, rebuild or cache.`,
      );
    }
    config.baseline = policy as BaselineStrategy;
  }
  const quiet =
    values['no-progress'] ||
    [outputOf(values, 'json'), outputOf(values, 'markdown')].includes(STDOUT);
  const progress = quiet ? silentProgress : createProgress();
  const log = (line: string) => progress.log(line);
  const baselines = stringOption(values.baselines);
  const store = folderStore(
    baselines
      ? resolve(baselines)
      : join((await gitCommonDir(root)) ?? root, 'misnomer', 'baselines'),
  );

  const run = await runPullRequest({
    config,
    headRoot: root,
    configCwd: cwd,
    base: await localBase(root, stringOption(values.base)),
    // No commit: the working tree may hold changes that HEAD does not.
    head: { label: 'working tree' },
    tempDir: tmpdir(),
    store,
    scope: localScope(config.key),
    saveBase: true,
    log,
    progress,
    phase: (title, work) => {
      log(title.replace(/^misnomer: /, ''));
      return work();
    },
  });
  const c = run.comparison;
  if (c) {
    c.notes = [...run.notes, ...(c.notes ?? [])];
    writeOutputs(values, comparisonOutputs(c), out);
  } else {
    // No base: the working tree's own report, in Markdown on the terminal as well.
    const markdown = renderResultMarkdown(run.head, {
      title: 'misnomer: working tree',
      note: run.notes.join(' '),
    });
    writeOutputs(
      values,
      { json: () => toJson(run.head), markdown: () => markdown, terminal: () => markdown },
      out,
    );
  }
  if (run.failure) process.stderr.write(`misnomer: ${clean(run.failure, true)}\n`);
  return run.failure ? 1 : 0;
}

/** The config, or a message in the command line's words when there is none. */
function readConfig(asked: string | undefined) {
  const file = asked ?? DEFAULT_CONFIG_FILE;
  if (!existsSync(file)) {
    throw new UserError(
      `${file}: no config file there. misnomer run reads the models to compare from it; ` +
        `create it, e.g.\n\n${CONFIG_EXAMPLE}\n\nor give another path with --config FILE.`,
    );
  }
  return loadConfig(file);
}
