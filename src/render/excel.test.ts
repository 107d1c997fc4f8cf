import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { thaiNguyen2022 } from '../../fixtures/lib/truth.js';
import { analyze } from '../pipeline/analyze.js';
import { renderExcel } from './excel.js';
import { bodyRows } from '../test-support/excel.js';

async function workbookOf(files: string[], by?: 'unit' | 'staffType') {
  const { report, byUnit } = await analyze(files, by ? { groupBy: by } : {});
  const data = await renderExcel(report, { date: new Date(Date.UTC(1980, 0, 1)), byUnit });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return { wb, report };
}

/** The rows of the sheet's tables, the frame above and below them left out. */
const rowsOf = bodyRows;

describe('the Excel report', () => {
  it('has the summary, per-unit, charts, data-quality and sources sheets', async () => {
    const { wb } = await workbookOf(['fixtures/thai-nguyen-2022.xlsx']);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Tổng hợp',
      'Theo đơn vị',
      'Biểu đồ',
      'Chất lượng dữ liệu',
      'Nguồn',
    ]);
  });

  it('writes the figures as numbers and the shares with a percent format', async () => {
    const { wb } = await workbookOf(['fixtures/thai-nguyen-2022.xlsx']);
    const ws = wb.getWorksheet('Tổng hợp')!;
    const rows = rowsOf(ws);
    const find = (label: string) => rows.find((r) => typeof r[0] === 'string' && r[0].trim() === label)!;
    expect(find('Tổng số').slice(0, 3)).toEqual(['Tổng số', 636, 1]);
    expect(find('Đảng viên')[1]).toBe(565);
    expect(find('Đảng viên')[2]).toBeCloseTo(565 / 636, 12);
    expect(find('Đại học trở lên')[1]).toBe(537);
    expect(find('Thạc sĩ')[1]).toBe(81);
    const partyRow = ws.getRows(1, ws.rowCount)!.find((r) => r.getCell(1).value === 'Đảng viên')!;
    expect(partyRow.getCell(3).numFmt).toBe('0.0%');
    const header = ws.getRows(1, ws.rowCount)!.find((r) => r.getCell(1).value === 'Chỉ tiêu')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: header.number });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1 });
  });

  it('has one line per unit and a total', async () => {
    const { wb } = await workbookOf(['fixtures/thai-nguyen-2022.xlsx']);
    const rows = rowsOf(wb.getWorksheet('Theo đơn vị')!);
    expect(rows).toHaveLength(1 + 32 + 1);
    expect(rows[rows.length - 1]!.slice(0, 2)).toEqual(['Tổng cộng', 636]);
    const sum = rows.slice(1, -1).reduce((n, r) => n + (r[1] as number), 0);
    expect(sum).toBe(636);
    const truth = thaiNguyen2022().filter((p) => p.unitBase === 'Quang Trung');
    const header = rows[0] as string[];
    const line = rows.find((r) => r[0] === 'Phường Quang Trung')!;
    expect(line[1]).toBe(truth.length);
    expect(line[header.indexOf('Nữ')]).toBe(truth.filter((p) => p.gender === 'female').length);
    expect(line[header.indexOf('Đảng viên')]).toBe(truth.filter((p) => p.party).length);
    expect(line[header.indexOf('CM: Thạc sĩ')]).toBe(truth.filter((p) => p.education === 'master').length);
  });

  it('keeps the frame of the 30-column per-unit sheet over the columns of its first page', async () => {
    const { wb } = await workbookOf(['fixtures/thai-nguyen-2022.xlsx']);
    const ws = wb.getWorksheet('Theo đơn vị')!;
    const title = ws.getRows(1, 10)!.find((r) => r.getCell(1).value === 'THỐNG KÊ ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC')!;
    expect(ws.actualColumnCount).toBe(30);
    expect(title.getCell(2).isMerged).toBe(true);
    expect(title.getCell(30).isMerged).toBe(false);
  });

  it('lists the sources with their hash and column roles', async () => {
    const { wb, report } = await workbookOf(['fixtures/thai-nguyen-2022.csv']);
    const rows = rowsOf(wb.getWorksheet('Nguồn')!);
    // The file by its name alone: the path as typed says where the office keeps its files.
    expect(rows[1]!.slice(0, 6)).toEqual(['thai-nguyen-2022.csv', 'đã đọc', 'csv', 'thai-nguyen-2022.csv', '1', 639]);
    expect(rows[1]![7]).toBe(report.sources[0]!.sha256);
    expect(rows.some((r) => r[2] === 'Chuyên môn' && r[3] === 'Trình độ chuyên môn')).toBe(true);
  });

  it('writes values from the roster as text, never as formulas', async () => {
    const { report, byUnit } = await analyze(['fixtures/thai-nguyen-2022.csv']);
    report.unknownValues.push({
      dimension: 'education',
      column: 'Trình độ',
      value: '=HYPERLINK("http://x","y")',
      count: 1,
      rows: [9],
      places: [],
    });
    const data = await renderExcel(report, { date: new Date(0), byUnit });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    const cell = wb
      .getWorksheet('Chất lượng dữ liệu')!
      .getRows(1, 50)!
      .map((r) => r.getCell(3))
      .find((c) => String(c.value).startsWith('=HYPERLINK'))!;
    expect(cell.type).toBe(ExcelJS.ValueType.String);
  });
});

describe('warnings in the Excel report', () => {
  it('are said on the summary sheet, above the figures, and listed on the data-quality sheet', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = await mkdtemp(join(tmpdir(), 'cbcc-excel-warn-'));
    const csv = join(dir, 'xa.csv');
    const rows = [
      'STT;Họ và tên;Giới tính;Chức vụ;Trình độ chuyên môn;Lý luận chính trị;Đảng viên',
      '1;Nguyễn Văn An;Nam;Bí thư Đảng ủy;Đại học;Trung cấp;x',
      '2;Trần Thị Bình;Nữ;Chủ tịch UBND;Thạc sĩ;Cao cấp;x',
      'Cộng: 3 người;;;;;;',
    ];
    await writeFile(csv, rows.join('\n'));
    const { wb, report } = await workbookOf([csv]);
    expect(report.warnings.map((w) => w.code)).toEqual(['SUBTOTAL_MISMATCH']);
    const summary = rowsOf(wb.getWorksheet('Tổng hợp')!);
    expect(String(summary[1]![0])).toMatch(/^CẢNH BÁO: 1 điều cần kiểm tra trước khi dùng số liệu/);
    const quality = rowsOf(wb.getWorksheet('Chất lượng dữ liệu')!);
    expect(quality[2]!.slice(1, 5)).toEqual(['SUBTOTAL_MISMATCH', 'xa.csv', 'xa.csv', '4']);
  });
});
