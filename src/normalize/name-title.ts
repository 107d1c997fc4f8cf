/**
 * One column for the name and the title ("Họ và tên, chức vụ", vocab/columns.ts NAME_AND_TITLE_HEADERS):
 * each cell is split into the name and the title written after it — "Nguyễn Văn An - Bí thư Đảng ủy",
 * "Lê Thị Hoa (CT HLHPN)", "Phạm Văn Cường, CC Tư pháp - Hộ tịch", the name on the cell's first line and
 * the title on the next, or, with no sign between them, "Vũ Văn Em Chủ tịch HĐND".
 */
import type { ColumnInfo } from '../detect/layout.js';
import type { RawRow } from '../read/types.js';
import { NAME_AND_TITLE_HEADERS } from '../vocab/columns.js';
import { text as cellText } from './cells.js';
import { NAME_NUMBER } from './row-facts.js';
import { cleanText, headerKey } from './text.js';

export interface NameAndTitle {
  name: string;
  /** '' when the cell holds a name alone. */
  title: string;
}

const HEADER_KEYS = new Set(NAME_AND_TITLE_HEADERS.map(headerKey));

/** The name column whose header names the title too, its cells split (the last one remembered: a row asks several times). */
export class NameTitleColumn {
  private last: { cell: string; parts: NameAndTitle } | undefined;

  private constructor(
    readonly column: ColumnInfo,
    private readonly namesPost: (text: string) => boolean,
  ) {}

  /** The column when the name column's header names the title too ("Họ và tên, chức vụ"), else undefined. */
  static of(name: ColumnInfo | undefined, namesPost: (text: string) => boolean): NameTitleColumn | undefined {
    return name && HEADER_KEYS.has(headerKey(name.header)) ? new NameTitleColumn(name, namesPost) : undefined;
  }

  /** The name and the title of a row's cell. */
  at(row: RawRow): NameAndTitle {
    const cell = row.cells[this.column.index];
    return this.split(typeof cell === 'string' ? cell : cellText(cell));
  }

  split(cell: string): NameAndTitle {
    if (this.last?.cell !== cell) this.last = { cell, parts: splitNameTitle(cell, this.namesPost) };
    return this.last.parts;
  }
}

/** A line break inside the cell: the name on the first line, the title on the others. */
const LINE_BREAK = /\r?\n|\r/u;
/** The title in brackets after the name: "Lê Thị Hoa (CT HLHPN)". */
const IN_BRACKETS = /^([^()[\]]+?)\s*[([]\s*([^()[\]]+?)\s*[)\]]\s*$/u;
/** A sign after the name: a dash between spaces, a comma, a colon, a semicolon or a slash. */
const AFTER_NAME = /\s+[-–—]\s*|\s*[-–—]\s+|\s*[,;:/]\s*/u;
/** The fewest and most words a name has (a family name and a given name; four, rarely five, with middle names). */
const NAME_WORDS = { min: 2, max: 5 } as const;
const words = (text: string) => text.split(' ').filter((w) => w);
/** A name: two to five words of letters. */
const isName = (text: string) => {
  const n = words(text).length;
  return n >= NAME_WORDS.min && n <= NAME_WORDS.max && /^[\p{L}\p{M}\s.'’]+$/u.test(text);
};

/**
 * The name and the title of a cell. `namesPost` says whether a text names a commune post from its first
 * word (TitleReader.namesPostFirst): with no sign after the name, only such a post is taken for the title,
 * so a name holding a word of one ("Nguyễn Văn Thư", "Trần Văn Hóa") stays a name.
 */
export function splitNameTitle(cell: string, namesPost: (text: string) => boolean): NameAndTitle {
  // "1. Nguyễn Văn An - Bí thư": the row's number is no part of the name.
  const lines = cell
    .replace(NAME_NUMBER, '')
    .split(LINE_BREAK)
    .map(cleanText)
    .filter((l) => l);
  if (lines.length > 1 && isName(lines[0]!)) return { name: lines[0]!, title: lines.slice(1).join(', ') };
  const text = cleanText(cell.replace(NAME_NUMBER, ''));
  const bracketed = IN_BRACKETS.exec(text);
  if (bracketed && isName(bracketed[1]!)) return { name: bracketed[1]!, title: bracketed[2]! };
  const sign = AFTER_NAME.exec(text);
  if (sign && isName(text.slice(0, sign.index))) {
    const title = text.slice(sign.index + sign[0].length).trim();
    if (/\p{L}/u.test(title)) return { name: text.slice(0, sign.index), title };
  }
  const all = words(text);
  for (let at = NAME_WORDS.min; at < all.length && at <= NAME_WORDS.max; at++) {
    const title = all.slice(at).join(' ');
    if (namesPost(title)) return { name: all.slice(0, at).join(' '), title };
  }
  return { name: text, title: '' };
}
