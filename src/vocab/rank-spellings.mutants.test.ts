/**
 * The vocabulary of src/vocab/rank-spellings.ts, one row per real spelling (state-management training and the ngạch), read through the public
 * classifiers (buildClassifiers) with the level written out: a spelling emptied, a list emptied or an entry
 * moved to another level makes its row fail. Split from spellings.mutants.test.ts so that a mutation run of
 * this module runs only the rows that read it (README, Mutation testing).
 */
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../detect/header.js';
import { buildClassifiers } from '../normalize/classifiers.js';
import { RowNormalizer } from '../normalize/row.js';

describe('the state-management column (Quản lý nhà nước)', () => {
  it.each([
    ['Chuyên viên cao cấp năm 2018', 'seniorExpert'],
    ['CVCC năm 2018', 'seniorExpert'],
    ['CV cao cấp', 'seniorExpert'],
    ['QLNN ngạch CVCC', 'seniorExpert'],
    ['Bồi dưỡng QLNN ngạch CVCC', 'seniorExpert'],
    ['QLNN CVCC năm 2018', 'seniorExpert'],
    ['QLNN ngạch chuyên viên cao cấp', 'seniorExpert'],
    ['Bồi dưỡng QLNN ngạch chuyên viên cao cấp', 'seniorExpert'],
    ['QLNN chuyên viên cao cấp', 'seniorExpert'],
    ['Chuyên viên chính năm 2018', 'principalExpert'],
    ['CVC năm 2018', 'principalExpert'],
    ['CV chính', 'principalExpert'],
    ['QLNN ngạch CVC', 'principalExpert'],
    ['Bồi dưỡng QLNN ngạch CVC', 'principalExpert'],
    ['QLNN CVC năm 2018', 'principalExpert'],
    ['QLNN ngạch chuyên viên chính', 'principalExpert'],
    ['Bồi dưỡng QLNN ngạch chuyên viên chính', 'principalExpert'],
    ['QLNN chuyên viên chính', 'principalExpert'],
    ['Chuyên viên năm 2018', 'expert'],
    ['CV năm 2018', 'expert'],
    ['QLNN ngạch CV', 'expert'],
    ['Bồi dưỡng QLNN ngạch CV', 'expert'],
    ['QLNN CV năm 2018', 'expert'],
    ['Cử nhân hành chính năm 2018', 'expert'],
    ['Đại học hành chính năm 2018', 'expert'],
    ['QLNN ngạch chuyên viên', 'expert'],
    ['Bồi dưỡng QLNN ngạch chuyên viên', 'expert'],
    ['QLNN chuyên viên', 'expert'],
    ['CS', 'officer'],
    ['QLNN Cán sự', 'officer'],
    ['Cán sự năm 2018', 'officer'],
    ['QLNN ngạch cán sự', 'officer'],
    ['Chưa', 'none'],
    ['Không', 'none'],
    ['Chưa qua bồi dưỡng', 'none'],
    ['Chưa qua đào tạo', 'none'],
    ['Chưa bồi dưỡng', 'none'],
    ['-', 'none'],
    ['0', 'none'],
  ] as const)('%s → %s', (text, level) => {
    expect(buildClassifiers().stateManagement.classify(text)).toBe(level);
  });
});

describe('the rank column (Ngạch)', () => {
  it.each([
    ['CGCC', 'seniorSpecialist'],
    ['Chuyên gia cao cấp ()', 'seniorSpecialist'],
    ['1.001', 'seniorExpert'],
    ['Chuyên viên cao cấp (01.001)', 'seniorExpert'],
    ['CVCC (01.001)', 'seniorExpert'],
    ['01.001 - Chuyên viên cao cấp', 'seniorExpert'],
    ['1.002', 'principalExpert'],
    ['Chuyên viên chính (01.002)', 'principalExpert'],
    ['CVC (01.002)', 'principalExpert'],
    ['01.002 - Chuyên viên chính', 'principalExpert'],
    ['CV', 'expert'],
    ['1.003', 'expert'],
    ['Chuyên viên (01.003)', 'expert'],
    ['01.003 - Chuyên viên', 'expert'],
    ['CS', 'officer'],
    ['1.004', 'officer'],
    ['Cán sự (01.004)', 'officer'],
    ['01.004 - Cán sự', 'officer'],
    ['NV', 'staff'],
    ['1.005', 'staff'],
    ['Nhân viên (01.005)', 'staff'],
    ['01.005 - Nhân viên', 'staff'],
  ] as const)('%s → %s', (text, level) => {
    expect(buildClassifiers().rank.classify(text)).toBe(level);
  });
});

