/**
 * A ten-person roster written by hand for the thesis-table tests, small enough to count on paper:
 * education master 1, university 5, college 1, intermediate 2, "Giỏi" (not a level: unknown) 1;
 * political theory bachelor 1, senior 1, intermediate 4, elementary 1, none 3; 5 cán bộ, 5 công chức.
 * Education × staff type: cán bộ master 1, university 3, intermediate 1; công chức university 2,
 * college 1, intermediate 1, unknown 1.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report } from '../aggregate/contract.js';
import { analyze, type AnalyzeOptions } from '../pipeline/analyze.js';

export const SMALL_ROSTER = [
  'STT,Họ và tên,Giới tính,Đơn vị,Chức vụ,Cán bộ/Công chức,Trình độ chuyên môn,Lý luận chính trị,Đảng viên',
  '1,Người Một,Nữ,Xã An Bình,Bí thư Đảng ủy,Cán bộ,Thạc sĩ,Cao cấp,x',
  '2,Người Hai,Nam,Xã An Bình,Phó Bí thư,Cán bộ,Đại học,Trung cấp,x',
  '3,Người Ba,Nam,Xã An Bình,Chủ tịch UBND,Cán bộ,Đại học,Trung cấp,x',
  '4,Người Bốn,Nữ,Xã An Bình,Văn phòng - Thống kê,Công chức,Đại học,,',
  '5,Người Năm,Nam,Xã An Bình,Địa chính - Xây dựng,Công chức,Cao đẳng,Sơ cấp,x',
  '6,Người Sáu,Nữ,Xã An Bình,Tư pháp - Hộ tịch,Công chức,Trung cấp,,',
  '7,Người Bảy,Nam,Xã An Bình,Chủ tịch HĐND,Cán bộ,Đại học,Cử nhân,x',
  '8,Người Tám,Nam,Xã An Bình,Tài chính - Kế toán,Công chức,Giỏi,,',
  '9,Người Chín,Nữ,Xã An Bình,Văn hóa - Xã hội,Công chức,Đại học,Trung cấp,x',
  '10,Người Mười,Nam,Xã An Bình,Chủ tịch UBMTTQ,Cán bộ,Trung cấp,Trung cấp,x',
].join('\n');

/** The small roster's report, written into dir, with the options given (a cross table by default). */
export async function smallRosterReport(dir: string, options: AnalyzeOptions = {}): Promise<Report> {
  const file = join(dir, 'small.csv');
  await writeFile(file, SMALL_ROSTER);
  const { report } = await analyze([file], {
    crosses: [['education', 'staffType']],
    asOf: { year: 2025, month: 6, day: 30 },
    ...options,
  });
  return report;
}
