import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ETHNIC_GROUPS, MINORITY_UNNAMED } from '../vocab/ethnicity.js';
import { analyze } from '../pipeline/analyze.js';
import { tempDir } from '../test-support/tmp.js';
import { classifyEthnicity } from './ethnicity.js';

const groupOf = (text: string) => classifyEthnicity(text)?.group;

describe('the vocabulary of ethnic groups', () => {
  it('holds the 54 groups of the official list', () => {
    expect(ETHNIC_GROUPS).toHaveLength(54);
  });

  it('reads every spelling as its own group (no spelling folds into another group)', () => {
    for (const [name, ...others] of ETHNIC_GROUPS) for (const s of [name!, ...others]) expect(groupOf(s), s).toBe(name);
  });
});

describe('one name written in several ways', () => {
  it.each([
    ['Cơ-tu', 'Cơ Tu'],
    ['Cơ tu', 'Cơ Tu'],
    ['CƠ TU', 'Cơ Tu'],
    ['Ra-Glay', 'Ra Glai'],
    ['Raglai', 'Ra Glai'],
    ['Cơ - ho', 'Cơ Ho'],
    ['Cơho', 'Cơ Ho'],
    ['Ê-đê', 'Ê Đê'],
    ['Êđê', 'Ê Đê'],
    ['Xơ-đăng', 'Xơ Đăng'],
    ['Chơ-ro', 'Chơ Ro'],
    ['Xinh-mun', 'Xinh Mun'],
    ['Bru - Vân Kiều', 'Bru-Vân Kiều'],
    ['Khơ-mú', 'Khơ Mú'],
    ['Hà nhì', 'Hà Nhì'],
    ['Lô lô', 'Lô Lô'],
    ['Pà thẻn', 'Pà Thẻn'],
  ])('%s is %s', (text, group) => {
    expect(groupOf(text)).toBe(group);
  });
});

describe('apostrophes of every kind', () => {
  it.each([
    ['S’tiêng', 'Xtiêng'],
    ["S'tiêng", 'Xtiêng'],
    ['M`nông', 'Mnông'],
    ['M’Nông', 'Mnông'],
    ["M'nông", 'Mnông'],
    ['H’Mông', "H'Mông"],
    ['H`mông', "H'Mông"],
    ['H’rê', 'Hrê'],
    ['K’Ho', 'Cơ Ho'],
  ])('%s is %s', (text, group) => {
    expect(groupOf(text)).toBe(group);
  });
});

describe('names in brackets', () => {
  it.each([
    ['Cao Lan (Sán Chay)', 'Sán Chay'],
    ['Sán Chay (Cao Lan)', 'Sán Chay'],
    ['Kinh (Việt)', 'Kinh'],
    ['Thái (Thái Đen)', 'Thái'],
  ])('%s is %s', (text, group) => {
    expect(groupOf(text)).toBe(group);
  });
});

describe('other-language and older names', () => {
  it.each([
    ['Bahnar', 'Ba Na'],
    ['Châu Mạ', 'Mạ'],
    ['Khơme', 'Khmer'],
    ['Khơ me', 'Khmer'],
    ['Ka dong', 'Xơ Đăng'],
    ['Sedang', 'Xơ Đăng'],
    ['Kor', 'Co'],
    ['Pa Cô', 'Tà Ôi'],
    ['Triêng', 'Giẻ Triêng'],
    ['Jrai', 'Gia Rai'],
    ['Rhade', 'Ê Đê'],
    ['Katu', 'Cơ Tu'],
    ['Stiêng', 'Xtiêng'],
    ['Mèo', "H'Mông"],
    ['Mán', 'Dao'],
    ['Cơ Lao', 'Cờ Lao'],
    ['Brao', 'Brâu'],
    ['Tày Hạt', 'Ơ Đu'],
    ['Dân tộc Chăm', 'Chăm'],
    ['DT Tày', 'Tày'],
  ])('%s is %s', (text, group) => {
    expect(groupOf(text)).toBe(group);
  });

  it('counts every one of them as a minority', () => {
    expect(classifyEthnicity('Bahnar')?.level).toBe('minority');
  });
});

