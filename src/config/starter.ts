/**
 * A starter config written from what `inspect` found: every column with the role it was given,
 * empty spelling lists to fill, and the values not understood listed where they can be moved.
 */
import { roleOf } from '../detect/layout.js';
import type { Inspection } from '../pipeline/inspect.js';
import { DIMENSION_LEVELS, DIMENSIONS } from '../vocab/dimensions.js';
import { COLUMN_ROLES } from '../vocab/columns.js';

export function starterConfig(inspection: Inspection): Record<string, unknown> {
  const columns: Record<string, string | null> = {};
  const unclassified: Record<string, string[]> = {};
  for (const sheet of inspection.inspected) {
    for (const col of sheet.source.columns ?? []) {
      const key = col.header || col.column;
      if (key in columns) continue;
      // Tick columns and birth-date sub-columns are found from their group headers; leave them be.
      columns[key] = roleOf(col.use) ?? null;
    }
    for (const u of sheet.unknownValues ?? []) {
      if (!u.value) continue;
      const list = (unclassified[u.dimension] ??= []);
      if (!list.includes(u.value)) list.push(u.value);
    }
  }
  const spellings: Record<string, unknown> = {
    _help:
      'Add spellings to a level: "education": { "university": ["Cử nhân tài năng"] }. "title" maps titles to a staff type.',
  };
  for (const d of DIMENSIONS) {
    const levels: Record<string, unknown> = {};
    if (unclassified[d]?.length) levels._unclassified = unclassified[d];
    for (const level of DIMENSION_LEVELS[d]) if (level !== 'unknown') levels[level] = [];
    spellings[d] = levels;
  }
  spellings.title = { canBo: [], congChuc: [], other: [] };
  return {
    _help: `Starter config for cbcc-stats, from ${inspection.file}. Edit it, then: cbcc-stats report ROSTER --config THIS_FILE. Keys starting with "_" are notes.`,
    _roles: COLUMN_ROLES.join(', '),
    columns,
    spellings,
    disadvantagedUnits: [],
    ignore: { rows: [], sheets: [] },
  };
}
