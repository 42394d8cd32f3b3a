/**
 * The build step: runs each model's `build` command in the checkout root (once per distinct
 * command), then checks that every model's `path` is a file there. Output is streamed to the
 * log line by line, prefixed with the model id; a failure is a UserError that points at the
 * config line and ends with the last lines the command printed.
 */
import { childEnv } from '../child-env.ts';
import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserError } from '../errors.ts';
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
}

/**
 * Runs `command` with /bin/sh -c in `cwd` (the environment inherited, less the Action's
 * credentials: src/child-env.ts), streaming its lines.
 */
export function runCommand(
  command: string,
  cwd: string,
  onLine: (line: string) => void,
): Promise<CommandOutcome> {
  return new Promise((done, fail) => {
    // /bin/sh -c on Linux and macOS; cmd.exe on Windows runners (the platform's shell).
    const child = spawn(command, {
      shell: process.platform === 'win32' ? true : '/bin/sh',
      cwd,
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const tail: string[] = [];
    const emit = (line: string) => {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      onLine(line);
    };
    const streams = [child.stdout, child.stderr].map((stream) => {
      let partial = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop()!;
        for (const line of lines) emit(line.replace(/\r$/, ''));
      });
      return () => {
        if (partial) emit(partial.replace(/\r$/, ''));
        partial = '';
      };
    });
    child.on('error', fail);
    child.on('close', (code, signal) => {
      streams.forEach((flush) => flush());
      done({ code, signal, tail });
    });
  });
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
    const r = await runCommand(command, root, (line) => log(`[${label}${m.id}] ${line}`));
    if (r.code === 0) continue;
    const how = r.signal ? `was killed by ${r.signal}` : `failed with exit code ${r.code}`;
    const shared = others.length ? ` (shared with ${others.join(', ')})` : '';
    const output = r.tail.length ? r.tail.join('\n') : '(it printed nothing)';
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

function where(m: ModelConfig, field: 'build' | 'path'): string {
  return locationText(m.fieldsAt[field] ?? m.at);
}
