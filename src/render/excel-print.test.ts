/**
 * The page set-up of every sheet of the four workbooks the tool writes (report, compare, series and the
 * exported data), read back from the sheet and workbook XML of the written files.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { randomRoster } from '../../fixtures/lib/truth.js';
import { writeRosterCsv, writeRosterXlsx } from '../../fixtures/lib/write.js';
import { readSmallPart } from '../read/zip.js';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';
import { loadExcelJs } from '../util/exceljs.js';
import { MIN_SCALE, pageFit } from './excel-print.js';

const dir = tempDir('cbcc-print-');
const people = randomRoster(120, 15);

interface PrintedSheet {
  name: string;
  pageSetup: Record<string, string>;
  fitToPage: boolean;
  centred: boolean;
  footer: string;
  printTitles: string | undefined;
}

function attributes(xml: string, tag: string): Record<string, string> {
  const m = new RegExp(`<${tag}\\b([^>]*)/?>`).exec(xml);
  return Object.fromEntries([...(m?.[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
}

function unescape(xml: string): string {
  return xml
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Each sheet's print set-up as the written package holds it (exceljs writes sheetN in sheet order). */
function printedSheets(xlsx: Buffer): PrintedSheet[] {
  const book = readSmallPart(xlsx, 'xl/workbook.xml')!;
  const names = [...book.matchAll(/<sheet [^>]*\bname="([^"]*)"/g)].map((m) => unescape(m[1]!));
  const titles = new Map(
    [...book.matchAll(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]*)</g)].map((m) => [
      Number(m[1]),
      unescape(m[2]!),
    ]),
  );
  return names.map((name, i) => {
    const xml = readSmallPart(xlsx, `xl/worksheets/sheet${i + 1}.xml`)!;
    return {
      name,
      pageSetup: attributes(xml, 'pageSetup'),
      fitToPage: attributes(xml, 'pageSetUpPr').fitToPage === '1',
      centred: attributes(xml, 'printOptions').horizontalCentered === '1',
      footer: unescape(/<oddFooter>([^<]*)<\/oddFooter>/.exec(xml)?.[1] ?? ''),
      printTitles: titles.get(i),
    };
  });
}

const outputs: Record<string, Buffer> = {};

beforeAll(async () => {
  await writeRosterXlsx(people.slice(0, 100), join(dir, 'thang-05.xlsx'));
  await writeRosterCsv(people.slice(0, 90), join(dir, '2019.csv'));
  await writeRosterCsv(people.slice(20), join(dir, '2020.csv'));
  const runs: Record<string, string[]> = {
    report: ['report', 'thang-05.xlsx', '--out', 'report.xlsx', '--quiet'],
    compare: ['compare', '2019.csv', '2020.csv', '--out', 'compare.xlsx', '--quiet'],
    series: ['report', '2019.csv', '2020.csv', '--series', '--out', 'series.xlsx', '--quiet'],
    export: ['report', 'thang-05.xlsx', '--export-data', 'export.xlsx', '--no-excel', '--quiet'],
  };
  for (const [name, argv] of Object.entries(runs)) {
    const r = await runCli(argv, { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    outputs[name] = await readFile(join(dir, `${name}.xlsx`));
  }
}, 60_000);

const WORKBOOKS = ['report', 'compare', 'series', 'export'] as const;

describe.each(WORKBOOKS)('every sheet of the %s workbook', (name) => {
  const sheets = () => printedSheets(outputs[name]!);

  it('prints on A4, centred, one page wide or at no less than 9 points', () => {
    expect(sheets().length).toBeGreaterThan(1);
    for (const s of sheets()) {
      expect(s.pageSetup.paperSize, s.name).toBe('9');
      expect(['portrait', 'landscape'], s.name).toContain(s.pageSetup.orientation);
      expect(s.centred, s.name).toBe(true);
      if (s.fitToPage) {
        expect(s.pageSetup.fitToWidth, s.name).toBe('1');
        expect(s.pageSetup.fitToHeight, s.name).toBe('0');
      } else expect(Number(s.pageSetup.scale), s.name).toBeGreaterThanOrEqual(MIN_SCALE);
    }
  });

  it('numbers its pages "Trang x/y" in the footer', () => {
    for (const s of sheets()) expect(s.footer, s.name).toBe('&CTrang &P/&N');
  });

  it('names the typeface of every bold, italic or larger text (LibreOffice prints a nameless one in a wider serif)', async () => {
    const ExcelJS = await loadExcelJs();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(outputs[name]! as unknown as ArrayBuffer);
    let styled = 0;
    const nameless: string[] = [];
    for (const ws of wb.worksheets)
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (!cell.font) return;
          styled++;
          if (!cell.font.name) nameless.push(`${ws.name}!${cell.address}`);
        }),
      );
    expect(styled).toBeGreaterThan(0);
    expect(nameless.slice(0, 5)).toEqual([]);
  });
});

