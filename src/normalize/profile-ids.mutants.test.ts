/**
 * ProfileIds at its limits, one fact each on made-up columns: birth dates under "Nam | Nữ", the number of
 * meanings and of cell texts a column keeps ids of, and the number of profiles kept.
 */
import { describe, expect, it } from 'vitest';
import type { ColumnInfo } from '../detect/layout.js';
import type { Cell, RawRow } from '../read/types.js';
import { MEMO_SIZE } from './cells.js';
import type { Profile } from './levels.js';
import { ProfileIds } from './profile-ids.js';

const column = (index: number): ColumnInfo => ({
  index,
  texts: [`C${index}`],
  header: `C${index}`,
  use: { kind: 'field', role: 'gender', confidence: 1 },
});

/** A category column 0 (its token: the text in lower case), birth dates in 1 (Nam) and 2 (Nữ); calls counted. */
function ids(birthColumns = [column(1), column(2)], partyColumns: ColumnInfo[] = []) {
  const calls = { profile: 0, token: 0 };
  const found = new ProfileIds({
    columns: [column(0)],
    birthColumns,
    partyColumns,
    context: () => '',
    token: (_c, cell) => (calls.token++, typeof cell === 'string' ? cell.toLowerCase() : String(cell)),
    party: (cell) => (cell ? 'D' : '-'),
    profile: (r): Profile => (calls.profile++, { levels: {} as Profile['levels'], unknown: [], warnings: [`${r.n}`] }),
  });
  return { found, calls };
}

const row = (n: number, ...cells: Cell[]): RawRow => ({ n, cells });

describe('ProfileIds: birth dates under "Nam | Nữ"', () => {
  it('rows with a birth date under Nam and under Nữ have two profiles', () => {
    const { found } = ids();
    const man = found.find(row(2, 'x', '01/01/1980', null));
    const woman = found.find(row(3, 'x', null, '01/01/1980'));
    expect(man === woman).toBe(false);
  });

  it('rows with two different birth dates under Nam share one profile', () => {
    const { found } = ids();
    const a = found.find(row(2, 'x', '01/01/1980', null));
    const b = found.find(row(3, 'x', '05/06/1991', null));
    expect(a === b).toBe(true);
  });
});

describe('ProfileIds: birth dates under Nam alone, two party columns', () => {
  it('with one birth-date column, a row with a date and one without have two profiles', () => {
    const { found } = ids([column(1)]);
    const a = found.find(row(2, 'x', '01/01/1980'));
    const b = found.find(row(3, 'x', null));
    expect(a === b).toBe(false);
  });

  it('with two party columns ("Dự bị | Chính thức"), rows of one party state but two levels have two profiles', () => {
    const { found } = ids([], [column(1), column(2)]);
    const a = found.find(row(2, 'Nam', null, 'x'));
    const b = found.find(row(3, 'Nữ', null, 'x'));
    expect(a === b).toBe(false);
  });
});

describe('ProfileIds: how many meanings a column keeps ids of', () => {
  it('a column with 100,000 meanings still finds a profile for each', () => {
    const { found } = ids();
    let missing = 0;
    for (let i = 0; i < 100_000; i++) if (found.find(row(i, `t${i}`)) === undefined) missing++;
    expect(missing).toBe(0);
  });

  it('a column past 100,000 meanings leaves the next new one to the string key (undefined)', () => {
    const { found } = ids();
    for (let i = 0; i < 100_000; i++) found.find(row(i, `t${i}`));
    expect(found.find(row(100_000, 'one more'))).toBeUndefined();
  });
});

describe('ProfileIds: how many cell texts a column remembers', () => {
  it(`a column that remembers ${MEMO_SIZE} texts works out the token of a new one each time it is met`, () => {
    const { found, calls } = ids();
    for (let i = 0; i < MEMO_SIZE; i++) found.find(row(i, `t${i}`));
    const before = calls.token;
    found.find(row(1, 'new'));
    found.find(row(2, 'new'));
    expect(calls.token - before).toBe(2);
  });

  it(`a column that remembers ${MEMO_SIZE - 1} texts remembers one more`, () => {
    const { found, calls } = ids();
    for (let i = 0; i < MEMO_SIZE - 1; i++) found.find(row(i, `t${i}`));
    const before = calls.token;
    found.find(row(1, 'new'));
    found.find(row(2, 'new'));
    expect(calls.token - before).toBe(1);
  });
});

describe('ProfileIds: how many profiles are kept', () => {
  it('the 50,000th profile is kept: met again, it is not worked out again', () => {
    const { found, calls } = ids();
    for (let i = 0; i < 50_000; i++) found.find(row(i, `t${i}`));
    found.find(row(1, 't49999'));
    expect(calls.profile).toBe(50_000);
  });

  it('a profile past 50,000 is not kept: met twice, it is worked out twice', () => {
    const { found, calls } = ids();
    for (let i = 0; i < 50_000; i++) found.find(row(i, `t${i}`));
    found.find(row(1, 'new'));
    found.find(row(2, 'NEW'));
    expect(calls.profile).toBe(50_002);
  });
});
