// The module's promise: "each distinct string once per column", and a column whose values are all
// different stops remembering them. Counting the calls of the cleaner and of the date parser holds it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CellReader, MEMO_SIZE } from './cells.js';
import { parseDate } from './dates.js';
import { cleanText } from './text.js';

vi.mock('./text.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./text.js')>();
  return { ...actual, cleanText: vi.fn(actual.cleanText) };
});
vi.mock('./dates.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./dates.js')>();
  return { ...actual, parseDate: vi.fn(actual.parseDate) };
});

const cleaned = vi.mocked(cleanText);
const parsed = vi.mocked(parseDate);
const realParse = (await vi.importActual<typeof import('./dates.js')>('./dates.js')).parseDate;

/** Reads each value in column 0, in order. */
function readAll(reader: CellReader, values: string[]): void {
  for (const v of values) reader.textOf(v, 0);
}

/** Distinct spellings, none of which needs cleaning. */
function distinct(count: number, prefix = 'v'): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${i}`);
}

/** One value read 1,001 times (1,000 hits), then `misses` distinct values: a column that repeats. */
function repeatingColumn(reader: CellReader, misses: number): void {
  readAll(
    reader,
    Array.from({ length: 1001 }, () => 'Kinh'),
  );
  readAll(reader, distinct(misses));
}

beforeEach(() => {
  cleaned.mockClear();
  parsed.mockClear();
});

describe('CellReader.textOf remembers each spelling per column', () => {
  it('a string read twice in one column is cleaned once', () => {
    const reader = new CellReader();
    readAll(reader, [' Nữ ', ' Nữ ']);
    expect(cleaned).toHaveBeenCalledTimes(1);
  });

  it('the same string in two columns is cleaned once for each column', () => {
    const reader = new CellReader();
    for (const column of [0, 1, 0, 1]) reader.textOf(' Nữ ', column);
    expect(cleaned).toHaveBeenCalledTimes(2);
  });
});

describe('CellReader.textOf stops remembering a column of all-different values', () => {
  it('after 2,000 different values in a column, the first is cleaned again', () => {
    const reader = new CellReader();
    const values = distinct(2000);
    readAll(reader, values);
    cleaned.mockClear();
    reader.textOf(values[0]!, 0);
    expect(cleaned).toHaveBeenCalledTimes(1);
  });

  it('after 1,999 different values, the first is still remembered', () => {
    const reader = new CellReader();
    const values = distinct(1999);
    readAll(reader, values);
    cleaned.mockClear();
    reader.textOf(values[0]!, 0);
    expect(cleaned).not.toHaveBeenCalled();
  });

  it('a column switched off still gives each value cleaned', () => {
    const reader = new CellReader();
    readAll(reader, distinct(2000));
    expect(reader.textOf('  a   b ', 0)).toBe('a b');
  });

  it('a column switched off cleans a value read twice each time', () => {
    const reader = new CellReader();
    readAll(reader, distinct(2000));
    cleaned.mockClear();
    readAll(reader, ['Kinh', 'Kinh']);
    expect(cleaned).toHaveBeenCalledTimes(2);
  });

  it('a column with 1,000 repeats in its first 2,000 reads keeps remembering', () => {
    const reader = new CellReader();
    repeatingColumn(reader, 999); // read 2,000: 1,000 hits
    cleaned.mockClear();
    reader.textOf('Kinh', 0);
    expect(cleaned).not.toHaveBeenCalled();
  });

  it('a column with 999 repeats in its first 2,000 reads stops remembering', () => {
    const reader = new CellReader();
    readAll(
      reader,
      Array.from({ length: 1000 }, () => 'Kinh'),
    ); // 999 hits
    readAll(reader, distinct(1000));
    cleaned.mockClear();
    reader.textOf('Kinh', 0);
    expect(cleaned).toHaveBeenCalledTimes(1);
  });

  it('switching one column off leaves another column remembering', () => {
    const reader = new CellReader();
    reader.textOf('Kinh', 1);
    readAll(reader, distinct(2000));
    cleaned.mockClear();
    reader.textOf('Kinh', 1);
    expect(cleaned).not.toHaveBeenCalled();
  });
});

describe('CellReader.textOf remembers at most MEMO_SIZE spellings per column', () => {
  it(`a column holding ${MEMO_SIZE} spellings does not remember a new one`, () => {
    const reader = new CellReader();
    repeatingColumn(reader, MEMO_SIZE - 1); // 'Kinh' and MEMO_SIZE - 1 others
    cleaned.mockClear();
    readAll(reader, ['mới', 'mới']);
    expect(cleaned).toHaveBeenCalledTimes(2);
  });

  it(`a column holding ${MEMO_SIZE - 1} spellings remembers one more`, () => {
    const reader = new CellReader();
    repeatingColumn(reader, MEMO_SIZE - 2);
    cleaned.mockClear();
    readAll(reader, ['mới', 'mới']);
    expect(cleaned).toHaveBeenCalledTimes(1);
  });
});

describe('CellReader.dateOf parses each text once', () => {
  it('a text date read twice is parsed once', () => {
    const reader = new CellReader();
    reader.dateOf('15/03/1972');
    reader.dateOf('15/03/1972');
    expect(parsed).toHaveBeenCalledTimes(1);
  });

  it('a text that is no date, read twice, is parsed once', () => {
    const reader = new CellReader();
    reader.dateOf('không rõ');
    reader.dateOf('không rõ');
    expect(parsed).toHaveBeenCalledTimes(1);
  });

  it('a text date read the second time is the date, not a blank', () => {
    const reader = new CellReader();
    reader.dateOf('15/03/1972');
    expect(reader.dateOf('15/03/1972')).toEqual({ year: 1972, month: 3, day: 15 });
  });

  it('after 100,000 texts a new text is parsed each time it is read', () => {
    const reader = new CellReader();
    parsed.mockImplementation(() => undefined); // the count, not the parsing, is under test
    try {
      for (let i = 0; i < 100_000; i++) reader.dateOf(`x${i}`);
      parsed.mockClear();
      reader.dateOf('y');
      reader.dateOf('y');
    } finally {
      parsed.mockImplementation(realParse);
    }
    expect(parsed).toHaveBeenCalledTimes(2);
  });

  it('with 99,999 texts remembered a new one is parsed once', () => {
    const reader = new CellReader();
    parsed.mockImplementation(() => undefined);
    try {
      for (let i = 0; i < 99_999; i++) reader.dateOf(`x${i}`);
      parsed.mockClear();
      reader.dateOf('y');
      reader.dateOf('y');
    } finally {
      parsed.mockImplementation(realParse);
    }
    expect(parsed).toHaveBeenCalledTimes(1);
  });
});
