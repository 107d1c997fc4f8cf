/**
 * A large sheet read in the xlsx reader thread gives what the reader of this thread gives (issue 17):
 * the same rows, cell for cell, from odd cells too (formulas, inline and rich text, dates, empty shared
 * strings, hidden rows, gaps, unusual attributes), the same file hash and warnings, and the same one
 * line for an error raised in the thread. Sheets are made small here and read as large ones are
 * (streamed), by SHEET_READING.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { errorLine } from '../errors.js';
import { bundledWorker } from '../test-support/threads.js';
import { tempDir } from '../test-support/tmp.js';
import { makeXlsx, type ZipPart } from '../test-support/zip.js';
import type { RawRow, TableInfo } from './types.js';
import { BatchSink, replay } from './xlsx-batch.js';
import { RowBuilder, SHARED } from './xlsx-bytes.js';
import { readXlsxStream, SHEET_READING } from './xlsx-stream.js';

const dir = tempDir('cbcc-thread-');
const thread = await bundledWorker(new URL('./xlsx-worker.ts', import.meta.url));
const saved = { ...SHEET_READING };
afterEach(() => Object.assign(SHEET_READING, saved));

interface Read {
  rows: RawRow[];
  info: TableInfo;
}

/** Every row of the first sheet, read streamed, in the reader thread or in this one. */
async function readAs(file: string, inThread: boolean): Promise<Read> {
  Object.assign(SHEET_READING, { wholeBytes: 0, thread: inThread ? thread : undefined });
  const [table] = await readXlsxStream(file);
  const rows: RawRow[] = [];
  for await (const row of table!.rows) rows.push(row);
  return { rows, info: table!.info };
}

/** The error line each way, or "no error". */
async function failureAs(file: string, inThread: boolean): Promise<string> {
  try {
    await readAs(file, inThread);
    return 'no error';
  } catch (err) {
    return errorLine(err);
  }
}

let serial = 0;
function write(sheet: string | Buffer, extra: Partial<ZipPart> = {}, more: ZipPart[] = []): string {
  const file = join(dir, `sheet-${++serial}.xlsx`);
  writeFileSync(file, makeXlsx(sheet, extra, undefined, more));
  return file;
}

