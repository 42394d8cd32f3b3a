/**
 * `npm run bench -- roofline` (also part of `npm run bench`): what the runner's roofline costs
 * and how steady it is on this machine.
 *   1. The probe's wall time (a fresh model process, the session, the inputs, five profiled
 *      runs) at 1 and 2 intra-op threads, median and range of PROBES probes; beside it, the cost
 *      of a model process that only starts and exits, which every measured model pays too.
 *   2. Peak FLOP/s, bandwidth and ridge of each probe: their spread is how far one run's
 *      roofline can be from another's.
 *   3. The measured peak per core and cycle, against the nominal clock in /proc/cpuinfo (the
 *      figure docs/measurement.md compares with the ISA's FLOP per cycle).
 */
import { readFileSync } from 'node:fs';
import { quantity } from '../src/format.ts';
import { ModelProcess } from '../src/measure/model-process.ts';
import { probeRoofline } from '../src/measure/roofline-probe.ts';
import { DEFAULT_SETTINGS } from '../src/measure/settings.ts';
import type { Roofline } from '../src/measure/types.ts';
import { median } from '../src/stats/summary.ts';

const PROBES = 5;

const range = (xs: number[], f: (x: number) => string) =>
  `median ${f(median(xs))} (range ${f(Math.min(...xs))} to ${f(Math.max(...xs))})`;

async function bareProcessMs(): Promise<number> {
  const t0 = performance.now();
  const p = new ModelProcess('bench');
  await p.request({ type: 'inputs', specs: [], seed: 1 }, 'inputsReady', 60_000);
  await p.close();
  return performance.now() - t0;
}

/** The nominal clock of the first CPU, GHz: "@ 2.80GHz" in its name, else "cpu MHz". */
function nominalGHz(): { ghz: number; from: string } | null {
  let text: string;
  try {
    text = readFileSync('/proc/cpuinfo', 'utf8');
  } catch {
    return null;
  }
  const named = /model name\s*:.*@\s*([\d.]+)GHz/.exec(text);
  if (named) return { ghz: Number(named[1]), from: 'the model name' };
  const mhz = /cpu MHz\s*:\s*([\d.]+)/.exec(text);
  return mhz ? { ghz: Number(mhz[1]) / 1000, from: '"cpu MHz" in /proc/cpuinfo' } : null;
}

async function main(): Promise<void> {
  const bare: number[] = [];
  for (let i = 0; i < PROBES; i++) bare.push(await bareProcessMs());
  console.log(`  a model process that starts and exits: ${range(bare, (x) => quantity(x, 'ms'))}`);
  for (const threads of [1, 2]) {
    const probes: Roofline[] = [];
    for (let i = 0; i < PROBES; i++)
      probes.push(await probeRoofline({ ...DEFAULT_SETTINGS, intraOpThreads: threads }));
    const pick = (f: (r: Roofline) => number) => probes.map(f);
    console.log(`  ${threads} thread${threads > 1 ? 's' : ''}, ${PROBES} probes:`);
    const figures: [string, (r: Roofline) => number, string][] = [
      ['probe wall time', (r) => r.wallMs, 'ms'],
      ['peak', (r) => r.peakFlopsPerSecond, 'FLOP/s'],
      ['bandwidth', (r) => r.bandwidthBytesPerSecond, 'B/s'],
      ['ridge', (r) => r.ridgeFlopsPerByte, 'FLOP/B'],
    ];
    for (const [label, f, unit] of figures)
      console.log(`    ${label} ${range(pick(f), (x) => quantity(x, unit))}`);
    const clock = nominalGHz();
    if (clock) {
      const perCycle = median(pick((r) => r.peakFlopsPerSecond)) / threads / (clock.ghz * 1e9);
      console.log(
        `    median peak per thread and cycle at ${clock.ghz.toFixed(2)} GHz (${clock.from}): ` +
          `${perCycle.toFixed(1)} FLOP/cycle`,
      );
    }
  }
}

await main();
