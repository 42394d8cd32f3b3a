import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import {
  fingerprint,
  parseCpuinfo,
  parseSysctl,
  speedComparable,
} from '../../src/measure/fingerprint.ts';
import type { Fingerprint, RuntimeSettings } from '../../src/measure/types.ts';

const INTEL_FLAGS =
  'fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse ' +
  'sse2 ss ht syscall nx pdpe1gb rdtscp lm constant_tsc rep_good nopl xtopology cpuid pni ' +
  'pclmulqdq ssse3 fma cx16 pcid sse4_1 sse4_2 movbe popcnt aes xsave avx f16c rdrand ' +
  'hypervisor lahf_lm abm 3dnowprefetch invpcid_single pti fsgsbase bmi1 hle avx2 smep bmi2 ' +
  'erms invpcid rtm avx512f avx512dq rdseed adx smap clflushopt clwb avx512cd sha_ni avx512bw ' +
  'avx512vl xsaveopt xsavec xgetbv1 xsaves md_clear avx512vbmi umip avx512_vbmi2 gfni vaes ' +
  'vpclmulqdq avx512_vnni avx512_bitalg avx512_vpopcntdq rdpid fsrm arch_capabilities';

/** An Azure Dv5-like VM: one socket, 2 cores with 2 hyper-threads each (Linux lists siblings apart). */
const INTEL_CPUINFO = [0, 1, 2, 3]
  .map(
    (p) => `processor\t: ${p}
vendor_id\t: GenuineIntel
cpu family\t: 6
model\t\t: 106
model name\t: Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz
stepping\t: 6
microcode\t: 0xffffffff
cpu MHz\t\t: 2793.437
cache size\t: 49152 KB
physical id\t: 0
siblings\t: 4
core id\t\t: ${p % 2}
cpu cores\t: 2
apicid\t\t: ${p}
fpu\t\t: yes
flags\t\t: ${INTEL_FLAGS}
bogomips\t: 5586.87
clflush size\t: 64
address sizes\t: 46 bits physical, 48 bits virtual
power management:
`,
  )
  .join('\n');

const ARM_FEATURES =
  'fp asimd evtstrm aes pmull sha1 sha2 crc32 atomics fphp asimdhp cpuid asimdrdm jscvt fcma ' +
  'lrcpc dcpop sha3 sm3 sm4 asimddp sha512 sve asimdfhm dit uscat ilrcpc flagm ssbs sb paca pacg ' +
  'dcpodp sve2 sveaes svepmull svebitperm svesha3 svesm4 flagm2 frint svei8mm svebf16 i8mm bf16 ' +
  'dgh rng bti';

function armBlock(p: number, part: string, features = ARM_FEATURES): string {
  return `processor\t: ${p}
BogoMIPS\t: 2000.00
Features\t: ${features}
CPU implementer\t: 0x41
CPU architecture: 8
CPU variant\t: 0x0
CPU part\t: ${part}
CPU revision\t: 0
`;
}

test('parseCpuinfo: x86 vendor, tidy model, kernel flags only, SMT siblings counted once', () => {
  assert.deepEqual(parseCpuinfo(INTEL_CPUINFO), {
    vendor: 'Intel',
    model: 'Intel Xeon Platinum 8370C CPU @ 2.80GHz',
    // Kept from the list above: avx, avx2, fma, f16c and the AVX-512 trio plus VNNI. No AMX.
    flags: ['avx', 'avx2', 'avx512_vnni', 'avx512bw', 'avx512f', 'avx512vl', 'f16c', 'fma'],
    logicalCores: 4,
    // (physical id 0, core id 0) and (0, 1).
    physicalCores: 2,
  });
});

test('parseCpuinfo: a generic hypervisor name gets family, model and stepping', () => {
  const text = INTEL_CPUINFO.replace(
    /Intel\(R\) Xeon\(R\) Platinum.*/g,
    'Intel(R) Xeon(R) Processor',
  );
  assert.equal(parseCpuinfo(text).model, 'Intel Xeon Processor (family 6, model 106, stepping 6)');
});

test('parseCpuinfo: two sockets of 2 cores, no SMT, AMD', () => {
  const text = [0, 1, 2, 3]
    .map(
      (p) =>
        `processor\t: ${p}\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD EPYC 7763 64-Core Processor\n` +
        `physical id\t: ${p >> 1}\ncore id\t\t: ${p % 2}\nflags\t\t: fpu sse2 avx avx2 fma f16c sha_ni\n`,
    )
    .join('\n');
  const cpu = parseCpuinfo(text);
  assert.equal(cpu.vendor, 'AMD');
  assert.equal(cpu.model, 'AMD EPYC 7763 64-Core Processor');
  assert.deepEqual(cpu.flags, ['avx', 'avx2', 'f16c', 'fma']);
  // Core ids repeat across sockets: (0,0) (0,1) (1,0) (1,1) are 4 cores.
  assert.equal(cpu.physicalCores, 4);
});

test('parseCpuinfo: aarch64 (Neoverse-N2) vendor from the implementer, model from the part', () => {
  const cpu = parseCpuinfo([0, 1, 2, 3].map((p) => armBlock(p, '0xd49')).join('\n'));
  assert.deepEqual(cpu, {
    vendor: 'ARM',
    model: 'ARM Neoverse-N2',
    flags: ['asimd', 'asimddp', 'asimdhp', 'bf16', 'i8mm', 'sve', 'sve2'],
    logicalCores: 4,
    // No core id lines, no SMT on these cores: one core per processor.
    physicalCores: 4,
  });
});

