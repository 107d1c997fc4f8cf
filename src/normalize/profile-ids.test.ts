/** Profiles found by the integer ids of what a row's cells mean (ProfileIds), on made-up columns and tokens. */
import { describe, expect, it, vi } from 'vitest';
import type { ColumnInfo } from '../detect/layout.js';
import type { Cell, RawRow } from '../read/types.js';
import type { Profile } from './levels.js';
import { ProfileIds } from './profile-ids.js';

const column = (index: number): ColumnInfo => ({
  index,
  texts: [`C${index}`],
  header: `C${index}`,
  use: { kind: 'field', role: 'gender', confidence: 1 },
});

/** Gender in column 0 (any case of "nam"/"nữ" is one level), a free text in 1, party dates in 2. */
function ids(context = () => '') {
  const profile = vi.fn((row: RawRow): Profile => ({
    levels: {} as Profile['levels'],
    unknown: [],
    warnings: [row.n.toString()],
  }));
  const token = vi.fn((_c: ColumnInfo, cell: Cell | undefined) =>
    typeof cell === 'string' ? cell.toLowerCase() : String(cell),
  );
  const source = {
    columns: [column(0), column(1)],
    birthColumns: [],
    partyColumns: [column(2)],
    context,
    token,
    party: (cell: Cell | undefined) => (cell ? 'D' : '-'),
    profile,
  };
  return { found: new ProfileIds(source), profile, token };
}

const row = (n: number, ...cells: Cell[]): RawRow => ({ n, cells });

describe('profiles by integer ids', () => {
  it('are shared by rows whose cells mean the same (two spellings of one level), computed once', () => {
    const { found, profile } = ids();
    const a = found.find(row(2, 'Nam', 'x', '01/01/2000'));
    const b = found.find(row(3, 'NAM', 'X', '02/02/2001'));
    expect([a === b, profile.mock.calls.length]).toEqual([true, 1]);
  });

  it('differ when one cell means something else', () => {
    const { found } = ids();
    const a = found.find(row(2, 'Nam', 'x', '01/01/2000'));
    const b = found.find(row(3, 'Nam', 'x', null));
    expect(a === b).toBe(false);
  });

  it('look a distinct cell text up once in its column, however many rows repeat it', () => {
    const { found, token } = ids();
    for (let n = 2; n < 102; n++) found.find(row(n, 'Nam', 'x', null));
    expect(token.mock.calls.length).toBe(2);
  });

  it('keep apart the staff type a section row carries down', () => {
    let context = '';
    const { found } = ids(() => context);
    const a = found.find(row(2, 'Nam', 'x', null));
    context = 'canBo';
    const b = found.find(row(3, 'Nam', 'x', null));
    expect(a === b).toBe(false);
  });

  it('find every one of thousands of profiles again after the table has grown', () => {
    const { found, profile } = ids();
    const first = Array.from({ length: 5000 }, (_, i) => found.find(row(i, 'Nam', `t${i}`, null)));
    const again = Array.from({ length: 5000 }, (_, i) => found.find(row(i, 'nam', `T${i}`, null)));
    expect([profile.mock.calls.length, again.every((p, i) => p === first[i])]).toEqual([5000, true]);
  });
});
