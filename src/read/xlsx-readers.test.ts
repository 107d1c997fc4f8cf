/**
 * Two xlsx readers, one answer: our streaming reader and exceljs's in-memory loader give the same
 * rows, cells and merged spans on every generated workbook and on the corpus files both can read.
 */
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toTcvn3 } from '../../fixtures/lib/encode.js';
import { writeGridXlsx } from '../../fixtures/lib/formats.js';
import { inSheetLayouts } from '../../fixtures/lib/layouts.js';
import { officialGrid } from '../../fixtures/lib/official.js';
import { randomRoster, thaiNguyen2022 } from '../../fixtures/lib/truth.js';
import { CORPUS, corpusPresent } from '../test-support/corpus.js';
import { writeRosterXlsx } from '../../fixtures/lib/write.js';
import { tempDir } from '../test-support/tmp.js';
import { parseSheetChoice } from './sheets.js';
import type { RawRow, Table } from './types.js';
import { readXlsx } from './xlsx.js';
import { readXlsxStream } from './xlsx-stream.js';

const dir = tempDir();
const people = thaiNguyen2022();
const files: string[] = [];

async function rowsOf(tables: Table[]): Promise<Array<{ sheet: string; rows: RawRow[] }>> {
  const out = [];
  for (const t of tables) {
    const rows: RawRow[] = [];
    for await (const r of t.rows) {
      const cells = [...r.cells];
      while (cells.length > 0 && (cells[cells.length - 1] === null || cells[cells.length - 1] === undefined))
        cells.pop();
      const row: RawRow = r.spans ? { n: r.n, cells, spans: r.spans } : { n: r.n, cells };
      if (r.carried) row.carried = r.carried;
      if (r.hidden) row.hidden = true;
      rows.push(row);
    }
    // Trailing empty rows are nothing either way.
    while (rows.length > 0 && rows[rows.length - 1]!.cells.length === 0) rows.pop();
    out.push({ sheet: t.info.sheet, rows });
  }
  return out;
}

beforeAll(async () => {
  const add = (name: string) => {
    files.push(join(dir, name));
    return join(dir, name);
  };
  await writeRosterXlsx(people, add('flat.xlsx'));
  await writeRosterXlsx(people, add('tcvn3.xlsx'), { text: toTcvn3 });
  await writeGridXlsx(officialGrid(people), add('official.xlsx'));
  await writeRosterXlsx(randomRoster(5000, 8), add('random.xlsx'), { hometown: true });
  for (const layout of inSheetLayouts().filter((l) => ['merged-units', 'hidden-field-codes'].includes(l.id)))
    await writeGridXlsx(layout.grid, add(`${layout.id}.xlsx`));
}, 120_000);

// Rows of each generated workbook: 5 title and header rows and 636 people; the official form adds its sections,
// subtotals and signatures; the random roster is 5,000 people; the two in-sheet layouts are 44 and 42 rows.
const ROWS: Record<string, number> = {
  'flat.xlsx': 641,
  'tcvn3.xlsx': 641,
  'official.xlsx': 716,
  'random.xlsx': 5005,
  'merged-units.xlsx': 44,
  'hidden-field-codes.xlsx': 42,
};

describe('the streaming xlsx reader', () => {
  it('gives exactly what exceljs gives on every generated workbook, merged values carried and hidden rows too', async () => {
    for (const file of files) {
      const ours = await rowsOf(await readXlsxStream(file, { sheet: parseSheetChoice('all') }));
      const theirs = await rowsOf(await readXlsx(file, { sheet: parseSheetChoice('all') }));
      expect(ours, file).toEqual(theirs);
      expect(
        ours.map((s) => s.rows.length),
        file,
      ).toEqual([ROWS[basename(file)]]);
    }
    const [merged, hidden] = await Promise.all(
      ['merged-units', 'hidden-field-codes'].map(
        async (id) => (await rowsOf(await readXlsxStream(join(dir, `${id}.xlsx`))))[0]!.rows,
      ),
    );
    expect(merged!.filter((r) => r.carried).length).toBeGreaterThan(30);
    expect(hidden!.filter((r) => r.hidden).map((r) => r.n)).toEqual([2]);
  });

  const corpus = CORPUS;
  const present = corpusPresent('the corpus reading test');
  const cellsOf = async (name: string) =>
    (await rowsOf(await readXlsxStream(join(corpus, name), { sheet: parseSheetChoice('all') })))[0]!.rows.map(
      (r) => r.cells,
    );

  it.skipIf(!present)(
    'reads what real producers write: CDATA, escapes, phonetic runs, namespace prefixes',
    async () => {
      expect(await cellsOf('inlineStr_cdata.xlsx')).toEqual([
        ['Hello CDATA', 'World'],
        ['12345', 'NormalText'],
      ]);
      expect((await cellsOf('has_x000D_.xlsx'))[0]![0]).toBe('ABC\r\nDEF');
      const rph = (await cellsOf('rph.xlsx')).flat().join(' ');
      expect(rph).not.toMatch(/[ァ-ン]{6}/);
      expect(await cellsOf('nonstandard-xml-ns-prefix.xlsx')).toEqual([
        ['a', 'b'],
        [1, 3],
        [2, 4],
      ]);
    },
  );
});
