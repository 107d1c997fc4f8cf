/** Rows a reader gives, read to the end: for tests of the readers. */
import type { RawRow, Table } from '../read/types.js';

export async function readAll<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const r of rows) out.push(r);
  return out;
}

/** Every row of each table, in the tables' order. */
export const rowsOfTables = (tables: Table[]): Promise<RawRow[][]> => Promise.all(tables.map((t) => readAll(t.rows)));
