/**
 * Our own .xlsx reader (xlsx-stream.ts), one rule per test, on small workbooks built here: which sheets
 * hold data, a sheet inflated whole or streamed (the threshold lowered so that a small sheet streams, in
 * this thread), the scanner chosen for a prefixed sheet, merges, hashes, and each refusal with its place.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/tmp.js';
import { makeXlsx, makeZip, type ZipPart } from '../test-support/zip.js';
import type { RawRow, Table } from './types.js';
import { readXlsxStream, SHEET_READING } from './xlsx-stream.js';

const dir = tempDir('cbcc-xstream-');
let files = 0;

const WHOLE = SHEET_READING.wholeBytes;
afterEach(() => {
  SHEET_READING.wholeBytes = WHOLE;
});

/** Stream every sheet from disk, as a sheet over 16 MB is. */
const streamEverySheet = () => {
  SHEET_READING.wholeBytes = 0;
};

function write(bytes: Buffer): string {
  const file = join(dir, `b${++files}.xlsx`);
  writeFileSync(file, bytes);
  return file;
}

const sheet = (rows: string, after = '') =>
  `<?xml version="1.0"?><worksheet><sheetData>${rows}</sheetData>${after}</worksheet>`;

const ROWS =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c></row><row r="2"><c r="A2"><v>7</v></c></row>';

/** A workbook of several sheets, each name → its XML (undefined: named in the workbook, its part missing). */
function book(sheets: Array<[string, string | undefined, number?]>): string {
  const ns = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const workbook = `<workbook xmlns:r="${ns}"><sheets>${sheets.map(([name], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`;
  const rels = `<Relationships>${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${ns}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`;
  const parts: ZipPart[] = [
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/_rels/workbook.xml.rels', data: rels },
  ];
  sheets.forEach(([, xml, declaredSize], i) => {
    if (xml !== undefined) parts.push({ name: `xl/worksheets/sheet${i + 1}.xml`, data: xml, declaredSize });
  });
  return write(makeZip(parts));
}

async function rowsOf(table: Table): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  for await (const r of table.rows) rows.push(r);
  return rows;
}

