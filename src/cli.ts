/**
 * The misnomer command line: `misnomer analyze | measure | compare | run`. Parses arguments,
 * wires the pipeline stages, prints. A UserError exits 2 with its message and no stack; any
 * other error is a bug and exits 1 with the stack.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { analyze } from './analyze/analyze.ts';
import { UserError } from './errors.ts';
import { clean } from './text.ts';
import { loadModel } from './onnx/load.ts';
import { renderAnalysis } from './report/terminal-analysis.ts';
import { parseDims } from './shapes/bind.ts';
import { TOOL_VERSION } from './version.ts';

const USAGE = `misnomer ${TOOL_VERSION}: every cost indicator of an ONNX model, and where they disagree.

Usage:
  misnomer analyze <model.onnx> [--dim name=value]... [--json] [--per-node] [--out file]

Commands:
  analyze   static cost indicators from the graph: params, MACs, FLOPs, transcendentals,
            bytes accessed, arithmetic intensity, weight and peak activation memory, nodes

Options:
  --dim name=value   value of a symbolic input dim (repeatable): --dim batch=1 --dim sequence=128
                     an unnamed dim is addressed as input:axis, e.g. --dim input_ids:1=128
  --json             print the analysis as JSON (schema misnomer/analysis@1)
  --per-node         add one row (or JSON entry) per node
  --out file         write the output to a file instead of stdout
  -h, --help         this help
  -v, --version      the version

Exit codes: 0 done, 1 internal error (please report), 2 bad input (the message says what to fix).
`;

export async function main(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s),
): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    out(USAGE);
    return command ? 0 : 2;
  }
  if (command === '-v' || command === '--version') {
    out(`${TOOL_VERSION}\n`);
    return 0;
  }
  switch (command) {
    case 'analyze':
      return analyzeCommand(rest, out);
    case 'measure':
    case 'compare':
    case 'run':
      throw new UserError(
        `"misnomer ${command}" is not available in this version yet; "misnomer analyze" is.`,
      );
    default:
      throw new UserError(`unknown command "${command}". Run "misnomer --help" for the commands.`);
  }
}

function parse(args: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UserError(`${(e as Error).message}. Run "misnomer --help" for the options.`);
  }
}

function analyzeCommand(args: string[], out: (s: string) => void): number {
  const { values, positionals } = parse(args, {
    dim: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    'per-node': { type: 'boolean' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    out(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    throw new UserError(
      `analyze takes one model file, got ${positionals.length}: misnomer analyze model.onnx`,
    );
  }
  const dims = parseDims((values.dim as string[] | undefined) ?? []);
  const loaded = loadModel(positionals[0]);
  let text: string;
  try {
    const perNode = Boolean(values['per-node']);
    const analysis = analyze(loaded, { dims, perNode });
    text = values.json
      ? JSON.stringify(analysis, null, 2) + '\n'
      : renderAnalysis(analysis, { perNode });
  } finally {
    loaded.store.close();
  }
  if (typeof values.out === 'string') writeOut(values.out, text);
  else out(text);
  return 0;
}

function writeOut(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new UserError(
      `cannot write ${path}: ${(e as Error).message}. Check that its folder exists and is writable.`,
    );
  }
}

/** Runs the CLI as a program: exit codes and error printing live here only. */
export async function run(argv: string[]): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (e) {
    if (e instanceof UserError) {
      process.stderr.write(`misnomer: ${clean(e.message)}\n`);
      process.exitCode = 2;
    } else {
      const detail = clean(String((e as Error)?.stack ?? e), true);
      process.stderr.write(
        `misnomer: internal error, please report it with the command you ran:\n${detail}\n`,
      );
      process.exitCode = 1;
    }
  }
}

// Run when executed directly (tsx src/cli.ts, or the bundled dist/cli.js).
if (process.argv[1] && /(^|[\\/])(cli\.(ts|js)|misnomer(\.js)?)$/.test(process.argv[1])) {
  void run(process.argv.slice(2));
}
