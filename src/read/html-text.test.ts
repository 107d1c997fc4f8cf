/** The text of an HTML page read as a workbook: its charset, and references to letters beyond ASCII. */
import { describe, expect, it } from 'vitest';
import { htmlText } from './html-text.js';

describe('htmlText', () => {
  it('makes references to letters beyond ASCII the letters, decimal or hexadecimal', () => {
    expect(htmlText(Buffer.from('<td>Nguy&#7877;n Th&#x1ECB; &#272;&#224;o</td>'))).toBe('<td>Nguyễn Thị Đào</td>');
  });

  it('keeps references to ASCII, which would change the markup, and ones to no character', () => {
    expect(htmlText(Buffer.from('<td>a &#60;b&#62; &amp;#7877; &#55296; &#1114112;</td>'))).toBe(
      '<td>a &#60;b&#62; &amp;#7877; &#55296; &#1114112;</td>',
    );
  });

  it('reads a page that is not UTF-8 in the Vietnamese Windows code page, its meta saying utf-8 or nothing', () => {
    // "Thạc sĩ" in Windows-1258: "a" then the dot below (0xF2), "i" then the tilde (0xDE).
    const body = Buffer.from([0x54, 0x68, 0x61, 0xf2, 0x63, 0x20, 0x73, 0x69, 0xde]);
    for (const head of ['', '<meta charset="utf-8">'])
      expect(htmlText(Buffer.concat([Buffer.from(head), body])).normalize('NFC')).toBe(`${head}Thạc sĩ`);
  });

  it('reads a page in the charset its meta names', () => {
    expect(htmlText(Buffer.from('<meta charset="windows-1252"><td>\x93Nam\x94</td>', 'latin1'))).toBe(
      '<meta charset="windows-1252"><td>“Nam”</td>',
    );
  });
});

describe('named references to Vietnamese letters (PHP htmlentities)', () => {
  it('makes them the letters', () => {
    expect(
      htmlText(
        Buffer.from('<td>Nguy&ecirc;n V&agrave;ng, Tr&igrave;nh &dstrok;&ocirc;, &Dstrok;&abreve;k, Ch&uacute;</td>'),
      ),
    ).toBe('<td>Nguyên Vàng, Trình đô, Đăk, Chú</td>');
  });

  it('keeps the others as written', () => {
    expect(htmlText(Buffer.from('<td>&amp; &nbsp; &copy; &ytilde; &eacutex;</td>'))).toBe(
      '<td>&amp; &nbsp; &copy; &ytilde; &eacutex;</td>',
    );
  });
});
