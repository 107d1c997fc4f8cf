/** Files written for a test and what openTables makes of them: the format read, the rows, or the refusal. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CbccError } from '../errors.js';
import { openTables } from '../read/open.js';
import type { RawRow } from '../read/types.js';

/** Writes each file in a folder of its own under `dir`, so that names may repeat. */
export function fileWriter(dir: string): (name: string, bytes: Buffer | string) => string {
  let serial = 0;
  return (name, bytes) => {
    const sub = join(dir, String(++serial));
    mkdirSync(sub);
    const file = join(sub, name);
    writeFileSync(file, bytes);
    return file;
  };
}

/** The format the file was read as, or the code (and message) of its refusal. */
export async function readAs(file: string): Promise<string> {
  try {
    const tables = await openTables(file);
    return tables.map((t) => t.info.format).join(', ');
  } catch (err) {
    return err instanceof CbccError ? `${err.code}: ${err.message}` : `other: ${(err as Error).message}`;
  }
}

/** Everything a refusal tells: its code, its English line, its words in either language and where. */
export async function refusalOf(file: string): Promise<Pick<CbccError, 'code' | 'message' | 'said' | 'where'>> {
  try {
    await openTables(file);
  } catch (err) {
    if (err instanceof CbccError) return { code: err.code, message: err.message, said: err.said, where: err.where };
    throw err;
  }
  throw new Error(`${file} was read`);
}

/** The cells of every row of the first table. */
export async function firstRows(file: string): Promise<RawRow['cells'][]> {
  const [table] = await openTables(file);
  const out: RawRow['cells'][] = [];
  for await (const row of table!.rows) out.push(row.cells);
  return out;
}
