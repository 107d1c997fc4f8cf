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
    expect(String(at?.value)).toMatch(/^1 dòng lặp lại người đã có ở phía trên trong .*twice\.csv trang "twice\.csv"/);
    expect(at?.alignment?.wrapText).toBe(true);
    expect(ws.getColumn(6).width).toBeLessThanOrEqual(56);
    // The code, in capitals and unbroken, fits its column in print (it ran into the file's column before).
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual('PERSON_LISTED_TWICE'.length * 1.25);
    expect(ws.getRow(Number(at?.row)).getCell(2).alignment?.wrapText).not.toBe(true);
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

describe('the first line of the data-quality sheet', () => {
  /** Eight people, every column a report reads; the seventh's education is as given. */
  const roster = (name: string, education: string) => {
    const file = join(dir, name);
    writeFileSync(
      file,
      [
        'STT,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Đơn vị,Chức vụ,Cán bộ/Công chức,Trình độ chuyên môn,Lý luận chính trị,Đảng viên',
        '1,Người Một,02/03/1980,Nữ,Kinh,Xã An Bình,Bí thư Đảng ủy,Cán bộ,Thạc sĩ,Cao cấp,x',
        '2,Người Hai,02/03/1975,Nam,Tày,Xã An Bình,Phó Bí thư,Cán bộ,Đại học,Trung cấp,x',
        '3,Người Ba,12/12/1990,Nam,Kinh,Xã An Bình,Chủ tịch UBND,Cán bộ,Đại học,Trung cấp,x',
        '4,Người Bốn,01/01/1995,Nữ,Kinh,Xã An Bình,Văn phòng - Thống kê,Công chức,Đại học,,',
        '5,Người Năm,05/06/1988,Nam,Nùng,Xã An Bình,Địa chính - Xây dựng,Công chức,Cao đẳng,Sơ cấp,x',
        '6,Người Sáu,03/02/1992,Nữ,Kinh,Xã An Bình,Tư pháp - Hộ tịch,Công chức,Trung cấp,,',
        `7,Người Bảy,07/08/1985,Nam,Kinh,Xã An Bình,Tài chính - Kế toán,Công chức,${education},Trung cấp,x`,
        '8,Người Tám,09/10/1983,Nữ,Kinh,Xã An Bình,Văn hóa - Xã hội,Công chức,Đại học,Trung cấp,x',
      ].join('\n'),
    );
    return file;
  };
  const texts = async (file: string) => {
    const out = `${file}.xlsx`;
    expect((await runCli(['report', file, '--out', out, '--quiet', '--as-of', '2025-01-01'])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const lines: string[] = [];
    wb.getWorksheet('Chất lượng dữ liệu')!.eachRow((row) => lines.push(String(row.getCell(1).value)));
    return lines;
  };

  it('does not say "no warnings" above a value left unclassified: it says what there is to check', async () => {
    const lines = await texts(roster('unclassified.csv', 'Giỏi'));
    expect(lines).not.toContain('Không có cảnh báo.');
    const at = lines.indexOf('Giá trị chưa phân loại (tính vào "Không rõ"): 1 (trang "Giá trị chưa phân loại")');
    expect(lines[at - 1]).toBe(
      'Không có cảnh báo chung cho cả báo cáo, nhưng cần kiểm tra: 1 giá trị chưa phân loại (tính vào "Không rõ").',
    );
  });

  it('says "no warnings" when every value was classified and no row was warned about', async () => {
    const lines = await texts(roster('clean.csv', 'Đại học'));
    expect(lines.slice(-6)).toEqual([
      'Không có cảnh báo.',
      'Giá trị chưa phân loại (tính vào "Không rõ"): không có',
      'Mọi giá trị đều được phân loại.',
      'Dòng không được đếm: 1 (trang "Dòng không được đếm")',
      'Cảnh báo (dòng vẫn được đếm): không có',
      'Tên đơn vị được gộp: không có',
    ]);
  });
});
