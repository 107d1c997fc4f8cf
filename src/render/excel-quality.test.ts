/** The data-quality sheet prints legibly: a warning's long message wraps in its column instead of running off the page. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';

const dir = tempDir('cbcc-quality-');

async function qualitySheet(): Promise<ExcelJS.Worksheet> {
  const roster = join(dir, 'twice.csv');
  writeFileSync(
    roster,
    [
      'STT,Họ và tên,Ngày sinh,Giới tính,Chức danh,Xã',
      '1,Lê Văn Tám,02/03/1980,Nam,Chủ tịch UBND,Xã An Bình',
      '2,Trần Thị Mai,04/05/1985,Nữ,Công chức Tư pháp - Hộ tịch,Xã An Bình',
      '3,Lê Văn Tám,02/03/1980,Nam,Chủ tịch UBND,Xã An Bình',
    ].join('\n'),
  );
  const out = join(dir, 'twice.xlsx');
  const r = await runCli(['report', roster, '--out', out, '--quiet']);
  expect(r.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return wb.getWorksheet('Chất lượng dữ liệu')!;
}

describe('the data-quality sheet', () => {
  it("wraps a warning's message within a column of at most 56 characters, its row as tall as its lines", async () => {
    const ws = await qualitySheet();
    let at: ExcelJS.Cell | undefined;
    ws.eachRow((row) => {
      if (row.getCell(2).value === 'PERSON_LISTED_TWICE') at = row.getCell(6);
    });
    expect(String(at?.value)).toMatch(/^1 row repeats/);
    expect(at?.alignment?.wrapText).toBe(true);
    expect(ws.getColumn(6).width).toBeLessThanOrEqual(56);
    expect(ws.getRow(Number(at?.row)).height).toBeGreaterThan(15);
  });
});

describe('the sheet of values not classified', () => {
  it('starts the rows column one indent in, so that a count and the rows after it (a count "2", then rows "2, 4") do not print as one number ("22, 4")', async () => {
    const roster = join(dir, 'unknown.csv');
    writeFileSync(
      roster,
      [
        'STT,Họ và tên,Ngày sinh,Giới tính,Chức danh,Xã,Trình độ chuyên môn',
        '1,Lê Văn Tám,02/03/1980,Nam,Chủ tịch UBND,Xã An Bình,Bằng lái xe',
        '2,Trần Thị Mai,04/05/1985,Nữ,Công chức Tư pháp - Hộ tịch,Xã An Bình,ĐH Luật',
        '3,Lê Văn Hai,02/03/1981,Nam,Công chức Văn phòng - Thống kê,Xã An Bình,Bằng lái xe',
      ].join('\n'),
    );
    const out = join(dir, 'unknown.xlsx');
    expect((await runCli(['report', roster, '--out', out, '--quiet'])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    let line: ExcelJS.Row | undefined;
    wb.getWorksheet('Giá trị chưa phân loại')!.eachRow((row) => {
      if (row.getCell(3).value === 'Bằng lái xe') line = row;
    });
    expect([line?.getCell(4).value, line?.getCell(5).value, line?.getCell(5).alignment?.indent]).toEqual([
      2,
      '2, 4',
      1,
    ]);
  });
});
