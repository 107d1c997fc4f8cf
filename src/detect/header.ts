/**
 * Finds the header among a sheet's first rows (title blocks above it are passed over) and maps
 * columns to roles. A header may span up to three rows with merged group cells above sub-headers.
 */
import { CbccError, type Where } from '../errors.js';
import { headerKey } from '../normalize/text.js';
import type { RawRow } from '../read/types.js';
import { PERSON_FIELD_ROLES, type ColumnRole } from '../vocab/columns.js';
import {
  NO_USE,
  columnLetter,
  isKind,
  roleOf,
  type ColumnInfo,
  type ColumnOf,
  type ColumnUse,
  type Layout,
} from './layout.js';
import { blankUnitColumn } from './blank-unit.js';
import { birthDateParts, birthGenderOf, levelRun, markOf, partyStageColumns } from './marks.js';
import { matchRole, type HeaderOverrides, type RoleMatch } from './roles.js';
import { joinNameParts } from './name-parts.js';
import { canContinue, cellText, isBlank, withoutMark } from './header-rows.js';
import { joinTitleParts } from './title-parts.js';

export const HEADER_SEARCH_ROWS = 30;
const MAX_HEADER_ROWS = 4;
/** A header this share of the best one's score, and at least this score, found higher up is the table's. */
const FIRST_TABLE_SHARE = 0.6;
const FIRST_TABLE_MIN = 3;

/** Roles that, with the people in them, make a header worth taking. */
const PERSON_ROLES: ReadonlySet<ColumnRole> = new Set(['name', ...PERSON_FIELD_ROLES]);

export interface DetectOptions {
  /** 1-based row number given by the user. */
  headerRow?: number;
  overrides?: HeaderOverrides;
  /** Roles a config gives by column (0-based index from the letter). */
  letters?: ReadonlyMap<number, ColumnRole>;
  /** 0-based columns hidden in the workbook: each yields its role to a shown column of the same role. */
  hiddenColumns?: readonly number[];
}

/**
 * A column while roles are settled between columns: a column may lose its role to a better match, or
 * to the config, and gain a note. Built into a `ColumnInfo` once settled.
 */
interface Draft {
  index: number;
  texts: readonly string[];
  header: string;
  written?: readonly string[];
  use: ColumnUse;
  note: string | undefined;
}

/** The settled columns, and each role's column (in the order the roles were first given). */
function settle(
  drafts: readonly Draft[],
  holders: ReadonlyMap<ColumnRole, Draft>,
): Pick<Candidate, 'columns' | 'roles'> {
  const columns: ColumnInfo[] = drafts.map((d) => ({
    index: d.index,
    texts: d.texts,
    header: d.header,
    ...(d.written ? { written: d.written } : {}),
    use: d.use,
    ...(d.note ? { note: d.note } : {}),
  }));
  const roles = new Map<ColumnRole, ColumnOf<'field'>>();
  const isField = isKind('field');
  for (const [role, d] of holders) {
    const column = columns[d.index]!;
    if (isField(column)) roles.set(role, column);
  }
  return { columns, roles };
}

function draftsOf(candidate: Candidate): { drafts: Draft[]; holders: Map<ColumnRole, Draft> } {
  const drafts = candidate.columns.map((c) => ({
    index: c.index,
    texts: c.texts,
    header: c.header,
    ...(c.written ? { written: c.written } : {}),
    use: c.use,
    note: c.note,
  }));
  const holders = new Map([...candidate.roles].map(([role, c]) => [role, drafts[c.index]!]));
  return { drafts, holders };
}

function applyLetters(
  candidate: Candidate,
  letters: ReadonlyMap<number, ColumnRole>,
  overrides?: HeaderOverrides,
): Candidate {
  const { drafts, holders } = draftsOf(candidate);
  for (const [index, role] of letters) {
    // A key like "STT" that names a header here was meant as that header.
    const letter = columnLetter(index);
    if (
      overrides?.get(headerKey(letter)) === role &&
      drafts.some((d) => headerKey(d.texts.at(-1) ?? '') === headerKey(letter))
    )
      continue;
    const holder = holders.get(role);
    if (holder && holder.index !== index) {
      holder.use = NO_USE;
      holder.note = `role ${role} given to column ${index + 1} by the config`;
    }
    for (let i = drafts.length; i <= index; i++)
      drafts.push({ index: i, texts: [], header: '', use: NO_USE, note: undefined });
    const draft = drafts[index]!;
    const had = roleOf(draft.use);
    if (had) holders.delete(had);
    draft.use = { kind: 'field', role, confidence: 1 };
    draft.note = 'set by the config';
    holders.set(role, draft);
  }
  return { ...candidate, ...settle(drafts, holders) };
}

