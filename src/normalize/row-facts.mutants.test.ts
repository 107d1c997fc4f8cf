/** The cheap facts a row's cells give, one rule per test: counts, short cells, words, subtotal starts. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type RowFacts = typeof import('./row-facts.js');
// A fresh module for each test: its patterns are compiled when it loads, and a mutant there must be seen.
let countOf: RowFacts['countOf'];
let isShort: RowFacts['isShort'];
let isWordText: RowFacts['isWordText'];
let NUMBERING_ALONE: RowFacts['NUMBERING_ALONE'];
let SUBTOTAL_START: RowFacts['SUBTOTAL_START'];
let HeaderEcho: RowFacts['HeaderEcho'];
beforeEach(async () => {
  vi.resetModules();
  ({ countOf, isShort, isWordText, NUMBERING_ALONE, SUBTOTAL_START, HeaderEcho } = await import('./row-facts.js'));
});

describe('a count of people written in a cell', () => {
  it.each([
    [12, 12],
    [0, 0],
    ['7', 7],
    [' 15 ', 15],
    ['999999', 999999],
  ] as const)('%j is %i', (cell, count) => {
    expect(countOf(cell)).toBe(count);
  });

  it.each([
    ['a fraction', 2.5],
    ['a negative number', -1],
    ['seven digits', '1000000'],
    ['digits with a letter', '12a'],
    ['a decimal as text', '1.5'],
    ['an empty text', ''],
    ['a boolean', true],
    ['nothing', null],
  ])('%s is no count', (_, cell) => {
    expect(countOf(cell as never)).toBeUndefined();
  });
});

describe('a short cell (what a row of column numbers is made of)', () => {
  it.each([
    ['a number', 123456789, true],
    ['text of six characters', 'abcdef', true],
    ['text of seven characters', 'abcdefg', false],
    ['a date', new Date(Date.UTC(2020, 0, 1)), false],
    ['a boolean', true, false],
    ['nothing', undefined, false],
  ])('%s: %s', (_, cell, short) => {
    expect(isShort(cell as never)).toBe(short);
  });
});

describe('a word (not numbering alone, not digits)', () => {
  it.each([
    ['Nguyễn', true],
    ['AB.', true],
    ['123', false],
    ['1.234,5', false],
    ['IV', false],
    ['a)', false],
    ['12.', false],
    ['12)', false],
    ['12 Xã A', true],
  ])('%j: %s', (text, word) => {
    expect(isWordText(text)).toBe(word);
  });

  it('numbering alone is a whole cell: "IV." and "b)" but not "IV. Xã A"', () => {
    expect(['IV.', 'b)', 'IV. Xã A'].map((t) => NUMBERING_ALONE.test(t))).toEqual([true, true, false]);
  });
});

describe('the first word of a subtotal', () => {
  it.each(['Cộng', 'Tổng cộng', 'TỔNG SỐ', 'II. Cộng', 'II.Cộng', ' Cộng', '(Cộng)', 'Total', 'SUM', 'Cô\u0323ng'])(
    '%j starts one',
    (text) => {
      expect(SUBTOTAL_START.test(text)).toBe(true);
    },
  );

  it.each(['Tống Văn A', 'Totalis', 'Nguyễn Văn Cộng', 'Tô Hoàng'])('%j starts none', (text) => {
    expect(SUBTOTAL_START.test(text)).toBe(false);
  });
});

describe('a header written again', () => {
  it('is found behind a DEL character that cleaning removes', () => {
    expect(new HeaderEcho(['Họ và tên']).is('\u007fHọ và tên', 0)).toBe(true);
  });

  it('is not found in an empty cell under a header', () => {
    expect(new HeaderEcho(['Họ và tên']).is('', 0)).toBe(false);
  });
});

describe('the bounds the sixth session left untested (12o)', () => {
  it('a text of digits and words is no count ("12 người")', () => {
    expect(countOf('12 người')).toBeUndefined();
  });

  it('a cell padded past six characters with spaces is short by its text ("(2)    ")', () => {
    expect(isShort('(2)    ')).toBe(true);
  });

  it('a six-character text with spaces around it is short ("  Mã số1 ")', () => {
    expect(isShort('  Mã số1 ')).toBe(true);
  });

  it('a seven-character text with spaces around it is not short', () => {
    expect(isShort('  Mã số 1 ')).toBe(false);
  });

  it.each(['A. Cộng', 'b) Tổng số', 'Đ. Cộng', '12. Cộng', '123. Tổng cộng', '1. Cộng', 'I - Cộng', '3 / Tổng'])(
    '%j starts a subtotal (every numbering a heading may have)',
    (text) => {
      expect(SUBTOTAL_START.test(text)).toBe(true);
    },
  );

  it('"1234. Cộng" starts none (four digits number no heading)', () => {
    expect(SUBTOTAL_START.test('1234. Cộng')).toBe(false);
  });

  it('a letter followed by a grave mark that composes into the header\'s "À" is the header', () => {
    expect(new HeaderEcho(['Ành']).is('A\u0300nh', 0)).toBe(true);
  });

  it('a number under a header is never the header written again', () => {
    expect(new HeaderEcho(['5']).is(5 as never, 0)).toBe(false);
  });

  it('a cell of spaces under a column with no header is no header', () => {
    expect(new HeaderEcho(['Họ và tên', '']).is('   ', 1)).toBe(false);
  });
});
