/**
 * Einsum equations: parsing (explicit and implicit output, '...' ellipsis) and the label sizes
 * the cost is computed from. The counting convention is stated in matmul.ts.
 */
import type { Dim } from '../onnx/model.ts';
import type { OpContext } from './types.ts';
import { fmtShape, numel } from './util.ts';

export interface EinsumPlan {
  /** Labels of each operand; ellipsis dims become the labels '.0', '.1', ... (right-aligned). */
  operands: string[][];
  output: string[];
  sizes: Map<string, Dim>;
  shape: Dim[];
}

const ELLIPSIS = '...';

/** Splits a term into letter labels and at most one '...' token. */
function tokens(ctx: OpContext, term: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < term.length;) {
    if (term.startsWith(ELLIPSIS, i)) {
      if (out.includes(ELLIPSIS)) ctx.fail(`Einsum: term "${term}" has more than one "..."`);
      out.push(ELLIPSIS);
      i += 3;
    } else if (/[a-zA-Z]/.test(term[i])) {
      out.push(term[i++]);
    } else {
      ctx.fail(`Einsum: unexpected "${term[i]}" in term "${term}"`);
    }
  }
  return out;
}

/** Replaces '...' by `count` ellipsis labels, right-aligned against `max` of them. */
function expand(toks: string[], count: number, max: number): string[] {
  const dots = Array.from({ length: count }, (_, j) => `.${max - count + j}`);
  return toks.flatMap((t) => (t === ELLIPSIS ? dots : [t]));
}

function mergeSize(ctx: OpContext, sizes: Map<string, Dim>, label: string, d: Dim): void {
  const prev = sizes.get(label);
  if (prev === undefined || prev === d) return void sizes.set(label, d);
  if (typeof prev === 'number' && typeof d === 'number') {
    // Ellipsis dims broadcast; letter labels must agree.
    if (label.startsWith('.') && (prev === 1 || d === 1)) return void sizes.set(label, prev * d);
    ctx.fail(`Einsum: label "${label}" is ${prev} in one operand and ${d} in another`);
  }
  // A symbol against a number: the number wins, except an ellipsis dim of 1 (it broadcasts).
  if (
    typeof d === 'number' ? d !== 1 || !label.startsWith('.') : prev === 1 && label.startsWith('.')
  )
    sizes.set(label, d);
}

export function inferEinsum(ctx: OpContext): EinsumPlan {
  const equation = ctx.attrs.string('equation').replace(/\s+/g, '');
  const sides = equation.split('->');
  if (sides.length > 2) ctx.fail(`Einsum: equation "${equation}" has more than one "->"`);
  const terms = sides[0].split(',');
  const shapes = ctx.inputs.map((_, i) => ctx.input(i).shape);
  if (terms.length !== shapes.length) {
    ctx.fail(`Einsum: "${equation}" names ${terms.length} operands, the node has ${shapes.length}`);
  }
  const parsed = terms.map((term, i) => {
    const toks = tokens(ctx, term);
    const letters = toks.filter((t) => t !== ELLIPSIS).length;
    const dots = shapes[i].length - letters;
    if (toks.includes(ELLIPSIS) ? dots < 0 : dots !== 0) {
      ctx.fail(`Einsum: term "${term}" does not fit input ${i} ${fmtShape(shapes[i])}`);
    }
    return { toks, dots: toks.includes(ELLIPSIS) ? dots : 0 };
  });
  const maxDots = Math.max(0, ...parsed.map((p) => p.dots));
  const operands = parsed.map((p) => expand(p.toks, p.dots, maxDots));
  const sizes = new Map<string, Dim>();
  operands.forEach((labels, i) => labels.forEach((l, j) => mergeSize(ctx, sizes, l, shapes[i][j])));
  const output =
    sides.length === 2 ? expand(tokens(ctx, sides[1]), maxDots, maxDots) : implicit(operands);
  for (const l of output) {
    if (!sizes.has(l)) ctx.fail(`Einsum: output label "${l}" of "${equation}" is in no input`);
  }
  if (new Set(output).size !== output.length) {
    ctx.fail(`Einsum: output of "${equation}" repeats a label`);
  }
  return { operands, output, sizes, shape: output.map((l) => sizes.get(l)!) };
}

/** numpy's implicit output: the ellipsis dims, then the labels used once, in alphabetical order. */
function implicit(operands: string[][]): string[] {
  const all = operands.flat();
  const dots = [...new Set(all.filter((l) => l.startsWith('.')))].sort(
    (a, b) => Number(a.slice(1)) - Number(b.slice(1)),
  );
  const once = [...new Set(all)].filter(
    (l) => !l.startsWith('.') && all.indexOf(l) === all.lastIndexOf(l),
  );
  return [...dots, ...once.sort()];
}

/** Multiply-accumulates and plain adds of an einsum, by the convention stated in matmul.ts. */
export function einsumCost(plan: EinsumPlan): { macs: number; adds: number } {
  const size = (labels: Iterable<string>) => numel([...labels].map((l) => plan.sizes.get(l)!));
  const ops = plan.operands;
  if (ops.length === 1) return { macs: 0, adds: size(new Set(ops[0])) - size(plan.output) };
  let current = new Set(ops[0]);
  let macs = 0;
  for (let k = 1; k < ops.length; k++) {
    const step = new Set([...current, ...ops[k]]);
    macs += size(step);
    const needed = new Set([...plan.output, ...ops.slice(k + 1).flat()]);
    current = new Set([...step].filter((l) => needed.has(l)));
  }
  return { macs, adds: 0 };
}
