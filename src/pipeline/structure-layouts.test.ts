/**
 * Roster structures a new user brought that no fixture had, each once read wrong without a word
 * (review rv7): formulas a library wrote without their results. Every figure is held against the
 * generated people.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { layoutPeople } from '../../fixtures/lib/layout-kit.js';
import type { GridCell } from '../../fixtures/lib/official.js';
import { Random } from '../../fixtures/lib/random.js';
import { rosterRows } from '../../fixtures/lib/workbooks.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { ageAt, parseYmd } from '../normalize/age.js';
import { analyze } from './analyze.js';

const dir = tempDir();

type Written = GridCell | ExcelJS.CellFormulaValue;

async function writeRows(name: string, sheets: Array<{ name: string; rows: Written[][] }>): Promise<string> {
  const file = join(dir, `${name}.xlsx`);
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.rows) ws.addRow(row);
  }
  await wb.xlsx.writeFile(file);
  return file;
}

async function report(file: string) {
  return (await analyze([file], { groupBy: 'unit' })).report;
}

describe('formulas a program wrote without their results (no Excel ever calculated the file)', () => {
  const people = layoutPeople(71, 3, 30);
  /** The roster with its "Đảng viên" ticks as formulas: IF(TRUE,"x","") with the result saved or not. */
  const rows = (saved: boolean): Written[][] => {
    const plain = rosterRows(people, new Random(71), { unitColumn: true });
    const party = plain[3]!.indexOf('Đảng viên');
    return plain.map((row, i) => {
      if (i < 4) return row;
      const p = people[i - 4]!;
      const formula: ExcelJS.CellFormulaValue = { formula: p.party ? 'IF(TRUE,"x","")' : 'IF(FALSE,"x","")' };
      if (saved) formula.result = p.party ? 'x' : '';
      return row.map((c, k) => (k === party ? formula : c));
    });
  };

  it('raises FORMULAS_NOT_COMPUTED with the number of formula cells read as empty', async () => {
    const r = await report(await writeRows('formulas-unsaved', [{ name: 'DS', rows: rows(false) }]));
    const w = r.warnings.filter((x) => x.code === 'FORMULAS_NOT_COMPUTED');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ sheet: 'DS', count: people.length });
    expect(w[0]!.message).toContain(`${people.length} formula cells have no saved result`);
  });

  it('reads the saved results of formulas as values, quietly: every figure equals the truth', async () => {
    const r = await report(await writeRows('formulas-saved', [{ name: 'DS', rows: rows(true) }]));
    expectFiguresMatchTruth(r, people);
    expect(r.warnings.map((w) => w.code)).not.toContain('FORMULAS_NOT_COMPUTED');
  });

  it('names only the sheet whose formulas have no result', async () => {
    const half = (from: number, to: number, saved: boolean) => ({
      name: `DS${from}`,
      rows: [...rows(saved).slice(0, 4), ...rows(saved).slice(4 + from, 4 + to)],
    });
    const r = await report(await writeRows('formulas-two-sheets', [half(0, 15, true), half(15, 30, false)]));
    const w = r.warnings.filter((x) => x.code === 'FORMULAS_NOT_COMPUTED');
    expect(w.map((x) => [x.sheet, x.count])).toEqual([['DS15', 15]]);
  });
});

