/**
 * The rules of misread.ts one at a time. Its code-page tables are built once per process and kept, so
 * each test here loads the module afresh (a bug in building them would otherwise go unseen by every test
 * after the first).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { misreadUtf8 } from '../../../fixtures/lib/encode.js';

const cp1258 = (t: string) => misreadUtf8(t, 'windows-1258');
const cp1252 = (t: string) => misreadUtf8(t, 'windows-1252');
const W1258 = 'UTF-8 read as Windows-1258';
const W1252 = 'UTF-8 read as Windows-1252';

let m: typeof import('./misread.js');
beforeEach(async () => {
  vi.resetModules();
  m = await import('./misread.js');
});

describe('the code-page tables', () => {
  it('Windows-1252 maps each of its characters to its byte, the euro sign to 0x80', () => {
    const t = m.windows1252();
    expect([t.get('€'), t.get('Ã'), t.get('ÿ'), t.get('\u00a0'), t.get('Ž')]).toEqual([0x80, 0xc3, 0xff, 0xa0, 0x8e]);
  });

  it("Windows-1252's undefined bytes are read as the C1 control of the same number", () => {
    const t = m.windows1252();
    expect([0x81, 0x8d, 0x8f, 0x90, 0x9d].map((b) => t.get(String.fromCharCode(b)))).toEqual([
      0x81, 0x8d, 0x8f, 0x90, 0x9d,
    ]);
  });

  it('ISO-8859-1 reads every byte 0x80–0x9F as a C1 control: those are taken as Windows-1252 too', () => {
    const t = m.windows1252();
    expect([0x80, 0x83, 0x9f].map((b) => t.get(String.fromCharCode(b)))).toEqual([0x80, 0x83, 0x9f]);
  });

  it('holds no character for a byte past 0xFF', () => {
    expect(m.windows1252().size).toBe(128 + 27);
  });
});

describe('mayBeMisread', () => {
  it('finds a lead and a continuation ("Ä‘")', () => {
    expect(m.mayBeMisread('Ä‘á»™i')).toBe(true);
  });

  it('finds the Windows-1258 lead "Ă" (byte 0xC3)', () => {
    expect(m.mayBeMisread('vĂ\u00a0')).toBe(true);
  });

  it('does not take Vietnamese, foreign names or a lone lead for misread text', () => {
    expect(['Nguyễn Văn An', 'São Tomé', 'Ã', 'Hélène'].map((t) => m.mayBeMisread(t))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('finds the Windows-1252 lead "Â" (byte 0xC2) of a no-break space', () => {
    expect(m.mayBeMisread('NguyenÂ\u00a0Van')).toBe(true);
  });

  it('does not take a lead followed by another lead ("CRÉÉ") for misread text', () => {
    expect(m.mayBeMisread('CRÉÉ')).toBe(false);
  });

  it('does not take digits or ASCII letters for the bytes of a misread letter ("Tổ 12", "cafe")', () => {
    expect(['Tổ 12', 'cafe 2024', 'Số 8a'].map((t) => m.mayBeMisread(t))).toEqual([false, false, false]);
  });

  it('takes a grave letter a later program composed with the lead before it as a lead ("à€" of "à" in 1258)', () => {
    expect(m.mayBeMisread('Hoà€ng')).toBe(true);
  });
});

describe('unmisread: reading back', () => {
  it('reads back a Windows-1258 misreading with its C1 controls', () => {
    expect(m.unmisread(cp1258('Địa chính'))).toEqual({ text: 'Địa chính', from: [W1258] });
  });

  it('reads back a Windows-1252 misreading', () => {
    expect(m.unmisread(cp1252('Tư pháp'))).toEqual({ text: 'Tư pháp', from: [W1252] });
  });

  it('reads back text misread as ISO-8859-1 as Windows-1252', () => {
    const latin1 = Buffer.from('Văn hóa', 'utf8').toString('latin1');
    expect(m.unmisread(latin1)).toEqual({ text: 'Văn hóa', from: [W1252] });
  });

  it('names both code pages when the text is the same in both', () => {
    expect(m.unmisread(cp1258('Kẻ Sặt'))).toEqual({ text: 'Kẻ Sặt', from: [W1258, W1252] });
  });

  it('reads back decomposed text misread in 1258 and composed again (a grave letter split)', () => {
    const misread = misreadUtf8('Hoàng Thị Điệp'.normalize('NFD'), 'windows-1258', true);
    expect(m.unmisread(misread)).toEqual({ text: 'Hoàng Thị Điệp', from: [W1258] });
  });

  it('splits a grave composed onto a plain letter ("ò€", "ù€") in Windows-1258 only', () => {
    const misread = misreadUtf8('Hòa Phù'.normalize('NFD'), 'windows-1258', true);
    expect([misread, m.unmisread(misread)]).toEqual(['Hò€a Phù€', { text: 'Hòa Phù', from: [W1258] }]);
  });

  it('reads back a no-break space typed in a name ("NguyenÂ\u00a0Van")', () => {
    expect(m.unmisread(cp1252('Nguyen\u00a0Van'))?.text).toBe('Nguyen\u00a0Van');
  });

  it('reads a Windows-1252 decomposed "à" as such, not as a split 1258 grave', () => {
    expect(m.unmisread(cp1252('Hoàng'.normalize('NFD')))).toEqual({ text: 'Hoàng', from: [W1252] });
  });

  it('gives the text read back in NFC', () => {
    expect(m.unmisread(cp1252('Hoàng'.normalize('NFD')))?.text).toBe('Ho\u00e0ng');
  });

  it('leaves a text whose reading is not Vietnamese ("MÃ¼ller")', () => {
    expect(m.unmisread(cp1252('Müller'))).toBeUndefined();
  });

  it('leaves a text with a character neither code page has', () => {
    expect(m.unmisread('Ä‘á»™i 一')).toBeUndefined();
  });

  it('leaves a text with a grave letter whose base neither code page has ("Ѐ", Cyrillic)', () => {
    expect(m.unmisread('Ä‘á»™i Ѐ')).toBeUndefined();
  });

  it('leaves a misreading that is not valid UTF-8 and no lost byte completes', () => {
    // "Ã" then "x": a two-byte lead followed by ASCII.
    expect(m.unmisread('Ã¼Ã x')).toBeUndefined();
  });
});

describe('unmisread: bytes a clean-up took away', () => {
  it('puts back the no-break space that ends "Ạ" (E1 BA A0), trimmed from the end of the text', () => {
    const trimmed = cp1252('XÃ HẠ').trim();
    expect([trimmed, m.unmisread(trimmed)?.text]).toEqual(['XÃƒ Háº', 'XÃ HẠ']);
  });

  it('puts back the no-break space that ends "Ơ" (C6 A0), trimmed from the end', () => {
    expect(m.unmisread(cp1252('CỜ Ơ').trim())?.text).toBe('CỜ Ơ');
  });

  it('puts back a no-break space typed at the end of a cell ("Â" + NBSP, C2 A0) that a trim took away', () => {
    expect(m.unmisread(cp1252('Hà Nội\u00a0').trim())?.text).toBe('Hà Nội\u00a0');
  });

  it('puts back the no-break space of "Ạ" turned into a space inside the text', () => {
    expect(m.unmisread(cp1252('HẠ LONG').replace(/\u00a0/g, ' '))?.text).toBe('HẠ  LONG');
  });

  it('puts back a stripped C1 control ending a two-byte letter before a three-byte one ("Äáº£ng")', () => {
    const stripped = cp1258('Đảng viên').replace(/[\u0080-\u009f]/g, '');
    expect([stripped, m.unmisread(stripped)]).toEqual(['Äáº£ng viĂªn', { text: 'Đảng viên', from: [W1258] }]);
  });

  it('puts back a stripped C1 control before a two-byte letter ("ÄÃ  Náºµng")', () => {
    expect(m.unmisread(cp1252('Đà Nẵng').replace(/[\u0080-\u009f]/g, ''))?.text).toBe('Đà Nẵng');
  });

  it('puts back the byte a U+FFFD stands for in Windows-1258 too', () => {
    const shown = cp1258('Đảng viên').replace(/[\u0080-\u009f]/g, '\uFFFD');
    expect(m.unmisread(shown)).toEqual({ text: 'Đảng viên', from: [W1258] });
  });

  it('two letters each missing a byte are both put back', () => {
    expect(m.unmisread(cp1252('Đảng Đoàn').replace(/[\u0080-\u009f]/g, ''))?.text).toBe('Đảng Đoàn');
  });

  it('a U+FFFD that no byte completes leaves the text as it is', () => {
    expect(m.unmisread('Ä\uFFFDáº£ng Ã\uFFFD')).toBeUndefined();
  });
});

describe('stillMisread', () => {
  it('finds a misread foreign letter ("MÃ¼ller")', () => {
    expect(m.stillMisread(cp1252('Müller'))).toBe(true);
  });

  it('finds a misread letter in Windows-1258 ("CafĂ©")', () => {
    expect(m.stillMisread(cp1258('Café'))).toBe(true);
  });

  it('finds a misread letter in the second word as well as the first', () => {
    expect(m.stillMisread(`São ${cp1252('Jürgen')}`)).toBe(true);
  });

  it('finds a two-byte letter followed by a continuation that is not its own ("Ã¼" + "º")', () => {
    // The sequence takes "Ã¼º" (three characters); only its first two are one letter.
    expect(m.stillMisread('MÃ¼ºller')).toBe(true);
  });

  it('finds no misread letter in a lead and a continuation that are no letter ("Â©" is ©)', () => {
    expect(m.stillMisread('Â© 2024')).toBe(false);
  });

  it('finds none in Vietnamese or in foreign names as written', () => {
    expect(['Nguyễn Thị Ngã', 'JOÃO CONCEIÇÃO', 'Hélène'].map((t) => m.stillMisread(t))).toEqual([false, false, false]);
  });

  it('finds the misread euro sign is not a letter ("â‚¬")', () => {
    expect(m.stillMisread('Giá â‚¬5')).toBe(false);
  });
});
