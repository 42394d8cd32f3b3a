/**
 * Recurrent layers: LSTM, GRU, RNN (all directions, layouts 0 and 1).
 *
 * Counting conventions, with T steps, B batch, D directions, H hidden, I input size and G gates
 * (4 LSTM, 3 GRU, 1 RNN); every "per unit" count is per hidden unit, per step, per direction
 * and per batch row, so it is multiplied by T·B·D·H:
 * - macs = T·B·D·G·H·(I + H): the input and recurrent products of every gate.
 *   Summing the two products of a gate is part of that multiply-accumulate chain.
 * - flops = 2·macs, plus per unit:
 *   - bias: 2·G adds (Wb and Rb) when B is given;
 *   - clip (the `clip` attribute): 2·G (min and max of every gate input);
 *   - LSTM: 4 for the cell and hidden state (f⊙C, i⊙g, their sum, o⊙h(C)), 6 for the peepholes
 *     (3 mul + 3 add) when P is given;
 *   - GRU: 5 (r⊙(...) 1, then (1 − z)⊙h + z⊙H: 4). linear_before_reset only moves where r is
 *     applied, so it does not change the count;
 *   - RNN: nothing more;
 *   - the gate activations' own arithmetic, per dense-util.ts.
 * - transcendentals, per unit with the default activations: LSTM 3 sigmoid (i, f, o) + 2 tanh
 *   (cell candidate, output) = 5; GRU 2 sigmoid (z, r) + 1 tanh = 3; RNN 1 tanh. Other
 *   `activations` are costed by the table in dense-util.ts.
 * sequence_lens does not shorten the count: T is the padded length. LSTM's input_forget is not
 * discounted. Memory traffic: the default (all inputs, weights included, read once).
 * sequence_lens, initial_h and initial_c are meta inputs: a start state is not a weight.
 */
import type { Dim } from '../onnx/model.ts';
import { activationCost, denseCost } from './dense-util.ts';
import type { OpContext, OpRule, RuleTable, Value } from './types.ts';
import { fmtShape, numel } from './util.ts';

interface Kind {
  gates: number;
  /** Default activation names of one direction. */
  activations: string[];
  /** How many times each activation of a direction runs per unit. */
  uses: number[];
  /** Gate arithmetic per unit beyond the products, biases and activations. */
  gateFlops: number;
  outputs: number;
}

const KINDS: Record<string, Kind> = {
  LSTM: {
    gates: 4,
    activations: ['Sigmoid', 'Tanh', 'Tanh'],
    uses: [3, 1, 1],
    gateFlops: 4,
    outputs: 3,
  },
  GRU: { gates: 3, activations: ['Sigmoid', 'Tanh'], uses: [2, 1], gateFlops: 5, outputs: 2 },
  RNN: { gates: 1, activations: ['Tanh'], uses: [1], gateFlops: 0, outputs: 2 },
};

/** LSTM's peephole input P; 3 mul + 3 add per unit. */
const PEEPHOLE_INDEX = 7;
const PEEPHOLE_FLOPS = 6;

interface Dims {
  steps: Dim;
  batch: Dim;
  input: Dim;
  hidden: Dim;
  dirs: number;
  layout: number;
}

function expectShape(ctx: OpContext, name: string, index: number, want: Dim[]): void {
  const v = ctx.inputs[index];
  if (!v?.shape) return;
  const ok =
    v.shape.length === want.length &&
    v.shape.every((d, i) => typeof d !== 'number' || typeof want[i] !== 'number' || d === want[i]);
  if (!ok) ctx.fail(`${ctx.node.opType}: ${name} ${fmtShape(v.shape)} must be ${fmtShape(want)}`);
}

