/** Labels shared by the human outputs (terminal and Excel), their words taken from the Vietnamese text. */
import type { GroupReport, Report } from '../aggregate/contract.js';
import { warningText } from '../aggregate/warning-said.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import { DERIVED, DIMENSION_LABELS, DIMENSION_ORDER, type DerivedId, type DimensionId } from '../vocab/dimensions.js';
import type { Lang } from './numbers.js';
import { textFor } from './text/index.js';
import { levelLabel, vi, type HeadlineId } from './text/vi.js';

export { ageLabel, levelLabel } from './text/vi.js';
import { ROLE_LABELS, type ColumnRole } from '../vocab/columns.js';

export function dimensionLabel(dimension: DimensionId): string {
  return DIMENSION_LABELS[dimension];
}

export function roleLabel(role: string | null): string {
  return role ? (ROLE_LABELS[role as ColumnRole] ?? role) : '—';
}

/**
 * The rule set a standards table or sheet is "theo": its title (the JSON keeps the id), and when it
 * was not in force on the report's date, that said in the same breath (a title never claims a basis
 * that was not in force), in the language asked.
 */
export function standardsName(s: { title: string; inForce: boolean; asOf: string }, lang: Lang = 'vi'): string {
  return s.inForce ? s.title : textFor(lang).tables.notInForce(s.title, s.asOf);
}

/**
 * The note on the requirements of a rule set the roster has no column for, their names in the
 * language asked ("Chưa xét trình độ học vấn phổ thông: …"); none when every one was checked.
 */
export function standardsUnchecked(s: { unchecked: readonly string[] }, lang: Lang = 'vi'): string[] {
  if (s.unchecked.length === 0) return [];
  const L = textFor(lang).tables;
  return [L.standardsUnchecked(s.unchecked.map((r) => L.dimension(r as DimensionId)).join(', '))];
}

export function groupLabel(report: Report, group: GroupReport, lang: Lang = 'vi'): string {
  if (report.groupBy === 'agency') return group.label ?? group.key;
  if (report.groupBy && report.groupBy !== 'unit')
    return lang === 'vi'
      ? levelLabel(report.groupBy, group.key)
      : textFor(lang).tables.level(report.groupBy, group.key);
  return group.key;
}

/** What the groups are, as a column's head ("Đơn vị", "Giới tính"; "Unit", "Gender" in English). */
export function groupByLabel(report: Report, lang: Lang = 'vi'): string {
  if (lang === 'vi') {
    if (!report.groupBy || report.groupBy === 'unit') return vi.tables.unit;
    if (report.groupBy === 'agency') return ROLE_LABELS.agency;
    return dimensionLabel(report.groupBy);
  }
  const L = textFor(lang).tables;
  const name =
    !report.groupBy || report.groupBy === 'unit'
      ? L.unit
      : report.groupBy === 'agency'
        ? 'agency'
        : L.dimension(report.groupBy);
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

/** The headline figures of a summary, in the order official reports give them; labels in render/text. */
export interface Headline {
  id: HeadlineId;
  pick: (f: Pick<Report, 'dimensions' | 'derived'>) => number;
  /** The dimension the figure is a part of: its "unknown" people may belong to the figure too. */
  of: DimensionId;
}

export const HEADLINES: Headline[] = [
  { id: 'canBo', of: 'staffType', pick: (f) => f.dimensions.staffType.canBo!.count },
  { id: 'congChuc', of: 'staffType', pick: (f) => f.dimensions.staffType.congChuc!.count },
  { id: 'female', of: 'gender', pick: (f) => f.dimensions.gender.female!.count },
  { id: 'partyMember', of: 'partyMember', pick: (f) => f.dimensions.partyMember.yes!.count },
  { id: 'universityOrAbove', of: 'education', pick: (f) => f.derived.universityOrAbove.count },
  {
    id: 'politicalTheorySeniorOrBachelor',
    of: 'politicalTheory',
    pick: (f) => f.derived.politicalTheorySeniorOrBachelor.count,
  },
  {
    id: 'politicalTheoryIntermediate',
    of: 'politicalTheory',
    pick: (f) => f.dimensions.politicalTheory.intermediate!.count,
  },
];

/** How many people of the figure's dimension are unknown: any of them may belong to the figure. */
export function headlineUnknown(h: Headline, f: Pick<Report, 'dimensions'>): number {
  return f.dimensions[h.of]?.unknown?.count ?? 0;
}

/** A headline's label in the language asked (Vietnamese unless told). */
export function headlineLabel(h: Headline, lang: Lang = 'vi'): string {
  return textFor(lang).headlines[h.id];
}

export function levelsShown(report: Pick<Report, 'dimensions'>, dimension: DimensionId): string[] {
  // "unknown" is shown only when someone is in it: a clean roster has no such line.
  const levels = report.dimensions[dimension] ?? {};
  return Object.keys(levels).filter((l) => l !== 'unknown' || (levels[l]?.count ?? 0) > 0);
}

/** The dimensions a report has, in report order. */
export function dimensionsOf(report: Pick<Report, 'dimensions'>): DimensionId[] {
  return DIMENSION_ORDER.filter((d) => report.dimensions[d] !== undefined);
}

export function derivedAfter(dimension: DimensionId): DerivedId[] {
  return (Object.keys(DERIVED) as DerivedId[]).filter((id) => DERIVED[id].dimension === dimension);
}

/**
 * How the human outputs name the input files: by their name alone, not the path as typed (a path says
 * where an office keeps its files); the path as given only when two inputs share a name.
 */
export function fileNamer(files: readonly string[]): (file: string) => string {
  const base = (f: string) => f.split(/[\\/]/).pop() || f;
  const count = new Map<string, number>();
  for (const f of new Set(files)) count.set(base(f), (count.get(base(f)) ?? 0) + 1);
  return (f) => ((count.get(base(f)) ?? 0) > 1 ? f : base(f));
}

/** Removes control characters and escape sequences from values read from a roster. */
export function safe(text: string): string {
  return text.replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

/** cli-table3 borders without a rule between body rows: half the height, still easy to read. */
export const COMPACT_TABLE = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

/**
 * A source's note in the interface language: "no column for unit" (pipeline/table.ts, English in JSON)
 * as "không có cột "Đơn vị"" by the role's label; a note that is a warning's message (text damaged, formulas
 * not computed) in that warning's words; other notes as written.
 */
export function sourceNote(note: string, lang: Lang = 'vi', warnings: readonly ReportWarning[] = []): string {
  const none = /^no column for (\w+)$/.exec(note);
  if (none && lang === 'vi') return textFor('vi').inspect.noColumnFor(roleLabel(none[1]!));
  const warned = warnings.find((w) => w.said && w.message === note);
  return warned ? warningText(warned, lang) : note;
}
