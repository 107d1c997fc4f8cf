/** Reading a field of training out of a cell, and judging it against the post: one rule per test. */
import { beforeEach, describe, expect, it } from 'vitest';
import { buildClassifiers, type Classifiers } from './classifiers.js';
import { FieldReader } from './field-fit.js';
import { REFORM_DATE } from './titles.js';

// Built before each test, not when the file loads: a mutant in building them must meet a fresh one.
let reader: FieldReader;
let fieldFit: Classifiers['fieldFit'];
let education: Classifiers['education'];
beforeEach(() => {
  reader = new FieldReader();
  ({ fieldFit, education } = buildClassifiers());
});

describe('the field written in a field column or inside the education cell', () => {
  it.each([
    ['Cử nhân Luật', ['law']],
    ['Kỹ sư Nông nghiệp', ['agriculture']],
    ['ĐH Kế toán', ['economics']],
    ['Thạc sĩ Quản lý kinh tế', ['economics']],
    ['ThS. QLKT', ['economics']],
    ['CĐSP', ['education']],
    ['Bác sĩ đa khoa', ['health']],
    ['Quản lý đất đai', ['landConstruction']],
  ])('"%s" names %j', (text, families) => {
    expect(reader.families(text)).toEqual(families);
  });

  it('takes the longest spelling first: "Xây dựng Đảng" is politics, not construction', () => {
    expect(reader.families('Xây dựng Đảng')).toEqual(['politics']);
  });

  it('reads every field of a cell with two degrees', () => {
    expect(reader.families('Đại học Luật, Thạc sĩ QLKT')).toEqual(['law', 'economics']);
  });

  it('reads fields typed without accents', () => {
    expect(reader.families('Ke toan')).toEqual(['economics']);
  });

  it('finds no field in a level alone', () => {
    expect(reader.families('Đại học tại chức')).toEqual([]);
  });

  it('matches whole words only: "Y" is health, "Ý kiến" is not', () => {
    expect(reader.families('Trung cấp Y')).toEqual(['health']);
    expect(reader.families('Yên Bái')).toEqual([]);
  });

  it("takes the config's extra spellings", () => {
    expect(new FieldReader({ law: ['Pháp chế'] }).families('Pháp chế')).toEqual(['law']);
  });
});

describe('the education level of a cell with a major is what it was', () => {
  it.each([
    ['Cử nhân Luật', 'university'],
    ['Kỹ sư Nông nghiệp', 'university'],
    ['ĐH Kế toán', 'university'],
    ['Thạc sĩ Quản lý kinh tế', 'master'],
    ['CĐSP', 'college'],
  ])('"%s" is %s', (text, level) => {
    expect(education.classify(text)).toBe(level);
  });
});

describe('judging a field against the post', () => {
  it('fits Tư pháp - Hộ tịch with a law degree, on the basis of the law', () => {
    const j = fieldFit.judge('Tư pháp - Hộ tịch', 'Luật', '');
    expect(j.level).toBe('fits');
    expect(j.rules.map((r) => [r.post, r.basis])).toEqual([['Tư pháp - Hộ tịch', 'law']]);
  });

  it('does not fit Tư pháp - Hộ tịch with accounting', () => {
    expect(fieldFit.judge('TP-HT', 'Kế toán', '').level).toBe('notFits');
  });

  it('reads the major in the education cell when the field cell is blank', () => {
    expect(fieldFit.judge('Tài chính - Kế toán', '', 'ĐH Kế toán').level).toBe('fits');
  });

  it('does not read the education cell when the field cell says something else', () => {
    const j = fieldFit.judge('Tài chính - Kế toán', 'Cơ khí', 'ĐH Kế toán');
    expect([j.level, j.why]).toEqual(['unknown', 'fieldNotUnderstood']);
  });

  it('is unknown when no field is written anywhere', () => {
    const j = fieldFit.judge('Tài chính - Kế toán', '', 'Đại học');
    expect([j.level, j.why]).toEqual(['unknown', 'noField']);
  });

  it('is unknown for a title the table has no line for (part-time posts)', () => {
    const j = fieldFit.judge('Công an viên', 'Luật', '');
    expect([j.level, j.why]).toEqual(['unknown', 'noRule']);
  });

  it('fits a combined title when the field fits either post', () => {
    expect(fieldFit.judge('Chỉ huy trưởng Quân sự kiêm Tư pháp - Hộ tịch', 'Luật', '').level).toBe('fits');
  });

  it('judges a post of the two-tier commune by its own line', () => {
    const after = buildClassifiers({}, REFORM_DATE).fieldFit;
    expect(after.judge('Trưởng phòng Kinh tế', 'Nông học', '').level).toBe('fits');
    expect(after.judge('Trưởng phòng Kinh tế', 'Sư phạm Toán', '').level).toBe('notFits');
  });

  it("replaces the table's line by the config's, said to come from the config", () => {
    const own = buildClassifiers({}, undefined, { posts: new Map([['Tài chính - Kế toán', ['law']]]) }).fieldFit;
    const j = own.judge('Tài chính - Kế toán', 'Luật', '');
    expect(j.level).toBe('fits');
    expect(j.rules[0]!.basis).toBe('config');
  });
});

describe('reading a field: the finer rules', () => {
  it('reads two fields joined by a slash with no space: "ĐH Luật/Kế toán"', () => {
    expect(reader.families('ĐH Luật/Kế toán')).toEqual(['law', 'economics']);
  });

  it('matches a spelling from the start of a word only: "Tây" does not hold the "Y" of health', () => {
    expect(reader.families('Đại học Tây Bắc')).toEqual([]);
  });

  it('reads the accent-less spellings only when the accented ones find nothing: "Luật, Ke toan" is law', () => {
    expect(reader.families('Luật, Ke toan')).toEqual(['law']);
  });

  it("names neither family for a config's spelling given to two of them", () => {
    expect(new FieldReader({ law: ['Chung'], economics: ['Chung'] }).families('Chung')).toEqual([]);
  });

  it("still names the family for a config's spelling the table already gives it", () => {
    expect(new FieldReader({ law: ['Luật'] }).families('Luật')).toEqual(['law']);
  });
});

describe('judging a field: the finer rules', () => {
  it('reads the education cell when the field cell holds only spaces', () => {
    const j = fieldFit.judge('Tài chính - Kế toán', '   ', 'ĐH Kế toán');
    expect(j.level).toBe('fits');
  });

  it("names the config's section as the source of a line it replaced", () => {
    const own = buildClassifiers({}, undefined, { posts: new Map([['Tài chính - Kế toán', ['law']]]) }).fieldFit;
    expect(own.judge('Tài chính - Kế toán', 'Luật', '').rules[0]!.source).toBe('fieldFit.posts');
  });

  it("keeps the table's other lines beside the config's", () => {
    const own = buildClassifiers({}, undefined, { posts: new Map([['Tài chính - Kế toán', ['law']]]) }).fieldFit;
    expect(own.judge('Tư pháp - Hộ tịch', 'Luật', '').rules.map((r) => r.basis)).toEqual(['law']);
  });
});
