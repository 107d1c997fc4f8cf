/**
 * A 2026 HR export with "Vị trí việc làm" and "Ngạch" / "Mã ngạch" and no "Chức vụ" (s12-rv35): a job
 * position that names no post ("Quản lý đất đai") or names the clerk's words the law leaves open ("Văn
 * thư", "Nhân viên …") is settled by a công chức's ngạch beside it (Luật 80/2025 Art. 24: the ngạch are the
 * công chức's; contract staff have none). A post whose status is open stays open whatever the ngạch.
 */
import { describe, expect, it } from 'vitest';
import { csvReport } from '../test-support/csv-report.js';

const HEADER =
  'STT,Số định danh cá nhân,Họ và tên,Giới tính,Ngày sinh,Đơn vị hành chính,Cơ quan công tác,Vị trí việc làm,Ngạch,Mã ngạch,Trình độ chuyên môn,Lý luận chính trị,Đảng viên';
const person = (n: number, agency: string, position: string, rank: string, code: string) =>
  `${n},0010800123${40 + n},Người Số ${n},Nam,01/02/198${n % 10},Phường Gia Sàng,${agency},${position},${rank},${code},Đại học,,`;
const counts = (levels: Record<string, { count: number }>) =>
  Object.fromEntries(Object.entries(levels).map(([k, v]) => [k, v.count]));

describe('a 2026 roster without Chức vụ', () => {
  it('counts a công chức’s ngạch where the job position names no post or only the clerk’s words', async () => {
    const report = await csvReport([
      HEADER,
      person(1, 'Phòng Kinh tế', 'Chuyên viên về quản lý tài chính - ngân sách', 'Chuyên viên', '01.003'),
      person(2, 'Trung tâm Phục vụ hành chính công', 'Văn thư', 'Cán sự', '01.004'),
      person(3, 'Phòng Kinh tế', 'Quản lý đất đai', 'Chuyên viên', '01.003'),
      person(4, 'Văn phòng HĐND và UBND', 'Nhân viên lái xe', 'Nhân viên', '01.005'),
      person(5, 'Văn phòng HĐND và UBND', 'Kế toán', 'Kế toán viên', '06.031'),
      // Open posts stay open (listed, said), a ngạch beside them or not.
      person(6, 'Văn phòng HĐND và UBND', 'Chỉ huy trưởng Ban CHQS', 'Chuyên viên', '01.003'),
      // No ngạch: the clerk's words stay open; a post read stays as read.
      person(7, 'Văn phòng HĐND và UBND', 'Văn thư', '', ''),
      person(8, 'Văn phòng HĐND và UBND', 'Hợp đồng lao động', '', ''),
      // A viên chức's code: not cán bộ nor công chức.
      person(9, 'Trung tâm Phục vụ hành chính công', 'Văn thư', 'Văn thư viên hạng IV', 'V.01.02.03'),
    ]);
    expect(counts(report.dimensions.staffType)).toEqual({ canBo: 0, congChuc: 5, other: 2, unknown: 2 });
    const unknown = report.unknownValues.filter((u) => u.dimension === 'staffType');
    expect(unknown.map((u) => [u.value, u.rows])).toEqual([
      ['Chỉ huy trưởng Ban CHQS', [7]],
      ['Văn thư', [8]],
    ]);
  });

  it('reads a head’s title that names no office with the office the agency column names', async () => {
    const report = await csvReport([
      HEADER,
      person(1, 'Văn phòng HĐND và UBND', 'Chánh Văn phòng', '', ''),
      person(2, 'Văn phòng HĐND và UBND', 'Phó Chánh Văn phòng', '', ''),
      person(3, 'Trung tâm Phục vụ hành chính công', 'Phó Giám đốc', '', ''),
      person(4, 'Phòng Kinh tế', 'Trưởng phòng', '', ''),
      // The Party committee's office: its head's status is open, said with the office named.
      person(5, 'Văn phòng Đảng ủy', 'Chánh Văn phòng', '', ''),
      // No office beside it: which office is not said.
      person(6, '', 'Chánh Văn phòng', '', ''),
    ]);
    expect(counts(report.dimensions.staffType)).toEqual({ canBo: 0, congChuc: 4, other: 0, unknown: 2 });
    const unknown = report.unknownValues.filter((u) => u.dimension === 'staffType');
    expect(unknown.map((u) => [u.value, u.rows])).toEqual([['Chánh Văn phòng', [6, 7]]]);
  });
});
