/**
 * Month over month: the change in every figure, and, when both sides have an id column, who joined,
 * who left and whose qualification, political theory, party membership, unit, title, staff type or
 * name changed.
 */
import type { PersonSummary } from '../aggregate/collector.js';
import type { Report } from '../aggregate/contract.js';
import { unitOrder } from '../aggregate/groups.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import { positionOf } from '../normalize/positions.js';
import { cleanText } from '../normalize/text.js';
import { regroupUnits } from '../normalize/reform-units.js';
import { isSameUnit, parseUnitName } from '../normalize/units.js';
import { DIMENSION_ORDER } from '../vocab/dimensions.js';

export const CHANGE_FIELDS = [
  'education',
  'politicalTheory',
  'partyMember',
  'unit',
  'title',
  'staffType',
  'gender',
  'name',
] as const;
export type ChangeField = (typeof CHANGE_FIELDS)[number];

export interface Change {
  id: string;
  field: ChangeField;
  from: string;
  to: string;
  /**
   * Across the 1/7/2025 reform (`--units-as-of`), for a unit: `merged` when the old unit merged into
   * (or was split into) the new one, `moved` when the person went elsewhere.
   */
  unitChange?: 'merged' | 'moved';
}

export interface Delta {
  total: number;
  units: number;
  dimensions: Record<string, Record<string, { count: number; share: number }>>;
  derived: Record<string, { count: number; share: number }>;
}

export interface PeopleDiff {
  joined: string[];
  left: string[];
  /** Each joiner's and leaver's unit as normalised ("P. Tân Lập" → "Phường Tân Lập"), in the order of `joined` and `left`. */
  joinedUnits?: string[];
  leftUnits?: string[];
  changed: Change[];
  /** People whose title is written otherwise but names the same post ("CHT QS" → "Chỉ huy trưởng Ban Chỉ huy Quân sự"): no change. */
  spellingOnlyTitles: number;
}

/** A period's name and where it came from: `--label`, the roster's title block, or the input's name. */
export interface PeriodName {
  label: string;
  labelFrom: 'option' | 'title' | 'name';
}

export interface Comparison {
  /** The two periods named, as the title and the column heads say them. */
  periods?: { before: PeriodName; after: PeriodName };
  before: Report;
  after: Report;
  /** With --units-as-of: each new unit's total before (regrouped) and after. */
  byUnit?: Array<{ unit: string; before: number; after: number }>;
  delta: Delta;
  people?: PeopleDiff;
  /** Why people are not matched, when they are not (English, in the JSON). */
  note?: string;
  /** What `note` says, for the terminal to say it in its language; left out of the JSON. */
  unmatched?:
    | { kind: 'noIdColumn'; inputs: string[] }
    | { kind: 'idColumnNotFound'; column: string; inputs: string[] }
    | { kind: 'rowsWithoutId'; before: number; after: number; inputs: [string, string] };
  /** Doubts about the comparison itself (UNITS_ACROSS_REFORM); absent when there are none. */
  warnings?: ReportWarning[];
}

export function delta(before: Report, after: Report): Delta {
  const dimensions: Delta['dimensions'] = {};
  for (const d of DIMENSION_ORDER) {
    const a = before.dimensions[d];
    const b = after.dimensions[d];
    if (!a || !b) continue;
    const levels: Record<string, { count: number; share: number }> = {};
    for (const level of new Set([...Object.keys(a), ...Object.keys(b)])) {
      levels[level] = {
        count: (b[level]?.count ?? 0) - (a[level]?.count ?? 0),
        share: (b[level]?.share ?? 0) - (a[level]?.share ?? 0),
      };
    }
    dimensions[d] = levels;
  }
  const derived: Delta['derived'] = {};
  for (const [id, v] of Object.entries(after.derived)) {
    const was = before.derived[id as keyof Report['derived']];
    derived[id] = { count: v.count - was.count, share: v.share - was.share };
  }
  return { total: after.total - before.total, units: after.units - before.units, dimensions, derived };
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Two spellings of one unit ("P. Tân Lập", "Phường Tân Lập") are no change. */
function sameUnit(a: string, b: string): boolean {
  return isSameUnit(parseUnitName(a), parseUnitName(b));
}

function changed(field: ChangeField, a: PersonSummary, b: PersonSummary): boolean {
  switch (field) {
    case 'unit':
      return !sameUnit(a.unit, b.unit);
    case 'title':
      // The same post however it is written: "PCT UBND", "Phó Chủ tịch UBND".
      return positionOf(a.title) !== positionOf(b.title);
    case 'name':
      return cleanText(a.name) !== cleanText(b.name);
    default:
      return a[field] !== b[field];
  }
}

/** How an old unit lands after the reform: the new unit(s) it went into, or undefined when not in the list. */
function successorsOf(before: Map<string, PersonSummary>): (unit: string) => string[] | undefined {
  const { units } = regroupUnits(new Set([...before.values()].map((p) => p.unit).filter((u) => u !== '')));
  return (unit) => {
    const at = units.get(unit);
    return at?.kind === 'new' ? [at.unit] : at?.kind === 'split' ? at.candidates : undefined;
  };
}

/** Each new unit's total before (the old side regrouped) and after, in the report's unit order. */
export function unitTotals(before: Report, after: Report): Array<{ unit: string; before: number; after: number }> {
  const rows = new Map<string, { unit: string; before: number; after: number }>();
  const row = (unit: string) => rows.get(unit) ?? rows.set(unit, { unit, before: 0, after: 0 }).get(unit)!;
  for (const g of before.groups ?? []) row(g.key).before += g.total;
  for (const g of after.groups ?? []) row(g.key).after += g.total;
  return [...rows.values()].sort((a, b) => unitOrder(a.unit, b.unit));
}

export function peopleDiff(
  before: Map<string, PersonSummary>,
  after: Map<string, PersonSummary>,
  acrossReform = false,
): PeopleDiff {
  const successors = acrossReform ? successorsOf(before) : undefined;
  const joined = [...after.keys()].filter((id) => !before.has(id)).sort(byCodePoint);
  const left = [...before.keys()].filter((id) => !after.has(id)).sort(byCodePoint);
  const changes: Change[] = [];
  let spellingOnlyTitles = 0;
  for (const id of [...after.keys()].filter((k) => before.has(k)).sort(byCodePoint)) {
    const a = before.get(id)!;
    const b = after.get(id)!;
    for (const field of CHANGE_FIELDS) {
      const next = successors && field === 'unit' ? successors(a.unit) : undefined;
      // Across the reform a same-named new unit is not taken for the old one: the list decides.
      if (next) {
        const merged = next.some((u) => sameUnit(u, b.unit));
        changes.push({ id, field, from: a.unit, to: b.unit, unitChange: merged ? 'merged' : 'moved' });
      } else if (changed(field, a, b)) changes.push({ id, field, from: a[field], to: b[field] });
      else if (field === 'title' && cleanText(a.title) !== cleanText(b.title)) spellingOnlyTitles++;
    }
  }
  return { joined, left, changed: changes, spellingOnlyTitles };
}