/**
 * A column hidden in the workbook (an older copy of a category kept out of sight) yields its role to a
 * shown column whose header names the same role; alone, it keeps it.
 */
function preferShown(candidate: Candidate, hiddenColumns: readonly number[], overrides?: HeaderOverrides): Candidate {
  const hidden = new Set(hiddenColumns);
  const { drafts, holders } = draftsOf(candidate);
  let changed = false;
  for (const [role, holder] of holders) {
    if (!hidden.has(holder.index)) continue;
    let found: RoleMatch | undefined;
    const shown = drafts.find((d) => {
      if (hidden.has(d.index) || d.use.kind !== 'none' || d.texts.length === 0) return false;
      const m = matchColumn([...d.texts], overrides);
      if (m?.role !== role) return false;
      found = m;
      return true;
    });
    if (!shown || !found) continue;
    holder.use = NO_USE;
    holder.note = `hidden in the workbook; column ${shown.index + 1}, shown, is the ${role}`;
    shown.use = { kind: 'field', role, confidence: found.confidence };
    shown.note = undefined;
    holders.set(role, shown);
    changed = true;
  }
  return changed ? { ...candidate, ...settle(drafts, holders) } : candidate;
}

/** The row's texts with merged group cells repeated over the columns they cover. */
function filledTexts(row: RawRow, width: number): string[] {
  const texts = Array.from({ length: width }, (_, i) => cellText(row.cells[i]));
  for (const [first, last] of row.spans ?? []) {
    const text = texts[first] ?? '';
    for (let c = first + 1; c <= last && c < width; c++) if (!texts[c]) texts[c] = text;
  }
  return texts;
}

/**
 * Group labels written once without a merge (a CSV, a sheet saved without merges): a label goes on to
 * the right over empty cells while both its column and the next have labels in the row below.
 */
function extendGroups(rows: string[][]): void {
  // From the bottom up: a group's label goes on only where the labels under it already have.
  for (let d = rows.length - 2; d >= 0; d--) {
    const row = rows[d]!;
    const below = rows[d + 1]!;
    for (let c = 1; c < row.length; c++) {
      if (row[c] || !row[c - 1] || !below[c] || !below[c - 1]) continue;
      row[c] = row[c - 1]!;
    }
  }
}

interface Candidate {
  rows: RawRow[];
  columns: readonly ColumnInfo[];
  roles: ReadonlyMap<ColumnRole, ColumnOf<'field'>>;
  score: number;
  /** Dimensions found as tick columns or birth-date sub-columns. */
  extra: number;
}

function matchColumn(texts: string[], overrides?: HeaderOverrides): RoleMatch | undefined {
  // The lowest header text names the column most precisely; the joined texts and the group
  // labels above are tried after it.
  const lowest = texts[texts.length - 1];
  const tries = [lowest, texts.join(' '), ...texts.slice(0, -1).reverse()].filter((t): t is string => !!t);
  let best: RoleMatch | undefined;
  for (const t of tries) {
    const m = matchRole(t, overrides);
    if (m && m.confidence === 1) return m;
    if (m && (!best || m.confidence > best.confidence)) best = m;
  }
  return best;
}

/** What a column's header texts make it before roles are settled: ticks, a gendered birth date, or a role match. */
function useOf(texts: string[], overrides?: HeaderOverrides): ColumnUse | RoleMatch | undefined {
  const lowest = texts[texts.length - 1] ?? '';
  const groups = texts.slice(0, -1);
  if (lowest) {
    const gender = birthGenderOf(groups, lowest, overrides);
    if (gender) return { kind: 'birthDateOfGender', gender };
    const mark = markOf(groups, lowest, overrides);
    if (mark) return { kind: 'mark', ...mark };
  }
  return texts.length ? matchColumn(texts, overrides) : undefined;
}

const confidenceOf = (d: Draft): number => (d.use.kind === 'field' ? d.use.confidence : 0);

