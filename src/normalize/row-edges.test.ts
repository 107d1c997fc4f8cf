/**
 * Rows mutation testing found read wrong and silently: a count after a heading that ate the heading's
 * last letter, subtotals numbered "1-", "1/", "a)" or "A." counted as people, and five rows once listed in
 * the README as doubtful (column numbers padded with spaces, a lone field name, "Đơn vị:" naming nothing,
 * a heading naming both staff types, level labels in a table with no name column). One rule per test.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../aggregate/contract.js';
import { analyze } from '../pipeline/analyze.js';
import { detectLayout } from '../detect/header.js';
import { AS_OF, personOf, reason, row, rowReader, someone } from '../test-support/rows.js';
import { tempDir } from '../test-support/tmp.js';
import { buildClassifiers } from './classifiers.js';
import { RowNormalizer } from './row.js';

/** The unit a heading gives to the person under it. */
function unitUnder(heading: string): string {
  const r = rowReader();
  r.normalize(row(2, null, heading));
  return personOf(r.normalize(someone(3))).unit;
}

/** The report of a CSV roster written from `lines`, grouped by unit. */
async function reportOf(lines: string[]): Promise<Report> {
  const path = join(tempDir(), 'roster.csv');
  writeFileSync(path, lines.join('\n') + '\n');
  return (await analyze([path], { groupBy: 'unit' })).report;
}

const unitTotals = (report: Report) => report.groups?.map((g) => [g.key, g.total]);

describe('the count after a heading is taken off, and nothing else', () => {
  it('keeps a ward’s number: "Đơn vị: Phường 12" gives Phường 12', () => {
    expect(unitUnder('Đơn vị: Phường 12')).toBe('Phường 12');
  });

  it('keeps a quarter’s number: "Đơn vị: Khu 3" gives Khu 3', () => {
    expect(unitUnder('Đơn vị: Khu 3')).toBe('Khu 3');
  });

  it('takes the numbering off a numbered ward: "I. Phường 12" gives Phường 12', () => {
    expect(unitUnder('I. Phường 12')).toBe('Phường 12');
  });

  it('takes off a count after an ASCII dash: "Đơn vị: Xã Phúc Hà - 12 người"', () => {
    expect(unitUnder('Đơn vị: Xã Phúc Hà - 12 người')).toBe('Xã Phúc Hà');
  });

  it('takes off a count in square brackets: "Đơn vị: Xã Phúc Hà [12]"', () => {
    expect(unitUnder('Đơn vị: Xã Phúc Hà [12]')).toBe('Xã Phúc Hà');
  });

  it('keeps a number joined to the name by a dash: "Đơn vị: Tổ 1-2"', () => {
    expect(unitUnder('Đơn vị: Tổ 1-2')).toBe('Tổ 1-2');
  });

  it('counts the people under "Phường 12" and "Phường 13" in two units of a report', async () => {
    const report = await reportOf([
      'STT,Họ và tên,Giới tính',
      ',Đơn vị: Phường 12,',
      '1,Nguyễn Văn An,Nam',
      '2,Lê Thị Hoa,Nữ',
      ',Đơn vị: Phường 13 (1 người),',
      '1,Trần Văn Bình,Nam',
    ]);
    expect(unitTotals(report)).toEqual([
      ['Phường 12', 2],
      ['Phường 13', 1],
    ]);
  });
});

describe('a numbered subtotal is a subtotal', () => {
  /** Why a subtotal row stating counts (2 people, 1 woman) is skipped, after one person. */
  const subtotal = (label: string) => {
    const r = rowReader(['STT', 'Họ và tên', 'Số người', 'Nữ']);
    r.normalize(row(2, 1, 'Nguyễn Văn An', 1, 0));
    return reason(r.normalize(row(3, null, label, 2, 1)));
  };

  it('"1- Tổng cộng"', () => {
    expect(subtotal('1- Tổng cộng')).toBe('subtotal');
  });

  it('"1/ Cộng"', () => {
    expect(subtotal('1/ Cộng')).toBe('subtotal');
  });

  it('"a) Cộng"', () => {
    expect(subtotal('a) Cộng')).toBe('subtotal');
  });

  it('"A. Tổng số"', () => {
    expect(subtotal('A. Tổng số')).toBe('subtotal');
  });

  it('a person surnamed Cộng with words in her cells is still a person: "1- Cộng Thị Hà"', () => {
    const r = rowReader();
    expect(reason(r.normalize(row(2, null, '1- Cộng Thị Hà', 'Nữ', '01/02/1980', 'Đại học', 'Trung cấp')))).toBe(
      'person',
    );
  });

  it('"Cộng (2 người)" alone on its row is a subtotal: folding takes the space before the bracket', async () => {
    const report = await reportOf([
      'STT,Họ và tên,Giới tính,Trình độ chuyên môn',
      '1,Nguyễn Văn An,Nam,Đại học',
      '2,Lê Thị Hoa,Nữ,Đại học',
      ',Cộng (2 người),,',
    ]);
    expect(report.total).toBe(2);
  });

  it('"Tổng số(2)" with no space before its bracket is a subtotal', () => {
    expect(subtotal('Tổng số(2)')).toBe('subtotal');
  });

  it('"1- Tổng cộng" in a report adds nobody to the total', async () => {
    const report = await reportOf([
      'STT,Họ và tên,Giới tính,Trình độ chuyên môn',
      '1,Nguyễn Văn An,Nam,Đại học',
      '2,Lê Thị Hoa,Nữ,Đại học',
      ',1- Tổng cộng,2,2',
    ]);
    expect(report.total).toBe(2);
  });
});

