/**
 * If, Loop, Scan and SequenceMap: their bodies are inferred as subgraphs and costed by analyze/
 * (If as the branch its constant condition picks, else the branch that can run at the given
 * shapes, else the more expensive one; Loop by its trip count when it is a constant, Scan by its
 * sequence length; Scan-8, whose inputs carry a leading batch axis, by batch x sequence length;
 * SequenceMap once per element of its sequences, or once and flagged when their length is not
 * known). The nodes themselves do no arithmetic.
 */
import type { Dim } from '../onnx/model.ts';
import type { OpContext, RuleTable, Value } from './types.ts';
import { axis } from './util.ts';

/** Where two branches disagree on a dim, the output dim is unknown; a sequence stays one. */
function merge(ctx: OpContext, a: Value, b: Value | undefined, hint: string): Value {
  if (!b || !a.shape || !b.shape) return a;
  if (a.shape.length !== b.shape.length) return { dtype: a.dtype, kind: a.kind };
  return {
    dtype: a.dtype,
    shape: a.shape.map((d, i) => (d === b.shape![i] ? d : ctx.symbol(hint))),
    kind: a.kind,
  };
}

/**
 * What a body sees of a loop-carried value (a Loop's carried inputs, a Scan's states): its type
 * and shape, never its contents. Contents change from one iteration to the next (a counter, an
 * accumulator); folding the body with the initial ones would give every iteration, and the final
 * value, the first iteration's result.
 */
const typeOnly = (v: Value | undefined): Value =>
  v ? { dtype: v.dtype, shape: v.shape, kind: v.kind } : { dtype: 0 };

/** Above this a trip count is a sentinel for "no count" (INT64_MAX in PyTorch exports). */
const MAX_TRIP_COUNT = 2 ** 31 - 1;

/**
 * A loop-carried value whose shape the body changes (a sequence that grows by a Concat every
 * iteration): the body was inferred with the first iteration's shapes only, so the dims that
 * change become unknown and the cost is flagged as approximate.
 */
function settle(ctx: OpContext, before: Value, after: Value, i: number): Value {
  if (!before.shape || !after.shape) return after;
  if (before.shape.length !== after.shape.length) {
    ctx.flag(
      `Loop: carried value ${i} changes rank across iterations; the body is costed at its first iteration`,
    );
    return { dtype: after.dtype };
  }
  const changed = after.shape.some((d, k) => d !== before.shape![k]);
  if (!changed) return after;
  ctx.flag(
    `Loop: carried value ${i} changes shape across iterations; the body is costed at its first iteration's shapes`,
  );
  return {
    dtype: after.dtype,
    shape: after.shape.map((d, k) =>
      d === before.shape![k] ? d : ctx.symbol(`${ctx.node.name}:carried${i}`),
    ),
  };
}

/**
 * Scan before opset 9: an optional sequence_lens input first, then the states [batch, ...] and
 * the scan inputs [batch, sequence, ...]. The body sees one batch entry at one step; the final
 * states are [batch, ...] and the scan outputs [batch, sequence, ...] (padded to the longest
 * sequence), so the body runs batch x sequence times (at most, when sequence_lens is given).
 */
function scan8(ctx: OpContext): Value[] {
  const numScanInputs = ctx.attrs.int('num_scan_inputs');
  const numStates = ctx.inputs.length - 1 - numScanInputs;
  if (numStates < 0)
    ctx.fail(`Scan: ${numScanInputs} scan inputs, but ${ctx.inputs.length - 1} inputs`);
  let batch: Dim | undefined;
  let length: Dim | undefined;
  const states: Value[] = [];
  const slices: Value[] = [];
  for (let i = 1; i < ctx.inputs.length; i++) {
    const x = ctx.input(i);
    const isState = i <= numStates;
    if (x.shape.length < (isState ? 1 : 2)) {
      ctx.fail(
        `Scan (opset 8): input ${i} of rank ${x.shape.length} has no batch${isState ? '' : ' and sequence'} axis`,
      );
    }
    batch ??= x.shape[0];
    if (isState) states.push({ dtype: x.dtype, shape: x.shape.slice(1) });
    else {
      length ??= x.shape[1];
      slices.push({ dtype: x.dtype, shape: x.shape.slice(2) });
    }
  }
  const b = batch ?? ctx.symbol(`${ctx.node.name}:batch`);
  const steps = length ?? ctx.symbol(`${ctx.node.name}:steps`);
  const repeat = typeof b === 'number' && typeof steps === 'number' ? b * steps : undefined;
  if (ctx.inputs[0]) ctx.note('Scan: sequence_lens is given; costed at the longest sequence');
  const body = ctx.subgraph('body', [...states, ...slices], { repeat });
  const finals = body
    .slice(0, numStates)
    .map((v, i) => settle(ctx, states[i], v, i))
    .map((v) => (v.shape ? { dtype: v.dtype, shape: [b, ...v.shape] } : { dtype: v.dtype }));
  const scans = body
    .slice(numStates)
    .map((v) => (v.shape ? { dtype: v.dtype, shape: [b, steps, ...v.shape] } : { dtype: v.dtype }));
  return [...finals, ...scans];
}

/**
 * SequenceMap (opset 17): the body runs on the i-th element of every sequence input (tensor
 * inputs are passed whole) and its outputs are collected into sequences. With sequences of known
 * elements it runs once per element; otherwise once, flagged.
 */
