import { beforeEach, describe, expect, it } from 'vitest';
import { buildClassifiers, type Classifiers } from './classifiers.js';

let c: Classifiers;
beforeEach(() => {
  c = buildClassifiers();
});

describe('education (trình độ chuyên môn)', () => {
  it.each([
    ['TS', 'doctorate'],
    ['Tiến sỹ Kinh tế', 'doctorate'],
    ['TSKH', 'doctorate'],
    ['ThS', 'master'],
    ['Th.S', 'master'],
    ['ThS. Quản lý công', 'master'],
    ['Thạc sỹ Quản lý kinh tế', 'master'],
    ['Cao học', 'master'],
    ['Sau đại học', 'master'],
    ['ĐH', 'university'],
    ['ĐH.', 'university'],
    ['đại học', 'university'],
    ['Đại học Luật', 'university'],
    ['Cử nhân', 'university'],
    ['Cử nhân Kinh tế', 'university'],
    ['Kỹ sư Nông nghiệp', 'university'],
    ['Kĩ sư', 'university'],
    ['Bác sĩ', 'university'],
    ['ĐH tại chức', 'university'],
    ['Văn bằng 2', 'university'],
    ['CĐ', 'college'],
    ['Cao đẳng nghề', 'college'],
    ['CĐSP', 'college'],
    ['TC', 'intermediate'],
    ['THCN', 'intermediate'],
    ['Trung học', 'intermediate'],
    ['Trung cấp Kế toán', 'intermediate'],
    ['Y sĩ', 'intermediate'],
    ['SC', 'elementary'],
    ['Sơ cấp nghề', 'elementary'],
    ['CNKT', 'elementary'],
    ['Chưa qua đào tạo', 'none'],
    ['Chưa qua ĐT', 'none'],
    ['dai hoc', 'university'],
    ['Dai hoc Luat', 'university'],
    ['Đa\u0323i ho\u0323c', 'university'],
  ])('%s → %s', (text, level) => {
    expect(c.education.classify(text)).toBe(level);
  });

  it('takes the highest of several qualifications in one cell', () => {
    expect(c.education.classify('Đại học Luật, Thạc sĩ QLKT')).toBe('master');
    expect(c.education.classify('Trung cấp; Đại học')).toBe('university');
  });

  it.each([['Đại học/Thạc sĩ'], ['ĐH/ThS'], ['ĐH, ThS'], ['Đại học /Thạc sĩ']])(
    'counts the highest level named across a slash or comma: %s → master',
    (text) => {
      expect(c.education.classify(text)).toBe('master');
    },
  );

  it.each([['CN kỹ thuật'], ['CN kĩ thuật'], ['Công nhân kỹ thuật']])(
    "reads %s as a vocational worker's certificate (sơ cấp), not cử nhân",
    (text) => {
      expect(c.education.classify(text)).toBe('elementary');
    },
  );

  it('counts training under way at the level attained', () => {
    expect(c.education.classify('Trung cấp, đang học ĐH')).toBe('intermediate');
    expect(c.education.classify('Đang học ĐH')).toBeUndefined();
  });

  it('names nothing for text it does not know', () => {
    expect(c.education.classify('Giỏi')).toBeUndefined();
    expect(c.education.classify('12/12')).toBeUndefined();
  });
});

describe('political theory (LLCT): the same tokens mean other things here', () => {
  it.each([
    ['Cử nhân', 'bachelor'],
    ['CN', 'bachelor'],
    ['CNCT', 'bachelor'],
    ['Cử nhân chính trị', 'bachelor'],
    ['Cao cấp', 'senior'],
    ['CC', 'senior'],
    ['Cao cấp LLCT-HC', 'senior'],
    ['Trung cấp', 'intermediate'],
    ['TC', 'intermediate'],
    ['TCLLCT', 'intermediate'],
    ['TC LLCT-HC', 'intermediate'],
    ['TC LLCT – HC', 'intermediate'],
    ['Trung cấp chính trị', 'intermediate'],
    ['Sơ cấp', 'elementary'],
    ['SC', 'elementary'],
    ['Chưa qua đào tạo', 'none'],
  ])('%s → %s', (text, level) => {
    expect(c.politicalTheory.classify(text)).toBe(level);
  });
});

describe('staff type', () => {
  it.each([
    ['Cán bộ', 'canBo'],
    ['CB', 'canBo'],
    ['Công chức', 'congChuc'],
    ['CC', 'congChuc'],
    ['Người hoạt động không chuyên trách', 'other'],
    ['Cán bộ không chuyên trách', 'other'],
    ['Hợp đồng 68', 'other'],
  ])('%s → %s', (text, level) => {
    expect(c.staffType.classify(text)).toBe(level);
  });
});

describe('staff type from the title', () => {
  it.each([
    ['Bí thư Đảng ủy', 'canBo'],
    ['BT ĐU', 'canBo'],
    ['PBT ĐU', 'canBo'],
    ['Chủ tịch UBND', 'canBo'],
    ['CT HĐND', 'canBo'],
    ['P.CT UBND', 'canBo'],
    ['Phó Chủ tịch UBND', 'canBo'],
    ['CT MTTQ', 'canBo'],
    ['BT Đoàn', 'canBo'],
    ['CT HLHPN', 'canBo'],
    ['CT HCCB', 'canBo'],
    ['Bí thư kiêm CT HĐND', 'canBo'],
    ['CHT Quân sự', 'congChuc'],
    ['Chỉ huy trưởng BCHQS', 'congChuc'],
    ['VP-TK', 'congChuc'],
    ['Văn phòng – thống kê', 'congChuc'],
    ['ĐC-XD', 'congChuc'],
    ['Địa chính – Xây dựng – Đô thị và Môi trường', 'congChuc'],
    ['TC-KT', 'congChuc'],
    ['Kế toán', 'congChuc'],
    ['TP-HT', 'congChuc'],
    ['VH-XH', 'congChuc'],
    ['Văn hoá - Xã hội', 'congChuc'],
    ['Phó Chủ tịch Hội Nông dân', 'other'],
    ['Phó Chỉ huy trưởng Quân sự', 'other'],
    ['Công an viên', 'other'],
  ])('%s → %s', (text, level) => {
    expect(c.title.classify(text)).toBe(level);
  });
});

