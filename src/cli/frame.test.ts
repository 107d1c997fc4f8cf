/**
 * The administrative frame in the workbooks `report` and `compare` write, read back with exceljs: on
 * every sheet, filled from the options over the config over the roster's own title block, and no
 * input path on the summary.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { randomRoster } from '../../fixtures/lib/truth.js';
import { writeRosterCsv, writeRosterXlsx } from '../../fixtures/lib/write.js';
import { frameTexts } from '../test-support/excel.js';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';

const dir = tempDir('cbcc-frame-');
const people = randomRoster(60, 21);

async function workbook(argv: string[], out: string): Promise<ExcelJS.Workbook> {
  const r = await runCli([...argv, '--out', out, '--quiet'], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, out));
  return wb;
}

/** The frame's texts on the sheet, joined: one string to look for a line in. */
const frameOf = (ws: ExcelJS.Worksheet) => frameTexts(ws).join('\n');

beforeAll(async () => {
  await mkdir(join(dir, 'in'), { recursive: true });
  // writeRosterXlsx writes a title block: UBND THÀNH PHỐ THÁI NGUYÊN / PHÒNG NỘI VỤ, Quốc hiệu, a title.
  await writeRosterXlsx(people, join(dir, 'in', 'thang-05.xlsx'));
  await writeRosterCsv(people.slice(0, 50), join(dir, '2024.csv'));
  await writeRosterCsv(people.slice(10), join(dir, '2025.csv'));
  await writeFile(
    join(dir, 'office.json'),
    JSON.stringify({ report: { agency: 'UBND XÃ CẤU HÌNH', signer: 'Lê Văn Ký' } }),
  );
}, 60_000);

describe('the frame on every sheet', () => {
  it.each([
    ['report', ['report', join('in', 'thang-05.xlsx'), '--as-of', '31/12/2024']],
    ['compare', ['compare', '2024.csv', '2025.csv', '--as-of', '31/12/2024']],
    ['series', ['report', '2024.csv', '2025.csv', '--series', '--as-of', '31/12/2024']],
  ])('of the %s workbook: the title block and the as-of date above the tables', async (name, argv) => {
    const wb = await workbook([...argv, '--agency', 'PHÒNG NỘI VỤ HUYỆN X'], `${name}.xlsx`);
    expect(wb.worksheets.length).toBeGreaterThan(1);
    // Every printed sheet; the normalised data is a table to filter and pivot, its header on row 1.
    for (const ws of wb.worksheets.filter((w) => w.name !== 'Dữ liệu đã chuẩn hóa')) {
      expect(frameOf(ws), ws.name).toContain('PHÒNG NỘI VỤ HUYỆN X');
      expect(frameOf(ws), ws.name).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(frameOf(ws), ws.name).toContain('Số liệu tính đến ngày 31/12/2024');
    }
  });
});

