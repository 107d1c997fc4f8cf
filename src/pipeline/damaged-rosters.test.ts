/**
 * The reference roster damaged as files really are (review s11-rv29), the damage made with the real code
 * pages from correct Vietnamese: rows pasted in from old and misread files beside clean ones, UTF-16 without
 * its byte-order mark, and Unicode saved as ANSI, its letters lost to "?". Each gives the reference figures,
 * or says loudly what it could not read and counts nothing wrong.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { misreadUtf8, toCp1258, toTcvn3, toViscii, toVni } from '../../fixtures/lib/encode.js';
import { thaiNguyen2022, truthCounts } from '../../fixtures/lib/truth.js';
import { writeRosterCsv, writeRosterXlsx } from '../../fixtures/lib/write.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const people = thaiNguyen2022();
const dir = tempDir();

/** A seeded choice of rows (by the person's name): a file pasted together from one in another form. */
function someRows(convert: (t: string) => string, every: number): (t: string, column: number) => string {
  let on = false;
  return (t, column) => {
    if (column === 2) {
      let h = 0;
      for (const ch of t) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
      on = h % every === 0;
    }
    return on ? convert(t) : t;
  };
}

const mixed: Array<[string, string, (t: string, column: number) => string, string]> = [
  ['a third of the rows in VNI', 'vni-rows.xlsx', someRows(toVni, 3), 'VNI'],
  ['a third of the rows in TCVN3', 'tcvn3-rows.xlsx', someRows(toTcvn3, 3), 'TCVN3'],
  [
    'a third of the rows UTF-8 misread as Windows-1252',
    'misread-rows.xlsx',
    someRows((t) => misreadUtf8(t, 'windows-1252'), 3),
    'UTF-8 read as Windows-1252',
  ],
  [
    'a quarter of the rows UTF-8 misread as Windows-1258',
    'misread-1258-rows.xlsx',
    someRows((t) => misreadUtf8(t, 'windows-1258'), 4),
    'UTF-8 read as Windows-1258',
  ],
  [
    // Someone retyped the first word of each cell by hand and left the rest misread ("Đại há»\u008dc"; s12-rv33).
    'a third of the rows UTF-8 misread as Windows-1252, the first word of each cell retyped by hand',
    'hand-mended-rows.xlsx',
    someRows(
      (t) =>
        t
          .split(' ')
          .map((w, i) => (i === 0 ? w : misreadUtf8(w, 'windows-1252')))
          .join(' '),
      3,
    ),
    'UTF-8 read as Windows-1252',
  ],
  ['a third of the rows in VISCII', 'viscii-rows.xlsx', someRows(toViscii, 3), 'VISCII'],
  [
    'a third of the rows UTF-8 misread in DOS code page 437',
    'dos-rows.xlsx',
    someRows((t) => misreadUtf8(t, 'cp437'), 3),
    'UTF-8 read as DOS 437/850',
  ],
  [
    'a third of the rows UTF-8 misread in Mac Roman',
    'mac-rows.xlsx',
    someRows((t) => misreadUtf8(t, 'macintosh'), 3),
    'UTF-8 read as Mac Roman',
  ],
  [
    'a third of the rows Windows-1258 read as Windows-1252',
    'cp1258-rows.xlsx',
    someRows((t) => iconv.decode(toCp1258(t), 'windows-1252'), 3),
    'Windows-1258',
  ],
  [
    'a third of the rows misread twice (opened wrongly, saved, opened wrongly again)',
    'misread-twice-rows.xlsx',
    someRows((t) => misreadUtf8(misreadUtf8(t, 'windows-1252'), 'windows-1252'), 3),
    'UTF-8 read as Windows-1252',
  ],
];

beforeAll(async () => {
  for (const [, name, text] of mixed) await writeRosterXlsx(people, join(dir, name), { text });
});

describe.each(mixed)('the roster with %s, the rest in Unicode', (_what, name, _text, from) => {
  it('reproduces every figure, per unit too, and says what it converted', async () => {
    const { report, failures } = await analyze([join(dir, name)], { groupBy: 'unit' });
    expect(failures).toEqual([]);
    expectFiguresMatchTruth(report, people);
    expect(report.unknownValues).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(new Set(report.sources[0]!.conversions!.map((c) => c.from))).toEqual(new Set([from]));
  });
});

