import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GroupReport, Report } from '../../aggregate/contract.js';
import { analyze } from '../../pipeline/analyze.js';
import { expectPackageWhole, relTargets } from '../../test-support/ooxml.js';
import { xmlText } from '../../read/xml.js';
import { renderExcel } from '../excel.js';
import { addExcelCharts } from './excel-charts.js';
import { readPackage, type Parts } from './package.js';
import { chartSpecs, type ChartSpec } from './spec.js';

const DATE = new Date(Date.UTC(2022, 7, 12));
let report: Report;
let byUnit: GroupReport[];
let specs: ChartSpec[];
let xlsx: Buffer;
let parts: Parts;

beforeAll(async () => {
  ({ report, byUnit } = await analyze(['fixtures/thai-nguyen-2022.xlsx'], {}));
  specs = chartSpecs(report, 'vi', byUnit);
  xlsx = await renderExcel(report, { date: DATE, byUnit });
  parts = readPackage(xlsx);
});

/** The chart parts in the order the drawing anchors them (the order of the specs). */
function chartsOf(p: Parts, sheetPart: string): string[] {
  const [drawing] = [...relTargets(p, sheetPart).values()].filter((t) => t.includes('drawings/'));
  const rels = relTargets(p, drawing!);
  const ids = [
    ...p
      .get(drawing!)!
      .toString('utf8')
      .matchAll(/<c:chart\b[^>]*r:id="([^"]+)"/g),
  ].map((m) => m[1]!);
  return ids.map((id) => p.get(rels.get(id)!)!.toString('utf8'));
}

function sheetPartOf(p: Parts, name: string): string {
  const workbook = p.get('xl/workbook.xml')!.toString('utf8');
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].find((m) => m[0].includes(`name="${name}"`))![0];
  return relTargets(p, 'xl/workbook.xml').get(/r:id="([^"]+)"/.exec(tag)![1]!)!;
}

const caches = (xml: string, kind: 'str' | 'num') =>
  [...xml.matchAll(new RegExp(`<c:${kind}Cache>([\\s\\S]*?)</c:${kind}Cache>`, 'g'))].map((m) =>
    [...m[1]!.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => xmlText(v[1]!)),
  );

