/**
 * Sheets the workbook hides (review rv12): beside a roster the user sees, a hidden sheet of people
 * (those who left, an old copy) was counted without a word. Now it is passed over and said out loud,
 * in every workbook format that records a sheet's state.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutPeople } from '../../fixtures/lib/layout-kit.js';
import { rosterWithHiddenSheet } from '../../fixtures/lib/workbooks.js';
import { writeBook } from '../../fixtures/lib/write-book.js';
import { parseSheetChoice } from '../read/sheets.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';
import { inspect } from './inspect.js';

const dir = tempDir();
const people = layoutPeople(91, 2, 24);

async function written(ext: string, state: 'hidden' | 'veryHidden' = 'hidden') {
  const book = rosterWithHiddenSheet(people, 40, state);
  const file = join(dir, `hidden-${state}.${ext}`);
  await writeBook(book, file);
  return { book, file };
}

describe('a sheet hidden in the workbook beside the roster', () => {
  for (const ext of ['xlsx', 'xls', 'ods'])
    it(`is not counted (.${ext}): every figure equals the visible sheet's people`, async () => {
      const { file } = await written(ext);
      const { report } = await analyze([file], { groupBy: 'unit' });
      expectFiguresMatchTruth(report, people);
    });

  it('is not counted when very hidden (a program hid it from the Unhide list)', async () => {
    const { file } = await written('xlsx', 'veryHidden');
    const { report } = await analyze([file], { groupBy: 'unit' });
    expect(report.total).toBe(people.length);
  });

  it('is named among the sheets passed over, with the reason', async () => {
    const { file } = await written('xls');
    const { report } = await analyze([file], { groupBy: 'unit' });
    expect(report.sources[0]!.passedOver).toEqual([
      {
        sheet: 'Nghỉ hưu',
        reason:
          'hidden in the workbook: its rows are kept out of sight, not counted, while sheet "Danh sách" holds the roster',
      },
    ]);
  });

  it('raises HIDDEN_SHEETS with the number of people left out', async () => {
    const { file, book } = await written('ods');
    const { report } = await analyze([file], { groupBy: 'unit' });
    const warning = report.warnings.find((w) => w.code === 'HIDDEN_SHEETS');
    expect(warning).toMatchObject({ sheet: 'Nghỉ hưu', count: book.hiddenPeople.length });
  });

  it('is read when named with --sheet', async () => {
    const { file, book } = await written('xlsx');
    const { report } = await analyze([file], { sheet: parseSheetChoice('Nghỉ hưu') });
    expect(report.total).toBe(book.hiddenPeople.length);
  });

  it('is read when no sheet the user sees holds a roster, and nothing is said', async () => {
    const book = rosterWithHiddenSheet(people, 40);
    book.sheets[0] = { name: 'Bìa', rows: [['DANH SÁCH CÁN BỘ, CÔNG CHỨC'], ['Năm 2025']] };
    const file = join(dir, 'only-hidden.xlsx');
    await writeBook(book, file);
    const { report } = await analyze([file], { groupBy: 'unit' });
    expect([report.total, report.warnings.filter((w) => w.code === 'HIDDEN_SHEETS')]).toEqual([
      book.hiddenPeople.length,
      [],
    ]);
  });

  it('is shown as passed over by inspect', async () => {
    const { file } = await written('xlsx');
    const result = await inspect(file);
    expect(result.inspected.map((s) => [s.source.sheet, s.status])).toEqual([
      ['Danh sách', 'read'],
      ['Nghỉ hưu', 'passed over'],
    ]);
  });
});
