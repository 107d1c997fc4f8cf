/** A text export read whole: the delimiter it was saved with, and quoted fields kept as one cell. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBigCsv } from '../../fixtures/lib/big.js';
import { tempDir } from '../test-support/tmp.js';
import { CsvParser } from './csv-parser.js';
import { readCsv } from './csv.js';
import type { Cell } from './types.js';

const dir = tempDir();

async function cellsOf(name: string, text: string | Buffer): Promise<{ delimiter?: string; rows: Cell[][] }> {
  const path = join(dir, name);
  writeFileSync(path, text);
  const table = await readCsv(path);
  const rows: Cell[][] = [];
  for await (const r of table.rows) rows.push(r.cells);
  return { delimiter: table.info.delimiter, rows };
}

describe('a semicolon CSV', () => {
  const text = [
    'Họ và tên;Địa chỉ',
    'An;"Thôn 1, xã A, huyện B, tỉnh C"',
    'Bình;"Thôn 2, xã A, huyện B, tỉnh C"',
    'Chi;"Xã A, huyện B"',
  ].join('\r\n');

  it('is read with the semicolon, not the commas inside quotes', async () => {
    expect((await cellsOf('semi.csv', text)).delimiter).toBe(';');
  });

  it('keeps a quoted "Xã A, huyện B" address as one cell', async () => {
    expect((await cellsOf('semi2.csv', text)).rows).toEqual([
      ['Họ và tên', 'Địa chỉ'],
      ['An', 'Thôn 1, xã A, huyện B, tỉnh C'],
      ['Bình', 'Thôn 2, xã A, huyện B, tỉnh C'],
      ['Chi', 'Xã A, huyện B'],
    ]);
  });
});

describe('a UTF-8 CSV with a byte-order mark', () => {
  it('gives the first header without the mark and names the encoding', async () => {
    const path = join(dir, 'bom.csv');
    writeFileSync(path, '\uFEFFHọ và tên,Giới tính\nAn,Nam\n');
    const table = await readCsv(path);
    const rows: Cell[][] = [];
    for await (const r of table.rows) rows.push(r.cells);
    expect(table.info.encoding).toBe('utf-8 (BOM)');
    expect(rows).toEqual([
      ['Họ và tên', 'Giới tính'],
      ['An', 'Nam'],
    ]);
  });
});

describe('a UTF-8 CSV refused part-way', () => {
  it('names the record whose cell is too long', async () => {
    const path = join(dir, 'long.csv');
    writeFileSync(path, `Họ và tên,Giới tính\nAn,Nam\nBình,${'x'.repeat(1_000_001)}\n`);
    const table = await readCsv(path);
    const read = async () => {
      for await (const r of table.rows) void r;
    };
    await expect(read()).rejects.toMatchObject({ where: { file: path, row: 3 } });
  });
});

describe('a generated roster over more than one 1 MB chunk', () => {
  it('is read from its bytes as the text parser reads its decoded text, record for record', async () => {
    const path = join(dir, 'big.csv');
    await writeBigCsv(path, 8000, 3);
    const bytes = readFileSync(path);
    expect(bytes.length).toBeGreaterThan(1 << 20);
    const parser = new CsvParser(',');
    const text = new TextDecoder('utf-8').decode(bytes);
    const expected = [...parser.push(text), ...parser.end()];
    const table = await readCsv(path);
    const rows: Cell[][] = [];
    const numbers: number[] = [];
    for await (const r of table.rows) {
      rows.push(r.cells);
      numbers.push(r.n);
    }
    expect(rows).toEqual(expected);
    expect(numbers).toEqual(expected.map((_, i) => i + 1));
  });
});

describe("a cell with Excel's text marker, a leading apostrophe", () => {
  it('holds the text after the one apostrophe, and an apostrophe inside a cell stays', async () => {
    const { rows } = await cellsOf('marker.csv', "STT,Ngày sinh,Ghi chú\n'1,'15/03/1980,''x\n2,1/1/1990,M'Nông\n");
    expect(rows.slice(1)).toEqual([
      ['1', '15/03/1980', "'x"],
      ['2', '1/1/1990', "M'Nông"],
    ]);
  });

  it('is taken away in a CSV saved as UTF-16 too (decoded as text, not scanned as bytes)', async () => {
    const { rows } = await cellsOf('marker-utf16.csv', Buffer.from("\uFEFFSTT,Ngày sinh\n'1,'15/03/1980\n", 'utf16le'));
    expect(rows[1]).toEqual(['1', '15/03/1980']);
  });
});
