/**
 * Well-formed XML that no spreadsheet program here writes, but any XML tool may (issue 12r found the first):
 * an end tag with white space before its ">" (`</c >`, `</v >`, `</row >`, `</si >`, `</t\n>`), a
 * character reference in a value (`<v>&#52;2</v>`), spaces around "=", single quotes, a namespace prefix on
 * every tag, CDATA, entities in shared strings, rows and cells without `r`, a BOM, line ends inside tags.
 * Each sheet is written by hand and read through openTables three ways: inflated whole (the byte scanner, or
 * the text scanner for a prefixed sheet), streamed in this thread, and streamed in the reader thread.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fileWriter } from '../test-support/open-probe.js';
import { bundledWorker } from '../test-support/threads.js';
import { tempDir } from '../test-support/tmp.js';
import { makeXlsx, type ZipPart } from '../test-support/zip.js';
import { openTables } from './open.js';
import type { Cell } from './types.js';
import { SHEET_READING } from './xlsx-stream.js';

const fileOf = fileWriter(tempDir('cbcc-xml-forms-'));
const thread = await bundledWorker(new URL('./xlsx-worker.ts', import.meta.url));
const saved = { ...SHEET_READING };
afterEach(() => Object.assign(SHEET_READING, saved));

const WAYS = {
  whole: () => Object.assign(SHEET_READING, saved),
  streamed: () => Object.assign(SHEET_READING, { wholeBytes: 0, thread: undefined }),
  'reader thread': () => Object.assign(SHEET_READING, { wholeBytes: 0, thread }),
};

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const sheet = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;
const sst = (items: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<sst>${items}</sst>`;
const STRINGS = sst('<si><t>Họ và tên</t></si><si><t>Nguyễn Văn A</t></si><si><t>Lê Thị B</t></si>');

/** Each row read: its number and its cells. */
async function rowsOf(
  sheetXml: string | Buffer,
  strings: string | Buffer = STRINGS,
  more: ZipPart[] = [],
): Promise<[number, Cell[]][]> {
  const parts = [{ name: 'xl/sharedStrings.xml', data: strings }, ...more];
  const file = fileOf('ds.xlsx', makeXlsx(sheetXml, {}, undefined, parts));
  const [table] = await openTables(file);
  const out: [number, Cell[]][] = [];
  for await (const row of table!.rows) out.push([row.n, [...row.cells]]);
  return out;
}

