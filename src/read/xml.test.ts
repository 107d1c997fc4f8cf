/** The XML a workbook's text is written in: entities, escapes, CDATA, runs, attributes and cell references. */
import { describe, expect, it } from 'vitest';
import { attr, cellAttributes, columnIndex, runsText, xmlText } from './xml.js';

describe('xmlText', () => {
  it('decodes the five named entities', () => {
    expect(xmlText('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;')).toBe(`a & b <c> "d" 'e'`);
  });

  it('decodes decimal and hexadecimal character references', () => {
    expect(xmlText('&#272;&#x1EA1;i h&#7885;c')).toBe('Đại học');
  });

  it('drops a character reference outside Unicode', () => {
    expect(xmlText('a&#x110000;b&#0;c')).toBe('abc');
  });

  it("decodes OOXML's _x000D_ escapes to their character", () => {
    expect(xmlText('ABC_x000D__x000A_DEF')).toBe('ABC\r\nDEF');
  });

  it('reads a literal CR LF as LF, as XML does', () => {
    expect(xmlText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('keeps CDATA as written and decodes the text around it', () => {
    expect(xmlText('&lt;<![CDATA[a &amp; <b>]]>&gt;')).toBe('<a &amp; <b>>');
  });
});

describe('runsText', () => {
  it('reads one plain run, with or without xml:space', () => {
    expect(runsText('<t>Nam</t>')).toBe('Nam');
    expect(runsText('<t xml:space="preserve"> Nữ </t>')).toBe(' Nữ ');
  });

  it('joins rich-text runs and an empty run', () => {
    expect(runsText('<r><rPr><b/></rPr><t>Đại</t></r><r><t/></r><r><t xml:space="preserve"> học</t></r>')).toBe(
      'Đại học',
    );
  });

  it('leaves out phonetic guides, prefixed or not', () => {
    expect(runsText('<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh>')).toBe('東京');
    expect(runsText('<x:t>A</x:t><x:rPh sb="0" eb="1"><x:t>エー</x:t></x:rPh>')).toBe('A');
  });

  it('decodes entities in a plain run', () => {
    expect(runsText('<t>A &amp; B</t>')).toBe('A & B');
  });
});

describe('attr', () => {
  it('reads a quoted attribute, double or single, ignoring a namespace prefix', () => {
    expect(attr('<sheet name="Danh sách" r:id="rId2"/>', 'id')).toBe('rId2');
    expect(attr("<sheet name='Xã &amp; phường'/>", 'name')).toBe('Xã & phường');
  });

  it('does not take an attribute whose name only ends the same', () => {
    expect(attr('<sheet sheetId="1"/>', 'Id')).toBeUndefined();
    expect(attr('<sheet sheetId="1" Id="x"/>', 'Id')).toBe('x');
  });
});

describe('cellAttributes', () => {
  it("reads a cell's reference, style and type in one pass", () => {
    expect(cellAttributes('c r="B7" s="3" t="s"')).toEqual({ r: 'B7', s: '3', t: 's' });
    expect(cellAttributes("x:c x:r='AA1'")).toEqual({ r: 'AA1' });
  });
});

describe('columnIndex', () => {
  it('counts columns from 0: A, Z, AA, AZ, BA, XFD', () => {
    expect(['A1', 'Z9', 'AA1', 'AZ3', 'BA10', 'XFD1048576'].map(columnIndex)).toEqual([0, 25, 26, 51, 52, 16383]);
  });

  it('reads lower-case letters too', () => {
    expect(columnIndex('ab12')).toBe(27);
  });
});