function evaluate(rows: RawRow[], overrides?: HeaderOverrides): Candidate {
  const width = Math.max(...rows.map((r) => r.cells.length));
  const filled = rows.map((r) => filledTexts(r, width));
  extendGroups(filled);
  const drafts: Draft[] = [];
  const holders = new Map<ColumnRole, Draft>();
  let unfinished = 0;
  // Each column's labels as written (shown), and without a footnote or column number ("Nữ (4)"), matched.
  const shown: string[][] = [];
  const stacks: string[][] = [];
  for (let c = 0; c < width; c++) {
    const written: string[] = [];
    const texts: string[] = [];
    for (const row of filled) {
      const t = row[c] ?? '';
      if (t && written[written.length - 1] !== t) {
        written.push(t);
        texts.push(withoutMark(t));
      }
    }
    shown.push(written);
    stacks.push(texts);
  }
  // A birth date in three columns ("Ngày sinh" over "Ngày | Tháng | Năm"): the year column is the birth
  // date, its day and month joined to it when both are there.
  const split = birthDateParts(stacks, overrides);
  for (let c = 0; c < width; c++) {
    const texts = stacks[c]!;
    const written = shown[c]!;
    const draft: Draft = { index: c, texts, header: written.join(' / '), use: NO_USE, note: undefined };
    if (written.some((t, i) => t !== texts[i])) draft.written = written;
    drafts.push(draft);
    if (split && (c === split.day || c === split.month)) {
      draft.use = { kind: 'birthDatePart', part: c === split.day ? 'day' : 'month' };
      continue;
    }
    const found: ReturnType<typeof useOf> =
      split?.year === c ? { role: 'birthDate', confidence: 1 } : useOf(texts, overrides);
    if (!found) continue;
    if ('kind' in found) {
      draft.use = found;
      continue;
    }
    const holder = holders.get(found.role);
    if (!holder || confidenceOf(holder) < found.confidence) {
      if (holder) {
        holder.note = `also looks like ${found.role}; column ${c + 1} matched better`;
        holder.use = NO_USE;
      }
      draft.use = { kind: 'field', role: found.role, confidence: found.confidence };
      holders.set(found.role, draft);
    } else {
      draft.note = `looks like ${found.role}, already taken by "${holder.header}"`;
      // A label repeated over several columns is a group whose levels are in the row below.
      if (holder.header === draft.header) unfinished++;
    }
  }
  for (const i of partyStageColumns(drafts.map((d) => d.texts.at(-1) ?? ''))) {
    const d = drafts[i]!;
    if (d.use.kind === 'none') d.use = { kind: 'mark', dimension: 'partyMember', level: 'yes' };
  }
  // "Thạc sĩ | Đại học | Cao đẳng" with no group over them and no education column: ticks per level.
  for (const { index, level } of holders.has('education')
    ? []
    : levelRun(stacks.map((t) => (t.length === 1 ? t[0]! : ''))))
    if (drafts[index]!.use.kind === 'none') drafts[index]!.use = { kind: 'mark', dimension: 'education', level };
  // Before the score: a name written in parts with nothing over them ("Họ đệm | Tên") names the name column.
  joinNameParts(drafts, holders);
  joinTitleParts(drafts, holders);
  let score = 0;
  for (const [role, d] of holders) score += (PERSON_ROLES.has(role) ? 1 : 0.5) * confidenceOf(d);
  const marks = drafts.flatMap((d) => (d.use.kind === 'mark' ? [d.use] : []));
  const birthByGender = drafts.some((d) => d.use.kind === 'birthDateOfGender');
  // Each dimension given by ticks, and gender given by birth-date columns, counts as one role.
  const markDimensions = new Set(marks.filter((m) => !holders.has(m.dimension)).map((m) => m.dimension));
  score += markDimensions.size;
  if (birthByGender && !holders.has('birthDate')) score += 2;
  score -= 0.25 * unfinished;
  // Of two headers that read the same roles, the one that names more levels has found its level row.
  score += 0.01 * new Set(marks.map((m) => `${m.dimension}=${m.level}`)).size;
  // So has the one that finds a birth date's day, month and year under it.
  if (split) score += 0.03;
  // And the one that finds the name's parts under "Họ và tên" (a CSV's "Họ đệm | Tên" row, no merge to
  // say it belongs to the header: read as a person, it was counted).
  if (drafts.some((d) => d.use.kind === 'namePart')) score += 0.02;
  return { rows, ...settle(drafts, holders), score, extra: markDimensions.size + (birthByGender ? 1 : 0) };
}

