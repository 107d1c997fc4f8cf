/**
 * The same roster in every encoding people's files arrive in: TCVN3 and VNI text inside an xlsx
 * (headers included), UTF-16 "Unicode Text", a semicolon CSV in Windows-1258, decomposed Unicode.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ansiBytes, toCp1258, toTcvn3, toViscii, toVni } from '../../fixtures/lib/encode.js';
import { thaiNguyen2022 } from '../../fixtures/lib/truth.js';
import { writeRosterCsv, writeRosterXlsx } from '../../fixtures/lib/write.js';
import { expectThaiNguyenFigures, expectUnitsMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const people = thaiNguyen2022();
const dir = tempDir();
const files = {
  tcvn3: join(dir, 'tcvn3.xlsx'),
  vni: join(dir, 'vni.xlsx'),
  utf16: join(dir, 'unicode-text.txt'),
  cp1258: join(dir, 'ansi-1258.csv'),
  nfd: join(dir, 'decomposed.csv'),
  // A .VnTime or VNI-Times workbook saved as "CSV (comma delimited)" on an English Windows: the fonts'
  // bytes as they are, in a file that is not UTF-8.
  tcvn3Csv: join(dir, 'tcvn3-ansi.csv'),
  vniCsv: join(dir, 'vni-ansi.csv'),
  // VISCII from an old Vietnamese Windows or DOS (review rv21): in a workbook's cells and as a CSV's bytes.
  viscii: join(dir, 'viscii.xlsx'),
  visciiCsv: join(dir, 'viscii-ansi.csv'),
};

beforeAll(async () => {
  await writeRosterXlsx(people, files.tcvn3, { text: toTcvn3 });
  await writeRosterXlsx(people, files.vni, { text: toVni });
  await writeRosterCsv(people, files.utf16, {
    delimiter: '\t',
    encode: (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
  });
  await writeRosterCsv(people, files.cp1258, { delimiter: ';', encode: toCp1258 });
  await writeRosterCsv(people, files.nfd, { encode: (t) => Buffer.from(t.normalize('NFD'), 'utf8') });
  await writeRosterCsv(people, files.tcvn3Csv, { encode: (t) => ansiBytes(toTcvn3(t), 'windows-1252') });
  await writeRosterCsv(people, files.vniCsv, { encode: (t) => ansiBytes(toVni(t), 'windows-1252') });
  await writeRosterXlsx(people, files.viscii, { text: toViscii });
  await writeRosterCsv(people, files.visciiCsv, { encode: (t) => ansiBytes(toViscii(t), 'windows-1252') });
});

describe.each(Object.entries(files))('the roster in %s', (_name, file) => {
  it('reproduces the Thái Nguyên figures, per unit too', async () => {
    const { report, failures } = await analyze([file], { groupBy: 'unit' });
    expect(failures).toEqual([]);
    expectThaiNguyenFigures(report);
    expectUnitsMatchTruth(report, people);
  });
});

describe('what the report says about encodings', () => {
  it('names the columns converted from TCVN3 and VNI', async () => {
    for (const [file, from] of [
      [files.tcvn3, 'TCVN3'],
      [files.vni, 'VNI'],
    ] as const) {
      const source = (await analyze([file])).report.sources[0]!;
      const columns = source.conversions!.filter((c) => c.from === from).map((c) => c.column);
      // Name, gender, ethnicity, unit, title, type, education, political theory.
      expect(columns).toEqual(expect.arrayContaining(['B', 'C', 'F', 'G', 'H', 'I', 'J']));
      expect(source.conversions!.every((c) => c.from === from)).toBe(true);
      expect(source.columns!.find((c) => c.column === 'I')!.header).toBe('Trình độ chuyên môn');
    }
  });

  it('names VISCII, not TCVN3 or VNI, for every column of a VISCII roster (its words read in TCVN3 too)', async () => {
    for (const [file, header] of [
      [files.viscii, 'Trình độ chuyên môn'],
      [files.visciiCsv, 'Chuyên môn'],
    ] as const) {
      const source = (await analyze([file])).report.sources[0]!;
      expect(new Set(source.conversions!.map((c) => c.from))).toEqual(new Set(['VISCII']));
      expect(source.columns!.find((c) => c.column === 'I')!.header).toBe(header);
    }
  });

  it('shows them in inspect', async () => {
    const { inspect } = await import('./inspect.js');
    const { renderInspection } = await import('../render/inspect.js');
    const text = renderInspection(await inspect(files.vni), false);
    expect(text).toMatch(/Chuyển mã: cột I từ VNI \(\d{3} ô\)/);
    expect(text).toMatch(/│ I\s+│ Trình độ chuyên môn\s+│ Trình độ chuyên môn/);
  });

  it('reports the text encoding and delimiter it found', async () => {
    const utf16 = (await analyze([files.utf16])).report.sources[0]!;
    expect(utf16).toMatchObject({ encoding: 'utf-16le (BOM)', delimiter: 'tab' });
    const ansi = (await analyze([files.cp1258])).report.sources[0]!;
    expect(ansi).toMatchObject({ encoding: 'windows-1258', delimiter: ';' });
  });

  it('repairs UTF-8 that was read as Windows-1252', async () => {
    const file = join(dir, 'mojibake.csv');
    const lines = [
      'Họ và tên,Giới tính,Trình độ chuyên môn,Lý luận chính trị,Đảng viên',
      'Lê Thị Hoa,Nữ,Đại học Luật,Trung cấp,x',
      'Trần Văn Nam,Nam,Thạc sĩ,Cao cấp,x',
    ];
    const mojibake = new TextDecoder('windows-1252').decode(Buffer.from(lines.join('\n'), 'utf8'));
    await writeFile(file, mojibake, 'utf8');
    const { report } = await analyze([file]);
    expect(report.total).toBe(2);
    expect(report.dimensions.education.master!.count).toBe(1);
    expect(report.dimensions.gender.female!.count).toBe(1);
    expect(report.sources[0]!.conversions!.map((c) => c.from)).toContain('UTF-8 read as Windows-1252');
  });

  it('warns when letters were lost to "?"', async () => {
    const file = join(dir, 'lost.csv');
    await writeFile(
      file,
      [
        'Ho ten,Gioi tinh,Trinh do',
        'Nguy?n Th? H?a,N?,??i h?c',
        'Tr?n V?n Nam,Nam,Th?c s?',
        'L? V?n B?nh,Nam,??i h?c',
        'Ph?m Th? Lan,N?,Cao ??ng',
      ].join('\n'),
      'latin1',
    );
    const { report } = await analyze([file]);
    expect(report.sources[0]!.warnings.join(' ')).toMatch(/column A: 4 cells have letters replaced by "\?"/);
    // What is left of the words is not guessed at: each is listed as a value not understood.
    expect(
      report.unknownValues.filter((u) => u.value !== '').map((u) => [u.dimension, u.value, u.count, u.rows]),
    ).toEqual([
      ['gender', 'N?', 2, [2, 5]],
      ['education', '??i h?c', 2, [2, 4]],
      ['education', 'Cao ??ng', 1, [5]],
      ['education', 'Th?c s?', 1, [3]],
    ]);
  });

  it('says so when a header lost its letters to "?" too', async () => {
    const file = join(dir, 'lost-header.csv');
    await writeFile(
      file,
      ['H? t?n,Gi?i t?nh,Tr?nh ??', 'Nguy?n Th? H?a,N?,??i h?c', 'Tr?n V?n Nam,Nam,Th?c s?'].join('\n'),
      'latin1',
    );
    const { failures } = await analyze([file]);
    expect(failures[0]!.message).toMatch(/no header row found.*lost its Vietnamese letters to "\?"/);
  });

  it('reads a VIQR file, whose "?" is a hook, not letters lost ("Chu? ti.ch" is "Chủ tịch")', async () => {
    const file = join(dir, 'viqr.csv');
    const rows = ["Ho. va` te^n,Gio+'i ti'nh,Chu+'c vu.", 'Nguye^~n Thi. Hoa,Nu+~,Chu? ti.ch UBND'];
    await writeFile(file, rows.join('\n'), 'ascii');
    const { report } = await analyze([file]);
    const lost = report.sources[0]!.warnings.filter((w) => w.includes('replaced by "?"'));
    expect([report.total, lost]).toEqual([1, []]);
  });
});
