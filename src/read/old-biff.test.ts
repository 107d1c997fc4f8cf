/**
 * An Excel 2.1–4.0 worksheet (.xls of the early 1990s, still kept by some offices, typed in TCVN3 fonts;
 * review rv12): no OLE container, so it was taken for text and refused as "binary data, not a text
 * table". Its first record (a BOF) now sends it to SheetJS, which reads it.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { record, u16 } from '../../fixtures/lib/biff-writer.js';
import { ansiBytes, toTcvn3 } from '../../fixtures/lib/encode.js';
import { layoutPeople } from '../../fixtures/lib/layout-kit.js';
import type { GridCell } from '../../fixtures/lib/official.js';
import { Random } from '../../fixtures/lib/random.js';
import { rosterRows } from '../../fixtures/lib/workbooks.js';
import { analyze } from '../pipeline/analyze.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { openTables } from './open.js';

const dir = tempDir();
const people = layoutPeople(93, 2, 20);

/** A BIFF2 worksheet: BOF, DIMENSIONS, a NUMBER or LABEL record a cell (text as TCVN3 bytes), EOF. */
function biff2(rows: GridCell[][]): Buffer {
  const cells: Buffer[] = [];
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === '') return;
      if (typeof v === 'number') {
        const d = Buffer.alloc(8);
        d.writeDoubleLE(v);
        cells.push(record(0x0003, Buffer.concat([u16(r, c), Buffer.alloc(3), d])));
        return;
      }
      const text = v instanceof Date ? `${v.getUTCDate()}/${v.getUTCMonth() + 1}/${v.getUTCFullYear()}` : String(v);
      const bytes = tcvn3Bytes(text);
      cells.push(record(0x0004, Buffer.concat([u16(r, c), Buffer.alloc(3), Buffer.from([bytes.length]), bytes])));
    }),
  );
  const width = Math.max(...rows.map((r) => r.length));
  return Buffer.concat([
    record(0x0009, u16(0x0002, 0x0010)),
    record(0x0000, u16(0, rows.length, 0, width)),
    ...cells,
    record(0x000a, Buffer.alloc(0)),
  ]);
}

/** The bytes a TCVN3 font typed: the code page's byte for each character, the bytes it leaves undefined as they are. */
function tcvn3Bytes(text: string): Buffer {
  return Buffer.concat(
    [...toTcvn3(text)].map((ch) =>
      ch.charCodeAt(0) < 0x100 ? Buffer.from([ch.charCodeAt(0)]) : ansiBytes(ch, 'windows-1252'),
    ),
  );
}

describe('an Excel 2.1 worksheet (BIFF2, no OLE container) typed in TCVN3', () => {
  it('is read as a workbook: every figure equals the truth', async () => {
    const file = join(dir, 'ds-1993.xls');
    await writeFile(file, biff2(rosterRows(people, new Random(6), { unitColumn: true })));
    const { report } = await analyze([file], { groupBy: 'unit' });
    expectFiguresMatchTruth(report, people);
  });

  it('is opened by the workbook reader, not as text', async () => {
    const file = join(dir, 'format.xls');
    await writeFile(file, biff2(rosterRows(people, new Random(6), { unitColumn: true })));
    const [table] = await openTables(file);
    expect(table!.info.format).toBe('xls');
  });
});
