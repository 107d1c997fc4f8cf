/**
 * People counted twice. Two sheets of one workbook that hold mostly the same people (two years, a
 * copy) are not added up: reading stops and says which sheets, and `--sheet`. Fewer people in two
 * places (a sheet and another file, a person moved between communes) are counted, and a warning names
 * the places.
 */
import type { Identities } from '../aggregate/identities.js';
import { warned } from '../aggregate/warning-said.js';
import type { ReportWarning } from '../aggregate/warnings.js';
import { CbccError } from '../errors.js';

/** Two sheets are the same people when this share of the smaller one is on both … */
export const SAME_SHARE = 0.5;
/** … and at least this many. */
export const SAME_AT_LEAST = 3;

/** Stops when two sheets of this file hold mostly the same people. */
export function checkSameSheets(identities: Identities, file: string): void {
  for (const o of identities.overlaps()) {
    if (o.a.file !== file || o.b.file !== file) continue;
    const smaller = Math.min(identities.countAt(o.a), identities.countAt(o.b));
    if (o.count < SAME_AT_LEAST || o.count < smaller * SAME_SHARE) continue;
    throw new CbccError(
      'SAME_PEOPLE',
      `sheets "${o.a.sheet}" and "${o.b.sheet}" hold the same people (${o.count} of ${smaller} by id, or by name and birth date): adding them up would count them twice; choose one with --sheet "${o.b.sheet}"`,
      { file },
    );
  }
}

/** A warning per pair of places that share people, and one per set of inputs that are mostly the same people. */
export function duplicateWarnings(identities: Identities): ReportWarning[] {
  return [...samePeopleInputs(identities), ...pairWarnings(identities), ...repeatWarnings(identities)];
}

/** People on two rows of one sheet: counted twice, said out loud (a post held concurrently, or a copy). */
function repeatWarnings(identities: Identities): ReportWarning[] {
  return identities
    .repeats()
    .map((r) =>
      warned(
        'PERSON_LISTED_TWICE',
        { key: 'personListedTwice', args: [r.count, { file: r.place.file, sheet: r.place.sheet, rows: r.rows }] },
        { file: r.place.file, sheet: r.place.sheet, rows: r.rows, count: r.count },
      ),
    );
}

/**
 * Inputs that are one roster at several dates (2018.csv, 2019.csv, 2020.csv with the same ids): two
 * files are linked when they share at least half of the smaller one's people (and at least 3); each
 * set of linked files is one loud warning that points to --series.
 */
export function samePeopleInputs(identities: Identities): ReportWarning[] {
  const people = new Map<string, number>();
  identities.places.forEach((p, i) => people.set(p.file, (people.get(p.file) ?? 0) + identities.counts[i]!));
  // People shared by two files, each pair once (in sort order) and in the order first met.
  const pairs: Array<{ a: string; b: string; count: number }> = [];
  const pairOf = new Map<string, Map<string, { a: string; b: string; count: number }>>();
  for (const o of identities.overlaps()) {
    if (o.a.file === o.b.file) continue;
    const [a, b] = [o.a.file, o.b.file].sort() as [string, string];
    let withA = pairOf.get(a);
    if (!withA) pairOf.set(a, (withA = new Map()));
    let pair = withA.get(b);
    if (!pair) {
      withA.set(b, (pair = { a, b, count: 0 }));
      pairs.push(pair);
    }
    pair.count += o.count;
  }
  const setOf = new Map<string, Set<string>>();
  for (const { a, b, count } of pairs) {
    const smaller = Math.min(people.get(a) ?? 0, people.get(b) ?? 0);
    if (count < SAME_AT_LEAST || count < smaller * SAME_SHARE) continue;
    const joined = new Set([...(setOf.get(a) ?? [a]), ...(setOf.get(b) ?? [b])]);
    for (const f of joined) setOf.set(f, joined);
  }
  const order = [...people.keys()];
  return [...new Set(setOf.values())].map((set) => {
    const files = order.filter((f) => set.has(f));
    const counted = files.reduce((n, f) => n + (people.get(f) ?? 0), 0);
    return warned(
      'INPUTS_SAME_PEOPLE',
      { key: 'inputsSamePeople', args: [files, counted] },
      {
        file: files[0]!,
        count: counted,
      },
    );
  });
}

function pairWarnings(identities: Identities): ReportWarning[] {
  return identities.overlaps().map((o) =>
    warned(
      'DUPLICATE_PEOPLE',
      {
        key: 'duplicatePeople',
        args: [
          o.count,
          { file: o.a.file, sheet: o.a.sheet, rows: o.rowsA, count: o.count },
          { file: o.b.file, sheet: o.b.sheet, rows: o.rowsB, count: o.count },
        ],
      },
      { file: o.a.file, sheet: o.a.sheet, rows: o.rowsA, count: o.count },
    ),
  );
}
