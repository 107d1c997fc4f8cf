/**
 * The per-unit (and --by group) sheets read back with exceljs from a report of the generated Thái Nguyên
 * roster: their two-level headers, STT, total row, columns, and each unit's line against the truth.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { thaiNguyen2022, unitName } from '../../fixtures/lib/truth.js';
import type { Report } from '../aggregate/contract.js';
import { analyze } from '../pipeline/analyze.js';
import { renderExcel } from './excel.js';
import { sheetName } from './excel-groups.js';
import { levelLabel } from './labels.js';
import { isFrameRow } from '../test-support/excel.js';

let wb: ExcelJS.Workbook;
let report: Report;

beforeAll(async () => {
  const analysis = await analyze(['fixtures/thai-nguyen-2022.xlsx'], { groupBy: 'staffType' });
  report = analysis.report;
  const data = await renderExcel(report, { date: new Date(Date.UTC(1980, 0, 1)), byUnit: analysis.byUnit });
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
}, 60_000);

/** A per-group sheet as a table: its two header rows, its body lines and its total line. */
function table(name: string) {
  const ws = wb.getWorksheet(name)!;
  let upperRow = 0;
  ws.eachRow((row, n) => {
    if (upperRow === 0 && row.getCell(1).value === 'STT') upperRow = n;
  });
  const width = ws.getRow(upperRow).cellCount;
  const values = (n: number) => Array.from({ length: width }, (_, i) => ws.getRow(n).getCell(i + 1).value);
  const body: unknown[][] = [];
  // The table's lines, not the frame's signature block below the headcount sheet's table, nor blank rows.
  for (let n = upperRow + 2; n <= ws.rowCount; n++)
    if (!isFrameRow(ws.getRow(n)) && ws.getRow(n).hasValues) body.push(values(n));
  return {
    ws,
    upperRow,
    upper: values(upperRow) as string[],
    lower: values(upperRow + 1) as string[],
    lines: body.slice(0, -1),
    total: body[body.length - 1]!,
  };
}

/** The columns a band's label spans in the upper header row (1-based), from its merged cells. */
function bandColumns(t: ReturnType<typeof table>, label: string): number[] {
  const cols: number[] = [];
  t.upper.forEach((v, i) => {
    if (v === label) cols.push(i + 1);
  });
  return cols;
}

