/** Doubts about one sheet's people: people without a name, people whose category cells are all empty. */
import { join } from 'node:path';
import { unsaid } from '../test-support/unsaid.js';
import { describe, expect, it } from 'vitest';
import { writeGridXlsx } from '../../fixtures/lib/formats.js';
import type { Grid } from '../../fixtures/lib/official.js';
import { Random } from '../../fixtures/lib/random.js';
import { utcDate } from '../../fixtures/lib/spell.js';
import { thaiNguyen2022, type TruthPerson } from '../../fixtures/lib/truth.js';
import { rosterRows } from '../../fixtures/lib/workbooks.js';
import { writeBook } from '../../fixtures/lib/write-book.js';
import { runCli } from '../test-support/io.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const dir = tempDir();
const people = thaiNguyen2022().slice(0, 40);
/** Header on row 4, person i on row 5 + i; columns: STT, name, gender, birth, unit, title, type, edu, llct, party. */
const NAME = 1;
const CATEGORY = [2, 6, 7, 8, 9];

async function sheetWith(name: string, edit: (rows: ReturnType<typeof rosterRows>) => void): Promise<string> {
  const rows = rosterRows(people, new Random(4), { unitColumn: true });
  edit(rows);
  const file = join(dir, `${name}.xlsx`);
  await writeBook({ sheets: [{ name: 'DS', rows }], people }, file);
  return file;
}

describe('PEOPLE_WITHOUT_NAME', () => {
  it('counts the people whose name cell is empty, with their rows', async () => {
    const file = await sheetWith('nameless', (rows) => {
      for (const i of [3, 10, 20]) rows[4 + i]![NAME] = null;
    });
    const { report } = await analyze([file]);
    expect(report.total).toBe(40);
    expect(unsaid(report.warnings)).toEqual([
      {
        code: 'PEOPLE_WITHOUT_NAME',
        message: '3 of 40 people counted have no name (rows 8, 15, 25)',
        file,
        sheet: 'DS',
        rows: [8, 15, 25],
        count: 3,
      },
    ]);
  });

  it('makes --strict exit 3', async () => {
    const file = await sheetWith('nameless-strict', (rows) => {
      rows[6]![NAME] = null;
    });
    expect((await runCli(['report', file, '--no-excel', '--strict'])).code).toBe(3);
  });
});

