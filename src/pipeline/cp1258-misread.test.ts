/**
 * Windows-1258 text read as Windows-1252 (review rv25): a CSV that Excel saved on a Vietnamese Windows (its
 * ANSI code page, tones as combining marks after the letter) opened on an English Windows and saved again as a
 * workbook or a UTF-8 CSV: "Ðaòi hoòc", "Trung câìp", "NýÞ". Before, some cells were "repaired" as TCVN3
 * ("Thaòc siÞ" → "Thaũc siị") and the rest left as they were.
 */
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCp1258 } from '../../fixtures/lib/encode.js';
import { thaiNguyen2022 } from '../../fixtures/lib/truth.js';
import { writeRosterCsv, writeRosterXlsx } from '../../fixtures/lib/write.js';
import { repairText } from '../read/text/legacy.js';
import { expectThaiNguyenFigures, expectUnitsMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

/** Text saved in Windows-1258 and read back in Windows-1252. */
const as1252 = (text: string): string => iconv.decode(toCp1258(text), 'windows-1252');

describe('one cell', () => {
  it.each([
    ['Đại học', 'Ðaòi hoòc'],
    ['Thạc sĩ', 'Thaòc siÞ'],
    ['Nữ', 'NýÞ'],
    ['Đảng viên', 'ÐaÒng viên'],
    ['Nguyễn Văn Hùng', 'NguyêÞn Vãn HuÌng'],
    ['Sán Dìu', 'Saìn DiÌu'],
    ['Mường', 'MýõÌng'],
  ])('reads back %j from %j', (text, damaged) => {
    expect(as1252(text)).toBe(damaged);
    expect(repairText(damaged)).toEqual({ text, from: 'Windows-1258' });
  });

  it('leaves Latin-1 Vietnamese that is no such text as it is', () => {
    expect(repairText('Ngày sinh')).toEqual({ text: 'Ngày sinh' });
    expect(repairText('Tày')).toEqual({ text: 'Tày' });
  });
});

const people = thaiNguyen2022();
const dir = tempDir();
const files = { csv: join(dir, 'cp1258-as-1252.csv'), xlsx: join(dir, 'cp1258-as-1252.xlsx') };

beforeAll(async () => {
  await writeRosterCsv(people, files.csv, { encode: (t) => Buffer.from(as1252(t), 'utf8') });
  await writeRosterXlsx(people, files.xlsx, { text: as1252 });
});

describe.each(Object.entries(files))('the roster saved so as %s', (_name, file) => {
  it('reproduces the Thái Nguyên figures, per unit too, and says what was converted', async () => {
    const { report, failures } = await analyze([file], { groupBy: 'unit' });
    expect(failures).toEqual([]);
    expectThaiNguyenFigures(report);
    expectUnitsMatchTruth(report, people);
    const from = new Set(report.sources[0]!.conversions!.map((c) => c.from));
    expect(from).toEqual(new Set(['Windows-1258']));
  });
});
