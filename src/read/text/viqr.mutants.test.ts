/**
 * VIQR one rule a test, on hand-typed cells: each mark and the vowels it goes on, "dd", the backslash, what a
 * "?" or "." after a word is, and the marks only VIQR writes (hasViqrMark), each alone in its cell.
 */
import { describe, expect, it } from 'vitest';
import { decodeViqr, hasViqrMark, mayBeViqr } from './viqr.js';

describe('decodeViqr: marks on their vowels', () => {
  it('puts a hat on a and o: "Tha^\'t", "No^i" are "Thất", "Nôi"', () => {
    expect([decodeViqr("Tha^'t"), decodeViqr('No^i')]).toEqual(['Thất', 'Nôi']);
  });

  it('reads a mark after a capital vowel: "TRA^`N", "O^NG" are "TRẦN", "ÔNG"', () => {
    expect([decodeViqr('TRA^`N'), decodeViqr('O^NG')]).toEqual(['TRẦN', 'ÔNG']);
  });

  it('reads a horn on o alone: "o+" is "ơ"', () => {
    expect(decodeViqr('o+')).toBe('ơ');
  });

  it('keeps a hat on a vowel that takes none as written: "i^" stays "i^"', () => {
    expect(decodeViqr('i^')).toBe('i^');
  });

  it('keeps a breve on a vowel other than a as written: "e(", "u(" stay', () => {
    expect([decodeViqr('e('), decodeViqr('u(')]).toEqual(['e(', 'u(']);
  });

  it('keeps a horn on a vowel other than o and u as written: "a+" stays "a+"', () => {
    expect(decodeViqr('a+')).toBe('a+');
  });

  it('reads the tilde and the grave at a word\'s end: "Ta~", "Ha`" are "Tã", "Hà"', () => {
    expect([decodeViqr('Ta~'), decodeViqr('Ha`')]).toEqual(['Tã', 'Hà']);
  });

  it('gives the composed letters (NFC): "Ta~" is two UTF-16 units', () => {
    expect(decodeViqr('Ta~').length).toBe(2);
  });

  it('keeps ASCII text with no mark as written: "Nguyen Van An"', () => {
    expect(decodeViqr('Nguyen Van An')).toBe('Nguyen Van An');
  });
});

describe('decodeViqr: "dd"', () => {
  it('reads "Dda" and "dDa" at a word start as "Đa" and "đa" (the case of the first d)', () => {
    expect([decodeViqr('Dda'), decodeViqr('dDa')]).toEqual(['Đa', 'đa']);
  });

  it('keeps "dd" before a consonant as written: "ddr"', () => {
    expect(decodeViqr('ddr')).toBe('ddr');
  });

  it('keeps "dd" inside a word as written: "Addie"', () => {
    expect(decodeViqr('Addie')).toBe('Addie');
  });

  it('keeps "dd" ending the text as written: "dd", "So^ dd"', () => {
    expect([decodeViqr('dd'), decodeViqr('So^ dd')]).toEqual(['dd', 'Sô dd']);
  });

  it('reads no "đ" from a single d after a bracket or a space: "(da)", " Da"', () => {
    expect([decodeViqr('(da)'), decodeViqr(' Da')]).toEqual(['(da)', ' Da']);
  });

  it('reads "dd" after a space as a word start: "Ha` DDo^ng" is "Hà Đông"', () => {
    expect(decodeViqr('Ha` DDo^ng')).toBe('Hà Đông');
  });
});

describe('decodeViqr: the backslash', () => {
  it('keeps a modifier after a backslash as written: "a\\^" is "a^"', () => {
    expect(decodeViqr('a\\^')).toBe('a^');
  });

  it('keeps a backslash before a letter: "a\\b" stays', () => {
    expect(decodeViqr('a\\b')).toBe('a\\b');
  });

  it('keeps a backslash at the end: "Thi\\" stays', () => {
    expect(decodeViqr('Thi\\')).toBe('Thi\\');
  });
});