describe.each(Object.entries(WAYS))('a sheet read %s', (_, way) => {
  it('keeps the cell after an end tag </c > (space before ">")', async () => {
    way();
    const xml = sheet('<row r="1"><c r="A1" t="s"><v>1</v></c ><c r="B1" t="s"><v>2</v></c></row>');
    expect(await rowsOf(xml)).toEqual([[1, ['Nguyễn Văn A', 'Lê Thị B']]]);
  });

  it('keeps the cell after an end tag </c\\r\\n> (a line end before ">")', async () => {
    way();
    const xml = sheet('<row r="1"><c r="A1"><v>7</v></c\r\n><c r="B1"><v>8</v></c></row>');
    expect(await rowsOf(xml)).toEqual([[1, [7, 8]]]);
  });

  it('reads the value of <v>42</v > (space before ">")', async () => {
    way();
    const xml = sheet('<row r="1"><c r="A1"><v>42</v ></c><c r="B1" t="s"><v>1</v\t></c></row>');
    expect(await rowsOf(xml)).toEqual([[1, [42, 'Nguyễn Văn A']]]);
  });

  it('keeps the row after an end tag </row > (space before ">")', async () => {
    way();
    const xml = sheet(
      '<row r="1"><c r="A1" t="s"><v>0</v></c></row ><row r="2"><c r="A2" t="s"><v>1</v></c></row>' +
        '<row r="3"><c r="A3" t="s"><v>2</v></c></row\n>',
    );
    expect(await rowsOf(xml)).toEqual([
      [1, ['Họ và tên']],
      [2, ['Nguyễn Văn A']],
      [3, ['Lê Thị B']],
    ]);
  });

  it('reads a character reference in a number (<v>&#52;2</v>) as the number 42', async () => {
    way();
    const xml = sheet('<row r="1"><c r="A1"><v>&#52;2</v></c><c r="B1" t="s"><v>&#x32;</v></c></row>');
    expect(await rowsOf(xml)).toEqual([[1, [42, 'Lê Thị B']]]);
  });

  it('reads an inline string closed by </t\\n> and </is >', async () => {
    way();
    const xml = sheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Trần Văn C</t\n></is ></c><c r="B1"><v>5</v></c></row>',
    );
    expect(await rowsOf(xml)).toEqual([[1, ['Trần Văn C', 5]]]);
  });

  it('reads attributes with spaces around "=" and in single quotes', async () => {
    way();
    const xml = sheet(`<row r='1'><c r = "A1" t = "s"><v>1</v></c><c r='B1' t='s' s='0'><v>2</v></c></row>`);
    expect(await rowsOf(xml)).toEqual([[1, ['Nguyễn Văn A', 'Lê Thị B']]]);
  });

  it('reads a boolean written as a character reference (<v>&#49;</v>) as true', async () => {
    way();
    const xml = sheet('<row r="1"><c r="A1" t="b"><v>&#49;</v></c><c r="B1" t="b"><v>0</v></c></row>');
    expect(await rowsOf(xml)).toEqual([[1, [true, false]]]);
  });

  it('reads rows and cells written without r, in their order', async () => {
    way();
    const xml = sheet('<row><c t="s"><v>0</v></c><c><v>3</v></c></row><row><c/><c t="s"><v>1</v></c></row>');
    expect(await rowsOf(xml)).toEqual([
      [1, ['Họ và tên', 3]],
      [2, [null, 'Nguyễn Văn A']],
    ]);
  });

  it('reads tags broken over lines (CR LF between attributes)', async () => {
    way();
    const xml = sheet('<row\r\nr="1"\r\n><c\r\nr="A1"\r\nt="s"\r\n><v>2</v></c><c\r\nr="C1"><v>9</v></c></row>');
    expect(await rowsOf(xml)).toEqual([[1, ['Lê Thị B', null, 9]]]);
  });

  it('reads a sheet that starts with a byte order mark', async () => {
    way();
    const xml = Buffer.from(`\uFEFF${sheet('<row r="1"><c r="A1" t="s"><v>1</v></c></row>')}`);
    expect(await rowsOf(xml)).toEqual([[1, ['Nguyễn Văn A']]]);
  });

  it('reads a sheet with the x: prefix on every tag, an end tag spaced', async () => {
    way();
    const rows =
      '<x:row r="1"><x:c r="A1" t="s"><x:v>1</x:v ></x:c ><x:c r="B1"><x:v>4</x:v></x:c></x:row >' +
      '<x:row r="2"><x:c r="A2" t="s"><x:v>2</x:v></x:c></x:row>';
    const xml = `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>${rows}</x:sheetData></x:worksheet>`;
    expect(await rowsOf(xml)).toEqual([
      [1, ['Nguyễn Văn A', 4]],
      [2, ['Lê Thị B']],
    ]);
  });
});

