/**
 * Costs every inferred node with its op rule: arithmetic from the rule, memory traffic from the
 * tensors it reads and writes. Subgraphs are costed in place: Loop and Scan bodies times their
 * repeat count, If as its more expensive branch.
 */
import type { InferredGraph, NodeRecord } from '../shapes/infer.ts';
import type { Value } from '../ops/types.ts';
import { tensorBytes } from '../ops/util.ts';
import type { Counters } from './types.ts';

export interface CostedNode {
  record: NodeRecord;
  /** Path of the node: its name, prefixed by the names of enclosing control-flow nodes. */
  name: string;
  /** Costs for all runs of the node (already multiplied by `repeat`). */
  cost: Counters;
  repeat: number;
  /** Set when the node's arithmetic is unknown: 'uncounted' (no rule) or why shapes are missing. */
  problem?: { kind: 'uncounted' | 'unresolved'; reason: string };
  /** Set when only the memory traffic is unknown. */
  bytesUnknown?: boolean;
  /** A node of an If branch that was not the one costed, kept only for its problem. */
  notCosted?: boolean;
}

export const zero = (): Counters => ({
  macs: 0,
  flops: 0,
  transcendentals: 0,
  intOps: 0,
  bytesAccessed: 0,
});

export function addInto(into: Counters, c: Counters, times = 1): void {
  into.macs += c.macs * times;
  into.flops += c.flops * times;
  into.transcendentals += c.transcendentals * times;
  into.intOps += c.intOps * times;
  into.bytesAccessed += c.bytesAccessed * times;
}

/** Costs of every node reachable in `g` (subgraph nodes included), in execution order. */
export function costGraph(g: InferredGraph, repeat = 1, prefix = ''): CostedNode[] {
  const out: CostedNode[] = [];
  for (const record of g.records) costNode(record, repeat, prefix, out);
  return out;
}

function costNode(record: NodeRecord, repeat: number, prefix: string, out: CostedNode[]): void {
  const { node, rule, ctx } = record;
  const name = prefix + (node.name || `${node.opType}`);
  const costed: CostedNode = { record, name, cost: zero(), repeat };
  out.push(costed);

  const bytes = !rule
    ? defaultBytes(record)
    : rule.bytes === 'view'
      ? 0
      : rule.bytes
        ? safe(() => (rule.bytes as (c: typeof ctx, o: Value[]) => number)(ctx, record.outputs))
        : defaultBytes(record);
  if (Number.isNaN(bytes)) costed.bytesUnknown = true;
  else costed.cost.bytesAccessed = bytes * repeat;

  if (!rule) {
    costed.problem = {
      kind: 'uncounted',
      reason: `no cost rule for ${node.domain ? node.domain + '/' : ''}${node.opType}`,
    };
  } else if (record.error) {
    costed.problem = { kind: 'unresolved', reason: record.error };
  } else if (rule.cost) {
    let c;
    try {
      c = rule.cost(ctx, record.outputs);
    } catch (e) {
      costed.problem = { kind: 'unresolved', reason: (e as Error).message };
    }
    if (c) {
      const parts = [c.macs ?? 0, c.flops ?? 0, c.transcendentals ?? 0, c.intOps ?? 0];
      if (parts.some(Number.isNaN)) {
        costed.problem = {
          kind: 'unresolved',
          reason: `a dim depends on the data (${describeShapes(record)})`,
        };
      } else {
        costed.cost.macs = parts[0] * repeat;
        costed.cost.flops = parts[1] * repeat;
        costed.cost.transcendentals = parts[2] * repeat;
        costed.cost.intOps = parts[3] * repeat;
      }
    }
  }

  // A flagged node is counted, but its cost is approximate: it is listed and marks the totals.
  if (ctx.flags.length > 0) costed.problem ??= { kind: 'unresolved', reason: ctx.flags.join('; ') };

  if (record.subgraphs.length === 0) return;
  const fixed = record.subgraphs.filter((s) => !s.alternative);
  for (const s of fixed) {
    out.push(...costGraph(s.graph, repeat * (s.repeat ?? 1), `${name}/${s.attr}/`));
  }
  const alternatives = record.subgraphs.filter((s) => s.alternative);
  if (alternatives.length > 0) {
    const costedAlternatives = alternatives.map((s) =>
      costGraph(s.graph, repeat, `${name}/${s.attr}/`),
    );
    const weight = (nodes: CostedNode[]) =>
      nodes.reduce((w, n) => w + n.cost.flops + n.cost.intOps, 0);
    let best = costedAlternatives[0];
    for (const alt of costedAlternatives) if (weight(alt) > weight(best)) best = alt;
    out.push(...best);
    // What could not be counted in the other branches still matters: any of them might be the
    // expensive one. Their problem nodes are listed at zero cost, marked as not costed.
    for (const alt of costedAlternatives) {
      if (alt === best) continue;
      for (const n of alt) {
        if (n.problem || n.bytesUnknown) out.push({ ...n, cost: zero(), notCosted: true });
      }
    }
  }
}

function defaultBytes(record: NodeRecord): number {
  let total = 0;
  for (const v of record.inputs) total += tensorBytes(v);
  for (const v of record.outputs) total += tensorBytes(v);
  return total;
}

function safe(f: () => number): number {
  try {
    return f();
  } catch {
    return NaN;
  }
}

function describeShapes(record: NodeRecord): string {
  const fmt = (v: Value | undefined) => (v?.shape ? `[${v.shape.join(', ')}]` : '[?]');
  return `inputs ${record.inputs.map(fmt).join(', ')}`;
}
