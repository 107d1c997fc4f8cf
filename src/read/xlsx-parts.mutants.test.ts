/**
 * A workbook's parts other than its sheets, on tiny hand-made archives, one rule per test: where the
 * sheets are, their names, the 1904 date system, which cell styles show dates, the shared strings,
 * and the parts refused before they are read.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { makeZip, type ZipPart } from '../test-support/zip.js';
import { DtdError, isDateFormat, readParts, usesDate1904 } from './xlsx-parts.js';
import { ZipFile } from './zip.js';

const dir = mkdtempSync(join(tmpdir(), 'cbcc-parts-mutants-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const book = (sheets: string, pr = '') =>
  `<?xml version="1.0"?><workbook xmlns:r="${REL}">${pr}<sheets>${sheets}</sheets></workbook>`;
const rels = (items: string) => `<?xml version="1.0"?><Relationships>${items}</Relationships>`;
const rel = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;

/** An archive of a workbook.xml, its relationships and any other parts. */
function archive(workbook: string, relationships: string | undefined, more: ZipPart[] = []): Buffer {
  const parts: ZipPart[] = [{ name: 'xl/workbook.xml', data: workbook }];
  if (relationships !== undefined) parts.push({ name: 'xl/_rels/workbook.xml.rels', data: relationships });
  return makeZip([...parts, ...more]);
}

const oneSheet = (more: ZipPart[] = [], pr = '') =>
  archive(
    book('<sheet name="DS" sheetId="1" r:id="rId1"/>', pr),
    rels(rel('rId1', 'worksheet', 'worksheets/sheet1.xml')),
    more,
  );

const styles = (body: string) => ({
  name: 'xl/styles.xml',
  data: `<?xml version="1.0"?><styleSheet>${body}</styleSheet>`,
});
const sst = (items: string) => ({ name: 'xl/sharedStrings.xml', data: `<?xml version="1.0"?><sst>${items}</sst>` });
const allStrings = (zip: Buffer) => {
  const s = readParts(zip).sharedStrings;
  return Array.from({ length: s.length }, (_, i) => s.get(i));
};

