/**
 * Writes, when the process exits, its peak RSS, its CPU time, its page faults and its time since
 * it started as one JSON line to stderr. Imported first by analyze-cli-child.mjs, and given to
 * another checkout's CLI with `node --import` by analyze-ab.ts.
 */
import { readFileSync } from 'node:fs';

/**
 * Peak RSS of this process. On Linux, getrusage's maxRSS survives execve, so a child spawned by a
 * parent that once held 600 MB reports at least that; /proc's VmHWM belongs to this address space.
 */
function peakRssBytes() {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (kb) return Number(kb[1]) * 1024;
  } catch {
    // not Linux: fall back to getrusage
  }
  return process.resourceUsage().maxRSS * 1024;
}

process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(
    `\n${JSON.stringify({
      maxRssBytes: peakRssBytes(),
      cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
      // Each first touch of a page of memory: cheap on most machines, not on every VM.
      pageFaults: usage.minorPageFault,
      // performance.now() counts from the process's time origin: Node's own start included.
      sinceStartMs: performance.now(),
    })}\n`,
  );
});
