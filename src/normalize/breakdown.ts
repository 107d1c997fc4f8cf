/**
 * The breakdown under a table's total ("Tổng số: 25 người", then "Trong đó: Nữ | 9", "Đảng viên | 20",
 * "Đại học | 18"): rows of a label and a count, never people. A row opening with "Trong đó" is one
 * wherever it stands; after a grand total, a row is one when its label names a level of a dimension
 * ("Nữ", "Đảng viên", "Đại học", "Cao cấp", "Công chức") and a cell holds a count — a person's row names
 * a person, not a level.
 */
import { foldKey } from './text.js';
import type { Classifiers } from './classifiers.js';
import { BREAKDOWN_WORDS } from '../vocab/rows.js';

const LEADS = BREAKDOWN_WORDS.map((w) => foldKey(w).replace(/[:\s]+$/, ''));
const DIMENSIONS = ['gender', 'partyMember', 'education', 'politicalTheory', 'staffType'] as const;

/** The label without its "Trong đó:" lead, or undefined when it has none. */
function afterLead(label: string): string | undefined {
  const key = foldKey(label);
  for (const lead of LEADS) {
    if (key === lead) return '';
    if (key.startsWith(lead) && /^[\s:,.-]/.test(key.slice(lead.length))) return key.slice(lead.length);
  }
  return undefined;
}

/** Whether a few-celled row with this one label is a line of the breakdown under a total. */
export function isBreakdown(
  label: string,
  withCount: boolean,
  afterGrandTotal: boolean,
  classifiers: Classifiers,
): boolean {
  if (afterLead(label) !== undefined) return true;
  if (!afterGrandTotal || !withCount) return false;
  const bare = label.replace(/[:\s]+$/u, '').trim();
  return DIMENSIONS.some((d) => {
    const level = classifiers[d].classify(bare);
    return level !== undefined && level !== 'unknown';
  });
}
