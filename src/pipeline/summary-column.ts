/**
 * A "Danh sách trích ngang" (review rv20): one column holds each person's facts in one cell, "Nam, 1980,
 * Kinh, ĐH Luật, TC LLCT, ĐV". Before, the column named no role: every person's gender, age, education,
 * political theory and party membership unknown (said as COLUMN_NOT_PLACED). Here its cell is split on
 * commas and semicolons, each part told by what it reads as, and the parts written in columns appended
 * to the row, headed as a roster heads them ("Giới tính", "Năm sinh" …), so that the table is read as any
 * other. Only the facts the sheet has no column for are appended. A part that reads both as a degree and
 * as political theory ("Trung cấp") is the degree when none came before it, else political theory.
 */
import { matchRole } from '../detect/roles.js';
import { buildClassifiers, type Classifiers } from '../normalize/classifiers.js';
import { classifyEthnicity } from '../normalize/ethnicity.js';
import { foldKey, headerKey } from '../normalize/text.js';
import type { Cell, RawRow } from '../read/types.js';
import {
  SUMMARY_COLUMNS,
  SUMMARY_HEADERS,
  SUMMARY_PARTY_NO,
  SUMMARY_PARTY_YES,
  SUMMARY_THEORY_WORDS,
} from '../vocab/summary-cell.js';

type Fact = keyof typeof SUMMARY_COLUMNS;
const FACTS = Object.keys(SUMMARY_COLUMNS) as Fact[];
const HEADERS = new Set(SUMMARY_HEADERS.map(headerKey));
const PARTY_YES = new Set(SUMMARY_PARTY_YES.map(foldKey));
const PARTY_NO = new Set(SUMMARY_PARTY_NO.map(foldKey));
const THEORY_WORDS = SUMMARY_THEORY_WORDS.map(foldKey);
const YEAR = /^(?:19|20)\d\d$/;
const DATE = /^\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d$/;
/** "SN 1980", "Sinh năm 1980", "Năm sinh: 1980": the year after the words. */
const BORN = /^(?:sn|sinh năm|sinh ngày|sinh|năm sinh)\s*:?\s*(?=\d)/iu;
let builtIn: Classifiers | undefined;

/** The facts one summary cell gives, by the column they go to. */
export function summaryFacts(text: string): Partial<Record<Fact, string>> {
  const classifiers = (builtIn ??= buildClassifiers());
  const out: Partial<Record<Fact, string>> = {};
  for (const raw of text.split(/[,;\n]/)) {
    const part = raw.trim().replace(BORN, '');
    if (!part) continue;
    const key = foldKey(part);
    const gender = out.gender ? undefined : classifiers.gender.classify(part);
    if (gender && gender !== 'unknown') out.gender = part;
    else if (!out.birthDate && (YEAR.test(part) || DATE.test(part))) out.birthDate = part;
    else if (out.partyMember === undefined && PARTY_YES.has(key)) out.partyMember = 'Có';
    else if (out.partyMember === undefined && PARTY_NO.has(key)) out.partyMember = 'Không';
    else {
      const theory = classifiers.politicalTheory.classify(part);
      const named = THEORY_WORDS.some((w) => key.includes(w));
      const degree = named ? undefined : classifiers.education.classify(part);
      if (degree && degree !== 'unknown' && !out.education) out.education = part;
      else if (theory && theory !== 'unknown' && !out.politicalTheory) out.politicalTheory = part;
      else if (!out.ethnicity && classifyEthnicity(part)) out.ethnicity = part;
    }
  }
  return out;
}

/** Spreads a summary column's cell over columns appended to each row. */
export interface SummaryColumn {
  expand(row: RawRow): RawRow;
}

/**
 * The summary column of a table, found in its first rows: a header cell "Trích ngang" (or another of
 * SUMMARY_HEADERS); undefined when there is none, or the header row already has every fact's column.
 */
export function summaryColumn(head: readonly RawRow[]): SummaryColumn | undefined {
  for (const header of head) {
    const at = header.cells.findIndex((c) => typeof c === 'string' && HEADERS.has(headerKey(c)));
    if (at < 0) continue;
    const has = new Set(header.cells.map((c) => (typeof c === 'string' ? matchRole(c)?.role : undefined)));
    const facts = FACTS.filter((f) => !has.has(f) && !(f === 'partyMember' && has.has('partyDate')));
    if (facts.length === 0) return undefined;
    const width = Math.max(...head.map((r) => r.cells.length));
    return {
      expand(row: RawRow): RawRow {
        const cells: Cell[] = [...row.cells];
        while (cells.length < width) cells.push(null);
        if (row.n === header.n) cells.push(...facts.map((f) => SUMMARY_COLUMNS[f]));
        else if (row.n > header.n) {
          const cell = row.cells[at];
          const given = typeof cell === 'string' ? summaryFacts(cell) : {};
          cells.push(...facts.map((f) => given[f] ?? null));
        } else return row;
        return { ...row, cells };
      },
    };
  }
  return undefined;
}
