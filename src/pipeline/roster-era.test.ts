/**
 * The roster's own date decides, without --as-of, the day its titles are read at (review rv34): the named
 * period's last day before the 1/7/2025 reform, the reform's day after it. Each roster is built here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GridCell } from '../../fixtures/lib/official.js';
import { writeBook } from '../../fixtures/lib/write-book.js';
import { staffTypes, warning } from '../test-support/reform-roster.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Đơn vị hành chính', 'Chức vụ', 'Trình độ chuyên môn'];
const PEOPLE: GridCell[][] = [
  [1, 'Lý Thị An', '01/01/1984', 'Nữ', 'Xã Sơn Cẩm', 'Chủ tịch UBND', 'Đại học'],
  [2, 'Lý Văn Bình', '01/01/1984', 'Nam', 'Xã Sơn Cẩm', 'Trưởng Công an xã', 'Đại học'],
  [3, 'Lý Văn Cường', '01/01/1984', 'Nam', 'Xã Sơn Cẩm', 'Chỉ huy trưởng Ban CHQS', 'Đại học'],
];
const dir = tempDir();
let n = 0;
const book = async (title: string) => {
  const file = join(dir, `era-${++n}.xlsx`);
  await writeBook({ sheets: [{ name: 'DS', rows: [[title], [], HEADER, ...PEOPLE] }], people: [] }, file);
  return file;
};

describe("the day a roster's titles are read at, from its title block", () => {
  it('a 2022 roster ("năm 2022") at 31/12/2022: its commune police head a công chức (was: read at 30/6/2025, open)', async () => {
    const { report } = await analyze([await book('DANH SÁCH CÁN BỘ, CÔNG CHỨC XÃ SƠN CẨM NĂM 2022')], {});
    expect([report.sources[0]!.postsAt, staffTypes(report)]).toEqual([
      '2022-12-31',
      { canBo: 1, congChuc: 2, other: 0, unknown: 0 },
    ]);
    expect(warning(report, 'STAFF_TYPE_UNRESOLVED')).toBeUndefined();
  });

  it('a 2023 roster at 31/12/2023: the police post left the staff on 1/8/2023, open and said with the day read', async () => {
    const { report } = await analyze([await book('DANH SÁCH CÁN BỘ, CÔNG CHỨC NĂM 2023')], {});
    expect([report.sources[0]!.postsAt, staffTypes(report)]).toEqual([
      '2023-12-31',
      { canBo: 1, congChuc: 1, other: 0, unknown: 1 },
    ]);
    expect(warning(report, 'STAFF_TYPE_UNRESOLVED')?.message).toContain(
      'Trưởng Công an xã (1) (titles read at 2023-12-31 because of the date "2023" in the title block; give --as-of',
    );
  });

  it.each([
    ['Quý II/2024', 'Quý II/2024', '2024-06-30'],
    ['BÁO CÁO QUÝ 2 NĂM 2025', 'Quý II/2025', '2025-06-30'],
    ['Danh sách 6 tháng đầu năm 2025', '6 tháng đầu năm 2025', '2025-06-30'],
    ['Danh sách 6 THÁNG CUỐI NĂM 2025', '6 tháng cuối năm 2025', '2025-07-01'],
    ['Danh sách tháng 2/2024', '02/2024', '2024-02-29'],
    ['Số liệu đến ngày 30 tháng 6 năm 2025', '30/06/2025', '2025-06-30'],
    ['Tính đến 31/12/22', '31/12/2022', '2022-12-31'],
  ])('%j is the period %j, titles read at %s (was: the year, or nothing)', async (title, label, postsAt) => {
    const { report } = await analyze([await book(title)], { titleDates: true });
    expect([report.sources[0]!.titleDate, report.sources[0]!.postsAt]).toEqual([label, postsAt]);
  });
});
