/**
 * The rows an .ods hides, per table: LibreOffice writes table:visibility="collapse" on a row hidden by
 * hand and "filter" on a row its AutoFilter (or standard filter) hides. SheetJS keeps neither, so such a
 * row was read and counted without a word, where the same row of an .xlsx is skipped (hidden) or counted
 * and said (filtered; read/autofilter.ts). Rows are 0-based, counting number-rows-repeated.
 */
import { attr } from './xml.js';

export interface OdsRowStates {
  hidden: Set<number>;
  filtered: Set<number>;
}

/** A run of repeated hidden rows longer than this is the sheet's empty tail, not rows of people. */
const LONGEST_RUN = 100_000;

/** Each table's hidden and filtered rows, by the table's name; tables that hide none are left out. */
export function odsRowStates(content: string): Map<string, OdsRowStates> {
  const out = new Map<string, OdsRowStates>();
  const starts = [...content.matchAll(/<table:table\s([^>]*)>/g)];
  starts.forEach((m, i) => {
    const name = attr(m[1]!, 'table:name');
    if (name === undefined) return;
    const end = starts[i + 1]?.index ?? content.length;
    const body = content.slice(m.index + m[0].length, end);
    const states: OdsRowStates = { hidden: new Set(), filtered: new Set() };
    let r = 0;
    for (const row of body.matchAll(/<table:table-row(?=[\s/>])([^>]*)>/g)) {
      const repeated = Math.max(1, Number(attr(row[1]!, 'table:number-rows-repeated') ?? 1) || 1);
      const visibility = attr(row[1]!, 'table:visibility');
      const into = visibility === 'collapse' ? states.hidden : visibility === 'filter' ? states.filtered : undefined;
      if (into && repeated <= LONGEST_RUN) for (let k = 0; k < repeated; k++) into.add(r + k);
      r += repeated;
    }
    if (states.hidden.size + states.filtered.size > 0) out.set(name, states);
  });
  return out;
}
