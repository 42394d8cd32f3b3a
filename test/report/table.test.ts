/** Terminal tables: cells padded to their column's display width, alignment per column. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { displayWidth, table } from '../../src/report/table.ts';

test('display width: wide characters take two columns, combining marks none', () => {
  assert.equal(displayWidth('Conv_12'), 7);
  assert.equal(displayWidth('2 × MACs — µs'), 13); // ×, — and µ are narrow (ambiguous as narrow)
  assert.equal(displayWidth('注意力'), 6); // three CJK ideographs, East Asian Wide
  assert.equal(displayWidth('e\u0301'), 1); // e and a combining acute accent
  assert.equal(displayWidth('a👍'), 3); // the emoji is wide
});

test('a table pads each column to its widest cell and aligns it, head row included', () => {
  const t = table(['node', 'FLOPs'], ['left', 'right']);
  t.push(['注意力', '1.2 k'], ['MatMul_0', '7']);
  // Column widths: max(4, 6, 8) = 8 and max(5, 5, 1) = 5; each cell has one space either side.
  assert.equal(
    t.toString(),
    [
      '┌──────────┬───────┐',
      '│ node     │ FLOPs │',
      '│ 注意力   │ 1.2 k │',
      '│ MatMul_0 │     7 │',
      '└──────────┴───────┘',
    ].join('\n'),
  );
});

test('colour escapes take no columns', () => {
  // Red "−25.0%": ESC[31m and ESC[39m around six characters.
  assert.equal(displayWidth('\x1b[31m−25.0%\x1b[39m'), 6);
});
