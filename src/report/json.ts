/**
 * JSON for files and stdout: indented for people, but arrays of numbers (raw samples, shapes)
 * on one line each, so a measurement with ten thousand samples stays readable and small.
 */
export function toJson(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  return (
    text.replace(
      /\[\s+(-?[\d.eE+-]+(?:,\s+-?[\d.eE+-]+)*)\s+\]/g,
      (_, body: string) => `[${body.split(/,\s+/).join(', ')}]`,
    ) + '\n'
  );
}
