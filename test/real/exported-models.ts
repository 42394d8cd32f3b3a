/**
 * Real PyTorch exports for tests and benchmarks, made by scripts/export_models.py with Debian's
 * python3-torch (random weights; nothing is downloaded). Exports are cached in the temp dir under
 * a hash of the script, so a second run on the same machine reuses them.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('../../scripts/export_models.py', import.meta.url));
/** Debian's Python, which has python3-torch; the python3 first on PATH may not. */
export const SYSTEM_PYTHON = process.env.MISNOMER_TEST_PYTHON ?? '/usr/bin/python3';

export type TorchCheck = { ok: true } | { ok: false; why: string };

export function torchAvailable(): TorchCheck {
  const r = spawnSync(SYSTEM_PYTHON, ['-c', 'import torch, torchvision'], { encoding: 'utf8' });
  if (r.status === 0) return { ok: true };
  return {
    ok: false,
    why:
      `PyTorch is not installed for ${SYSTEM_PYTHON}, so the real-model tests are skipped. ` +
      'Install it with: apt-get install python3-torch python3-torchvision python3-onnx',
  };
}

/** Exports the named models (if not cached) and returns their paths. */
export function exportModels(names: string[]): Record<string, string> {
  const hash = createHash('sha256').update(readFileSync(script)).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), `misnomer-exports-${hash}`);
  const missing = names.filter((n) => !existsSync(join(dir, `${n}.onnx`)));
  if (missing.length > 0) {
    const r = spawnSync(SYSTEM_PYTHON, [script, '--out', dir, '--only', missing.join(',')], {
      encoding: 'utf8',
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
    });
    if (r.status !== 0) throw new Error(`export_models.py failed:\n${r.stdout}\n${r.stderr}`);
  }
  return Object.fromEntries(names.map((n) => [n, join(dir, `${n}.onnx`)]));
}
