/**
 * Spellings as published lists of officials print them (examples written for these tests, in the
 * forms such lists use): each row one value and the level it must get, in the column it is found in.
 */
import { describe, expect, it } from 'vitest';
import { buildClassifiers } from './classifiers.js';

const c = buildClassifiers();

describe('a dash-only cell', () => {
  it.each(['-', '–', '—', ' - ', '--'])('%j is no political theory', (dash) => {
    expect(c.politicalTheory.classify(dash)).toBe('none');
  });

  it.each(['-', '–', '—'])('%j is not a party member', (dash) => {
    expect(c.partyMember.classify(dash)).toBe('no');
  });

  it.each(['-', '–'])('%j is no state-management training', (dash) => {
    expect(c.stateManagement.classify(dash)).toBe('none');
  });

  it.each(['-', '–'])('%j is no IT qualification', (dash) => {
    expect(c.it.classify(dash)).toBe('none');
  });

  it.each(['-', '–'])('%j is no foreign language', (dash) => {
    expect(c.foreignLanguage.classify(dash)).toBe('none');
  });

  it.each(['-', '–', '—'])('%j is not a level of education (left unknown, to be listed)', (dash) => {
    expect(c.education.classify(dash)).toBeUndefined();
  });

  it.each(['-', '—'])('%j is no gender', (dash) => {
    expect(c.gender.classify(dash)).toBeUndefined();
  });
});

describe('education as published lists write it', () => {
  it.each([
    ['Cử nhân Luật', 'university'],
    ['ĐH Luật', 'university'],
    ['Đại học (tại chức)', 'university'],
    ['Đại học tại chức', 'university'],
    ['ĐH Kinh tế (VLVH)', 'university'],
    ['Đại học - Hành chính', 'university'],
    ['Kỹ sư Nông nghiệp', 'university'],
    ['KS. Xây dựng', 'university'],
    ['Cử nhân Kinh tế, Thạc sĩ QLKT', 'master'],
    ['Th.S Quản lý công', 'master'],
    ['Thạc sỹ Luật', 'master'],
    ['Tiến sỹ Kinh tế', 'doctorate'],
    ['Trên ĐH', 'master'],
    ['Sau ĐH', 'master'],
    ['Cao đẳng Sư phạm', 'college'],
    ['CĐ Kế toán', 'college'],
    ['Trung cấp Luật', 'intermediate'],
    ['TC Kế toán', 'intermediate'],
    ['Trung học chuyên nghiệp', 'intermediate'],
    ['Y sỹ', 'intermediate'],
    ['Sơ cấp nghề', 'elementary'],
    ['Chưa qua đào tạo', 'none'],
    ['Bác sĩ đa khoa', 'university'],
    ['Dược sĩ đại học', 'university'],
  ])('%s → %s', (text, level) => {
    expect(c.education.classify(text)).toBe(level);
  });
});

describe('political theory written in the education column', () => {
  it.each([
    'Trung cấp LLCT',
    'Trung cấp chính trị',
    'TC LLCT-HC',
    'TCLLCT',
    'Sơ cấp LLCT',
    'Cao cấp lý luận chính trị',
  ])('%s is no professional level (listed, not counted as trung cấp)', (text) => {
    expect(c.education.classify(text)).toBeUndefined();
  });

  it('leaves the degree beside it to decide: "Đại học Luật, Trung cấp LLCT" → university', () => {
    expect(c.education.classify('Đại học Luật, Trung cấp LLCT')).toBe('university');
  });

  it('still reads a professional trung cấp that merely starts the same: "Trung cấp Kế toán" → intermediate', () => {
    expect(c.education.classify('Trung cấp Kế toán')).toBe('intermediate');
  });
});

describe('a professional degree written in the political-theory column', () => {
  it.each(['Cử nhân Luật', 'CN Kinh tế', 'Trung cấp Kế toán', 'TC Nông nghiệp', 'Cao cấp Quân sự'])(
    '%s is no LLCT level: listed as not understood, not counted as one',
    (text) => {
      expect(c.politicalTheory.classify(text)).toBeUndefined();
    },
  );

  it.each([
    ['Cử nhân Xây dựng Đảng', 'bachelor'],
    ['Cử nhân chính trị học', 'bachelor'],
    ['Trung cấp LLCT - Hành chính', 'intermediate'],
    ['Cao cấp (hoàn chỉnh)', 'senior'],
  ])('%s stays %s: political fields and modes of study are LLCT', (text, level) => {
    expect(c.politicalTheory.classify(text)).toBe(level);
  });
});