describe('a 2026 roster with the unit before the reform beside the current one', () => {
  const people = layoutPeople(72, 2, 30);
  const former = ['Phường Tân Long', 'Xã Sơn Cẩm', 'Phường Quang Vinh'];
  /** Each person's old unit (three, across the current two) in a column of its own, before or after the current one. */
  const rows = (formerHeader: string, formerFirst: boolean): Written[][] => {
    const plain = rosterRows(people, new Random(72), { unitColumn: true });
    const unit = plain[3]!.indexOf('Đơn vị');
    return plain.map((row, i) => {
      if (i < 3) return row;
      const old = i === 3 ? formerHeader : former[(i - 4) % 3]!;
      const current = i === 3 ? 'Xã/phường (mới)' : row[unit]!;
      const pair = formerFirst ? [old, current] : [current, old];
      return [...row.slice(0, unit), ...pair, ...row.slice(unit + 1)];
    });
  };

  it('counts people in the current unit when the former unit\'s column "Xã/phường (cũ)" comes first', async () => {
    const r = await report(await writeRows('former-first', [{ name: 'DS', rows: rows('Xã/phường (cũ)', true) }]));
    expectFiguresMatchTruth(r, people);
  });

  it('counts people in the current unit beside "Đơn vị trước sắp xếp"', async () => {
    const r = await report(
      await writeRows('former-after', [{ name: 'DS', rows: rows('Đơn vị trước sắp xếp', false) }]),
    );
    expectFiguresMatchTruth(r, people);
  });

  it('still takes the former unit when it is the only unit column', async () => {
    const only = rows('Xã/phường (cũ)', true).map((row) => row.filter((_, k) => k !== 5));
    const r = await report(await writeRows('former-only', [{ name: 'DS', rows: only }]));
    expect(r.units).toBe(3);
    expect(r.sources[0]!.columns!.find((c) => c.header === 'Xã/phường (cũ)')?.use).toMatchObject({ role: 'unit' });
  });
});

describe('a sheet of instructions or a template with example people beside the roster', () => {
  const people = layoutPeople(73, 3, 30);
  const roster = rosterRows(people, new Random(73), { unitColumn: true });
  /** The roster's own header with two made-up people under it, as a data-entry guide shows them. */
  const examples = (title: string): Written[][] => [
    [title],
    roster[3]!,
    [1, 'Nguyễn Văn A', 'Nam', '01/01/1980', 'Xã ABC', 'Chủ tịch UBND', 'Cán bộ', 'Đại học', 'Trung cấp', 'x'],
    [2, 'Trần Thị B', 'Nữ', '02/02/1985', 'Xã ABC', 'Văn phòng - Thống kê', 'Công chức', 'Đại học', '', ''],
  ];

  it('passes over "Hướng dẫn" before the roster: every figure equals the truth', async () => {
    const file = await writeRows('examples-before', [
      { name: 'Hướng dẫn', rows: examples('HƯỚNG DẪN NHẬP LIỆU') },
      { name: 'Danh sách', rows: roster },
    ]);
    const r = await report(file);
    expectFiguresMatchTruth(r, people);
    expect(r.sources[0]!.passedOver).toEqual([
      {
        sheet: 'Hướng dẫn',
        reason:
          'named as instructions or a template: its rows are examples, not people, while sheet "Danh sách" holds the roster',
      },
    ]);
  });

  it('passes over a template "Mẫu nhập liệu" after the roster', async () => {
    const file = await writeRows('examples-after', [
      { name: 'DS', rows: roster },
      { name: 'Mẫu nhập liệu', rows: examples('MẪU') },
    ]);
    expectFiguresMatchTruth(await report(file), people);
  });

  it('still reads a roster sheet named after its form ("Mẫu 2c") beside another', async () => {
    const half = Math.floor(people.length / 2);
    const file = await writeRows('form-named', [
      { name: 'Mẫu 2c', rows: [...roster.slice(0, 4 + half)] },
      { name: 'DS', rows: [...roster.slice(0, 4), ...roster.slice(4 + half)] },
    ]);
    expectFiguresMatchTruth(await report(file), people);
  });
});

