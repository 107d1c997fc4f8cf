/**
 * Text clean-up and matching keys, one character class or rule per test: each invisible, space, dash and
 * control character the cleaner knows, each punctuation mark the key joins, and the final y after consonants.
 * Expected keys are written out, never taken from the module's own constants.
 */
import { describe, expect, it } from 'vitest';
import { asciiKey, cleanText, foldKey, headerKey } from './text.js';

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

  it('empties a cell holding only a control character', () => {
    expect(cleanText('\u0007')).toBe('');
  });

  it('trims a clean value with one space at each end', () => {
    expect(cleanText(' Nam ')).toBe('Nam');
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
    expect(foldKey('—')).toBe('-');
  });

  it('gives the dash key to dashes with spaces between them', () => {
    expect(foldKey(' - - ')).toBe('-');
  });

  it('does not give the dash key to a dash before a word', () => {
    expect(foldKey('- x')).toBe('x');
  });

  it('reads a dot-below tone as 5 and a hook-above tone as 3', () => {
    expect(foldKey('Học Tổ')).toBe('hoc5 tô3');
  });
});

describe('foldKey, more', () => {
  it('reads a grave tone as 2 (Bà)', () => {
    expect(foldKey('Bà')).toBe('ba2');
  });

  it('joins "Th.S" before a following word', () => {
    expect(foldKey('Th.S Quản lý')).toBe('ths quan3 li1');
  });

  it('drops every dash that starts a value, not only the first', () => {
    expect(foldKey('-- Đại học')).toBe('đai5 hoc5');
  });

  it('drops every colon that ends a value, not only the last', () => {
    expect(foldKey('Giới tính ::')).toBe('giơi1 tinh1');
  });

  it('folds a y after two consonants to i (Thy)', () => {
    expect(foldKey('Thy')).toBe('thi');
  });

  it('keeps a y after a consonant that follows a vowel (Henry)', () => {
    expect(foldKey('Henry')).toBe('henry');
  });

  it('keeps a y that does not end the syllable (Kyoto)', () => {
    expect(foldKey('Kyoto')).toBe('kyoto');
  });
});

describe('asciiKey and headerKey', () => {
  it('asciiKey leaves no space where a final dot was (ĐH.)', () => {
    expect(asciiKey('ĐH.')).toBe('dh');
  });

  it('asciiKey folds the two spaces a dot leaves to one', () => {
    expect(asciiKey('ĐH. CĐ')).toBe('dh cd');
  });

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