describe('PERSON_OVER_TWO_ROWS', () => {
  const EDU = 7;
  const LLCT = 8;
  /** After persons 3, 10 and 20 (rows 8, 15, 25 before the insertions), a line holding only `cells`. */
  const secondLines = (cells: Record<number, string>) => (rows: ReturnType<typeof rosterRows>) => {
    const line = Array.from({ length: 10 }, (_, c) => cells[c] ?? null);
    for (const i of [20, 10, 3]) rows.splice(5 + i, 0, [...line]);
  };

  it('reads the nameless, unnumbered rows under a person as their second line: not counted, and said', async () => {
    const file = await sheetWith('second-lines', secondLines({ [EDU]: 'Thạc sĩ' }));
    const { report } = await analyze([file]);
    expect(report.total).toBe(40);
    expect(unsaid(report.warnings.filter((w) => w.code !== 'UNIT_MISSING'))).toEqual([
      {
        code: 'PERSON_OVER_TWO_ROWS',
        message:
          "3 rows with no name and no number, right under a person, hold only a qualification, a political theory level, a party date, ticks, the rest of a title or notes (rows 9, 17, 28): each is read as a further line of the person above, not counted as a person; its values complete that person's (of two levels, the higher counts); check them, and write each person on one row",
        file,
        sheet: 'DS',
        rows: [9, 17, 28],
        count: 3,
      },
    ]);
  });

  it('skips each second line with its own reason', async () => {
    const file = await sheetWith('second-lines-skipped', secondLines({ [EDU]: 'Thạc sĩ' }));
    const { report } = await analyze([file]);
    expect(report.rows.skipped.filter((s) => s.reason === 'second line').map((s) => s.row)).toEqual([9, 17, 28]);
  });

  it("counts the higher of the two lines' qualifications, every other figure as the truth", async () => {
    const file = await sheetWith('second-degree', secondLines({ [EDU]: 'Thạc sĩ' }));
    const { report } = await analyze([file], { groupBy: 'unit' });
    // None of the 40 holds a doctorate: a master's on the second line is each one's highest.
    expect(people.some((p) => p.education === 'doctorate')).toBe(false);
    const truth = people.map((p, i) => ([3, 10, 20].includes(i) ? { ...p, education: 'master' as const } : p));
    expectFiguresMatchTruth(report, truth);
  });

  it('counts the higher of two political theory levels, the lower on either line', async () => {
    // Persons 3 and 10 have "Sơ cấp" on their second line (their own level is at least that), 20 "Cao cấp".
    const file = await sheetWith('second-llct', (rows) => {
      rows.splice(25, 0, [null, null, null, null, null, null, null, null, 'Cao cấp']);
      for (const i of [10, 3]) rows.splice(5 + i, 0, [null, null, null, null, null, null, null, null, 'Sơ cấp']);
    });
    const { report } = await analyze([file], { groupBy: 'unit' });
    const lowest = (p: TruthPerson): TruthPerson['politicalTheory'] =>
      p.politicalTheory === 'none' ? 'elementary' : p.politicalTheory;
    const higher = (p: TruthPerson): TruthPerson['politicalTheory'] =>
      p.politicalTheory === 'bachelor' ? 'bachelor' : 'senior';
    const truth = people.map((p, i): TruthPerson =>
      i === 20 ? { ...p, politicalTheory: higher(p) } : [3, 10].includes(i) ? { ...p, politicalTheory: lowest(p) } : p,
    );
    expectFiguresMatchTruth(report, truth);
  });

  it('fills a blank of the first line from the second', async () => {
    const file = await sheetWith('second-line-fills', (rows) => {
      for (const i of [20, 10, 3]) rows[4 + i]![LLCT] = null;
      secondLines({ [LLCT]: 'Cao cấp' })(rows);
    });
    const { report } = await analyze([file], { groupBy: 'unit' });
    const truth = people.map((p, i) => ([3, 10, 20].includes(i) ? { ...p, politicalTheory: 'senior' as const } : p));
    expectFiguresMatchTruth(report, truth);
  });

  it('reads the second line under a name and an STT merged down over both rows (xlsx)', async () => {
    const rows = rosterRows(people, new Random(4), { unitColumn: true });
    secondLines({ [EDU]: 'Thạc sĩ' })(rows);
    // Persons 3, 10 and 20 stand on 0-based rows 7, 15, 26, each with its second line under it.
    const merges = [7, 15, 26].flatMap((r): Grid['merges'] => [
      [r, 0, r + 1, 0],
      [r, NAME, r + 1, NAME],
    ]);
    const file = join(dir, 'second-lines-merged.xlsx');
    await writeGridXlsx({ rows, merges, headerRow: 3 }, file, 'DS');
    const { report } = await analyze([file], { groupBy: 'unit' });
    const truth = people.map((p, i) => ([3, 10, 20].includes(i) ? { ...p, education: 'master' as const } : p));
    expectFiguresMatchTruth(report, truth);
    expect(report.warnings.find((w) => w.code === 'PERSON_OVER_TWO_ROWS')).toMatchObject({ rows: [9, 17, 28] });
  });

  it('reads no second line into a row that is no person (a total row above it)', async () => {
    const file = await sheetWith('under-total', (rows) => {
      rows.push(['', 'Tổng cộng', 20, 20, null, null, null, 40, 40, 30]);
      rows.push([null, null, null, null, null, null, null, 'Thạc sĩ']);
    });
    const { report } = await analyze([file]);
    expect(report.total).toBe(41);
    expect(report.rows.skipped.some((s) => s.reason === 'second line')).toBe(false);
  });

  it('still counts, and says, a nameless row holding more than a second line (a gender)', async () => {
    const file = await sheetWith('nameless-person', (rows) => {
      rows.splice(8, 0, [null, null, 'Nữ', null, null, null, null, 'Thạc sĩ']);
    });
    const { report } = await analyze([file]);
    expect(report.total).toBe(41);
    expect(report.warnings.find((w) => w.code === 'PERSON_OVER_TWO_ROWS')).toMatchObject({ rows: [9], count: 1 });
    expect(report.rows.skipped.some((s) => s.reason === 'second line')).toBe(false);
  });
});

