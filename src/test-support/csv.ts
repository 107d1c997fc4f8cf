/**
 * csv-parse, the oracle both CSV readers are held to, with the relaxed options real exports need, and the
 * small texts each reader is checked on first.
 */
import { parse } from 'csv-parse/sync';

export function csvParse(text: string, delimiter: string): string[][] {
  return parse(text, {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
  }) as string[][];
}

/** Texts and their delimiter: quotes, doubled quotes, line ends, blank lines, text after a closing quote. */
export const CSV_CASES: ReadonlyArray<readonly [string, string]> = [
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
];

/** A streaming CSV reader: records as pieces of its input arrive, and the rest at the end. */
interface Pushed<P> {
  push(piece: P): string[][];
  end(): string[][];
}

/** The records a streaming reader gives its input cut at each of `cuts` (offsets, in order). */
export function fedInPieces<P extends string | Buffer>(reader: Pushed<P>, input: P, cuts: number[] = []): string[][] {
  const out: string[][] = [];
  let at = 0;
  for (const cut of [...cuts, input.length]) {
    out.push(...reader.push(input.slice(at, cut) as P));
    at = cut;
  }
  out.push(...reader.end());
  return out;
}
