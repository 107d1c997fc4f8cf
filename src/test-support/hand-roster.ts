/**
 * Seven people of two communes written by hand (review rv32), laid out as offices lay rosters out, with
 * their figures counted on paper:
 * - Xã Tân Lập: An (Bí thư Đảng ủy, ThS, cao cấp, ĐV), Bình (nữ, CT UBND, ĐH, trung cấp, ĐV), Cường (TP-HT,
 *   ĐH, no LLCT, not ĐV), Dung (nữ, VP-TK, CĐ, sơ cấp, ĐV);
 * - Xã Hòa Bình: Em (CT HĐND, ĐH, trung cấp, ĐV), Phương (nữ, TC-KT, TC, no LLCT, ĐV), Giang (CHT Quân sự,
 *   TC, trung cấp, ĐV).
 * 3 cán bộ, 4 công chức; 3 women; 6 party members; ThS 1, ĐH 3, CĐ 1, TC 2; LLCT cao cấp 1, trung cấp 3,
 * sơ cấp 1, none 2.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../aggregate/contract.js';
import type { GridCell } from '../../fixtures/lib/official.js';
import type { BookSheet } from '../../fixtures/lib/workbooks.js';
import { writeBook } from '../../fixtures/lib/write-book.js';
import { analyze, type AnalyzeOptions } from '../pipeline/analyze.js';

export interface HandPerson {
  name: string;
  female: boolean;
  unit: string;
  title: string;
  party: boolean;
  education: string;
  theory: string;
  born: string;
}

const person = (...v: [string, boolean, string, string, boolean, string, string, string]): HandPerson => {
  const [name, female, unit, title, party, education, theory, born] = v;
  return { name, female, unit, title, party, education, theory, born };
};

export const PEOPLE: readonly HandPerson[] = [
  person('Nguyễn Văn An', false, 'Xã Tân Lập', 'Bí thư Đảng ủy', true, 'Thạc sĩ', 'Cao cấp', '12/03/1970'),
  person('Lê Thị Bình', true, 'Xã Tân Lập', 'Chủ tịch UBND', true, 'Đại học', 'Trung cấp', '05/09/1978'),
  person('Trần Văn Cường', false, 'Xã Tân Lập', 'Công chức Tư pháp - Hộ tịch', false, 'Đại học', '', '20/11/1990'),
  person(
    'Phạm Thị Dung',
    true,
    'Xã Tân Lập',
    'Công chức Văn phòng - Thống kê',
    true,
    'Cao đẳng',
    'Sơ cấp',
    '01/01/1988',
  ),
  person('Hoàng Văn Em', false, 'Xã Hòa Bình', 'Chủ tịch HĐND', true, 'Đại học', 'Trung cấp', '15/06/1972'),
  person('Vũ Thị Phương', true, 'Xã Hòa Bình', 'Công chức Tài chính - Kế toán', true, 'Trung cấp', '', '30/04/1985'),
  person(
    'Đỗ Văn Giang',
    false,
    'Xã Hòa Bình',
    'Chỉ huy trưởng Ban Chỉ huy Quân sự',
    true,
    'Trung cấp',
    'Trung cấp',
    '02/02/1980',
  ),
];

/** The hand count of the seven, as figuresOf writes a report's. */
export const SEVEN =
  'N=7 | canBo=3 congChuc=4 | gender female=3 male=4 | party yes=6 no=1 | ' +
  'edu master=1 university=3 college=1 intermediate=2 | llct senior=1 intermediate=3 elementary=1 none=2 | ' +
  'units Xã Hòa Bình=3, Xã Tân Lập=4';

/** The seven with their units named otherwise ("Tân Lập" for "Xã Tân Lập"). */
export const sevenIn = (tanLap: string, hoaBinh: string): string =>
  SEVEN.replace('units Xã Hòa Bình=3, Xã Tân Lập=4', `units ${[`${hoaBinh}=3`, `${tanLap}=4`].sort().join(', ')}`);

export const HEADER = [
  'STT',
  'Họ và tên',
  'Giới tính',
  'Đơn vị',
  'Chức vụ',
  'Đảng viên',
  'Trình độ chuyên môn',
  'Lý luận chính trị',
];

/** A person's row under HEADER (numbered i + 1). */
export const rowOf = (p: HandPerson, i: number): GridCell[] => [
  i + 1,
  p.name,
  p.female ? 'Nữ' : 'Nam',
  p.unit,
  p.title,
  p.party ? 'x' : '',
  p.education,
  p.theory,
];

/** The row without the unit's column (a sheet or section names the unit). */
export const rowWithoutUnit = (p: HandPerson, i: number): GridCell[] => rowOf(p, i).filter((_, k) => k !== 3);
export const HEADER_WITHOUT_UNIT = HEADER.filter((h) => h !== 'Đơn vị');

/** The people of a unit. */
export const of = (unit: string) => PEOPLE.filter((p) => p.unit === unit);
export const isCanBo = (p: HandPerson) => /Bí thư|Chủ tịch/.test(p.title);

function levels(report: Report, dim: keyof Report['dimensions']): string {
  return Object.entries(report.dimensions[dim] ?? {})
    .filter(([, v]) => v && v.count > 0)
    .map(([k, v]) => `${k}=${v!.count}`)
    .join(' ');
}

/** A report's figures in one line: total, staff type, gender, party, education, political theory, units. */
export function figuresOf(report: Report): string {
  const units = (report.groups ?? []).map((g) => `${g.key}=${g.total}`).join(', ');
  return [
    `N=${report.total}`,
    levels(report, 'staffType'),
    `gender ${levels(report, 'gender')}`,
    `party ${levels(report, 'partyMember')}`,
    `edu ${levels(report, 'education')}`,
    `llct ${levels(report, 'politicalTheory')}`,
    `units ${units}`,
  ].join(' | ');
}

export const AS_OF = { year: 2025, month: 12, day: 31 };

/** Reads files by unit at 31/12/2025; no file may fail. */
export async function reportOf(files: string[], options: AnalyzeOptions = {}): Promise<Report> {
  const { report, failures } = await analyze(files, { groupBy: 'unit', asOf: AS_OF, ...options });
  if (failures.length > 0) throw new Error(JSON.stringify(failures));
  return report;
}

/** A workbook of these sheets written into dir as name (.xlsx, .xls or .ods); its path. */
export async function bookIn(dir: string, name: string, sheets: BookSheet[]): Promise<string> {
  const path = join(dir, name);
  await writeBook({ sheets, people: [] }, path);
  return path;
}

/** A text file written into dir; its path. */
export async function textIn(dir: string, name: string, content: string | Buffer): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

export const UNITS = ['Xã Tân Lập', 'Xã Hòa Bình'];
export type Merge = [number, number, number, number];
/** One sheet "DS" of these rows and merges. */
export const one = (rows: GridCell[][], merges: Merge[] = []): BookSheet[] => [{ name: 'DS', rows, merges }];
/** Merges, and each of these columns merged down the two header rows. */
export const below = (under: Merge[], columns: number[]): Merge[] => [
  ...under,
  ...columns.map((c): Merge => [0, c, 1, c]),
];
/** Rows as lines of text, cells joined by sep. */
export const csv = (rows: GridCell[][], sep = ','): string[] => rows.map((r) => r.join(sep));

export const codesOf = (report: Report): string[] => report.warnings.map((w) => w.code);
export const rowsOf = (report: Report, code: string) =>
  report.warnings.filter((w) => w.code === code).map((w) => w.rows);
