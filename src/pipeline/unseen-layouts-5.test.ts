/**
 * Layouts offices produce that no earlier fixture had (review rv32), each the seven people of
 * test-support/hand-roster.ts (or some of them) with their figures counted on paper. Each case says what the
 * tool did before it was mended. The layouts it already read right are in unseen-layouts-5b.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { biff8Workbook } from '../../fixtures/lib/biff-writer.js';
import type { GridCell } from '../../fixtures/lib/official.js';
import {
  HEADER,
  HEADER_WITHOUT_UNIT,
  PEOPLE,
  SEVEN,
  bookIn,
  codesOf,
  figuresOf,
  isCanBo,
  of,
  reportOf,
  rowOf,
  rowWithoutUnit,
  rowsOf,
  sevenIn,
  textIn,
} from '../test-support/hand-roster.js';
import { tempDir } from '../test-support/tmp.js';

const dir = tempDir();

describe('an HR program\'s field names of joined words ("HoTen", "GioiTinh", "fullName", "isPartyMember")', () => {
  it('are read as their words: every figure is the hand count (name, gender, unit and party were not read, 7 "Không rõ")', async () => {
    const file = await textIn(
      dir,
      'hr-fields.csv',
      [
        'MaCB,HoTen,GioiTinh,NgaySinh,DonVi,ChucVu,DangVien,TDCM,LLCT',
        ...PEOPLE.map((p, i) =>
          [
            `CB${i + 1}`,
            p.name,
            p.female ? 'Nữ' : 'Nam',
            p.born,
            p.unit,
            p.title,
            p.party ? 'True' : 'False',
            p.education,
            p.theory,
          ].join(','),
        ),
      ].join('\n'),
    );
    const report = await reportOf([file]);
    expect(figuresOf(report)).toBe(SEVEN);
    expect(codesOf(report)).toEqual([]);
  });

  it('in English camelCase too ("fullName", "unitName", "isPartyMember", "educationLevel")', async () => {
    const file = await textIn(
      dir,
      'hr-camel.csv',
      [
        'id,fullName,gender,dateOfBirth,unitName,position,isPartyMember,educationLevel,politicalTheory',
        ...PEOPLE.map((p, i) =>
          [
            i + 1,
            p.name,
            p.female ? 'F' : 'M',
            p.born,
            p.unit,
            p.title,
            p.party ? 'TRUE' : 'FALSE',
            p.education,
            p.theory,
          ].join(','),
        ),
      ].join('\n'),
    );
    expect(figuresOf(await reportOf([file]))).toBe(SEVEN);
  });
});

describe('one sheet per commune and staff type ("Tân Lập (CB)", "Tân Lập (CC)", "Xã Hòa Bình - CC")', () => {
  it("counts each commune once: the staff type in the sheet's name is no part of the unit (it counted four units, unsaid)", async () => {
    const sheets = [
      ['Tân Lập (CB)', of('Xã Tân Lập').filter(isCanBo)],
      ['Tân Lập (CC)', of('Xã Tân Lập').filter((p) => !isCanBo(p))],
      ['Hòa Bình_CB', of('Xã Hòa Bình').filter(isCanBo)],
      ['Hòa Bình - CC', of('Xã Hòa Bình').filter((p) => !isCanBo(p))],
    ] as const;
    const file = await bookIn(
      dir,
      'cb-cc-sheets.xlsx',
      sheets.map(([name, people]) => ({ name, rows: [HEADER_WITHOUT_UNIT, ...people.map(rowWithoutUnit)] })),
    );
    expect(figuresOf(await reportOf([file]))).toBe(sevenIn('Tân Lập', 'Hòa Bình'));
  });
});

describe('rows an .ods hides', () => {
  const rows: GridCell[][] = [
    HEADER,
    ...PEOPLE.map(rowOf),
    [8, 'Ngô Văn Hùng', 'Nam', 'Xã Hòa Bình', 'Công chức Văn hóa - Xã hội', '', 'Đại học', ''],
  ];

  it("by hand are skipped and said, as an .xlsx's are (row 9 was counted, unsaid)", async () => {
    const file = await bookIn(dir, 'collapsed.ods', [{ name: 'DS', rows, rowVisibility: { 8: 'collapse' } }]);
    const report = await reportOf([file]);
    expect(figuresOf(report)).toBe(SEVEN);
    expect(rowsOf(report, 'HIDDEN_ROWS')).toEqual([[9]]);
  });

  it("by a filter are counted and said (FILTERED_ROWS), as an .xlsx's are", async () => {
    const file = await bookIn(dir, 'filtered.ods', [{ name: 'DS', rows, rowVisibility: { 8: 'filter' } }]);
    const report = await reportOf([file]);
    expect(report.total).toBe(8);
    expect(rowsOf(report, 'FILTERED_ROWS')).toEqual([[9]]);
    expect(codesOf(report)).not.toContain('HIDDEN_ROWS');
  });

  it('an .xls saved with a filter on (FILTERMODE) hides it for the filter: counted and said (it was skipped as hidden)', async () => {
    const file = await textIn(dir, 'filtered.xls', biff8Workbook('DS', rows as never, [8], true));
    const report = await reportOf([file]);
    expect(report.total).toBe(8);
    expect(rowsOf(report, 'FILTERED_ROWS')).toEqual([[9]]);
    expect(codesOf(report)).not.toContain('HIDDEN_ROWS');
  });

  it('an .xls hides a row by its ROW record: skipped and said already', async () => {
    const file = await textIn(dir, 'hidden.xls', biff8Workbook('DS', rows as never, [8]));
    const report = await reportOf([file]);
    expect(figuresOf(report)).toBe(SEVEN);
    expect(rowsOf(report, 'HIDDEN_ROWS')).toEqual([[9]]);
  });
});

describe("a title naming the commune with more after it (its district, the list's date or purpose)", () => {
  const sheet = (title: string, unit: string) => ({
    name: 'DS',
    rows: [[title], HEADER_WITHOUT_UNIT, ...of(unit).map(rowWithoutUnit)],
  });

  it('names the commune alone: one unit across files ("Xã Tân Lập Huyện Đại Từ" was a unit of its own, unsaid)', async () => {
    const files = [
      await bookIn(dir, 'title-a.xlsx', [sheet('DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ TÂN LẬP HUYỆN ĐẠI TỪ', 'Xã Tân Lập')]),
      await bookIn(dir, 'title-b.xlsx', [sheet('Danh sách CBCC xã Hòa Bình được khảo sát', 'Xã Hòa Bình')]),
    ];
    expect(figuresOf(await reportOf(files))).toBe(SEVEN);
  });

  it('names it before a date ("… XÃ TÂN LẬP TÍNH ĐẾN 31/12/2025" named no unit: 4 "không rõ đơn vị")', async () => {
    const files = [
      await bookIn(dir, 'title-c.xlsx', [sheet('DANH SÁCH CBCC XÃ TÂN LẬP TÍNH ĐẾN 31/12/2025', 'Xã Tân Lập')]),
      await bookIn(dir, 'title-d.xlsx', [sheet('DANH SÁCH CBCC XÃ HÒA BÌNH GIAI ĐOẠN 2020-2025', 'Xã Hòa Bình')]),
    ];
    expect(figuresOf(await reportOf(files))).toBe(SEVEN);
  });
});

describe('a file whose name alone names its commune (one sheet "Sheet1", no title)', () => {
  it('is of that commune: "DS CBCC xã Tân Lập 2024.xlsx", "Xã Hòa Bình (CB).xlsx" (both were "không rõ đơn vị")', async () => {
    const sheet = (unit: string) => [{ name: 'Sheet1', rows: [HEADER_WITHOUT_UNIT, ...of(unit).map(rowWithoutUnit)] }];
    const files = [
      await bookIn(dir, 'DS CBCC xã Tân Lập 2024.xlsx', sheet('Xã Tân Lập')),
      await bookIn(dir, 'Xã Hòa Bình (CB).xlsx', sheet('Xã Hòa Bình')),
    ];
    expect(figuresOf(await reportOf(files))).toBe(SEVEN);
  });
});

describe('a remarks column saying "Hợp đồng" beside the title of a công chức post', () => {
  const head = [...HEADER, 'Ghi chú'];
  const extra: GridCell[][] = [
    [8, 'Ngô Văn Hùng', 'Nam', 'Xã Hòa Bình', 'Công chức Văn hóa - Xã hội', '', 'Đại học', '', 'Hợp đồng'],
    [9, 'Mai Thị Lan', 'Nữ', 'Xã Tân Lập', 'Công chức Tư pháp - Hộ tịch', '', 'Đại học', '', 'Thử việc'],
    [10, 'Lý Văn Khoa', 'Nam', 'Xã Tân Lập', 'Công chức Địa chính - Xây dựng', '', 'Đại học', '', 'HĐ68'],
    [11, 'Đinh Văn Long', 'Nam', 'Xã Tân Lập', 'Phó Chủ tịch HĐND', 'x', 'Đại học', '', 'Kiêm Chủ tịch HĐ thi đua'],
  ];

  it('is said with the rows (REMARK_NOT_CBCC); they are counted by their title (they were counted as công chức, unsaid)', async () => {
    const file = await bookIn(dir, 'remarks.xlsx', [
      { name: 'DS', rows: [head, ...PEOPLE.map((p, i) => [...rowOf(p, i), '']), ...extra] },
    ]);
    const report = await reportOf([file]);
    expect(report.total).toBe(11);
    expect(report.dimensions.staffType.congChuc!.count).toBe(7);
    expect(rowsOf(report, 'REMARK_NOT_CBCC')).toEqual([[9, 11]]);
  });

  it('is quiet on "Thử việc", "Biệt phái" and a "Hội đồng" ("HĐ") that is no contract', async () => {
    const file = await bookIn(dir, 'remarks-quiet.xlsx', [
      {
        name: 'DS',
        rows: [head, ...PEOPLE.map((p, i) => [...rowOf(p, i), i === 2 ? 'Biệt phái' : '']), extra[1]!, extra[3]!],
      },
    ]);
    expect(codesOf(await reportOf([file]))).not.toContain('REMARK_NOT_CBCC');
  });
});

describe('the grand total written above the people ("Tổng cộng: 7 người" under the header)', () => {
  const withTotal = (said: string) => [HEADER, [null, said, null, null, null, 6], ...PEOPLE.map(rowOf)];

  it('agreeing with them is quiet (it said SUBTOTAL_MISMATCH: "7 people, 0 counted (no people above it)")', async () => {
    const report = await reportOf([
      await bookIn(dir, 'total-top.xlsx', [{ name: 'DS', rows: withTotal('Tổng cộng: 7 người') }]),
    ]);
    expect(figuresOf(report)).toBe(SEVEN);
    expect(codesOf(report)).toEqual([]);
  });

  it('disagreeing is said against every person under it', async () => {
    const report = await reportOf([
      await bookIn(dir, 'total-top-8.xlsx', [{ name: 'DS', rows: withTotal('Tổng cộng: 8 người') }]),
    ]);
    const mismatch = report.warnings.filter((w) => w.code === 'SUBTOTAL_MISMATCH');
    expect(mismatch.map((w) => [w.rows, w.message])).toEqual([
      [[2], 'row 2 "Tổng cộng: 8 người" says 8 people, 7 counted (rows 3–9)'],
    ]);
  });
});

describe('a row of the columns\' letters under the header ("A | B | C | … | H")', () => {
  it('is no person (it counted "B" of unit "D": 8 people, unsaid)', async () => {
    const letters = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];
    const file = await bookIn(dir, 'letters.xlsx', [{ name: 'DS', rows: [HEADER, letters, ...PEOPLE.map(rowOf)] }]);
    const report = await reportOf([file]);
    expect(figuresOf(report)).toBe(SEVEN);
    expect(report.rows.skipped.filter((s) => s.reason === 'column numbers').map((s) => s.row)).toEqual([2]);
  });
});

describe('codes explained by a lookup sheet of one table per field ("Mã TĐCM | Tên", "Mã LLCT | Tên")', () => {
  it('are read with it, and said (education was 7 "Không rõ")', async () => {
    const EDU: Record<string, number> = { 'Thạc sĩ': 2, 'Đại học': 3, 'Cao đẳng': 4, 'Trung cấp': 5 };
    const LLCT: Record<string, number> = { 'Cao cấp': 1, 'Trung cấp': 2, 'Sơ cấp': 3, '': 0 };
    const roster = [
      ['STT', 'Họ và tên', 'Giới tính', 'Đơn vị', 'Chức vụ', 'Đảng viên', 'Mã TĐCM', 'Mã LLCT'],
      ...PEOPLE.map((p, i) => [
        i + 1,
        p.name,
        p.female ? 'Nữ' : 'Nam',
        p.unit,
        p.title,
        p.party ? 1 : 0,
        EDU[p.education]!,
        LLCT[p.theory]!,
      ]),
    ];
    const lookup = [
      ['Mã TĐCM', 'Tên'],
      ...['Tiến sĩ', 'Thạc sĩ', 'Đại học', 'Cao đẳng', 'Trung cấp'].map((t, i) => [i + 1, t]),
      [],
      ['Mã LLCT', 'Tên'],
      ...['Chưa qua đào tạo', 'Cao cấp', 'Trung cấp', 'Sơ cấp'].map((t, i) => [i, t]),
    ];
    const file = await bookIn(dir, 'lookup.xlsx', [
      { name: 'DS', rows: roster },
      { name: 'DM', rows: lookup },
    ]);
    const report = await reportOf([file]);
    expect(figuresOf(report)).toBe(SEVEN);
    expect(codesOf(report)).toEqual(['CODES_FROM_LEGEND_SHEET']);
  });
});

describe('a group label merged over the name column ("Thông tin chung" over "STT | Họ và tên | … | Chức vụ")', () => {
  it('is a header row: "Đảng viên" merged down beside it is read (party was 7 "Không rõ")', async () => {
    const rows: GridCell[][] = [
      ['Thông tin chung', null, null, null, null, 'Đảng viên', 'Trình độ', null],
      ['STT', 'Họ và tên', 'Giới tính', 'Đơn vị', 'Chức vụ', null, 'Chuyên môn', 'Lý luận chính trị'],
      ...PEOPLE.map(rowOf),
    ];
    const merges: Array<[number, number, number, number]> = [
      [0, 0, 0, 4],
      [0, 5, 1, 5],
      [0, 6, 0, 7],
    ];
    for (const ext of ['xlsx', 'ods']) {
      const report = await reportOf([await bookIn(dir, `group-over-name.${ext}`, [{ name: 'DS', rows, merges }])]);
      expect(figuresOf(report)).toBe(SEVEN);
    }
  });
});

describe('a commune named alone in the title column over its people ("| | | XÃ TÂN LẬP |")', () => {
  it('is the unit of the rows below (it was a person without a name, and "XÃ HÒA BÌNH" a second line of the title above)', async () => {
    const rows: GridCell[][] = [HEADER_WITHOUT_UNIT];
    for (const unit of ['Xã Tân Lập', 'Xã Hòa Bình']) {
      rows.push([null, null, null, unit.toUpperCase()]);
      rows.push(...of(unit).map(rowWithoutUnit));
    }
    const report = await reportOf([await bookIn(dir, 'unit-in-title-column.xlsx', [{ name: 'DS', rows }])]);
    expect(figuresOf(report)).toBe(SEVEN);
    expect(codesOf(report)).toEqual([]);
  });

  it('"Xã đội trưởng" there is still a title', async () => {
    const rows: GridCell[][] = [
      [...HEADER_WITHOUT_UNIT, 'Ghi chú'],
      [1, 'Nguyễn Văn An', 'Nam', 'Chỉ huy trưởng Quân sự', 'x', 'Trung cấp', '', ''],
      [null, null, null, 'Xã đội trưởng', null, null, null, null],
      [2, 'Lê Thị Bình', 'Nữ', 'Chủ tịch UBND', 'x', 'Đại học', 'Trung cấp', ''],
    ];
    const report = await reportOf([await bookIn(dir, 'xa-doi.xlsx', [{ name: 'Xã Tân Lập', rows }])]);
    expect(report.total).toBe(2);
    expect(rowsOf(report, 'PERSON_OVER_TWO_ROWS')).toEqual([[3]]);
  });
});

describe('a unit column naming the body each person sits in ("Đảng ủy xã Tân Lập", "Ban CHQS xã Hòa Bình")', () => {
  it('counts them in their commune (the military command was a unit of its own, unsaid)', async () => {
    const bodies = ['Đảng ủy', 'UBND', 'UBND', 'UBND', 'HĐND', 'UBND', 'Ban CHQS'];
    const rows = [
      HEADER,
      ...PEOPLE.map((p, i) => rowOf({ ...p, unit: `${bodies[i]} ${p.unit.replace('Xã', 'xã')}` }, i)),
    ];
    expect(figuresOf(await reportOf([await bookIn(dir, 'bodies.xlsx', [{ name: 'DS', rows }])]))).toBe(SEVEN);
  });
});

describe('a title naming a numbered ward ("… PHƯỜNG 12, QUẬN GÒ VẤP")', () => {
  it('names its unit (it named none: 7 "không rõ đơn vị")', async () => {
    const rows = [
      ['DANH SÁCH CÁN BỘ, CÔNG CHỨC PHƯỜNG 12, QUẬN GÒ VẤP'],
      HEADER_WITHOUT_UNIT,
      ...PEOPLE.map(rowWithoutUnit),
    ];
    const report = await reportOf([await bookIn(dir, 'p12.xlsx', [{ name: 'DS', rows }])]);
    expect((report.groups ?? []).map((g) => [g.key, g.total])).toEqual([['Phường 12', 7]]);
  });
});

describe('education levels as headers with no group over them ("Thạc sĩ | Đại học | Cao đẳng | Trung cấp", a 1 each)', () => {
  const levels = ['Thạc sĩ', 'Đại học', 'Cao đẳng', 'Trung cấp'];
  const head = ['STT', 'Họ và tên', 'Đơn vị', 'Chức vụ', 'Tổng số', 'Nữ', 'Đảng viên', ...levels, 'Lý luận chính trị'];
  const person = (p: (typeof PEOPLE)[number], i: number): GridCell[] => [
    ...[i + 1, p.name, p.unit, p.title, 1, p.female ? 1 : null, p.party ? 1 : null],
    ...levels.map((l) => (p.education === l ? 1 : null)),
    p.theory,
  ];

  it('are ticks per level (education was 7 "Không rõ"); the total row under them agrees', async () => {
    const rows = [head, ...PEOPLE.map(person), [null, 'Tổng cộng', null, null, 7, 3, 6, 1, 3, 1, 2]];
    const report = await reportOf([await bookIn(dir, 'levels-alone.xlsx', [{ name: 'DS', rows }])]);
    expect(figuresOf(report)).toBe(SEVEN);
    expect(codesOf(report)).toEqual([]);
  });

  it('"Trung cấp | Sơ cấp" alone may be political theory as well: not read as education', async () => {
    const rows = [
      ['STT', 'Họ và tên', 'Giới tính', 'Trình độ chuyên môn', 'Trung cấp', 'Sơ cấp'],
      [1, 'Nguyễn Văn An', 'Nam', 'Đại học', 1, null],
    ];
    const report = await reportOf([await bookIn(dir, 'tc-sc.xlsx', [{ name: 'DS', rows }])]);
    expect(report.dimensions.education.university!.count).toBe(1);
  });
});

describe('a qualification merged down over three people by accident (Bình, Cường: Đại học; Dung: Cao đẳng)', () => {
  it('is said with the rows under its first (LEVEL_FROM_MERGE); they are counted at its value (Dung as Đại học, unsaid)', async () => {
    const rows = [HEADER, ...PEOPLE.map(rowOf)];
    rows[3]![6] = null;
    rows[4]![6] = null;
    const report = await reportOf([
      await bookIn(dir, 'merged-level.xlsx', [{ name: 'DS', rows, merges: [[2, 6, 4, 6]] }]),
    ]);
    expect(figuresOf(report)).toBe(SEVEN.replace('university=3 college=1', 'university=4'));
    expect(rowsOf(report, 'LEVEL_FROM_MERGE')).toEqual([[4, 5]]);
  });

  it('a unit or a title merged down over its people is quiet', async () => {
    const rows = [
      ['STT', 'Đơn vị', 'Họ và tên', 'Giới tính', 'Chức vụ', 'Trình độ chuyên môn'],
      [1, 'Xã Tân Lập', 'Nguyễn Văn An', 'Nam', 'Phó Chủ tịch UBND', 'Đại học'],
      [2, null, 'Lê Thị Bình', 'Nữ', null, 'Đại học'],
      [3, null, 'Trần Văn Cường', 'Nam', 'Công chức Tư pháp - Hộ tịch', 'Cao đẳng'],
    ];
    const merges: Array<[number, number, number, number]> = [
      [1, 1, 3, 1],
      [1, 4, 2, 4],
    ];
    const report = await reportOf([await bookIn(dir, 'merged-unit.xlsx', [{ name: 'DS', rows, merges }])]);
    expect(report.total).toBe(3);
    expect(codesOf(report)).not.toContain('LEVEL_FROM_MERGE');
  });
});