describe('shared strings in valid XML no program here writes', () => {
  const cells = sheet(
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>',
  );

  it('an item closed by </si > leaves every later index in place', async () => {
    const strings = sst('<si><t>Họ và tên</t></si ><si><t>Nguyễn Văn A</t></si\n><si><t>Lê Thị B</t></si>');
    expect(await rowsOf(cells, strings)).toEqual([[1, ['Họ và tên', 'Nguyễn Văn A', 'Lê Thị B']]]);
  });

  it('an item opened by <si > or written <si /> keeps its place', async () => {
    const strings = sst('<si ><t>Họ và tên</t></si><si /><si><t>Lê Thị B</t></si>');
    expect(await rowsOf(cells, strings)).toEqual([[1, ['Họ và tên', '', 'Lê Thị B']]]);
  });

  it('a run closed by </t > is read', async () => {
    const strings = sst(
      '<si><t>Họ và tên</t ></si><si><r><t>Nguyễn </t\n></r><r><t>Văn A</t></r></si><si><t>Lê Thị B</t></si>',
    );
    expect(await rowsOf(cells, strings)).toEqual([[1, ['Họ và tên', 'Nguyễn Văn A', 'Lê Thị B']]]);
  });

  it('entities and character references are decoded (&amp; &#x1EA1; &#7841;)', async () => {
    const strings = sst(
      '<si><t>Phòng Tư pháp &amp; Hộ tịch</t></si><si><t>Phạm &#x1EA1;</t></si><si><t>&#7841;</t></si>',
    );
    expect(await rowsOf(cells, strings)).toEqual([[1, ['Phòng Tư pháp & Hộ tịch', 'Phạm ạ', 'ạ']]]);
  });

  it('a CDATA section is read as it is written', async () => {
    const strings = sst(
      '<si><t><![CDATA[Văn hoá & <Xã hội>]]></t></si><si><t>Nguyễn Văn A</t></si><si><t>Lê Thị B</t></si>',
    );
    expect(await rowsOf(cells, strings)).toEqual([[1, ['Văn hoá & <Xã hội>', 'Nguyễn Văn A', 'Lê Thị B']]]);
  });

  it('the x: prefix on every tag, an end tag spaced', async () => {
    const strings =
      `<x:sst xmlns:x="${MAIN}"><x:si><x:t>Họ và tên</x:t></x:si >` +
      '<x:si><x:t>Nguyễn Văn A</x:t ></x:si><x:si><x:t>Lê Thị B</x:t></x:si></x:sst>';
    expect(await rowsOf(cells, strings)).toEqual([[1, ['Họ và tên', 'Nguyễn Văn A', 'Lê Thị B']]]);
  });

  it('a part that starts with a byte order mark', async () => {
    expect(await rowsOf(cells, Buffer.from(`\uFEFF${STRINGS}`))).toEqual([
      [1, ['Họ và tên', 'Nguyễn Văn A', 'Lê Thị B']],
    ]);
  });
});

describe('styles in valid XML no program here writes', () => {
  it('a date style whose list ends </cellXfs > still makes a date of a serial', async () => {
    const styles = `<styleSheet xmlns="${MAIN}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs ></styleSheet>`;
    const xml = sheet('<row r="1"><c r="A1" s="1"><v>45000</v></c><c r="B1"><v>45000</v></c></row>');
    expect(await rowsOf(xml, STRINGS, [{ name: 'xl/styles.xml', data: styles }])).toEqual([
      [1, [new Date(Date.UTC(2023, 2, 15)), 45000]],
    ]);
  });
});

describe('merged cells in valid XML no program here writes', () => {
  it("a merge written ref='A1:A2' (single quotes) carries its value down", async () => {
    const xml = sheet(
      '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1"><v>1</v></c></row><row r="2"><c r="B2"><v>2</v></c></row>',
    ).replace('</worksheet>', "<mergeCells count='1'><mergeCell ref='A1:A2'/></mergeCells></worksheet>");
    const file = fileOf('ds.xlsx', makeXlsx(xml, {}, undefined, [{ name: 'xl/sharedStrings.xml', data: STRINGS }]));
    const [table] = await openTables(file);
    const rows: unknown[] = [];
    for await (const row of table!.rows) rows.push({ n: row.n, cells: [...row.cells], carried: row.carried });
    expect(rows).toEqual([
      { n: 1, cells: ['Nguyễn Văn A', 1], carried: undefined },
      { n: 2, cells: [null, 2], carried: [[0, 'Nguyễn Văn A']] },
    ]);
  });
});