describe('rows the README listed as doubtful', () => {
  it('a column-number row with a cell padded past six characters is column numbers: "(2)  "', () => {
    expect(reason(rowReader().normalize(row(2, '(1)', '(2)    ', '(3)', '(4)', '(5)', '(6)')))).toBe('column numbers');
  });

  it('a padded column-number row after the first person is column numbers too (a header on each page)', () => {
    const r = rowReader();
    r.normalize(someone());
    expect(reason(r.normalize(row(3, '(1)', '(2)    ', '(3)', '(4)', '(5)', '(6)')))).toBe('column numbers');
  });

  it('a lone "HO_TEN" before the first person is a field code, not a person', () => {
    expect(reason(rowReader().normalize(row(2, null, 'HO_TEN')))).toBe('field codes');
  });

  it('"Đơn vị:" naming nothing is a section, not a person', () => {
    expect(reason(rowReader().normalize(row(2, null, 'Đơn vị:')))).toBe('section');
  });

  it('"Đơn vị:" naming nothing ends the unit above it: its people take the sheet’s unit', () => {
    const r = rowReader(undefined, { defaultUnit: 'Xã Yên Lạc' });
    r.normalize(row(2, null, 'Đơn vị: Phường Tân Lập'));
    r.normalize(row(3, null, 'Đơn vị:'));
    expect(personOf(r.normalize(someone(4))).unit).toBe('Xã Yên Lạc');
  });

  it('"Đơn vị:" naming nothing is said in a report: UNIT_HEADING_EMPTY names its row', async () => {
    const report = await reportOf([
      'STT,Họ và tên,Giới tính',
      ',Đơn vị: Phường 12,',
      '1,Nguyễn Văn An,Nam',
      ',Đơn vị:,',
      '1,Trần Văn Bình,Nam',
    ]);
    expect(report.warnings.filter((w) => w.code === 'UNIT_HEADING_EMPTY').map((w) => w.rows)).toEqual([[4]]);
  });

  it('"II. CÁN BỘ, CÔNG CHỨC" is no unit: the people under it keep the unit above', () => {
    const r = rowReader();
    r.normalize(row(2, null, 'I. Phường Tân Lập'));
    r.normalize(row(3, null, 'II. CÁN BỘ, CÔNG CHỨC'));
    expect(personOf(r.normalize(someone(4))).unit).toBe('Phường Tân Lập');
  });

  it('"CÁN BỘ, CÔNG CHỨC" alone on its row is a section heading, not a person', () => {
    expect(reason(rowReader().normalize(row(2, null, 'CÁN BỘ, CÔNG CHỨC')))).toBe('section');
  });

  it('"CÁN BỘ, CÔNG CHỨC" sets no staff type after "I. CÁN BỘ": each person’s cells tell', () => {
    const r = rowReader(['STT', 'Họ và tên', 'Chức vụ']);
    r.normalize(row(2, null, 'I. CÁN BỘ'));
    r.normalize(row(3, null, 'II. CÁN BỘ, CÔNG CHỨC'));
    expect(personOf(r.normalize(row(4, 1, 'Lê Thị Hoa', 'Công chức Văn phòng - Thống kê'))).levels.staffType).toBe(
      'congChuc',
    );
  });

  describe('level labels in a table with no name column', () => {
    /** STT, Giới tính, then ThS / ĐH / TC tick columns under "Trình độ chuyên môn"; no name column. */
    const noName = () =>
      new RowNormalizer(
        detectLayout(
          [
            { n: 1, cells: ['STT', 'Giới tính', 'Trình độ chuyên môn', null, null], spans: [[2, 4]] },
            { n: 2, cells: [null, null, 'ThS', 'ĐH', 'TC'] },
          ],
          { file: 't' },
        ),
        buildClassifiers(),
        { asOf: AS_OF },
      );

    it('are more header, not a person', () => {
      expect(reason(noName().normalize(row(3, null, null, 'Thạc sĩ', 'Đại học')))).toBe('header');
    });

    it('only right under the header: the same words further down are a person’s', () => {
      expect(reason(noName().normalize(row(4, null, null, 'Thạc sĩ', 'Đại học')))).toBe('person');
    });

    it('but the same word in every tick column is a person’s ticks: "Có | Có"', () => {
      expect(reason(noName().normalize(row(3, null, null, 'Có', 'Có')))).toBe('person');
    });
  });
});