function dimsOf(ctx: OpContext, kind: Kind): Dims {
  const op = ctx.node.opType;
  const x = ctx.input(0).shape;
  const w = ctx.input(1).shape;
  const r = ctx.input(2).shape;
  if (x.length !== 3) ctx.fail(`${op}: X ${fmtShape(x)} must have 3 dims`);
  const direction = ctx.attrs.string('direction', 'forward');
  if (!['forward', 'reverse', 'bidirectional'].includes(direction)) {
    ctx.fail(`${op}: unknown direction "${direction}"`);
  }
  const dirs = direction === 'bidirectional' ? 2 : 1;
  const layout = ctx.opset >= 14 ? ctx.attrs.int('layout', 0) : 0;
  const [steps, batch] = layout === 0 ? [x[0], x[1]] : [x[1], x[0]];
  const hidden: Dim = ctx.attrs.has('hidden_size') ? ctx.attrs.int('hidden_size') : r[2];
  const gh = typeof hidden === 'number' ? kind.gates * hidden : w[1];
  expectShape(ctx, 'W', 1, [dirs, gh, x[2]]);
  expectShape(ctx, 'R', 2, [dirs, gh, hidden]);
  expectShape(ctx, 'B', 3, [dirs, typeof gh === 'number' ? 2 * gh : '2GH']);
  expectShape(ctx, 'sequence_lens', 4, [batch]);
  const state = layout === 0 ? [dirs, batch, hidden] : [batch, dirs, hidden];
  expectShape(ctx, 'initial_h', 5, state);
  if (kind.gates === 4) {
    expectShape(ctx, 'initial_c', 6, state);
    expectShape(ctx, 'P', PEEPHOLE_INDEX, [dirs, typeof hidden === 'number' ? 3 * hidden : '3H']);
  }
  return { steps, batch, input: x[2], hidden, dirs, layout };
}

/** Activations per direction: the attribute lists them for every direction in turn. */
function activationsOf(ctx: OpContext, kind: Kind, dirs: number): string[][] {
  const given = ctx.attrs.strings('activations', []);
  const n = kind.activations.length;
  if (given.length === 0) return Array.from({ length: dirs }, () => kind.activations);
  if (given.length !== n * dirs) {
    ctx.fail(`${ctx.node.opType}: activations lists ${given.length} names, expected ${n * dirs}`);
  }
  return Array.from({ length: dirs }, (_, d) => given.slice(d * n, (d + 1) * n));
}

function recurrent(kind: Kind): OpRule {
  return {
    // sequence_lens, and initial_h / initial_c: a start state (usually zeros), not a weight.
    metaInputs: [4, 5, 6],
    infer(ctx) {
      const { steps, batch, hidden, dirs, layout } = dimsOf(ctx, kind);
      activationsOf(ctx, kind, dirs)
        .flat()
        .forEach((a) => activationCost(ctx, a));
      const dtype = ctx.input(0).dtype;
      const y = layout === 0 ? [steps, dirs, batch, hidden] : [batch, steps, dirs, hidden];
      const state = layout === 0 ? [dirs, batch, hidden] : [batch, dirs, hidden];
      const outs: Value[] = [
        { dtype, shape: y },
        { dtype, shape: state },
      ];
      if (kind.outputs === 3) outs.push({ dtype, shape: state });
      return outs;
    },
    cost(ctx) {
      const d = dimsOf(ctx, kind);
      const units = numel([d.steps, d.batch, d.hidden]);
      const macs = d.dirs * units * kind.gates * (numel([d.input]) + numel([d.hidden]));
      let perUnit = kind.gateFlops;
      if (ctx.inputs[3]) perUnit += 2 * kind.gates;
      if (ctx.attrs.has('clip')) perUnit += 2 * kind.gates;
      if (kind.gates === 4 && ctx.inputs[PEEPHOLE_INDEX]) perUnit += PEEPHOLE_FLOPS;
      let actFlops = 0;
      let transcendentals = 0;
      for (const names of activationsOf(ctx, kind, d.dirs)) {
        names.forEach((name, i) => {
          const c = activationCost(ctx, name);
          actFlops += kind.uses[i] * c.flops * units;
          transcendentals += kind.uses[i] * c.transcendentals * units;
        });
      }
      return denseCost(
        ctx.input(0).dtype,
        macs,
        perUnit * d.dirs * units + actFlops,
        transcendentals,
      );
    },
  };
}

export const rules: RuleTable = {
  LSTM: recurrent(KINDS.LSTM),
  GRU: recurrent(KINDS.GRU),
  RNN: recurrent(KINDS.RNN),
};