async function onlySheet(file: string): Promise<{ table: Table; rows: RawRow[] }> {
  const [table] = (await readXlsxStream(file)) as [Table];
  return { table, rows: await rowsOf(table) };
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('a sheet inflated whole', () => {
  it('gives its rows', async () => {
    const { rows } = await onlySheet(write(makeXlsx(sheet(ROWS))));
    expect(rows).toEqual([
      { n: 1, cells: ['Họ và tên'] },
      { n: 2, cells: [7] },
    ]);
  });

  it('applies the merged ranges written after its rows', async () => {
    const xml = sheet(
      '<row r="1"><c r="A1" t="inlineStr"><is><t>Đơn vị</t></is></c><c r="B1"/></row>',
      '<mergeCells><mergeCell ref="A1:B1"/></mergeCells>',
    );
    const { rows } = await onlySheet(write(makeXlsx(xml)));
    expect(rows[0]!.spans).toEqual([[0, 1]]);
  });

  it('reads a sheet whose elements carry a prefix (<x:row>)', async () => {
    const xml = `<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"><x:c r="B1"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const { rows } = await onlySheet(write(makeXlsx(xml)));
    expect(rows).toEqual([{ n: 1, cells: [null, 5] }]);
  });

  it('reads a row that crosses the 1 MB slice the bytes are fed in', async () => {
    const filler = Array.from({ length: 25_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`);
    const xml = sheet(filler.join(''));
    expect(Buffer.byteLength(xml)).toBeGreaterThan(1 << 20);
    const { rows } = await onlySheet(write(makeXlsx(xml)));
    expect([rows.length, rows[24_999]]).toEqual([25_000, { n: 25_000, cells: [24_999] }]);
  });

  it('reads a prefixed sheet larger than the 1 MB slice', async () => {
    const filler = Array.from({ length: 25_000 }, (_, i) => `<x:row r="${i + 1}"><x:c><x:v>${i}</x:v></x:c></x:row>`);
    const xml = `<x:worksheet xmlns:x="urn:x"><x:sheetData>${filler.join('')}</x:sheetData></x:worksheet>`;
    expect(Buffer.byteLength(xml)).toBeGreaterThan(1 << 20);
    const { rows } = await onlySheet(write(makeXlsx(xml)));
    expect([rows.length, rows[24_999]]).toEqual([25_000, { n: 25_000, cells: [24_999] }]);
  });

  it('has the SHA-256 of the whole file before its rows are read', async () => {
    const file = write(makeXlsx(sheet(ROWS)));
    const [table] = (await readXlsxStream(file)) as [Table];
    expect(table.info.sha256).toBe(sha256(file));
  });

  it('says nothing of merged cells', async () => {
    const { table } = await onlySheet(write(makeXlsx(sheet(ROWS))));
    expect(table.info.warnings).toEqual([]);
  });

  it('refuses a document type declaration', async () => {
    const file = write(makeXlsx(`<?xml version="1.0"?><!DOCTYPE w [<!ENTITY e "x">]>${sheet(ROWS).slice(21)}`));
    await expect(onlySheet(file)).rejects.toMatchObject({
      code: 'INPUT_UNSUPPORTED',
      where: { file },
      message: 'xl/worksheets/sheet1.xml has a document type declaration (DTD): refused',
    });
  });

  it('is streamed when the archive declares no size for it', async () => {
    const { table } = await onlySheet(write(makeXlsx(sheet(ROWS), { declaredSize: 0 })));
    expect(table.info.warnings).toEqual(['merged cells, if any, are not read in a sheet this large']);
  });

  it('is read when it declares exactly its cap (1 MiB for a small part)', async () => {
    const { rows } = await onlySheet(write(makeXlsx(sheet(ROWS), { declaredSize: 1_048_576 })));
    expect(rows).toHaveLength(2);
  });

  it('is refused as a zip bomb when it inflates past the size it declares', async () => {
    await expect(onlySheet(write(makeXlsx(sheet(ROWS), { declaredSize: 100 })))).rejects.toMatchObject({
      code: 'INPUT_UNSUPPORTED',
      message: expect.stringMatching(/refused as a zip bomb$/),
    });
  });

  it('is read whole, and hashed before its rows, when exactly as large as the whole-read limit', async () => {
    const xml = sheet(ROWS);
    SHEET_READING.wholeBytes = Buffer.byteLength(xml);
    const file = write(makeXlsx(xml));
    const [table] = (await readXlsxStream(file)) as [Table];
    const before = table.info.sha256;
    await rowsOf(table);
    expect([before, table.info.warnings]).toEqual([sha256(file), []]);
  });

  it('is refused as a zip bomb when it declares more than its cap', async () => {
    const file = write(makeXlsx(sheet(ROWS), { declaredSize: 2_000_000 }));
    await expect(onlySheet(file)).rejects.toMatchObject({
      code: 'INPUT_UNSUPPORTED',
      message: expect.stringMatching(/^xl\/worksheets\/sheet1\.xml inflates past 1,048,576 bytes .* zip bomb$/),
    });
  });
});