describe('a people the vocabulary does not know', () => {
  it('is a minority, under the name as written, marked unrecognised', () => {
    expect(classifyEthnicity('Xơ Rê Ô')).toEqual({ group: 'Xơ Rê Ô', level: 'minority', unrecognised: true });
  });

  it.each(['-', '–', '0', 'Việt Nam', 'Không rõ', '?'])('%j names no people: unknown', (text) => {
    expect(classifyEthnicity(text)).toBeUndefined();
  });

  it('is counted as a minority and listed in unknownValues', async () => {
    const file = join(tempDir(), 'ethnic.csv');
    const rows = ['Họ và tên,Giới tính,Dân tộc,Loại,Trình độ chuyên môn', 'A,Nam,Kinh,CC,ĐH', 'B,Nữ,Xơ Rê Ô,CC,ĐH'];
    await writeFile(file, rows.join('\n'), 'utf8');
    const { report } = await analyze([file]);
    expect(report.dimensions.ethnicity!.minority!.count).toBe(1);
    expect(report.unknownValues).toContainEqual(
      expect.objectContaining({ dimension: 'ethnicity', value: 'Xơ Rê Ô', count: 1, rows: [3] }),
    );
  });
});

describe('a cell that says only "a minority" ("Dân tộc thiểu số", "DTTS")', () => {
  it.each(['Dân tộc thiểu số', 'DTTS', 'dtts', 'DT thiểu số', 'Thiểu số', 'Dân tộc ít người'])(
    '%j is a minority of a group not known, marked unrecognised',
    (text) => {
      expect(classifyEthnicity(text)).toEqual({ group: MINORITY_UNNAMED, level: 'minority', unrecognised: true });
    },
  );

  it('counts both spellings as minorities under one group, and lists them', async () => {
    const file = join(tempDir(), 'unnamed-minority.csv');
    const rows = [
      'Họ và tên,Giới tính,Dân tộc,Loại,Trình độ chuyên môn',
      'A,Nam,Kinh,CC,ĐH',
      'B,Nữ,Dân tộc thiểu số,CC,ĐH',
      'C,Nam,DTTS,CC,ĐH',
      'D,Nam,Tày,CC,ĐH',
    ];
    await writeFile(file, rows.join('\n'), 'utf8');
    const { report } = await analyze([file]);
    expect(report.dimensions.ethnicity!.minority!.count).toBe(3);
    expect(report.dimensions.ethnicity!.unknown!.count).toBe(0);
    expect(report.ethnicGroups).toContainEqual(expect.objectContaining({ group: MINORITY_UNNAMED, count: 2 }));
    expect(report.unknownValues.filter((u) => u.dimension === 'ethnicity').map((u) => u.value)).toEqual(
      expect.arrayContaining(['Dân tộc thiểu số', 'DTTS']),
    );
  });
});

describe('a header "Trình độ tiếng dân tộc" (a minority language spoken)', () => {
  it('is not read as the ethnicity column', async () => {
    const file = join(tempDir(), 'minority-language.csv');
    const rows = [
      'Họ và tên,Giới tính,Trình độ tiếng dân tộc,Loại,Trình độ chuyên môn',
      'A,Nam,Tày,CC,ĐH',
      'B,Nữ,,CC,ĐH',
      'C,Nam,Mông,CC,ĐH',
    ];
    await writeFile(file, rows.join('\n'), 'utf8');
    const { report } = await analyze([file]);
    expect(report.dimensions.ethnicity).toBeUndefined();
    expect(report.ethnicGroups ?? []).toEqual([]);
  });
});

describe('letters lost to "?" or U+FFFD (review s11-rv29)', () => {
  it.each(['Vi?t', 'M??ng', 'T?y', 'N\uFFFDng', 'Kinh?'])(
    '%j names no people for certain: unknown, not a minority',
    (value) => {
      expect(classifyEthnicity(value)).toBeUndefined();
    },
  );

  it('still reads a group whose name lost nothing', () => {
    expect(classifyEthnicity('Tày')).toEqual({ group: 'Tày', level: 'minority' });
  });
});
