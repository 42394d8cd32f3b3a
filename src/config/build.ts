/**
 * The build step: runs each model's `build` command in the checkout root (once per distinct
 * command), then checks that every model's `path` is a file there. Output is streamed to the
 * log line by line, prefixed with the model id; a failure is a UserError that points at the
 * config line and ends with the last lines the command printed.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserError } from '../errors.ts';
import { durationText, runShell } from '../run-shell.ts';
import { CONFIG_DEFAULTS } from './schema.ts';
import type { Config, ModelConfig } from './types.ts';
import { locationText } from './yaml-walk.ts';

/** How many lines of a failed command's output its error message carries. */
export const TAIL_LINES = 20;

export interface BuildOptions {
  /** Which checkout this is, 'base' or 'head': messages say "in the base checkout". */
  side?: string;
}

export interface CommandOutcome {
  /** The exit code, or null when a signal ended the command. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The last TAIL_LINES lines of stdout and stderr, interleaved as they came. */
  tail: string[];
  /** It ran past its time limit and was stopped with everything it started. */
  timedOut: boolean;
  /** Processes it started were still running when it exited (they were stopped). */
  leftovers: boolean;
}

export interface RunOptions {
  /** Stop it (and everything it started) after this long. Default: build-timeout's default. */
  timeoutMs?: number;
  /** What runs, for the line printed on cancellation. */
  label?: string;
}

/**
 * Runs `command` with /bin/sh -c in `cwd` (the environment inherited, less the Action's
 * credentials: src/child-env.ts) in a process group of its own, streaming its lines
 * (src/run-shell.ts: the time limit, processes left behind, cancellation).
 */
export async function runCommand(
  command: string,
  cwd: string,
  onLine: (line: string) => void,
  options: RunOptions = {},
): Promise<CommandOutcome> {
  const tail: string[] = [];
  const emit = (line: string) => {
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
    onLine(line);
  };
  // stdout and stderr come as one stream of chunks, interleaved as they came.
  let partial = '';
  const r = await runShell({
    command,
    cwd,
    timeoutMs: options.timeoutMs ?? CONFIG_DEFAULTS.buildTimeoutMs,
    label: options.label ?? `"${command}"`,
    onOutput: (chunk) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop()!;
      for (const line of lines) emit(line.replace(/\r$/, ''));
    },
  });
  if (partial) emit(partial.replace(/\r$/, ''));
  return { code: r.code, signal: r.signal, tail, timedOut: r.timedOut, leftovers: r.leftovers };
}

/**
 * Builds the models of `config` in `root` and returns model id -> absolute path of its ONNX
 * file. Models with the same build command share one run of it.
 */
export async function buildModels(
  config: Config,
  root: string,
  log: (line: string) => void,
  options: BuildOptions = {},
): Promise<Map<string, string>> {
  const side = options.side ? ` in the ${options.side} checkout` : '';
  const label = options.side ? `${options.side} ` : '';
  const groups = new Map<string, number[]>();
  config.models.forEach((m, i) => {
    if (m.build !== undefined) groups.set(m.build, [...(groups.get(m.build) ?? []), i]);
  });
  for (const [command, indexes] of groups) {
    const i = indexes[0];
    const m = config.models[i];
    const others = indexes.slice(1).map((j) => `"${config.models[j].id}"`);
    log(
      `[${label}${m.id}] $ ${command}${others.length ? ` (also builds ${others.join(', ')})` : ''}`,
    );
    const r = await runCommand(command, root, (line) => log(`[${label}${m.id}] ${line}`), {
      timeoutMs: config.buildTimeoutMs,
      label: `the build of "${m.id}"${side} ($ ${short(command)})`,
    });
    if (r.leftovers) {
      log(
        `[${label}${m.id}] the build exited and left processes running (e.g. a daemon started with &): they were stopped.`,
      );
    }
    const shared = others.length ? ` (shared with ${others.join(', ')})` : '';
    const output = r.tail.length ? r.tail.join('\n') : '(it printed nothing)';
    if (r.timedOut) {
      const limit = durationText(config.buildTimeoutMs);
      throw new UserError(
        `${where(m, 'build')}: models[${i}].build for "${m.id}"${shared} ($ ${short(command)}) ` +
          `did not finish within ${limit} (build-timeout)${side}: it was stopped with every process ` +
          `it started. Make the build faster, or raise build-timeout in ${config.file}. Its last output: ${output}`,
      );
    }
    if (r.code === 0) continue;
    const how = r.signal ? `was killed by ${r.signal}` : `failed with exit code ${r.code}`;
    throw new UserError(
      `${where(m, 'build')}: models[${i}].build for "${m.id}"${shared} ${how}${side}: ${output}`,
    );
  }
  const paths = new Map<string, string>();
  for (const [i, m] of config.models.entries()) {
    const path = resolve(root, m.path);
    const what = await stat(path).then(
      (s) =>
        s.isFile() ? null : s.isDirectory() ? 'is a directory, not a file,' : 'is not a file',
      () => 'does not exist',
    );
    if (what !== null) {
      const fix =
        m.build === undefined
          ? `${what} in ${root}; check the path (relative to the repository root), or add a build command that makes it.`
          : `${what} in ${root} after the build; check the path (relative to the repository root) or the build command.`;
      throw new UserError(`${where(m, 'path')}: models[${i}].path "${m.path}" ${fix}`);
    }
    paths.set(m.id, path);
  }
  return paths;
}

/** A command as messages quote it: one line, at most 80 characters. */
function short(command: string): string {
  const line = command.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

function where(m: ModelConfig, field: 'build' | 'path'): string {
  return locationText(m.fieldsAt[field] ?? m.at);
}