/**
 * One column of the roster in an old form, pasted into a sheet typed in Unicode, header and all (review
 * s12-rv33): each was left part read. A Windows-1258 tone read as Windows-1252 ("Trung câìp") and VNI's "Saùn
 * Dìu", "Giôùi tính" passed for Vietnamese as written in rows typed in Unicode (unknown levels, a column not
 * found), and "X. Linh Sôn" of a column of VNI units made a unit of its own (33 units, 38 in Windows-1258).
 */
describe.each([
  ['VNI', toVni, 'VNI'],
  ['Windows-1258 read as Windows-1252', (t: string) => iconv.decode(toCp1258(t), 'windows-1252'), 'Windows-1258'],
] as const)('one column in %s, the rest in Unicode', (_what, convert, from) => {
  // Gender, ethnicity, unit, education, political theory (columns C, E, F, I, J of writeRosterXlsx).
  it.each([3, 5, 6, 9, 10])('column %i: every figure, per unit too, and the column said converted', async (column) => {
    const file = join(dir, `one-column-${from}-${column}.xlsx`);
    await writeRosterXlsx(people, file, { text: (t, c) => (c === column ? convert(t) : t) });
    const { report, failures } = await analyze([file], { groupBy: 'unit' });
    expect(failures).toEqual([]);
    expectFiguresMatchTruth(report, people);
    expect(report.unknownValues).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.sources[0]!.conversions).toEqual([
      { column: String.fromCharCode(64 + column), from, cells: expect.any(Number) },
    ]);
    if (column === 5) expect(report.ethnicGroups!.map((g) => g.group)).toContain('Sán Dìu');
  });
});

describe('UTF-16 without its byte-order mark ("Unicode Text" cut by a tool)', () => {
  it.each([
    ['big-endian', 'be.txt', (t: string) => Buffer.from(t, 'utf16le').swap16(), 'utf-16be'],
    ['little-endian', 'le.txt', (t: string) => Buffer.from(t, 'utf16le'), 'utf-16le'],
  ])('reads it %s', async (_order, name, encode, encoding) => {
    const file = join(dir, name);
    await writeRosterCsv(people, file, { delimiter: '\t', encode });
    const { report, failures } = await analyze([file], { groupBy: 'unit' });
    expect(failures).toEqual([]);
    expectFiguresMatchTruth(report, people);
    expect(report.sources[0]!.encoding).toBe(encoding);
  });
});

/**
 * Unicode saved as ANSI on an English Windows ("CSV (Comma delimited)", or cells passed through a program
 * that knew only Windows-1252): every letter outside the code page is "?" ("Nguy?n V?n", "??i h?c", "?H",
 * "N?"). Nothing can be repaired and nothing is guessed: "N?" may well be "Nữ", "?H" "ĐH", but a "?" says
 * only that a letter was there. Each column with such cells is named, the figures it would have given are
 * counted unknown, and no person is counted at a level that is not theirs.
 */
describe('the roster saved as ANSI in Windows-1252, its Vietnamese letters lost to "?"', () => {
  const ansi = (t: string) => iconv.decode(iconv.encode(t, 'windows-1252'), 'windows-1252');

  it.each([
    ['as a CSV', 'lossy.csv'],
    ['as the cells of an xlsx', 'lossy.xlsx'],
  ])('%s: says so for every column, reads no "?" as a VIQR hook, and counts no one wrong', async (_how, name) => {
    const file = join(dir, name);
    if (name.endsWith('.csv')) await writeRosterCsv(people, file, { encode: (t) => iconv.encode(t, 'windows-1252') });
    else await writeRosterXlsx(people, file, { text: ansi });
    const { report, people: read } = await analyze([file], { keepPeople: true });
    // "Lo?i", "Nguy?n" are no VIQR "Lỏi", "Nguỷn" (the xlsx's were read so before).
    expect(report.sources[0]!.conversions ?? []).toEqual([]);
    const damaged = report.warnings.filter((w) => w.code === 'TEXT_DAMAGED');
    expect(damaged.length).toBeGreaterThanOrEqual(6);
    expect(report.unknownValues.map((u) => u.value)).toEqual(expect.arrayContaining(['??i h?c', '?H']));
    expect(report.dimensions.gender.female!.count).toBe(0);
    expect(report.dimensions.education.university!.count).toBe(0);
    // The xlsx has no id column: no level counts more people than truly hold it.
    const truthOf = truthCounts(people);
    for (const dim of ['education', 'politicalTheory'] as const)
      for (const [level, got] of Object.entries(report.dimensions[dim]))
        if (level !== 'unknown') expect(got!.count, `${dim} ${level}`).toBeLessThanOrEqual(truthOf[dim][level] ?? 0);
    if (name.endsWith('.csv')) {
      const truth = new Map(people.map((p) => [p.id, p]));
      const wrong = [...read!.byId.values()].filter((p) => {
        const t = truth.get(p.id)!;
        return (
          (p.education !== 'unknown' && p.education !== t.education) ||
          (p.politicalTheory !== 'unknown' && p.politicalTheory !== t.politicalTheory)
        );
      });
      expect(read!.byId.size).toBe(636);
      expect(wrong).toEqual([]);
    }
  });
});

