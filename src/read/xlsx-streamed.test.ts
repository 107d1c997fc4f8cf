/**
 * A sheet too large to inflate whole (over 16 MB of XML): streamed from disk through the byte scanner,
 * read as the text scanner reads the same XML, and the file hashed in the same pass.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeXlsx } from '../test-support/zip.js';
import { tempDir } from '../test-support/tmp.js';
import type { RawRow, Table } from './types.js';
import { SheetScanner } from './xlsx-sheet.js';
import { readXlsxStream } from './xlsx-stream.js';

const UNITS = ['Xã Tân Cương', 'Phường Gia Sàng', 'Xã Quyết Thắng'];
const ROWS = 160_000;
const strings = ['STT', 'Họ và tên', 'Đơn vị', ...UNITS];
const body: string[] = [
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>',
];
for (let r = 2; r <= ROWS; r++) {
  const unit = 3 + (r % UNITS.length);
  // Every eleventh row has an inline string (handed to the text reader), every thirteenth a decimal.
  const name =
    r % 11 === 0
      ? `<c r="B${r}" t="inlineStr"><is><t>Lê Thị ${r}</t></is></c>`
      : `<c r="B${r}" t="str"><v>Người ${r}</v></c>`;
  const value = r % 13 === 0 ? `${r}.5` : String(r);
  body.push(`<row r="${r}"><c r="A${r}"><v>${value}</v></c>${name}<c r="C${r}" t="s"><v>${unit}</v></c></row>`);
}
const xml = `<?xml version="1.0"?>\n<worksheet><sheetData>${body.join('')}</sheetData></worksheet>`;
const sst = `<sst>${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;
const file = join(tempDir(), 'streamed.xlsx');
let table: Table;
const rows: RawRow[] = [];

beforeAll(async () => {
  writeFileSync(file, makeXlsx(xml, {}, undefined, [{ name: 'xl/sharedStrings.xml', data: sst }]));
  [table] = (await readXlsxStream(file)) as [Table];
  for await (const row of table.rows) rows.push(row);
}, 120_000);

describe('a sheet streamed from disk', () => {
  it('is larger than a sheet inflated whole', () => {
    expect(Buffer.byteLength(xml)).toBeGreaterThan(16 * 1024 * 1024);
  });

  it('gives the rows the text scanner gives for the same XML', () => {
    const scanner = new SheetScanner({ sharedStrings: { get: (i) => strings[i] }, dateStyles: [], date1904: false });
    expect(rows).toEqual([...scanner.push(xml), ...scanner.push('')]);
  });

  it('has the SHA-256 of the whole file once its rows are read', () => {
    expect(table.info.sha256).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
  });

  it('says its merged cells are not read', () => {
    expect(table.info.warnings).toContain('merged cells, if any, are not read in a sheet this large');
  });
});
