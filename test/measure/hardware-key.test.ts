/**
 * The hardware key of a history point: equal exactly when speedComparable says two measurements
 * may be compared. Each hard key is changed in turn (the key must change and speedComparable
 * must name the difference), and each soft field (memory, OS, Node, runner image) too (neither
 * may change).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { speedComparable } from '../../src/measure/fingerprint.ts';
import { hardwareKey, HARDWARE_KEY } from '../../src/measure/hardware-key.ts';
import type { Fingerprint, RuntimeSettings } from '../../src/measure/types.ts';
import { FINGERPRINT, SETTINGS } from '../compare/artifact-fixtures.ts';

type Change = (f: Fingerprint, s: RuntimeSettings) => void;

const HARD: [string, Change][] = [
  ['CPU model', (f) => (f.cpu.model = 'AMD EPYC 9654')],
  ['CPU vendor', (f) => (f.cpu.vendor = 'Intel')],
  ['ISA flags', (f) => f.cpu.flags.push('avx512f')],
  ['logical cores', (f) => (f.cpu.logicalCores = 8)],
  ['physical cores', (f) => (f.cpu.physicalCores = 4)],
  ['ONNX Runtime', (f) => (f.onnxruntime = '1.31.0')],
  ['execution provider', (_, s) => (s.provider = 'xnnpack')],
  ['intra-op threads', (_, s) => (s.intraOpThreads = 2)],
  ['inter-op threads', (_, s) => (s.interOpThreads = 2)],
  ['execution mode', (_, s) => (s.executionMode = 'parallel')],
  ['graph optimization level', (_, s) => (s.graphOptimizationLevel = 'basic')],
];

const SOFT: [string, Change][] = [
  ['memory', (f) => (f.memoryBytes *= 2)],
  ['OS release', (f) => (f.os.release = '6.9.0')],
  ['Node', (f) => (f.node = '22.0.0')],
  ['runner image', (f) => (f.runner = { imageOS: 'ubuntu24', imageVersion: '2' })],
  ['the order of the ISA flags', (f) => (f.cpu.flags = ['fma', 'avx2'])],
  ['the time budget', (_, s) => (s.budgetMs = 1000)],
];

const changed = (change: Change) => {
  const f = structuredClone(FINGERPRINT);
  const s = structuredClone(SETTINGS);
  change(f, s);
  return { f, s };
};

test('the key is 16 hex digits, the same for the same hardware', () => {
  const key = hardwareKey(FINGERPRINT, SETTINGS);
  assert.match(key, HARDWARE_KEY);
  assert.equal(hardwareKey(structuredClone(FINGERPRINT), structuredClone(SETTINGS)), key);
});

for (const [what, change] of HARD) {
  test(`another ${what}: another key, and not comparable`, () => {
    const { f, s } = changed(change);
    assert.notEqual(hardwareKey(f, s), hardwareKey(FINGERPRINT, SETTINGS));
    assert.equal(speedComparable(FINGERPRINT, f, SETTINGS, s).comparable, false);
  });
}

for (const [what, change] of SOFT) {
  test(`another ${what}: the same key, and comparable`, () => {
    // The flags' order: the fixture has one flag, so compare two orders of two flags.
    const base = structuredClone(FINGERPRINT);
    if (what.includes('order')) base.cpu.flags = ['avx2', 'fma'];
    const { f, s } = changed(change);
    assert.equal(hardwareKey(f, s), hardwareKey(base, SETTINGS));
    assert.equal(speedComparable(base, f, SETTINGS, s).comparable, true);
  });
}
