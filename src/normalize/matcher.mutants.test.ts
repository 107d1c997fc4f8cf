/**
 * The matcher's index, built inside each test (a matcher built while the file loads is built once for a
 * whole mutation run, so no planted bug in building it could be seen): one rule of matching per test.
 */
import { describe, expect, it } from 'vitest';
import type { LevelSpellings } from '../vocab/spellings.js';
import { LevelMatcher } from './matcher.js';

type L = 'doctor' | 'university' | 'college' | 'school';
const matcher = (rules: Array<[L, LevelSpellings]>) => new LevelMatcher<L>(rules);

describe('levels with one kind of spelling only', () => {
  it('a level given only prefixes matches by prefix', () => {
    const m = matcher([['university', { prefix: ['Đại học'] }]]);
    expect(m.match('Đại học Kinh tế')).toEqual({ level: 'university', kind: 'prefix' });
  });

  it('a level given only exact spellings matches them exactly', () => {
    const m = matcher([['doctor', { exact: ['Tiến sĩ'] }]]);
    expect(m.match('tiến sĩ')).toEqual({ level: 'doctor', kind: 'exact' });
  });
});

describe('the longest prefix wins, whatever the order the spellings are given in', () => {
  it('a longer prefix listed after a shorter one still wins', () => {
    const m = matcher([
      ['university', { prefix: ['Đại học'] }],
      ['doctor', { prefix: ['Đại học sau đại học'] }],
    ]);
    expect(m.match('Đại học sau đại học ngành Luật')?.level).toBe('doctor');
  });

  it('a shorter prefix listed after a longer one does not take its values', () => {
    const m = matcher([
      ['doctor', { prefix: ['Đại học sau đại học'] }],
      ['university', { prefix: ['Đại học'] }],
    ]);
    expect(m.match('Đại học sau đại học ngành Luật')?.level).toBe('doctor');
  });

  it('a shorter prefix still matches a value the longer one does not start', () => {
    const m = matcher([
      ['doctor', { prefix: ['Đại học sau đại học'] }],
      ['university', { prefix: ['Đại học'] }],
    ]);
    expect(m.match('Đại học Kinh tế')?.level).toBe('university');
  });

  it('of three nested prefixes, the longest that starts the value wins', () => {
    const m = matcher([
      ['school', { prefix: ['Cao'] }],
      ['doctor', { prefix: ['Cao đẳng sư phạm'] }],
      ['college', { prefix: ['Cao đẳng'] }],
    ]);
    expect(m.match('Cao đẳng sư phạm Thái Nguyên')?.level).toBe('doctor');
    expect(m.match('Cao đẳng Y tế')?.level).toBe('college');
    expect(m.match('Cao cấp')?.level).toBe('school');
  });
});

describe('ambiguous spellings', () => {
  it('a longer prefix two levels claim is passed over for a shorter one only one level claims', () => {
    const m = matcher([
      ['university', { prefix: ['Đại học'] }],
      ['college', { prefix: ['Đại học tại chức'] }],
      ['school', { prefix: ['Đại học tại chức'] }],
    ]);
    expect(m.match('Đại học tại chức Kinh tế')).toEqual({ level: 'university', kind: 'prefix' });
  });

  it('a whole value two levels spell names neither, even when a shorter prefix of a third starts it', () => {
    const m = matcher([
      ['university', { prefix: ['Đại học'] }],
      ['college', { exact: ['Đại học ngắn hạn'] }],
      ['school', { exact: ['Đại học ngắn hạn'] }],
    ]);
    expect(m.match('Đại học ngắn hạn')).toBeUndefined();
  });
});

describe('prefixes', () => {
  it('a value of the same length as a prefix but not starting with it is not matched', () => {
    const m = matcher([['school', { prefix: ['Trung'] }]]);
    expect(m.match('Khác')).toBeUndefined();
    expect(m.match('Xxxxx')).toBeUndefined();
  });
});
