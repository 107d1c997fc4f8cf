import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { Random } from '../../fixtures/lib/random.js';
import { CsvParser } from './csv-parser.js';

function ours(text: string, delimiter: string, cuts: number[] = []): string[][] {
  const p = new CsvParser(delimiter);
  const out: string[][] = [];
  let at = 0;
  for (const cut of [...cuts, text.length]) {
    out.push(...p.push(text.slice(at, cut)));
    at = cut;
  }
  out.push(...p.end());
  return out;
}

function theirs(text: string, delimiter: string): string[][] {
  return parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
}

describe('CsvParser', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\r\n1;2;3\r\n', ';'],
    ['"Xã, phường",b\n"say ""hi""",x\n', ','],
    ['a,"multi\nline",c\n', ','],
    ['a\tb\n\tx\n', '\t'],
    ['no newline at end', ','],
    ['a,b\n\n\nc,d\n', ','],
    ['"",x\n,\n', ','],
    ['Nguyễn Văn "Tý",ĐH\n', ','],
    ['a,"b"c,d\n', ','],
  ])('parses %j like csv-parse', (text, d) => {
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
