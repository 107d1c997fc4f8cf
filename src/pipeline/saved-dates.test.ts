/**
 * A workbook's own dates (created, last saved: docProps/core.xml, meta.xml, SummaryInformation) settle the
 * side of the 1/7/2025 reform when nothing in the table dates it (review rv34); a named period always wins.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { GridCell } from '../../fixtures/lib/official.js';
import { writeBook } from '../../fixtures/lib/write-book.js';
import { savedDates } from '../read/saved-dates.js';
import { CORPUS, corpusPresent } from '../test-support/corpus.js';
import { staffTypes, warning } from '../test-support/reform-roster.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Đơn vị hành chính', 'Chức vụ', 'Trình độ chuyên môn'];
const PEOPLE: GridCell[][] = [
  [1, 'Đinh Thị An', '01/01/1984', 'Nữ', 'Xã Sơn Cẩm', 'Chủ tịch UBND', 'Đại học'],
  [2, 'Đinh Văn Bình', '01/01/1984', 'Nam', 'Xã Sơn Cẩm', 'Trưởng Công an xã', 'Đại học'],
  [3, 'Đinh Văn Cường', '01/01/1984', 'Nam', 'Xã Sơn Cẩm', 'Chỉ huy trưởng Ban CHQS', 'Đại học'],
];
const dir = tempDir();
let n = 0;
const rowsWith = (title?: string) => (title ? [[title], [], HEADER, ...PEOPLE] : [HEADER, ...PEOPLE]);
/** As the fixtures write a workbook: created and last saved on 12/8/2022. */
const saved2022 = async (title?: string) => {
  const file = join(dir, `saved-${++n}.xlsx`);
  await writeBook({ sheets: [{ name: 'DS', rows: rowsWith(title) }], people: [] }, file);
  return file;
};
const savedOn = async (created: string, modified: string) => {
  const file = join(dir, `saved-${++n}.xlsx`);
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(`${created}T03:00:00Z`);
  wb.modified = new Date(`${modified}T03:00:00Z`);
  const ws = wb.addWorksheet('DS');
  for (const row of rowsWith()) ws.addRow(row);
  await wb.xlsx.writeFile(file);
  return file;
};

describe("a workbook's own dates", () => {
  it('last saved before the reform (12/8/2022): titles read at that day, the police head a công chức (was: 30/6/2025, open)', async () => {
    const { report } = await analyze([await saved2022()], {});
    const source = report.sources[0]!;
    expect([source.postsAt, source.savedAt, staffTypes(report)]).toEqual([
      '2022-08-12',
      '2022-08-12',
      { canBo: 1, congChuc: 2, other: 0, unknown: 0 },
    ]);
    expect(warning(report, 'STAFF_TYPE_UNRESOLVED')).toBeUndefined();
  });

  it('created after the reform: proves nothing (a program writing an old roster anew), read before it, the day said', async () => {
    const { report } = await analyze([await savedOn('2025-09-10', '2025-09-12')], {});
    expect([report.sources[0]!.postsAt, report.sources[0]!.savedAt, staffTypes(report)]).toEqual([
      '2025-06-30',
      undefined,
      { canBo: 1, congChuc: 1, other: 0, unknown: 1 },
    ]);
    expect(report.sources[0]!.warnings.filter((w) => w.startsWith('titles read'))).toEqual([
      "titles read as before 1/7/2025 because nothing in the table dates it (no post-reform column or title in the first rows; the workbook was created on 2025-09-10); 1 people's titles give another staff type after that day: Chỉ huy trưởng Quân sự: công chức → open (1) — give --as-of with the roster's date",
    ]);
  });

  it('created before the reform and saved after it: nothing settled, read before it as before', async () => {
    const { report } = await analyze([await savedOn('2024-03-01', '2026-01-05')], {});
    expect([report.sources[0]!.postsAt, report.sources[0]!.savedAt]).toEqual(['2025-06-30', undefined]);
  });

  it('never over a period the title names: a 2024 roster saved in 2022 is read at 31/12/2024', async () => {
    const { report } = await analyze([await saved2022('DANH SÁCH CÁN BỘ, CÔNG CHỨC NĂM 2024')], {});
    expect([report.sources[0]!.postsAt, report.sources[0]!.savedAt]).toEqual(['2024-12-31', undefined]);
  });

  it.skipIf(!corpusPresent('the dates of real .xls and .ods'))(
    'are read from an .xls SummaryInformation and an .ods meta.xml',
    () => {
      expect([
        savedDates(join(CORPUS, 'date.xls'), 'ole'),
        savedDates(join(CORPUS, 'date.ods'), 'ods'),
        savedDates(join(CORPUS, 'date.xlsx'), 'xlsx'),
      ]).toEqual([
        { created: '2021-01-06', modified: '2023-05-29' },
        { created: '2021-01-06', modified: '2023-04-04' },
        { created: '2021-01-06', modified: '2023-05-29' },
      ]);
    },
  );
});
