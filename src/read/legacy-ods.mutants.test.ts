/**
 * The sheets an .ods hides (odsHiddenTables), on a content.xml written here: LibreOffice hides a sheet by giving its
 * table a style whose properties say table:display="false"; and readSheetJs saying so of such a sheet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

describe("SheetJS's console output on an .ods", () => {
  /** A number style LibreOffice writes for a format with a condition ("[>0]…"): SheetJS reads only "value()>=0". */
  const CONTENT =
    '<?xml version="1.0" encoding="UTF-8"?><office:document-content' +
    ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"' +
    ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"' +
    ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"' +
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"' +
    ' xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.2">' +
    '<office:automatic-styles>' +
    '<number:number-style style:name="N1P0"><number:number number:decimal-places="0"/></number:number-style>' +
    '<number:number-style style:name="N1"><number:text>-</number:text><number:number number:decimal-places="0"/>' +
    '<style:map style:condition="value()&gt;0" style:apply-style-name="N1P0"/></number:number-style>' +
    '</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="DS"><table:table-row>' +
    '<table:table-cell office:value-type="string"><text:p>Nữ</text:p></table:table-cell>' +
    '</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>';

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reaches neither stdout nor stderr: the "ODS number format may be incorrect" SheetJS prints is muted', () => {
    const X = createRequire(import.meta.url)('@e965/xlsx') as typeof import('@e965/xlsx');
    const ods = X.write(X.utils.book_new(X.utils.aoa_to_sheet([['x']]), 'DS'), { type: 'buffer', bookType: 'ods' });
    const zip = X.CFB.read(ods as Buffer, { type: 'buffer' });
    X.CFB.find(zip, 'content.xml')!.content = Buffer.from(CONTENT);
    const bytes = Buffer.from(X.CFB.write(zip, { type: 'buffer', fileType: 'zip' }) as Buffer);
    const error = vi.spyOn(console, 'error');
    readSheetJs('a.ods', bytes, 'ods');
    expect(error).not.toHaveBeenCalled();
  });
});