/**
 * The staff type of a "Kế toán" (a công chức's post) with no type column, read from its Ngạch cell: a viên
 * chức's professional title there (its code, or its class) makes the person other, else the title decides.
 */
function staffTypeWithRank(rank: string): string | undefined {
  const layout = detectLayout([{ n: 1, cells: ['Họ và tên', 'Chức vụ', 'Ngạch'] }], { file: 't' });
  const result = new RowNormalizer(layout, buildClassifiers()).normalize({ n: 2, cells: ['An', 'Kế toán', rank] });
  if (result.kind !== 'person') throw new Error(`not a person: ${JSON.stringify(result)}`);
  return result.person.levels.staffType;
}

describe("a viên chức's title code in the Ngạch column (VIEN_CHUC_TITLE_CODE)", () => {
  it('a công chức\'s ngạch code "06.031" leaves the title to decide: congChuc', () => {
    expect(staffTypeWithRank('06.031')).toBe('congChuc');
  });

  it('"V.07.03.29" → other', () => {
    expect(staffTypeWithRank('V.07.03.29')).toBe('other');
  });

  it('"v.08.05.13" (lower case) → other', () => {
    expect(staffTypeWithRank('v.08.05.13')).toBe('other');
  });

  it('"V . 07 . 03 . 29" (spaced around its dots) → other', () => {
    expect(staffTypeWithRank('V . 07 . 03 . 29')).toBe('other');
  });

  it('"V.07.03" (its first two parts) → other', () => {
    expect(staffTypeWithRank('V.07.03')).toBe('other');
  });

  it('"V.7.3.29" (one-digit parts) → other', () => {
    expect(staffTypeWithRank('V.7.3.29')).toBe('other');
  });

  it('"CV.01.003" (a ngạch code after its abbreviation, joined by a dot) is no title code: congChuc', () => {
    expect(staffTypeWithRank('CV.01.003')).toBe('congChuc');
  });

  it('"V.07" (one part is no code) → congChuc', () => {
    expect(staffTypeWithRank('V.07')).toBe('congChuc');
  });
});

describe("a viên chức's class in the Ngạch column (VIEN_CHUC_CLASS)", () => {
  it('"Kế toán viên" (a công chức\'s ngạch) → congChuc', () => {
    expect(staffTypeWithRank('Kế toán viên')).toBe('congChuc');
  });

  it('"Kế toán viên hạng III" → other', () => {
    expect(staffTypeWithRank('Kế toán viên hạng III')).toBe('other');
  });

  it('"Hạng II" (the class alone) → other', () => {
    expect(staffTypeWithRank('Hạng II')).toBe('other');
  });

  it('"Giáo viên THCS hạng 3" (an Arabic numeral) → other', () => {
    expect(staffTypeWithRank('Giáo viên THCS hạng 3')).toBe('other');
  });

  it('"Giáo viên hạng IV" → other', () => {
    expect(staffTypeWithRank('Giáo viên hạng IV')).toBe('other');
  });

  // A class in digits: what follows the class is then all that can end it ("III" could end after "II").
  it('"Kế toán viên hạng 3 bậc 2" (words after the class) → other', () => {
    expect(staffTypeWithRank('Kế toán viên hạng 3 bậc 2')).toBe('other');
  });

  it('"Kế toán viên hạng 3, bậc 2" (a comma after the class) → other', () => {
    expect(staffTypeWithRank('Kế toán viên hạng 3, bậc 2')).toBe('other');
  });

  it('"Kế toán viên hạng 5" (no such class) → congChuc', () => {
    expect(staffTypeWithRank('Kế toán viên hạng 5')).toBe('congChuc');
  });

  it('"Hạng A" (a word after "hạng", no class) → congChuc', () => {
    expect(staffTypeWithRank('Hạng A')).toBe('congChuc');
  });
});
