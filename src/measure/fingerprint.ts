/**
 * The hardware and software a measurement ran on, and whether two measurements can be compared
 * for speed (docs/measurement.md#hardware-fingerprint: the hard keys are CPU model, ISA flags, cores, ONNX Runtime
 * version, execution provider and threads).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { resolveOrt } from './ort.ts';
import type { Fingerprint, RuntimeSettings } from './types.ts';

type Cpu = Fingerprint['cpu'];

/**
 * ISA extensions that change which kernels ONNX Runtime's MLAS dispatches to, by their Linux
 * /proc/cpuinfo names. Only these are kept: the other flags (mitigations, virtualization) differ
 * between hosts of one CPU model without changing kernel speed.
 */
const KERNEL_FLAGS = new Set([
  // x86: float kernels (AVX2/FMA, AVX-512), fp16 conversion, int8 (VNNI), bf16/fp16, AMX tiles.
  ...['avx', 'avx2', 'fma', 'f16c', 'avx512f', 'avx512bw', 'avx512vl', 'avx512_vnni'],
  ...['avx_vnni', 'avx512_bf16', 'avx512_fp16', 'amx_tile', 'amx_int8', 'amx_bf16'],
  // Arm: NEON, dot product, int8 matrix multiply, bf16, fp16 arithmetic, SVE.
  ...['asimd', 'asimddp', 'i8mm', 'bf16', 'asimdhp', 'sve', 'sve2'],
]);

/** Arm CPU implementer codes (the "CPU implementer" line) and a few common part numbers. */
const ARM_IMPLEMENTERS: Record<string, string> = {
  '0x41': 'ARM',
  '0x42': 'Broadcom',
  '0x46': 'Fujitsu',
  '0x48': 'HiSilicon',
  '0x4e': 'NVIDIA',
  '0x51': 'Qualcomm',
  '0x61': 'Apple',
  '0xc0': 'Ampere',
};
const ARM_PARTS: Record<string, string> = {
  '0x41:0xd03': 'Cortex-A53',
  '0x41:0xd08': 'Cortex-A72',
  '0x41:0xd0b': 'Cortex-A76',
  '0x41:0xd0c': 'Neoverse-N1',
  '0x41:0xd40': 'Neoverse-V1',
  '0x41:0xd49': 'Neoverse-N2',
  '0x41:0xd4f': 'Neoverse-V2',
  '0xc0:0xac3': 'Ampere-1',
};

