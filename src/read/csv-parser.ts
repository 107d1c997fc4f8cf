/**
 * A CSV parser for text that arrives in chunks: RFC 4180 quoting ("" inside quotes), CRLF, LF or CR
 * line ends, and the leniency real exports need (a quote inside an unquoted field is kept, rows may
 * have different lengths). It jumps from one special character to the next with a sticky regex
 * instead of looking at every character, which makes it several times faster than csv-parse here.
 */

import { LIMITS } from './limits.js';

export class CsvParser {
  private readonly special: RegExp;
  private row: string[] = [];
  private field = '';
  private inQuotes = false;
  private atFieldStart = true;
  private carry = '';

  constructor(private readonly delimiter: string) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r')
      throw new Error(`bad CSV delimiter ${JSON.stringify(delimiter)}`);
    const d = delimiter.replace(/[\\\]^-]/g, '\\$&');
    this.special = new RegExp(`[${d}"\\r\\n]`, 'g');
  }

  /** The records completed by this chunk. */
  push(chunk: string): string[][] {
    return this.parse(this.carry + chunk, false);
  }

  /** The last record, if the text did not end with a line end. */
  end(): string[][] {
    const out = this.parse(this.carry, true);
    if (this.field !== '' || this.row.length > 0 || this.inQuotes) {
      this.row.push(this.field);
      out.push(this.row);
      this.row = [];
      this.field = '';
      this.inQuotes = false;
    }
    return out;
  }

  private endField(): void {
    if (this.field.length > LIMITS.cellChars)
      throw new Error(`a cell longer than ${LIMITS.cellChars.toLocaleString('en-US')} characters`);
    if (this.row.length >= LIMITS.columns)
      throw new Error(`more than ${LIMITS.columns.toLocaleString('en-US')} columns in a row`);
    this.row.push(this.field);
    this.field = '';
    this.atFieldStart = true;
  }

  private parse(text: string, final: boolean): string[][] {
    this.carry = '';
    const out: string[][] = [];
    const n = text.length;
    const special = this.special;
    let i = 0;
    while (i < n) {
      if (this.inQuotes) {
        const j = text.indexOf('"', i);
        if (j === -1) {
          this.field += text.slice(i);
          if (this.field.length > LIMITS.cellChars)
            throw new Error(`a cell longer than ${LIMITS.cellChars.toLocaleString('en-US')} characters`);
          return out;
        }
        if (j + 1 === n && !final) {
          // Is it "" or the closing quote? The next chunk says.
          this.field += text.slice(i, j);
          this.carry = '"';
          return out;
        }
        if (text.charCodeAt(j + 1) === 34) {
          this.field += text.slice(i, j + 1);
          i = j + 2;
          continue;
        }
        this.field += text.slice(i, j);
        this.inQuotes = false;
        const next = text.charCodeAt(j + 1);
        // Text right after a closing quote ("b"c): the quotes were part of the value, as csv-parse reads it.
        if (j + 1 < n && next !== 10 && next !== 13 && text[j + 1] !== this.delimiter) this.field = `"${this.field}"`;
        i = j + 1;
        continue;
      }
      special.lastIndex = i;
      const m = special.exec(text);
      if (m === null) {
        this.field += text.slice(i);
        this.atFieldStart = false;
        if (this.field.length > LIMITS.cellChars)
          throw new Error(`a cell longer than ${LIMITS.cellChars.toLocaleString('en-US')} characters`);
        return out;
      }
      const j = m.index;
      const ch = text.charCodeAt(j);
      if (ch === 34) {
        if (this.atFieldStart && j === i) {
          this.inQuotes = true;
          this.atFieldStart = false;
        } else {
          this.field += text.slice(i, j + 1);
          this.atFieldStart = false;
        }
        i = j + 1;
        continue;
      }
      if (j > i) this.field += text.slice(i, j);
      if (ch === 10 || ch === 13) {
        if (ch === 13 && j + 1 === n && !final) {
          // CR at the end of a chunk: CRLF or a lone CR, the next chunk says.
          this.carry = '\r';
          return out;
        }
        this.endField();
        out.push(this.row);
        this.row = [];
        i = ch === 13 && text.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
        continue;
      }
      // The delimiter.
      this.endField();
      i = j + 1;
    }
    return out;
  }
}
