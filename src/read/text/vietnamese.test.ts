/** Whether a repaired text reads as Vietnamese, one rule per test. */
import { describe, expect, it } from 'vitest';
import { badSyllables, caseBreaks, foreign, legacyMarks, readsAsVietnamese } from './vietnamese.js';

describe('foreign characters', () => {
  it('counts none in plain ASCII', () => {
    expect(foreign('Nguyen Van An, 1980 (CC)')).toBe(0);
  });

  it('counts none in letters only Vietnamese Unicode has', () => {
    expect(foreign('Đặng Thị Hương, Ưng, Ơn, Ĩnh, Ũ, ă')).toBe(0);
  });

  it('counts none in the Latin-1 letters Vietnamese uses', () => {
    expect(foreign('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ')).toBe(0);
  });

  it('counts none in combining tone marks', () => {
    expect(foreign('Ho\u0323 va\u0300 te\u0302n')).toBe(0);
  });

  it('counts none in a no-break space, dashes, an ellipsis or curly quotes', () => {
    expect(foreign('a\u00A0b – c — d … “e” ‘f’')).toBe(0);
  });

  it('counts each foreign letter or symbol once', () => {
    expect(foreign('Zürich ß © ñ')).toBe(4);
  });
});

describe('syllables', () => {
  it('finds none wrong in real Vietnamese words', () => {
    expect(badSyllables('Nguyễn Thị Hường nghiêng khuyết quốc trường Chuyên viên')).toBe(0);
  });

  it('says nothing of plain letters or upper-case abbreviations', () => {
    expect(badSyllables('Zrich HĐND ĐH UBND xyz')).toBe(0);
  });

  it('counts a word with two tones', () => {
    expect(badSyllables('Họá')).toBe(1);
  });

  it('counts a word whose letters no syllable has in that order', () => {
    expect(badSyllables('Zỹrich')).toBe(1);
  });

  it('counts each wrong word once', () => {
    expect(badSyllables('Zỹrich và Họá, Bẽrn')).toBe(3);
  });

  it('counts an ư after another vowel as impossible (TCVN3 reading of a soft hyphen typed in Unicode)', () => {
    expect(badSyllables('Xóư Hũưa')).toBe(2);
  });

  it('keeps ư opening its vowel group after the onsets gi and qu', () => {
    expect(badSyllables('giữa người rượu hưu ngửi Nguyễn Thị Hường quyết')).toBe(0);
  });
});

describe('the place of a tone (review s11-rv29)', () => {
  it('finds none wrong where either placement puts it: first of a glide group, "uy", "oa", "oe", a closed group', () => {
    const words =
      'xã hái sáu kéo cứu muối kìa múa thuý thúy hoà hòa khoẻ khỏe Nguyễn Hoài Quỳnh khuyến tuỵ tụy thuở ' +
      'người rượu chiều yếu khuỷu ngoáy khuấy ngoẹo gìn già giữa quý quá Trìu Tuấn Hậu Hữu Bưởi Huế Gửi Úy Uý';
    expect(words.split(' ').filter((w) => badSyllables(w) > 0)).toEqual([]);
  });

  it('counts a tone on the glide that closes a group, or on the a of "ia", "ua", "ưa": VNI read as written', () => {
    // "Xaõ" (VNI "Xã"), "Xaù" (VNI "Xá"), "Taøi" (VNI "Tài"), "kià", "muá", "mưá" (no placement writes them).
    expect(['Xaõ', 'Xaù', 'Taøi', 'kià', 'muá', 'mưá', 'keó', 'cưú'].map(badSyllables)).toEqual([
      1, 1, 1, 1, 1, 1, 1, 1,
    ]);
  });

  it('counts a vowel written twice ("Phuùc", VNI "Phúc")', () => {
    expect(['Phuùc', 'Phuù', 'Thaàn'].map(badSyllables)).toEqual([1, 1, 1]);
  });
});

describe('the vowels of a syllable (review s12-rv33)', () => {
  it('finds none wrong in groups Vietnamese writes, before a final consonant too', () => {
    const words =
      'xoong soóc boong Huỳnh huýt uỵch khuya khuyên khuỷu người rượu yêu ngoài xoay ngoao ngoẹo khuây muối ' +
      'Nguyễn quyết Thuỷ tuần Tuấn chuyện thuở Huế';
    expect(words.split(' ').filter((w) => badSyllables(w) > 0)).toEqual([]);
  });

  it('counts a group closed by a glide before a final consonant: Windows-1258 tones read as Windows-1252, VNI', () => {
    // "câìp", "tôòc" (Windows-1258 "cấp", "tộc" read as Windows-1252), "Saùn", "caùn" (VNI "Sán", "cán").
    expect(['câìp', 'tôòc', 'Saùn', 'caùn', 'Lâòp'].map(badSyllables)).toEqual([1, 1, 1, 1, 1]);
  });

  it('counts three vowels no syllable has ("Giôùi", VNI "Giới"; "Ðaòi", Windows-1258 "Đại")', () => {
    expect(['Giôùi', 'Ðaòi', 'baói'].map(badSyllables)).toEqual([1, 1, 1]);
  });
});

describe('readsAsVietnamese', () => {
  it('holds a Vietnamese name and title', () => {
    expect(readsAsVietnamese('Trần Thị Bình – Phó Chủ tịch UBND')).toBe(true);
  });

  it('refuses a text with a foreign letter', () => {
    expect(readsAsVietnamese('Hoï vaø teân')).toBe(false);
  });

  it('refuses a text with an impossible syllable and no foreign letter', () => {
    expect(readsAsVietnamese('Zỹrich')).toBe(false);
  });
});

describe('case breaks', () => {
  it('counts an accented capital after a lower-case letter in a word: TCVN3 "Giíi tÝnh", "cÊp"', () => {
    expect(caseBreaks('Giíi tÝnh, Cao cÊp')).toBe(2);
  });

  it('counts a Vietnamese capital after a lower-case letter: TCVN3 read as VNI, "ViƯt", "NguyƠn"', () => {
    expect(caseBreaks('ViƯt NguyƠn')).toBe(2);
  });

  it('counts none in Vietnamese as typed, capitals and abbreviations included', () => {
    expect(caseBreaks('Ông Đặng Văn Ánh, ThS, ĐHSP, NGUYỄN THỊ ÚT')).toBe(0);
  });
});

describe('legacy marks', () => {
  it('counts a VNI circumflex or tone after its vowel: "Cao caáp", "Tieán só", "Khoâng"', () => {
    expect([legacyMarks('Cao caáp'), legacyMarks('Tieán só'), legacyMarks('Khoâng')]).toEqual([1, 1, 1]);
  });

  it('counts none in Vietnamese whose vowels meet: "Hoà Bình", "Thuý", "khoá", "quân", "hoãn"', () => {
    expect(legacyMarks('Hoà Bình, Thuý, khoá, quân, hoãn, Không')).toBe(0);
  });
});
