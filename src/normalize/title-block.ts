/**
 * What a roster's own title block and signature block say of the report's frame: the agency and the
 * one above it, the national heading, the title and number, the date the figures are as of, the place
 * and date of signing, the preparer and the signer with the signer's title. Only what the blocks say:
 * nothing is guessed, and a field they do not name stays absent.
 */
import type { RawRow } from '../read/types.js';
import type { ReportFrame } from '../render/frame.js';
import { AGENCY_STARTS, NATIONAL_HEADING, NUMBER_LINE, PREPARER_ROLES, TITLE_STARTS } from '../vocab/title-block.js';
import { parseUserDate, type Ymd } from './age.js';
import { text } from './cells.js';
import { isSignatureText } from './row.js';
import { headerKey } from './text.js';
import { periodInTitle } from './title-date.js';

/** The frame as the roster writes it: every field absent unless its blocks name it. */
export type TitleBlock = Omit<ReportFrame, 'period'>;

/** "Thái Nguyên, ngày 12 tháng 8 năm 2022" → the place and the day. */
const PLACE_DATE = /^(?:(.*?),\s*)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;

function startsWith(key: string, starts: readonly string[]): boolean {
  return starts.some((s) => key === s || key.startsWith(`${s} `));
}

interface Placed {
  column: number;
  text: string;
}

function cellsOf(row: RawRow): Placed[] {
  const out: Placed[] = [];
  row.cells.forEach((cell, column) => {
    const t = text(cell);
    if (t) out.push({ column, text: t });
  });
  return out;
}

export function placeAndDate(line: string): { place?: string; date: Ymd } | undefined {
  const m = PLACE_DATE.exec(line.trim());
  const date = m ? parseUserDate(`${m[2]}/${m[3]}/${m[4]}`) : undefined;
  if (!m || !date) return undefined;
  const place = m[1]?.trim();
  return place ? { place, date } : { date };
}

/** The lines above the header: agencies on the left, the national heading, number, title and as-of date. */
function readTop(above: readonly RawRow[], headerRow: number, out: TitleBlock): void {
  const agencies: string[] = [];
  for (const row of above) {
    for (const { text: line } of cellsOf(row)) {
      const key = headerKey(line);
      if (startsWith(key, NATIONAL_HEADING)) out.nationalHeading = true;
      else if (NUMBER_LINE.test(line)) out.number ??= NUMBER_LINE.exec(line)![1]!.trim();
      else if (startsWith(key, TITLE_STARTS)) out.title ??= line;
      else if (out.title === undefined && startsWith(key, AGENCY_STARTS) && line === line.toUpperCase())
        agencies.push(line);
      else if (placeAndDate(line)) setSigned(out, placeAndDate(line)!);
    }
  }
  if (agencies.length >= 2) out.superiorAgency = agencies[0]!;
  if (agencies.length >= 1) out.agency = agencies[agencies.length - 1]!;
  const period = periodInTitle(above, headerRow);
  const asOf = period && /^\d{2}\/\d{2}\/\d{4}$/.test(period) ? parseUserDate(period) : undefined;
  if (asOf) out.asOf = asOf;
}

function setSigned(out: TitleBlock, signed: { place?: string; date: Ymd }): void {
  if (out.signedOn) return;
  out.signedOn = signed.date;
  if (signed.place) out.place = signed.place;
}

/** A person's name under a role: two to six words of letters, not a role or a note in brackets. */
function isName(line: string): boolean {
  const words = line.split(/\s+/);
  return words.length >= 2 && words.length <= 6 && /^[\p{L}\s.]+$/u.test(line) && !isSignatureText(line);
}

/** The signature block: the place-and-date line, the roles and, under each, the name nearest its column. */
function readSignature(rows: readonly RawRow[], out: TitleBlock): void {
  const roles: Array<Placed & { preparer: boolean }> = [];
  const named = new Map<number, string>();
  for (const row of rows) {
    for (const cell of cellsOf(row)) {
      const signed = placeAndDate(cell.text);
      if (signed) setSigned(out, signed);
      else if (isSignatureText(cell.text) && !cell.text.startsWith('(')) {
        if (!roles.some((r) => r.column === cell.column))
          roles.push({ ...cell, preparer: startsWith(headerKey(cell.text), PREPARER_ROLES) });
      } else if (roles.length > 0 && isName(cell.text)) {
        const nearest = roles.reduce((a, b) =>
          Math.abs(b.column - cell.column) < Math.abs(a.column - cell.column) ? b : a,
        );
        if (!named.has(nearest.column)) named.set(nearest.column, cell.text);
      }
    }
  }
  const preparer = roles.find((r) => r.preparer);
  const signer = roles.filter((r) => !r.preparer).at(-1);
  if (preparer && named.has(preparer.column)) out.preparer = named.get(preparer.column)!;
  if (signer) {
    out.signerTitle = signer.text;
    if (named.has(signer.column)) out.signer = named.get(signer.column)!;
  }
}

/**
 * The frame a table's blocks name: `above` the rows above its header (row numbers below `headerRow`),
 * `signature` the rows the row normalizer read as its signature block. Undefined when they name nothing.
 */
export function readTitleBlock(
  above: readonly RawRow[],
  headerRow: number,
  signature: readonly RawRow[],
): TitleBlock | undefined {
  const out: TitleBlock = {};
  readTop(
    above.filter((r) => r.n < headerRow),
    headerRow,
    out,
  );
  readSignature(signature, out);
  return Object.keys(out).length > 0 ? out : undefined;
}
