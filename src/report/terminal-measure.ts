/**
 * Terminal output of `misnomer measure` (every runtime indicator of each model, per-op time
 * beside per-op FLOPs) and of the runtime part of `misnomer compare` (base, head, the change with
 * its confidence interval, verdict). Pure: takes documents, returns text.
 */
import type { RuntimeDelta } from '../compare/runtime.ts';
import { outsideKernelsDetail } from '../measure/bubble.ts';
import type { Measurement, ModelMeasurement, Samples } from '../measure/types.ts';
import { clean } from '../text.ts';
import { bytes, percent, quantity, ratioChange, si, sig3 } from '../format.ts';
import { rooflineSentence } from './roofline.ts';
import { table } from './table.ts';

/** A time for humans: 1.23 s, 45.6 ms, 4.38 ms, 87 µs. */
export function ms(x: number | null | undefined): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '—';
  if (x >= 1000) return `${(x / 1000).toFixed(2)} s`;
  if (x >= 100) return `${x.toFixed(0)} ms`;
  if (x >= 10) return `${x.toFixed(1)} ms`;
  if (x >= 0.1) return `${x.toFixed(2)} ms`;
  return `${(x * 1000).toFixed(x >= 0.01 ? 0 : 1)} µs`;
}

const spread = (s: Samples) =>
  `p90 ${ms(s.summary.p90)} · p99 ${ms(s.summary.p99)} · mean ${ms(s.summary.mean)} ± ${ms(s.summary.std)} · min ${ms(s.summary.min)} · CV ${(100 * s.summary.cv).toFixed(1)}% · n ${s.summary.count}`;

export function renderMeasurement(m: Measurement): string {
  const out: string[] = [];
  for (const model of m.models) out.push(renderModel(model), '');
  for (const c of m.commands ?? []) {
    out.push(
      c.status === 'ok'
        ? `command ${clean(c.name)}: median ${ms(c.wallClock!.summary.p50)} (${spread(c.wallClock!)})`
        : `command ${clean(c.name)}: ${c.status}: ${clean(c.error ?? '')}`,
    );
  }
  out.push(renderSetup(m));
  if (m.roofline) out.push(rooflineSentence(m.roofline));
  else if (m.rooflineError) out.push(clean(m.rooflineError));
  return out.join('\n').trimEnd() + '\n';
}

function renderModel(m: ModelMeasurement): string {
  const head = `${clean(m.id)}  ${clean(m.path)}`;
  if (m.status !== 'ok' && !m.latency) return `${head}\n  ${m.status}: ${clean(m.error ?? '')}`;
  const t = table(['indicator', 'value', 'detail'], ['left', 'right', 'left']);
  if (m.latency)
    t.push([
      `latency p50 (batch ${m.latency.batch})`,
      ms(m.latency.summary.p50),
      spread(m.latency),
    ]);
  for (const x of m.throughput ?? []) {
    const tokens = x.tokensPerSecond ? ` · ${si(x.tokensPerSecond)} tokens/s` : '';
    t.push([
      `throughput (batch ${x.batch})`,
      `${si(x.examplesPerSecond)} examples/s`,
      `p50 ${ms(x.latency.summary.p50)} per run${tokens}`,
    ]);
  }
  if (m.coldStart)
    t.push([
      'cold start',
      ms(m.coldStart.summary.p50),
      `session creation, median of ${m.coldStart.summary.count} fresh processes`,
    ]);
  if (m.firstRun)
    t.push(['first run', ms(m.firstRun.summary.p50), 'first inference after load, same processes']);
  if (m.peakRss)
    t.push([
      'peak memory',
      bytes(m.peakRss.bytes),
      'peak RSS above the same process without the model',
    ]);
  const outside = m.opProfile?.outsideKernels;
  if (outside) t.push(['time outside kernels', ms(outside.ms), outsideKernelsDetail(outside, ms)]);
  if (m.achievedFlopsPerSecond)
    t.push(['achieved', `${si(m.achievedFlopsPerSecond)}FLOP/s`, 'static FLOPs / p50 latency']);
  const lines = [head, t.toString()];
  if (m.opProfile) lines.push(renderOps(m));
  if (m.error) lines.push(`note: ${clean(m.error)}`);
  return lines.join('\n');
}

function renderOps(m: ModelMeasurement): string {
  const p = m.opProfile!;
  const placed = Object.values(p.byOpType).some((x) => x.bound);
  const t = table(
    [
      ...['op type (as run)', 'time', '% time', '% FLOPs', '% bytes', 'FLOP/s', 'calls'],
      ...(placed ? ['FLOP/B', 'bound', '% roof'] : []),
    ],
    ['left', ...Array<'right'>(placed ? 9 : 6).fill('right')],
  );
  const share = (x: number | undefined) => (x === undefined ? '—' : percent(x, 1));
  for (const [op, x] of Object.entries(p.byOpType).sort((a, b) => b[1].ms - a[1].ms)) {
    t.push([
      clean(op),
      ms(x.ms),
      share(x.share),
      share(x.flopsShare),
      share(x.bytesShare),
      x.achievedFlopsPerSecond ? si(x.achievedFlopsPerSecond) : '—',
      String(x.calls),
      ...(placed
        ? [
            x.flopsPerByte === undefined ? '—' : sig3(x.flopsPerByte),
            x.bound ?? '—',
            share(x.rooflineShare),
          ]
        : []),
    ]);
  }
  return [t.toString(), ...p.notes.map((n) => `  ${clean(n)}`)].join('\n');
}

function renderSetup(m: Measurement): string {
  const s = m.settings;
  const f = m.fingerprint;
  return (
    `settings: ${s.provider}, ${s.intraOpThreads} intra-op / ${s.interOpThreads} inter-op threads, ` +
    `optimization ${s.graphOptimizationLevel}, budget ${(s.budgetMs / 1000).toFixed(0)} s, seed ${s.seed}\n` +
    `machine: ${clean(f.cpu.model)} (${f.cpu.logicalCores} cores), ${bytes(f.memoryBytes)}, ${clean(f.os.distro ?? f.os.platform)}, ` +
    `Node ${f.node}, onnxruntime-node ${f.onnxruntime}`
  );
}

const VERDICT_MARK: Record<string, string> = {
  better: '✓ better',
  worse: '✗ worse',
  unchanged: '= unchanged',
  changed: '↕ changed',
  inconclusive: '? inconclusive',
  'not-tested': '· reported',
  'not-comparable': '≠ not comparable',
};

/** The runtime comparison table; `why` adds each verdict's reason below the table. */
export function renderRuntimeComparison(
  deltas: RuntimeDelta[],
  labels: { base: string; head: string },
  why = true,
): string {
  const t = table(
    ['indicator', clean(labels.base), clean(labels.head), 'change (99% CI)', 'verdict'],
    ['left', 'right', 'right', 'right', 'left'],
  );
  for (const d of deltas)
    t.push([
      d.label,
      quantity(d.base, d.unit),
      quantity(d.head, d.unit),
      d.ratio === null ? '—' : ratioChange(d.ratio, d.ci),
      VERDICT_MARK[d.verdict] ?? d.verdict,
    ]);
  const lines = [t.toString()];
  if (why) for (const d of deltas) lines.push(`  ${d.label}: ${clean(d.reason)}`);
  return lines.join('\n') + '\n';
}
