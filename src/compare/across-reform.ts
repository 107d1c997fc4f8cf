/**
 * Two periods across the 1/7/2025 reform (`compare`, `report --series`) without --units-as-of: old units of
 * the before side that are gone on the after side, merged (or split) into units that are there. Their
 * people then show as moved between units, a unit as −N and another as +N, and the unit count falls;
 * said, never left to the reader to guess.
 */
import { warned as said } from '../aggregate/warning-said.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import { NO_UNIT } from '../aggregate/groups.js';
import { regroupUnits } from '../normalize/reform-units.js';
import { isSameUnit, parseUnitName } from '../normalize/units.js';

const same = (a: string, b: string) => isSameUnit(parseUnitName(a), parseUnitName(b));

export interface UnitTotal {
  key: string;
  total: number;
}

/** The old units of `before` gone on `after` into units there by the 1/7/2025 list, with those units and their people. */
export function goneByReform(
  before: readonly UnitTotal[],
  after: readonly UnitTotal[],
): { gone: string[]; into: Set<string>; people: number; successors: Map<string, string[]> } {
  const afterUnits = after.map((u) => u.key).filter((k) => k !== NO_UNIT);
  const present = (unit: string) => afterUnits.find((a) => same(a, unit));
  const olds = before.filter((u) => u.key !== NO_UNIT);
  const { units } = regroupUnits(olds.map((u) => u.key));
  const gone: string[] = [];
  const into = new Set<string>();
  const successors = new Map<string, string[]>();
  let people = 0;
  for (const u of olds) {
    const at = units.get(u.key);
    const next = at?.kind === 'new' && at.how === 'merged' ? [at.unit] : at?.kind === 'split' ? at.candidates : [];
    const there = next.map(present).filter((x): x is string => x !== undefined);
    if (present(u.key) !== undefined || there.length === 0) continue;
    gone.push(u.key);
    successors.set(u.key, there);
    for (const t of there) into.add(t);
    people += u.total;
  }
  return { gone, into, people, successors };
}

/** The warning, or undefined when no old unit of `before` is gone into a unit of `after`. */
export function acrossReformWarning(
  before: readonly UnitTotal[],
  after: readonly UnitTotal[],
  labels: { before: string; after: string },
): ReportWarning | undefined {
  const { gone, into, people } = goneByReform(before, after);
  if (gone.length === 0) return undefined;
  const sorted = (xs: Iterable<string>) => [...xs].sort((a, b) => a.localeCompare(b, 'vi'));
  return said(
    'UNITS_ACROSS_REFORM',
    { key: 'unitsAcrossReform', args: [labels.before, labels.after, sorted(gone), people, sorted(into)] },
    { count: people },
  );
}
