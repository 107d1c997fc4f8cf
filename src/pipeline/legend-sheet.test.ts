/**
 * A coded HR export (review rv20): gender, staff type and qualifications written as codes ("1", "2",
 * "DH", "0"), explained on a legend sheet of the workbook ("Trường | Mã | Ý nghĩa", or "Mã | Ý nghĩa").
 * Before, the legend sheet was passed over and every code counted unknown (40 of 40 gender unknown).
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { layoutPeople } from '../../fixtures/lib/layout-kit.js';
import { Random } from '../../fixtures/lib/random.js';
import { spellTitle, utcDate } from '../../fixtures/lib/spell.js';
import { unitName, type TruthPerson } from '../../fixtures/lib/truth.js';
import { expectFiguresMatchTruth } from '../test-support/thai-nguyen.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';
import { legendLines } from './legend-sheet.js';

type Row = Array<string | number | Date | null>;
const people = layoutPeople(204, 3, 40);
const EDUCATION: Record<string, string> = {
  doctorate: 'TS',
  master: 'THS',
  university: 'DH',
  college: 'CD',
  intermediate: 'TC',
  elementary: 'SC',
  none: '0',
};
const THEORY: Record<string, string> = { bachelor: 'CN', senior: 'CC', intermediate: 'TC', elementary: 'SC', none: '' };
const TYPE: Record<string, number> = { canBo: 1, congChuc: 2, other: 3 };

function roster(p: TruthPerson, i: number, rng: Random): Row {
  return [
    `CB${1000 + i}`,
    p.name,
    p.gender === 'male' ? 1 : 2,
    utcDate(p.birth),
    unitName(p),
    spellTitle(rng, p),
    TYPE[p.staffType]!,
    EDUCATION[p.education]!,
    THEORY[p.politicalTheory]!,
    p.party ? 1 : 0,
  ];
}
const HEADER = [
  'MA_CB',
  'HO_TEN',
  'GIOI_TINH',
  'NGAY_SINH',
  'DON_VI',
  'CHUC_VU',
  'LOAI_CBCC',
  'TD_CM',
  'TD_LLCT',
  'DANG_VIEN',
];
/** [field, code, meaning] */
const LEGEND: Array<[string, string | number, string]> = [
  ['GIOI_TINH', 1, 'Nam'],
  ['GIOI_TINH', 2, 'Nữ'],
  ['LOAI_CBCC', 1, 'Cán bộ'],
  ['LOAI_CBCC', 2, 'Công chức'],
  ['LOAI_CBCC', 3, 'Người hoạt động không chuyên trách'],
  ['TD_CM', 'TS', 'Tiến sĩ'],
  ['TD_CM', 'THS', 'Thạc sĩ'],
  ['TD_CM', 'DH', 'Đại học'],
  ['TD_CM', '0', 'Chưa qua đào tạo'],
  ['TD_LLCT', 'CC', 'Cao cấp'],
  ['DANG_VIEN', 1, 'Có'],
];

async function coded(name: string, legend: Row[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const rng = new Random(11);
  const data = wb.addWorksheet('Du lieu');
  data.addRow(HEADER);
  people.forEach((p, i) => data.addRow(roster(p, i, rng)));
  const codes = wb.addWorksheet('Danh muc ma');
  legend.forEach((r) => codes.addRow(r));
  const file = join(tempDir(), `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

describe('a coded roster with a legend sheet', () => {
  it('reads the codes with the legend "Trường | Mã | Ý nghĩa": every figure equals the truth', async () => {
    const file = await coded('legend-fields', [['Trường', 'Mã', 'Ý nghĩa'], ...LEGEND]);
    expectFiguresMatchTruth((await analyze([file], { groupBy: 'unit' })).report, people);
  });

  it('reads them with a legend of codes alone ("Mã | Ý nghĩa"), each meaning in its own dimension', async () => {
    const file = await coded('legend-codes', [['Mã', 'Ý nghĩa'], ...LEGEND.map(([, c, m]) => [c, m])]);
    expectFiguresMatchTruth((await analyze([file], { groupBy: 'unit' })).report, people);
  });

  it('says it read them so, naming the sheet (CODES_FROM_LEGEND_SHEET)', async () => {
    const file = await coded('legend-said', [['Trường', 'Mã', 'Ý nghĩa'], ...LEGEND]);
    const said = (await analyze([file], { groupBy: 'unit' })).report.warnings.find(
      (w) => w.code === 'CODES_FROM_LEGEND_SHEET',
    );
    // GIOI_TINH 1, 2; LOAI_CBCC 1, 2; TD_CM 0 (the others read as they are).
    expect([said?.sheet, said?.count]).toEqual(['Danh muc ma', 5]);
  });

  it("leaves a code unknown when the legend's field is another column's", async () => {
    const file = await coded('legend-other', [
      ['Trường', 'Mã', 'Ý nghĩa'],
      ['NGACH', 1, 'Nam'],
      ['NGACH', 2, 'Nữ'],
    ]);
    const { report } = await analyze([file], { groupBy: 'unit' });
    expect(report.dimensions.gender.unknown!.count).toBe(people.length);
  });

  it('leaves a code unknown when the legend gives it two levels of one dimension', async () => {
    const file = await coded('legend-twice', [
      ['Mã', 'Ý nghĩa'],
      [1, 'Nam'],
      [1, 'Nữ'],
      [2, 'Nữ'],
    ]);
    const { report } = await analyze([file], { groupBy: 'unit' });
    const women = people.filter((p) => p.gender === 'female').length;
    expect([report.dimensions.gender.female!.count, report.dimensions.gender.unknown!.count]).toEqual([
      women,
      people.length - women,
    ]);
  });
});

describe('the lines of a legend sheet', () => {
  it('finds the header under a title and takes a field from a heading row', () => {
    const rows = [['DANH MỤC MÃ'], [], ['Mã', 'Diễn giải'], ['Giới tính'], [1, 'Nam'], [2, 'Nữ']].map((cells, i) => ({
      n: i + 1,
      cells,
    }));
    expect(legendLines(rows)).toEqual([
      { field: 'Giới tính', code: '1', meaning: 'Nam' },
      { field: 'Giới tính', code: '2', meaning: 'Nữ' },
    ]);
  });

  it('is none on a sheet without a code and a meaning header', () => {
    expect(legendLines([{ n: 1, cells: ['STT', 'Đơn vị', 'Tổng số'] }])).toBeUndefined();
  });
});