describe('a birth date split in three columns: "Ngày sinh" over "Ngày | Tháng | Năm"', () => {
  const people = layoutPeople(74, 3, 30);
  /**
   * rosterRows' header with its "Ngày sinh" column split in three, the group label written once (or
   * side by side as "Ngày sinh | Tháng sinh | Năm sinh" when `flat`); day and month left blank when `yearOnly`.
   */
  const rows = (gender: boolean, flat = false, yearOnly = false): Written[][] => {
    const plain = rosterRows(people, new Random(74), { unitColumn: true });
    const birth = plain[3]!.indexOf('Ngày sinh');
    const out = plain.map((row, i): Written[] => {
      if (i < 3) return row;
      const head = flat ? ['Ngày sinh', 'Tháng sinh', 'Năm sinh'] : ['Ngày sinh', null, null];
      if (i === 3) return [...row.slice(0, birth), ...head, ...row.slice(birth + 1)];
      const b = people[i - 4]!.birth;
      return [...row.slice(0, birth), yearOnly ? null : b.d, yearOnly ? null : b.m, b.y, ...row.slice(birth + 1)];
    });
    if (!flat) out.splice(4, 0, [...Array<null>(birth).fill(null), 'Ngày', 'Tháng', 'Năm']);
    return gender ? out : out.map((row) => row.filter((_, k) => k !== 2));
  };
  /** The mean age of the people at the report's date, from their whole birth dates. */
  const meanAge = (asOf: string): number => {
    const at = parseYmd(asOf)!;
    const ages = people.map((p) => ageAt({ year: p.birth.y, month: p.birth.m, day: p.birth.d }, at)!.years);
    return ages.reduce((a, b) => a + b, 0) / ages.length;
  };

  it('reads no gender from the year column "Năm" (it folds to "Nam"): without a gender column, gender is unknown', async () => {
    const r = await report(await writeRows('birth-split-no-gender', [{ name: 'DS', rows: rows(false) }]));
    expect(r.total).toBe(people.length);
    expect(r.dimensions.gender.male!.count).toBe(0);
    expect(r.dimensions.gender.unknown!.count).toBe(people.length);
    expect(r.warnings.map((w) => w.code)).toContain('DIMENSION_MOSTLY_UNKNOWN');
  });

  it('joins day and month to the year: every age whole, none year-only, the rest of the row as it is', async () => {
    const r = await report(await writeRows('birth-split', [{ name: 'DS', rows: rows(true) }]));
    expectFiguresMatchTruth(r, people);
    expect(r.age).toMatchObject({ known: people.length, birthYearOnly: 0 });
    expect(r.age!.mean).toBeCloseTo(meanAge(r.age!.asOf), 10);
    expect(r.rows.skipped.filter((s) => s.reason === 'header').map((s) => s.row)).toEqual([4, 5]);
  });

  it('side by side as "Ngày sinh | Tháng sinh | Năm sinh": the same whole ages', async () => {
    const r = await report(await writeRows('birth-flat', [{ name: 'DS', rows: rows(true, true) }]));
    expectFiguresMatchTruth(r, people);
    expect(r.age).toMatchObject({ known: people.length, birthYearOnly: 0 });
    expect(r.age!.mean).toBeCloseTo(meanAge(r.age!.asOf), 10);
  });

  it('with day and month blank, the year alone, said as year-only', async () => {
    const r = await report(await writeRows('birth-flat-year', [{ name: 'DS', rows: rows(true, true, true) }]));
    expect(r.age).toMatchObject({ known: people.length, birthYearOnly: people.length });
  });
});

describe('a roster in two numbered parts: "I. CÁN BỘ, CÔNG CHỨC" and "II. NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH"', () => {
  const staff = layoutPeople(75, 3, 24);
  const partTime = layoutPeople(76, 3, 8).map((p) => ({
    ...p,
    staffType: 'other' as const,
    title: 'Phó Chỉ huy trưởng Quân sự',
  }));
  const people = [...staff, ...partTime];
  /** rosterRows without its "Loại" column: the staff type comes from the titles and the part's heading. */
  const rows = (): Written[][] => {
    const plain = rosterRows(people, new Random(75), { unitColumn: true });
    const type = plain[3]!.indexOf('Loại');
    const out = plain.map((row) => row.filter((_, k) => k !== type));
    out.splice(4 + staff.length, 0, ['II', 'NGƯỜI HOẠT ĐỘNG KHÔNG CHUYÊN TRÁCH']);
    out.splice(4, 0, ['I', 'CÁN BỘ, CÔNG CHỨC']);
    return out;
  };

  it('skips the heading over both kinds as a section, not a person: every figure equals the truth', async () => {
    const r = await report(await writeRows('two-parts', [{ name: 'DS', rows: rows() }]));
    expectFiguresMatchTruth(r, people);
    expect(r.rows.skipped.filter((s) => s.reason === 'section').map((s) => s.row)).toEqual([5, 6 + staff.length]);
    expect(r.warnings.map((w) => w.code)).not.toContain('ROW_IN_DOUBT');
  });
});

