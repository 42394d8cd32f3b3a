/**
 * `npm run bench`: every benchmark, or those named (`npm run bench -- analyze`, `measure`,
 * `verdicts`, `install`, `roofline`, `instances`, `pairs`, `load`). Each prints its figures; none of them fails on a target.
 * `verdicts` is the long one: about an hour at its defaults (BENCH_RUNS=3 shortens it).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const all = {
  analyze: 'analyze.bench.ts',
  measure: 'measure.bench.ts',
  install: 'install.bench.ts',
  verdicts: 'verdicts.bench.ts',
  roofline: 'roofline.bench.ts',
  instances: 'instances.bench.ts',
  pairs: 'pairs.bench.ts',
  load: 'load.bench.ts',
};
const asked = process.argv.slice(2);
const chosen = asked.length ? asked : Object.keys(all);
for (const name of chosen) {
  const file = all[name as keyof typeof all];
  if (!file) {
    console.error(`unknown benchmark "${name}"; choose from ${Object.keys(all).join(', ')}`);
    process.exit(2);
  }
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL(file, import.meta.url))],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
}
