/** How a cell's text becomes a level, one rule per test: several values in a cell, training under way, extra spellings. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildClassifiers, ValueClassifier, type Classifiers } from './classifiers.js';
import { LevelMatcher } from './matcher.js';

type Level = 'high' | 'mid' | 'low' | 'unknown';
const LEVELS: readonly Level[] = ['high', 'mid', 'low', 'unknown'];
const matcher = () =>
  new LevelMatcher<Level>(
    [
      ['high', { exact: ['Cao'] }],
      ['mid', { exact: ['Vừa', 'Vừa, Cao'] }],
      ['low', { exact: ['Thấp'] }],
      ['unknown', { exact: ['Chưa rõ'] }],
    ],
    [],
  );

describe('a cell of several values read as the first that names a level', () => {
  const first = () => new ValueClassifier(matcher(), LEVELS, 'first');

  it('takes the whole text first when it names a level', () => {
    expect(first().classify('Vừa, Cao')).toBe('mid');
  });

  it('takes the first part that names a level, not the highest', () => {
    expect(first().classify('Thấp; Cao')).toBe('low');
  });

  it('passes over a part not understood', () => {
    expect(first().classify('gì đó; Cao')).toBe('high');
  });

  it('passes over a part still being studied', () => {
    expect(first().classify('Đang học Thấp; Cao')).toBe('high');
  });
});

describe('a cell of several values read as the highest', () => {
  const highest = () => new ValueClassifier(matcher(), LEVELS, 'highest');

  it('takes the highest level named, wherever it is', () => {
    expect(highest().classify('Thấp + Cao + Vừa')).toBe('high');
  });

  it('takes the highest after a lower one', () => {
    expect(highest().classify('Cao và Thấp')).toBe('high');
  });

  it('names nothing when no part names a level', () => {
    expect(highest().classify('gì đó, cái khác')).toBeUndefined();
  });

  it('names nothing for a spelling filed under "unknown"', () => {
    expect(highest().classify('Chưa rõ')).toBeUndefined();
  });

  it('splits on a newline, " / " and "kiêm"', () => {
    const c = highest();
    expect([c.classify('Thấp\nVừa'), c.classify('Thấp / Vừa'), c.classify('Thấp kiêm Vừa')]).toEqual([
      'mid',
      'mid',
      'mid',
    ]);
  });
});

describe('a cell read whole', () => {
  it('is not split on its commas', () => {
    expect(new ValueClassifier(matcher(), LEVELS, 'whole').classify('Thấp, Cao')).toBeUndefined();
  });

  it('gives the same answer the second time it is asked', () => {
    const c = new ValueClassifier(matcher(), LEVELS, 'whole');
    c.classify('Cao');
    expect(c.classify('Cao')).toBe('high');
  });
});

describe('education written as two qualifications joined by "và"', () => {
  let c: Classifiers;
  beforeEach(() => {
    c = buildClassifiers();
  });

  it('is the higher of the two ("Trung cấp và Đại học" is university)', () => {
    expect(c.education.classify('Trung cấp và Đại học')).toBe('university');
  });

  it('is the higher of the two ("Đại học và Thạc sĩ" is a master)', () => {
    expect(c.education.classify('Đại học và Thạc sĩ')).toBe('master');
  });

  it('is not split inside a word that holds "và"', () => {
    expect(c.education.classify('Đại học Hòa Vàng')).toBe('university');
  });
});

describe('training under way', () => {
  let c: Classifiers;
  beforeEach(() => {
    c = buildClassifiers();
  });

  it('"Đang học" alone names no level', () => {
    expect(c.education.classify('Đang học')).toBeUndefined();
  });

  it('"Đang theo học Tiến sĩ" names no level', () => {
    expect(c.education.classify('Đang theo học Tiến sĩ')).toBeUndefined();
  });

  it('"Đang" at the start names no level', () => {
    expect(c.education.classify('Đang Tiến sĩ')).toBeUndefined();
  });
});

describe('extra spellings from a config', () => {
  it('give a title its staff type', () => {
    const c = buildClassifiers({ title: { canBo: ['Trưởng ban Dân vận xã'] } });
    expect(c.title.classify('Trưởng ban Dân vận xã')).toBe('canBo');
  });

  it('give ethnicity the Kinh spellings alone when only they are given', () => {
    expect(buildClassifiers({ ethnicity: { kinh: ['Việt'] } }).ethnicityExtra).toEqual({ kinh: ['Việt'] });
  });

  it('give ethnicity the minority spellings alone when only they are given', () => {
    expect(buildClassifiers({ ethnicity: { minority: ['Xá'] } }).ethnicityExtra).toEqual({ minority: ['Xá'] });
  });

  it('give ethnicity nothing when none are given', () => {
    expect(buildClassifiers().ethnicityExtra).toEqual({});
  });

  it.each([
    ['stateManagement', 'QLNN kiểu mới', 'expert'],
    ['it', 'Tin A kiểu mới', 'certificate'],
    ['foreignLanguage', 'Anh văn kiểu mới', 'certificate'],
    ['rank', 'Ngạch kiểu mới', 'expert'],
    ['generalEducation', '12 năm kiểu mới', 'upperSecondary'],
    ['gender', 'Giống đực', 'male'],
    ['partyMember', 'Đã vào', 'yes'],
    ['staffType', 'Loại mới', 'other'],
    ['politicalTheory', 'LL kiểu mới', 'senior'],
  ] as const)('reach the %s classifier', (dimension, spelling, level) => {
    const c = buildClassifiers({ [dimension]: { [level]: [spelling] } });
    expect(c[dimension].classify(spelling)).toBe(level);
  });
});

describe('a qualification still being studied, said by its first word', () => {
  it('"Đang TS" (the one-word "Đang" before the level) names no level', () => {
    expect(buildClassifiers().education.classify('Đang TS')).toBeUndefined();
  });

  it('the level held before "(đang học …)" is read when it is one word: "ĐH (đang học Thạc sĩ)" is university', () => {
    expect(buildClassifiers().education.classify('ĐH (đang học Thạc sĩ)')).toBe('university');
  });
});

describe('a cell of several values read as the first: the whole text is tried before its parts', () => {
  const m = () =>
    new LevelMatcher<Level>(
      [
        ['high', { exact: ['Cao'] }],
        ['mid', { exact: ['Cao, Thấp'] }],
        ['low', { exact: ['Thấp'] }],
      ],
      [],
    );

  it('"Cao, Thấp", a spelling of mid as a whole, is mid, not the high of its first part', () => {
    expect(new ValueClassifier(m(), LEVELS, 'first').classify('Cao, Thấp')).toBe('mid');
  });
});

describe('each distinct text is classified once', () => {
  it('a text asked for twice is matched once', () => {
    const m = matcher();
    const match = vi.spyOn(m, 'match');
    const c = new ValueClassifier(m, LEVELS, 'whole');
    c.classify('Cao');
    c.classify('Cao');
    expect(match).toHaveBeenCalledTimes(1);
  });

  it('the 100,000th distinct text is remembered', () => {
    const m = matcher();
    const c = new ValueClassifier(m, LEVELS, 'whole');
    for (let i = 1; i < 100_000; i++) c.classify(`v${i}`);
    const match = vi.spyOn(m, 'match');
    c.classify('Cao');
    c.classify('Cao');
    expect(match).toHaveBeenCalledTimes(1);
  });

  it('past 100,000 distinct texts a new one is no longer remembered (memory stays bounded)', () => {
    const m = matcher();
    const c = new ValueClassifier(m, LEVELS, 'whole');
    for (let i = 0; i < 100_000; i++) c.classify(`v${i}`);
    const match = vi.spyOn(m, 'match');
    expect([c.classify('Cao'), c.classify('Cao')]).toEqual(['high', 'high']);
    expect(match).toHaveBeenCalledTimes(2);
  });
});

describe('the fit of field to post', () => {
  it('is built from the classifiers and judges a law degree to fit Tư pháp - Hộ tịch', () => {
    expect(buildClassifiers().fieldFit.judge('Tư pháp - Hộ tịch', 'Luật', '').level).toBe('fits');
  });

  it('is built once: asked twice it is the same object', () => {
    const c = buildClassifiers();
    expect(c.fieldFit).toBe(c.fieldFit);
  });
});
