import { describe, expect, it } from 'vitest';
import type { Report } from '../../aggregate/contract.js';
import { analyze } from '../../pipeline/analyze.js';
import { docxPart, paragraphsOf, tablesOf, tableXmlOf } from '../../test-support/docx.js';
import { DERIVED } from '../../vocab/dimensions.js';
import type { ReportFrame } from '../frame.js';
import { derivedAfter, dimensionsOf, groupLabel, HEADLINES, levelLabel, levelsShown } from '../labels.js';
import { formatInt, formatPercent } from '../numbers.js';
import type { TableOptions } from '../table-model.js';
import { chartSpecs } from '../charts/spec.js';
import { renderDocx } from './index.js';
import { textWidth } from './page.js';

const DATE = new Date(Date.UTC(1980, 0, 1));
const TABLES: TableOptions = { decimals: 1, rounding: 'half-up', lang: 'vi' };
const FULL_FRAME: ReportFrame = {
  superiorAgency: 'UBND thành phố Thái Nguyên',
  agency: 'Phòng Nội vụ',
  number: '15/BC-PNV',
  title: 'Báo cáo số lượng, chất lượng cán bộ, công chức cấp xã',
  period: 'Năm 2022',
  asOf: { year: 2022, month: 8, day: 12 },
  place: 'Thái Nguyên',
  signedOn: { year: 2022, month: 2, day: 5 },
  preparer: 'Trần Thị Bình',
  signer: 'Nguyễn Văn An',
  signerTitle: 'Trưởng phòng',
  nationalHeading: true,
};

let analysed: Promise<Report> | undefined;
function thaiNguyen(): Promise<Report> {
  analysed ??= analyze(['fixtures/thai-nguyen-2022.xlsx'], {
    groupBy: 'unit',
    asOf: { year: 2022, month: 8, day: 12 },
  }).then((a) => a.report);
  return analysed;
}

async function documentOf(frame: ReportFrame = {}, tables: TableOptions = TABLES, withCharts = false) {
  const report = await thaiNguyen();
  const charts = withCharts ? { charts: chartSpecs(report) } : {};
  const docx = await renderDocx(report, { frame, tables, date: DATE, ...charts });
  const xml = docxPart(docx, 'word/document.xml');
  return { report, docx, xml, paragraphs: paragraphsOf(xml), tables: tablesOf(xml) };
}

/** The figure tables: those whose header starts with "Chỉ tiêu" or "Đơn vị" (not the frame's or the signatures'). */
function figureTables(tables: string[][][]): string[][][] {
  return tables.filter((t) => ['Chỉ tiêu', 'Đơn vị'].includes(t[0]?.[0] ?? ''));
}

/** The rows of a table by their first cell. */
function byLabel(table: string[][]): Map<string, string[]> {
  return new Map(table.slice(1).map((row) => [row[0]!, row.slice(1)]));
}

