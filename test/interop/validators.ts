/**
 * Validators of the two interop formats, written from each project's published definition
 * (neither project publishes its schema or parser on the npm registry: github-action-benchmark's
 * package is private, and Bencher's schema is a file on its site read by a Rust server):
 *
 * - Bencher Metric Format: the JSON Schema (draft-07) Bencher publishes at
 *   https://bencher.dev/bmf.json (also on https://bencher.dev/docs/reference/bencher-metric-format/):
 *   an object of benchmark names (non-empty) to objects of measures (non-empty) to
 *   `{ value: number, lower_value?: number, upper_value?: number }`. Restated here with ajv, plus
 *   the limits that page states: a measure slug is at most 64 characters and a benchmark name at
 *   most 1024. Stricter than the published schema on purpose: no other keys in a metric (a typo
 *   such as `lower` would be silently dropped), and a slug in kebab case.
 * - github-action-benchmark's custom tools: its src/extract.ts parses the file with zod as an
 *   array of `{ name, value, unit, range?, extra? }`, coercing each field (z.coerce). Restated with
 *   zod without coercion (strings must be strings, the value a finite number), so anything that
 *   passes here passes the action's laxer parse unchanged. `range` must also be the `± number`
 *   form the action rescales between units (its src/extractRangeInfo.ts).
 */
import { Ajv } from 'ajv';
import { z } from 'zod';

const BMF_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema',
  type: 'object',
  propertyNames: { minLength: 1, maxLength: 1024 },
  additionalProperties: {
    type: 'object',
    propertyNames: { pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 64 },
    additionalProperties: {
      type: 'object',
      required: ['value'],
      additionalProperties: false,
      properties: {
        value: { type: 'number' },
        lower_value: { type: 'number' },
        upper_value: { type: 'number' },
      },
    },
  },
};

const validateBmf = new Ajv({ strict: true, allErrors: true }).compile(BMF_SCHEMA);

/** The errors of a BMF document, empty when it is valid. */
export function bmfErrors(doc: unknown): string[] {
  if (validateBmf(doc)) return [];
  return (validateBmf.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

const CustomEntry = z
  .object({
    name: z.string().min(1),
    value: z.number().refine(Number.isFinite, 'not finite'),
    unit: z.string().min(1),
    range: z
      .string()
      .regex(/^± \d/, 'not "± <number>"')
      .refine((r) => Number.isFinite(Number(r.slice(2))), 'not a number after ±')
      .optional(),
    extra: z.string().optional(),
  })
  .strict();

const CustomFile = z.array(CustomEntry);

/** The errors of a customSmallerIsBetter / customBiggerIsBetter file, empty when it is valid. */
export function customErrors(doc: unknown): string[] {
  const r = CustomFile.safeParse(doc);
  return r.success ? [] : r.error.issues.map((i) => `/${i.path.join('/')} ${i.message}`);
}
