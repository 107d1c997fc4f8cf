/** The matcher on a small vocabulary written here, apart from the real one: each rule of matching alone. */
import { describe, expect, it } from 'vitest';
import type { LevelSpellings } from '../vocab/spellings.js';
import { buildClassifiers } from './classifiers.js';
import { LevelMatcher } from './matcher.js';

type L = 'high' | 'mid' | 'low';
const rules: Array<[L, LevelSpellings]> = [
  ['high', { exact: ['Tiến sĩ'], prefix: ['Đại học sau'] }],
  ['mid', { prefix: ['Đại học', 'Cử'] }],
  ['low', { exact: ['TC'], prefix: ['Trung'] }],
  // "Cử" is claimed by two levels: ambiguous, it names neither.
  ['low', { prefix: ['Cử'] }],
];
const m = new LevelMatcher<L>(rules);

describe('LevelMatcher', () => {
  it('matches an exact spelling whatever its case and tone placement', () => {
    expect(m.match('TIẾN SỸ')).toEqual({ level: 'high', kind: 'exact' });
  });

  it('matches a prefix spelling written alone as exact', () => {
    expect(m.match('Đại học')).toEqual({ level: 'mid', kind: 'exact' });
  });

  it('takes the longest prefix that starts the value', () => {
    expect(m.match('Đại học sau đại học')).toEqual({ level: 'high', kind: 'prefix' });
    expect(m.match('Đại học Luật')).toEqual({ level: 'mid', kind: 'prefix' });
  });

  it('matches a prefix only up to a word boundary', () => {
    expect(m.match('Trungx')).toBeUndefined();
    expect(m.match('Trung-cấp')).toEqual({ level: 'low', kind: 'prefix' });
  });

  it('does not take an exact-only spelling as a prefix', () => {
    expect(m.match('TC kế toán')).toBeUndefined();
  });

  it('names nothing for a spelling two levels claim, even without accents', () => {
    expect(m.match('Cử nhân')).toBeUndefined();
    expect(m.match('Cu nhan')).toBeUndefined();
  });

  it('falls back to the value without accents', () => {
    expect(m.match('dai hoc Luat')).toEqual({ level: 'mid', kind: 'ascii' });
  });

  it('folds a final y after consonants to i without accents too ("Tien sy" is "Tiến sỹ"; s12-rv33)', () => {
    expect(m.match('Tien sy')).toEqual({ level: 'high', kind: 'ascii' });
    expect(m.match('TIEN SY')).toEqual({ level: 'high', kind: 'ascii' });
    // Only a final y after consonants: "Tien syx" and "Tien say" are not "Tiến sĩ".
    expect(m.match('Tien syx')).toBeUndefined();
    expect(m.match('Tien say')).toBeUndefined();
  });

  it('names nothing for an empty value', () => {
    expect(m.match('  ')).toBeUndefined();
  });

  it('lets an override win over a built-in spelling', () => {
    const custom = new LevelMatcher<L>(rules, [['low', 'Tiến sĩ']]);
    expect(custom.match('tiến sĩ')).toEqual({ level: 'low', kind: 'exact' });
  });
});

describe('several values in one cell', () => {
  const c = buildClassifiers();

  it('take the first a title names', () => {
    expect(c.title.classify('Chủ tịch UBND, Công chức Văn phòng')).toBe('canBo');
  });

  it('leave a staff-type cell whole', () => {
    expect(c.staffType.classify('CB, CC')).toBeUndefined();
  });

  it('skip a part that names nothing', () => {
    expect(c.politicalTheory.classify('Giỏi; Cao cấp')).toBe('senior');
  });
});