describe('the Word report', () => {
  it("every dimension table's cells equal the JSON figures: count and share of each level, the derived lines, the total", async () => {
    const { report, tables } = await documentOf();
    const figures = figureTables(tables);
    const dimensions = dimensionsOf(report);
    expect(figures.length).toBeGreaterThanOrEqual(dimensions.length);
    dimensions.forEach((d, i) => {
      const rows = byLabel(figures[i]!);
      const levels = report.dimensions[d]!;
      for (const level of levelsShown(report, d)) {
        const c = levels[level]!.count;
        expect(rows.get(levelLabel(d, level)), `${d}.${level}`).toEqual([formatInt(c), formatPercent(c, report.total)]);
      }
      for (const id of derivedAfter(d)) {
        const c = report.derived[id].count;
        const line = [...rows].find(
          ([label]) => label.toLowerCase() === `trong đó: ${DERIVED[id].label.toLowerCase()}`,
        );
        expect(line?.[1], id).toEqual([formatInt(c), formatPercent(c, report.total)]);
      }
      expect(rows.get('Tổng số')).toEqual([formatInt(report.total), '100,0']);
    });
  });

  it("the per-unit table holds each unit's headcount and headline counts and shares from the JSON", async () => {
    const { report, tables } = await documentOf();
    const units = figureTables(tables).find((t) => t[0]![0] === 'Đơn vị')!;
    const rows = byLabel(units);
    expect(report.groups!.length).toBe(32);
    for (const g of report.groups!) {
      const expected = [
        formatInt(g.total),
        ...HEADLINES.flatMap((h) => [formatInt(h.pick(g)), formatPercent(h.pick(g), g.total)]),
      ];
      expect(rows.get(groupLabel(report, g)), g.key).toEqual(expected);
    }
    expect(rows.get('Tổng số')![0]).toBe(formatInt(report.total));
  });

  it('numbers the tables "Biểu 1", "Biểu 2" … in order, one caption per figure table', async () => {
    const { paragraphs, tables } = await documentOf();
    const captions = paragraphs.filter((p) => /^(Biểu|Bảng) /.test(p));
    expect(captions.map((c) => /^Biểu (\d+)\. /.exec(c)?.[1])).toEqual(
      figureTables(tables).map((_, i) => String(i + 1)),
    );
  });

  it('numbers them "Bảng 2.1", "Bảng 2.2" … with the thesis prefix 2.', async () => {
    const { paragraphs } = await documentOf({}, { ...TABLES, prefix: '2.' });
    const captions = paragraphs.filter((p) => /^(Biểu|Bảng) /.test(p));
    expect(captions[0]).toBe('Bảng 2.1. Cơ cấu đội ngũ cán bộ, công chức theo loại cán bộ, công chức');
    expect(captions[1]).toMatch(/^Bảng 2\.2\. /);
    expect(captions.some((c) => c.startsWith('Biểu'))).toBe(false);
  });

  it('prints only the tables --tables selects, in its order', async () => {
    const { paragraphs, tables } = await documentOf({}, { ...TABLES, select: ['education', 'gender'] });
    expect(paragraphs.filter((p) => p.startsWith('Biểu '))).toEqual([
      'Biểu 1. Cơ cấu đội ngũ cán bộ, công chức theo trình độ chuyên môn',
      'Biểu 2. Cơ cấu đội ngũ cán bộ, công chức theo giới tính',
    ]);
    expect(figureTables(tables)).toHaveLength(2);
  });

  it('states the unit of every figure table: "Đơn vị tính: người" under each caption', async () => {
    const { paragraphs } = await documentOf();
    const captions = paragraphs.flatMap((p, i) => (p.startsWith('Biểu ') ? [i] : []));
    for (const i of captions) expect(paragraphs[i + 1]).toBe('Đơn vị tính: người');
  });

  it('tells the headline figures in words with the JSON counts and shares', async () => {
    const { report, paragraphs } = await documentOf();
    const text = paragraphs.find((p) => p.startsWith('Tổng số '))!;
    const staff = report.dimensions.staffType;
    const share = (c: number) => `${formatInt(c)} người, chiếm ${formatPercent(c, report.total)}%`;
    expect(text).toContain(
      `Tổng số ${formatInt(report.total)} người, trong đó cán bộ ${formatInt(staff.canBo!.count)} người, ` +
        `công chức ${formatInt(staff.congChuc!.count)} người`,
    );
    expect(text).toContain(`nữ ${share(report.dimensions.gender.female!.count)}`);
    expect(text).toContain(`đảng viên ${share(report.dimensions.partyMember.yes!.count)}`);
    const quality = paragraphs.find((p) => p.startsWith('Về trình độ chuyên môn'))!;
    expect(quality).toContain(`đại học trở lên ${share(report.derived.universityOrAbove.count)}`);
  });

  it('draws every field of the frame: agencies, number, Quốc hiệu, signing line, title, period, as-of date, signers', async () => {
    const { paragraphs } = await documentOf(FULL_FRAME);
    for (const line of [
      'UBND THÀNH PHỐ THÁI NGUYÊN',
      'PHÒNG NỘI VỤ',
      'Số: 15/BC-PNV',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Thái Nguyên, ngày 05 tháng 02 năm 2022',
      'BÁO CÁO SỐ LƯỢNG, CHẤT LƯỢNG CÁN BỘ, CÔNG CHỨC CẤP XÃ',
      'Năm 2022',
      '(Số liệu tính đến ngày 12/8/2022)',
      'NGƯỜI LẬP BIỂU',
      'Trần Thị Bình',
      'TRƯỞNG PHÒNG',
      'Nguyễn Văn An',
    ])
      expect(paragraphs, line).toContain(line);
  });

  it('with an empty frame: no header table, a signing line to fill by hand, the default title and signer', async () => {
    const { paragraphs, tables } = await documentOf({});
    expect(paragraphs[0]).toBe('……, ngày …… tháng …… năm ……');
    expect(paragraphs).toContain('THỐNG KÊ ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC');
    expect(paragraphs).toContain('THỦ TRƯỞNG ĐƠN VỊ');
    expect(paragraphs.some((p) => p.startsWith('Số:') || p.startsWith('(Số liệu'))).toBe(false);
    expect(tables[0]![0]![0]).toBe('Chỉ tiêu');
  });

  it('prints on A4 (11906 × 16838 twips) with the margins of Nghị định 30/2020 in every section, wide tables landscape', async () => {
    const { xml } = await documentOf();
    const sizes = [...xml.matchAll(/<w:pgSz w:w="(\d+)" w:h="(\d+)" w:orient="(\w+)"\/>/g)].map((m) => m.slice(1));
    expect(sizes.length).toBeGreaterThanOrEqual(2);
    for (const [w, h, orient] of sizes)
      expect([w, h]).toEqual(orient === 'portrait' ? ['11906', '16838'] : ['16838', '11906']);
    expect(sizes.map((s) => s[2])).toContain('landscape');
    const margins = [...xml.matchAll(/<w:pgMar w:top="(\d+)" w:right="(\d+)" w:bottom="(\d+)" w:left="(\d+)"/g)];
    expect(margins).toHaveLength(sizes.length);
    for (const m of margins) expect(m.slice(1).map(Number)).toEqual([1134, 850, 1134, 1701]);
  });

  it('writes in Times New Roman 13 pt and numbers the pages from the second', async () => {
    const { docx, xml } = await documentOf();
    const styles = docxPart(docx, 'word/styles.xml');
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:ascii="Times New Roman"[\s\S]*<w:sz w:val="26"\/>/);
    expect(docxPart(docx, 'word/header1.xml')).toContain('PAGE');
    expect(xml.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/)![0]).toContain('<w:titlePg/>');
  });

  it('repeats the header row of every figure table on each page and never splits a row', async () => {
    const { xml } = await documentOf();
    const figures = tableXmlOf(xml).filter((t) => t.includes('Chỉ tiêu') || t.includes('>Đơn vị<'));
    expect(figures.length).toBeGreaterThan(5);
    for (const t of figures) {
      const firstRow = t.match(/<w:tr[ >][\s\S]*?<\/w:tr>/)![0];
      expect(firstRow).toContain('<w:tblHeader/>');
      expect(t.match(/<w:tr[ >]/g)!.length).toBe(t.match(/<w:cantSplit\/>/g)!.length);
    }
  });

  it('spans the signature block across the page it ends on: a landscape one after the wide per-unit table', async () => {
    const { xml, tables } = await documentOf();
    const all = tableXmlOf(xml);
    expect(tables[tables.length - 1]![0]![0]).toContain('NGƯỜI LẬP BIỂU');
    expect(tables[tables.length - 2]![0]![0]).toBe('Đơn vị');
    expect(all[all.length - 1]).toContain(`<w:tblW w:type="dxa" w:w="${textWidth('landscape')}"/>`);
  });

  it('places no chart without charts, and with them one native chart under each charted table, no marker left', async () => {
    const plain = await documentOf();
    expect(plain.xml).not.toContain('<c:chart ');
    const charted = await documentOf({}, TABLES, true);
    expect(charted.xml).not.toContain('{{chart:');
    const placed = [...charted.xml.matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)].map((m) => m[1]);
    // staff type, gender, education, political theory, age group; then the five per-unit charts under the per-unit table
    expect(placed).toHaveLength(10);
    const rels = docxPart(charted.docx, 'word/_rels/document.xml.rels');
    const targets = placed.map((id) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]);
    expect(targets.every((t) => t?.startsWith('charts/chart'))).toBe(true);
    const first = docxPart(charted.docx, `word/${targets[0]}`);
    const staffType = charted.report.dimensions.staffType;
    expect(first).toContain(`<c:v>${staffType['canBo']!.count}</c:v>`);
  });

  it('says the doubts about the figures: each warning by its label, the values not classified', async () => {
    const report = await thaiNguyen();
    const doubtful: Report = {
      ...report,
      warnings: [{ code: 'UNIT_MISSING', message: '3 people have no unit' }],
      unknownValues: [{ dimension: 'education', column: 'E', value: 'ĐH?', count: 4, rows: [5], places: [] }],
    };
    const docx = await renderDocx(doubtful, { frame: {}, tables: TABLES, date: DATE });
    const text = paragraphsOf(docxPart(docx, 'word/document.xml')).find((p) => p.startsWith('Lưu ý về số liệu'));
    expect(text).toBe(
      'Lưu ý về số liệu: Có người không rõ đơn vị; 4 giá trị chưa phân loại được, tính vào "Không rõ". ' +
        'Chi tiết tại trang "Chất lượng dữ liệu" của báo cáo Excel.',
    );
  });

  it('is the same bytes when written twice (timestamps from the run date)', async () => {
    const a = await documentOf(FULL_FRAME);
    const b = await documentOf(FULL_FRAME);
    expect(a.docx.equals(b.docx)).toBe(true);
    expect(docxPart(a.docx, 'docProps/core.xml')).toContain('1980-01-01T00:00:00Z');
  });
});
