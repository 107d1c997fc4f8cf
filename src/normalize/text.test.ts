import { describe, expect, it } from 'vitest';
import { asciiKey, cleanText, foldKey, headerKey } from './text.js';

describe('cleanText', () => {
  it('composes NFD, drops invisible characters and folds spaces', () => {
    expect(cleanText('  Nguye\u0302\u0303n\u00a0\u00a0Thi\u0323  ')).toBe('Nguyễn Thị');
    expect(cleanText('Đại\u200b học\u00ad')).toBe('Đại học');
  });
});

describe('foldKey', () => {
  it.each([
    ['Văn hoá', 'Văn hóa'],
    ['Thuỷ', 'Thủy'],
    ['Đảng uỷ', 'Đảng ủy'],
    ['Thạc sỹ', 'Thạc sĩ'],
    ['Kĩ sư', 'Kỹ sư'],
    ['Lí luận', 'Lý luận'],
    ['ĐH.', 'đh'],
    ['Th.S', 'ThS'],
    ['VP – TK', 'VP-TK'],
    ['TC  LLCT—HC', 'TC LLCT-HC'],
    ['ĐẠI HỌC', 'đại học'],
    ['\u00D0ại học', 'Đại học'],
    ['\u00D0V', 'ĐV'],
    ['\u00F0ảng viên', 'đảng viên'],
    ['\u0189H', 'ĐH'],
  ])('folds %s like %s', (a, b) => {
    expect(foldKey(a)).toBe(foldKey(b));
  });

  it('keeps tones that change the word apart', () => {
    expect(foldKey('Nữ')).not.toBe(foldKey('Nư'));
    expect(foldKey('Cao cấp')).not.toBe(foldKey('Cao cáp'));
  });

  // The literal '-', not DASH_KEY: a test reading the constant back would pass whatever the constant became
  // (an empty key would make a dash-only cell look blank).
  it.each(['-', '–', '—', ' - ', '--', '- -', '\u2212'])('keeps a dash-only cell %j as the key "-"', (dash) => {
    expect(foldKey(dash)).toBe('-');
  });

  it('still drops a dash that ends a word', () => {
    expect(foldKey('ĐH -')).toBe(foldKey('ĐH'));
  });

  it('separates words at a dot unless a single letter follows', () => {
    expect(foldKey('P.CT UBND')).toBe('p ct ubnd');
    expect(foldKey('ThS. Quản lý công')).toBe(foldKey('ThS Quản lý công'));
  });
});

describe('asciiKey and headerKey', () => {
  it('removes every diacritic, đ included', () => {
    expect(asciiKey('Đại học')).toBe('dai hoc');
    expect(headerKey('Ngày, tháng, năm sinh')).toBe('ngay thang nam sinh');
    expect(headerKey('Họ và tên (1)')).toBe('ho va ten 1');
  });

  it('takes the eth "Ð" typed for "Đ" as a d: "\u00D0ơn vị", "\u00D0ảng viên"', () => {
    expect([headerKey('\u00D0ơn vị'), asciiKey('\u00D0ảng viên')]).toEqual(['don vi', 'dang vien']);
  });
});

describe('foldKey as written out', () => {
  it.each([
    ['Thạc sỹ', 'thac5 si4'],
    ['Văn hoá', 'văn hoa1'],
    ['Đảng uỷ', 'đang3 uy3'],
    ['Cao cấp', 'cao câp1'],
    ['Nữ', 'nư4'],
    ['Nam', 'nam'],
    ['Lý', 'li1'],
    ['Ủy', 'uy3'],
    ['Trung cấp - LLCT', 'trung câp1-llct'],
    ['ĐH, CĐ; TC', 'đh,cđ;tc'],
    ['- Đại học -', 'đai5 hoc5'],
    ['Th.S', 'ths'],
  ])('%s → %s', (raw, key) => {
    expect(foldKey(raw)).toBe(key);
  });
});

describe('cleanText, one rule each', () => {
  it('reads an ideographic or typographic space inside a value as one space ("Xã Đồng\u3000Tiến")', () => {
    expect([cleanText('Xã Đồng\u3000Tiến'), cleanText('Xã\u2003Đồng Tiến')]).toEqual(['Xã Đồng Tiến', 'Xã Đồng Tiến']);
  });

  it('turns control characters into spaces', () => {
    expect(cleanText('Đại\u0007học\u0085x')).toBe('Đại học x');
  });

  it('trims a clean value without touching it', () => {
    expect(cleanText('  Đại học ')).toBe('Đại học');
  });

  it('folds narrow and figure spaces to one space', () => {
    expect(cleanText('Tân\u202fLập\u2007 Xã')).toBe('Tân Lập Xã');
  });
});

describe('cleanText: full-width forms', () => {
  it('reads full-width ASCII as ASCII ("Ｎａｍ １９８０" → "Nam 1980")', () => {
    expect(cleanText('Ｎａｍ １９８０')).toBe('Nam 1980');
  });

  it('leaves Vietnamese letters as they are', () => {
    expect(cleanText('Nữ １')).toBe('Nữ 1');
  });
});