describe('readParts: the sheets and where they are', () => {
  it('gives each sheet its name and the path its relationship points to', () => {
    const zip = archive(
      book('<sheet name="Bìa" sheetId="1" r:id="rId7"/><sheet name="Danh sách" sheetId="2" r:id="rId3"/>'),
      rels(rel('rId3', 'worksheet', 'worksheets/ds.xml') + rel('rId7', 'worksheet', 'worksheets/bia.xml')),
    );
    expect(readParts(zip).sheets).toEqual([
      { name: 'Bìa', path: 'xl/worksheets/bia.xml' },
      { name: 'Danh sách', path: 'xl/worksheets/ds.xml' },
    ]);
  });

  it('reads a target written from the root of the archive without its slash', () => {
    const zip = archive(book('<sheet name="A" r:id="rId1"/>'), rels(rel('rId1', 'worksheet', '/xl/worksheets/a.xml')));
    expect(readParts(zip).sheets[0]!.path).toBe('xl/worksheets/a.xml');
  });

  it('resolves a target that climbs out of xl/', () => {
    const zip = archive(book('<sheet name="A" r:id="rId1"/>'), rels(rel('rId1', 'worksheet', '../other/a.xml')));
    expect(readParts(zip).sheets[0]!.path).toBe('other/a.xml');
  });

  it('names a sheet without a name by its place', () => {
    const zip = archive(
      book('<sheet name="A" r:id="rId1"/><sheet r:id="rId2"/>'),
      rels(rel('rId1', 'worksheet', 'worksheets/sheet1.xml') + rel('rId2', 'worksheet', 'worksheets/sheet2.xml')),
    );
    expect(readParts(zip).sheets.map((s) => s.name)).toEqual(['A', 'Sheet2']);
  });

  it('guesses the path of a sheet whose relationship is missing from its place', () => {
    const zip = archive(book('<sheet name="A" r:id="rId1"/><sheet name="B" r:id="rId9"/>'), undefined);
    expect(readParts(zip).sheets.map((s) => s.path)).toEqual(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']);
  });

  it('passes over a relationship without an id or without a target', () => {
    const zip = archive(
      book('<sheet name="A" r:id="rId1"/>'),
      rels(
        `<Relationship Type="${REL}/worksheet" Target="worksheets/no-id.xml"/>` +
          `<Relationship Id="rId1" Type="${REL}/worksheet"/>`,
      ),
    );
    expect(readParts(zip).sheets[0]!.path).toBe('xl/worksheets/sheet1.xml');
  });

  it('reads relationships and sheets written with a namespace prefix', () => {
    const zip = archive(
      `<ss:workbook xmlns:ss="m" xmlns:r="${REL}"><ss:sheets><ss:sheet name="P" r:id="rId1"/></ss:sheets></ss:workbook>`,
      `<pr:Relationships xmlns:pr="r"><pr:Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/p.xml"/></pr:Relationships>`,
    );
    expect(readParts(zip).sheets).toEqual([{ name: 'P', path: 'xl/worksheets/p.xml' }]);
  });

  it('reads a relationship written with a closing tag', () => {
    const zip = archive(
      book('<sheet name="A" r:id="rId1"/>'),
      rels(`<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/closed.xml"></Relationship>`),
    );
    expect(readParts(zip).sheets[0]!.path).toBe('xl/worksheets/closed.xml');
  });

  it('reads a sheet element written with a closing tag', () => {
    const zip = archive(book('<sheet name="Đóng" r:id="rId1"></sheet>'), undefined);
    expect(readParts(zip).sheets.map((s) => s.name)).toEqual(['Đóng']);
  });

  it('finds workbook.xml whatever the case of its name', () => {
    const zip = makeZip([{ name: 'XL/Workbook.xml', data: book('<sheet name="A"/>') }]);
    expect(readParts(zip).sheets.map((s) => s.name)).toEqual(['A']);
  });

  it('finds parts named from the root of the archive (/xl/workbook.xml)', () => {
    const zip = makeZip([{ name: '/xl/workbook.xml', data: book('<sheet name="A"/>') }]);
    expect([...readParts(zip).entries.keys()]).toEqual(['xl/workbook.xml']);
  });

  it('refuses an archive without workbook.xml', () => {
    expect(() => readParts(makeZip([{ name: 'word/document.xml', data: '<w/>' }]))).toThrow(
      'no xl/workbook.xml: not an Excel workbook',
    );
  });

  it('reads an archive on disk as it reads the same bytes in memory', () => {
    const zip = oneSheet([sst('<si><t>Nam</t></si>')]);
    const file = join(dir, 'on-disk.xlsx');
    writeFileSync(file, zip);
    const parts = readParts(ZipFile.open(file));
    expect([parts.sheets, parts.sharedStrings.get(0)]).toEqual([
      [{ name: 'DS', path: 'xl/worksheets/sheet1.xml' }],
      'Nam',
    ]);
  });
});

describe('readParts: the 1904 date system', () => {
  it('is off when workbook.xml does not say', () => {
    expect(readParts(oneSheet()).date1904).toBe(false);
  });

  it('is on when workbookPr says date1904="1"', () => {
    expect(readParts(oneSheet([], '<workbookPr date1904="1"/>')).date1904).toBe(true);
  });
});

describe('usesDate1904', () => {
  it.each([
    ['<workbookPr date1904="1"/>', true],
    ['<workbookPr date1904="true"/>', true],
    ["<workbookPr date1904='1'/>", true],
    ['<workbookPr defaultThemeVersion="1" date1904 = "TRUE"/>', true],
    ['<x:workbookPr date1904="1"/>', true],
    ['<ss:workbookPr date1904="1"/>', true],
    ['<workbookPr date1904="0"/>', false],
    ['<workbookPr date1904="false"/>', false],
    ['<workbookPr/><fileVersion date1904="1"/>', false],
    ['<workbookPrX date1904="1"/>', false],
    ['<workbookPr nodate1904="1"/>', false],
  ])('%s → %s', (xml, on) => {
    expect(usesDate1904(xml)).toBe(on);
  });
});

describe('isDateFormat', () => {
  it.each([
    ['dd/mm/yyyy', true],
    ['DD/MM/YYYY', true],
    ['h:mm', true],
    ['ss', true],
    ['[$-42A]dd/mm/yyyy', true],
    ['0.00', false],
    ['#,##0', false],
    ['General', false],
    [' general ', false],
    ['"Năm" 0', false],
    ['[Red]0', false],
    ['0 \\d', false],
    ['0;[Red]-0;"ngày"', false],
    ['0;dd/mm/yyyy', false],
    ['"a"0"b"d', true],
  ])('%j → %s', (code, date) => {
    expect(isDateFormat(code)).toBe(date);
  });
});

describe('readParts: which cell styles show dates', () => {
  it('reads a built-in date format (14) and a built-in number format (2)', () => {
    const zip = oneSheet([
      styles('<cellXfs count="3"><xf numFmtId="2"/><xf numFmtId="14"/><xf numFmtId="22"/></cellXfs>'),
    ]);
    expect(readParts(zip).dateStyles).toEqual([false, true, true]);
  });

  it('reads a style without a number format as General', () => {
    const zip = oneSheet([styles('<cellXfs><xf fontId="1"/></cellXfs>')]);
    expect(readParts(zip).dateStyles).toEqual([false]);
  });

  it('reads a custom number format by its code', () => {
    const zip = oneSheet([
      styles(
        '<numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0"/></numFmts>' +
          '<cellXfs><xf numFmtId="165"/><xf numFmtId="164"/></cellXfs>',
      ),
    ]);
    expect(readParts(zip).dateStyles).toEqual([false, true]);
  });

  it('lets a custom code given a built-in id override the built-in meaning', () => {
    const zip = oneSheet([
      styles('<numFmts><numFmt numFmtId="14" formatCode="0.00"/></numFmts><cellXfs><xf numFmtId="14"/></cellXfs>'),
    ]);
    expect(readParts(zip).dateStyles).toEqual([false]);
  });

  it('takes only the cell formats, not the cell style formats before them', () => {
    const zip = oneSheet([
      styles(
        '<cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
      ),
    ]);
    expect(readParts(zip).dateStyles).toEqual([false, true]);
  });

  it('reads styles written with a namespace prefix', () => {
    const zip = oneSheet([
      styles(
        '<ss:numFmts><ss:numFmt numFmtId="170" formatCode="yyyy"/></ss:numFmts><ss:cellXfs><ss:xf numFmtId="170"></ss:xf></ss:cellXfs>',
      ),
    ]);
    expect(readParts(zip).dateStyles).toEqual([true]);
  });

  it('reads a custom number format written with a closing tag', () => {
    const zip = oneSheet([
      styles(
        '<numFmts><numFmt numFmtId="164" formatCode="d/m/yyyy"></numFmt></numFmts><cellXfs><xf numFmtId="164"/></cellXfs>',
      ),
    ]);
    expect(readParts(zip).dateStyles).toEqual([true]);
  });

  it('gives no date style for a styles part without cell formats', () => {
    expect(readParts(oneSheet([styles('<fonts count="1"/>')])).dateStyles).toEqual([]);
  });

  it('gives no date style without a styles part', () => {
    expect(readParts(oneSheet()).dateStyles).toEqual([]);
  });

  it('finds the styles part its relationship names', () => {
    const zip = archive(
      book('<sheet name="A" r:id="rId1"/>'),
      rels(rel('rId1', 'worksheet', 'worksheets/sheet1.xml') + rel('rId2', 'styles', 'my-styles.xml')),
      [{ name: 'xl/my-styles.xml', data: '<styleSheet><cellXfs><xf numFmtId="15"/></cellXfs></styleSheet>' }],
    );
    expect(readParts(zip).dateStyles).toEqual([true]);
  });
});

describe('readParts: the shared strings', () => {
  it('reads every item in order', () => {
    expect(allStrings(oneSheet([sst('<si><t>Họ và tên</t></si><si><t>Nữ</t></si>')]))).toEqual(['Họ và tên', 'Nữ']);
  });

  it('gives the same text the second and third time an item is asked for', () => {
    const s = readParts(oneSheet([sst('<si><t>Kinh</t></si><si><t>Tày</t></si>')])).sharedStrings;
    expect([s.get(1), s.get(1), s.get(1), s.get(0)]).toEqual(['Tày', 'Tày', 'Tày', 'Kinh']);
  });

  it('gives the last item and nothing one past it', () => {
    const s = readParts(oneSheet([sst('<si><t>a</t></si><si><t>b</t></si>')])).sharedStrings;
    expect([s.length, s.get(1), s.get(2)]).toEqual([2, 'b', undefined]);
  });

  it('reads a table of more than 1024 items (its offsets grown)', () => {
    const items = Array.from({ length: 2500 }, (_, i) => `<si><t>Người ${i}</t></si>`).join('');
    const s = readParts(oneSheet([sst(items)])).sharedStrings;
    expect([s.length, s.get(0), s.get(1024), s.get(2499)]).toEqual([2500, 'Người 0', 'Người 1024', 'Người 2499']);
  });

  it('places empty items among full ones, before, between and after', () => {
    expect(allStrings(oneSheet([sst('<si/><si/><si><t>a</t></si><si/><si><t>b</t></si><si/>')]))).toEqual([
      '',
      '',
      'a',
      '',
      'b',
      '',
    ]);
  });

  it('stops at an item that is never closed', () => {
    expect(allStrings(oneSheet([sst('<si><t>a</t></si><si><t>cut')]))).toEqual(['a']);
  });

  it('gives an empty table for a part of no items', () => {
    expect(allStrings(oneSheet([sst('')]))).toEqual([]);
  });

  it('reads an item at the very start of the part', () => {
    expect(
      allStrings(oneSheet([{ name: 'xl/sharedStrings.xml', data: '<si><t>Thái</t></si><si><t>Hoa</t></si>' }])),
    ).toEqual(['Thái', 'Hoa']);
  });

  it('reads an empty item at the very start of the part', () => {
    expect(allStrings(oneSheet([{ name: 'xl/sharedStrings.xml', data: '<si/><si><t>Khmer</t></si>' }]))).toEqual([
      '',
      'Khmer',
    ]);
  });

  it('reads a part that is one empty item', () => {
    expect(allStrings(oneSheet([{ name: 'xl/sharedStrings.xml', data: '<si/>' }]))).toEqual(['']);
  });

  it('keeps the order of an item at the very start and an empty item after it', () => {
    expect(allStrings(oneSheet([{ name: 'xl/sharedStrings.xml', data: '<si><t>Ê Đê</t></si><si/>' }]))).toEqual([
      'Ê Đê',
      '',
    ]);
  });

  it('gives an empty table without a shared-strings part', () => {
    const s = readParts(oneSheet()).sharedStrings;
    expect([s.length, s.get(0)]).toEqual([0, undefined]);
  });

  it('finds the shared strings its relationship names', () => {
    const zip = archive(
      book('<sheet name="A" r:id="rId1"/>'),
      rels(rel('rId1', 'worksheet', 'worksheets/sheet1.xml') + rel('rId2', 'sharedStrings', 'strings.xml')),
      [{ name: 'xl/strings.xml', data: '<sst><si><t>Mường</t></si></sst>' }],
    );
    expect(allStrings(zip)).toEqual(['Mường']);
  });

  it('reads a prefixed table whose prefix is not x:', () => {
    expect(
      allStrings(oneSheet([sst('<ss:si><ss:t>Nùng</ss:t></ss:si><ss:si/><ss:si><ss:t>Dao</ss:t></ss:si>')])),
    ).toEqual(['Nùng', '', 'Dao']);
  });

  it('does not take <sst> or a <sis> element for an item', () => {
    expect(allStrings(oneSheet([sst('<sis/><si><t>H’Mông</t></si>')]))).toEqual(['H’Mông']);
  });
});

describe('readParts: parts refused before they are read', () => {
  it('refuses a part with a document type declaration, naming it', () => {
    const zip = oneSheet([sst('<!DOCTYPE sst [<!ENTITY x "y">]><sst><si><t>&x;</t></si></sst>')]);
    expect(() => readParts(zip)).toThrow(new DtdError('xl/sharedStrings.xml has a document type declaration (DTD)'));
  });

  it('refuses a declaration written in lower case', () => {
    const zip = archive(`<!doctype workbook><workbook/>`, undefined);
    expect(() => readParts(zip)).toThrow(DtdError);
  });

  // A stored part of no bytes is never refused for its ratio: only the size it declares is checked.
  const declaring = (part: { name: string }, size: number): ZipPart => ({
    ...part,
    data: '',
    store: true,
    declaredSize: size,
  });

  it('refuses a part that says it inflates past 64 MB, naming it and the size', () => {
    const zip = oneSheet([declaring(styles(''), 64 * 1024 * 1024 + 1)]);
    expect(() => readParts(zip)).toThrow(new RangeError('xl/styles.xml would inflate to 67108865 bytes'));
  });

  it('reads a part that says it inflates to exactly 64 MB', () => {
    expect(readParts(oneSheet([declaring(styles(''), 64 * 1024 * 1024)])).dateStyles).toEqual([]);
  });

  it('reads shared strings that say they inflate past 64 MB (their limit is 256 MB)', () => {
    expect(readParts(oneSheet([declaring(sst(''), 64 * 1024 * 1024 + 1)])).sharedStrings.length).toBe(0);
  });

  it('refuses shared strings that say they inflate past 256 MB', () => {
    const zip = oneSheet([declaring(sst(''), 256 * 1024 * 1024 + 1)]);
    expect(() => readParts(zip)).toThrow(new RangeError('xl/sharedStrings.xml would inflate to 268435457 bytes'));
  });

  it('refuses a part over 1 MB that says it inflates over 200 times its compressed size', () => {
    const zip = oneSheet([{ ...styles('<cellXfs/>'), declaredSize: 2 * 1024 * 1024 }]);
    expect(() => readParts(zip)).toThrow(/xl\/styles\.xml would inflate to 2097152 bytes/);
  });

  it('reads a part over 1 MB that says it inflates to exactly 200 times its compressed size', () => {
    // Styles that compress poorly (over 5,243 bytes deflated), declared at exactly 200 times that.
    const xfs = Array.from({ length: 3000 }, (_, i) => `<xf numFmtId="0" fontId="${(i * 7919) % 100_003}"/>`).join('');
    const data = `<styleSheet><cellXfs>${xfs}<xf numFmtId="14"/></cellXfs></styleSheet>`;
    const compressed = deflateRawSync(data).length;
    expect(compressed * 200).toBeGreaterThan(1024 * 1024);
    const dates = readParts(oneSheet([{ name: 'xl/styles.xml', data, declaredSize: compressed * 200 }])).dateStyles;
    expect(dates[3000]).toBe(true);
  });

  it('reads a part of at most 1 MB whatever its ratio', () => {
    const zip = oneSheet([{ ...styles('<cellXfs><xf numFmtId="14"/></cellXfs>'), declaredSize: 1024 * 1024 }]);
    expect(readParts(zip).dateStyles).toEqual([true]);
  });

  it('refuses a part that inflates past 1 MB and 200 times its compressed size, whatever it declares', () => {
    const xfs = '<xf numFmtId="0"/>'.repeat(120_000);
    const zip = oneSheet([{ ...styles(`<cellXfs>${xfs}</cellXfs>`), declaredSize: 100 }]);
    expect(() => readParts(zip)).toThrow(RangeError);
  });

  it('reads a part under 1 MB however well it compresses', () => {
    const xfs = '<xf numFmtId="0"/>'.repeat(30_000);
    const zip = oneSheet([styles(`<cellXfs>${xfs}<xf numFmtId="14"/></cellXfs>`)]);
    const dates = readParts(zip).dateStyles;
    expect([dates.length, dates[30_000]]).toEqual([30_001, true]);
  });

  it('reads a part inflating to more than 1 MB at a ratio under 200', () => {
    // Each style names its own font: the part compresses far less than 200 times.
    const xfs = Array.from({ length: 40_000 }, (_, i) => `<xf numFmtId="0" fontId="${(i * 7919) % 100_003}"/>`).join(
      '',
    );
    const zip = oneSheet([styles(`<cellXfs>${xfs}<xf numFmtId="14"/></cellXfs>`)]);
    const dates = readParts(zip).dateStyles;
    expect([dates.length, dates[40_000]]).toEqual([40_001, true]);
  });
});
