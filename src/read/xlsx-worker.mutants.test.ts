/**
 * The xlsx reader thread's entry (xlsx-worker.ts) and the side that reads it (xlsx-thread.ts), run in this
 * process (test-support/threads.ts `inProcessThread`) so that what they do can be checked message by
 * message: the rows, batches of a given size, no more than three unread at a time, the hash, a prefixed sheet
 * handed back, an error raised here as the same line. Each is read through `readXlsxStream`, the public way in.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { errorLine } from '../errors.js';
import { inProcessThread, type InProcessThread } from '../test-support/threads.js';
import { tempDir } from '../test-support/tmp.js';
import { makeXlsx, type ZipPart } from '../test-support/zip.js';
import type { RawRow, Table } from './types.js';
import { readXlsxStream, SHEET_READING } from './xlsx-stream.js';

const WORKER = new URL('./xlsx-worker.ts', import.meta.url).href;
const dir = tempDir('cbcc-worker-');
const saved = { ...SHEET_READING };
afterEach(() => Object.assign(SHEET_READING, saved));

let serial = 0;
function write(sheet: string, more: ZipPart[] = []): string {
  const file = join(dir, `sheet-${++serial}.xlsx`);
  writeFileSync(file, makeXlsx(sheet, {}, undefined, more));
  return file;
}

const SST: ZipPart = {
  name: 'xl/sharedStrings.xml',
  data: '<sst><si><t>Họ và tên</t></si><si><t>Xã Tân Cương</t></si></sst>',
};
const sheetOf = (rows: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`;
/** Rows 1…n, each a number and a shared string. */
const numbered = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i + 1}</v></c><c r="B${i + 1}" t="s"><v>1</v></c></row>`,
  );

/** The tables of a file read streamed, in the in-process thread (its log returned) or in this thread. */
async function open(file: string, inThread: boolean): Promise<{ tables: Table[]; thread: InProcessThread }> {
  const thread = inProcessThread(WORKER);
  Object.assign(SHEET_READING, { wholeBytes: 0, thread: inThread ? thread.spawn : undefined });
  return { tables: await readXlsxStream(file), thread };
}

async function rowsOf(table: Table): Promise<RawRow[]> {
  const out: RawRow[] = [];
  for await (const row of table.rows) out.push(row);
  return out;
}

/** The kinds of message the thread posted, in order. */
const posted = (thread: InProcessThread) => thread.log.filter((m) => m.startsWith('thread:'));

describe('a sheet read in the reader thread (in this process)', () => {
  it('gives the rows of the reader of this thread', async () => {
    const file = write(sheetOf(['<row r="1"><c r="A1" t="s"><v>0</v></c></row>', ...numbered(3).slice(1)]), [SST]);
    const { tables } = await open(file, true);
    expect(await rowsOf(tables[0]!)).toEqual([
      { n: 1, cells: ['Họ và tên'] },
      { n: 2, cells: [2, 'Xã Tân Cương'] },
      { n: 3, cells: [3, 'Xã Tân Cương'] },
    ]);
  });

  it('posts a sheet of fewer rows than a batch holds (1,024) in one batch, then done', async () => {
    const file = write(sheetOf(numbered(3)), [SST]);
    const { tables, thread } = await open(file, true);
    await rowsOf(tables[0]!);
    expect(posted(thread)).toEqual(['thread: rows', 'thread: done']);
  });

  it('posts a sheet of fewer rows than a batch holds in one batch, though it inflates in several pieces', async () => {
    // 900 rows of some 330 bytes: about 300 KB inflated, five pieces of 64 KB.
    const pad = '<c t="s"><v>1</v></c>'.repeat(14);
    const file = write(sheetOf(numbered(900).map((r) => r.replace('</row>', `${pad}</row>`))), [SST]);
    const { tables, thread } = await open(file, true);
    const rows = await rowsOf(tables[0]!);
    expect([rows.length, posted(thread)]).toEqual([900, ['thread: rows', 'thread: done']]);
  });

  it('posts no empty batch after rows that fill the last batch exactly (1,024 rows)', async () => {
    const file = write(sheetOf(numbered(1024)), [SST]);
    const { tables, thread } = await open(file, true);
    const rows = await rowsOf(tables[0]!);
    expect([rows.length, posted(thread)]).toEqual([1024, ['thread: rows', 'thread: done']]);
  });

  it('posts a sheet of 10,000 rows in several batches, each sent back once its rows are read', async () => {
    const file = write(sheetOf(numbered(10_000)), [SST]);
    const { tables, thread } = await open(file, true);
    await rowsOf(tables[0]!);
    const batches = posted(thread).filter((m) => m === 'thread: rows').length;
    expect(batches).toBeGreaterThan(3);
    expect(thread.log.filter((m) => m === 'main: ack').length).toBe(batches);
  });

  it('keeps no more than three batches unread: it waits until one is sent back', async () => {
    const file = write(sheetOf(numbered(10_000)), [SST]);
    const { tables, thread } = await open(file, true);
    const rows = tables[0]!.rows[Symbol.asyncIterator]();
    expect((await rows.next()).value).toEqual({ n: 1, cells: [1, 'Xã Tân Cương'] });
    for (let i = 0; i < 50; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(posted(thread)).toEqual(['thread: rows', 'thread: rows', 'thread: rows']);
    let n = 1;
    while (!(await rows.next()).done) n++;
    expect(n).toBe(10_000);
  });

  it('reads a batch sent back again into the buffer it came in (the rows stay right)', async () => {
    const file = write(sheetOf(numbered(6000)), [SST]);
    const { tables } = await open(file, true);
    const rows = await rowsOf(tables[0]!);
    expect(rows[5999]).toEqual({ n: 6000, cells: [6000, 'Xã Tân Cương'] });
    expect(rows.every((r, i) => r.cells[0] === i + 1)).toBe(true);
  });

  it('gives the file’s SHA-256, taken as it reads', async () => {
    const file = write(sheetOf(numbered(3)), [SST]);
    const { tables } = await open(file, true);
    await rowsOf(tables[0]!);
    expect(tables[0]!.info.sha256).toBe(createHash('sha256').update(readFileSync(file)).digest('hex'));
  });

  it('hands a sheet with prefixed elements back, and it is read here', async () => {
    const file = write(
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>',
      [SST],
    );
    const { tables, thread } = await open(file, true);
    expect(await rowsOf(tables[0]!)).toEqual([{ n: 1, cells: ['Xã Tân Cương'] }]);
    expect(posted(thread)).toEqual(['thread: prefixed']);
  });

  it('raises an error of the thread here as the line the reader of this thread gives', async () => {
    const file = write(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]>${sheetOf(numbered(3))}`, [SST]);
    const failure = async (inThread: boolean) => {
      const { tables } = await open(file, inThread);
      return rowsOf(tables[0]!).then(
        () => 'no error',
        (err: unknown) => errorLine(err),
      );
    };
    const there = await failure(true);
    expect(there).toMatch(/document type declaration/);
    expect(there).toBe(await failure(false));
  });
});
