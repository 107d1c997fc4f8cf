/**
 * The date a table's titles are read at, and the notes on its titles, on layouts and rows made by hand
 * (no file read): one rule per test, the notes' messages compared with the text written out.
 */
import { unsaid } from '../test-support/unsaid.js';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ColumnInfo, ColumnOf, Layout } from '../detect/layout.js';
import type { Cell, RawRow } from '../read/types.js';
import type { ColumnRole } from '../vocab/columns.js';
import type { PostsDate } from './title-notes.js';

// A fresh module for each test: its reader and the list of 2026-only columns are made when it loads, and a
// mutant there must be seen.
let postsDateOf: typeof import('./title-notes.js').postsDateOf;
let TitleNotes: typeof import('./title-notes.js').TitleNotes;
let TitleReader: typeof import('./titles.js').TitleReader;
beforeEach(async () => {
  vi.resetModules();
  ({ postsDateOf, TitleNotes } = await import('./title-notes.js'));
  ({ TitleReader } = await import('./titles.js'));
});

function layout(headers: Array<[string, ColumnRole]>, headerRows = [1]): Layout {
  const columns: ColumnInfo[] = headers.map(([header, role], index) => ({
    index,
    texts: [header],
    header,
    use: { kind: 'field', role, confidence: 1 },
  }));
  const roles = new Map(columns.map((c) => [(c as ColumnOf<'field'>).use.role, c as ColumnOf<'field'>]));
  return { headerRows, columns, roles };
}

const rows = (first: number, ...lines: Cell[][]): RawRow[] => lines.map((cells, i) => ({ n: first + i, cells }));
const NAME_TITLE = layout([
  ['Họ và tên', 'name'],
  ['Chức vụ', 'title'],
]);

describe('the date the titles are read at', () => {
  it('is the one --as-of gives, said to be given', () => {
    expect(postsDateOf('2024-01-01', NAME_TITLE, [])).toEqual({
      date: '2024-01-01',
      because: '--as-of',
      inferred: false,
    });
  });

  it.each([
    ['rank', 'Ngạch'],
    ['jobPosition', 'Vị trí việc làm'],
    ['agency', 'Cơ quan công tác'],
  ] as const)('is the reform date for a table with a column only 2026 exports have (%s: "%s")', (role, header) => {
    const l = layout([
      ['Họ và tên', 'name'],
      [header, role],
    ]);
    expect(postsDateOf(undefined, l, [])).toEqual({
      date: '2025-07-01',
      because: `column "${header}"`,
      inferred: true,
    });
  });

  it('names the rank column first when the table has a rank and an agency column', () => {
    const l = layout([
      ['Cơ quan công tác', 'agency'],
      ['Ngạch', 'rank'],
    ]);
    expect(postsDateOf(undefined, l, []).because).toBe('column "Ngạch"');
  });

  it('is the reform date when a first row names a post of the two-tier commune, with its row', () => {
    const head = rows(2, ['Nguyễn Văn A', 'Chủ tịch UBND'], ['Trần Thị B', 'Trưởng phòng Kinh tế']);
    expect(postsDateOf(undefined, NAME_TITLE, head)).toEqual({
      date: '2025-07-01',
      because: 'title "Trưởng phòng Kinh tế" (row 3)',
      inferred: true,
    });
  });

  it('passes over the header rows: a title in the last header row is not read', () => {
    const l = layout(
      [
        ['Họ và tên', 'name'],
        ['Chức vụ', 'title'],
      ],
      [1, 2],
    );
    expect(postsDateOf(undefined, l, rows(1, ['Họ và tên', 'Chức vụ'], ['', 'Trưởng phòng Kinh tế'])).date).toBe(
      '2025-06-30',
    );
  });

  it('reads the row just below the header', () => {
    const l = layout(
      [
        ['Họ và tên', 'name'],
        ['Chức vụ', 'title'],
      ],
      [1, 2],
    );
    expect(postsDateOf(undefined, l, rows(3, ['Trần Thị B', 'Trưởng phòng Kinh tế'])).date).toBe('2025-07-01');
  });

  it('is the day before the reform when nothing says otherwise, and says so', () => {
    expect(postsDateOf(undefined, NAME_TITLE, rows(2, ['Nguyễn Văn A', 'Chủ tịch UBND']))).toEqual({
      date: '2025-06-30',
      because: 'no post-reform column or title in the first rows',
      inferred: true,
      assumed: true,
    });
  });

  it('is the day before the reform for a table without a title column, whatever its rows say', () => {
    const l = layout([
      ['Họ và tên', 'name'],
      ['Ghi chú', 'hometown'],
    ]);
    expect(postsDateOf(undefined, l, rows(2, ['Trần Thị B', 'Trưởng phòng Kinh tế'])).date).toBe('2025-06-30');
  });
});

const PLACE = { file: 'ds.xlsx', sheet: 'CBCC' };
const AFTER: PostsDate = { date: '2025-07-01', because: '--as-of', inferred: false };
const BEFORE: PostsDate = { date: '2025-06-30', because: '--as-of', inferred: false };
const notes = (date: PostsDate) => new TitleNotes(new TitleReader(date.date), date);

