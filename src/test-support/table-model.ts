/** Hand-built table models for renderer tests: a row is a label, a count and a share (one decimal). */
import type { PrintedTable, TableRow } from '../render/tables.js';

export function countRow(kind: TableRow['kind'], label: string, count: number, sharePerMille: number): TableRow {
  return {
    kind,
    cells: [label, { count }, { percent: sharePerMille, decimals: 1 }],
  };
}

/** A three-column table ("Chỉ tiêu | Số lượng (người) | Tỷ lệ (%)") with the given rows and notes. */
export function countTable(title: string, rows: TableRow[], notes: string[] = []): PrintedTable {
  return { title, head: ['Chỉ tiêu', 'Số lượng (người)', 'Tỷ lệ (%)'], rows, notes };
}
