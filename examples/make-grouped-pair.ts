/**
 * Builds the second bundled example pair (examples/models/wide.onnx, grouped.onnx) with the
 * test fixture writer: `npx tsx examples/make-grouped-pair.ts`.
 *
 * wide:    x [batch, 256] · W [256, 256], Relu: one dense MatMul.
 * grouped: the same width split into 64 groups of 4, a 4 × 4 MatMul each, concatenated: 1/64
 *          of the MACs in 66 more nodes. On a CPU the many tiny kernels cost more than the one
 *          big one saves: FLOPs go down by 98% and latency goes up.
 */
import { fileURLToPath } from 'node:url';
import { ModelBuilder } from '../test/fixtures/onnx-writer.ts';

const WIDTH = 256;
const GROUPS = 64;
const out = (name: string) => fileURLToPath(new URL(`./models/${name}.onnx`, import.meta.url));
const weights = (n: number, mod: number) =>
  Array.from({ length: n * n }, (_, i) => ((i % mod) - (mod >> 1)) / n);

const wide = new ModelBuilder();
const x = wide.input('x', 'float32', ['batch', WIDTH]);
wide.initializer('w', 'float32', [WIDTH, WIDTH], weights(WIDTH, 11));
wide.output(
  wide.op('Relu', [wide.op('MatMul', [x, 'w'], {}, { name: 'dense' })], {}, { name: 'relu' }),
  'float32',
);
wide.save(out('wide'));

const size = WIDTH / GROUPS;
const grouped = new ModelBuilder();
const y = grouped.input('x', 'float32', ['batch', WIDTH]);
const split = grouped.constant('int64', [GROUPS], new Array(GROUPS).fill(size), 'split_sizes');
const parts = grouped.node('Split', [y, split], { axis: 1 }, { outputs: GROUPS, name: 'split' });
const blocks = parts.map((p, i) => {
  grouped.initializer(`w${i}`, 'float32', [size, size], weights(size, 7));
  return grouped.op('MatMul', [p, `w${i}`], {}, { name: `group${i}` });
});
const joined = grouped.op('Concat', blocks, { axis: 1 }, { name: 'concat' });
grouped.output(grouped.op('Relu', [joined], {}, { name: 'relu' }), 'float32');
grouped.save(out('grouped'));
