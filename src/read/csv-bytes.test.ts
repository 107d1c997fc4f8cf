/**
 * The byte scanner gives the records of the text parser fed the decoded text, and of csv-parse: on the
 * text parser's own cases, on random UTF-8 (Vietnamese, quotes, line ends, broken bytes) cut into chunks
 * anywhere, even inside a character; and it decodes a value once per column.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Random } from '../../fixtures/lib/random.js';
import { ColumnCache, CsvByteScanner } from './csv-bytes.js';
import { CsvParser } from './csv-parser.js';
import { CSV_CASES, csvParse, fedInPieces } from '../test-support/csv.js';

function bytesOf(text: string | Buffer): Buffer {
  return typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
}

function scanned(input: string | Buffer, delimiter: string, cuts: number[] = []): string[][] {
  return fedInPieces(new CsvByteScanner(delimiter), bytesOf(input), cuts);
}

/** What csv.ts read before: the bytes decoded as a stream, then the text parser. */
function decodedThenParsed(input: string | Buffer, delimiter: string): string[][] {
  const p = new CsvParser(delimiter);
  const text = new TextDecoder('utf-8').decode(bytesOf(input));
  return [...p.push(text), ...p.end()];
}

describe('CsvByteScanner reads like csv-parse', () => {
  it.each<readonly [string, string]>([
    ...CSV_CASES,
    ['a,"multi\r\nline",c\r\n', ','],
    ['a|b|c\n|x|\n', '|'],
    ['a,"Thủy"Tiên,d\n', ','],
    ['sep=;\nHọ và tên;Đơn vị\nAn;Xã A\n', ';'],
    ['a,\n', ','],
    ['a,b,', ','],
  ])('%j', (text, d) => {
    expect(scanned(text, d)).toEqual(csvParse(text, d));
  });
});

