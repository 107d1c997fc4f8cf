/** The CSV parser's edges: delimiters that are special in a regex, the size limits, quotes at the very end. */
import { describe, expect, it } from 'vitest';
import { CsvParser } from './csv-parser.js';

function records(text: string, delimiter: string): string[][] {
  const p = new CsvParser(delimiter);
  return [...p.push(text), ...p.end()];
}

describe('CsvParser delimiters', () => {
  it('refuses a CR as the delimiter', () => {
    expect(() => new CsvParser('\r')).toThrow('bad CSV delimiter "\\r"');
  });

  it('splits on "^" (a caret that would negate a character class)', () => {
    expect(records('a^b,c\n', '^')).toEqual([['a', 'b,c']]);
  });

  it('splits on "]" (a bracket that would close a character class)', () => {
    expect(records('a]b,c\n', ']')).toEqual([['a', 'b,c']]);
  });

  it('splits on a backslash', () => {
    expect(records('a\\b,c\n', '\\')).toEqual([['a', 'b,c']]);
  });

  it('splits on "-"', () => {
    expect(records('a-b,c\n', '-')).toEqual([['a', 'b,c']]);
  });
});

describe('CsvParser quotes', () => {
  it('a lone quote at the end of the text is one empty field', () => {
    expect(records('"', ',')).toEqual([['']]);
  });

  it('a quoted field closed at the very end of the text is its value', () => {
    expect(records('"a"', ',')).toEqual([['a']]);
  });

  it('a closing quote before a lone CR ends the line, not the quoting of the value', () => {
    expect(records('"a"\rb\r', ',')).toEqual([['a'], ['b']]);
  });

  it('a closing quote before CRLF ends the line', () => {
    expect(records('"a"\r\nb\r\n', ',')).toEqual([['a'], ['b']]);
  });

  it('a quote in the middle of an unquoted field is kept', () => {
    expect(records('a"b,c\n', ',')).toEqual([['a"b', 'c']]);
  });

  it('a quote after spaces at a field start is kept as text', () => {
    expect(records(' "a",b\n', ',')).toEqual([[' "a"', 'b']]);
  });

  it('two quotes in the middle of an unquoted field are kept, the second opening no quoted value', () => {
    expect(records('a""b,c\n', ',')).toEqual([['a""b', 'c']]);
  });

  it('a quote that starts a chunk in the middle of an unquoted field is kept as text', () => {
    const p = new CsvParser(',');
    expect([...p.push('a'), ...p.push('"b",c\n'), ...p.end()]).toEqual([['a"b"', 'c']]);
  });

  it('a CR at the end of a chunk followed by LF in the next is one line end', () => {
    const p = new CsvParser(',');
    expect([...p.push('a\r'), ...p.push('\nb\n'), ...p.end()]).toEqual([['a'], ['b']]);
  });

  it('a CR at the end of a chunk followed by text in the next is a lone line end', () => {
    const p = new CsvParser(',');
    expect([...p.push('a\r'), ...p.push('b\n'), ...p.end()]).toEqual([['a'], ['b']]);
  });
});

describe('CsvParser limits', () => {
  it('takes a cell of exactly 1,000,000 characters', () => {
    expect(records(`${'x'.repeat(1_000_000)},b\n`, ',')[0]![0]!.length).toBe(1_000_000);
  });

  it('refuses an unquoted cell longer than 1,000,000 characters before its delimiter', () => {
    expect(() => records(`${'x'.repeat(1_000_001)},b\n`, ',')).toThrow('a cell longer than 1,000,000 characters');
  });

  it('refuses an unquoted cell longer than 1,000,000 characters at the end of a chunk', () => {
    expect(() => new CsvParser(',').push('x'.repeat(1_000_001))).toThrow('a cell longer than 1,000,000 characters');
  });

  it('takes an unquoted cell of exactly 1,000,000 characters at the end of a chunk', () => {
    expect(new CsvParser(',').push('x'.repeat(1_000_000))).toEqual([]);
  });

  it('refuses an unclosed quoted cell longer than 1,000,000 characters', () => {
    expect(() => new CsvParser(',').push(`"${'x'.repeat(1_000_001)}`)).toThrow(
      'a cell longer than 1,000,000 characters',
    );
  });

  it('takes an unclosed quoted cell of exactly 1,000,000 characters', () => {
    expect(new CsvParser(',').push(`"${'x'.repeat(1_000_000)}`)).toEqual([]);
  });

  it('takes a row of exactly 16,384 columns', () => {
    expect(records(`${','.repeat(16_383)}\n`, ',')[0]!.length).toBe(16_384);
  });

  it('refuses a row of 16,385 columns', () => {
    expect(() => records(`${','.repeat(16_384)}\n`, ',')).toThrow('more than 16,384 columns in a row');
  });

  it('refuses a row of 16,385 columns ended by a CR at the very end of the text', () => {
    expect(() => records(`${','.repeat(16_384)}\r`, ',')).toThrow('more than 16,384 columns in a row');
  });
});
