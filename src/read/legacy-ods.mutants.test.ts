/**
 * The sheets an .ods hides (odsHiddenTables), on a content.xml written here: LibreOffice hides a sheet by giving its
 * table a style whose properties say table:display="false"; and readSheetJs saying so of such a sheet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBook } from '../../fixtures/lib/write-book.js';
import { tempDir } from '../test-support/tmp.js';
import { makeZip } from '../test-support/zip.js';
import { odsHiddenTables, readSheetJs } from './legacy.js';

describe('odsHiddenTables', () => {
  const ods = (styles: string, tables: string) =>
    makeZip([
      {
        name: 'content.xml',
        data:
          '<office:document-content><office:automatic-styles>' +
          styles +
          '</office:automatic-styles><office:body><office:spreadsheet>' +
          tables +
          '</office:spreadsheet></office:body></office:document-content>',
      },
    ]);
  const HIDDEN =
    '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>';
  const SHOWN =
    '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>';

  it('names the tables whose style says table:display="false", and no other', () => {
    const bytes = ods(
      SHOWN + HIDDEN,
      '<table:table table:name="DS" table:style-name="ta1"></table:table><table:table table:name="Cũ" table:style-name="ta2"></table:table>',
    );
    expect([...odsHiddenTables(bytes)]).toEqual(['Cũ']);
  });

  it("reads the display attribute in single quotes and with spaces around '='", () => {
    const style = `<style:style style:name="ta2"><style:table-properties table:display = 'false'/></style:style>`;
    const bytes = ods(style, '<table:table table:name="Cũ" table:style-name="ta2"></table:table>');
    expect([...odsHiddenTables(bytes)]).toEqual(['Cũ']);
  });

  it('takes the display of a style from inside that style only, not from the next one', () => {
    const bytes = ods(
      '<style:style style:name="ta1"><style:table-properties/></style:style>' + HIDDEN,
      '<table:table table:name="DS" table:style-name="ta1"></table:table><table:table table:name="Cũ" table:style-name="ta2"></table:table>',
    );
    expect([...odsHiddenTables(bytes)]).toEqual(['Cũ']);
  });

  it('hides nothing when no style hides a table', () => {
    const bytes = ods(SHOWN, '<table:table table:name="DS" table:style-name="ta1"></table:table>');
    expect(odsHiddenTables(bytes).size).toBe(0);
  });

  it('hides no table without a style or a name', () => {
    const bytes = ods(
      HIDDEN,
      '<table:table table:name="DS"></table:table><table:table table:style-name="ta2"></table:table>',
    );
    expect(odsHiddenTables(bytes).size).toBe(0);
  });

  it('knows nothing hidden when the file has no content.xml', () => {
    expect(odsHiddenTables(makeZip([{ name: 'styles.xml', data: HIDDEN }])).size).toBe(0);
  });

  it('an .ods sheet hidden by its table style is read as hidden, the shown one not', async () => {
    const path = join(tempDir(), 'a.ods');
    await writeBook(
      {
        sheets: [
          { name: 'DS', rows: [['An']] },
          { name: 'Cu', rows: [['Cũ']], hidden: true },
        ],
        people: [],
      },
      path,
    );
    const tables = readSheetJs(path, readFileSync(path), 'ods');
    expect(tables.map((t) => [t.info.sheet, t.info.hidden])).toEqual([
      ['DS', undefined],
      ['Cu', true],
    ]);
  });
});
