/** The encoding and delimiter guesses at their edges, one rule per test, on a few hand-made bytes. */
import { describe, expect, it } from 'vitest';
import { sniffDelimiter, sniffEncoding } from './sniff.js';

const u8 = (...b: number[]) => new Uint8Array(b);
const ascii = (s: string) => [...Buffer.from(s, 'latin1')];

describe('sniffEncoding: a byte-order mark is all its bytes', () => {
  it('does not take EF BB without BF for the UTF-8 mark', () => {
    expect(sniffEncoding(u8(0xef, 0xbb, 0x41, 0x42))).toEqual({ encoding: 'windows-1258', bom: 0 });
  });

  it('does not take EF followed by other bytes for the UTF-8 mark', () => {
    expect(sniffEncoding(u8(0xef, 0x41, 0xbf, 0x42))).toEqual({ encoding: 'windows-1258', bom: 0 });
  });

  it('does not take BB BF without EF before them for the UTF-8 mark', () => {
    expect(sniffEncoding(u8(0x41, 0xbb, 0xbf, 0x42))).toEqual({ encoding: 'windows-1258', bom: 0 });
  });

  it('does not take a lone FF for the UTF-16 little-endian mark', () => {
    expect(sniffEncoding(u8(0xff, 0x41, 0x42, 0x43))).toEqual({ encoding: 'windows-1258', bom: 0 });
  });

  it('does not take a lone FE for the UTF-16 big-endian mark', () => {
    expect(sniffEncoding(u8(0xfe, 0x41, 0x42, 0x43))).toEqual({ encoding: 'windows-1258', bom: 0 });
  });

  it('does not take FE without FF before it for the UTF-16 little-endian mark', () => {
    expect(sniffEncoding(u8(0x41, 0xfe, 0x42, 0x43))).toEqual({ encoding: 'windows-1258', bom: 0 });
  });

  it('does not take FF FE in the middle of a sample for a mark', () => {
    expect(sniffEncoding(u8(0x41, 0xff, 0xfe, 0x42))).toEqual({ encoding: 'windows-1258', bom: 0 });
  });
});

describe('sniffEncoding: UTF-16 without a mark, by where the zero bytes fall', () => {
  /** `n` zero bytes at odd (little-endian ASCII) or even positions, the rest the letter x. */
  const zerosAt = (length: number, n: number, odd: boolean) =>
    u8(...Array.from({ length }, (_, i) => ((i % 2 === 1) === odd && Math.floor(i / 2) < n ? 0 : 0x78)));

  it('reads little-endian when over 30% of the odd bytes are zero (4 of 10)', () => {
    expect(sniffEncoding(zerosAt(20, 4, true))).toEqual({ encoding: 'utf-16le', bom: 0 });
  });

  it('does not read little-endian at exactly 30% of the odd bytes zero (3 of 10): binary', () => {
    expect(sniffEncoding(zerosAt(20, 3, true))).toEqual({ binary: true });
  });

  it('reads big-endian when over 30% of the even bytes are zero (4 of 10)', () => {
    expect(sniffEncoding(zerosAt(20, 4, false))).toEqual({ encoding: 'utf-16be', bom: 0 });
  });

  it('does not read big-endian at exactly 30% of the even bytes zero (3 of 10): binary', () => {
    expect(sniffEncoding(zerosAt(20, 3, false))).toEqual({ binary: true });
  });

  it('does not read little-endian when 5% of the even bytes are zero too (1 of 20)', () => {
    const b = zerosAt(40, 20, true);
    b[0] = 0;
    expect(sniffEncoding(b)).toEqual({ binary: true });
  });

  it('reads little-endian with a zero even byte under 5% (1 of 40)', () => {
    const b = zerosAt(80, 40, true);
    b[0] = 0;
    expect(sniffEncoding(b)).toEqual({ encoding: 'utf-16le', bom: 0 });
  });

  it('does not read big-endian when 5% of the odd bytes are zero too (1 of 20)', () => {
    const b = zerosAt(40, 20, false);
    b[1] = 0;
    expect(sniffEncoding(b)).toEqual({ binary: true });
  });

  it('reads big-endian with a zero odd byte under 5% (1 of 40)', () => {
    const b = zerosAt(80, 40, false);
    b[1] = 0;
    expect(sniffEncoding(b)).toEqual({ encoding: 'utf-16be', bom: 0 });
  });
});