/** The highest score; a title row above adds nothing, so of equal scores the header with fewer rows wins. */
function bestOf(candidates: readonly Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates) {
    const better = !best || c.score > best.score + 1e-9;
    if (better || (Math.abs(c.score - best!.score) <= 1e-9 && c.rows.length < best!.rows.length)) best = c;
  }
  return best;
}

/** The rows after one candidate's header and before another's. */
function rowsBetween(rows: RawRow[], above: Candidate, below: Candidate): RawRow[] {
  const from = above.rows[above.rows.length - 1]!.n;
  const to = below.rows[0]!.n;
  return rows.filter((r) => r.n > from && r.n < to);
}

export function detectLayout(firstRows: RawRow[], where: Where, options: DetectOptions = {}): Layout {
  const starts =
    options.headerRow !== undefined
      ? firstRows.filter((r) => r.n === options.headerRow)
      : firstRows.slice(0, HEADER_SEARCH_ROWS);
  if (options.headerRow !== undefined && starts.length === 0) {
    throw new CbccError('HEADER_NOT_FOUND', { key: 'headerRowPast', args: [options.headerRow] }, where);
  }
  // The best header from each row it may start on; the first start nearly as good as the best wins,
  // so a second table further down (with more columns) does not hide the first.
  const byStart: Candidate[] = [];
  for (const start of starts) {
    if (isBlank(start)) continue;
    const at = firstRows.indexOf(start);
    const maxSpan = options.headerRow !== undefined ? 1 : MAX_HEADER_ROWS;
    let mine: Candidate | undefined;
    for (let k = 1; k <= maxSpan && at + k <= firstRows.length; k++) {
      const span = firstRows.slice(at, at + k);
      if (k > 1 && (isBlank(span[k - 1]!) || !canContinue(span[0]!, span[k - 1]!, options.overrides))) break;
      const candidate = evaluate(span, options.overrides);
      // On equal scores the header with fewer rows wins (a title row above adds nothing), unless the longer
      // one reads the columns under a group cell as ticks ("Trình độ chuyên môn" over "ThS | ĐH | TC"): the
      // shorter one would take the group cell for the column and the ticks row for a person.
      const asGood = !!mine && Math.abs(candidate.score - mine.score) <= 1e-9;
      if (!mine || candidate.score > mine.score + 1e-9 || (asGood && candidate.extra > mine.extra)) mine = candidate;
    }
    if (mine) byStart.push(mine);
  }
  const top = bestOf(byStart);
  // Headers well above the best one, with rows between: the first table's, of which the best is taken.
  const above = top
    ? byStart.filter(
        (c) =>
          c.score >= Math.max(FIRST_TABLE_SHARE * top.score, FIRST_TABLE_MIN) &&
          rowsBetween(firstRows, c, top).filter((r) => !isBlank(r)).length >= 2,
      )
    : [];
  const firstTable = above[0];
  const firstEnd = firstTable ? firstTable.rows[firstTable.rows.length - 1]!.n : 0;
  const chosen = above.length > 0 ? bestOf(above.filter((c) => c.rows[0]!.n <= firstEnd)) : top;
  const shown =
    chosen && options.hiddenColumns?.length ? preferShown(chosen, options.hiddenColumns, options.overrides) : chosen;
  const best = shown && options.letters?.size ? applyLetters(shown, options.letters, options.overrides) : shown;
  const personRoles = best ? [...best.roles.keys()].filter((r) => PERSON_ROLES.has(r)).length + best.extra : 0;
  if (!best || best.roles.size + best.extra < 2 || personRoles < 1) {
    const searched = Math.min(firstRows.length, HEADER_SEARCH_ROWS);
    throw new CbccError('HEADER_NOT_FOUND', { key: 'noHeader', args: [options.headerRow, searched] }, where);
  }
  const last = best.rows[best.rows.length - 1]!.n;
  const unit = best.roles.has('unit')
    ? undefined
    : blankUnitColumn(
        best.columns,
        firstRows.filter((r) => r.n > last),
      );
  if (!unit) return { headerRows: best.rows.map((r) => r.n), columns: best.columns, roles: best.roles };
  const columns = best.columns.map((c) => (c.index === unit.index ? unit : c));
  return { headerRows: best.rows.map((r) => r.n), columns, roles: new Map([...best.roles, ['unit', unit]]) };
}
