import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../aggregate/contract.js';
import { analyze } from '../../pipeline/analyze.js';
import { expectPackageWhole, relTargets } from '../../test-support/ooxml.js';
import { addDocxCharts } from './docx-charts.js';
import { readPackage, type Parts } from './package.js';
import { chartSpecs, type ChartSpec } from './spec.js';
import { minimalDocx } from '../../test-support/docx.js';

let report: Report;
let specs: ChartSpec[];

beforeAll(async () => {
  const analysed = await analyze(['fixtures/thai-nguyen-2022.xlsx'], {});
  report = analysed.report;
  specs = chartSpecs(report, 'vi', analysed.byUnit);
});

const documentOf = (p: Parts) => p.get('word/document.xml')!.toString('utf8');

describe('addDocxCharts', () => {
  it('replaces each {{chart:<id>}} paragraph by that chart, in place', () => {
    const docx = minimalDocx(['Mở đầu', '{{chart:education}}', 'Giữa', '{{chart:unitFemale}}', 'Hết']);
    const p = readPackage(addDocxCharts(docx, specs));
    const doc = documentOf(p);
    expect(doc).not.toContain('{{chart:');
    const order = [...doc.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>|r:id="(rIdC\d+)"/g)].map((m) => m[1] ?? m[2]);
    const rels = relTargets(p, 'word/document.xml');
    const titles = order.map((x) =>
      x!.startsWith('rIdC') ? /<a:t>([^<]*)<\/a:t>/.exec(p.get(rels.get(x!)!)!.toString('utf8'))![1] : x,
    );
    expect(titles).toEqual(['Mở đầu', 'Cơ cấu theo trình độ chuyên môn', 'Giữa', 'Tỷ lệ nữ theo đơn vị (%)', 'Hết']);
  });

  it('writes a whole package: chart parts with their content type, relationships that resolve', () => {
    const p = readPackage(addDocxCharts(minimalDocx(['{{chart:gender}}', '{{chart:staffType}}']), specs));
    expectPackageWhole(p);
    expect([...p.keys()].filter((k) => k.startsWith('word/charts/'))).toEqual([
      'word/charts/chart1.xml',
      'word/charts/chart2.xml',
    ]);
    expect(p.get('[Content_Types].xml')!.toString('utf8')).toContain(
      'PartName="/word/charts/chart2.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"',
    );
  });

  it('caches the figures of the report in the Word chart', () => {
    const p = readPackage(addDocxCharts(minimalDocx(['{{chart:gender}}']), specs));
    const chart = p.get('word/charts/chart1.xml')!.toString('utf8');
    const values = [...chart.matchAll(/<c:numCache>[\s\S]*?<\/c:numCache>/g)][0]![0];
    const female = report.dimensions.gender.female!.count;
    const male = report.dimensions.gender.male!.count;
    expect([...values.matchAll(/<c:v>(\d+)<\/c:v>/g)].map((m) => Number(m[1]))).toEqual([female, male]);
  });

  it('removes a marker naming no chart, so no placeholder is printed', () => {
    const p = readPackage(addDocxCharts(minimalDocx(['Trước', '{{chart:noSuchChart}}', 'Sau']), specs));
    const doc = documentOf(p);
    expect(doc).not.toContain('noSuchChart');
    expect([...doc.matchAll(/<w:p\b/g)]).toHaveLength(2);
    expect([...p.keys()].some((k) => k.startsWith('word/charts/'))).toBe(false);
  });

  it('keeps the marker paragraph’s properties (centred stays centred)', () => {
    const docx = minimalDocx(['{{chart:ageGroup}}'], '<w:pPr><w:jc w:val="center"/></w:pPr>');
    const doc = documentOf(readPackage(addDocxCharts(docx, specs)));
    expect(doc).toMatch(/<w:p><w:pPr><w:jc w:val="center"\/><\/w:pPr><w:r><w:drawing>/);
  });

  it('sizes a chart to the text width of the page and numbers its drawing after the document’s own', () => {
    // A4 (11906 twips) with 2 cm margins: 9638 twips of text, wider than a chart's 6.5 in (5 943 600 EMU).
    const docx = minimalDocx(['{{chart:gender}}'], '', '<wp:docPr id="7" name="Picture 7"/>');
    const doc = documentOf(readPackage(addDocxCharts(docx, specs)));
    expect(doc).toContain('<wp:extent cx="5943600"');
    expect(doc).toContain('<wp:docPr id="8"');
    const narrow = minimalDocx(['{{chart:gender}}'], '', '', { page: 11906, margin: 1700 });
    expect(documentOf(readPackage(addDocxCharts(narrow, specs)))).toContain(`<wp:extent cx="${(11906 - 3400) * 635}"`);
  });

  it('leaves a document without markers as it was', () => {
    const docx = minimalDocx(['Không có biểu đồ']);
    expect(addDocxCharts(docx, specs).equals(docx)).toBe(true);
  });
});