describe('sniffEncoding: control bytes', () => {
  /** 100 bytes of text with `n` copies of `byte` at the end. */
  const withBytes = (byte: number, n: number) => u8(...ascii('x'.repeat(100 - n)), ...Array<number>(n).fill(byte));

  it('counts 0x1F as a control byte', () => {
    expect(sniffEncoding(withBytes(0x1f, 2))).toEqual({ binary: true });
  });

  it('counts 0x01 as a control byte', () => {
    expect(sniffEncoding(withBytes(0x01, 2))).toEqual({ binary: true });
  });

  it('does not count a space (0x20) as a control byte', () => {
    expect(sniffEncoding(withBytes(0x20, 50))).toEqual({ encoding: 'utf-8', bom: 0 });
  });

  it.each([
    ['tab', 0x09],
    ['line feed', 0x0a],
    ['carriage return', 0x0d],
    ['form feed', 0x0c],
  ])('does not count a %s as a control byte', (_, byte) => {
    expect(sniffEncoding(withBytes(byte, 10))).toEqual({ encoding: 'utf-8', bom: 0 });
  });

  it('counts a vertical tab (0x0B) as a control byte', () => {
    expect(sniffEncoding(withBytes(0x0b, 10))).toEqual({ binary: true });
  });
});

describe('sniffEncoding: UTF-8 or the legacy code page', () => {
  it('takes bytes that are not UTF-8 for Windows-1258', () => {
    expect(sniffEncoding(u8(...ascii('Nguy'), 0xea, 0xde, ...ascii('n')))).toEqual({
      encoding: 'windows-1258',
      bom: 0,
    });
  });

  it('takes a whole UTF-8 letter followed by a cut one for UTF-8', () => {
    const b = Buffer.from('Đại học Luật', 'utf8');
    expect(sniffEncoding(new Uint8Array(b.subarray(0, b.length - 1)))).toEqual({ encoding: 'utf-8', bom: 0 });
  });
});

describe('sniffDelimiter: ties and weights', () => {
  it('keeps the comma when a semicolon splits the lines exactly as well', () => {
    expect(sniffDelimiter('a,b;c\nd,e;f\n')).toBe(',');
  });

  it('keeps the semicolon over a tab that splits the lines exactly as well', () => {
    expect(sniffDelimiter('a;b\tc\nd;e\tf\n')).toBe(';');
  });

  it('weights the lines that agree by how many fields they make', () => {
    // A comma on three lines (score 3) loses to five tabs on two (2 × log2 6).
    expect(sniffDelimiter('a\tb\tc\td\te\tf,g\nh\ti\tj\tk\tl\tm,n\no,p\n')).toBe('\t');
  });

  it('takes the larger count when two counts are on as many lines', () => {
    // Semicolons: once on two lines, three times on two: 3 is the mode (score 4), above the comma's 3.
    expect(sniffDelimiter('a;b,c\na;b,c\na;b;c;d,e\na;b;c;d\n')).toBe(';');
  });

  it('takes the count most lines agree on, whatever its size', () => {
    // Commas: once on three lines, four times on one: the mode is 1 (score 3), above five semicolons on one line (log2 6).
    expect(sniffDelimiter('a,b\nc,d\ne,f\ng,h,i,j,k\np;q;r;s;t;u\n')).toBe(',');
  });

  it('does not count the lines without a delimiter for it', () => {
    // Counted as zero, the three lines without a semicolon would make 0 its mode (score 0).
    expect(sniffDelimiter('a;b\nc;d\ne\nf\ng\n')).toBe(';');
  });

  it('looks at the first 50 lines only', () => {
    const text = 'a;b\n'.repeat(50) + 'a,b,c\n'.repeat(60);
    expect(sniffDelimiter(text)).toBe(';');
  });
});

describe('sniffDelimiter: lines', () => {
  it('does not end a line at a line feed inside quotes', () => {
    // Counted as lines, the quoted pieces would give the comma three agreeing lines.
    const text = 'a;"x,\ny,\nz,"\nb;c\n';
    expect(sniffDelimiter(text)).toBe(';');
  });

  it('leaves out the last line when the sample cuts it', () => {
    // The cut last line has three commas; the whole lines one semicolon each.
    expect(sniffDelimiter('a;b\nc;d\ne,f,g,h,i')).toBe(';');
  });

  it('leaves out blank lines before taking the first 50', () => {
    // Sixty lines of spaces after the first: kept, they would leave the comma's line alone among the 50.
    expect(sniffDelimiter('a,b\n' + '  \n'.repeat(60) + 'c;d\n'.repeat(3))).toBe(';');
  });

  it('counts a delimiter again after a closing quote', () => {
    expect(sniffDelimiter('"a;b";c;d\n"e;f";g;h\ni,j\n')).toBe(';');
  });
});
