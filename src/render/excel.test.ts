import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline/analyze.js';
import { BUILT_IN } from '../standards/rulesets.js';
import { renderExcel } from './excel.js';
import { framedSheet, useFrame } from './excel-frame.js';
import { setUpPrinting } from './excel-print.js';
import { bodyRows, firstBodyRow } from '../test-support/excel.js';

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
      'Theo đơn vị - trình độ',
      'Theo đơn vị - khác',
      'Biểu đồ',
      'Chất lượng dữ liệu',
      'Dòng không được đếm',
      'Tên đơn vị được gộp',
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

  it('writes "Đại học trở lên" on the summary as a "Trong đó" row in italics, not as a level', async () => {
    const { wb } = await workbookOf(['fixtures/thai-nguyen-2022.xlsx']);
    const rows = wb.getWorksheet('Tổng hợp')!.getRows(1, 80)!;
    const heading = rows.findIndex((r) => r.getCell(1).value === 'Trình độ chuyên môn');
    const section = rows.slice(
      heading + 1,
      rows.findIndex((r, i) => i > heading && !r.getCell(1).value),
    );
    const derived = section.filter((r) => /đại học trở lên/i.test(String(r.getCell(1).value)));
    expect(derived.map((r) => [r.getCell(1).value, r.getCell(2).value, r.font.italic])).toEqual([
      ['Trong đó: đại học trở lên', 537, true],
    ]);
  });

  it('keeps the frame of a sheet wider than a page over the columns of its first page', async () => {
    // No sheet of the report is wider than a page at 9 points any more: a hand-made one, 30 columns of 20.
    const built = new ExcelJS.Workbook();
    useFrame(built, {}, 'THỐNG KÊ ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC');
    const wide = framedSheet(built, 'Rộng');
    wide.addRow(Array.from({ length: 30 }, (_, i) => `Cột ${i + 1}`));
    for (let c = 1; c <= 30; c++) wide.getColumn(c).width = 20;
    setUpPrinting(built);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await built.xlsx.writeBuffer()) as ArrayBuffer);
    const ws = wb.getWorksheet('Rộng')!;
    const title = ws.getRows(1, 10)!.find((r) => r.getCell(1).value === 'THỐNG KÊ ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC')!;
    expect(ws.pageSetup.fitToPage).toBe(false);
    expect(title.getCell(2).isMerged).toBe(true);
    expect(title.getCell(ws.actualColumnCount).isMerged).toBe(false);
  });

  it("spans the frame over every column of a sheet that fits a page's width", async () => {
    const { wb } = await workbookOf(['fixtures/thai-nguyen-2022.xlsx']);
    const ws = wb.getWorksheet('Theo đơn vị')!;
    const title = ws.getRows(1, 10)!.find((r) => r.getCell(1).value === 'THỐNG KÊ ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC')!;
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(title.getCell(ws.actualColumnCount).master.address).toBe(title.getCell(1).address);
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
      .getWorksheet('Giá trị chưa phân loại')!
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
    expect(quality.find((r) => r[1] === 'SUBTOTAL_MISMATCH')!.slice(1, 5)).toEqual([
      'SUBTOTAL_MISMATCH',
      'xa.csv',
      'xa.csv',
      '4',
    ]);
  });
});

describe('the data-quality sheets', () => {
  it('put each table on a sheet of its own, only when it has a line', async () => {
    const { wb, report } = await workbookOf(['fixtures/thai-nguyen-2022.xlsx']);
    expect(report.unknownValues).toEqual([]);
    expect(report.rows.skipped.length).toBeGreaterThan(0);
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toContain('Dòng không được đếm');
    expect(names).not.toContain('Giá trị chưa phân loại');
  });

  it('give the skipped rows sheet one header, above its rows', async () => {
    const { wb, report } = await workbookOf(['fixtures/thai-nguyen-2022.xlsx']);
    const rows = rowsOf(wb.getWorksheet('Dòng không được đếm')!);
    expect(rows.filter((r) => r[0] === 'Tệp' && r[2] === 'Dòng')).toHaveLength(1);
    expect(rows).toHaveLength(2 + report.rows.skipped.length);
  });

  it('say on the first sheet how many lines each table holds and where', async () => {
    const { wb, report } = await workbookOf(['fixtures/thai-nguyen-2022.xlsx']);
    const lines = rowsOf(wb.getWorksheet('Chất lượng dữ liệu')!).map((r) => r[0]);
    expect(lines).toContain(`Dòng không được đếm: ${report.rows.skipped.length} (trang "Dòng không được đếm")`);
    expect(lines).toContain('Giá trị chưa phân loại (tính vào "Không rõ"): không có');
  });
});

describe('the standards sheet', () => {
  async function standardsSheet() {
    const { report, byUnit } = await analyze(['fixtures/thai-nguyen-2022.xlsx'], {
      standards: BUILT_IN['nd33-2023'],
      asOf: { year: 2024, month: 1, day: 1 },
    });
    const data = await renderExcel(report, { date: new Date(0), byUnit });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(data as unknown as ArrayBuffer);
    return { ws: wb.getWorksheet('Đạt chuẩn theo đơn vị')!, report };
  }

  it('names the rule set by its title, not its id', async () => {
    const { ws, report } = await standardsSheet();
    const title = ws.getCell(`A${firstBodyRow(ws)}`).value;
    expect(title).toBe(`Đạt chuẩn theo đơn vị (${report.standards!.title})`);
    expect(String(title)).not.toContain('nd33-2023');
  });

  it('wraps the legal note across the table instead of widening its first column', async () => {
    const { ws, report } = await standardsSheet();
    const note = firstBodyRow(ws) + 1;
    expect(ws.getCell(`A${note}`).value).toBe(report.standards!.source);
    expect(ws.getCell(`D${note}`).master.address).toBe(`A${note}`);
    expect(ws.getCell(`A${note}`).alignment?.wrapText).toBe(true);
    expect(ws.getColumn(1).width).toBeLessThan(report.standards!.source.length / 2);
  });

  it('wraps its long title (the rule set named in full) across the table too, bold, its row tall enough for two lines', async () => {
    // Left to run on past the table, the title set the printed width: LibreOffice shrank the page to ~65% (7 points).
    const { ws } = await standardsSheet();
    const title = firstBodyRow(ws);
    expect(String(ws.getCell(`A${title}`).value).length).toBeGreaterThan(80);
    expect(ws.getCell(`D${title}`).master.address).toBe(`A${title}`);
    expect(ws.getCell(`A${title}`).alignment?.wrapText).toBe(true);
    expect(ws.getCell(`A${title}`).font?.bold).toBe(true);
    expect(ws.getRow(title).height).toBeGreaterThanOrEqual(30);
  });
});