describe('decodeViqr: "?" and "." after a word', () => {
  it('reads "?" as a tone before a space: "Ha? Noi" is "Hả Noi"', () => {
    expect(decodeViqr('Ha? Noi')).toBe('Hả Noi');
  });

  it('reads "." as a tone before a comma, a semicolon or a closing bracket', () => {
    expect([decodeViqr('Thi., Hoa'), decodeViqr('Thi.;'), decodeViqr('(Thi.)')]).toEqual(['Thị, Hoa', 'Thị;', '(Thị)']);
  });

  it('keeps "?" and "." before a digit or a dash as punctuation: "Hoa.1", "Hoa?1", "Ha?-Noi"', () => {
    expect([decodeViqr('Hoa.1'), decodeViqr('Hoa?1'), decodeViqr('Ha?-Noi')]).toEqual(['Hoa.1', 'Hoa?1', 'Ha?-Noi']);
  });

  it('reads the "." ending a cell of three words as a tone: "ve^` xa~ Hoa." ends in "Hoạ"', () => {
    expect(decodeViqr('ve^` xa~ Hoa.')).toBe('về xã Hoạ');
  });

  it('keeps the "." ending a remark of four words: "Chuye^?n ve^` xa~ Hoa." ends in "Hoa."', () => {
    expect(decodeViqr('Chuye^?n ve^` xa~ Hoa.')).toBe('Chuyển về xã Hoa.');
  });

  it('counts words between runs of spaces, not spaces: "ve^`   xa~  Hoa." is three words', () => {
    expect(decodeViqr('ve^`   xa~  Hoa.')).toBe('về   xã  Hoạ');
  });

  it('does not count spaces around a cell as words: " ve^` xa~ Hoa. " is three words', () => {
    expect(decodeViqr(' ve^` xa~ Hoa. ')).toBe(' về xã Hoạ ');
  });

  it('takes the remark\'s last "." before trailing spaces: "Chuye^?n ve^` xa~ Hoa. " keeps it', () => {
    expect(decodeViqr('Chuye^?n ve^` xa~ Hoa. ')).toBe('Chuyển về xã Hoa. ');
  });

  it('gives a word after punctuation its own tone: "Ha`,Na`" is "Hà,Nà"', () => {
    expect(decodeViqr('Ha`,Na`')).toBe('Hà,Nà');
  });
});

describe('decodeViqr: text never read as VIQR', () => {
  it('keeps a web link as written: "http://xa.gov.vn" has no "xạ"', () => {
    expect(decodeViqr('http://xa.gov.vn')).toBe('http://xa.gov.vn');
  });

  it('keeps text with a line break or a tab as written (not printable ASCII)', () => {
    expect([decodeViqr('Hoa.\nB'), decodeViqr('Ho.c\tx')]).toEqual(['Hoa.\nB', 'Ho.c\tx']);
  });
});

describe('mayBeViqr', () => {
  it('is true for printable ASCII and a space: "Nguye^~n Thi. Hoa"', () => {
    expect(mayBeViqr('Nguye^~n Thi. Hoa')).toBe(true);
  });

  it('is false for a letter past ASCII anywhere in the text: "Nguyen Lê", "Lê Nguyen"', () => {
    expect([mayBeViqr('Nguyen Lê'), mayBeViqr('Lê Nguyen')]).toEqual([false, false]);
  });

  it('is false for an e-mail address and for a web link', () => {
    expect([mayBeViqr('hoa@xa.vn'), mayBeViqr('https://xa.vn')]).toEqual([false, false]);
  });
});

describe('hasViqrMark: each mark only VIQR writes, alone in its cell', () => {
  it('a hat on a, e or o: "ta^n", "te^n", "to^n"', () => {
    expect(['ta^n', 'te^n', 'to^n'].map(hasViqrMark)).toEqual([true, true, true]);
  });

  it('a breve on a: "Va(n"', () => {
    expect(hasViqrMark('Va(n')).toBe(true);
  });

  it('a horn on o or u: "tho+", "tu+"', () => {
    expect([hasViqrMark('tho+'), hasViqrMark('tu+')]).toEqual([true, true]);
  });

  it('a grave or a tilde after a vowel, at a word\'s end: "Ha`", "Nga~"', () => {
    expect([hasViqrMark('Ha`'), hasViqrMark('Nga~')]).toEqual([true, true]);
  });

  it('"\'", "?" or "." between a vowel and a letter: "ti\'nh", "pha?i", "ho.c"', () => {
    expect(["ti'nh", 'pha?i', 'ho.c'].map(hasViqrMark)).toEqual([true, true, true]);
  });

  it('is read in capitals too: "HO.C", "DDANG"', () => {
    expect([hasViqrMark('HO.C'), hasViqrMark('DDANG')]).toEqual([true, true]);
  });

  it('"dd" before a vowel at a word\'s start: "ddang", "xa ddang"', () => {
    expect([hasViqrMark('ddang'), hasViqrMark('xa ddang')]).toEqual([true, true]);
  });

  it('no mark: "dd" inside a word ("Maddie"), a hat after a consonant or a digit ("x^2")', () => {
    expect([hasViqrMark('Maddie'), hasViqrMark('x^2')]).toEqual([false, false]);
  });

  it('no mark: a breve or a horn on a vowel that takes none ("e(", "a+")', () => {
    expect([hasViqrMark('e('), hasViqrMark('a+')]).toEqual([false, false]);
  });

  it('no mark: a "." or "?" after a word, before a space or at the end ("Hoa. Nam", "Noi?")', () => {
    expect([hasViqrMark('Hoa. Nam'), hasViqrMark('Noi?')]).toEqual([false, false]);
  });

  it('no mark in a web link: "http://xa.gov.vn"', () => {
    expect(hasViqrMark('http://xa.gov.vn')).toBe(false);
  });
});
