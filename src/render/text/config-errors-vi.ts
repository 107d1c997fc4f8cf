/** A config file's and a rule set's problems in Vietnamese (part of the `errors` section of text/vi.ts). */
import type { ConfigKind, ConfigShape, ErrorWords } from '../../errors.js';

const SHAPES: Record<ConfigShape, string> = {
  stringList: 'phải là một danh sách chữ',
  rowNumbers: 'phải là một danh sách số dòng',
  boolean: 'phải là true hoặc false',
  text: 'phải là một đoạn chữ',
  columnsMap: 'phải ghép tiêu đề cột (hoặc chữ cái của cột) với một vai trò',
  spellingsMap: 'phải ghép mỗi chỉ tiêu với các mức và cách viết của chúng',
  levelsMap: 'phải ghép mỗi mức với một danh sách cách viết',
  ignoreObject: 'phải là một đối tượng có "rows" và/hoặc "sheets"',
  fieldFitObject: 'phải là một đối tượng có "posts", "fields" và/hoặc "fromEducation"',
  postsMap: 'phải ghép mỗi chức danh với một danh sách nhóm ngành',
  fieldsMap: 'phải ghép mỗi nhóm ngành với các cách viết thêm',
  reportObject: 'phải là một đối tượng (agency, signer, signedOn …)',
};

const KINDS: Record<ConfigKind, (list: string, of?: string) => string> = {
  role: (list) => `một vai trò cột (các vai trò: ${list})`,
  dimension: (list) => `một chỉ tiêu (các chỉ tiêu: ${list})`,
  level: (list, of) => `một mức của ${of ?? ''} (các mức: ${list})`,
  family: (list) => `một nhóm ngành (các nhóm: ${list})`,
  post: (list) => `một chức danh trong danh mục chức danh (ví dụ ${list})`,
  date: () => 'một ngày (dd/mm/yyyy hoặc YYYY-MM-DD)',
};

const FILES = { config: 'tệp cấu hình', standards: 'bộ tiêu chuẩn' };

export const configErrorsVi: Pick<
  ErrorWords,
  'inConfig' | 'fileUnreadable' | 'notJson' | 'oneObject' | 'unknownKey' | 'mustBe' | 'notOneOf' | 'noRosterFilesSide'
> = {
  inConfig: (file, problem) => `${FILES[file]}: ${problem}`,
  fileUnreadable: (reason) => `không đọc được: ${reason}`,
  notJson: (reason) => `không phải JSON hợp lệ: ${reason}`,
  oneObject: () => 'tệp phải chứa một đối tượng JSON',
  unknownKey: (key, known) => `không có khóa "${key}" (các khóa: ${known.join(', ')})`,
  mustBe: (path, shape) => `"${path}" ${SHAPES[shape]}`,
  notOneOf: (path, value, kind, list, of) =>
    `"${path}"${value !== undefined ? `: "${value}"` : ''} không phải ${KINDS[kind](list.join(', '), of)}`,
  noRosterFilesSide: (side) =>
    `không có tệp danh sách nào (.xlsx, .xls, .ods, .csv, .tsv, .txt) ở ${side === 'old' ? 'kỳ trước' : 'kỳ sau'}`,
};
