/**
 * The Excel report's *Dữ liệu đã chuẩn hóa* sheet, read back with exceljs from reports of a generated
 * roster: one row per person, each against the generated person's truth; an Excel table with filters;
 * names and ids left out under --redact; left out, saying so, above the limit; nothing streamed with --no-excel.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { randomRoster, unitName, type TruthPerson } from '../../fixtures/lib/truth.js';
import { writeRosterXlsx } from '../../fixtures/lib/write.js';
import { prepareExtras } from '../pipeline/extras.js';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';
import { levelLabel } from './labels.js';
import { peopleSheet, PEOPLE_SHEET_LIMIT } from './excel-people.js';

const dir = tempDir('cbcc-people-sheet-');
const people: TruthPerson[] = randomRoster(80, 15);
const SHEET = 'Dữ liệu đã chuẩn hóa';

/** The data sheet of a report run with these options, as objects keyed by the sheet's headers. */
async function dataSheet(out: string, extra: string[] = []) {
  const r = await runCli(['report', 'roster.xlsx', '--out', out, '--quiet', ...extra], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, out));
  const ws = wb.getWorksheet(SHEET)!;
  const head = (ws.getRow(1).values as unknown[]).slice(1) as string[];
  const rows: Array<Record<string, unknown>> = [];
  ws.eachRow((row, n) => {
    if (n > 1) rows.push(Object.fromEntries(head.map((h, i) => [h, row.getCell(i + 1).value])));
  });
  return { ws, head, rows };
}

beforeAll(async () => {
  await writeRosterXlsx(people, join(dir, 'roster.xlsx'));
}, 30_000);

describe('the normalised data sheet', () => {
  let sheet: Awaited<ReturnType<typeof dataSheet>>;
  beforeAll(async () => {
    sheet = await dataSheet('report.xlsx');
  }, 60_000);

  it('has one row per person, in roster order (the official layout: person i on row 6 + i)', () => {
    expect(sheet.rows.map((r) => r['Họ và tên'])).toEqual(people.map((p) => p.name));
    expect(sheet.rows.map((r) => r['Dòng'])).toEqual(people.map((_, i) => 6 + i));
  });

  it('gives each person the unit and the levels in words of the generated truth', () => {
    sheet.rows.forEach((r, i) => {
      const p = people[i]!;
      expect(r['Đơn vị'], p.name).toBe(unitName(p));
      expect(r['Giới tính'], p.name).toBe(levelLabel('gender', p.gender));
      expect(r['Trình độ chuyên môn'], p.name).toBe(levelLabel('education', p.education));
      expect(r['Lý luận chính trị'], p.name).toBe(levelLabel('politicalTheory', p.politicalTheory));
      expect(r['Đảng viên'], p.name).toBe(levelLabel('partyMember', p.party ? 'yes' : 'no'));
      expect(r['Loại cán bộ, công chức'], p.name).toBe(levelLabel('staffType', p.staffType));
    });
  });

  it('names the source file and sheet of each row', () => {
    expect(new Set(sheet.rows.map((r) => `${String(r['Tệp'])}|${String(r['Trang tính'])}`))).toEqual(
      new Set(['roster.xlsx|Danh sách']),
    );
  });

  it('is an Excel table with a filter on every column', () => {
    const table = sheet.ws.getTable('DuLieuChuanHoa') as unknown as {
      table: { tableRef: string; autoFilterRef: string; columns: Array<{ filterButton?: boolean }> };
    };
    const last = sheet.ws.getColumn(sheet.head.length).letter;
    const ref = `A1:${last}${people.length + 1}`;
    expect([table.table.tableRef, table.table.autoFilterRef]).toEqual([ref, ref]);
    expect(table.table.columns.every((c) => c.filterButton)).toBe(true);
    expect(table.table.columns).toHaveLength(sheet.head.length);
  });

  it('leaves names and ids out under --redact', async () => {
    const redacted = await dataSheet('redacted.xlsx', ['--redact']);
    expect(redacted.head).not.toContain('Họ và tên');
    expect(redacted.head).not.toContain('Mã');
    const names = new Set(people.map((p) => p.name));
    for (const r of redacted.rows) for (const v of Object.values(r)) expect(names.has(String(v))).toBe(false);
    expect(redacted.rows).toHaveLength(people.length);
  }, 60_000);
});

describe('above the limit', () => {
  it('the sheet says the list is left out and points to --export-data', async () => {
    const wb = new ExcelJS.Workbook();
    await peopleSheet(wb, { dir, parts: [], redact: false }, PEOPLE_SHEET_LIMIT + 1);
    const text = String(wb.getWorksheet(SHEET)!.getCell('A1').value);
    expect(text).toMatch(/^20\.001 người, quá 20\.000: danh sách từng người không đưa vào/);
    expect(text).toContain('--export-data');
  });
});

describe('the people streamed for the sheet', () => {
  it('are not streamed with --no-excel: no scratch folder, so nothing of it costs', async () => {
    const extras = await prepareExtras(['roster.xlsx'], ['roster.xlsx'], { excel: false }, dir);
    expect(extras.exportDir).toBeUndefined();
  });

  it('are streamed to a scratch folder when the Excel report is written, removed after', async () => {
    const extras = await prepareExtras(['roster.xlsx'], ['roster.xlsx'], { excel: true }, dir);
    expect(existsSync(extras.exportDir!)).toBe(true);
    await extras.cleanup();
    expect(existsSync(extras.exportDir!)).toBe(false);
  });
});