describe('a sheet streamed from disk', () => {
  it('gives its rows', async () => {
    streamEverySheet();
    const { rows } = await onlySheet(write(makeXlsx(sheet(ROWS))));
    expect(rows).toEqual([
      { n: 1, cells: ['Họ và tên'] },
      { n: 2, cells: [7] },
    ]);
  });

  it('reads a sheet whose elements carry a prefix', async () => {
    streamEverySheet();
    const xml = `<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"><x:c r="B1"><x:v>5</x:v></x:c></x:row><x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>Nữ</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
    const { rows } = await onlySheet(write(makeXlsx(xml)));
    expect(rows).toEqual([
      { n: 1, cells: [null, 5] },
      { n: 2, cells: ['Nữ'] },
    ]);
  });

  it('gives every row of a sheet inflated in many pieces', async () => {
    streamEverySheet();
    const filler = Array.from({ length: 25_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`);
    const { rows } = await onlySheet(write(makeXlsx(sheet(filler.join('')))));
    expect([rows.length, rows[12_345], rows[24_999]]).toEqual([
      25_000,
      { n: 12_346, cells: [12_345] },
      { n: 25_000, cells: [24_999] },
    ]);
  });

  it('keeps whole the letters of a prefixed sheet cut between two pieces', async () => {
    streamEverySheet();
    const filler = Array.from(
      { length: 8000 },
      (_, i) =>
        `<x:row r="${i + 1}"><x:c r="A${i + 1}" t="inlineStr"><x:is><x:t>Đặng Thị Ánh Tuyết</x:t></x:is></x:c></x:row>`,
    );
    const xml = `<x:worksheet xmlns:x="urn:x"><x:sheetData>${filler.join('')}</x:sheetData></x:worksheet>`;
    const { rows } = await onlySheet(write(makeXlsx(xml)));
    expect(rows.filter((r) => r.cells[0] !== 'Đặng Thị Ánh Tuyết')).toEqual([]);
  });

  it('says its merged cells are not read, and does not apply them', async () => {
    streamEverySheet();
    const xml = sheet(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>',
      '<mergeCells><mergeCell ref="A1:B1"/></mergeCells>',
    );
    const { table, rows } = await onlySheet(write(makeXlsx(xml)));
    expect([table.info.warnings, rows]).toEqual([
      ['merged cells, if any, are not read in a sheet this large'],
      [{ n: 1, cells: [1, 2] }],
    ]);
  });

  it('has the SHA-256 of the whole file once its rows are read, and not before', async () => {
    streamEverySheet();
    const file = write(makeXlsx(sheet(ROWS)));
    const [table] = (await readXlsxStream(file)) as [Table];
    const before = table.info.sha256;
    await rowsOf(table);
    expect([before, table.info.sha256]).toEqual([undefined, sha256(file)]);
  });

  it('refuses a document type declaration', async () => {
    streamEverySheet();
    const file = write(makeXlsx(`<?xml version="1.0"?><!DOCTYPE w>${sheet(ROWS).slice(21)}`));
    await expect(onlySheet(file)).rejects.toMatchObject({ code: 'INPUT_UNSUPPORTED' });
  });
});

