/** VNI-Windows decoding at its edges, one rule per test: a modifier only attaches to a letter that can take it. */
import { describe, expect, it } from 'vitest';
import { decodeVni } from './vni.js';

describe('decodeVni', () => {
  it('decodes a word whose horn letter takes a tone: "Tröôøng" is "Trường"', () => {
    expect(decodeVni('Tröôøng')).toBe('Trường');
  });

  it('keeps a circumflex that follows "i" as it is: "i" takes no circumflex', () => {
    expect(decodeVni('tiân')).toBe('tiân');
  });

  it('keeps a breve that follows "o" as it is: only "a" takes a breve', () => {
    expect(decodeVni('toên')).toBe('toên');
  });

  it('keeps a tone that follows "đ" as it is: "đ" takes no tone', () => {
    expect(decodeVni('ñù')).toBe('đù');
  });

  it('gives a letter one circumflex: a second one is kept as it is', () => {
    expect(decodeVni('aââ')).toBe('ââ');
  });

  it('lets a letter with a circumflex still take a tone', () => {
    expect(decodeVni('eâù')).toBe('ế');
  });
});
