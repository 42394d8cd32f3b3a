/**
 * `misnomer export --format FORMAT <result.json | comparison.json>`: a result or a comparison as
 * another benchmark tracker's input (src/interop/), on stdout or in --out. Formats:
 * `bmf` (Bencher Metric Format, for `bencher run --adapter json`), and `customSmallerIsBetter` /
 * `customBiggerIsBetter` (github-action-benchmark's custom tools, one file per direction).
 */
import { isObject, readJson } from '../compare/checker.ts';
import { parseComparison } from '../compare/read-comparison.ts';
import { parseResult, RESULT_SCHEMA } from '../compare/result.ts';
import { COMPARISON_SCHEMA } from '../compare/types.ts';
import { UserError } from '../errors.ts';
import { toBmf } from '../interop/bencher.ts';
import { CUSTOM_TOOLS, toCustomBenchmarks, type CustomTool } from '../interop/benchmark-action.ts';
import { comparisonPoints, resultPoints, type Point } from '../interop/points.ts';
import { emit, parse, stringOption } from './options.ts';

export const EXPORT_FORMATS = ['bmf', ...Object.keys(CUSTOM_TOOLS)] as const;

export function exportCommand(args: string[], out: (s: string) => void, usage: string): number {
  const { values, positionals } = parse(args, {
    format: { type: 'string' },
    side: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    out(usage);
    return 0;
  }
  const format = stringOption(values.format);
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UserError(
      `export: --format ${format ?? '(missing)'} is not a format; expected one of ` +
        `${EXPORT_FORMATS.join(', ')}.`,
    );
  }
  if (positionals.length !== 1) {
    throw new UserError(
      `export takes one result or comparison file, got ${positionals.length}: ` +
        'misnomer export --format bmf comparison.json',
    );
  }
  const side = stringOption(values.side) ?? 'head';
  if (side !== 'head' && side !== 'base') {
    throw new UserError(`export: --side ${side} is not a side; expected head or base.`);
  }
  const points = readPoints(positionals[0], side, values.side !== undefined);
  const doc = format === 'bmf' ? toBmf(points) : toCustomBenchmarks(points, format as CustomTool);
  emit(values, `${JSON.stringify(doc, null, 2)}\n`, out);
  return 0;
}

/** The points of a result or a comparison file, told apart by its schema. */
function readPoints(path: string, side: 'head' | 'base', sideGiven: boolean): Point[] {
  const data = readJson(path, path, 'result or comparison');
  const schema = isObject(data) ? data.schema : undefined;
  if (schema === COMPARISON_SCHEMA) return comparisonPoints(parseComparison(data, path), side);
  if (schema === RESULT_SCHEMA) {
    if (sideGiven) {
      throw new UserError(`export: --side is for a comparison; ${path} is a result (one side).`);
    }
    return resultPoints(parseResult(data, path));
  }
  throw new UserError(
    `${path}: schema is ${JSON.stringify(schema) ?? 'missing'}; export reads ` +
      `${RESULT_SCHEMA} (measure --result, analyze --result) or ${COMPARISON_SCHEMA} (compare --json).`,
  );
}
