/**
 * The hardware key of a measurement: a short digest of exactly the fields that decide whether two
 * measurements may be compared for speed (fingerprint.ts, `speedComparable`: CPU model and
 * vendor, kernel ISA flags, logical and physical cores, ONNX Runtime version, execution provider,
 * threads, execution mode, graph optimization level). Two measurements have the same key exactly
 * when `speedComparable` says they are comparable, so a history can keep one short string per
 * point instead of the whole fingerprint, and a point from another machine is told apart without
 * quoting anything from it.
 */
import { createHash } from 'node:crypto';
import type { Fingerprint, RuntimeSettings } from './types.ts';

/** 16 lowercase hex digits (64 bits of SHA-256): the form a history's `hardware` field takes. */
export const HARDWARE_KEY = /^[0-9a-f]{16}$/;

export function hardwareKey(fp: Fingerprint, s: RuntimeSettings): string {
  const hard = [
    fp.cpu.model,
    fp.cpu.vendor,
    [...fp.cpu.flags].sort(),
    fp.cpu.logicalCores,
    fp.cpu.physicalCores,
    fp.onnxruntime,
    s.provider,
    s.intraOpThreads,
    s.interOpThreads,
    s.executionMode,
    s.graphOptimizationLevel,
  ];
  return createHash('sha256').update(JSON.stringify(hard)).digest('hex').slice(0, 16);
}