describe('print titles', () => {
  it("repeat the header row of a sheet's only table on every page", () => {
    const compare = printedSheets(outputs.compare!);
    // Under the frame: the title, "Số liệu tính đến ngày …" and a blank row (the CSVs have no title block).
    for (const s of compare) expect(s.printTitles, s.name).toMatch(/!\$4:\$4$/);
    const exported = printedSheets(outputs.export!);
    expect(exported.map((s) => s.printTitles)).toEqual(["'Dữ liệu'!$A:$A,'Dữ liệu'!$1:$1", "'Codebook'!$1:$1"]);
  });

  it("repeat on the people sheet's pages across the columns through the name, so each page says whose row it is (review rv31)", () => {
    // Its first column is the id, blank in many rosters: repeated alone, the later pages named nobody.
    const data = printedSheets(outputs.report!).find((s) => s.name === 'Dữ liệu đã chuẩn hóa')!;
    expect(data.fitToPage).toBe(false);
    expect(data.printTitles).toBe("'Dữ liệu đã chuẩn hóa'!$A:$B,'Dữ liệu đã chuẩn hóa'!$1:$1");
  });

  it('are not set on a sheet of several tables, where they would label the later tables wrongly', () => {
    const sources = printedSheets(outputs.report!).find((s) => s.name === 'Nguồn')!;
    expect(sources.printTitles ?? '').not.toMatch(/\$\d+:\$\d+/);
    const series = printedSheets(outputs.series!).find((s) => s.name === 'Qua các kỳ')!;
    expect(series.printTitles).toBeUndefined();
  });

  it("repeat on each data-quality sheet its own table's header, under the table's title", () => {
    const quality = ['Giá trị chưa phân loại', 'Dòng không được đếm', 'Cảnh báo theo dòng', 'Tên đơn vị được gộp'];
    const sheets = printedSheets(outputs.report!).filter((s) => quality.includes(s.name));
    expect(sheets.length).toBeGreaterThan(0);
    // Under the frame of the roster's title block (six rows) and the table's title.
    for (const s of sheets) expect(s.printTitles, s.name).toBe(`'${s.name}'!$8:$8`);
  });

  it('the summary repeats its indicator header, below the title lines', () => {
    const summary = printedSheets(outputs.report!).find((s) => s.name === 'Tổng hợp')!;
    expect(summary.printTitles).toMatch(/^'Tổng hợp'!\$(\d+):\$\1$/);
    expect(summary.pageSetup.orientation).toBe('portrait');
  });
});

describe('the orientation and scale chosen from the width of the used columns', () => {
  it('is portrait when the columns fit a portrait A4 page', () => {
    expect(pageFit(7)).toEqual({ orientation: 'portrait', scale: 100, fitToWidth: true });
  });

  it('is landscape, fitted to the width, when they fit a landscape page at 9 points or more', () => {
    expect(pageFit(12)).toEqual({ orientation: 'landscape', scale: 89, fitToWidth: true });
  });

  it('prints at the 9-point scale over more pages across rather than shrink a wide sheet below it', () => {
    expect(pageFit(30)).toEqual({ orientation: 'landscape', scale: MIN_SCALE, fitToWidth: false });
    expect(MIN_SCALE).toBe(82);
  });

  it('prints each per-unit sheet one page wide at 9 points or more, its two header rows repeated', () => {
    const perUnit = printedSheets(outputs.report!).filter((s) => s.name.startsWith('Theo đơn vị'));
    expect(perUnit.map((s) => s.name)).toEqual(['Theo đơn vị', 'Theo đơn vị - trình độ', 'Theo đơn vị - khác']);
    for (const s of perUnit) {
      expect(s.fitToPage, s.name).toBe(true);
      // Under the frame of the roster's title block (six rows), the sheet's title and unit of measure.
      expect(s.printTitles, s.name).toBe(`'${s.name}'!$9:$10`);
    }
  });
});
