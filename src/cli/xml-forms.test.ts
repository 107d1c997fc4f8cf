/**
 * A roster whose XML is written in forms valid XML allows and no spreadsheet program here writes: every
 * end tag with white space before its ">" (`</c >`, `</v >`, `</row >`, `</si >`, `</t >`) and the first
 * digit of every value a character reference (`<v>&#52;2</v>`: a number, a date's serial, a shared string's index). Before, the cell after each `</c >` was
 * lost and rows were merged, without a word; now the report is the report of the roster written plainly.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { thaiNguyen2022 } from '../../fixtures/lib/truth.js';
import { writeRosterXlsx } from '../../fixtures/lib/write.js';
import { listEntries, readEntry } from '../read/zip.js';
import { runCli } from '../test-support/io.js';
import { tempDir } from '../test-support/tmp.js';
import { makeZip } from '../test-support/zip.js';

const dir = tempDir('cbcc-xml-forms-');
const people = thaiNguyen2022();

/** The workbook's parts rewritten by `respell` (sheets and shared strings), the others as they were. */
async function respelled(name: string, respell: (xml: string) => string): Promise<void> {
  const plain = join(dir, 'plain.xlsx');
  const zip = readFileSync(plain);
  const parts = listEntries(zip).map((e) => {
    const data = readEntry(zip, e, 1 << 26);
    const xml = /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(e.name);
    return { name: e.name, data: xml ? respell(data.toString('utf8')) : data };
  });
  writeFileSync(join(dir, name), makeZip(parts));
}

const report = async (name: string) => {
  const r = await runCli(['report', name, '--json', '--no-excel', '--as-of', '2025-06-30'], { cwd: dir });
  return { code: r.code, json: JSON.parse(r.stdout) as { total: number; units: number; dimensions: unknown } };
};

beforeAll(async () => {
  await writeRosterXlsx(people, join(dir, 'plain.xlsx'));
  await respelled('spaced.xlsx', (xml) => xml.replace(/<\/(c|v|row|si|t)>/g, '</$1 >'));
  await respelled('references.xlsx', (xml) => xml.replace(/<v>(\d)/g, (_, d: string) => `<v>&#${d.charCodeAt(0)};`));
}, 120_000);

describe('a roster of 636 people in 32 units, its XML written in valid forms nobody here writes', () => {
  it('end tags with a space before ">": all 636 people counted, in 32 units', async () => {
    const { code, json } = await report('spaced.xlsx');
    expect([code, json.total, json.units]).toEqual([0, 636, 32]);
  });

  it('end tags with a space before ">": every figure of the roster written plainly', async () => {
    expect((await report('spaced.xlsx')).json.dimensions).toEqual((await report('plain.xlsx')).json.dimensions);
  });

  it('values begun by a character reference: every figure of the roster written plainly', async () => {
    const [plain, references] = [await report('plain.xlsx'), await report('references.xlsx')];
    expect(references.json.total).toBe(636);
    expect(references.json.dimensions).toEqual(plain.json.dimensions);
  });
});
