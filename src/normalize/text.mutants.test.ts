/**
 * Text clean-up and matching keys, one character class or rule per test: each invisible, space, dash and
 * control character the cleaner knows, each punctuation mark the key joins, and the final y after consonants.
 */
import { describe, expect, it } from 'vitest';
import { DASH_KEY, asciiKey, cleanText, foldKey, headerKey } from './text.js';

describe('cleanText', () => {
  it('folds two plain spaces inside a value to one', () => {
    expect(cleanText('Đại  học')).toBe('Đại học');
  });

  it('folds a tab and a line break to one space', () => {
    expect(cleanText('Xã\tPhúc\nHà')).toBe('Xã Phúc Hà');
  });

  it('drops a word joiner (U+2060)', () => {
    expect(cleanText('Phúc\u2060Hà')).toBe('PhúcHà');
  });

  it('drops a byte-order mark (U+FEFF) at the start', () => {
    expect(cleanText('\uFEFFNam')).toBe('Nam');
  });

  it('drops a left-to-right mark (U+200E)', () => {
    expect(cleanText('Nữ\u200E')).toBe('Nữ');
  });

  it('turns a NUL character into a space', () => {
    expect(cleanText('Đại\u0000học')).toBe('Đại học');
  });

  it('turns a DEL character into a space', () => {
    expect(cleanText('Đại\u007Fhọc')).toBe('Đại học');
  });

  it('composes a tone mark typed after its letter into one character', () => {
    expect(cleanText('Nu\u031B\u0303')).toBe('Nữ');
  });
});

describe('foldKey', () => {
  it('folds a hyphen (U+2010) to "-"', () => {
    expect(foldKey('VP\u2010TK')).toBe('vp-tk');
  });

  it('folds a minus sign (U+2212) to "-"', () => {
    expect(foldKey('VP\u2212TK')).toBe('vp-tk');
  });

  it('joins words around a slash', () => {
    expect(foldKey('ĐH / CĐ')).toBe('đh/cđ');
  });

  it('joins words around a plus and an ampersand', () => {
    expect(foldKey('A + B & C')).toBe('a+b&c');
  });

  it('joins words around brackets', () => {
    expect(foldKey('Đảng viên ( x )')).toBe('đang3 viên(x)');
  });

  it('drops a colon that ends a value', () => {
    expect(foldKey('Giới tính:')).toBe('giơi1 tinh1');
  });

  it('keeps a final y after a vowel (Thủy)', () => {
    expect(foldKey('Thủy')).toBe('thuy3');
  });

  it('folds a final y after consonants to i (Mỹ)', () => {
    expect(foldKey('Mỹ')).toBe('mi4');
  });

  it('gives the dash key to a cell of an em dash alone', () => {
    expect(foldKey('—')).toBe(DASH_KEY);
  });

  it('gives the dash key to dashes with spaces between them', () => {
    expect(foldKey(' - - ')).toBe(DASH_KEY);
  });

  it('does not give the dash key to a dash before a word', () => {
    expect(foldKey('- x')).toBe('x');
  });

  it('reads a dot-below tone as 5 and a hook-above tone as 3', () => {
    expect(foldKey('Học Tổ')).toBe('hoc5 tô3');
  });
});

describe('asciiKey and headerKey', () => {
  it('asciiKey removes tones and the circumflex (Nguyễn → nguyen)', () => {
    expect(asciiKey('Nguyễn')).toBe('nguyen');
  });

  it('asciiKey keeps the punctuation the key joins', () => {
    expect(asciiKey('Đảng viên ( x )')).toBe('dang vien(x)');
  });

  it('headerKey turns every run of punctuation into one space', () => {
    expect(headerKey('Trình độ (LLCT) / QLNN')).toBe('trinh do llct qlnn');
  });

  it('headerKey keeps digits', () => {
    expect(headerKey('Cột 12')).toBe('cot 12');
  });
});