describe('pharmacists by the level the degree names', () => {
  it.each([
    ['Dược sĩ cao đẳng', 'college'],
    ['Dược sỹ TH', 'intermediate'],
    ['Dược sĩ đại học', 'university'],
  ])('%s → %s', (text, level) => {
    expect(c.education.classify(text)).toBe(level);
  });
});

describe('staff type column values that are not cán bộ or công chức', () => {
  it.each(['Viên chức', 'Cán bộ hợp đồng', 'Cán bộ bán chuyên trách', 'CB bán chuyên trách', 'NHĐ KCT'])(
    '%s → other',
    (text) => {
      expect(c.staffType.classify(text)).toBe('other');
    },
  );
});

describe('medical specialist degrees in the education cell (TTLT 30/2003, NĐ 99/2019)', () => {
  it.each([
    'Bác sĩ chuyên khoa I',
    'Bác sĩ chuyên khoa cấp I',
    'Bác sỹ chuyên khoa 1',
    'BSCKI',
    'BS.CKI',
    'BS CKI Nội khoa',
    'CKI',
    'CK I',
    'CK1',
    'Chuyên khoa cấp I',
    'Dược sĩ chuyên khoa I',
    'DSCKI',
    'Bác sĩ nội trú',
    'BSNT',
  ])('%s counts as master (level 7)', (text) => {
    expect(c.education.classify(text)).toBe('master');
  });

  it.each([
    'Bác sĩ chuyên khoa II',
    'Bác sĩ chuyên khoa cấp II',
    'BSCKII',
    'BS.CKII',
    'CKII',
    'CK II',
    'CK2',
    'Dược sĩ chuyên khoa cấp II',
    'DSCKII',
  ])('%s counts as doctorate (level 8)', (text) => {
    expect(c.education.classify(text)).toBe('doctorate');
  });

  it('a plain doctor (Bác sĩ) stays at university', () => {
    expect(c.education.classify('Bác sĩ')).toBe('university');
  });

  it('a config moves a specialist degree elsewhere', () => {
    const own = buildClassifiers({ education: { university: ['CKI', 'Bác sĩ chuyên khoa I'] } });
    expect(own.education.classify('CKI')).toBe('university');
    expect(own.education.classify('Bác sĩ chuyên khoa I')).toBe('university');
  });
});

describe('political theory as published lists write it', () => {
  it.each([
    ['Trung cấp LLCT-HC', 'intermediate'],
    ['TC LLCT - HC', 'intermediate'],
    ['TCLLCT', 'intermediate'],
    ['Trung cấp chính trị', 'intermediate'],
    ['Cao cấp chính trị', 'senior'],
    ['Cao cấp LLCT-HC', 'senior'],
    ['CCLLCT', 'senior'],
    ['Cử nhân chính trị', 'bachelor'],
    ['Đại học chính trị', 'bachelor'],
    ['Sơ cấp LLCT', 'elementary'],
    ['Sơ cấp', 'elementary'],
    ['Chưa qua đào tạo', 'none'],
  ])('%s → %s', (text, level) => {
    expect(c.politicalTheory.classify(text)).toBe(level);
  });
});

describe('party membership as published lists write it', () => {
  it.each([
    'Đ/v',
    'Đ.V',
    'ĐV',
    'đv',
    'x',
    'X',
    'Đảng viên',
    'Đảng viên dự bị',
    'ĐVCS',
    'Đ.viên',
    'Là đảng viên',
    'Đã vào Đảng',
    'Kết nạp 2010',
    'Ngày vào Đảng 12/3/2010',
  ])('%s is a member', (text) => {
    expect(c.partyMember.classify(text)).toBe('yes');
  });

  it.each(['Quần chúng', 'QC', 'Không', 'Chưa vào Đảng', '-'])('%s is not a member', (text) => {
    expect(c.partyMember.classify(text)).toBe('no');
  });
});

describe('gender as published lists write it', () => {
  it.each(['Nữ', 'nữ', 'NỮ', 'F', 'Nu', 'Nữ giới'])('%s is female', (text) => {
    expect(c.gender.classify(text)).toBe('female');
  });

  it.each(['Nam', 'nam', 'M', 'Nam giới'])('%s is male', (text) => {
    expect(c.gender.classify(text)).toBe('male');
  });
});

