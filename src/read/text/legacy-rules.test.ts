/** The rules of legacy repair one by one: what may be legacy, converting with a known encoding, lost letters. */
import { describe, expect, it } from 'vitest';
import { convertAs, decodeAs, looksViqr, lostLetters, mayBeLegacy } from './legacy.js';

describe('mayBeLegacy', () => {
  it('takes TCVN3 text read as Windows-1252 as a candidate', () => {
    expect(mayBeLegacy('Hä vµ tªn')).toBe(true);
  });

  it('does not take plain ASCII: nothing in it needs repair', () => {
    expect(mayBeLegacy('Nguyen Van An')).toBe(false);
  });

  it('does not take text with a real Vietnamese letter, even beside a Latin-1 one', () => {
    expect(mayBeLegacy('Đặng µ')).toBe(false);
  });
});

describe('decodeAs', () => {
  it('cannot read as TCVN3 a text holding a character outside Windows-1252', () => {
    expect(decodeAs('Hä 一', 'TCVN3')).toBeUndefined();
  });
});

describe('convertAs', () => {
  it('converts VNI text to Vietnamese', () => {
    expect(convertAs('Hoï vaø teân', 'VNI')).toBe('Họ và tên');
  });

  it('converts TCVN3 text to Vietnamese', () => {
    expect(convertAs('§¹i häc', 'TCVN3')).toBe('Đại học');
  });

  it('leaves real Vietnamese unconverted', () => {
    expect(convertAs('Đại học', 'TCVN3')).toBeUndefined();
  });

  it('refuses a conversion that does not read as Vietnamese (a French word read as TCVN3)', () => {
    expect(convertAs('Café crème', 'TCVN3')).toBeUndefined();
  });

  it('refuses a conversion that breaks the case inside a word ("Ngày" read as TCVN3 is "NgỔy")', () => {
    expect(convertAs('Ngày sinh', 'TCVN3')).toBeUndefined();
  });

  it('refuses a conversion that leaves a foreign letter', () => {
    expect(convertAs('Zürich', 'VNI')).toBeUndefined();
  });
});

describe('lostLetters', () => {
  it('sees a letter lost inside a word', () => {
    expect(lostLetters('Nguy?n')).toBe(true);
  });

  it('sees a letter lost at the start of a word', () => {
    expect(lostLetters('?ng')).toBe(true);
  });

  it('does not take a question mark after a space for a lost letter', () => {
    expect(lostLetters('Ghi chú ? ')).toBe(false);
  });
});

describe('looksViqr', () => {
  it('is true for names typed in VIQR ("Nguye^~n Thi. Hoa", "DDa.i ho.c")', () => {
    expect(looksViqr(['Nguye^~n Thi. Hoa', 'DDa.i ho.c'])).toBe(true);
  });

  it('is false for Unicode text and for letters lost to "?"', () => {
    expect(looksViqr(['Nguyễn Thị Hoa', 'Nguy?n Th? H?a', 'Đại học'])).toBe(false);
  });

  it('needs two marks: one "e^" in an English note is not VIQR', () => {
    expect(looksViqr(['see^ note'])).toBe(false);
  });
});
