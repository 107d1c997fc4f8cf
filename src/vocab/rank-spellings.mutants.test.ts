/**
 * The vocabulary of src/vocab/rank-spellings.ts, one row per real spelling (state-management training and the ngạch), read through the public
 * classifiers (buildClassifiers) with the level written out: a spelling emptied, a list emptied or an entry
 * moved to another level makes its row fail. Split from spellings.mutants.test.ts so that a mutation run of
 * this module runs only the rows that read it (README, Mutation testing).
 */
import { describe, expect, it } from 'vitest';
import { buildClassifiers } from '../normalize/classifiers.js';

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
