/**
 * `npm run bench -- instances`: does a fresh ONNX Runtime session of the same model run at a
 * different speed? Two sessions of one MobileNetV2 export (Debian's python3-torch, random
 * weights) in this process, timed against each other run by run in ABBA cycles as `compare`
 * times base and head (src/measure/session.ts), in epochs of 8 rounds of 0.5 s:
 *
 *   same     the same two sessions for every epoch;
 *   fresh    both sessions released and created again before each epoch (in turns, either first).
 *
 * Printed per epoch: the B/A ratio (the mean over rounds of ln(median B / median A)) and twice
 * its standard error within the epoch; per phase, the spread (SD) of the epoch estimates. If a
 * session's speed depended only on the model, both phases would scatter around 0 by about the
 * within-epoch error. An offset that stays put across the `same` epochs, and moves when the
 * sessions are made again, is a property of the pair of sessions (where their weights and
 * buffers landed in memory, say): an A/A comparison of one pair then sees a difference that no
 * amount of sampling of that pair removes. BENCH_EPOCHS sets the epochs per phase (default 8);
 * BENCH_MODEL another model file, with BENCH_DIMS its dims (`batch=64`; default batch=1).
 */
import { DEFAULT_SETTINGS } from '../src/measure/settings.ts';
import { loadOrt } from '../src/measure/ort.ts';
import { alternate, type Duo } from '../src/measure/session.ts';
import { median, summarize } from '../src/stats/summary.ts';
import { exportModels, torchAvailable } from '../test/real/exported-models.ts';
import { dimsFromEnv, openSession } from './shared.ts';

const EPOCHS = Number(process.env.BENCH_EPOCHS ?? 8);
const ROUNDS = 8;
const ROUND_MS = 500;

const torch = torchAvailable();
if (!process.env.BENCH_MODEL && !torch.ok) {
  console.log(`(skipped: ${torch.why})`);
  process.exit(0);
}
const path = process.env.BENCH_MODEL ?? exportModels(['mobilenet_v2']).mobilenet_v2;
const dims = dimsFromEnv('batch=1');
const ort = loadOrt();
const open = () => openSession(ort, path, dims);

/** One epoch: the mean of the rounds' ln(median B / median A), and its standard error. */
async function epoch(duo: Duo): Promise<{ mean: number; se: number }> {
  const d: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = await alternate(duo, {
      durationMs: ROUND_MS,
      minCycles: 2,
      first: i % 2 ? 'b' : 'a',
    });
    d.push(Math.log(median(t.b) / median(t.a)));
  }
  const { mean, std } = summarize(d);
  return { mean, se: std / Math.sqrt(d.length) };
}

const pct = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(100 * x).toFixed(2)}%`;
console.log(
  `instance benchmark: ${process.env.BENCH_MODEL ?? 'MobileNetV2'}, ${EPOCHS} epochs per phase of ${ROUNDS} rounds of ${ROUND_MS} ms, ${DEFAULT_SETTINGS.intraOpThreads} thread\n`,
);
let duo: Duo = { a: await open(), b: await open() };
await alternate(duo, { durationMs: 2000, minCycles: 2, first: 'a' });
for (const fresh of [false, true]) {
  const name = fresh ? 'fresh' : 'same ';
  const means: number[] = [];
  for (let e = 0; e < EPOCHS; e++) {
    if (fresh) {
      await duo.a.session.release();
      await duo.b.session.release();
      // Either one created first, in turns: the order of creation is not what is measured.
      if (e % 2) {
        const b = await open();
        duo = { a: await open(), b };
      } else duo = { a: await open(), b: await open() };
      await alternate(duo, { durationMs: 1000, minCycles: 2, first: 'a' });
    }
    const { mean, se } = await epoch(duo);
    means.push(mean);
    console.log(`  ${name} epoch ${e + 1}: B/A ${pct(mean)} ± ${(200 * se).toFixed(2)}% (2 SE)`);
  }
  const { mean, std } = summarize(means);
  console.log(`  ${name}: epochs' mean ${pct(mean)}, SD ${(100 * std).toFixed(2)}%\n`);
}
await duo.a.session.release();
await duo.b.session.release();