describe('a birth date under "Nam" | "Nữ" and a gender column beside it that disagree', () => {
  const people = layoutPeople(77, 3, 30);
  /** rosterRows' "Ngày sinh" split under "Nam | Nữ"; the gender column of the first `wrong` people says the other gender. */
  const rows = (wrong: number): Written[][] => {
    const plain = rosterRows(people, new Random(77), { unitColumn: true });
    const birth = plain[3]!.indexOf('Ngày sinh');
    const out = plain.map((row, i): Written[] => {
      if (i < 3) return row;
      if (i === 3) return [...row.slice(0, birth), 'Ngày sinh', null, ...row.slice(birth + 1)];
      const p = people[i - 4]!;
      const female = p.gender === 'female';
      const said = i - 4 < wrong !== female ? 'Nữ' : 'Nam';
      return [
        ...row.slice(0, 2),
        said,
        ...row.slice(3, birth),
        female ? null : row[birth]!,
        female ? row[birth]! : null,
        ...row.slice(birth + 1),
      ];
    });
    out.splice(4, 0, [...Array<null>(birth).fill(null), 'Nam', 'Nữ']);
    return out;
  };

  it('raises GENDER_CONFLICT naming the rows, counted as the gender column says', async () => {
    const r = await report(await writeRows('gender-conflict', [{ name: 'DS', rows: rows(3) }]));
    const w = r.warnings.filter((x) => x.code === 'GENDER_CONFLICT');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ sheet: 'DS', rows: [6, 7, 8], count: 3 });
    const females = people.filter((p, i) => i < 3 !== (p.gender === 'female')).length;
    expect(r.dimensions.gender.female!.count).toBe(females);
  });

  it('is quiet when both say the same: every figure equals the truth', async () => {
    const r = await report(await writeRows('gender-agree', [{ name: 'DS', rows: rows(0) }]));
    expectFiguresMatchTruth(r, people);
    expect(r.warnings).toEqual([]);
  });
});

describe('birth dates typed as text in the American order (mm/dd/yyyy)', () => {
  const people = layoutPeople(78, 3, 30);
  const pad = (n: number) => String(n).padStart(2, '0');
  /** rosterRows with every birth date as text, month first when `monthFirst`, else day first. */
  const rows = (monthFirst: boolean): Written[][] => {
    const plain = rosterRows(people, new Random(78), { unitColumn: true });
    const birth = plain[3]!.indexOf('Ngày sinh');
    return plain.map((row, i) => {
      if (i < 4) return row;
      const b = people[i - 4]!.birth;
      const d = monthFirst ? `${pad(b.m)}/${pad(b.d)}/${b.y}` : `${pad(b.d)}/${pad(b.m)}/${b.y}`;
      return row.map((c, k) => (k === birth ? d : c));
    });
  };
  const onlyMonthFirst = people.map((p, i) => ({ p, row: i + 5 })).filter(({ p }) => p.birth.d > 12);

  it('raises DATES_MONTH_FIRST naming the dates that read only month first', async () => {
    const r = await report(await writeRows('month-first', [{ name: 'DS', rows: rows(true) }]));
    const w = r.warnings.filter((x) => x.code === 'DATES_MONTH_FIRST');
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ count: onlyMonthFirst.length, rows: onlyMonthFirst.slice(0, 8).map((x) => x.row) });
  });

  it('is quiet on the same dates day first', async () => {
    const r = await report(await writeRows('day-first', [{ name: 'DS', rows: rows(false) }]));
    expect(r.warnings).toEqual([]);
    expect(r.age!.known).toBe(people.length);
  });
});
