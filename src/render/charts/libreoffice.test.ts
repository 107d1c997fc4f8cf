/**
 * The charts as a reader sees them: LibreOffice converts the Excel report and a Word document to PDF,
 * and the PDF shows what only a drawn chart prints (the title of a per-unit chart, which no cell holds;
 * the share on a pie slice). Skipped where LibreOffice or pdftotext is not installed (CI may lack them):
 * Debian packages libreoffice-calc-nogui, libreoffice-writer-nogui and poppler-utils.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GroupReport, Report } from '../../aggregate/contract.js';
import { analyze } from '../../pipeline/analyze.js';
import { minimalDocx } from '../../test-support/docx.js';
import { tempDir } from '../../test-support/tmp.js';
import { renderExcel } from '../excel.js';
import { addDocxCharts } from './docx-charts.js';
import { chartSpecs } from './spec.js';

const present = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
const dir = tempDir('cbcc-charts-');

/** The PDF LibreOffice makes of a file, as text page by page; its own profile, so runs in parallel do not clash. */
function pdfPages(file: string): string[] {
  const profile = `file://${join(dir, 'profile')}`;
  const r = spawnSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
    { encoding: 'utf8', timeout: 120_000 },
  );
  expect(r.status, r.stderr).toBe(0);
  const pdf = file.replace(/\.\w+$/, '.pdf');
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
  return text.split('\f');
}

let report: Report;
let byUnit: GroupReport[];

beforeAll(async () => {
  ({ report, byUnit } = await analyze(['fixtures/thai-nguyen-2022.xlsx'], {}));
});

describe.skipIf(!present)('the charts printed by LibreOffice (soffice and pdftotext installed)', () => {
  it('draws every chart of the Excel report, two structure charts to a page', { timeout: 180_000 }, async () => {
    const file = join(dir, 'report.xlsx');
    writeFileSync(file, await renderExcel(report, { date: new Date(Date.UTC(2022, 7, 12)), byUnit }));
    const pages = pdfPages(file);
    // A per-unit chart's title is in no cell: only the drawn chart prints it, above its units' names.
    for (const title of [
      'Tỷ lệ nữ theo đơn vị (%)',
      'Tỷ lệ đảng viên theo đơn vị (%)',
      'Số cán bộ, công chức theo đơn vị',
    ]) {
      const page = pages.find((p) => p.includes(title));
      expect(page, title).toBeDefined();
      expect(page).toContain('Phường Cam Giá');
    }
    const first = pages.findIndex((p) => p.includes('Cơ cấu theo trình độ chuyên môn'));
    expect(pages[first]).toContain('Cơ cấu theo lý luận chính trị');
    expect(pages[first]).not.toContain('Số liệu của các biểu đồ');
  });

  it('draws the charts of a Word document where its markers were', { timeout: 180_000 }, () => {
    const specs = chartSpecs(report, 'vi', byUnit);
    const file = join(dir, 'document.docx');
    writeFileSync(
      file,
      addDocxCharts(minimalDocx(['Trước', '{{chart:gender}}', '{{chart:unitFemale}}', 'Sau']), specs),
    );
    const text = pdfPages(file).join('\n');
    expect(text).toContain('Cơ cấu theo giới tính');
    // The share of women on its slice: 284 of 636.
    expect(text).toMatch(/44[.,]7%/);
    expect(text).toContain('Tỷ lệ nữ theo đơn vị (%)');
    expect(text).toContain('Xã Thịnh Đức');
    expect(text.indexOf('Trước')).toBeLessThan(text.indexOf('Cơ cấu theo giới tính'));
    expect(readFileSync(file.replace('.docx', '.pdf')).length).toBeGreaterThan(20_000);
  });
});
