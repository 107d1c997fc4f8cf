/**
 * Commune rosters of after the 1 July 2025 reform built for a test (reform-titles.test.ts,
 * reform-rv26.test.ts): one person a row with a unit and a title, a type column when any has a type,
 * written as xlsx; and what those tests read back from a report.
 */
import { join } from 'node:path';
import type { GridCell } from '../../fixtures/lib/official.js';
import { writeBook } from '../../fixtures/lib/write-book.js';
import type { analyze } from '../pipeline/analyze.js';
import { tempDir } from './tmp.js';

const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Đơn vị hành chính', 'Chức vụ', 'Trình độ chuyên môn'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Khánh', 'Lâm', 'Minh', 'Nam', 'Phúc', 'Quang'];

export type ReformPerson = readonly [unit: string, title: string, type?: string];

/** Writes rosters named `<prefix>-<n>.xlsx`, each person `<surname> <given>` born on `born`. */
export function reformRosters(prefix: string, surname: string, born: string) {
  const dir = tempDir();
  let files = 0;
  /** One person per [unit, title, type?], numbered from 1; a type column ("Đối tượng") when any has a type. */
  return async (people: readonly ReformPerson[]): Promise<string> => {
    const file = join(dir, `${prefix}-${++files}.xlsx`);
    const typed = people.some((p) => p[2] !== undefined);
    const rows: GridCell[][] = [
      typed ? [...HEADER, 'Đối tượng'] : HEADER,
      ...people.map(([unit, title, type], i) => [
        i + 1,
        `${surname} ${GIVEN[i % GIVEN.length]}`,
        born,
        i % 2 ? 'Nam' : 'Nữ',
        unit,
        title,
        'Đại học',
        ...(typed ? [type ?? ''] : []),
      ]),
    ];
    await writeBook({ sheets: [{ name: 'DS', rows }], people: [] }, file);
    return file;
  };
}

export const at2026 = { asOf: { year: 2026, month: 3, day: 1 }, postsAt: '2026-03-01' };
export const at2024 = { asOf: { year: 2024, month: 3, day: 1 }, postsAt: '2024-03-01' };

export type Report = Awaited<ReturnType<typeof analyze>>['report'];
export const staffTypes = (report: Report): Record<string, number> =>
  Object.fromEntries(Object.entries(report.dimensions.staffType!).map(([k, v]) => [k, v.count]));
export const warning = (report: Report, code: string) => report.warnings.find((w) => w.code === code);
/** The warnings' codes, without the DIMENSION_… ones a short roster raises. */
export const codes = (report: Report): string[] =>
  report.warnings.map((w) => w.code).filter((c) => !c.startsWith('DIMENSION'));
