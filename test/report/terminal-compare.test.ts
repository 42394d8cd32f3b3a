/** The comparison on a terminal: the same text with or without color; untrusted names cleaned. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Comparison, StaticDelta } from '../../src/compare/types.ts';
import { renderComparisonTerminal } from '../../src/report/terminal-compare.ts';

const flops: StaticDelta = {
  indicator: 'flops',
  label: 'FLOPs',
  unit: 'FLOPs',
  base: 4e9,
  head: 3e9,
  delta: -1e9,
  relative: -0.25,
  verdict: 'better',
  incomplete: false,
};

function comparison(id: string): Comparison {
  return {
    schema: 'misnomer/comparison@1',
    tool: { name: 'misnomer', version: '0.1.0' },
    base: { label: 'base' },
    head: { label: 'head' },
    headline: '⚠ 1 contradiction · FLOPs −25%',
    gates: [
      { gate: 'flops', limit: '+0%', model: id, tripped: true, reason: 'FLOPs is what it is' },
    ],
    models: [
      {
        id,
        status: 'compared',
        static: [flops],
        runtime: [],
        runtimeMode: 'none',
        opTypes: [],
        notes: [],
        contradictions: [
          {
            rule: 'r',
            title: 'FLOPs −25% but bytes accessed +10%',
            evidence: 'Conv moved.',
            changes: [],
          },
        ],
      },
    ],
  };
}

test('color only when asked; otherwise the same text', () => {
  const plain = renderComparisonTerminal(comparison('m'));
  const colored = renderComparisonTerminal(comparison('m'), { color: true });
  assert.ok(!plain.includes('\u001b['));
  assert.ok(colored.includes('\u001b[31m'), 'a tripped gate is red');
  // Removing the color codes gives back the plain text.
  assert.equal(
    colored
      .split(/\[\d+m/)
      .join('')
      .replaceAll('\u001b', ''),
    plain,
  );
  // FLOPs 4 G → 3 G: −25%, shown with a true minus sign.
  assert.match(plain, /FLOPs\s+│\s+4\.00 G\s+│\s+3\.00 G\s+│\s+−25\.0%/);
  assert.ok(plain.includes('⚠ FLOPs −25% but bytes accessed +10%\n  Conv moved.'));
  assert.match(plain, /✗ gate flops \+0% \(m\): FLOPs is what it is/);
});

test('a model name cannot drive the terminal', () => {
  const out = renderComparisonTerminal(comparison('evil\u001b]0;pwned\u0007\u202e'));
  assert.ok(!out.includes('\u001b') && !out.includes('\u0007') && !out.includes('\u202e'));
});

test('run notes under the headline and timed commands in a table of their own', () => {
  const c: Comparison = {
    ...comparison('m'),
    notes: ['The base was built in a worktree.\u001b[31m'],
    commands: [
      {
        name: 'export',
        command: 'python export.py',
        // 100 ms → 150 ms: +50%.
        base: 100,
        head: 150,
        ratio: 1.5,
        ci: [1.4, 1.6],
        rounds: 5,
        verdict: 'worse',
        reason: '',
      },
    ],
  };
  const text = renderComparisonTerminal(c);
  assert.match(
    text,
    /^⚠ 1 contradiction · FLOPs −25%\n\nThe base was built in a worktree\.\?\[31m\n/,
  );
  // ratio 1.5 with CI [1.4, 1.6]: +50.0% (+40.0 to +60.0%).
  assert.match(
    text,
    /│ export +│ +100 ms │ +150 ms │ +\+50\.0% \(\+40\.0 to \+60\.0%\) │ worse +│/,
  );
});
