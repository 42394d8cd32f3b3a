/**
 * Contradictions ("misnomers"): pairs of cost indicators of one model whose changes point in
 * opposite directions, or where one moves and the other does not (docs/comparing.md#contradictions,
 * "Contradictions"). Each side must be beyond its own noise threshold:
 *
 * - a static indicator (exact) is up when relative >= staticThreshold, down when relative <=
 *   −staticThreshold, and unchanged when |relative| < staticThreshold. A total marked incomplete
 *   (uncounted ops on either side) never counts as unchanged: what was not counted may have
 *   moved. A missing total or one with no relative change (base 0) counts as nothing.
 * - a runtime indicator counts only with a verdict of 'better' or 'worse' (significant and
 *   beyond the measurement threshold), or 'unchanged' where a rule asks for "unchanged" (the CI
 *   lies within the threshold: shown, not merely not shown to differ). 'inconclusive',
 *   'not-tested' and 'not-comparable' count as nothing.
 * - "slower" is latency p50 'worse' or throughput 'worse' at any batch size; "faster" is latency
 *   p50 'better' or throughput 'better' at any batch size.
 * - tail percentiles are never tested, so the p99 side of p50-down-p99-up uses its ratio: it
 *   counts when head/base >= 1 + 2 × runtimeThreshold (twice the threshold, because a
 *   percentile from a few hundred samples moves by more than the median by chance).
 *
 * Each rule fires at most once per model; `changes` lists every indicator that made it fire,
 * the two in the title first.
 */
import { DEFAULT_VERDICT_OPTIONS } from './ab.ts';
import { percentChange } from '../format.ts';
import { findIndicator, labelOf } from '../indicators.ts';
import { evidence, type EvidencePart } from './evidence.ts';
import type { Contradiction, ModelComparison } from './types.ts';

export interface ContradictionOptions {
  /** The relative change that counts for a static indicator (0.05 = 5%). */
  staticThreshold: number;
  /** The runtime verdicts' threshold T; used only for the untested p99 (2 × T). */
  runtimeThreshold: number;
}

export const DEFAULT_CONTRADICTION_OPTIONS: ContradictionOptions = {
  staticThreshold: 0.05,
  runtimeThreshold: DEFAULT_VERDICT_OPTIONS.threshold,
};

type Input = Omit<ModelComparison, 'contradictions'>;

/** One indicator's change as a rule sees it. `flat`: it counts because it did not move. */
export interface Move {
  indicator: string;
  name: string;
  relative: number;
  flat?: boolean;
}

interface Rule {
  id: string;
  description: string;
  /** The moves that make it fire, the title's two first; null when it does not fire. */
  fire: (v: View) => Move[] | null;
  /** What the evidence sentences lead with. */
  focus: EvidencePart[];
}

const RUN_FOCUS: EvidencePart[] = ['nodes', 'flops', 'outside', 'time', 'achieved', 'bound'];

