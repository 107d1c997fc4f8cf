/**
 * A name written in parts across columns: "Họ và tên" over "Họ đệm | Tên", or the parts alone in a one-row
 * header ("Họ đệm | Tên", "Họ | Đệm | Tên", "Họ và chữ đệm | Tên"). The first part is the name column; the
 * others join it (normalize/person-builder.ts reads them as one name).
 */
import type { ColumnUse } from './layout.js';
import { foldKey } from '../normalize/text.js';
import type { ColumnRole } from '../vocab/columns.js';

/** The first part of a name written in parts: the family name, with or without the middle one. */
const FAMILY_PART = new Set(
  ['Họ', 'Họ đệm', 'Họ và đệm', 'Họ và chữ đệm', 'Họ, đệm', 'Họ và tên đệm', 'Họ tên đệm'].map(foldKey),
);
/** The parts after it: the middle name, then the given name, which ends the run. */
const MIDDLE_PART = new Set(['Đệm', 'Tên đệm', 'Chữ đệm'].map(foldKey));
const GIVEN_PART = foldKey('Tên');

/** What a name split under "Họ và tên" is written as: "Họ đệm | Tên". */
export const NAME_PARTS = new Set([...FAMILY_PART, ...MIDDLE_PART, GIVEN_PART, foldKey('Tên gọi')]);

interface PartDraft {
  texts: readonly string[];
  use: ColumnUse;
  note: string | undefined;
}

const lowest = (d: PartDraft): string => foldKey(d.texts.at(-1) ?? '');

/** Columns side by side from `from`, no use of their own: a family part, middle parts, the given name last. */
function partsRun<D extends PartDraft>(drafts: readonly D[], from: number): D[] | undefined {
  const first = drafts[from]!;
  if (first.use.kind !== 'none' || !FAMILY_PART.has(lowest(first))) return undefined;
  const run = [first];
  for (let i = from + 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.use.kind !== 'none' || d.texts.length !== first.texts.length) return undefined;
    run.push(d);
    if (lowest(d) === GIVEN_PART) return run;
    if (!MIDDLE_PART.has(lowest(d))) return undefined;
  }
  return undefined;
}

/** The name's parts joined to the name column; with no name column, the parts alone make one. */
export function joinNameParts<D extends PartDraft>(drafts: readonly D[], holders: Map<ColumnRole, D>): void {
  const name = holders.get('name');
  if (!name) {
    for (let i = 0; i < drafts.length; i++) {
      const run = partsRun(drafts, i);
      if (!run) continue;
      run[0]!.use = { kind: 'field', role: 'name', confidence: 1 };
      run[0]!.note = undefined;
      holders.set('name', run[0]!);
      for (const d of run.slice(1)) {
        d.use = { kind: 'namePart' };
        d.note = undefined;
      }
      return;
    }
    return;
  }
  if (!NAME_PARTS.has(lowest(name))) return;
  const group = name.texts.slice(0, -1);
  for (const d of drafts) {
    // Only a column left without a use: a role, ticks or a gendered birth date say what it holds.
    if (d.use.kind !== 'none') continue;
    const sameGroup = d.texts.length === name.texts.length && group.every((t, i) => d.texts[i] === t);
    if (sameGroup && NAME_PARTS.has(lowest(d))) {
      d.use = { kind: 'namePart' };
      d.note = undefined;
    }
  }
}