test('parseCpuinfo: big.LITTLE names both parts; unknown parts and empty text do not crash', () => {
  const features = 'fp asimd evtstrm crc32 cpuid';
  const mixed = [0, 1, 2, 3].map((p) => armBlock(p, p < 2 ? '0xd03' : '0xd08', features));
  const cpu = parseCpuinfo(mixed.join('\n'));
  assert.equal(cpu.model, 'ARM Cortex-A53 + Cortex-A72');
  assert.deepEqual(cpu.flags, ['asimd']);
  assert.equal(parseCpuinfo(armBlock(0, '0xd99')).model, 'ARM part 0xd99');
  assert.deepEqual(parseCpuinfo(''), {
    vendor: 'unknown',
    model: 'unknown',
    flags: [],
    logicalCores: 0,
    physicalCores: 0,
  });
});

test('parseSysctl: Apple silicon features map to the Linux names', () => {
  const text = [
    'hw.logicalcpu: 8',
    'hw.physicalcpu: 8',
    'hw.memsize: 17179869184',
    'hw.optional.AdvSIMD: 1',
    'hw.optional.arm.FEAT_DotProd: 1',
    'hw.optional.arm.FEAT_I8MM: 0',
    'hw.optional.arm.FEAT_BF16: 0',
    'hw.optional.arm.FEAT_FP16: 1',
    'machdep.cpu.brand_string: Apple M1',
  ].join('\n');
  assert.deepEqual(parseSysctl(text), {
    vendor: 'Apple',
    model: 'Apple M1',
    flags: ['asimd', 'asimddp', 'asimdhp'],
    logicalCores: 8,
    physicalCores: 8,
  });
});

test('fingerprint of this machine: cores, memory, versions and the runner image', () => {
  const fp = fingerprint({ ImageOS: 'ubuntu24', ImageVersion: '20260101.1', RUNNER_ARCH: 'X64' });
  assert.equal(fp.cpu.logicalCores, os.cpus().length);
  assert.ok(fp.cpu.physicalCores >= 1 && fp.cpu.physicalCores <= fp.cpu.logicalCores);
  assert.equal(fp.memoryBytes, os.totalmem());
  assert.equal(fp.node, process.versions.node);
  const ortPackage = new URL('../../node_modules/onnxruntime-node/package.json', import.meta.url);
  assert.equal(fp.onnxruntime, JSON.parse(readFileSync(ortPackage, 'utf8')).version);
  assert.equal(fp.os.platform, process.platform);
  assert.deepEqual(fp.runner, { imageOS: 'ubuntu24', imageVersion: '20260101.1', arch: 'X64' });
  assert.equal(fingerprint({}).runner, undefined);
  if (process.platform === 'linux' && process.arch === 'x64')
    assert.ok(fp.cpu.flags.includes('avx'));
});

const settings: RuntimeSettings = {
  provider: 'cpu',
  intraOpThreads: 1,
  interOpThreads: 1,
  graphOptimizationLevel: 'all',
  executionMode: 'sequential',
  budgetMs: 10000,
  warmupRuns: 5,
  warmupMs: 500,
  latencyBatch: 1,
  batchSizes: [1],
  coldStartRuns: 3,
  timeoutMs: 60000,
  seed: 1,
};

const intel: Fingerprint = {
  cpu: parseCpuinfo(INTEL_CPUINFO),
  memoryBytes: 16e9,
  os: { platform: 'linux', release: '6.8.0', distro: 'Ubuntu 24.04 LTS' },
  node: '20.19.0',
  onnxruntime: '1.30.0',
  runner: { imageOS: 'ubuntu24', imageVersion: '20260101.1' },
};

test('speedComparable: identical hard keys compare, whatever memory, OS, Node or image say', () => {
  const other: Fingerprint = {
    ...intel,
    memoryBytes: 8e9,
    os: { platform: 'linux', release: '6.11.0' },
    node: '22.1.0',
    runner: { imageOS: 'ubuntu22' },
  };
  assert.deepEqual(speedComparable(intel, other, settings, { ...settings, budgetMs: 1, seed: 9 }), {
    comparable: true,
    differences: [],
  });
});

test('speedComparable: each hard key that differs is named with both values', () => {
  const amd: Fingerprint = {
    ...intel,
    cpu: {
      vendor: 'AMD',
      model: 'AMD EPYC 7763 64-Core Processor',
      flags: ['avx', 'avx2', 'f16c', 'fma'],
      logicalCores: 4,
      physicalCores: 2,
    },
  };
  assert.deepEqual(speedComparable(intel, amd, settings, settings), {
    comparable: false,
    differences: [
      'CPU model: Intel Xeon Platinum 8370C CPU @ 2.80GHz vs AMD EPYC 7763 64-Core Processor',
      'ISA flags: avx512_vnni, avx512bw, avx512f, avx512vl only on the first',
    ],
  });
  const smaller: Fingerprint = {
    ...intel,
    cpu: { ...intel.cpu, flags: [...intel.cpu.flags, 'amx_tile'], logicalCores: 2 },
    onnxruntime: '1.29.0',
  };
  const other = {
    ...settings,
    provider: 'cuda',
    intraOpThreads: 2,
    executionMode: 'parallel' as const,
  };
  assert.deepEqual(speedComparable(intel, smaller, settings, other).differences, [
    'ISA flags: amx_tile only on the second',
    'logical cores: 4 vs 2',
    'ONNX Runtime: 1.30.0 vs 1.29.0',
    'execution provider: cpu vs cuda',
    'intra-op threads: 1 vs 2',
    'execution mode: sequential vs parallel',
  ]);
});