function sequenceMap(ctx: OpContext): Value[] {
  if (ctx.inputs[0]?.kind !== 'sequence') ctx.fail('SequenceMap: input 0 must be a sequence');
  const sequences = ctx.inputs.filter((v) => v?.kind === 'sequence');
  const n = sequences[0]?.elements?.length;
  const counted = n !== undefined && sequences.every((v) => v?.elements?.length === n);
  // A sequence Value's shape is the shape its elements share: what the body sees of one element.
  const args = ctx.inputs.map((v) =>
    v?.kind === 'sequence' ? { dtype: v.dtype, shape: v.shape } : (v ?? { dtype: 0 }),
  );
  if (!counted) {
    ctx.flag(
      'SequenceMap: the sequence length is not known statically, so the body is counted once',
    );
  }
  const body = ctx.subgraph('body', args, { repeat: counted ? n : undefined });
  // When every element has exactly the shared shape, the body saw each element as it is.
  const uniform =
    counted && sequences.every((v) => v!.elements!.every((e) => sameShape(e.shape, v!.shape)));
  return body.map((v) => {
    const out: Value = { dtype: v.dtype, shape: v.shape, kind: 'sequence' };
    if (uniform)
      out.elements = Array.from({ length: n }, () => ({ dtype: v.dtype, shape: v.shape }));
    return out;
  });
}

const sameShape = (a: Dim[] | undefined, b: Dim[] | undefined): boolean =>
  !!a && !!b && a.length === b.length && a.every((d, i) => d === b[i]);

export const rules: RuleTable = {
  SequenceMap: { infer: sequenceMap },

  If: {
    infer(ctx) {
      const cond = ctx.constant(0);
      if (cond && cond.length === 1) {
        const branch = cond[0] ? 'then_branch' : 'else_branch';
        ctx.note(
          `If: the condition is known (a constant, or computed from given inputs): only ${branch} runs`,
        );
        return ctx.subgraph(branch, [], { repeat: 1 });
      }
      const a = ctx.subgraph('then_branch', [], { alternative: true });
      const b = ctx.subgraph('else_branch', [], { alternative: true });
      // A branch that cannot run at these shapes is not the one that runs: the other is.
      const problems = [ctx.subgraphProblem('then_branch'), ctx.subgraphProblem('else_branch')];
      if (!problems[0] !== !problems[1]) {
        const [bad, good, outputs] = problems[0]
          ? ['then_branch', 'else_branch', b]
          : ['else_branch', 'then_branch', a];
        ctx.dropSubgraph(bad);
        ctx.note(
          `If: the condition is not known statically, and ${bad} cannot run at these shapes ` +
            `(${problems[0] ?? problems[1]}), so ${good} is costed; give the input that decides ` +
            'it (--input, or `inputs:` in the config) to be sure',
        );
        return outputs;
      }
      ctx.note('If: costed as the more expensive branch');
      return a.map((v, i) => merge(ctx, v, b[i], `${ctx.node.name}:out${i}`));
    },
  },

  Loop: {
    infer(ctx) {
      const m = ctx.constant(0);
      const condValue = ctx.constant(1);
      // Exporters write INT64_MAX (or -1) as the trip count of a while loop: no count at all.
      const given = m && m.length === 1 ? m[0] : undefined;
      const tripCount =
        given !== undefined && given >= 0 && given <= MAX_TRIP_COUNT ? given : undefined;
      const carried = ctx.inputs.slice(2).map(typeOnly);
      if (tripCount === undefined) {
        ctx.flag(
          given === undefined
            ? 'Loop: the trip count is not a constant, so the body is counted once'
            : `Loop: the trip count ${given} means "until the condition stops it", so the body is counted once`,
        );
      } else if (ctx.inputs[1] && !(condValue && condValue[0])) {
        ctx.note(
          `Loop: ${tripCount} iterations at most (the loop may stop early on its condition)`,
        );
      }
      const body = ctx.subgraph(
        'body',
        [{ dtype: 7, shape: [] }, { dtype: 9, shape: [] }, ...carried],
        { repeat: tripCount },
      );
      const finals = body.slice(1, 1 + carried.length).map((v, i) => settle(ctx, carried[i], v, i));
      const scans = body.slice(1 + carried.length).map((v) => ({
        dtype: v.dtype,
        shape: v.shape
          ? [tripCount ?? ctx.symbol(`${ctx.node.name}:iterations`), ...v.shape]
          : undefined,
      }));
      return [...finals, ...scans];
    },
  },

  Scan: {
    infer(ctx) {
      if (ctx.opset < 9) return scan8(ctx);
      const numScanInputs = ctx.attrs.int('num_scan_inputs');
      const numStates = ctx.inputs.length - numScanInputs;
      const inputAxes = ctx.attrs.ints('scan_input_axes', new Array(numScanInputs).fill(0));
      const states = ctx.inputs.slice(0, numStates).map(typeOnly);
      let length: Dim | undefined;
      const slices: Value[] = ctx.inputs.slice(numStates).map((v, j) => {
        const x = ctx.input(numStates + j);
        const ax = axis(ctx, inputAxes[j], x.shape.length);
        length ??= x.shape[ax];
        return { dtype: v!.dtype, shape: x.shape.filter((_, k) => k !== ax) };
      });
      const steps = typeof length === 'number' ? length : undefined;
      const body = ctx.subgraph('body', [...states, ...slices], { repeat: steps });
      const numScanOutputs = body.length - numStates;
      const outAxes = ctx.attrs.ints('scan_output_axes', new Array(numScanOutputs).fill(0));
      const scans = body.slice(numStates).map((v, k) => {
        if (!v.shape) return { dtype: v.dtype };
        const shape = v.shape.slice();
        const ax = outAxes[k] < 0 ? outAxes[k] + shape.length + 1 : outAxes[k];
        shape.splice(ax, 0, length ?? ctx.symbol(`${ctx.node.name}:steps`));
        return { dtype: v.dtype, shape };
      });
      const finals = body.slice(0, numStates).map((v, i) => settle(ctx, states[i], v, i));
      return [...finals, ...scans];
    },
  },
};