/** "Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz" -> "Intel Xeon Platinum 8370C CPU @ 2.80GHz". */
function tidyModel(name: string): string {
  return name
    .replace(/\((R|TM|tm|r)\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Hypervisors often show a generic name ("Intel(R) Xeon(R) Processor"): then family, model and
 * stepping are what tell two CPU generations apart.
 */
function x86Model(block: Map<string, string>): string {
  const name = tidyModel(block.get('model name') ?? 'unknown');
  if (/\d/.test(name)) return name;
  const id = ['cpu family', 'model', 'stepping'].map((k) => `${k} ${block.get(k) ?? '?'}`);
  return `${name} (${id.join(', ').replace('cpu family', 'family')})`;
}

function x86Vendor(id: string): string {
  return { GenuineIntel: 'Intel', AuthenticAMD: 'AMD' }[id] ?? id;
}

function kernelFlags(flags: Iterable<string>): string[] {
  return [...new Set(flags)].filter((f) => KERNEL_FLAGS.has(f)).sort();
}

/** The "key : value" blocks of /proc/cpuinfo, one per logical processor. */
function cpuinfoBlocks(text: string): Map<string, string>[] {
  const blocks: Map<string, string>[] = [];
  let current = new Map<string, string>();
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    // A new "processor" line starts the next block (blank lines are not reliable separators).
    if (key === 'processor' && current.has('processor')) {
      blocks.push(current);
      current = new Map();
    }
    current.set(key, value);
  }
  if (current.has('processor')) blocks.push(current);
  return blocks;
}

/** CPU vendor, model, kernel-relevant flags and core counts from Linux /proc/cpuinfo text. */
export function parseCpuinfo(text: string): Cpu {
  const blocks = cpuinfoBlocks(text);
  const first = blocks[0];
  if (!first)
    return { vendor: 'unknown', model: 'unknown', flags: [], logicalCores: 0, physicalCores: 0 };
  const logicalCores = blocks.length;
  // x86 lists a core id per package; cores shared by SMT siblings count once. Arm lists none and
  // has no SMT, so every processor is a core.
  const cores = new Set(blocks.map((b) => `${b.get('physical id')}:${b.get('core id')}`));
  const physicalCores = blocks.every((b) => b.has('core id')) ? cores.size : logicalCores;
  if (first.has('vendor_id') || first.has('model name'))
    return {
      vendor: x86Vendor(first.get('vendor_id') ?? 'unknown'),
      model: x86Model(first),
      flags: kernelFlags((first.get('flags') ?? '').split(/\s+/)),
      logicalCores,
      physicalCores,
    };
  const implementer = first.get('CPU implementer')?.toLowerCase() ?? '';
  const vendor = ARM_IMPLEMENTERS[implementer] ?? (implementer || 'unknown');
  // big.LITTLE systems mix parts: name each kind once.
  const parts = [...new Set(blocks.map((b) => b.get('CPU part')?.toLowerCase() ?? ''))];
  const model = parts
    .map((p) => ARM_PARTS[`${implementer}:${p}`] ?? `part ${p || 'unknown'}`)
    .join(' + ');
  return {
    vendor,
    model: `${vendor} ${model}`,
    flags: kernelFlags((first.get('Features') ?? '').split(/\s+/)),
    logicalCores,
    physicalCores,
  };
}

/** macOS sysctl feature names -> the Linux names used in KERNEL_FLAGS. */
const SYSCTL_FLAGS: Record<string, string> = {
  'hw.optional.avx1_0': 'avx',
  'hw.optional.avx2_0': 'avx2',
  'hw.optional.fma': 'fma',
  'hw.optional.f16c': 'f16c',
  'hw.optional.avx512f': 'avx512f',
  'hw.optional.avx512bw': 'avx512bw',
  'hw.optional.avx512vl': 'avx512vl',
  'hw.optional.AdvSIMD': 'asimd',
  'hw.optional.neon': 'asimd',
  'hw.optional.arm.FEAT_DotProd': 'asimddp',
  'hw.optional.arm.FEAT_I8MM': 'i8mm',
  'hw.optional.arm.FEAT_BF16': 'bf16',
  'hw.optional.arm.FEAT_FP16': 'asimdhp',
};

/** The same from the output of `sysctl hw machdep.cpu` on macOS ("key: value" lines). */
export function parseSysctl(text: string): Cpu {
  const values = new Map<string, string>();
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) values.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  const model = tidyModel(values.get('machdep.cpu.brand_string') ?? 'unknown');
  const vendorId = values.get('machdep.cpu.vendor');
  const flags = Object.entries(SYSCTL_FLAGS)
    .filter(([key]) => values.get(key) === '1')
    .map(([, flag]) => flag);
  const logicalCores = Number(values.get('hw.logicalcpu') ?? 0);
  return {
    vendor: vendorId ? x86Vendor(vendorId) : model.startsWith('Apple') ? 'Apple' : 'unknown',
    model,
    flags: kernelFlags(flags),
    logicalCores,
    physicalCores: Number(values.get('hw.physicalcpu') ?? logicalCores),
  };
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function sysctl(): string | undefined {
  try {
    return execFileSync('sysctl', ['hw', 'machdep.cpu'], { encoding: 'utf8', timeout: 5000 });
  } catch {
    return undefined;
  }
}

/** From the OS's own description when there is one, else what Node knows (no ISA flags). */
function cpu(): Cpu {
  const text =
    os.platform() === 'linux'
      ? readText('/proc/cpuinfo')
      : os.platform() === 'darwin'
        ? sysctl()
        : undefined;
  const parsed = text
    ? os.platform() === 'linux'
      ? parseCpuinfo(text)
      : parseSysctl(text)
    : undefined;
  const cpus = os.cpus();
  const logical = parsed?.logicalCores || cpus.length;
  const model = tidyModel(cpus[0]?.model ?? 'unknown');
  return {
    vendor:
      parsed?.vendor ?? (/intel/i.test(model) ? 'Intel' : /amd/i.test(model) ? 'AMD' : 'unknown'),
    model: parsed && parsed.model !== 'unknown' ? parsed.model : model,
    flags: parsed?.flags ?? [],
    logicalCores: logical,
    physicalCores: parsed?.physicalCores || logical,
  };
}

function distro(): string | undefined {
  const text = readText('/etc/os-release');
  const pretty = text?.match(/^PRETTY_NAME="?([^"\n]*)"?$/m);
  return pretty?.[1] || undefined;
}

function onnxruntimeVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(resolveOrt('onnxruntime-node/package.json'), 'utf8'));
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'not installed';
  }
}

