/**
 * Where onnxruntime-node is loaded from. Locally and in tests: the project's own install,
 * resolved from this file. In the Action on a runner, the action's folder has no node_modules
 * (native binaries are not committed): the Action installs the pinned package into the tool
 * cache and names that folder in MISNOMER_ONNXRUNTIME_DIR; this process and the model processes
 * (which inherit the environment) resolve onnxruntime-node from there.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Ort from 'onnxruntime-node';

export const ORT_DIR_ENV = 'MISNOMER_ONNXRUNTIME_DIR';

function ortRequire(): NodeJS.Require {
  const dir = process.env[ORT_DIR_ENV];
  // createRequire wants a file in the folder to resolve from; it need not exist.
  return createRequire(dir ? join(dir, 'resolve-from.js') : import.meta.url);
}

/** The onnxruntime-node module (CommonJS, so require gives its exports). */
export function loadOrt(): typeof Ort {
  return ortRequire()('onnxruntime-node') as typeof Ort;
}

/** The path of a file of the onnxruntime-node package, e.g. 'onnxruntime-node/package.json'. */
export function resolveOrt(request: string): string {
  return ortRequire().resolve(request);
}
