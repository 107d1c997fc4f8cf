/** Splitting one qualification cell into its chuyên môn and LLCT parts. */
import { describe, expect, it } from 'vitest';
import { namesBoth, namesTheoryFirst, splitQualifications } from './combined.js';

const THEORY = new Set(['TC', 'CC', 'Trung cấp LLCT', 'Cao cấp LLCT', 'Cử nhân chính trị']);
const isTheory = (p: string) => THEORY.has(p);

describe('namesBoth', () => {
  it('is true for "Trình độ (CM, LLCT)" and "Trình độ chuyên môn, LLCT"', () => {
    expect(namesBoth('Trình độ (CM, LLCT)')).toBe(true);
    expect(namesBoth('Trình độ chuyên môn, LLCT')).toBe(true);
  });

  it('is false for a header naming one of them', () => {
    expect(namesBoth('Trình độ chuyên môn')).toBe(false);
    expect(namesBoth('Trình độ LLCT')).toBe(false);
  });
});

describe('namesTheoryFirst', () => {
  it('is true for "Trình độ LLCT, CM"', () => {
    expect(namesTheoryFirst('Trình độ LLCT, CM')).toBe(true);
  });

  it('is false for "Trình độ (CM, LLCT)" and for a header naming LLCT alone', () => {
    expect(namesTheoryFirst('Trình độ (CM, LLCT)')).toBe(false);
    expect(namesTheoryFirst('Trình độ LLCT')).toBe(false);
  });
});

describe('splitQualifications', () => {
  it('takes the first part as LLCT when the header names LLCT first ("TC, ĐH")', () => {
    expect(splitQualifications('TC, ĐH', true, isTheory, true)).toEqual({ education: 'ĐH', theory: 'TC' });
  });

  it('takes the last part as LLCT under a header naming both: "ĐH, TC"', () => {
    expect(splitQualifications('ĐH, TC', true, isTheory)).toEqual({ education: 'ĐH', theory: 'TC' });
  });

  it('takes the part naming LLCT wherever it stands: "Cao cấp LLCT / Đại học Luật"', () => {
    expect(splitQualifications('Cao cấp LLCT / Đại học Luật', false, isTheory)).toEqual({
      education: 'Đại học Luật',
      theory: 'Cao cấp LLCT',
    });
  });

  it('does not split "ĐH, TC" under a plain header: "TC" alone does not say LLCT', () => {
    expect(splitQualifications('ĐH, TC', false, isTheory)).toBeUndefined();
  });

  it('leaves "Cử nhân chính trị" alone under a plain header: it is the column\'s own degree', () => {
    expect(splitQualifications('Cử nhân chính trị', false, isTheory)).toBeUndefined();
  });

  it('reads a one-part value under a header naming both as chuyên môn with no LLCT', () => {
    expect(splitQualifications('ThS', true, isTheory)).toEqual({ education: 'ThS', theory: '' });
  });

  it('does not split when the last part is no LLCT level: "ĐH, Luật"', () => {
    expect(splitQualifications('ĐH, Luật', true, isTheory)).toBeUndefined();
  });
});