/**
 * The roster as a web HR system exports it: an HTML table saved with an .xls name (review s11-rv29). Pages
 * saved by an editor in "ANSI" on a Vietnamese Windows (Windows-1258, its tones combining marks) with no
 * charset said or with the utf-8 meta they had, and pages whose letters beyond ASCII are numeric character
 * references: each was read with its letters lost (U+FFFD, or "&#7845;" kept as written; 42 rows fewer).
 */
describe('the roster as an HTML table saved as .xls', () => {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const references = (hex: boolean) => (s: string) =>
    [...escape(s)]
      .map((ch) => {
        const n = ch.codePointAt(0)!;
        return n < 0x80 ? ch : hex ? `&#x${n.toString(16).toUpperCase()};` : `&#${n};`;
      })
      .join('');
  let lines: string[] = [];
  beforeAll(async () => {
    const tsv = join(dir, 'html-source.tsv');
    await writeRosterCsv(people, tsv, { delimiter: '\t', encode: (t) => Buffer.from(t, 'utf8') });
    lines = (await readFile(tsv, 'utf8')).split('\n');
  });
  // PHP's htmlentities(): the letters HTML names by name, the rest as UTF-8 ("Nguy&ecirc;n", "Tr&igrave;nh").
  const MARK_NAMES: Record<string, string> = {
    '\u0300': 'grave',
    '\u0301': 'acute',
    '\u0302': 'circ',
    '\u0303': 'tilde',
  };
  const htmlentities = (s: string) =>
    [...escape(s)]
      .map((ch) => {
        if (ch === 'đ' || ch === 'Đ') return ch === 'đ' ? '&dstrok;' : '&Dstrok;';
        const d = ch.normalize('NFD');
        const name = d.length === 2 ? MARK_NAMES[d[1]!] : undefined;
        return name && /[aeiouAEIOU]/.test(d[0]!) && (name !== 'tilde' || /[aoiuAOIU]/.test(d[0]!))
          ? `&${d[0]}${name};`
          : ch;
      })
      .join('');
  const table = (cell: (s: string) => string) =>
    lines
      .map(
        (l) =>
          `<tr>${l
            .split('\t')
            .map((c) => `<td>${cell(c)}</td>`)
            .join('')}</tr>`,
      )
      .join('\n');
  const page = (head: string, body: Buffer) =>
    Buffer.concat([
      Buffer.from(`<html><head>${head}</head><body><table>`),
      body,
      Buffer.from('</table></body></html>'),
    ]);
  const UTF8_META = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">';

  it.each([
    ['in Windows-1258 with no charset said', () => page('', toCp1258(table(escape)))],
    ['in Windows-1258 under a utf-8 meta', () => page(UTF8_META, toCp1258(table(escape)))],
    ['with decimal character references', () => page(UTF8_META, Buffer.from(table(references(false))))],
    ['with hexadecimal character references', () => page('', Buffer.from(table(references(true))))],
    ['with named references (PHP htmlentities)', () => page(UTF8_META, Buffer.from(table(htmlentities)))],
  ])('reproduces every figure %s', async (what, bytes) => {
    const file = join(dir, `${what.replace(/\W+/g, '-')}.xls`);
    await writeFile(file, bytes());
    const { report, failures } = await analyze([file], { groupBy: 'unit' });
    expect(failures).toEqual([]);
    expectFiguresMatchTruth(report, people);
    expect(report.unknownValues).toEqual([]);
    expect(report.warnings).toEqual([]);
  });
});
