/** Plain terminal tables (cli-table3 with light borders); cells are plain strings. */
import Table from 'cli-table3';

const plain = { head: [], border: [] };

export function table(head: string[], align: ('left' | 'right')[]): Table.Table {
  return new Table({
    head,
    colAligns: align,
    style: plain,
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
}
