/**
 * An HTML table saved as "Unicode" (UTF-16, as Excel's "Web Page" and some HR systems write it) and
 * named .xls (review rv12): it was taken for a text file, read as one row, and refused for "no header".
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutPeople } from '../../fixtures/lib/layout-kit.js';
import { Random } from '../../fixtures/lib/random.js';
import { rosterRows } from '../../fixtures/lib/workbooks.js';
import { analyze } from '../pipeline/analyze.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { openTables } from './open.js';

const dir = tempDir();
const people = layoutPeople(92, 2, 20);

function page(): string {
  const cell = (c: unknown) =>
    c instanceof Date
      ? `${c.getUTCDate()}/${c.getUTCMonth() + 1}/${c.getUTCFullYear()}`
      : String(c ?? '')
          .replace(/&/g, '&amp;')
          .replace(/</g, '&lt;');
  const rows = rosterRows(people, new Random(5), { unitColumn: true });
  // The meta tag still says utf-8, as the pages such exports save do: the byte-order mark decides.
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><table>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${cell(c)}</td>`).join('')}</tr>`)
    .join('')}</table></body></html>`;
}

function utf16(text: string, order: 'le' | 'be', bom: boolean): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (order === 'be') body.swap16();
  if (!bom) return body;
  return Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

describe('an HTML table in UTF-16 named .xls', () => {
  for (const [order, bom] of [
    ['le', true],
    ['be', true],
    ['le', false],
  ] as const)
    it(`is read as a table (${order.toUpperCase()}${bom ? ' with' : ' without'} BOM): every figure equals the truth`, async () => {
      const file = join(dir, `ds-${order}-${bom}.xls`);
      await writeFile(file, utf16(page(), order, bom));
      const { report } = await analyze([file], { groupBy: 'unit' });
      expectFiguresMatchTruth(report, people);
    });

  it('is opened by the HTML reader, not as text', async () => {
    const file = join(dir, 'format.xls');
    await writeFile(file, utf16(page(), 'le', true));
    const [table] = await openTables(file);
    expect(table!.info.format).toBe('html');
  });
});
