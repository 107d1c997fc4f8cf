/**
 * A column's use (what detection made of it) as text, in the three places it is shown: the JSON
 * contract's `role` and `confidence`, the Excel sources sheet, and `inspect`'s table. Detection and the
 * pipeline carry the use as a value; only these functions turn it into words.
 */
import type { ColumnUse } from '../detect/layout.js';
import { roleLabel } from './labels.js';
import { textFor, type Text } from './text/index.js';

/**
 * The JSON `role`: the role's id ("education"), a tick column as "dimension=level" ("education=university"),
 * a gendered birth date as "birthDate (female)", a birth date's day or month column as "birthDate (day)"; null for a column read as nothing or as part of the name.
 */
export function columnUseKey(use: ColumnUse): string | null {
  switch (use.kind) {
    case 'field':
      return use.role;
    case 'mark':
      return `${use.dimension}=${use.level}`;
    case 'birthDateOfGender':
      return `birthDate (${use.gender})`;
    case 'birthDatePart':
      return `birthDate (${use.part})`;
    case 'namePart':
    case 'titlePart':
    case 'none':
      return null;
  }
}

/** The JSON `confidence`: how well the header matched a role; 1 for tick and birth-date columns, found by their group. */
export function columnUseConfidence(use: ColumnUse): number | null {
  switch (use.kind) {
    case 'field':
      return use.confidence;
    case 'mark':
    case 'birthDateOfGender':
    case 'birthDatePart':
      return 1;
    case 'namePart':
    case 'titlePart':
    case 'none':
      return null;
  }
}

/** The Excel sources sheet's "Vai trò": a role's label, otherwise the JSON key as it is. */
export function columnUseLabel(use: ColumnUse): string {
  return use.kind === 'field' ? roleLabel(use.role) : roleLabel(columnUseKey(use));
}

/** `inspect`'s "Vai trò", its words from the language's text (Vietnamese unless told). */
export function columnUseText(use: ColumnUse, text: Text['inspect'] = textFor('vi').inspect): string {
  switch (use.kind) {
    case 'field':
      return roleLabel(use.role);
    case 'mark':
      return text.markRole(use.dimension, use.level);
    case 'birthDateOfGender':
      return text.birthDateOfGenderRole(use.gender);
    case 'birthDatePart':
      return text.birthDatePartRole(use.part);
    case 'namePart':
    case 'titlePart':
    case 'none':
      return text.noRole;
  }
}