describe('CATEGORY_CELLS_EMPTY', () => {
  it('is raised when most people of a sheet have every category cell empty', async () => {
    const file = await sheetWith('empty-categories', (rows) => {
      for (let i = 0; i < 30; i++) for (const c of CATEGORY) rows[4 + i]![c] = null;
    });
    const { report } = await analyze([file]);
    expect(report.total).toBe(40);
    const w = report.warnings.find((x) => x.code === 'CATEGORY_CELLS_EMPTY');
    expect(unsaid(w)).toEqual({
      code: 'CATEGORY_CELLS_EMPTY',
      message:
        '30 of 40 people counted have every category cell empty (gender, staff type, qualification, political theory, party)',
      file,
      sheet: 'DS',
      rows: [5, 6, 7, 8, 9],
      count: 30,
    });
  });

  it('is not raised when fewer than half are empty', async () => {
    const file = await sheetWith('some-empty', (rows) => {
      for (let i = 0; i < 19; i++) for (const c of CATEGORY) rows[4 + i]![c] = null;
    });
    const { report } = await analyze([file]);
    expect(report.warnings.map((w) => w.code)).not.toContain('CATEGORY_CELLS_EMPTY');
  });
});

describe('PARTY_FULL_MEMBERS_ONLY', () => {
  const PARTY = 9;
  /** The party column turned into "Ngày vào Đảng chính thức": a date for members, blank for the rest. */
  const fullDates = (header: string) => (rows: ReturnType<typeof rosterRows>) => {
    rows[3]![PARTY] = header;
    people.forEach((p, i) => {
      rows[4 + i]![PARTY] = p.partyDate ? utcDate(p.partyDate) : null;
    });
  };

  it('says that blanks under a full-membership date may be probationary members, naming the column', async () => {
    const file = await sheetWith('party-full-only', fullDates('Ngày vào Đảng chính thức'));
    const { report } = await analyze([file]);
    const blanks = people.filter((p) => !p.party).length;
    expect(report.dimensions.partyMember.no?.count).toBe(blanks);
    expect(report.dimensions.partyMember.yes?.count).toBe(40 - blanks);
    expect(unsaid(report.warnings.find((w) => w.code === 'PARTY_FULL_MEMBERS_ONLY'))).toEqual({
      code: 'PARTY_FULL_MEMBERS_ONLY',
      message: `the only party column is "Ngày vào Đảng chính thức" (column J, the date of full membership): ${blanks} of 40 people with it blank are counted as not party members, but probationary members (dự bị) have no such date yet`,
      file,
      sheet: 'DS',
      count: blanks,
    });
  });

  it('reads a "Dự bị" written in the column as a member, not as a blank', async () => {
    const probation = people.findIndex((p) => !p.party);
    const file = await sheetWith('party-full-du-bi', (rows) => {
      fullDates('Ngày vào Đảng chính thức')(rows);
      rows[4 + probation]![PARTY] = 'Dự bị';
    });
    const { report } = await analyze([file]);
    const blanks = people.filter((p) => !p.party).length - 1;
    expect(report.dimensions.partyMember.yes?.count).toBe(40 - blanks);
    expect(report.warnings.find((w) => w.code === 'PARTY_FULL_MEMBERS_ONLY')?.count).toBe(blanks);
  });

  it('is not raised when the header names the probation too: "Ngày vào Đảng (dự bị, chính thức)"', async () => {
    const file = await sheetWith('party-du-bi-header', fullDates('Ngày vào Đảng (dự bị, chính thức)'));
    const { report } = await analyze([file]);
    expect(report.warnings.map((w) => w.code)).not.toContain('PARTY_FULL_MEMBERS_ONLY');
  });

  it('is not raised when the header names the admission too: "Ngày kết nạp Đảng, ngày chính thức"', async () => {
    const file = await sheetWith('party-ket-nap-header', fullDates('Ngày kết nạp Đảng, ngày chính thức'));
    const { report } = await analyze([file]);
    expect(report.warnings.map((w) => w.code)).not.toContain('PARTY_FULL_MEMBERS_ONLY');
  });

  it('is not raised for a plain admission date column', async () => {
    const file = await sheetWith('party-admission', fullDates('Ngày vào Đảng'));
    const { report } = await analyze([file]);
    expect(report.warnings.map((w) => w.code)).not.toContain('PARTY_FULL_MEMBERS_ONLY');
  });
});
