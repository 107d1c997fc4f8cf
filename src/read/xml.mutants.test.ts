/** The XML of a workbook's text at its edges, one rule per test: what starts a text, the last code point, prefixes. */
import { describe, expect, it } from 'vitest';
import { cellAttributes, columnIndex, runsText, xmlText } from './xml.js';

describe('xmlText at the start of a text', () => {
  it('keeps a CDATA section that opens the text as written', () => {
    expect(xmlText('<![CDATA[A &amp; B]]> &amp; C')).toBe('A &amp; B & C');
  });

  it('reads a CR LF that opens the text as LF', () => {
    expect(xmlText('\r\nNam')).toBe('\nNam');
  });

  it('decodes an _xHHHH_ escape that opens the text', () => {
    expect(xmlText('_x0009_Nam')).toBe('\tNam');
  });
});

describe('character references', () => {
  it('decodes the last code point of Unicode, U+10FFFF', () => {
    expect(xmlText('&#x10FFFF;')).toBe(String.fromCodePoint(0x10ffff));
  });
});

describe('runsText', () => {
  it('keeps a plain run followed by rich-text runs, as the schema allows', () => {
    expect(runsText('<t>Nguyễn </t><r><t>Văn An</t></r>')).toBe('Nguyễn Văn An');
  });

  it('leaves out a phonetic guide that comes first', () => {
    expect(runsText('<rPh sb="0" eb="1"><t>トウ</t></rPh><t>東</t>')).toBe('東');
  });

  it('leaves out a phonetic guide whose prefix has several letters', () => {
    expect(runsText('<ss:r><ss:t>A</ss:t></ss:r><ss:rPh sb="0" eb="1"><ss:t>エー</ss:t></ss:rPh>')).toBe('A');
  });

  it('reads runs whose prefix has several letters', () => {
    expect(runsText('<ss:r><ss:t>Đại</ss:t></ss:r><ss:r><ss:t> học</ss:t></ss:r>')).toBe('Đại học');
  });
});

describe('cellAttributes', () => {
  it('reads an attribute that opens the tag text', () => {
    expect(cellAttributes('r="C3" t="n"')).toEqual({ r: 'C3', t: 'n' });
  });

  it('reads an attribute with spaces around "="', () => {
    expect(cellAttributes('c r = "D4"')).toEqual({ r: 'D4' });
  });

  it('reads attributes whose prefix has several letters', () => {
    expect(cellAttributes('ss:c ss:r="E5" ss:t="s"')).toEqual({ r: 'E5', t: 's' });
  });
});

describe('columnIndex', () => {
  it('reads the lower-case "z" as the 26th column', () => {
    expect(columnIndex('z7')).toBe(25);
  });
});
