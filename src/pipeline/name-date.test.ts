/**
 * A roster whose title block names no date takes it from its file's name (review rv34): "DS_CBCC_12-2025.xlsx"
 * is of December 2025, for the side of the reform its titles are read on and the day its ages are counted at.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staffTypes, warning } from '../test-support/reform-roster.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const dir = tempDir();
const LINES = [
  'STT,Họ và tên,Ngày sinh,Giới tính,Đơn vị hành chính,Chức vụ',
  '1,Hà Thị An,31/12/1992,Nữ,Xã Sơn Cẩm,Chủ tịch UBND',
  '2,Hà Văn Bình,01/01/1970,Nam,Xã Sơn Cẩm,Trưởng Công an xã',
  '3,Hà Văn Cường,15/03/1985,Nam,Xã Sơn Cẩm,Chỉ huy trưởng Ban CHQS',
];
const named = async (name: string, title?: string) => {
  const file = join(dir, name);
  writeFileSync(file, [...(title ? [title, ''] : []), ...LINES].join('\n'));
  return (await analyze([file], {})).report;
};

describe("the date a file's name carries", () => {
  it('"DS_CBCC_12-2025.csv": titles read after the reform, ages at 31/12/2025 (was: before it, and today)', async () => {
    const r = await named('DS_CBCC_12-2025.csv');
    // At 31/12/2025: 33, 55, 40.
    expect([r.sources[0]!.postsAt, r.sources[0]!.agesAt, r.age?.asOf, r.age?.mean]).toEqual([
      '2025-07-01',
      '2025-12-31',
      '2025-12-31',
      (33 + 55 + 40) / 3,
    ]);
    expect(staffTypes(r)).toEqual({ canBo: 1, congChuc: 0, other: 0, unknown: 2 });
    expect(warning(r, 'STAFF_TYPE_UNRESOLVED')?.message).toContain(
      'titles read as after the reform because of the date "12/2025" in the file name',
    );
  });

  it('"Danh sach CBCC 2022.csv": the police head a công chức at 31/12/2022, ages then (30, 52, 37)', async () => {
    const r = await named('Danh sach CBCC 2022.csv');
    expect([r.sources[0]!.postsAt, r.age?.asOf, r.age?.mean, staffTypes(r)]).toEqual([
      '2022-12-31',
      '2022-12-31',
      (30 + 52 + 37) / 3,
      { canBo: 1, congChuc: 2, other: 0, unknown: 0 },
    ]);
  });

  it("never over the title block's date: a 2024 title in a file named 2022 is read at 31/12/2024", async () => {
    const r = await named('DS_2022.csv', 'DANH SÁCH CÁN BỘ, CÔNG CHỨC NĂM 2024');
    expect([r.sources[0]!.postsAt, r.age?.asOf]).toEqual(['2024-12-31', '2024-12-31']);
  });
});
