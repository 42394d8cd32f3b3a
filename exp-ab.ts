import ort from 'onnxruntime-node';
import { copyFileSync } from 'node:fs';
import { DEFAULT_VERDICT_OPTIONS, pairedVerdict } from './src/compare/ab.ts';
import { median } from './src/stats/summary.ts';
import { makeTensors } from './src/measure/inputs.ts';
import { planModel } from './src/measure/plan.ts';
import { nowMs, sessionOptions } from './src/measure/session.ts';
import { DEFAULT_SETTINGS } from './src/measure/settings.ts';

const path = process.argv[2];
const budget = Number(process.argv[3] ?? 20000);
const copy = '/tmp/exp/copy.onnx';
copyFileSync(path, copy);
const plan = planModel({ id: 'm', path, dims: { batch: 1 } }, [], 1);
const A = await ort.InferenceSession.create(path, sessionOptions(DEFAULT_SETTINGS));
const B = await ort.InferenceSession.create(copy, sessionOptions(DEFAULT_SETTINGS));
const feeds = makeTensors(plan.inputsByBatch.get(1)!, 1, ort);
const S = { a: A, b: B };
async function t(s: ort.InferenceSession) { const t0 = nowMs(); await s.run(feeds); return nowMs() - t0; }
for (let i = 0; i < 20; i++) { await t(A); await t(B); }
const opts = { ...DEFAULT_VERDICT_OPTIONS, direction: 'lower-is-better' as const };
const hw = (r: {a:number;b:number}[]) => { const v = pairedVerdict(r, opts); return `ratio ${v.ratio.toFixed(4)} ±${(50*(v.ci[1]/v.ci[0]-1)).toFixed(2)}% n=${v.rounds}`; };

async function blocks(nRounds: number) {
  const sideMs = budget / nRounds / 2; const rounds = [];
  const t0 = nowMs();
  while (nowMs() - t0 < budget) {
    const order = Math.random() < 0.5 ? ['a','b'] : ['b','a'];
    const m: any = {};
    for (const s of order) { await t(S[s]); await t(S[s]); const xs=[]; const st=nowMs(); while (xs.length===0 || nowMs()-st < sideMs) xs.push(await t(S[s])); m[s]=median(xs); }
    rounds.push(m);
  }
  return rounds;
}
async function alternate(nRounds: number) {
  const roundMs = budget / nRounds; const rounds = []; const t0 = nowMs(); let flip = false;
  while (nowMs() - t0 < budget) {
    const xa=[], xb=[]; const st = nowMs();
    while (xa.length < 2 || nowMs() - st < roundMs) {
      // ABBA cycle, starting side alternating
      const [p,q] = flip ? ['b','a'] : ['a','b']; flip = !flip;
      const r1 = await t(S[p]); const r2 = await t(S[q]); const r3 = await t(S[q]); const r4 = await t(S[p]);
      (p==='a'?xa:xb).push(r1, r4); (q==='a'?xa:xb).push(r2, r3);
    }
    rounds.push({ a: median(xa), b: median(xb) });
  }
  return rounds;
}
const only = process.argv[5];
for (let rep = 0; rep < Number(process.argv[4] ?? 2); rep++) {
  if (only) { console.log(only, hw(await alternate(Number(only)))); continue; }
  console.log('blocks 20   ', hw(await blocks(20)));
  console.log('alt 20      ', hw(await alternate(20)));
  console.log('blocks 60   ', hw(await blocks(60)));
  console.log('alt 60      ', hw(await alternate(60)));
  console.log('alt 150     ', hw(await alternate(150)));
}
