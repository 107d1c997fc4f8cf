/**
 * readCsv, one rule per test, on small files written here: what it says of the file (encoding, delimiter,
 * sheet, hash), the files it refuses, and the text exports not in UTF-8 (UTF-16 and Windows-1258), read
 * through the decoder a 1 MB chunk at a time.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ansiBytes, toCp1258, toTcvn3 } from '../../fixtures/lib/encode.js';
import { tempDir } from '../test-support/tmp.js';
import { type PartStart, readCsv, utf8Rows } from './csv.js';
import type { BytesRead, RawRow, Table, TableInfo } from './types.js';

const dir = tempDir();
let files = 0;

function fileOf(bytes: string | Buffer): string {
  const path = join(dir, `f${++files}.csv`);
  writeFileSync(path, bytes);
  return path;
}

async function rowsOf(table: Table): Promise<RawRow[]> {
  const rows: RawRow[] = [];
  for await (const r of table.rows) rows.push(r);
  return rows;
}

const utf16le = (text: string, bom = true) =>
  Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]);
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('what readCsv says of a file', () => {
  it('names the file itself as its one sheet, in the format csv', async () => {
    const { info } = await readCsv(fileOf('Họ và tên,Giới tính\nAn,Nam\n'));
    expect([info.format, info.sheet, info.sheets]).toEqual(['csv', `f${files}.csv`, [`f${files}.csv`]]);
  });

  it('names the delimiter it found', async () => {
    expect((await readCsv(fileOf('Họ và tên\tGiới tính\nAn\tNam\n'))).info.delimiter).toBe('\t');
  });

  it('names UTF-8 without a byte-order mark as utf-8', async () => {
    expect((await readCsv(fileOf('Họ và tên,Giới tính\nAn,Nam\n'))).info.encoding).toBe('utf-8');
  });

  it('gives the SHA-256 of the whole UTF-8 file once its rows are read', async () => {
    const path = fileOf('Họ và tên,Giới tính\nAn,Nam\n');
    const table = await readCsv(path);
    await rowsOf(table);
    expect(table.info.sha256).toBe(sha256(path));
  });

  it('gives the SHA-256 of the whole UTF-16 file once its rows are read', async () => {
    const path = fileOf(utf16le('Họ và tên,Giới tính\r\nAn,Nam\r\n'));
    const table = await readCsv(path);
    await rowsOf(table);
    expect(table.info.sha256).toBe(sha256(path));
  });

  it('numbers a last record with no line end after the others', async () => {
    const rows = await rowsOf(await readCsv(fileOf('Họ và tên,Giới tính\nAn,Nam')));
    expect(rows.map((r) => r.n)).toEqual([1, 2]);
  });

  it('refuses a UTF-8 cell past the length limit, saying why', async () => {
    const table = await readCsv(fileOf(`Họ và tên,Giới tính\nAn,${'x'.repeat(1_000_001)}\n`));
    await expect(rowsOf(table)).rejects.toMatchObject({
      code: 'INPUT_UNSUPPORTED',
      message: 'refused: a cell longer than 1,000,000 characters',
    });
  });

  it("keeps the byte scanner's own error as the cause of a UTF-8 refusal", async () => {
    const table = await readCsv(fileOf(`Họ và tên,Giới tính\nAn,${'x'.repeat(1_000_001)}\n`));
    await expect(rowsOf(table)).rejects.toMatchObject({ cause: new Error('a cell longer than 1,000,000 characters') });
  });

  it('starts with no warnings', async () => {
    expect((await readCsv(fileOf('Họ và tên\nAn\n'))).info.warnings).toEqual([]);
  });
});

describe('files readCsv refuses', () => {
  it('an empty file, as empty, naming it', async () => {
    const path = fileOf('');
    await expect(readCsv(path)).rejects.toMatchObject({
      code: 'INPUT_EMPTY',
      message: 'the file is empty',
      where: { file: path },
    });
  });

  it('a binary file, as not text, naming it', async () => {
    const path = fileOf(Buffer.from([0x01, 0x02, 0x03, 0x00, 0x04, 0x05, 0x06, 0x07]));
    await expect(readCsv(path)).rejects.toMatchObject({
      code: 'INPUT_UNSUPPORTED',
      message: 'binary data, not a text table (CSV, TSV or TXT expected)',
      where: { file: path },
    });
  });
});

describe('a UTF-16 text export (Excel’s "Unicode Text")', () => {
  it('is named utf-16le (BOM)', async () => {
    expect((await readCsv(fileOf(utf16le('Họ và tên\tGiới tính\r\nAn\tNam\r\n')))).info.encoding).toBe(
      'utf-16le (BOM)',
    );
  });

  it('gives its rows decoded, the mark left out, numbered from 1', async () => {
    const rows = await rowsOf(await readCsv(fileOf(utf16le('Họ và tên\tGiới tính\r\nĐoàn Thị Ánh\tNữ\r\n'))));
    expect(rows).toEqual([
      { n: 1, cells: ['Họ và tên', 'Giới tính'] },
      { n: 2, cells: ['Đoàn Thị Ánh', 'Nữ'] },
    ]);
  });

  it('gives a last record with no line end', async () => {
    const rows = await rowsOf(await readCsv(fileOf(utf16le('Họ và tên,Giới tính\r\nAn,Nam'))));
    expect(rows).toEqual([
      { n: 1, cells: ['Họ và tên', 'Giới tính'] },
      { n: 2, cells: ['An', 'Nam'] },
    ]);
  });

  it('keeps whole a character whose two halves fall in two 1 MB chunks', async () => {
    // The mark (2 bytes) and 524,286 "a" put the surrogate pair of 𝐀 across the byte 1,048,576.
    const rows = await rowsOf(await readCsv(fileOf(utf16le(`${'a'.repeat(524_286)}𝐀,b\r\n`))));
    expect(rows[0]!.cells[0]!.toString().slice(-3)).toBe('a𝐀');
  });

  it('ends with U+FFFD for a last character cut short, not dropping it unsaid', async () => {
    const bytes = Buffer.concat([utf16le('Họ và tên,Giới tính\r\nAn,Nam'), Buffer.from([0x41])]);
    const rows = await rowsOf(await readCsv(fileOf(bytes)));
    expect(rows[1]!.cells).toEqual(['An', 'Nam\uFFFD']);
  });

  it('refuses a cell past the length limit, naming its record', async () => {
    const table = await readCsv(fileOf(utf16le(`Họ và tên,Giới tính\r\nAn,Nam\r\nBình,${'x'.repeat(1_000_001)}\r\n`)));
    await expect(rowsOf(table)).rejects.toMatchObject({
      code: 'INPUT_UNSUPPORTED',
      message: 'refused: a cell longer than 1,000,000 characters',
      where: { file: table.info.file, row: 3 },
      cause: new Error('a cell longer than 1,000,000 characters'),
    });
  });
});

describe('a Windows-1258 text export (no byte-order mark, not UTF-8)', () => {
  const bytes = toCp1258('Họ và tên;Giới tính\r\nĐoàn Thị Ánh;Nữ\r\n');

  it('is named windows-1258', async () => {
    expect((await readCsv(fileOf(bytes))).info.encoding).toBe('windows-1258');
  });

  it('gives its rows decoded from the code page', async () => {
    const rows = await rowsOf(await readCsv(fileOf(bytes)));
    expect(rows.map((r) => r.cells.map((c) => String(c).normalize('NFC')))).toEqual([
      ['Họ và tên', 'Giới tính'],
      ['Đoàn Thị Ánh', 'Nữ'],
    ]);
  });
});

describe('a TCVN3 roster saved by an English Windows (Windows-1252 holding the font bytes)', () => {
  const lines = [
    ['Họ và tên', 'Giới tính', 'Ghi chú'],
    ['Lê Thị Thủy', 'Nữ', 'Nghỉ hưu'],
  ];
  // The note's en dash is Windows-1252's own 0x96 (the font has none; it is typed in the code page).
  const tcvn = lines.map((cells) => cells.map(toTcvn3));
  tcvn[1]![2] += ' – 2024';
  const bytes = ansiBytes(tcvn.map((cells) => cells.join(',')).join('\r\n') + '\r\n', 'windows-1252');

  it('is named windows-1252', async () => {
    expect((await readCsv(fileOf(bytes))).info.encoding).toBe('windows-1252');
  });

  it('gives the font bytes as the Windows-1252 characters the legacy repair reads back ("Giíi tÝnh")', async () => {
    const rows = await rowsOf(await readCsv(fileOf(bytes)));
    expect(rows.map((r) => r.cells.slice(0, 2))).toEqual(tcvn.map((cells) => cells.slice(0, 2)));
  });

  it('reads an en dash typed in a note (byte 0x96) as "–", not as a control character', async () => {
    const rows = await rowsOf(await readCsv(fileOf(bytes)));
    expect(rows[1]!.cells[2]).toBe(toTcvn3('Nghỉ hưu') + ' – 2024');
  });
});

describe('utf8Rows from a part of the file (a line start and the records before it)', () => {
  const info = (file: string): TableInfo => ({ file, format: 'csv', sheet: 'x', sheets: ['x'], warnings: [] });
  const text = 'Họ và tên,Giới tính\nAn,Nam\nBình,Nữ\n';
  const second = Buffer.byteLength('Họ và tên,Giới tính\n');

  async function partRows(path: string, part?: PartStart, bom = 0) {
    const read: BytesRead = { hash: createHash('sha256'), bytes: 0 };
    const rows: RawRow[] = [];
    for await (const r of utf8Rows(path, bom, ',', info(path), read, part)) rows.push(r);
    return { rows: rows.map((r) => [r.n, ...r.cells]), bytes: read.bytes };
  }

  it("reads from the part's byte on, numbering its records after those before it", async () => {
    const { rows } = await partRows(fileOf(text), { byte: second, records: 1 });
    expect(rows).toEqual([
      [2, 'An', 'Nam'],
      [3, 'Bình', 'Nữ'],
    ]);
  });

  it("counts the bytes read from the part's byte to the end", async () => {
    const { bytes } = await partRows(fileOf(text), { byte: second, records: 1 });
    expect(bytes).toBe(Buffer.byteLength(text) - second);
  });

  it('skips the byte-order mark at the start of the file, not at the start of a part', async () => {
    const path = fileOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const whole = await partRows(path, undefined, 3);
    const part = await partRows(path, { byte: 3 + second, records: 1 }, 3);
    expect([whole.rows[0], part.rows[0]]).toEqual([
      [1, 'Họ và tên', 'Giới tính'],
      [2, 'An', 'Nam'],
    ]);
  });

  it('hashes the whole file when given no count of bytes read (its own SHA-256, from a byte 0)', async () => {
    const path = fileOf(text);
    const table = info(path);
    const rows: RawRow[] = [];
    for await (const r of utf8Rows(path, 0, ',', table)) rows.push(r);
    expect([rows.length, table.sha256]).toEqual([3, sha256(path)]);
  });

  it('names the record of a cell past the limit counting the records before the part', async () => {
    const path = fileOf(`Họ và tên\nAn\nBình\n${'x'.repeat(1_000_001)}\n`);
    const start = Buffer.byteLength('Họ và tên\nAn\n');
    await expect(partRows(path, { byte: start, records: 2 })).rejects.toMatchObject({
      code: 'INPUT_UNSUPPORTED',
      where: { file: path, row: 4 },
    });
  });
});