describe('the per-unit sheets', () => {
  it('are a headcount sheet, a training sheet and a sheet of the other dimensions', () => {
    const names = wb.worksheets.map((w) => w.name).filter((n) => n.startsWith('Theo đơn vị'));
    expect(names).toEqual(['Theo đơn vị', 'Theo đơn vị - trình độ', 'Theo đơn vị - khác']);
  });

  it('merge each figure over its count and share in a two-row header', () => {
    const t = table('Theo đơn vị');
    const cols = bandColumns(t, 'Đảng viên');
    expect(cols).toHaveLength(2);
    expect(cols.map((c) => t.lower[c - 1])).toEqual(['Số lượng', 'Tỷ lệ (%)']);
    expect(t.ws.getCell(t.upperRow, cols[1]!).master.address).toBe(t.ws.getCell(t.upperRow, cols[0]!).address);
  });

  it('merge STT, the unit and the total over both header rows', () => {
    const t = table('Theo đơn vị');
    expect(t.upper.slice(0, 3)).toEqual(['STT', 'Đơn vị', 'Tổng số']);
    for (let c = 1; c <= 3; c++)
      expect(t.ws.getCell(t.upperRow + 1, c).master.address).toBe(t.ws.getCell(t.upperRow, c).address);
  });

  it('number the units 1 to n in the STT column, the total line without a number', () => {
    const t = table('Theo đơn vị');
    expect(t.lines.map((l) => l[0])).toEqual(Array.from({ length: report.units }, (_, i) => i + 1));
    expect(t.total[0]).toBeNull();
  });

  it('end in a bold "Tổng cộng" line holding the report totals', () => {
    const t = table('Theo đơn vị');
    expect(t.total.slice(1, 3)).toEqual(['Tổng cộng', 636]);
    expect(t.ws.getRow(t.upperRow + 2 + t.lines.length).font?.bold).toBe(true);
    const party = bandColumns(t, 'Đảng viên')[0]! - 1;
    expect(t.total.slice(party, party + 2)).toEqual([565, 565 / 636]);
  });

  it('give each education level its report total in the total line', () => {
    const t = table('Theo đơn vị - trình độ');
    const cols = bandColumns(t, 'Trình độ chuyên môn');
    const byLevel = Object.fromEntries(cols.map((c) => [t.lower[c - 1], t.total[c - 1]]));
    const json = Object.entries(report.dimensions.education).filter(([, c]) => c.count > 0);
    expect(byLevel).toEqual(Object.fromEntries(json.map(([level, c]) => [levelLabel('education', level), c.count])));
    expect(byLevel['Thạc sĩ']).toBe(81);
  });

  it('hold each unit the counts of the people generated in it', () => {
    const t = table('Theo đơn vị');
    const truth = thaiNguyen2022();
    const female = bandColumns(t, 'Nữ')[0]! - 1;
    for (const line of t.lines) {
      const people = truth.filter((p) => unitName(p) === line[1]);
      expect(line[2], String(line[1])).toBe(people.length);
      expect(line[female], String(line[1])).toBe(people.filter((p) => p.gender === 'female').length);
    }
  });

  it('leave out a level nobody is in', () => {
    expect(report.dimensions.education.doctorate!.count).toBe(0);
    expect(table('Theo đơn vị - trình độ').lower).not.toContain('Tiến sĩ');
  });

  it('have no column whose total is zero', () => {
    for (const name of ['Theo đơn vị - trình độ', 'Theo đơn vị - khác']) {
      const t = table(name);
      t.total.slice(2).forEach((v, i) => expect(v, `${name} ${t.lower[i + 2]}`).toBeGreaterThan(0));
    }
  });

  it('never list "Đại học trở lên" among the education levels, only under "Trong đó"', () => {
    const t = table('Theo đơn vị - trình độ');
    const education = bandColumns(t, 'Trình độ chuyên môn').map((c) => t.lower[c - 1]);
    expect(education).not.toContain('Đại học trở lên');
    const ofWhich = bandColumns(t, 'Trong đó');
    expect(ofWhich.map((c) => t.lower[c - 1])).toContain('Đại học trở lên');
    expect(t.total[ofWhich[0]! - 1]).toBe(537);
  });
});

describe('the --by sheets', () => {
  it('hold one line per group and the report totals, with the same headers', () => {
    const t = table('Theo loại cán bộ, công chức');
    expect(t.lines.map((l) => l.slice(0, 3))).toEqual([
      [1, 'Cán bộ', 356],
      [2, 'Công chức', 280],
    ]);
    expect(t.total.slice(1, 3)).toEqual(['Tổng cộng', 636]);
  });

  it('are named within 31 characters, cut at a whole word', () => {
    expect(sheetName('Theo loại cán bộ, công chức', ' - trình độ')).toBe('Theo loại cán bộ - trình độ');
    expect(wb.worksheets.map((w) => w.name)).toContain('Theo loại cán bộ - trình độ');
  });
});

describe('the two-level header of the training sheet', () => {
  it('is tall enough for its longest label wrapped at whole words: "LLCT cao cấp, cử nhân" in a column 8 wide, 5 lines of bold', () => {
    const t = table('Theo đơn vị - trình độ');
    const column = t.lower.indexOf('LLCT cao cấp, cử nhân') + 1;
    expect([t.ws.getColumn(column).width, t.ws.getRow(t.upperRow + 1).height]).toEqual([8, 75]);
  });
});

describe('the base of the shares on the per-group sheets', () => {
  const texts = (name: string) => {
    const out: string[] = [];
    wb.getWorksheet(name)!.eachRow((row) => out.push(String(row.getCell(1).value)));
    return out;
  };

  it("says under the headcount sheet's title that a share is of each group's own total", () => {
    expect(texts('Theo đơn vị')).toContain('Đơn vị tính: người; tỷ lệ (%) tính trên tổng số của từng đơn vị');
    expect(texts('Theo loại cán bộ, công chức')).toContain(
      'Đơn vị tính: người; tỷ lệ (%) tính trên tổng số của từng loại cán bộ, công chức',
    );
  });

  it('says only the unit of measure on the sheets of counts alone', () => {
    expect(texts('Theo đơn vị - trình độ')).toContain('Đơn vị tính: người');
  });
});
