/** Splitting a combined qualification cell, one rule per test: its separators, stray spaces, empty parts. */
import { describe, expect, it } from 'vitest';
import { splitQualifications } from './combined.js';

const THEORY = new Set(['TC', 'CC', 'Trung cấp LLCT']);
const isTheory = (p: string) => THEORY.has(p);
/** Under a header naming both ("Trình độ CM, LLCT"). */
const underBoth = (value: string) => splitQualifications(value, true, isTheory);

describe('the separators between the two qualifications', () => {
  it('splits on a comma with no space after it: "ĐH,TC"', () => {
    expect(underBoth('ĐH,TC')).toEqual({ education: 'ĐH', theory: 'TC' });
  });

  it('splits on a semicolon: "ĐH; TC"', () => {
    expect(underBoth('ĐH; TC')).toEqual({ education: 'ĐH', theory: 'TC' });
  });

  it('splits on a plus: "ĐH+TC"', () => {
    expect(underBoth('ĐH+TC')).toEqual({ education: 'ĐH', theory: 'TC' });
  });

  it('splits on a dash between spaces: "ĐH - TC"', () => {
    expect(underBoth('ĐH - TC')).toEqual({ education: 'ĐH', theory: 'TC' });
  });

  it('does not split on a dash inside a word: "Kinh tế-Luật" stays one qualification', () => {
    expect(underBoth('Kinh tế-Luật')).toEqual({ education: 'Kinh tế-Luật', theory: '' });
  });
});

describe('the parts as written', () => {
  it('drops the spaces around the whole value: " ĐH, TC "', () => {
    expect(underBoth(' ĐH, TC ')).toEqual({ education: 'ĐH', theory: 'TC' });
  });

  it('passes over an empty part between two separators: "ĐH, , TC"', () => {
    expect(underBoth('ĐH, , TC')).toEqual({ education: 'ĐH', theory: 'TC' });
  });

  it('takes the LAST of three parts as LLCT and joins the other two with ", "', () => {
    expect(underBoth('Luật; Kinh tế; TC')).toEqual({ education: 'Luật, Kinh tế', theory: 'TC' });
  });

  it('does not split three parts whose last is no LLCT level, though the middle one is', () => {
    expect(underBoth('Luật; TC; Kinh tế')).toBeUndefined();
  });

  it('a value of separators only is not split', () => {
    expect(underBoth(' , ')).toBeUndefined();
  });
});