describe('gender and party membership', () => {
  it.each([
    ['Nữ', 'female'],
    ['nu', 'female'],
    ['NỮ', 'female'],
    ['F', 'female'],
    ['Nam', 'male'],
    ['M', 'male'],
  ])('gender %s → %s', (text, level) => {
    expect(c.gender.classify(text)).toBe(level);
  });

  it('leaves 1/0 in a gender column unclassified: rosters disagree on which is which', () => {
    expect(c.gender.classify('1')).toBeUndefined();
  });

  it.each([
    ['x', 'yes'],
    ['X', 'yes'],
    ['✓', 'yes'],
    ['Có', 'yes'],
    ['ĐV', 'yes'],
    ['Đảng viên', 'yes'],
    ['Dự bị', 'yes'],
    ['Không', 'no'],
    ['Quần chúng', 'no'],
  ])('party %s → %s', (text, level) => {
    expect(c.partyMember.classify(text)).toBe(level);
  });
});

describe('extra spellings from a config', () => {
  it('win over the built-in ones', () => {
    const custom = buildClassifiers({
      gender: { female: ['1'], male: ['0'] },
      education: { university: ['Cử nhân tài năng'] },
    });
    expect(custom.gender.classify('1')).toBe('female');
    expect(custom.gender.classify('0')).toBe('male');
    expect(custom.education.classify('cử nhân tài năng')).toBe('university');
  });
});

describe('spellings found on rosters a new user wrote', () => {
  let c: Classifiers;
  beforeEach(() => {
    c = buildClassifiers();
  });
  it('reads school in the training column as no level, not trung cấp', () => {
    for (const v of ['Trung học phổ thông', 'Trung học cơ sở', 'Phổ thông trung học', 'THPT'])
      expect(c.education.classify(v), v).toBeUndefined();
    expect(c.education.classify('Trung học')).toBe('intermediate');
  });
  it('reads a degree title before a lower level at that level', () => {
    expect(c.education.classify('Cử nhân Cao đẳng sư phạm')).toBe('college');
    expect(c.education.classify('Kỹ sư cao đẳng')).toBe('college');
    expect(c.education.classify('Dược sĩ trung học')).toBe('intermediate');
    expect(c.education.classify('Dược sĩ trung cấp')).toBe('intermediate');
    expect(c.education.classify('Dược sĩ')).toBe('university');
    expect(c.education.classify('ĐHSP')).toBe('university');
  });
  it('reads a level still being studied, wherever it is said, as no level attained', () => {
    expect(c.education.classify('Tiến sĩ (đang học)')).toBeUndefined();
    expect(c.politicalTheory.classify('Cao cấp (đang học)')).toBeUndefined();
    expect(c.education.classify('Đại học, Thạc sĩ đang học')).toBe('university');
  });
  it('reads the degree held before "(đang học …)" naming the one being studied', () => {
    expect(c.education.classify('ĐH Luật (đang học Thạc sĩ)')).toBe('university');
  });
  it('reads the degree held before "- đang theo học …"', () => {
    expect(c.education.classify('Trung cấp - đang theo học Đại học')).toBe('intermediate');
  });
  it('reads no doctorate in "Tiến sĩ (NCS) đang học tại …": what comes before the clause is under way too', () => {
    expect(c.education.classify('Tiến sĩ (NCS) đang học tại Học viện Chính trị quốc gia')).toBeUndefined();
    expect(c.education.classify('ThS, NCS đang học tại Đại học Thái Nguyên')).toBe('master');
  });
  it('reads the political theory held before "(đang học …)"', () => {
    expect(c.politicalTheory.classify('Trung cấp (đang học Cao cấp)')).toBe('intermediate');
  });
  it('reads those who left the party or are only candidates as not members', () => {
    for (const v of ['Quần chúng ưu tú', 'Cảm tình Đảng', 'Đối tượng Đảng', 'Đã ra khỏi Đảng', 'Khai trừ'])
      expect(c.partyMember.classify(v), v).toBe('no');
  });
});

describe('classifiers built on first use', () => {
  it('asked twice, a classifier is the same one (built once, its memory of spellings kept)', () => {
    const c = buildClassifiers();
    const first = c.rank;
    expect(c.rank).toBe(first);
  });

  it('two sets without extra spellings share one classifier per dimension (its index built once a run)', () => {
    expect(buildClassifiers().politicalTheory).toBe(buildClassifiers().politicalTheory);
  });

  it("a config's extra spellings for a dimension give it its own classifier, and leave the shared one as it was", () => {
    const custom = buildClassifiers({ gender: { female: ['1'] } });
    expect(custom.gender).not.toBe(buildClassifiers().gender);
    expect(custom.gender.classify('1')).toBe('female');
    expect(buildClassifiers().gender.classify('1')).toBeUndefined();
    expect(custom.education).toBe(buildClassifiers().education);
  });

  it('extra spellings reach a classifier first asked for after others were used', () => {
    const custom = buildClassifiers({ rank: { principalExpert: ['Ngạch hai'] } });
    expect(custom.gender.classify('Nữ')).toBe('female');
    expect(custom.rank.classify('Ngạch hai')).toBe('principalExpert');
  });
});