const SST = `<sst><si><t>Họ và tên</t></si><si/><si><t></t></si><si><r><t>Nguyễn </t></r><r><rPr><b/></rPr><t>Văn A</t></r></si><si><t>Xã Tân Cương</t></si></sst>`;
const STYLES = `<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
const PARTS: ZipPart[] = [
  { name: 'xl/sharedStrings.xml', data: SST },
  { name: 'xl/styles.xml', data: STYLES },
];

/** Rows with every cell form a roster has been seen with, and a few it has not. */
const ODD_ROWS = [
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>4</v></c><c r="C1" t="inlineStr"><is><t>Ngày sinh</t></is></c></row>',
  '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" s="1"><v>30000</v></c><c r="D2" t="s"><v>2</v></c></row>',
  '<row r="3" hidden="1"><c r="A3" t="str"><f>A2&amp;"x"</f><v>Nguyễn Văn Ax</v></c><c r="B3"><f>1+1</f><v>2</v></c><c r="C3" s="1"><v>25569.5</v></c></row>',
  '<row r="6"><c r="A6" t="b"><v>1</v></c><c r="B6" t="e"><v>#N/A</v></c><c r="C6"><v>3.25</v></c><c r="D6" t="s"><v>99</v></c><c r="E6"/></row>',
  '<row r=\'7\'><c r=\'A7\' t=\'s\'><v>4</v></c><c t="s"><v>4</v></c><c  r="D7" t="s"><v>0</v></c></row>',
  '<row r="8" spans="1:3"><c r="A8" t="inlineStr"><is><r><t>Lê </t></r><r><t>Thị B</t></r></is></c><c r="B8" t="s" s="0"><v>4</v></c><c r="C8" t="d"><v>1990-05-17</v></c></row>',
  '<row r="2000"><c r="A2000" t="s"><v>4</v></c></row>',
  '<row r="2001"/>',
];
const oddSheet = (rows: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;

describe('a sheet read in the reader thread', () => {
  it('gives the rows of the reader of this thread, odd cells included', async () => {
    const file = write(oddSheet(ODD_ROWS), {}, PARTS);
    const here = await readAs(file, false);
    const there = await readAs(file, true);
    expect(here.rows.length).toBe(ODD_ROWS.length + 2);
    expect(there.rows).toEqual(here.rows);
  });

  it('reads the odd cells to what they say', async () => {
    const file = write(oddSheet(ODD_ROWS), {}, PARTS);
    const { rows } = await readAs(file, true);
    const byN = new Map(rows.map((r) => [r.n, r]));
    expect(byN.get(2)!.cells).toEqual(['Nguyễn Văn A', '', new Date(Date.UTC(1982, 1, 18)), '']);
    expect(byN.get(3)).toMatchObject({ cells: ['Nguyễn Văn Ax', 2, new Date(Date.UTC(1970, 0, 1, 12))], hidden: true });
    expect(byN.get(4)).toEqual({ n: 4, cells: [] });
    expect(byN.get(6)!.cells).toEqual([true, '#N/A', 3.25]);
    expect(byN.get(7)!.cells).toEqual(['Xã Tân Cương', 'Xã Tân Cương', null, 'Họ và tên']);
    expect(byN.get(8)!.cells).toEqual(['Lê Thị B', 'Xã Tân Cương', new Date('1990-05-17')]);
  });

  it('has the SHA-256 and the warnings of the reader of this thread', async () => {
    const file = write(oddSheet(ODD_ROWS), {}, PARTS);
    const here = await readAs(file, false);
    const there = await readAs(file, true);
    expect(there.info.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(there.info).toEqual(here.info);
  });

  it('gives the same rows in several batches (4,000 rows, a batch is 1,024)', async () => {
    const rows = Array.from(
      { length: 4000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="B${i + 1}" t="s"><v>${i % 5}</v></c></row>`,
    );
    const file = write(oddSheet(rows), {}, PARTS);
    const there = await readAs(file, true);
    expect(there.rows.length).toBe(4000);
    expect(there.rows).toEqual((await readAs(file, false)).rows);
  });

  it('hands a sheet with prefixed elements back, read here alike', async () => {
    const xml = `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>4</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const file = write(xml, {}, PARTS);
    const there = await readAs(file, true);
    expect(there.rows).toEqual([{ n: 1, cells: ['Xã Tân Cương'] }]);
    expect(there.info).toEqual((await readAs(file, false)).info);
  });
});

describe('an error in the reader thread', () => {
  it('is the same line for a sheet that inflates past its declared size', async () => {
    const file = write(oddSheet(ODD_ROWS), { declaredSize: 100 }, PARTS);
    const line = await failureAs(file, true);
    expect(line).toMatch(/refused as a zip bomb/);
    expect(line).toBe(await failureAs(file, false));
  });

  it('is the same line for damaged compressed bytes', async () => {
    const bytes = makeXlsx(oddSheet(ODD_ROWS), {}, undefined, PARTS);
    const at = bytes.indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length + 40;
    bytes.fill(0xff, at, at + 16);
    const file = join(dir, 'damaged.xlsx');
    writeFileSync(file, bytes);
    const line = await failureAs(file, true);
    expect(line).toMatch(/^cbcc-stats: internal error: /);
    expect(line).toBe(await failureAs(file, false));
  });

  it('is the same line for a document type declaration', async () => {
    const file = write(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>${oddSheet(ODD_ROWS)}`, {}, PARTS);
    const line = await failureAs(file, true);
    expect(line).toMatch(/document type declaration/);
    expect(line).toBe(await failureAs(file, false));
  });

  it('is the same line, row named, for a cell longer than the limit', async () => {
    const long = 'a'.repeat(1_000_001);
    const file = write(
      oddSheet(['<row r="1"><c r="A1" t="s"><v>0</v></c></row>', '<row r="2"><c r="B2" t="s"><v>1</v></c></row>']),
      {},
      [{ name: 'xl/sharedStrings.xml', data: `<sst><si><t>STT</t></si><si><t>${long}</t></si></sst>` }],
    );
    const line = await failureAs(file, true);
    expect(line).toMatch(/row 2: refused: a cell longer than/);
    expect(line).toBe(await failureAs(file, false));
  });
});

describe('a batch replayed a row at a time', () => {
  it('stops after each row, empty rows included, and ends at the batch length', () => {
    const sink = new BatchSink(10);
    sink.empty(1);
    sink.row(2, false);
    sink.value(0, SHARED, 4);
    sink.text(1, ' r="B2" t="str"', '<v>x</v>');
    sink.rowEnd();
    const batch = sink.take();
    const builder = new RowBuilder({ sharedStrings: { get: (i) => `s${i}` }, dateStyles: [], date1904: false });
    const first = replay(batch, builder, 0, true);
    expect(builder.take()).toEqual([{ n: 1, cells: [] }]);
    expect(replay(batch, builder, first, true)).toBe(batch.length);
    expect(builder.take()).toEqual([{ n: 2, cells: ['s4', 'x'] }]);
  });
});
