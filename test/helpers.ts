/** Shared test helpers: write a built model to a temp dir and analyze it for real. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, type AnalyzeOptions } from '../src/analyze/analyze.ts';
import type { Analysis, NodeCost } from '../src/analyze/types.ts';
import { loadModel } from '../src/onnx/load.ts';
import type { ModelBuilder } from './fixtures/onnx-writer.ts';

const made: string[] = [];
process.on('exit', () => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A temp dir removed when the process exits. */
export function tempDir(prefix = 'misnomer-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Saves the model to a temp file, reads it back with the real reader and analyzes it. */
export function analyzeBuilt(m: ModelBuilder, options: AnalyzeOptions = {}): Analysis {
  const path = m.save(join(tempDir(), 'model.onnx'));
  return analyzePath(path, options);
}

export function analyzePath(path: string, options: AnalyzeOptions = {}): Analysis {
  const loaded = loadModel(path);
  try {
    return analyze(loaded, { perNode: true, ...options });
  } finally {
    loaded.store.close();
  }
}

/** The per-node entry of the node called `name` (fails the test when absent). */
export function nodeOf(a: Analysis, name: string): NodeCost {
  const n = a.nodes?.find((x) => x.name === name);
  if (!n)
    throw new Error(
      `no node "${name}" in the analysis (have: ${a.nodes?.map((x) => x.name).join(', ')})`,
    );
  return n;
}

/** The live (not zombie) processes of process group `pgid`, from /proc. */
export function groupMembers(pgid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue;
    }
    // pid (comm) state ppid pgrp ...: comm may hold spaces, so split after its ')'.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z') out.push(Number(name));
  }
  return out;
}

/**
 * The members of process group `pgid` once it is empty, or those still alive after `ms`. A
 * killed process leaves the table when the scheduler next runs it: on a loaded machine that is
 * not at once, so tests wait for it rather than read the table the moment the kill was sent.
 */
export async function groupLeft(pgid: number, ms = 5000): Promise<number[]> {
  const until = performance.now() + ms;
  let left = groupMembers(pgid);
  while (left.length > 0 && performance.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    left = groupMembers(pgid);
  }
  return left;
}
