/** The little XML a workbook needs: entities, OOXML's _xHHHH_ escapes, attributes of one tag. */

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function codePoint(n: number): string {
  return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
}

const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;

/** Text content as written in XML, entities and _x000D_-style escapes decoded, CDATA sections kept as they are. */
export function xmlText(raw: string): string {
  if (raw.indexOf('<![CDATA[') >= 0) {
    let out = '';
    let at = 0;
    for (const m of raw.matchAll(CDATA)) {
      out += decode(raw.slice(at, m.index)) + m[1];
      at = m.index + m[0].length;
    }
    return out + decode(raw.slice(at));
  }
  return decode(raw);
}

function decode(text: string): string {
  // XML reads literal line ends as LF; CR survives only as &#13; or _x000D_.
  const raw = text.indexOf('\r') >= 0 ? text.replace(/\r\n?/g, '\n') : text;
  let s =
    raw.indexOf('&') >= 0
      ? raw.replace(ENTITY, (_, hex, dec, name) =>
          hex ? codePoint(parseInt(hex, 16)) : dec ? codePoint(Number(dec)) : NAMED[name]!,
        )
      : raw;
  if (s.indexOf('_x') >= 0)
    s = s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return s;
}

const ATTRIBUTE_RES = new Map<string, RegExp>();

/** One attribute's value in a tag's text (`<c r="A1" t="s">`), namespace prefixes ignored. */
export function attr(tag: string, name: string): string | undefined {
  let re = ATTRIBUTE_RES.get(name);
  if (!re) ATTRIBUTE_RES.set(name, (re = new RegExp(`(?:^|\\s)(?:\\w+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(tag);
  return m ? xmlText(m[1] ?? m[2] ?? '') : undefined;
}

const CELL_ATTRIBUTE = /(?:^|\s)(?:\w+:)?([rst])\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The r, s and t attributes of a cell's tag, in one pass (the hot path of reading a sheet). */
export function cellAttributes(tag: string): { r?: string; s?: string; t?: string } {
  const out: { r?: string; s?: string; t?: string } = {};
  CELL_ATTRIBUTE.lastIndex = 0;
  for (let m = CELL_ATTRIBUTE.exec(tag); m; m = CELL_ATTRIBUTE.exec(tag))
    out[m[1] as 'r' | 's' | 't'] = m[2] ?? m[3] ?? '';
  return out;
}

/** XML's white space (space, tab, LF, CR), as a character code or a byte. */
export const isXmlSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * The first end tag `</name>` in `text` at or after `from`, white space allowed before its ">" (`</c >`,
 * `</row\n>`: valid XML): [its start, just past its ">"], or undefined when none is complete.
 */
export function endTagIn(text: string, name: string, from: number): [start: number, end: number] | undefined {
  const open = `</${name}`;
  for (let i = text.indexOf(open, from); i >= 0; i = text.indexOf(open, i + open.length)) {
    let j = i + open.length;
    while (isXmlSpace(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) === 62) return [i, j + 1];
  }
  return undefined;
}

/**
 * Just past the ">" of the end tag whose `</name` (`nameLength` bytes) starts at `at`, white space allowed
 * before it; -1 when what follows is no end of that tag (another name, or the buffer ends first).
 */
export function pastEndTag(buf: Buffer, at: number, nameLength: number): number {
  let j = at + nameLength;
  if (buf[j] === 62) return j + 1;
  while (j < buf.length && isXmlSpace(buf[j]!)) j++;
  return buf[j] === 62 ? j + 1 : -1;
}

/** The start of the first end tag `name` (`</row`, given as bytes) at or after `from`, white space allowed before its ">"; -1 when none is complete. */
export function endTagFrom(buf: Buffer, name: Buffer, from: number): number {
  for (let i = buf.indexOf(name, from); i >= 0; i = buf.indexOf(name, i + name.length))
    if (pastEndTag(buf, i, name.length) >= 0) return i;
  return -1;
}

/** The text of every <t> run inside an <si> or <is>, phonetic guides (<rPh>) left out. */
export function runsText(inner: string): string {
  // The common case, one plain run: <t>text</t> or <t xml:space="preserve">text</t>.
  if (
    inner.charCodeAt(0) === 60 &&
    inner.charCodeAt(1) === 116 &&
    (inner.charCodeAt(2) === 62 || inner.charCodeAt(2) === 32)
  ) {
    const open = inner.indexOf('>');
    const close = inner.indexOf('</t>', open);
    if (close >= 0 && close + 4 === inner.length && inner.indexOf('<', open) === close)
      return xmlText(inner.slice(open + 1, close));
  }
  const body =
    inner.indexOf('<rPh') >= 0 || inner.indexOf(':rPh') >= 0
      ? inner.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh\s*>/g, '')
      : inner;
  let out = '';
  const re = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t\s*>|<(?:\w+:)?t(?:\s[^>]*)?\/>/g;
  for (let m = re.exec(body); m; m = re.exec(body)) out += m[1] ?? '';
  return xmlText(out);
}

/** "AB12" → 27 (0-based column). */
export function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return n - 1;
}
