/**
 * Scenarios through the Action: a push saves a baseline with one entry per model and scenario
 * (`decoder/prefill`, `decoder/decode`); a pull request compared against that cached baseline
 * only (`baseline: cache`) matches each scenario to its own, gates each with its own gate, and
 * comments one group of rows per scenario.
 *
 * The decoder is test/fixtures/kv-decoder.ts: MACs b·s·(1824 + 32·(p + s)); the pull request
 * adds a 16 × 16 projection (b·s·256 MACs):
 *   prefill (s 16, p 0): 37,376 → 41,472 (+10.96%): `prefill.macs: +5%` trips
 *   decode  (s 1, p 32):  2,880 →  3,136 (+8.89%):  `decode.macs: +10%` passes
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildKvDecoder } from '../fixtures/kv-decoder.ts';
import { tempDir } from '../helpers.ts';
import { FakeGitHub, startFakeGitHub } from './fake-github.ts';
import { actionRunner, explain, git } from './run-action.ts';

const CONFIG = `models:
  - id: decoder
    path: decoder.onnx
    dims: { batch_size: 1 }
    scenarios:
      - name: prefill
        dims: { sequence_length: 16, past_sequence_length: 0 }
      - name: decode
        dims: { sequence_length: 1, past_sequence_length: 32 }
budget: 1s
baseline: cache
gates:
  prefill.macs: +5%
  decode.macs: +10%
`;

let gh: FakeGitHub;
const root = tempDir('misnomer-action-scenarios-');
const origin = join(root, 'origin');
const shas = { base: '', head: '' };
const runAction = actionRunner({ gh: () => gh, root, origin, baseSha: () => shas.base });

before(async () => {
  gh = await startFakeGitHub();
  mkdirSync(join(origin, '.github'), { recursive: true });
  git(origin, 'init', '-q', '-b', 'main');
  git(origin, 'config', 'user.email', 'test@example.com');
  git(origin, 'config', 'user.name', 'test');
  writeFileSync(join(origin, '.github', 'misnomer.yml'), CONFIG);
  const commit = (extra: boolean, message: string) => {
    buildKvDecoder({ extra }).save(join(origin, 'decoder.onnx'));
    git(origin, 'add', '-A');
    git(origin, 'commit', '-q', '-m', message);
    return git(origin, 'rev-parse', 'HEAD');
  };
  shas.base = commit(false, 'decoder');
  git(origin, 'checkout', '-q', '-b', 'wider');
  shas.head = commit(true, 'one more projection');
  git(origin, 'checkout', '-q', 'main');
});

after(() => gh.close());

test('a baseline per scenario on push; a pull request compared scenario by scenario', async () => {
  const push = await runAction({ sha: shas.base });
  assert.equal(push.code, 0, explain(push));
  const saved = JSON.parse(readFileSync(push.outputs['result-json'], 'utf8'));
  assert.deepEqual(
    saved.models.map((m: { id: string; analysis: { totals: { macs: number } } }) => [
      m.id,
      m.analysis.totals.macs,
    ]),
    [
      ['decoder/prefill', 37376],
      ['decoder/decode', 2880],
    ],
  );

  const pr = await runAction({ sha: shas.head, pullRequest: 3 });
  assert.equal(pr.code, 1, explain(pr));
  assert.match(
    pr.stdout,
    new RegExp(`restored the baseline misnomer-v1-default-linux-x64-${shas.base}`),
  );
  assert.equal(pr.outputs['gates-failed'], 'decoder/prefill:prefill.macs');
  const comparison = JSON.parse(readFileSync(pr.outputs['comparison-json'], 'utf8'));
  const macs = comparison.models.map(
    (m: { id: string; static: { indicator: string; base: number; head: number }[] }) => {
      const d = m.static.find((x) => x.indicator === 'macs')!;
      return [m.id, d.base, d.head];
    },
  );
  assert.deepEqual(macs, [
    ['decoder/prefill', 37376, 37376 + 4096],
    ['decoder/decode', 2880, 2880 + 256],
  ]);
  const comment = gh.comments(3).at(-1)!.body;
  assert.match(comment, /### decoder\/prefill\n\n_Scenario \*\*prefill\*\*: batch\\_size 1/);
  assert.match(comment, /### decoder\/decode\n\n_Scenario \*\*decode\*\*: batch\\_size 1/);
  assert.match(comment, /\| prefill\.macs \| decoder\/prefill \| +\+5% \| \*\*✗ tripped\*\*/);
  assert.match(comment, /\| decode\.macs +\| decoder\/decode +\| +\+10% \| ✓ passed/);
  // The tripped gate's annotation is on its own line of the config (line 13: `prefill.macs`).
  assert.match(
    pr.stdout,
    /::error title=misnomer gate prefill\.macs \+5%25,file=\.github\/misnomer\.yml,line=13,col=3::decoder\/prefill: MACs \+11\.0%25 exceeds \+5%25/,
  );
});
