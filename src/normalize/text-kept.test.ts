/**
 * foldKey and asciiKey keep the keys of short texts already folded (issue 17: start-up): a text asked
 * again is answered from them, with the same key; long texts and texts past KEYS_KEPT are folded each
 * time, with the same answers.
 */
import { describe, expect, it } from 'vitest';
import { KEPT_LENGTH, KEYS_KEPT, asciiKey, foldKey, keptKeys } from './text.js';

describe('keys kept', () => {
  it('folds a text once, whatever the number of times it is asked', () => {
    const before = keptKeys();
    const keys = ['Thạc sỹ', 'Thạc sỹ', 'THẠC SĨ', 'Thạc sỹ'].map(foldKey);
    const ascii = ['Thạc sỹ', 'Thạc sỹ', 'Trung cấp'].map(asciiKey);
    expect(keys).toEqual(['thac5 si4', 'thac5 si4', 'thac5 si4', 'thac5 si4']);
    expect(ascii).toEqual(['thac sy', 'thac sy', 'trung cap']);
    expect(keptKeys()).toEqual({ folded: before.folded + 2, ascii: before.ascii + 2 });
  });

  it(`keeps no text over ${KEPT_LENGTH} characters, and answers it the same`, () => {
    const long = `${'Trung cấp lý luận chính trị - hành chính '.repeat(2)}`.slice(0, KEPT_LENGTH + 1);
    const before = keptKeys();
    expect(foldKey(long)).toBe(foldKey(long.slice(0, -1) + long.at(-1)!));
    expect(foldKey(long)).toMatch(/^trung câp1 li1 luân5 chinh1 tri5-hanh2 chinh1 trung/);
    expect(asciiKey(long)).toMatch(/^trung cap ly luan chinh tri-hanh chinh trung/);
    expect(keptKeys()).toEqual(before);
  });

  it(`keeps at most ${KEYS_KEPT} texts, and folds the rest as before`, () => {
    const texts = Array.from({ length: KEYS_KEPT + 50 }, (_, i) => `Đơn vị ${i}`);
    const first = texts.map(foldKey);
    expect(keptKeys().folded).toBe(KEYS_KEPT);
    expect(texts.map(foldKey)).toEqual(first);
    expect(first.at(-1)).toBe(`đơn vi5 ${KEYS_KEPT + 49}`);
  });
});
