/** A config file's and a rule set's problems in English (part of the `errors` section of text/en.ts). */
import type { ConfigKind, ConfigShape, ErrorWords } from '../../errors.js';

const SHAPES: Record<ConfigShape, string> = {
  stringList: 'must be a list of strings',
  rowNumbers: 'must be a list of row numbers',
  boolean: 'must be true or false',
  text: 'must be a text',
  columnsMap: 'must map a header text or column letter to a role',
  spellingsMap: 'must map a dimension to levels and their spellings',
  levelsMap: 'must map levels to lists of spellings',
  ignoreObject: 'must be an object with "rows" and/or "sheets"',
  fieldFitObject: 'must be an object with "posts", "fields" and/or "fromEducation"',
  postsMap: 'must map a post to a list of field families',
  fieldsMap: 'must map a field family to more spellings',
  reportObject: 'must be an object (agency, signer, signedOn …)',
};

const KINDS: Record<ConfigKind, (list: string, of?: string) => string> = {
  role: (list) => `a role (roles: ${list})`,
  dimension: (list) => `a dimension (dimensions: ${list})`,
  level: (list, of) => `a level of ${of ?? ''} (levels: ${list})`,
  family: (list) => `a field family (families: ${list})`,
  post: (list) => `a post of the table of posts (e.g. ${list})`,
  date: (list) => `a date (${list})`,
};

export const configErrorsEn: Pick<
  ErrorWords,
  'inConfig' | 'fileUnreadable' | 'notJson' | 'oneObject' | 'unknownKey' | 'mustBe' | 'notOneOf' | 'noRosterFilesSide'
> = {
  inConfig: (file, problem) => `${file}: ${problem}`,
  fileUnreadable: (reason) => `cannot read it: ${reason}`,
  notJson: (reason) => `not valid JSON: ${reason}`,
  oneObject: () => 'the file must hold one JSON object',
  unknownKey: (key, known) => `unknown key "${key}" (known: ${known.join(', ')})`,
  mustBe: (path, shape) => `"${path}" ${SHAPES[shape]}`,
  notOneOf: (path, value, kind, list, of) =>
    `"${path}"${value !== undefined ? `: "${value}"` : ''} is not ${KINDS[kind](list.join(', '), of)}`,
  noRosterFilesSide: (side) => `no roster files (.xlsx, .xls, .ods, .csv, .tsv, .txt) in the ${side} inputs`,
};
