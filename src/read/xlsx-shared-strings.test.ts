/**
 * The shared-string table of an .xlsx, read by our streaming reader: an empty item takes its place in
 * the table, so the cells after it keep their own text.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/tmp.js';
import { makeXlsx } from '../test-support/zip.js';
import type { Cell } from './types.js';
import { Random } from '../../fixtures/lib/random.js';
import { runsText } from './xml.js';
import { readParts, sharedStrings } from './xlsx-parts.js';
import { readXlsxStream } from './xlsx-stream.js';

const dir = tempDir();
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

function sst(items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="${items.length}" uniqueCount="${items.length}">${items.join('')}</sst>`;
}

/** One row per array, each cell a shared-string index. */
function sheet(rows: number[][]): string {
  const body = rows
    .map(
      (r, i) =>
        `<row r="${i + 1}">${r.map((s, j) => `<c r="${String.fromCharCode(65 + j)}${i + 1}" t="s"><v>${s}</v></c>`).join('')}</row>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>${body}</sheetData></worksheet>`;
}

function workbook(items: string[], rows: number[][]): Buffer {
  return makeXlsx(sheet(rows), {}, undefined, [{ name: 'xl/sharedStrings.xml', data: sst(items) }]);
}

async function cells(name: string, zip: Buffer): Promise<Cell[][]> {
  const path = join(dir, name);
  writeFileSync(path, zip);
  const [table] = await readXlsxStream(path);
  const out: Cell[][] = [];
  for await (const r of table!.rows) out.push([...r.cells]);
  return out;
}

const strings = (zip: Buffer) => {
  const s = readParts(zip).sharedStrings;
  return Array.from({ length: s.length }, (_, i) => s.get(i));
};

describe('the shared-string table', () => {
  it('counts a self-closed <si/> as an empty item, not as nothing', () => {
    const zip = workbook(['<si><t>Họ và tên</t></si>', '<si/>', '<si><t>Giới tính</t></si>'], [[0]]);
    expect(strings(zip)).toEqual(['Họ và tên', '', 'Giới tính']);
  });

  it('counts <si><t/></si> as an empty item', () => {
    const zip = workbook(['<si><t>Nam</t></si>', '<si><t/></si>', '<si><t>Nữ</t></si>'], [[0]]);
    expect(strings(zip)).toEqual(['Nam', '', 'Nữ']);
  });

  it('joins the runs of a rich-text item and leaves out its phonetic hints', () => {
    const zip = workbook(['<si><r><t>Đại </t></r><r><t>học</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si>'], [[0]]);
    expect(strings(zip)).toEqual(['Đại học']);
  });

  it('reads a table written with a namespace prefix (<x:si>)', () => {
    const prefixed = `<?xml version="1.0" encoding="UTF-8"?><x:sst xmlns:x="${NS}"><x:si><x:t>Kinh</x:t></x:si><x:si/><x:si><x:t>Tày</x:t></x:si></x:sst>`;
    const zip = makeXlsx(sheet([[0]]), {}, undefined, [{ name: 'xl/sharedStrings.xml', data: prefixed }]);
    expect(strings(zip)).toEqual(['Kinh', '', 'Tày']);
  });

  it('gives nothing for an index past the table', () => {
    const zip = workbook(['<si><t>Nam</t></si>'], [[0]]);
    const s = readParts(zip).sharedStrings;
    expect([s.get(1), s.get(-1)]).toEqual([undefined, undefined]);
  });
});

/** Item contents of every form runsText reads, drawn at random: plain runs, spaces kept, entities, rich text, hints, tags alike. */
function randomItems(rng: Random, n: number): string[] {
  const words = [
    'Nguyễn',
    'Thị',
    'Đại học',
    'Xã 12',
    'A &amp; B',
    '&lt;1&gt;',
    'N00000001',
    '',
    ' ',
    'Tày',
    '&#273;ồng',
    '"x"',
  ];
  const text = () => Array.from({ length: rng.int(0, 3) }, () => rng.pick(words)).join(rng.pick(['', ' ']));
  const forms = [
    () => `<t>${text()}</t>`,
    () => `<t xml:space="preserve">${text()} </t>`,
    () => `<t/>`,
    () => `<r><rPr><b/></rPr><t>${text()}</t></r><r><t>${text()}</t></r>`,
    () => `<t>${text()}</t><rPh sb="0" eb="1"><t>${text()}</t></rPh>`,
    () => `<t>${text()}</t><phoneticPr fontId="1"/>`,
    () => `<tx>${text()}</tx>`,
    () => `<t>${text()}</t >`,
    () => text(),
  ];
  return Array.from({ length: n }, () => rng.pick(forms)());
}

describe('the shared-string table held compactly (issue 17)', () => {
  it('gives, for items of every form, what runsText reads of the item, the first time and when kept', () => {
    const rng = new Random(17);
    const items = randomItems(rng, 3000);
    const part = Buffer.from(sst(items.map((i) => (i === '<t/>' && rng.next() < 0.5 ? '<si/>' : `<si>${i}</si>`))));
    const expected = items.map((i) => runsText(i));
    const table = sharedStrings(part);
    expect(table.length).toBe(items.length);
    const first = Array.from({ length: table.length }, (_, i) => table.get(i));
    const second = Array.from({ length: table.length }, (_, i) => table.get(i));
    const third = Array.from({ length: table.length }, (_, i) => table.get(i));
    expect(first).toEqual(expected);
    expect(second).toEqual(expected);
    expect(third).toEqual(expected);
  });

  it("holds a national export's items as their text alone: no markup, one offset and one flag each", () => {
    // 100,000 codes as an HR system shares them: <si><t>N00000001</t></si>, 26 bytes of XML each.
    const codes = Array.from({ length: 100_000 }, (_, i) => `N${String(i + 1).padStart(8, '0')}`);
    const part = Buffer.from(sst(codes.map((c) => `<si><t>${c}</t></si>`)));
    const table = sharedStrings(part);
    expect(table.get(99_999)).toBe('N00100000');
    // 9 bytes of text, a 4-byte offset, a byte of flags and 4 bytes for a string kept: 18 bytes an item,
    // where the part's XML with two offsets, a flag and a slot for a kept string took 26 + 8 + 1 + 8.
    expect(table.heldBytes).toBe(100_000 * 18 + 4);
  });
});

describe('cells after an empty shared string', () => {
  it('keep their own text in every following row', async () => {
    const items = [
      '<si><t>Họ và tên</t></si>',
      '<si/>',
      '<si><t>Giới tính</t></si>',
      '<si><t>An</t></si>',
      '<si><t>Nam</t></si>',
      '<si><t>Bình</t></si>',
      '<si><t>Nữ</t></si>',
    ];
    const rows = await cells(
      'empty-si.xlsx',
      workbook(items, [
        [0, 2],
        [3, 1, 4],
        [5, 6],
      ]),
    );
    expect(rows).toEqual([
      ['Họ và tên', 'Giới tính'],
      ['An', '', 'Nam'],
      ['Bình', 'Nữ'],
    ]);
  });
});
