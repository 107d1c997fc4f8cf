/**
 * How gender, party membership and general schooling are written (moved out of spellings.ts, which
 * re-exports them, when it reached 400 lines: s12-rv33). Matched as spellings.ts says.
 */
import type { Level } from './dimensions.js';
import type { DimensionSpellings } from './spellings.js';

export const GENDER: DimensionSpellings<'gender'> = {
  // "Bà" / "Ông": the form of address a list of names puts in its gender column.
  female: { exact: ['Nữ', 'N', 'F', 'Female', 'Gái', 'Nữ giới', 'Phái nữ', 'Bà'] },
  male: { exact: ['Nam', 'M', 'Male', 'Trai', 'Nam giới', 'Phái nam', 'Ông'] },
  // "Năm" (year) is a word of its own, not "Nam" with a stray mark: a birth year's header pasted into the
  // column, or a slip nobody can undo. Listed as not understood, where the accent-less match made it male.
  unknown: { exact: ['Năm', 'Năm sinh'] },
};

/** A member's cell may add the year or date of admission: "Có (2010)", "Có - 15/3/2010" (s11-rv29). */
export const PARTY_DATED: readonly Level<'partyMember'>[] = ['yes'];

export const PARTY_MEMBER: DimensionSpellings<'partyMember'> = {
  yes: {
    exact: [
      '✓',
      '✔',
      '√',
      'v',
      '+',
      '1',
      'Có',
      'C',
      'Yes',
      'Y',
      // Excel's TRUE (a boolean cell reads as "true"), or the word typed.
      'TRUE',
      'ĐVDB',
      'ĐVCT',
      'ĐVCS',
      'Đảng viên ĐCSVN',
      'Là đảng viên',
      'Đã vào Đảng',
      // "Có" with the stage in brackets (s12-rv33; was not understood).
      'Có (dự bị)',
      'Có (DB)',
      'Có (chính thức)',
      'Có (CT)',
      'Có ĐV',
      'Là ĐV',
    ],
    // The stage abbreviated as party lists write it (chính thức, dự bị), alone or with its year ("DB 2024",
    // "CT 2010"); a tick with a remark ("x (dự bị)").
    prefix: [
      'x',
      'CT',
      'DB',
      'Đảng viên',
      'Dự bị',
      'Chính thức',
      'ĐV',
      'Đ/v',
      'Đ.viên',
      'Kết nạp',
      'Đã kết nạp',
      'Vào Đảng',
      'Ngày vào Đảng',
    ],
  },
  // "-" is how printed rosters say "not a member" (normalize/text.ts keeps a dash-only cell's key).
  no: {
    exact: [
      '0',
      '-',
      'Không',
      'K',
      'Ko',
      'No',
      'FALSE',
      'QC',
      'Chưa',
      'Không phải đảng viên',
      'Không phải',
      'Không phải ĐV',
      'Không có',
      'Chưa vào Đảng',
      'Chưa là đảng viên',
      'Chưa là ĐV',
      'Không là đảng viên',
      'Không là ĐV',
      'Chưa kết nạp',
      'Ngoài Đảng',
      'Quần chúng ưu tú',
      'Đối tượng Đảng',
      'Đối tượng kết nạp Đảng',
      'Xóa tên',
    ],
    // Someone who left or is only being considered is not a member.
    prefix: ['Quần chúng', 'Cảm tình Đảng', 'Đối tượng', 'Đã ra khỏi Đảng', 'Ra khỏi Đảng', 'Khai trừ', 'Bị khai trừ'],
  },
};

/** Grade written as a fraction ("12/12", "9/12", "10/10", "BTVH 12/12") is read by rule in normalize. */
export const GENERAL_EDUCATION: DimensionSpellings<'generalEducation'> = {
  upperSecondary: {
    exact: [
      'Phổ thông trung học',
      'BTTHPT',
      '12',
      '10',
      // The last grade written out, and the old names of the school levels.
      'Lớp 12',
      'Hết lớp 12',
      'Cấp 3',
      'Cấp III',
      'Tốt nghiệp cấp 3',
      'TN cấp 3',
      'Hết cấp 3',
    ],
    prefix: [
      'THPT',
      'PTTH',
      'Trung học phổ thông',
      'Tốt nghiệp THPT',
      'Bổ túc THPT',
      'TN THPT',
      'Tốt nghiệp PTTH',
      'TN PTTH',
    ],
  },
  lowerSecondary: {
    exact: ['Phổ thông cơ sở', '9', 'Lớp 9', 'Hết lớp 9', 'Cấp 2', 'Cấp II', 'Tốt nghiệp cấp 2', 'Hết cấp 2'],
    prefix: ['THCS', 'PTCS', 'Trung học cơ sở', 'Tốt nghiệp THCS'],
  },
  primary: { exact: ['Cấp 1', 'Cấp I'], prefix: ['Tiểu học'] },
};
