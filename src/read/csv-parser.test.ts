import { describe, expect, it } from 'vitest';
import { Random } from '../../fixtures/lib/random.js';
import { CSV_CASES, csvParse as theirs, fedInPieces } from '../test-support/csv.js';
import { CsvParser } from './csv-parser.js';

function ours(text: string, delimiter: string, cuts: number[] = []): string[][] {
  return fedInPieces(new CsvParser(delimiter), text, cuts);
}

describe('CsvParser', () => {
  it.each(CSV_CASES)('parses %j like csv-parse', (text, d) => {
    expect(ours(text, d)).toEqual(theirs(text, d));
  });

  it('gives the same records however the text is cut into chunks', () => {
    const rng = new Random(42);
    const pieces = ['a', 'Thủy', ',', ';', '"', '""', '\n', '\r\n', ' ', 'ĐH', 'x,y'];
    for (let round = 0; round < 300; round++) {
      let text = '';
      const fields = rng.int(1, 30);
      for (let f = 0; f < fields; f++) {
        const quoted = rng.chance(0.3);
        let value = '';
        for (let k = rng.int(0, 4); k > 0; k--)
          value += rng.pick(pieces.filter((p) => quoted || (p !== '"' && p !== '""')));
        if (quoted) value = `"${value.replace(/"/g, '""')}"`;
        else value = value.replace(/[,\n\r"]/g, '');
        text += value + (rng.chance(0.2) ? '\n' : ',');
      }
      const whole = ours(text, ',');
      const cuts = [...new Set(Array.from({ length: rng.int(1, 8) }, () => rng.int(0, text.length)))].sort(
        (a, b) => a - b,
      );
      expect(ours(text, ',', cuts), JSON.stringify({ text, cuts })).toEqual(whole);
      // Every single cut position too, on short texts.
      if (text.length < 60) for (let c = 0; c <= text.length; c++) expect(ours(text, ',', [c])).toEqual(whole);
      expect(whole, text).toEqual(theirs(text, ','));
    }
  });
});

function records(text: string, delimiter: string): string[][] {
  const p = new CsvParser(delimiter);
  return [...p.push(text), ...p.end()];
}

describe('CsvParser on its own', () => {
  it('keeps commas inside a quoted field of a semicolon file', () => {
    expect(records('Chi;"Xã A, huyện B";Đại học\r\n', ';')).toEqual([['Chi', 'Xã A, huyện B', 'Đại học']]);
  });

  it('splits on a tab or a pipe and nothing else', () => {
    expect(records('a,b\tc|d\n', '\t')).toEqual([['a,b', 'c|d']]);
    expect(records('a,b\tc|d\n', '|')).toEqual([['a,b\tc', 'd']]);
  });

  it('reads a lone CR as a line end', () => {
    expect(records('a,b\rc,d\r', ',')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps an empty last field of a line', () => {
    expect(records('a,\n', ',')).toEqual([['a', '']]);
  });

  it('gives a last record without a line end, and none for text that ends with one', () => {
    expect(records('a,b', ',')).toEqual([['a', 'b']]);
    expect(records('a,b\n', ',')).toEqual([['a', 'b']]);
  });

  it('keeps a quote that ends a chunk until the next chunk says whether it is doubled', () => {
    const p = new CsvParser(',');
    expect([...p.push('"say ""hi"'), ...p.push('"",x\n'), ...p.end()]).toEqual([['say "hi"', 'x']]);
  });

  it('gives an unclosed quoted field at the end as it is', () => {
    expect(records('a,"open', ',')).toEqual([['a', 'open']]);
  });

  it('refuses a delimiter it cannot split on', () => {
    expect(() => new CsvParser('"')).toThrow('bad CSV delimiter "\\""');
    expect(() => new CsvParser(',,')).toThrow('bad CSV delimiter ",,"');
    expect(() => new CsvParser('\n')).toThrow('bad CSV delimiter "\\n"');
  });
});