describe('charts in the Excel report', () => {
  it('adds a Biểu đồ sheet after the figures, one native chart per spec', () => {
    const names = [
      ...parts
        .get('xl/workbook.xml')!
        .toString('utf8')
        .matchAll(/<sheet\b[^>]*\bname="([^"]+)"/g),
    ].map((m) => m[1]);
    // After the summary and the per-unit sheets, before the quality and sources sheets.
    const perUnit = names.filter((n) => n!.startsWith('Theo đơn vị'));
    expect(names.slice(0, perUnit.length + 2)).toEqual(['Tổng hợp', ...perUnit, 'Biểu đồ']);
    expect(names.slice(perUnit.length + 2)).toContain('Chất lượng dữ liệu');
    expect(chartsOf(parts, sheetPartOf(parts, 'Biểu đồ'))).toHaveLength(specs.length);
    expect(specs).toHaveLength(10);
  });

  it('writes a whole package: well-formed parts, content types, relationships that resolve', () => {
    expectPackageWhole(parts);
    const types = parts.get('[Content_Types].xml')!.toString('utf8');
    expect(types).toContain(
      'PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"',
    );
    expect(types).toContain(
      'PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"',
    );
  });

  it('caches in each chart the categories and counts of the JSON figures', () => {
    const charts = chartsOf(parts, sheetPartOf(parts, 'Biểu đồ'));
    const education = charts[0]!;
    expect(education).toContain('<c:barDir val="bar"/>');
    const [name, categories] = caches(education, 'str');
    expect(name).toEqual(['Số người']);
    expect(categories).toEqual([
      'Tiến sĩ',
      'Thạc sĩ',
      'Đại học',
      'Cao đẳng',
      'Trung cấp',
      'Sơ cấp',
      'Chưa qua đào tạo',
    ]);
    const e = report.dimensions.education;
    const levels = ['doctorate', 'master', 'university', 'college', 'intermediate', 'elementary', 'none'];
    expect(caches(education, 'num')[0]!.map(Number)).toEqual(levels.map((l) => e[l]!.count));
    expect(charts[3]).toContain('<c:pieChart>');
    expect(caches(charts[3]!, 'num')[0]!.map(Number)).toEqual([284, 352]);
  });

  it('references cells on the sheet that hold the same values as the caches, so the chart stays editable', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Biểu đồ')!;
    const charts = chartsOf(parts, sheetPartOf(parts, 'Biểu đồ'));
    let checked = 0;
    charts.forEach((xml, i) => {
      for (const m of xml.matchAll(/<c:f>([^<]*)<\/c:f><c:(str|num)Cache>([\s\S]*?)<\/c:\2Cache>/g)) {
        const f = xmlText(m[1]!);
        const cache = [...m[3]!.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => xmlText(v[1]!));
        const ref = /^'Biểu đồ'!\$([A-Z]+)\$(\d+)(?::\$[A-Z]+\$(\d+))?$/.exec(f);
        expect(ref, f).not.toBeNull();
        const first = Number(ref![2]);
        const rows = Number(ref![3] ?? ref![2]) - first + 1;
        const cells = Array.from({ length: rows }, (_, r) => ws.getCell(`${ref![1]}${first + r}`).value);
        const numeric = m[2] === 'num';
        expect(numeric ? cells.map(Number) : cells.map(String), `${specs[i]!.id} ${f}`).toEqual(
          numeric ? cache.map(Number) : cache,
        );
        checked++;
      }
    });
    expect(checked).toBeGreaterThan(30);
  });

  it('lays the charts two to an A4 portrait page, with a page break after each page', () => {
    const sheet = parts.get(sheetPartOf(parts, 'Biểu đồ'))!.toString('utf8');
    expect(sheet).toMatch(/<pageSetup paperSize="9" orientation="portrait"/);
    const breaks = [...sheet.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
    const drawing = parts.get('xl/drawings/drawing1.xml')!.toString('utf8');
    const tops = [...drawing.matchAll(/<xdr:row>(\d+)<\/xdr:row>/g)].map((m) => Number(m[1]) + 1);
    // The five structure charts: one under the frame on the first page, then two and two; each per-unit
    // chart (32 units) alone.
    const pageOf = (row: number) => breaks.filter((b) => b < row).length;
    expect(tops.map(pageOf)).toEqual([0, 1, 1, 2, 2, 3, 4, 5, 6, 7]);
    expect(sheet).toContain('<drawing r:id=');
  });

  it('is the same bytes when written twice', async () => {
    const again = await renderExcel(report, { date: DATE, byUnit });
    expect(again.equals(xlsx)).toBe(true);
  });
});

describe('addExcelCharts on another workbook', () => {
  it('adds the sheet when the workbook has none of that name', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Số liệu').addRow(['x', 1]);
    const out = addExcelCharts(Buffer.from(await wb.xlsx.writeBuffer()), specs.slice(0, 2), 'Biểu đồ');
    const p = readPackage(out);
    expectPackageWhole(p);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(out as unknown as ArrayBuffer);
    expect(again.worksheets.map((w) => w.name)).toEqual(['Số liệu', 'Biểu đồ']);
    expect(chartsOf(p, sheetPartOf(p, 'Biểu đồ'))).toHaveLength(2);
  });

  it('fills a sheet below the rows it already holds', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Biểu đồ');
    ws.addRow(['ỦY BAN NHÂN DÂN']);
    ws.addRow(['BIỂU ĐỒ']);
    const out = addExcelCharts(Buffer.from(await wb.xlsx.writeBuffer()), specs.slice(0, 1), 'Biểu đồ');
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(out as unknown as ArrayBuffer);
    const sheet = again.getWorksheet('Biểu đồ')!;
    expect(sheet.getCell('A1').value).toBe('ỦY BAN NHÂN DÂN');
    expect(sheet.getCell('A2').value).toBe('BIỂU ĐỒ');
    const drawing = readPackage(out).get('xl/drawings/drawing1.xml')!.toString('utf8');
    expect(Number(/<xdr:row>(\d+)<\/xdr:row>/.exec(drawing)![1])).toBeGreaterThanOrEqual(2);
  });

  it('leaves a workbook unchanged when there is nothing to chart', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Số liệu');
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    expect(addExcelCharts(data, []).equals(data)).toBe(true);
  });
});
