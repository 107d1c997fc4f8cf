/**
 * Month over month: the change in every figure, and, when both sides have an id column, who joined,
 * who left and whose qualification, political theory, party membership, unit, title, staff type or
 * name changed.
 */
import type { PersonSummary } from '../aggregate/collector.js';
import type { Report } from '../aggregate/report.js';
import { positionOf } from '../normalize/positions.js';
import { cleanText } from '../normalize/text.js';
import { parseUnitName } from '../normalize/units.js';
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
  changed: Change[];
}

export interface Comparison {
  before: Report;
  after: Report;
  delta: Delta;
  people?: PeopleDiff;
  /** Why people are not matched, when they are not. */
  note?: string;
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
  const x = parseUnitName(a);
  const y = parseUnitName(b);
  return x.key === y.key && (!x.kind || !y.kind || x.kind === y.kind);
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

export function peopleDiff(before: Map<string, PersonSummary>, after: Map<string, PersonSummary>): PeopleDiff {
  const joined = [...after.keys()].filter((id) => !before.has(id)).sort(byCodePoint);
  const left = [...before.keys()].filter((id) => !after.has(id)).sort(byCodePoint);
  const changes: Change[] = [];
  for (const id of [...after.keys()].filter((k) => before.has(k)).sort(byCodePoint)) {
    const a = before.get(id)!;
    const b = after.get(id)!;
    for (const field of CHANGE_FIELDS)
      if (changed(field, a, b)) changes.push({ id, field, from: a[field], to: b[field] });
  }
  return { joined, left, changed: changes };
}