describe('CsvByteScanner reads like the text parser', () => {
  it.each([
    ['"', [['']]],
    ['"a"', [['a']]],
    ['a\n""', [['a']]],
    ['a\n"""', [['a'], ['"']]],
    ['a,"open', [['a', 'open']]],
    ['a,"open ""x""', [['a', 'open "x"']]],
    ['"a"\rb\r', [['a'], ['b']]],
    [
      'a,b\rc,d\r',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['"a" ,b\n', [['"a" ', 'b']]],
    ['"a""b"c"d,e\n', [['"a"b"c"d', 'e']]],
    ['a"b,c\n', [['a"b', 'c']]],
  ])('%j', (text, records) => {
    expect(scanned(text, ',')).toEqual(records);
    expect(decodedThenParsed(text, ',')).toEqual(records);
  });

  it('drops a UTF-8 byte-order mark only when told to (csv.ts skips it), like TextDecoder does at the start', () => {
    expect(scanned('\uFEFFa,b\n', ',')).toEqual([['\uFEFFa', 'b']]);
  });

  it('reads broken UTF-8 bytes as the decoder does, one U+FFFD per broken sequence', () => {
    const bytes = Buffer.from([0x61, 0xe1, 0x80, 0x2c, 0xff, 0x0a, 0xc3, 0x22, 0x2c, 0xe1, 0xba, 0xa1, 0x0a]);
    expect(scanned(bytes, ',')).toEqual(decodedThenParsed(bytes, ','));
    expect(scanned(bytes, ',')).toEqual([
      ['a\uFFFD', '\uFFFD'],
      ['\uFFFD"', 'ạ'],
    ]);
  });

  it('reads a lone continuation byte 0x80 as U+FFFD, not as the Latin-1 character', () => {
    expect(scanned(Buffer.from([0x80, 0x2c, 0x41, 0x0a]), ',')).toEqual([['\uFFFD', 'A']]);
  });

  it('gives the same records however the bytes are cut, inside a character too', () => {
    const rng = new Random(17);
    const pieces = ['a', 'Thủy', 'Đ', ',', ';', '"', '""', '\n', '\r\n', '\r', ' ', 'ĐH', 'x,y', '\uFFFD', '😀'];
    const broken = [Buffer.from([0xe1, 0x80]), Buffer.from([0xff]), Buffer.from([0xc3])];
    for (let round = 0; round < 150; round++) {
      const parts: Buffer[] = [];
      for (let f = rng.int(1, 30); f > 0; f--) {
        const quoted = rng.chance(0.3);
        let value = '';
        for (let k = rng.int(0, 4); k > 0; k--)
          value += rng.pick(pieces.filter((p) => quoted || (p !== '"' && p !== '""')));
        if (quoted) value = `"${value.replace(/"/g, '""')}"`;
        else value = value.replace(/[,\n\r"]/g, '');
        if (!quoted && rng.chance(0.1)) value += '"tail';
        parts.push(Buffer.from(value));
        if (rng.chance(0.05)) parts.push(rng.pick(broken));
        parts.push(Buffer.from(rng.chance(0.2) ? rng.pick(['\n', '\r\n', '\r']) : ','));
      }
      if (rng.chance(0.3)) parts.pop();
      const bytes = Buffer.concat(parts);
      const whole = decodedThenParsed(bytes, ',');
      expect(scanned(bytes, ','), bytes.toString('hex')).toEqual(whole);
      const cuts = [...new Set(Array.from({ length: rng.int(1, 8) }, () => rng.int(0, bytes.length)))].sort(
        (a, b) => a - b,
      );
      expect(scanned(bytes, ',', cuts), JSON.stringify({ hex: bytes.toString('hex'), cuts })).toEqual(whole);
      if (bytes.length < 60) for (let c = 0; c <= bytes.length; c++) expect(scanned(bytes, ',', [c])).toEqual(whole);
    }
  });

  it('counts the records it has given', () => {
    const s = new CsvByteScanner(',');
    s.push(Buffer.from('a\nb\nc'));
    expect(s.records).toBe(2);
    s.end();
    expect(s.records).toBe(3);
  });
});

describe('CsvByteScanner refuses', () => {
  it('a delimiter it cannot find as one byte', () => {
    expect(() => new CsvByteScanner('"')).toThrow('bad CSV delimiter "\\""');
    expect(() => new CsvByteScanner('\n')).toThrow('bad CSV delimiter "\\n"');
    expect(() => new CsvByteScanner('\r')).toThrow('bad CSV delimiter "\\r"');
    expect(() => new CsvByteScanner(',,')).toThrow('bad CSV delimiter ",,"');
    expect(() => new CsvByteScanner('')).toThrow('bad CSV delimiter ""');
    expect(() => new CsvByteScanner('§')).toThrow('bad CSV delimiter "§"');
    expect(() => new CsvByteScanner('\u0080')).toThrow('bad CSV delimiter "\u0080"');
    expect(new CsvByteScanner('\u007f').end()).toEqual([]);
  });

  const small = { cellChars: 10, columns: 4 };
  const scan = (text: string, final = true) => {
    const s = new CsvByteScanner(',', small);
    return final ? [...s.push(Buffer.from(text)), ...s.end()] : s.push(Buffer.from(text));
  };

  it('a cell longer than the limit in characters, quoted or not, closed or not, and not one at the limit', () => {
    expect(() => scan(`a,${'x'.repeat(11)}\n`)).toThrow('a cell longer than 10 characters');
    expect(() => scan(`a,"${'x'.repeat(11)}"\n`)).toThrow('a cell longer than 10 characters');
    expect(() => scan(`a,"${'x'.repeat(11)}`)).toThrow('a cell longer than 10 characters');
    expect(() => scan(`a,"x"${'x'.repeat(8)}\n`)).toThrow('a cell longer than 10 characters');
    expect(() => scan(`a,${'Đ'.repeat(11)}\n`)).toThrow('a cell longer than 10 characters');
    expect(scan(`a,${'x'.repeat(10)}\n`)).toEqual([['a', 'x'.repeat(10)]]);
    expect(scan(`"x"${'x'.repeat(7)}\n`)).toEqual([[`"x"${'x'.repeat(7)}`]]);
    expect(scan(`${'ạ'.repeat(10)}`)).toEqual([['ạ'.repeat(10)]]);
  });

  it('a cell of more bytes than three per character allowed, before the end of its chunk', () => {
    expect(() => scan('x'.repeat(31), false)).toThrow('a cell longer than 10 characters');
    expect(() => scan(`"${'x'.repeat(30)}`, false)).toThrow('a cell longer than 10 characters');
    expect(() => scan(`"x"${'x'.repeat(28)}`, false)).toThrow('a cell longer than 10 characters');
    expect(scan('ạ'.repeat(10), false)).toEqual([]);
    expect(scan(`"${'x'.repeat(29)}`, false)).toEqual([]);
    expect(scan(`"x"${'x'.repeat(27)}`, false)).toEqual([]);
  });

  it('no short cell however far into the bytes it starts, plain, quoted or followed by text', () => {
    const s = new CsvByteScanner(',', { cellChars: 10, columns: 100 });
    const lead = 'a,'.repeat(40);
    expect(s.push(Buffer.from(`${lead}x,"y","z"w\n`))[0]!.slice(40)).toEqual(['x', 'y', '"z"w']);
  });

  it('with an Error that says the limit', () => {
    let caught: unknown;
    try {
      scan(`${'x'.repeat(11)}\n`);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(Error);
    expect((caught as Error).message).toBe('a cell longer than 10 characters');
  });

  it('a row of more columns than the limit', () => {
    expect(scan('a,b,c,d\n')).toEqual([['a', 'b', 'c', 'd']]);
    expect(() => scan('a,b,c,d,e\n')).toThrow('more than 4 columns in a row');
    expect(() => scan('a,b,c,d,')).toThrow('more than 4 columns in a row');
  });

  it('a row of more than 16,384 columns', () => {
    expect(() => scanned(`${','.repeat(16_384)}\n`, ',')).toThrow('more than 16,384 columns in a row');
    expect(scanned(`${','.repeat(16_383)}\n`, ',')[0]).toHaveLength(16_384);
  });
});

/** Counts the fields decoded (csv-bytes.ts decodes with Node's latin1Slice and utf8Slice). */
function decodes(): { count: () => number } {
  const proto = Buffer.prototype as unknown as Record<'latin1Slice' | 'utf8Slice', (s: number, e: number) => string>;
  const spies = [vi.spyOn(proto, 'latin1Slice'), vi.spyOn(proto, 'utf8Slice')];
  return { count: () => spies.reduce((n, s) => n + s.mock.calls.length, 0) };
}

describe('the per-column cache', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('decodes a value only the first time it appears in its column', () => {
    const decode = decodes();
    const rows = scanned(
      Array.from({ length: 50 }, (_, i) => `${i % 2 ? 'Xã A' : 'Phường Tân Lập'},Nam\n`).join(''),
      ',',
    );
    expect(rows).toHaveLength(50);
    expect(decode.count()).toBe(3);
  });

  it('keeps a value in one column apart from the same bytes in another', () => {
    expect(scanned('a,b\nb,a\n', ',')).toEqual([
      ['a', 'b'],
      ['b', 'a'],
    ]);
  });

  it('tells apart values whose hashes collide', () => {
    const cache = new ColumnCache();
    const buf = Buffer.from('abcd');
    expect(cache.get(buf, 0, 2, 7, 0x61)).toBe('ab');
    expect(cache.get(buf, 2, 4, 7, 0x63)).toBe('cd');
    expect(cache.get(buf, 0, 2, 7, 0x61)).toBe('ab');
    expect(cache.get(buf, 0, 1, 7, 0x61)).toBe('a');
  });

  it('gives a quoted value from the cache of the same value unquoted', () => {
    const decode = decodes();
    expect(scanned('Xã A\n"Xã A"\n', ',')).toEqual([['Xã A'], ['Xã A']]);
    expect(decode.count()).toBe(1);
  });

  it('stops caching a column whose values do not repeat (row numbers), and keeps a column that does', () => {
    const s = new CsvByteScanner(',');
    const text = Array.from({ length: 5000 }, (_, i) => `${i},Xã ${i % 40}\n`).join('');
    const rows = s.push(Buffer.from(text));
    expect(rows[4999]).toEqual(['4999', 'Xã 39']);
    const caches = (s as unknown as { caches: ColumnCache[] }).caches;
    expect(caches.map((c) => c.caching)).toEqual([false, true]);
  });

  /** One value `hits` + 1 times, then `distinct` new ones: the lookup at which the last one comes. */
  function sampled(hits: number, distinct: number): ColumnCache {
    const cache = new ColumnCache();
    const one = Buffer.from('A');
    for (let i = 0; i <= hits; i++) cache.get(one, 0, 1, 1, 0x41);
    for (let i = 0; i < distinct; i++) {
      const b = Buffer.from(String(i).padStart(5, '0'));
      cache.get(b, 0, 5, 100 + i, 0x30);
    }
    return cache;
  }

  it('stops caching when the 2,049th distinct value comes with fewer than one lookup in 16 a repeat, and not with one in 16', () => {
    // 1 + 136 lookups of one value, then 2,048 new ones: at the last, 136 repeats in 2,185 lookups (136 × 16 < 2,185).
    expect(sampled(136, 2048).caching).toBe(false);
    // 137 repeats in 2,186 lookups: 137 × 16 ≥ 2,186.
    expect(sampled(137, 2048).caching).toBe(true);
  });

  it("keeps caching a national export's dates of birth: 2,048 distinct in their first 2,250 fields, 13,000 in all", () => {
    const rng = new Random(5);
    const days = Array.from(
      { length: 13_000 },
      (_, i) =>
        `${String((i % 28) + 1).padStart(2, '0')}/${String((((i / 28) % 12) | 0) + 1).padStart(2, '0')}/${1960 + ((i / 336) | 0)}`,
    );
    const s = new CsvByteScanner(',');
    const text = Array.from({ length: 20_000 }, (_, i) => `${i},${rng.pick(days)}\n`).join('');
    const rows = s.push(Buffer.from(text));
    const caches = (s as unknown as { caches: ColumnCache[] }).caches;
    expect(caches.map((c) => c.caching)).toEqual([false, true]);
    const ids = s.recordIds;
    expect(ids.filter((r) => (r?.[1] ?? -1) >= 0).length).toBe(rows.length);
  });

  it('keeps caching a column whose many distinct values come after a long run of one', () => {
    expect(sampled(10_000, 3000).caching).toBe(true);
  });

  it('still caches a column whose first 4,096 values hold fewer than 2,048 distinct ones', () => {
    const cache = new ColumnCache();
    const buf = Buffer.from('0123456789');
    for (let i = 0; i < 2047; i++) cache.get(buf, 0, 1 + (i % 9), i, 0x30);
    for (let i = 0; i < 2049; i++) cache.get(buf, 0, 1, 0, 0x30);
    expect(cache.caching).toBe(true);
  });
});

describe('CsvByteScanner value ids', () => {
  function idsOf(text: string): (number[] | undefined)[] {
    const s = new CsvByteScanner(',');
    s.push(Buffer.from(text));
    const ids = s.recordIds;
    s.end();
    return [...ids, ...s.recordIds];
  }

  it('numbers each value of a column as first met, the same bytes again giving the same id', () => {
    expect(idsOf('Xã A,Nam\nXã B,Nữ\nXã A,Nam\n')).toEqual([
      [0, 1],
      [2, 3],
      [0, 1],
    ]);
  });

  it('gives the same bytes in two columns two ids (each column has its cache)', () => {
    expect(idsOf('a,a\n')).toEqual([[0, 1]]);
  });

  it('gives a quoted value the id of the same value unquoted', () => {
    expect(idsOf('Xã A\n"Xã A"\n')).toEqual([[0], [0]]);
  });

  it('gives no id (-1) to a quoted value with a doubled quote, whose text is not its bytes', () => {
    expect(idsOf('x,"a""b"\n')).toEqual([[0, -1]]);
  });

  it('gives no ids to the cells of a column that stopped caching, and none to a record with no id at all', () => {
    const s = new CsvByteScanner(',');
    s.push(Buffer.from(Array.from({ length: 5000 }, (_, i) => `${i},Xã ${i % 40}\n`).join('')));
    s.push(Buffer.from('7\n'));
    expect([s.recordIds, s.values.length]).toEqual([[undefined], 2048 + 40]);
  });

  it('counts the values numbered in `values`, every id below it', () => {
    const s = new CsvByteScanner(',');
    s.push(Buffer.from('a,b\nc,b\n'));
    expect([s.values.length, Math.max(...s.recordIds.flatMap((r) => r ?? []))]).toEqual([3, 2]);
  });

  it('keeps the ids of a record whole when a chunk ends inside it', () => {
    const s = new CsvByteScanner(',');
    s.push(Buffer.from('a,b\nc,'));
    s.push(Buffer.from('d\n'));
    expect(s.recordIds).toEqual([[2, 3]]);
  });
});
