/**
 * Which ONNX Runtime execution providers this installation can use. Asking for one it cannot
 * (CUDA without the GPU libraries, CoreML off macOS) is a clear error before any model loads.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.ts';
import { loadOrt, resolveOrt } from './ort.ts';

interface Backend {
  name: string;
  bundled: boolean;
}

export async function checkProvider(provider: string): Promise<void> {
  const ort = loadOrt();
  const list = ort.listSupportedBackends() as Backend[];
  const usable = list.filter((b) => b.bundled || hasProviderLibrary(b.name));
  if (usable.some((b) => b.name === provider)) return;
  const known = list.some((b) => b.name === provider);
  throw new UserError(
    `the execution provider "${provider}" is ${known ? 'not installed' : 'not supported'} in this ` +
      `onnxruntime-node installation (usable here: ${usable.map((b) => b.name).join(', ')}). ` +
      (known
        ? `Install onnxruntime-node with its ${provider} libraries (its install script downloads them), or use --provider cpu.`
        : 'Use --provider cpu.'),
  );
}

/** Providers that are not bundled need their shared library next to the binding. */
function hasProviderLibrary(name: string): boolean {
  const root = dirname(resolveOrt('onnxruntime-node/package.json'));
  const bin = join(root, 'bin', 'napi-v6', process.platform, process.arch);
  if (!existsSync(bin)) return false;
  return readdirSync(bin).some((f) => f.includes(`providers_${name}`));
}
