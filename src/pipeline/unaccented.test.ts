/**
 * The reference roster typed without its tone marks (review s12-rv33): a system or keyboard without
 * Vietnamese ("Nguyen Van An", "Phuong Tan Lap", "Dai hoc", "Thac sy", "Nu"), all of it or rows pasted in
 * beside rows typed with marks. Every figure is the truth's; a unit typed both ways is one unit, said.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { thaiNguyen2022, type TruthPerson } from '../../fixtures/lib/truth.js';
import { writeRosterCsv, writeRosterXlsx } from '../../fixtures/lib/write.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const people = thaiNguyen2022();
const dir = tempDir();

/** Text with every diacritic taken away, as typed on a keyboard without Vietnamese. */
const strip = (t: string): string =>
  t
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');

/** The people with their units' names as the report gives them: the kind in full, the name as typed. */
const typedBare = (list: TruthPerson[]): TruthPerson[] => list.map((p) => ({ ...p, unitBase: strip(p.unitBase) }));

/** Every third row (by the person's name) without marks, the rest as written: rows pasted from another file. */
function someRowsBare(): (t: string, column: number) => string {
  let on = false;
  return (t, column) => {
    if (column === 2) {
      let h = 0;
      for (const ch of t) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
      on = h % 3 === 0;
    }
    return on ? strip(t) : t;
  };
}

beforeAll(async () => {
  await writeRosterXlsx(people, join(dir, 'bare.xlsx'), { text: strip });
  await writeRosterCsv(people, join(dir, 'bare.csv'), { encode: (t) => Buffer.from(strip(t), 'utf8') });
  await writeRosterXlsx(people, join(dir, 'some-rows-bare.xlsx'), { text: someRowsBare() });
});

describe('the roster typed without tone marks', () => {
  it.each([['bare.xlsx'], ['bare.csv']])(
    '%s: every figure, per unit too ("Phuong Tan Lap" and "P. Tan Lap" one unit; "Thac sy" a master)',
    async (name) => {
      const { report, failures } = await analyze([join(dir, name)], { groupBy: 'unit' });
      expect(failures).toEqual([]);
      // Before: 64 units for 32 ("Phuong X" apart from "P. X" and "X"), 15 masters unknown, without a word.
      expectFiguresMatchTruth(report, typedBare(people));
      expect(report.unknownValues).toEqual([]);
      expect(report.warnings).toEqual([]);
    },
  );
});

describe('rows typed without marks beside rows typed with them', () => {
  it('counts each unit once, under its name with marks, and says the spellings it joined', async () => {
    const { report, failures } = await analyze([join(dir, 'some-rows-bare.xlsx')], { groupBy: 'unit' });
    expect(failures).toEqual([]);
    // Before: 64 units ("Xã Phúc Hà" and "Xa Phuc Ha" two), without a word.
    expectFiguresMatchTruth(report, people);
    expect(report.unknownValues).toEqual([]);
    const merged = new Map(report.unitNames.merged.map((m) => [m.unit, m.spellings]));
    expect(merged.get('Xã Phúc Hà')).toEqual(expect.arrayContaining(['Xa Phuc Ha']));
    expect(merged.get('Phường Hoàng Văn Thụ')).toEqual(expect.arrayContaining(['Phuong Hoang Van Thu']));
  });
});

describe('tick columns headed without marks', () => {
  it('reads "Trong do" over "Nu | Dang vien | Dan toc thieu so", and a lone "Nu", as their marked headers', async () => {
    const grouped = join(dir, 'of-whom.csv');
    const lone = join(dir, 'lone.csv');
    await writeFile(
      grouped,
      [
        'STT,Ho va ten,Don vi,Trong do,,',
        ',,,Nu,Dang vien,Dan toc thieu so',
        '1,Nguyen Van An,Xa Hoa Binh,,x,',
        '2,Le Thi Hoa,Xa Hoa Binh,x,x,x',
        '3,Tran Thi Lan,Xa Hoa Binh,x,,',
      ].join('\r\n'),
    );
    await writeFile(
      lone,
      [
        'Ho va ten,Don vi,Nu',
        'Nguyen Van An,Xa Hoa Binh,',
        'Le Thi Hoa,Xa Hoa Binh,x',
        'Tran Thi Lan,Xa Hoa Binh,x',
      ].join('\r\n'),
    );
    // Before: every gender unknown, and the unticked not Kinh.
    const d = (await analyze([grouped])).report.dimensions;
    expect([d.gender.female!.count, d.gender.male!.count, d.gender.unknown!.count]).toEqual([2, 1, 0]);
    expect([d.ethnicity!.kinh!.count, d.ethnicity!.minority!.count, d.ethnicity!.unknown!.count]).toEqual([2, 1, 0]);
    expect([d.partyMember.yes!.count, d.partyMember.no!.count]).toEqual([2, 1]);
    const g = (await analyze([lone])).report.dimensions.gender;
    expect([g.female!.count, g.male!.count, g.unknown!.count]).toEqual([2, 1, 0]);
  });
});
