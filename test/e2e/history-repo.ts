/**
 * The repository of the history end-to-end tests: an MLP whose hidden width each commit sets,
 * x[batch,64] · W1[64,h] → Relu → · W2[h,10], so params are 64h + 10h = 74h. Three commits on
 * main (h 16, 32, 64: 1,184, 2,368, 4,736 params), a branch `wider` off the third (h 128: 9,472),
 * then a fourth commit on main (h 48: 3,552).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ModelBuilder } from '../fixtures/onnx-writer.ts';
import { tempDir } from '../helpers.ts';
import { git, initOrigin } from './run-action.ts';

/** The config of the tests: the one model, a 1 s budget; `extra` lines appended. */
export const historyConfig = (extra = ''): string => `models:
  - id: classifier
    path: model.onnx
    dims: { batch: 1 }
budget: 1s
${extra}`;

function mlp(hidden: number): Buffer {
  const m = new ModelBuilder();
  const x = m.input('x', 'float32', ['batch', 64]);
  m.initializer('w1', 'float32', [64, hidden]);
  m.initializer('w2', 'float32', [hidden, 10]);
  m.output(m.op('MatMul', [m.op('Relu', [m.op('MatMul', [x, 'w1'])]), 'w2']));
  return readFileSync(m.save(join(tempDir(), 'model.onnx')));
}

/** Makes the repository at `origin` with `config`: main's four commits, and the branch's one. */
export function historyOrigin(origin: string, config: string): { main: string[]; feature: string } {
  initOrigin(origin, config);
  const commit = (hidden: number) => {
    writeFileSync(join(origin, 'model.onnx'), mlp(hidden));
    git(origin, 'add', '-A');
    git(origin, 'commit', '-q', '-m', `hidden ${hidden}`);
    return git(origin, 'rev-parse', 'HEAD');
  };
  const main = [16, 32, 64].map(commit);
  git(origin, 'checkout', '-q', '-b', 'wider');
  const feature = commit(128);
  git(origin, 'checkout', '-q', 'main');
  main.push(commit(48));
  return { main, feature };
}
