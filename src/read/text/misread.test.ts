import { describe, expect, it } from 'vitest';
import { misreadUtf8 } from '../../../fixtures/lib/encode.js';
import { stillMisread, unmisread } from './misread.js';

const cp1258 = (t: string) => misreadUtf8(t, 'windows-1258');
const cp1252 = (t: string) => misreadUtf8(t, 'windows-1252');

describe('unmisread', () => {
  describe('a cell mended by hand in part (s12-rv33)', () => {
    const firstRetyped = (t: string, misread: (w: string) => string) =>
      t
        .split(' ')
        .map((w, i) => (i === 0 ? w : misread(w)))
        .join(' ');

    it.each([
      ['Đại học Luật', cp1252, 'UTF-8 read as Windows-1252'],
      ['Thạc sĩ Quản lý kinh tế', cp1252, 'UTF-8 read as Windows-1252'],
      ['Phường Hoàng Văn Thụ', cp1258, 'UTF-8 read as Windows-1258'],
    ])('reads back %j with its first word retyped', (text, misread, from) => {
      const cell = firstRetyped(text, misread);
      expect(cell).not.toBe(text);
      const read = unmisread(cell);
      expect(read?.text).toBe(text);
      // Both code pages when each misread word is made of characters they share ("há»\u008dc").
      expect(read?.from).toContain(from);
    });

    it('reads back a cell with its last word retyped', () => {
      expect(unmisread(`${cp1252('Trung cấp')} LLCT-HC`)?.text).toBe('Trung cấp LLCT-HC');
      expect(unmisread(`${cp1252('Thạc')} sĩ`)?.text).toBe('Thạc sĩ');
    });

    it('leaves it when a misread word does not read back, or a letter was retyped inside a word', () => {
      expect(unmisread(`Đại ${cp1252('học')} MÃ¼ller`)).toBeUndefined();
      expect(unmisread(cp1252('Đại học').replace('Ä\u0090', 'Đ'))).toBeUndefined();
    });
  });

  it('reads back a header misread as Windows-1258', () => {
    expect(cp1258('Họ và tên')).toBe('Há»\u008d vĂ\u00a0 tĂªn');
    expect(unmisread(cp1258('Họ và tên'))).toEqual({ text: 'Họ và tên', from: ['UTF-8 read as Windows-1258'] });
  });

  it('reads back a header misread as Windows-1252', () => {
    expect(unmisread(cp1252('Họ và tên'))).toEqual({ text: 'Họ và tên', from: ['UTF-8 read as Windows-1252'] });
  });

  it('reads back the C1 controls Windows-1258 gives for its undefined bytes', () => {
    // "Đ" is C4 90, and 0x90 is undefined in Windows-1258.
    const misread = cp1258('Địa chính - Xây dựng');
    expect(misread).toContain('\u0090');
    expect(unmisread(misread)?.text).toBe('Địa chính - Xây dựng');
  });

  it('reads back the C1 controls Windows-1252 gives for its undefined bytes', () => {
    const misread = cp1252('Đảng viên');
    expect(misread).toContain('\u0090');
    expect(unmisread(misread)?.text).toBe('Đảng viên');
  });

  it('reads back text misread as ISO-8859-1 (C1 controls for every byte 0x80–0x9F), as Windows-1252', () => {
    const latin1 = Buffer.from('Phường Hoàng Văn Thụ', 'utf8').toString('latin1');
    expect(latin1).toMatch(/[\u0080-\u009f]/);
    expect(unmisread(latin1)).toEqual({ text: 'Phường Hoàng Văn Thụ', from: ['UTF-8 read as Windows-1252'] });
  });

  it('reads back a header misread as Mac Roman (Excel for Mac opening a CSV without a BOM)', () => {
    expect(misreadUtf8('Họ và tên', 'macintosh')).toBe('H·ªç v√† t√™n');
    expect(unmisread('H·ªç v√† t√™n')).toEqual({ text: 'Họ và tên', from: ['UTF-8 read as Mac Roman'] });
  });

  it('reads back a header misread in DOS code page 437 (a console tool; review rv21)', () => {
    expect(misreadUtf8('Họ và tên', 'cp437')).toBe('Hß╗ì v├á t├¬n');
    expect(unmisread('Hß╗ì v├á t├¬n')).toEqual({ text: 'Họ và tên', from: ['UTF-8 read as DOS 437/850'] });
  });

  it('reads back a value misread in DOS code page 850, where "ư" is its own ("Hã░ãíng")', () => {
    expect(misreadUtf8('Hương', 'cp850')).toBe('Hã░ãíng');
    expect(unmisread('Hã░ãíng')).toEqual({ text: 'Hương', from: ['UTF-8 read as DOS 437/850'] });
  });

  it('leaves a Unicode text with DOS-looking letters ("Ông", "ã", "ó") as it is', () => {
    expect(unmisread('Ông Đoàn Thị Ngã Óc')).toBeUndefined();
  });

  it("reads back Mac Roman as Apple's own table has it: 0xBD, the last byte of ý, is the Greek omega", () => {
    // macOS decodes byte 0xBD as U+03A9 (iconv-lite as the ohm sign U+2126): "Lý luận chính trị", "Ý kiến".
    expect(unmisread('L\u221a\u03a9 lu\u00b7\u222b\u2260n ch\u221a\u2260nh tr\u00b7\u00aa\u00e3')).toEqual({
      text: 'Lý luận chính trị',
      from: ['UTF-8 read as Mac Roman'],
    });
    expect(unmisread('\u221a\u00f9 ki\u00b7\u222b\u00f8n')?.text).toBe('Ý kiến');
  });

  it('leaves a Unicode text with a middle dot (a Mac Roman lead) as it is', () => {
    expect(unmisread('Xã Hòa Bình · Thôn Đông')).toBeUndefined();
  });

  it('reads back a header misread twice (opened wrongly, saved as UTF-8, opened wrongly again)', () => {
    expect(unmisread(cp1252(cp1252('Trình độ chuyên môn')))?.text).toBe('Trình độ chuyên môn');
    expect(unmisread(cp1258(cp1258('Họ và tên')))?.text).toBe('Họ và tên');
  });

  it('reads a text misread twice back to the end even when the first reading looks Vietnamese ("NgÃ y sinh")', () => {
    // Read back once, "Ngày sinh" misread twice is "NgÃ\u00a0y sinh": "Ngã" is a Vietnamese syllable, but
    // "Ã" and the no-break space are one more misread "à". Stopping there lost the birth-date column.
    expect(unmisread(cp1252(cp1252('Ngày sinh')))?.text).toBe('Ngày sinh');
  });

  it('reads back a level misread three times', () => {
    expect(unmisread(cp1252(cp1252(cp1252('Thạc sĩ'))))?.text).toBe('Thạc sĩ');
  });

  it('says both code pages when the characters are common to both', () => {
    // "ị" is E1 BB 8B: á » ‹ in both.
    expect(unmisread(cp1258('Hộ tịch'))?.from).toEqual(['UTF-8 read as Windows-1258', 'UTF-8 read as Windows-1252']);
  });

  it('reads back every Vietnamese letter, both cases, from both code pages', () => {
    const alphabet = 'aàảãáạăằẳẵắặâầẩẫấậđeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵ';
    for (const word of [...alphabet].flatMap((ch) => (ch < '\u0080' ? [] : [`t${ch}n`, `T${ch.toUpperCase()}N`]))) {
      expect(unmisread(cp1258(word))?.text, word).toBe(word);
      expect(unmisread(cp1252(word))?.text, word).toBe(word);
    }
  });

  it('reads back decomposed text misread as Windows-1258 and then normalised to NFC', () => {
    const nfd = 'Đại học Hành chính'.normalize('NFD');
    const misread = misreadUtf8(nfd, 'windows-1258', true);
    // 0xCC (a grave in Windows-1258) composed with the letter before it.
    expect(misread).toMatch(/[àÌ]/);
    expect(unmisread(misread)?.text).toBe('Đại học Hành chính');
  });

  it('reads back decomposed text misread as Windows-1252 as such, not as a split 1258 grave', () => {
    const misread = cp1252('Đại học'.normalize('NFD'));
    expect(unmisread(misread)).toEqual({ text: 'Đại học', from: ['UTF-8 read as Windows-1252'] });
  });

  it('puts back a no-break space that a clean-up trimmed from the end of "à"', () => {
    const trimmed = cp1252('Thái Hà').trim();
    expect(trimmed.endsWith('Ã')).toBe(true);
    expect(unmisread(trimmed)?.text).toBe('Thái Hà');
  });

  it('puts back a no-break space that a clean-up turned into a space', () => {
    expect(unmisread(cp1252('Hà Nội').replace(/\s+/g, ' '))?.text).toBe('Hà Nội');
  });

  it('puts back a C1 control that a clean-up stripped, when only one makes a Vietnamese letter', () => {
    const stripped = cp1252('Đảng viên').replace(/[\u0080-\u009f]/g, '');
    expect(unmisread(stripped)?.text).toBe('Đảng viên');
  });

  it('puts back an undefined byte written as U+FFFD, when only one makes a Vietnamese letter', () => {
    const replaced = cp1252('Đảng viên').replace(/[\u0080-\u009f]/g, '\uFFFD');
    expect(replaced).toBe('Ä\uFFFDáº£ng viÃªn');
    expect(unmisread(replaced)?.text).toBe('Đảng viên');
  });

  it('leaves a U+FFFD cell damaged when several bytes would make a Vietnamese letter ("Ä�áº¡i há»�c")', () => {
    expect(unmisread(cp1252('Đại học').replace(/[\u0080-\u009f]/g, '\uFFFD'))).toBeUndefined();
  });

  it('never reads a U+FFFD before a space as a no-break space ("Há»� vÃ tÃªn" is not "HỠ và tên")', () => {
    expect(unmisread(cp1252('Họ và tên').replace(/[\u0080-\u009f]/g, '\uFFFD'))).toBeUndefined();
  });

  it('puts back no stripped C1 control when several would make a Vietnamese letter', () => {
    // "ọ" (E1 BB 8D) lost its 0x8D: "ề", "ọ", "ỏ", "Ố" and "ờ" all end in an undefined byte.
    expect(unmisread(cp1252('Học').replace(/[\u0080-\u009f]/g, ''))).toBeUndefined();
  });

  it.each([
    'JOÃO CONCEIÇÃO',
    'São Tomé',
    'Ângela Gonçalves',
    'Hélène Dupré',
    'ÊMILE ZOLA',
    'Müller',
    'CAFÉ–BAR',
    'Nguyễn Thị Ngã',
    'NGÃ',
    'Lê Văn Ân',
    'Ê Đê',
  ])('leaves %s alone', (text) => {
    expect(unmisread(text)).toBeUndefined();
  });

  it('does not repair a text whose reading is not Vietnamese', () => {
    expect(unmisread(cp1252('Müller'))).toBeUndefined();
  });
});

describe('stillMisread', () => {
  it('finds a misread letter left in a text', () => {
    expect(stillMisread(cp1252('Müller'))).toBe(true);
    expect(stillMisread(cp1258('Hoàng Văn Thụ'))).toBe(true);
  });

  it('finds none in foreign names and in Vietnamese', () => {
    for (const text of ['JOÃO CONCEIÇÃO', 'São Tomé', 'Hélène', 'CAFÉ–BAR', 'Nguyễn Thị Ngã', 'Ê Đê'])
      expect(stillMisread(text), text).toBe(false);
  });
});
