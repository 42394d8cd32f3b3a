/**
 * `npm run demo`: the pull-request job, as the Action runs it, on the bundled examples. A git
 * repository is made in demo-output/repo with a config (.github/misnomer.yml) and two models on
 * main; a feature branch changes both; `misnomer run` builds both sides (the base in a git
 * worktree), measures them interleaved on this machine, compares, gates, and writes the
 * pull-request comment as Markdown. Then `misnomer history` prints the history of main from the
 * baseline the run kept.
 *
 *   classifier: dense → separable   a small CNN whose dense 3×3 convolutions become
 *                                   depthwise-separable blocks (exported once with PyTorch;
 *                                   examples/export_example.py)
 *   mixer: wide → grouped           one 256×256 MatMul split into 64 groups of 4×4 (built by
 *                                   examples/make-grouped-pair.ts): FLOPs −98%, no faster
 *   decoder: mha → gqa              a small decoder with a KV cache (Optimum's layout, built by
 *                                   examples/make-decoder.ts) whose attention shares one
 *                                   key/value head among four query heads; measured in two
 *                                   scenarios, prefill (128 tokens, no past) and decode (one
 *                                   token after 511), which move very differently
 *
 * About a minute and a half: a 10 s budget per model and scenario, plus cold starts and
 * profiles. That is too short for several pairs of sessions, so each comparison runs on one
 * pair and its report says so (docs/measurement.md, "What one pair leaves out"); with 20 s the
 * mixer and the decoder get 11 pairs per budget and the demo takes about two and a half
 * minutes.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli.ts';
import { writeDecoderPair } from './make-decoder.ts';

const model = (name: string) => fileURLToPath(new URL(`./models/${name}.onnx`, import.meta.url));
const outDir = fileURLToPath(new URL('../demo-output/', import.meta.url));
const repo = join(outDir, 'repo');
rmSync(repo, { recursive: true, force: true });
mkdirSync(join(repo, '.github'), { recursive: true });
mkdirSync(join(repo, 'models'));

const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
const CONFIG = `# What a project puts in .github/misnomer.yml (the Action's default config file).
models:
  - id: classifier
    # A real project exports here (python export.py ...); the demo copies a bundled export.
    build: mkdir -p build && cp models/classifier.onnx build/classifier.onnx
    path: build/classifier.onnx
    dims: { batch: 1 }
    batch-sizes: [1, 8]
  - id: mixer
    path: models/mixer.onnx
    dims: { batch: 64 }
  - id: decoder
    path: models/decoder.onnx
    dims: { batch_size: 1 }
    # An LLM's cost is two programs: the prompt (prefill) and each next token (decode).
    scenarios:
      - name: prefill
        dims: { sequence_length: 128, past_sequence_length: 0 }
      - name: decode
        dims: { sequence_length: 1, past_sequence_length: 511 }
commands:
  - name: read-models
    run: node -e "require('fs').readFileSync('models/mixer.onnx')"
    runs: 5
budget: 10s
gates:
  params: +10%
  latency.p50: +5%
  decode.latency.p50: +2%
`;
writeFileSync(join(repo, '.github', 'misnomer.yml'), CONFIG);
writeFileSync(join(repo, '.gitignore'), 'build/\n');
const decoders = writeDecoderPair(join(outDir, 'decoders'));
const commit = (classifier: string, mixer: string, decoder: string, message: string) => {
  copyFileSync(model(classifier), join(repo, 'models', 'classifier.onnx'));
  copyFileSync(model(mixer), join(repo, 'models', 'mixer.onnx'));
  copyFileSync(decoder, join(repo, 'models', 'decoder.onnx'));
  git('add', '-A');
  git('-c', 'user.name=demo', '-c', 'user.email=demo@example.com', 'commit', '-q', '-m', message);
};
git('init', '-q', '-b', 'main');
commit('dense', 'wide', decoders.mha, 'dense classifier, wide mixer, multi-head decoder');
git('checkout', '-q', '-b', 'efficient');
commit(
  'separable',
  'grouped',
  decoders.gqa,
  'separable convolutions, grouped mixer, grouped-query attention',
);

const report = join(outDir, 'pull-request-comment.md');
const started = performance.now();
process.stdout.write(`\n━━ misnomer run in ${repo}: branch "efficient" against main ━━\n\n`);
process.chdir(repo);
const code = await main(['run', '--markdown', report, '--json', join(outDir, 'comparison.json')]);
// The base measured above is kept as main's baseline, the first point of its history.
process.stdout.write(`\n━━ misnomer history: the baselines kept in ${repo}/.git/misnomer ━━\n\n`);
await main(['history']);
process.stdout.write(
  `\nthe pull-request comment: ${report}\n` +
    (code === 1 ? 'a gate tripped: the Action would fail the check.\n' : '') +
    `demo done in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
);
// A tripped gate is the demo working; only a usage or internal error is a failed demo.
process.exitCode = code === 1 ? 0 : code;