describe('which sheets hold data', () => {
  it('a workbook whose sheet has only empty cells is refused as having no sheet with data', async () => {
    const file = write(makeXlsx(sheet('<row r="1"><c r="A1"/><c r="B1" s="2"/></row>')));
    await expect(readXlsxStream(file)).rejects.toMatchObject({
      code: 'INPUT_EMPTY',
      message: 'the workbook has no sheet with data',
    });
  });

  it('a sheet whose cells carry a prefix holds data', async () => {
    const xml = `<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>5</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    expect(await readXlsxStream(write(makeXlsx(xml)))).toHaveLength(1);
  });

  it('a sheet of inline strings holds data', async () => {
    const xml = sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>An</t></is></c></row>');
    expect(await readXlsxStream(write(makeXlsx(xml)))).toHaveLength(1);
  });

  it('a sheet whose part is missing holds none, and reading it is refused naming the part', async () => {
    const file = book([
      ['Mất', undefined],
      ['DS', sheet(ROWS)],
    ]);
    await expect(readXlsxStream(file)).rejects.toMatchObject({
      code: 'INPUT_UNREADABLE',
      where: { file },
      message: 'the sheet "Mất" is missing from the workbook (xl/worksheets/sheet1.xml)',
    });
  });

  it('a workbook whose only sheet’s part is missing is refused as having no sheet with data', async () => {
    await expect(readXlsxStream(book([['Mất', undefined]]))).rejects.toMatchObject({ code: 'INPUT_EMPTY' });
  });

  it('a sheet whose cells carry a prefix of two letters holds data', async () => {
    const xml = `<xx:worksheet xmlns:xx="urn:x"><xx:sheetData><xx:row r="1"><xx:c r="A1"><xx:v>5</xx:v></xx:c></xx:row></xx:sheetData></xx:worksheet>`;
    expect(await readXlsxStream(write(makeXlsx(xml)))).toHaveLength(1);
  });

  it('a sheet of empty cells and an element whose name starts with t holds none', async () => {
    const xml = sheet('<row r="1"><c r="A1" s="1"/></row>', '<tableParts count="0"/>');
    await expect(readXlsxStream(write(makeXlsx(xml)))).rejects.toMatchObject({ code: 'INPUT_EMPTY' });
  });

  it('a sheet too large to peek at holds data', async () => {
    // 300,000 bytes of a repeated row deflate to far less than 256 KB, yet inflate past the peek.
    const rows = Array.from({ length: 6000 }, () => '<row><c><v>1</v></c></row>').join('');
    const file = write(
      makeXlsx(`<?xml version="1.0"?><worksheet>${' '.repeat(300_000)}<sheetData>${rows}</sheetData></worksheet>`),
    );
    expect(await readXlsxStream(file)).toHaveLength(1);
  });
});

describe('what readXlsxStream says of each sheet', () => {
  it('hashes the file before the rows when one sheet is read whole and another streamed', async () => {
    const file = book([
      ['Lớn', sheet(ROWS), 0],
      ['DS', sheet(ROWS)],
    ]);
    const tables = await readXlsxStream(file);
    expect(tables[1]!.info.sha256).toBe(sha256(file));
  });

  it('names its sheet, every sheet of the workbook and the format', async () => {
    const tables = await readXlsxStream(
      book([
        ['Bìa', sheet('')],
        ['DS', sheet(ROWS)],
      ]),
    );
    expect(tables.map((t) => [t.info.format, t.info.sheet, t.info.sheets])).toEqual([
      ['xlsx', 'Bìa', ['Bìa', 'DS']],
      ['xlsx', 'DS', ['Bìa', 'DS']],
    ]);
  });
});

describe('workbooks refused', () => {
  it('a file that is no zip, as unreadable', async () => {
    const file = write(Buffer.from('Họ và tên,Giới tính\n'));
    await expect(readXlsxStream(file)).rejects.toMatchObject({
      code: 'INPUT_UNREADABLE',
      where: { file },
      cause: expect.any(Error),
      message: expect.stringMatching(/^cannot read the workbook: /),
    });
  });

  it('a workbook part with a document type declaration, entities never expanded', async () => {
    const workbook = '<?xml version="1.0"?><!DOCTYPE wb [<!ENTITY e "x">]><workbook/>';
    const file = write(makeXlsx(sheet(ROWS), {}, workbook));
    await expect(readXlsxStream(file)).rejects.toMatchObject({
      code: 'INPUT_UNSUPPORTED',
      where: { file },
      message: 'xl/workbook.xml has a document type declaration (DTD): refused (entities are never expanded)',
    });
  });

  it('a workbook part that says it inflates past 64 MB, as a zip bomb, naming the file', async () => {
    const file = write(makeZip([{ name: 'xl/workbook.xml', data: '<workbook/>', declaredSize: 70_000_000 }]));
    await expect(readXlsxStream(file)).rejects.toMatchObject({
      code: 'INPUT_UNSUPPORTED',
      message: 'xl/workbook.xml would inflate to 70000000 bytes: refused as a zip bomb',
      where: { file },
    });
  });

  it('a cell past the length limit, naming the sheet and row', async () => {
    const xml = sheet(`<row r="4"><c r="B4" t="inlineStr"><is><t>${'x'.repeat(1_000_001)}</t></is></c></row>`);
    const [table] = (await readXlsxStream(write(makeXlsx(xml)))) as [Table];
    await expect(rowsOf(table)).rejects.toMatchObject({
      code: 'INPUT_UNSUPPORTED',
      message: 'refused: a cell longer than 1,000,000 characters',
      where: { sheet: 'Sheet1', row: 4 },
    });
  });
});