/** The runner image on GitHub Actions (only the variables that are set). */
function runner(env: NodeJS.ProcessEnv): Fingerprint['runner'] {
  const r = {
    imageOS: env.ImageOS,
    imageVersion: env.ImageVersion,
    os: env.RUNNER_OS,
    arch: env.RUNNER_ARCH,
    name: env.RUNNER_NAME,
  };
  const set = Object.entries(r).filter(([, v]) => v !== undefined && v !== '');
  return set.length ? Object.fromEntries(set) : undefined;
}

/** Everything about this machine that affects speed. */
export function fingerprint(env: NodeJS.ProcessEnv = process.env): Fingerprint {
  const fp: Fingerprint = {
    cpu: cpu(),
    memoryBytes: os.totalmem(),
    os: { platform: os.platform(), release: os.release() },
    node: process.versions.node,
    onnxruntime: onnxruntimeVersion(),
  };
  const d = distro();
  if (d) fp.os.distro = d;
  const r = runner(env);
  if (r) fp.runner = r;
  return fp;
}

function differ(what: string, a: unknown, b: unknown, out: string[]): void {
  if (a !== b) out.push(`${what}: ${String(a)} vs ${String(b)}`);
}

/**
 * Whether speeds measured under a/sa and b/sb may be compared: every hard key must match. Memory,
 * OS, Node and the runner image are recorded but do not decide (they rarely change kernel speed).
 */
export function speedComparable(
  a: Fingerprint,
  b: Fingerprint,
  sa: RuntimeSettings,
  sb: RuntimeSettings,
): { comparable: boolean; differences: string[] } {
  const out: string[] = [];
  differ('CPU model', a.cpu.model, b.cpu.model, out);
  if (a.cpu.model === b.cpu.model) differ('CPU vendor', a.cpu.vendor, b.cpu.vendor, out);
  const onlyA = a.cpu.flags.filter((f) => !b.cpu.flags.includes(f));
  const onlyB = b.cpu.flags.filter((f) => !a.cpu.flags.includes(f));
  if (onlyA.length || onlyB.length) {
    const sides = [
      onlyA.length ? `${onlyA.join(', ')} only on the first` : '',
      onlyB.length ? `${onlyB.join(', ')} only on the second` : '',
    ];
    out.push(`ISA flags: ${sides.filter(Boolean).join('; ')}`);
  }
  differ('logical cores', a.cpu.logicalCores, b.cpu.logicalCores, out);
  differ('physical cores', a.cpu.physicalCores, b.cpu.physicalCores, out);
  differ('ONNX Runtime', a.onnxruntime, b.onnxruntime, out);
  differ('execution provider', sa.provider, sb.provider, out);
  differ('intra-op threads', sa.intraOpThreads, sb.intraOpThreads, out);
  // Inter-op threads only run in parallel execution mode; both belong to the threading.
  differ('inter-op threads', sa.interOpThreads, sb.interOpThreads, out);
  differ('execution mode', sa.executionMode, sb.executionMode, out);
  // Not among the hard keys of old, but it decides which kernels run at all (fusions, layouts).
  differ('graph optimization level', sa.graphOptimizationLevel, sb.graphOptimizationLevel, out);
  return { comparable: out.length === 0, differences: out };
}

/** One line for people: "Intel Xeon 8370C, 4 cores (avx2, avx512f), 15.6 GiB, ubuntu24 20241201.1". */
export function fingerprintText(f: Fingerprint): string {
  const flags = f.cpu.flags.length
    ? ` (${f.cpu.flags.slice(0, 6).join(', ')}${f.cpu.flags.length > 6 ? ', …' : ''})`
    : '';
  const gib = (f.memoryBytes / 2 ** 30).toFixed(1);
  const image = f.runner?.imageOS
    ? `, runner ${f.runner.imageOS} ${f.runner.imageVersion ?? ''}`.trimEnd()
    : '';
  return (
    `${f.cpu.model}, ${f.cpu.logicalCores} cores${flags}, ${gib} GiB, ${f.os.distro ?? f.os.platform}, ` +
    `Node ${f.node}, onnxruntime-node ${f.onnxruntime}${image}`
  );
}