describe('the note on posts whose staff type the law leaves open', () => {
  it('counts the people, names the posts most held first, and gives their rows', () => {
    const n = notes(AFTER);
    n.see('Phó Trưởng Công an xã', 4, true);
    n.see('Trưởng Công an', 9, true);
    n.see('Trưởng Công an xã', 2, true);
    expect(unsaid(n.doubts(PLACE))).toEqual([
      {
        code: 'STAFF_TYPE_UNRESOLVED',
        message:
          '3 people hold posts whose staff type the law leaves open from 1/8/2023 (NĐ 33/2023: the regular police took the commune police posts), counted as unknown: Trưởng Công an xã (2), Phó Trưởng Công an xã (1)',
        file: 'ds.xlsx',
        sheet: 'CBCC',
        rows: [2, 4, 9],
        count: 3,
      },
    ]);
  });

  it('names posts held as often in alphabetical order', () => {
    const n = notes(AFTER);
    n.see('Trưởng Công an xã', 2, true);
    n.see('Phó Trưởng Công an xã', 3, true);
    expect(n.doubts(PLACE)[0]!.message).toMatch(/: Phó Trưởng Công an xã \(1\), Trưởng Công an xã \(1\)$/);
  });

  it('says "after 1/7/2025" when a post left open is no police post', () => {
    const n = notes(AFTER);
    n.see('Chỉ huy trưởng Quân sự', 5, true);
    expect(n.doubts(PLACE)[0]!.message).toBe(
      '1 people hold posts whose staff type the law leaves open after 1/7/2025, counted as unknown: Chỉ huy trưởng Quân sự (1)',
    );
  });

  it('says "after 1/7/2025" when the posts left open are police and military together', () => {
    const n = notes(AFTER);
    n.see('Trưởng Công an xã', 2, true);
    n.see('Chỉ huy trưởng Quân sự', 5, true);
    expect(n.doubts(PLACE)[0]!.message).toContain('leaves open after 1/7/2025, counted');
  });

  it('says why the titles were read after the reform when the tool chose it', () => {
    const n = notes({ date: '2025-07-01', because: 'column "Ngạch"', inferred: true });
    n.see('Chỉ huy trưởng Quân sự', 5, true);
    expect(n.doubts(PLACE)[0]!.message).toMatch(
      / \(titles read as after the reform because of the column "Ngạch"; give --as-of to say otherwise\)$/,
    );
  });

  it('leaves out someone whose staff type came out resolved (a combined title)', () => {
    const n = notes(AFTER);
    n.see('Trưởng Công an xã', 2, false);
    expect(n.doubts(PLACE)).toEqual([]);
  });

  it('gives the first five rows of a post seen, in the order seen, then sorted', () => {
    const n = notes(AFTER);
    for (const row of [20, 21, 22, 23, 24, 1]) n.see('Trưởng Công an xã', row, true);
    expect(n.doubts(PLACE)[0]).toMatchObject({ rows: [20, 21, 22, 23, 24], count: 6 });
  });

  it('gives five rows at most over all the posts, the first in the sheet', () => {
    const n = notes(AFTER);
    for (const row of [30, 31, 32]) n.see('Trưởng Công an xã', row, true);
    for (const row of [10, 11, 12]) n.see('Phó Trưởng Công an xã', row, true);
    expect(n.doubts(PLACE)[0]!.rows).toEqual([10, 11, 12, 30, 31]);
  });
});

describe('the note on titles of the two-tier commune read as before the reform', () => {
  it('counts them, names them, and says to give --as-of', () => {
    const n = notes(BEFORE);
    n.see('Trưởng phòng Kinh tế', 3, false);
    n.see('Trưởng phòng Kinh tế', 7, false);
    n.see('Chủ tịch UBND', 8, false);
    expect(unsaid(n.doubts(PLACE))).toEqual([
      {
        code: 'TITLES_AFTER_REFORM',
        message:
          '2 people hold posts of the government formed on 1/7/2025 (Trưởng phòng Kinh tế (2)) but the titles were read as before it (--as-of 2025-06-30): give --as-of 2025-07-01 or later',
        file: 'ds.xlsx',
        sheet: 'CBCC',
        rows: [3, 7],
        count: 2,
      },
    ]);
  });

  it('gives the reason the tool chose the date before the reform', () => {
    const n = notes({
      date: '2025-06-30',
      because: 'no post-reform column or title in the first rows',
      inferred: true,
    });
    n.see('Trưởng phòng Kinh tế', 3, false);
    expect(n.doubts(PLACE)[0]!.message).toContain(
      'were read as before it (no post-reform column or title in the first rows): give',
    );
  });

  it('is not given for a table read at the reform date', () => {
    const n = notes(AFTER);
    n.see('Trưởng phòng Kinh tế', 3, false);
    expect(n.doubts(PLACE)).toEqual([]);
  });
});

describe('what the notes need', () => {
  it('nothing seen, nothing said', () => {
    expect(notes(BEFORE).doubts(PLACE)).toEqual([]);
  });
});
