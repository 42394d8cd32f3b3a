/**
 * A model process: loads one ONNX model into an InferenceSession and times `session.run` on
 * request. Run with an IPC channel (child_process.fork): it answers Requests with Replies.
 * Run with `--one-shot <mode> <job.json>` it measures cold start or memory once, prints a
 * OneShotReport as JSON and exits. Kept small: the timing loop is the only hot code.
 */
import { readFileSync } from 'node:fs';
import type * as Ort from 'onnxruntime-node';
import { makeTensors } from './inputs.ts';
import { loadOrt } from './ort.ts';
import type {
  OneShotMode,
  OneShotReport,
  Reply,
  Request,
  SessionSettings,
  Slot,
} from './protocol.ts';
import {
  alternate,
  nowMs,
  sessionOptions,
  settle,
  timeRuns,
  type Duo,
  type Feeds,
} from './session.ts';
import type { InputSpec } from './types.ts';

const ort = loadOrt();

async function serve(): Promise<void> {
  // Slot 'a' alone when measuring one model; 'a' and 'b' when comparing two run by run.
  const sessions: Partial<Record<Slot, Ort.InferenceSession>> = {};
  // What each slot was loaded from, to create its session again on 'reload'.
  const loaded: Partial<Record<Slot, { path: string; session: SessionSettings }>> = {};
  const feeds: Record<Slot, Feeds> = { a: {}, b: {} };
  const reply = (r: Reply) => process.send?.(r);
  const duo = (): Duo => {
    if (!sessions.a || !sessions.b) throw new Error('two models must be loaded to alternate');
    return {
      a: { session: sessions.a, feeds: feeds.a },
      b: { session: sessions.b, feeds: feeds.b },
    };
  };
  process.on('message', async (req: Request) => {
    try {
      switch (req.type) {
        case 'load': {
          const t0 = nowMs();
          const session = await ort.InferenceSession.create(req.path, sessionOptions(req.session));
          sessions[req.slot ?? 'a'] = session;
          loaded[req.slot ?? 'a'] = { path: req.path, session: req.session };
          reply({ type: 'loaded', loadMs: nowMs() - t0, inputNames: [...session.inputNames] });
          break;
        }
        case 'reload': {
          const t0 = nowMs();
          const order: Slot[] = req.first === 'a' ? ['a', 'b'] : ['b', 'a'];
          // Both released before either is created: the new pair may land anywhere in memory,
          // as a pair in a fresh process would.
          for (const s of order) {
            if (!loaded[s]) throw new Error('two models must be loaded to reload them');
            await sessions[s]?.release();
            delete sessions[s];
          }
          for (const s of order) {
            const l = loaded[s]!;
            sessions[s] = await ort.InferenceSession.create(l.path, sessionOptions(l.session));
          }
          reply({ type: 'reloaded', ms: nowMs() - t0 });
          break;
        }
        case 'inputs':
          feeds[req.slot ?? 'a'] = makeTensors(req.specs, req.seed, ort);
          reply({ type: 'inputsReady' });
          break;
        case 'run': {
          const session = sessions[req.slot ?? 'a'];
          if (!session) throw new Error('no model loaded');
          reply({ type: 'ran', samplesMs: await timeRuns(session, feeds[req.slot ?? 'a'], req) });
          break;
        }
        case 'alternate':
          reply({ type: 'alternated', ...(await alternate(duo(), req)) });
          break;
        case 'settle':
          reply({ type: 'settled', ...(await settle(duo(), req)) });
          break;
        case 'endProfiling':
          sessions.a?.endProfiling();
          reply({ type: 'profiled' });
          break;
        case 'exit':
          await Promise.all(Object.values(sessions).map((s) => s.release()));
          process.exit(0);
      }
    } catch (e) {
      reply({ type: 'error', message: (e as Error).message ?? String(e) });
    }
  });
  process.on('disconnect', () => process.exit(0));
}

/** One fresh-process measurement: cold start and first run, or memory with or without the model. */
async function oneShot(mode: OneShotMode, jobPath: string): Promise<OneShotReport> {
  const job = JSON.parse(readFileSync(jobPath, 'utf8')) as {
    path: string;
    session: SessionSettings;
    inputs: InputSpec[];
    seed: number;
    runs: number;
  };
  const feeds = makeTensors(job.inputs, job.seed, ort);
  if (mode === 'baseline') {
    return { maxRssBytes: process.resourceUsage().maxRSS * 1024 };
  }
  const t0 = nowMs();
  const session = await ort.InferenceSession.create(job.path, sessionOptions(job.session));
  const createMs = nowMs() - t0;
  const t1 = nowMs();
  await session.run(feeds);
  const firstRunMs = nowMs() - t1;
  if (mode === 'memory') for (let i = 1; i < job.runs; i++) await session.run(feeds);
  return { createMs, firstRunMs, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
}

const args = process.argv.slice(2);
if (args[0] === '--one-shot') {
  oneShot(args[1] as OneShotMode, args[2]).then(
    (r) => process.stdout.write(JSON.stringify(r) + '\n'),
    (e) => {
      process.stdout.write(
        JSON.stringify({ maxRssBytes: 0, error: (e as Error).message } satisfies OneShotReport) +
          '\n',
      );
      process.exitCode = 3;
    },
  );
} else if (process.send) {
  void serve();
}