describe('staff type as published lists write it', () => {
  it.each(['Cán bộ', 'CB', 'Cán bộ chuyên trách', 'CB chuyên trách', 'CBCT'])('%s is a cán bộ', (text) => {
    expect(c.staffType.classify(text)).toBe('canBo');
  });

  it.each(['Công chức', 'CC', 'Công chức cấp xã', 'CC xã'])('%s is a công chức', (text) => {
    expect(c.staffType.classify(text)).toBe('congChuc');
  });

  it.each(['Không chuyên trách', 'CB không chuyên trách', 'CB KCT', 'Hợp đồng'])('%s is other', (text) => {
    expect(c.staffType.classify(text)).toBe('other');
  });
});

describe('state management as published lists write it', () => {
  it.each([
    ['CV chính', 'principalExpert'],
    ['Bồi dưỡng QLNN ngạch chuyên viên chính', 'principalExpert'],
    ['QLNN chuyên viên', 'expert'],
    ['Chuyên viên', 'expert'],
    ['CVCC', 'seniorExpert'],
  ])('%s → %s', (text, level) => {
    expect(c.stateManagement.classify(text)).toBe(level);
  });
});

describe('a printed list whose empty training cells hold a dash', () => {
  const roster = async () => {
    const { writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tempDir } = await import('../test-support/tmp.js');
    const { analyze } = await import('../pipeline/analyze.js');
    const file = join(tempDir(), 'dashes.csv');
    const rows = [
      'Họ và tên,Giới tính,Loại,Trình độ chuyên môn,Lý luận chính trị,Đảng viên,Tin học',
      'A,Nam,CC,Đại học,-,-,–',
      'B,Nữ,CC,-,—,Đ/v,Chứng chỉ A',
      'C,Nữ,CB,CKI,Trung cấp LLCT-HC,x,-',
    ];
    await writeFile(file, rows.join('\n'), 'utf8');
    return (await analyze([file])).report;
  };

  it('counts the dashes in political theory as none', async () => {
    expect((await roster()).dimensions.politicalTheory.none!.count).toBe(2);
  });

  it('counts a dash in the party column as not a member', async () => {
    expect((await roster()).dimensions.partyMember.no!.count).toBe(1);
  });

  it('counts the dashes in the IT column as none', async () => {
    expect((await roster()).dimensions.it!.none!.count).toBe(2);
  });

  it('lists a dash in the education column as a value not classified', async () => {
    const report = await roster();
    expect(report.dimensions.education.unknown!.count).toBe(1);
    expect(report.unknownValues).toEqual([expect.objectContaining({ dimension: 'education', value: '-', count: 1 })]);
  });
});

describe('training under way, wherever it is written', () => {
  it('counts "Tiến sĩ (NCS)", a doctoral candidate, as no doctorate (not understood, listed)', () => {
    expect(c.education.classify('Tiến sĩ (NCS)')).toBeUndefined();
  });

  it('counts "Thạc sĩ, NCS Tiến sĩ" at the master\'s degree held', () => {
    expect(c.education.classify('Thạc sĩ, NCS Tiến sĩ')).toBe('master');
  });

  it('does not take "ncs" inside a word for a doctoral candidate', () => {
    expect(c.education.classify('Đại học Lancs')).toBe('university');
  });
});

describe('spellings found in published lists', () => {
  it.each([
    ['ĐHTC', 'university'],
    ['ĐHCQ', 'university'],
    ['Liên thông đại học', 'university'],
    ['THSP', 'intermediate'],
    ['Không qua đào tạo', 'none'],
  ] as const)('education %j is %s', (value, level) => {
    expect(c.education.classify(value)).toBe(level);
  });

  it.each([
    ['CCLL', 'senior'],
    ['TCLL', 'intermediate'],
    ['Chưa qua', 'none'],
    ['Chưa học', 'none'],
  ] as const)('political theory %j is %s', (value, level) => {
    expect(c.politicalTheory.classify(value)).toBe(level);
  });

  it.each([
    ['CT', 'yes'],
    ['DB', 'yes'],
    ['Ko', 'no'],
  ] as const)('party %j is %s', (value, level) => {
    expect(c.partyMember.classify(value)).toBe(level);
  });

  it.each(['TN THPT', 'Tốt nghiệp PTTH'])('general education %j is upper secondary', (value) => {
    expect(c.generalEducation.classify(value)).toBe('upperSecondary');
  });
});

describe('a university run together with its kind and the field after it', () => {
  it.each(['ĐHSP Toán', 'ĐHTC Luật', 'ĐHCQ Kinh tế', 'ĐHSP'])('%s is university', (text) => {
    expect(c.education.classify(text)).toBe('university');
  });
});
