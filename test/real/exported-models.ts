/**
 * Real PyTorch exports for tests and benchmarks, made with Debian's python3-torch (random
 * weights; nothing is downloaded): scripts/export_models.py (one file per model) and
 * scripts/export_decoders.py (a folder per model, Hugging Face Optimum's layout). Exports are
 * cached in the temp dir under a hash of their script, so a second run on the same machine
 * reuses them.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Debian's Python, which has python3-torch; the python3 first on PATH may not. */
export const SYSTEM_PYTHON = process.env.MISNOMER_TEST_PYTHON ?? '/usr/bin/python3';

export type TorchCheck = { ok: true } | { ok: false; why: string };

/** Whether SYSTEM_PYTHON imports the modules (torchvision by default: export_models.py's). */
export function torchAvailable(modules: string[] = ['torch', 'torchvision']): TorchCheck {
  const r = spawnSync(SYSTEM_PYTHON, ['-c', `import ${modules.join(', ')}`], { encoding: 'utf8' });
  if (r.status === 0) return { ok: true };
  const packages = modules.map((m) => `python3-${m}`).join(' ');
  return {
    ok: false,
    why:
      `${SYSTEM_PYTHON} cannot import ${modules.join(', ')}, so the real-model tests are ` +
      `skipped. Install with: apt-get install ${packages}`,
  };
}

/**
 * Runs `scripts/<name>` with `--out <cache dir> --only <missing>` for the names whose files
 * (`filesOf(name)`, relative to the dir) are not all cached yet; returns the cache dir.
 */
function cachedExport<N extends string>(
  name: string,
  names: N[],
  filesOf: (n: N) => string[],
): string {
  const script = fileURLToPath(new URL(`../../scripts/${name}`, import.meta.url));
  const hash = createHash('sha256').update(readFileSync(script)).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), `misnomer-exports-${hash}`);
  const missing = names.filter((n) => filesOf(n).some((f) => !existsSync(join(dir, f))));
  if (missing.length > 0) {
    const r = spawnSync(SYSTEM_PYTHON, [script, '--out', dir, '--only', missing.join(',')], {
      encoding: 'utf8',
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
    });
    if (r.status !== 0) throw new Error(`${name} failed:\n${r.stdout}\n${r.stderr}`);
  }
  return dir;
}

/** Exports the named models of export_models.py (if not cached) and returns their paths. */
export function exportModels(names: string[]): Record<string, string> {
  const dir = cachedExport('export_models.py', names, (n) => [`${n}.onnx`]);
  return Object.fromEntries(names.map((n) => [n, join(dir, `${n}.onnx`)]));
}

/** What export_decoders.py's manifest says of one file, read back with python's onnx. */
export interface DecoderFile {
  path: string;
  inputs: Record<string, { dtype: string; shape: (string | number)[] }>;
  outputs: Record<string, { dtype: string; shape: (string | number)[] }>;
  /** Float initializers and Constant-node tensors. */
  floatWeights: {
    tensorsOf2OrMore: number;
    elementsOf2OrMore: number;
    singleElementTensors: number;
  };
  ops: Record<string, number>;
}

/** The files export_decoders.py writes per model, in Optimum's names. */
export const DECODER_FILES = {
  gpt2: ['decoder_model', 'decoder_with_past_model'],
  bart: ['encoder_model', 'decoder_model', 'decoder_with_past_model'],
  gpt2_optimum_1_13: ['decoder_with_past_model'],
} as const;
export type DecoderFamily = keyof typeof DECODER_FILES;

/** Exports the named models of export_decoders.py (if not cached): model -> file -> facts. */
export function exportDecoders(
  families: DecoderFamily[],
): Record<string, Record<string, DecoderFile>> {
  const dir = cachedExport('export_decoders.py', families, (f) =>
    DECODER_FILES[f].map((file) => join(f, `${file}.onnx`)),
  );
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    models: Record<string, Record<string, Omit<DecoderFile, 'path'> & { file: string }>>;
  };
  return Object.fromEntries(
    families.map((f) => [
      f,
      Object.fromEntries(
        DECODER_FILES[f].map((name) => {
          const { file, ...facts } = manifest.models[f][name];
          return [name, { path: join(dir, file), ...facts }];
        }),
      ),
    ]),
  );
}
