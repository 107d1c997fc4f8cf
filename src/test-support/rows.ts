/**
 * Rows written by hand for the tests of RowNormalizer: a small roster header, a row of cells, and what a
 * row came out as (its skip reason, or the person counted).
 */
import { detectLayout } from '../detect/header.js';
import type { Cell, RawRow } from '../read/types.js';
import { buildClassifiers } from '../normalize/classifiers.js';
import type { RowResult } from '../normalize/person.js';
import { RowNormalizer, type RowSettings } from '../normalize/row.js';

export const ROSTER_HEADER: Cell[] = [
  'STT',
  'Họ và tên',
  'Giới tính',
  'Ngày sinh',
  'Trình độ chuyên môn',
  'Lý luận chính trị',
];
export const AS_OF = { year: 2025, month: 1, day: 1 };

/**
 * A reader of the rows under one header row, counting ages at 1 January 2025. `Normalizer` is the class
 * to build: a test that loads row.ts afresh passes its own.
 */
export function rowReader(
  header: Cell[] = ROSTER_HEADER,
  settings: RowSettings = {},
  Normalizer: typeof RowNormalizer = RowNormalizer,
): RowNormalizer {
  const layout = detectLayout([{ n: 1, cells: header }], { file: 't' });
  return new Normalizer(layout, buildClassifiers(), { asOf: AS_OF, ...settings });
}

export const row = (n: number, ...cells: Cell[]): RawRow => ({ n, cells });
/** Nguyễn Văn An, a man born on 1 February 1980, under ROSTER_HEADER. */
export const someone = (n = 2): RawRow => row(n, 1, 'Nguyễn Văn An', 'Nam', '01/02/1980', 'Đại học', 'Trung cấp');
/** Why a row was skipped, or "person". */
export const reason = (r: RowResult): string => (r.kind === 'skip' ? r.reason : 'person');
/** The doubt said of a person counted, or undefined. */
export const doubtOf = (r: RowResult): string | undefined => (r.kind === 'person' ? r.doubt : `skipped: ${r.reason}`);
export const personOf = (r: RowResult) => {
  if (r.kind !== 'person') throw new Error(`not a person: ${JSON.stringify(r)}`);
  return r.person;
};