describe('where the frame comes from', () => {
  let fromBlock: ExcelJS.Workbook;
  beforeAll(async () => {
    fromBlock = await workbook(['report', join('in', 'thang-05.xlsx')], 'block.xlsx');
  });

  it("takes the agencies from the roster's own title block", () =>
    expect(frameOf(fromBlock.getWorksheet('Tổng hợp')!)).toContain(
      'UBND THÀNH PHỐ THÁI NGUYÊN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG NỘI VỤ',
    ));

  it("titles the report as a report, not with the roster's list title", () => {
    const frame = frameOf(fromBlock.getWorksheet('Tổng hợp')!);
    expect(frame).toContain('THỐNG KÊ ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC');
    expect(frame).not.toContain('DANH SÁCH CÁN BỘ');
  });

  it('takes the config over the title block', async () => {
    const wb = await workbook(['report', join('in', 'thang-05.xlsx'), '--config', 'office.json'], 'config.xlsx');
    const frame = frameOf(wb.getWorksheet('Tổng hợp')!);
    expect(frame).toContain('UBND XÃ CẤU HÌNH');
    expect(frame).not.toContain('\nPHÒNG NỘI VỤ\n');
  });

  it('takes an option over the config', async () => {
    const wb = await workbook(
      ['report', join('in', 'thang-05.xlsx'), '--config', 'office.json', '--signer', 'Phạm Thị Chọn'],
      'option.xlsx',
    );
    const frame = frameOf(wb.getWorksheet('Tổng hợp')!);
    expect(frame).toContain('Phạm Thị Chọn');
    expect(frame).not.toContain('Lê Văn Ký');
  });

  it('signs the summary: place and date, the roles and the names given', async () => {
    const wb = await workbook(
      [
        'report',
        join('in', 'thang-05.xlsx'),
        '--place',
        'Thái Nguyên',
        '--signed-on',
        '2022-08-12',
        '--preparer',
        'Nguyễn Thị Lập',
        '--signer-title',
        'TRƯỞNG PHÒNG',
      ],
      'signed.xlsx',
    );
    const frame = frameOf(wb.getWorksheet('Tổng hợp')!);
    expect(frame).toContain(
      'Thái Nguyên, ngày 12 tháng 8 năm 2022\nNGƯỜI LẬP BIỂU\nTRƯỞNG PHÒNG\n(Ký, ghi rõ họ tên)\n(Ký tên, đóng dấu)\nNguyễn Thị Lập',
    );
  });

  it('--no-national-heading leaves Quốc hiệu out though the roster has it', async () => {
    const wb = await workbook(['report', join('in', 'thang-05.xlsx'), '--no-national-heading'], 'plain.xlsx');
    expect(frameOf(wb.getWorksheet('Tổng hợp')!)).not.toContain('CỘNG HÒA');
  });

  it('names no input path on the summary sheet', () => {
    const texts: string[] = [];
    fromBlock.getWorksheet('Tổng hợp')!.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts.filter((t) => t.includes('thang-05'))).toEqual([]);
  });

  it('records the frame options in the JSON options', async () => {
    const r = await runCli(
      [
        'report',
        join('in', 'thang-05.xlsx'),
        '--json',
        '--no-excel',
        '--agency',
        'PHÒNG NỘI VỤ',
        '--signed-on',
        '12/8/2022',
      ],
      { cwd: dir },
    );
    expect(JSON.parse(r.stdout).options).toMatchObject({ agency: 'PHÒNG NỘI VỤ', signedOn: '2022-08-12' });
  });

  it('refuses a signing date that is not one, naming the option (exit 2)', async () => {
    const r = await runCli(['report', join('in', 'thang-05.xlsx'), '--no-excel', '--signed-on', '31/6/2022'], {
      cwd: dir,
    });
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("'--signed-on <date>'")]);
  });
});

/** The width in characters of the merged range a cell's text stands in (one column when not merged). */
function spanOf(ws: ExcelJS.Worksheet, text: string): number {
  let address = '';
  ws.eachRow((row) => row.eachCell((c) => (c.value === text && !address ? (address = c.address) : undefined)));
  const range = (ws.model.merges ?? []).find((m) => m.split(':')[0] === address) ?? `${address}:${address}`;
  const [from, to] = range.split(':').map((a) => ws.getCell(a).fullAddress.col);
  let width = 0;
  for (let c = from!; c <= to!; c++) width += ws.getColumn(c).width ?? 8.43;
  return width;
}

describe('the frame on a sheet narrower than itself', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await workbook(['report', join('in', 'thang-05.xlsx'), '--as-of', '31/12/2024'], 'narrow.xlsx');
  });

  it.each(['Chất lượng dữ liệu', 'Biểu đồ'])(
    'gives Quốc hiệu on %s a block of 42 characters or more, not one narrow column it wraps in',
    (name) => expect(spanOf(wb.getWorksheet(name)!, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeGreaterThanOrEqual(42),
  );

  it.each(['Chất lượng dữ liệu', 'Biểu đồ'])('gives the title on %s a line of 45 characters or more', (name) =>
    expect(spanOf(wb.getWorksheet(name)!, 'THỐNG KÊ ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC')).toBeGreaterThanOrEqual(45),
  );

  it('sizes the charts sheet as its data tables before drawing the frame over it', () =>
    expect(wb.getWorksheet('Biểu đồ')!.getColumn(1).width).toBe(32));

  it('keeps the widened quality sheet on a portrait page', () =>
    expect(wb.getWorksheet('Chất lượng dữ liệu')!.pageSetup.orientation).toBe('portrait'));
});