const RULES: Rule[] = [
  {
    id: 'flops-down-latency-up',
    description:
      'FLOPs down by the static threshold or more, but slower: latency p50 worse, or throughput worse at any batch size (depthwise convolutions, fragmentation into many small ops).',
    fire: (v) => both(v.down('flops'), v.slower()),
    focus: RUN_FOCUS,
  },
  {
    id: 'flops-down-outside-kernels-up',
    description:
      'FLOPs down by the static threshold or more and latency p50 not better, with time outside kernels worse: fragmentation, the work split into more, smaller kernels whose launches and the time between them eat what the arithmetic saved. Not raised when latency p50 is worse (the first rule says it, with the time outside kernels in its evidence) or better (the saving showed).',
    fire: (v) =>
      v.runtime('latency.p50', 'better') || v.runtime('latency.p50', 'worse')
        ? null
        : both(v.down('flops'), some(v.runtime('outsideKernels', 'worse'))),
    focus: ['nodes', 'outside', 'time'],
  },
  {
    id: 'flops-up-latency-down',
    description:
      "FLOPs up by the static threshold or more, but faster: latency p50 better, or throughput better at any batch size (fused blocks, EfficientNetV2's fused-MBConv).",
    fire: (v) => both(v.up('flops'), v.faster()),
    focus: RUN_FOCUS,
  },
  {
    id: 'params-down-cost-not-down',
    description:
      'params down by the static threshold or more, but at least one of: slower (as above); FLOPs up by the threshold or more; FLOPs unchanged (|relative| below the threshold, complete count); latency p50 verdict unchanged (weight sharing, as in ALBERT).',
    fire: (v) =>
      both(v.down('params'), [
        ...v.slower(),
        ...some(v.up('flops')),
        ...some(v.flat('flops')),
        ...some(v.runtime('latency.p50', 'unchanged')),
      ]),
    focus: ['flops', 'nodes', 'time', 'achieved'],
  },
  {
    id: 'params-up-flops-unchanged',
    description:
      'params up by the static threshold or more, FLOPs unchanged (|relative| below the threshold, complete count): mixture of experts, larger embeddings.',
    fire: (v) => both(v.up('params'), some(v.flat('flops'))),
    focus: ['flops', 'nodes', 'bytes'],
  },
  {
    id: 'flops-down-bytes-up',
    description:
      'FLOPs down and bytes accessed up, each by the static threshold or more: a memory-bound rewrite (ShuffleNet V2 guidelines 1, 2, 4).',
    fire: (v) => both(v.down('flops'), some(v.up('bytesAccessed'))),
    focus: ['bytes', 'nodes', 'flops', 'time', 'achieved', 'bound'],
  },
  {
    id: 'weight-bytes-down-latency-up',
    description:
      "weight bytes down by the static threshold or more (quantization), but slower (as above): integer kernels the runner's CPU does not accelerate.",
    fire: (v) => both(v.down('weightBytes'), v.slower()),
    focus: ['time', 'outside', 'achieved', 'nodes', 'flops'],
  },
  {
    id: 'params-down-memory-up',
    description:
      'params down by the static threshold or more, but peak memory up: peak RSS verdict worse, or peak activation bytes up by the threshold or more (larger activations).',
    fire: (v) =>
      both(v.down('params'), [
        ...some(v.runtime('peakRss', 'worse')),
        ...some(v.up('peakActivationBytes')),
      ]),
    focus: ['activations', 'bytes', 'nodes'],
  },
  {
    id: 'latency-down-throughput-down',
    description:
      'latency p50 better, but throughput worse at some batch size: batching behaviour changed.',
    fire: (v) => both(v.runtime('latency.p50', 'better'), v.throughput('worse')),
    focus: ['time', 'achieved', 'nodes'],
  },
  {
    id: 'p50-down-p99-up',
    description:
      'latency p50 better, but the p99 ratio head/base at or above 1 + 2 × the runtime threshold (tails are reported, not tested): tail latency got worse.',
    fire: (v) => both(v.runtime('latency.p50', 'better'), v.p99Up()),
    focus: ['time', 'nodes', 'achieved'],
  },
];

/** The rules, for the docs: id and what makes it fire. */
export const contradictionRules: { id: string; description: string }[] = RULES.map(
  ({ id, description }) => ({ id, description }),
);

/** Every contradiction of one compared model, in rule order. */
export function findContradictions(
  m: Input,
  options: Partial<ContradictionOptions> = {},
): Contradiction[] {
  if (m.status !== 'compared') return [];
  const v = new View(m, { ...DEFAULT_CONTRADICTION_OPTIONS, ...options });
  const out: Contradiction[] = [];
  for (const rule of RULES) {
    const moves = rule.fire(v);
    if (!moves) continue;
    out.push({
      rule: rule.id,
      title: title(moves[0], moves[1]),
      evidence: evidence(m, rule.focus),
      changes: moves.map(({ indicator, relative }) => ({ indicator, relative })),
    });
  }
  return out;
}

/** "FLOPs −34% but latency +12%"; "params −40% but FLOPs unchanged (+0.3%)". */
export function title(a: Move, b: Move): string {
  const right = b.flat
    ? `${b.name} unchanged${b.relative === 0 ? '' : ` (${percentChange(b.relative)})`}`
    : `${b.name} ${percentChange(b.relative)}`;
  return `${a.name} ${percentChange(a.relative)} but ${right}`;
}

const both = (lead: Move | null, partners: Move[]): Move[] | null =>
  lead && partners.length ? [lead, ...partners] : null;

const some = (m: Move | null): Move[] => (m ? [m] : []);

/** The catalogue's label; a key without a row (a forged or future one) as it is. */
function name(indicator: string): string {
  return findIndicator(indicator) ? labelOf(indicator) : indicator;
}

/** One model's deltas, read with the thresholds. */
class View {
  constructor(
    private readonly m: Input,
    private readonly o: ContradictionOptions,
  ) {}

  private staticRelative(indicator: string) {
    const d = this.m.static.find((x) => x.indicator === indicator);
    return d && d.relative !== null && Number.isFinite(d.relative) ? d : null;
  }

  private move(indicator: string, relative: number, flat = false): Move {
    return { indicator, name: name(indicator), relative, ...(flat ? { flat } : {}) };
  }

  up(indicator: string): Move | null {
    const d = this.staticRelative(indicator);
    return d && d.relative! >= this.o.staticThreshold ? this.move(indicator, d.relative!) : null;
  }

  down(indicator: string): Move | null {
    const d = this.staticRelative(indicator);
    return d && d.relative! <= -this.o.staticThreshold ? this.move(indicator, d.relative!) : null;
  }

  flat(indicator: string): Move | null {
    const d = this.staticRelative(indicator);
    return d && !d.incomplete && Math.abs(d.relative!) < this.o.staticThreshold
      ? this.move(indicator, d.relative!, true)
      : null;
  }

