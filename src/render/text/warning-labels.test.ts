/**
 * Every warning has a heading in English for --lang en (a code added without one is headed in Vietnamese
 * there), and a message in both languages (a code without words of its own printed its English message
 * under the Vietnamese interface).
 */
import { describe, expect, it } from 'vitest';
import { saidKey } from '../../aggregate/warning-said.js';
import { WARNING_CODES } from '../../aggregate/warnings.js';
import { WARNING_LABELS_EN } from './warning-labels-en.js';
import { warningsEn } from './warnings-en.js';
import { warningsVi } from './warnings-vi.js';

const codes = Object.keys(WARNING_CODES) as Array<keyof typeof WARNING_CODES>;

describe('WARNING_LABELS_EN', () => {
  it('heads every code', () => {
    expect(codes.filter((code) => !(code in WARNING_LABELS_EN))).toEqual([]);
  });
});

describe('warnings said in both languages', () => {
  it('gives every code its message in Vietnamese and in English, under the code in camelCase', () => {
    expect(saidKey('DIMENSION_KNOWN_ONE_SIDE')).toBe('dimensionKnownOneSide');
    expect(codes.filter((code) => !(saidKey(code) in warningsVi))).toEqual([]);
    expect(codes.filter((code) => !(saidKey(code) in warningsEn))).toEqual([]);
  });

  it('has no words for a code that does not exist', () => {
    const keys = new Set<string>(codes.map(saidKey));
    expect(Object.keys(warningsVi).filter((k) => !keys.has(k))).toEqual([]);
    expect(Object.keys(warningsEn).filter((k) => !keys.has(k))).toEqual([]);
  });
});
