/**
 * Calls to `@actions/cache` that can tell a miss from a service that did not answer. Shared by
 * the baselines (baseline.ts) and the onnxruntime-node install (onnxruntime.ts).
 */

/**
 * @actions/cache never throws when the service fails: it logs "Failed to restore: …" or "Failed
 * to save: …" (a warning, or an error for a 5xx) and answers as for a miss. To tell "not in the
 * cache" from "the service did not answer", the workflow commands it writes are watched (and
 * passed on) while it runs.
 */
export async function watchingFailures<T>(
  run: () => Promise<T>,
): Promise<{ value: T; failure?: string }> {
  const stdout = process.stdout;
  const write = stdout.write;
  let failure: string | undefined;
  stdout.write = function (this: typeof stdout, chunk: unknown, ...rest: unknown[]) {
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString();
    const m = /^::(?:warning|error)[^:]*::Failed to (?:restore|save): (.*)$/m.exec(text);
    failure ??= m?.[1];
    return (write as (...a: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof stdout.write;
  try {
    return { value: await run(), failure };
  } finally {
    stdout.write = write;
  }
}

/** What a failure @actions/cache logged means, in one clause. */
export function cacheProblem(logged: string): string {
  // Workflow commands escape newlines as %0A: the first line is the message.
  const first = logged
    .split(/%0A|\n/)[0]
    .replace(/%25/g, '%')
    .trim();
  const network = /Unable to make request: ([A-Z]+)/.exec(first);
  if (network) return `the cache service did not answer (${network[1]})`;
  const attempts = /Failed to make request after (\d+) attempts: (.*)$/.exec(first);
  if (attempts) {
    return `the cache service did not answer (${attempts[1]} attempts, the last: ${attempts[2]})`;
  }
  return `the cache service failed: ${first}`;
}