  runtime(indicator: string, verdict: 'better' | 'worse' | 'unchanged'): Move | null {
    const d = this.m.runtime.find((x) => x.indicator === indicator);
    if (!d || d.verdict !== verdict || d.ratio === null) return null;
    return this.move(indicator, d.ratio - 1, verdict === 'unchanged');
  }

  /** Throughput at every batch size with this verdict: the largest change first, then by batch. */
  throughput(verdict: 'better' | 'worse'): Move[] {
    const batch = (i: string) => Number(i.slice('throughput.b'.length));
    return this.m.runtime
      .filter((d) => /^throughput\.b\d+$/.test(d.indicator))
      .map((d) => this.runtime(d.indicator, verdict))
      .filter((x): x is Move => x !== null)
      .sort(
        (a, b) =>
          Math.abs(b.relative) - Math.abs(a.relative) || batch(a.indicator) - batch(b.indicator),
      );
  }

  slower(): Move[] {
    return [...some(this.runtime('latency.p50', 'worse')), ...this.throughput('worse')];
  }

  faster(): Move[] {
    return [...some(this.runtime('latency.p50', 'better')), ...this.throughput('better')];
  }

  /** The untested p99, by its ratio alone (see the file comment for why 2 × T). */
  p99Up(): Move[] {
    const d = this.m.runtime.find((x) => x.indicator === 'latency.p99');
    if (!d || d.ratio === null || d.verdict === 'not-comparable') return [];
    return d.ratio >= 1 + 2 * this.o.runtimeThreshold
      ? [this.move('latency.p99', d.ratio - 1)]
      : [];
  }
}

/** Contradictions that share their right side, as one line: what a report shows. */
export interface ContradictionLine {
  /** "FLOPs, params and weight bytes −98.4% but latency p50 +51.0%" */
  title: string;
  /** The evidence once: each distinct clause of the merged contradictions, in order. */
  evidence: string;
  /** The rules merged into this line, in rule order. */
  rules: string[];
}

/**
 * Merges the contradictions of one model whose titles share their right side ("... but latency
 * p50 +51.0%"), so one symptom is one line with one evidence: "FLOPs, params and weight bytes
 * −98.4% but latency p50 +51.0%". The left sides are listed in order, with one shared change
 * when they all read the same. Pure text work on the titles (which may come from an artifact:
 * the renderers escape the result); a title without " but " stays a line of its own.
 */
export function contradictionLines(list: readonly Contradiction[]): ContradictionLine[] {
  const groups = new Map<
    string,
    { lefts: string[]; evidence: string[]; clauses: Set<string>; rules: string[] }
  >();
  const order: string[] = [];
  for (const [i, x] of list.entries()) {
    const at = x.title.indexOf(' but ');
    const key = at < 0 ? `\u0000${i}` : x.title.slice(at + ' but '.length);
    let g = groups.get(key);
    if (!g) {
      g = { lefts: [], evidence: [], clauses: new Set(), rules: [] };
      groups.set(key, g);
      order.push(key);
    }
    const left = at < 0 ? x.title : x.title.slice(0, at);
    if (!g.lefts.includes(left)) g.lefts.push(left);
    for (const sentence of sentencesOf(x.evidence)) {
      const all = clausesOf(sentence);
      const fresh = all.filter((c) => !g.clauses.has(c.toLowerCase()));
      for (const c of fresh) g.clauses.add(c.toLowerCase());
      if (fresh.length === all.length) g.evidence.push(sentence);
      else if (fresh.length > 0) g.evidence.push(asSentence(fresh));
    }
    g.rules.push(x.rule);
  }
  return order.map((key) => {
    const g = groups.get(key)!;
    const left = mergeLefts(g.lefts);
    return {
      title: key.startsWith('\u0000') ? left : `${left} but ${key}`,
      evidence: g.evidence.join(' '),
      rules: g.rules,
    };
  });
}

/** The sentences of an evidence text (each ends with a full stop and a space or the end). */
function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=\.)\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The clauses of a sentence (joined by "; "), without its full stop. */
function clausesOf(sentence: string): string[] {
  return sentence
    .replace(/\.$/, '')
    .split('; ')
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/** Clauses back into a sentence: the first letter capitalized, a full stop at the end. */
function asSentence(clauses: string[]): string {
  const text = clauses.join('; ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** ["FLOPs −98.4%", "params −98.4%"] -> "FLOPs and params −98.4%"; different changes each kept. */
function mergeLefts(lefts: string[]): string {
  if (lefts.length === 1) return lefts[0];
  const split = lefts.map((l) => {
    const space = l.lastIndexOf(' ');
    return space < 0
      ? { name: l, change: '' }
      : { name: l.slice(0, space), change: l.slice(space + 1) };
  });
  const same = split.every((s) => s.change !== '' && s.change === split[0].change);
  return same ? `${listOf(split.map((s) => s.name))} ${split[0].change}` : listOf(lefts);
}

/** "a", "a and b", "a, b and c". */
function listOf(items: string[]): string {
  return items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
