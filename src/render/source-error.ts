/** A source that could not be read: its error in the interface language (the JSON keeps `error`, in English). */
import type { SourceReport } from '../aggregate/contract.js';
import { sayIn } from '../errors.js';
import type { Lang } from './numbers.js';

export function sourceError(s: Pick<SourceReport, 'error' | 'errorSaid'>, lang: Lang): string {
  return s.errorSaid ? sayIn(s.errorSaid, lang) : (s.error ?? '');
}
