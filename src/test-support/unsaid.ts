/** Warnings as the JSON has them: without `said`, their words for the human outputs (aggregate/warning-said.ts). */
import type { ReportWarning } from '../aggregate/warnings.js';

type Unsaid = Omit<ReportWarning, 'said'>;

export function unsaid(w: ReportWarning): Unsaid;
export function unsaid(w: ReportWarning | undefined): Unsaid | undefined;
export function unsaid(w: readonly ReportWarning[]): Unsaid[];
export function unsaid(w: ReportWarning | readonly ReportWarning[] | undefined): Unsaid | Unsaid[] | undefined {
  if (w === undefined) return undefined;
  if (Array.isArray(w)) return (w as readonly ReportWarning[]).map((x) => unsaid(x));
  const { said: _said, ...rest } = w as ReportWarning;
  return rest;
}
