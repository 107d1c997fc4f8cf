/**
 * The real-spreadsheet corpus (../shared/corpus/calamine), beside the project on its machines and in
 * CI, absent from a user's clone: tests of it skip there, and say so.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from './shared.js';

export const CORPUS = join(SHARED, 'corpus', 'calamine');

/** Whether the corpus is there; when not, one line names what is skipped and the missing folder. */
export function corpusPresent(what: string): boolean {
  const present = existsSync(CORPUS);
  if (!present) console.warn(`skipped: ${what}: it needs ${CORPUS} (shared/ beside the project), which is absent`);
  return present;
}
