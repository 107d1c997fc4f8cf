/**
 * The header texts of src/vocab/columns.ts, one row per wording, read by the header matcher
 * (detect/roles.ts) to the role written out, as a whole header (confidence 1); the short words that name a
 * column only as the whole header; each role's label; the roles a config may give. Wordings that fold to
 * another's key ("Họ, tên" and "Họ tên") are one wording, listed once.
 */
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config/config.js';
import { matchRole } from '../detect/roles.js';
import { roleLabel } from '../render/labels.js';

describe('a header names its column', () => {
  it.each([
    ['STT', 'seq'],
    ['TT', 'seq'],
    ['Số TT', 'seq'],
    ['Số thứ tự', 'seq'],
    ['Mã CBCC', 'id'],
    ['Mã cán bộ', 'id'],
    ['Mã số', 'id'],
    ['Số hiệu', 'id'],
    ['Số hiệu CBCC', 'id'],
    ['Mã định danh', 'id'],
    ['Số định danh cá nhân', 'id'],
    ['Mã định danh cá nhân', 'id'],
    ['Số định danh', 'id'],
    ['Số ĐDCN', 'id'],
    ['Số CCCD', 'id'],
    ['Số căn cước', 'id'],
    ['Số căn cước công dân', 'id'],
    ['CCCD', 'id'],
    ['Số CMND', 'id'],
    ['Mã nhân viên', 'id'],
    ['ID', 'id'],
    ['Họ và tên', 'name'],
    ['Họ và tên khai sinh', 'name'],
    ['Tên cán bộ, công chức', 'name'],
    ['Họ và tên cán bộ, công chức', 'name'],
    ['Giới tính', 'gender'],
    ['Giới', 'gender'],
    ['Phái', 'gender'],
    ['GT', 'gender'],
    ['G.tính', 'gender'],
    ['Giới tính (Nam/Nữ)', 'gender'],
    ['Ngày sinh', 'birthDate'],
    ['Năm sinh', 'birthDate'],
    ['Sinh ngày', 'birthDate'],
    ['Ngày sinh (dd/mm/yyyy)', 'birthDate'],
    ['Dân tộc', 'ethnicity'],
    ['Tôn giáo', 'religion'],
    ['Quê quán', 'hometown'],
    ['Nơi sinh', 'hometown'],
    ['Nơi ở hiện nay', 'hometown'],
    ['Địa chỉ', 'hometown'],
    ['Đơn vị', 'unit'],
    ['Đơn vị công tác', 'unit'],
    ['Tên đơn vị', 'unit'],
    ['Xã', 'unit'],
    ['Phường', 'unit'],
    ['Thị trấn', 'unit'],
    ['Xã, thị trấn', 'unit'],
    ['Phường, thị trấn', 'unit'],
    ['Xã, phường, đặc khu', 'unit'],
    ['Tên xã', 'unit'],
    ['Tên xã, phường', 'unit'],
    ['Đơn vị hành chính', 'unit'],
    ['Cơ quan, đơn vị', 'unit'],
    ['Cơ quan', 'unit'],
    ['Nơi công tác', 'unit'],
    ['Chức vụ', 'title'],
    ['Chức danh', 'title'],
    ['Chức danh công chức', 'title'],
    ['Chức vụ hiện tại', 'title'],
    ['Loại', 'staffType'],
    ['Loại CBCC', 'staffType'],
    ['Phân loại', 'staffType'],
    ['Đối tượng', 'staffType'],
    ['Loại cán bộ', 'staffType'],
    ['Trình độ văn hóa', 'generalEducation'],
    ['Văn hóa', 'generalEducation'],
    ['Giáo dục phổ thông', 'generalEducation'],
    ['Trình độ giáo dục phổ thông', 'generalEducation'],
    ['Học vấn', 'generalEducation'],
    ['Trình độ học vấn', 'generalEducation'],
    ['Trình độ chuyên môn', 'education'],
    ['Chuyên môn', 'education'],
    ['Trình độ chuyên môn nghiệp vụ', 'education'],
    ['Trình độ CM', 'education'],
    ['TĐCM', 'education'],
    ['TĐ CM', 'education'],
    ['CM', 'education'],
    ['TĐ chuyên môn', 'education'],
    ['Trình độ đào tạo', 'education'],
    ['Trình độ', 'education'],
    ['Bằng cấp', 'education'],
    ['Chuyên ngành', 'field'],
    ['Chuyên ngành đào tạo', 'field'],
    ['Ngành đào tạo', 'field'],
    ['Ngành', 'field'],
    ['Lý luận chính trị', 'politicalTheory'],
    ['LLCT', 'politicalTheory'],
    ['Trình độ lý luận chính trị', 'politicalTheory'],
    ['Trình độ LLCT', 'politicalTheory'],
    ['Chính trị', 'politicalTheory'],
    ['Trình độ chính trị', 'politicalTheory'],
    ['Lý luận CT', 'politicalTheory'],
    ['LL CT', 'politicalTheory'],
    ['LL chính trị', 'politicalTheory'],
    ['TĐ LLCT', 'politicalTheory'],
    ['Quản lý nhà nước', 'stateManagement'],
    ['QLNN', 'stateManagement'],
    ['Trình độ QLNN', 'stateManagement'],
    ['Trình độ quản lý nhà nước', 'stateManagement'],
    ['Tin học', 'it'],
    ['Trình độ tin học', 'it'],
    ['Ngoại ngữ', 'foreignLanguage'],
    ['Trình độ ngoại ngữ', 'foreignLanguage'],
    ['Đảng viên', 'partyMember'],
    ['ĐV', 'partyMember'],
    ['Là đảng viên', 'partyMember'],
    ['Đảng viên (x)', 'partyMember'],
    ['Ngày vào Đảng', 'partyDate'],
    ['Ngày kết nạp Đảng', 'partyDate'],
    ['Năm vào Đảng', 'partyDate'],
    ['Ngày vào Đảng CSVN', 'partyDate'],
    ['Ngày vào Đảng (dự bị)', 'partyDate'],
    ['Vị trí việc làm', 'jobPosition'],
    ['VTVL', 'jobPosition'],
    ['Vị trí việc làm hiện tại', 'jobPosition'],
    ['Vị trí công việc', 'jobPosition'],
    ['Cơ quan công tác', 'agency'],
    ['Phòng, ban công tác', 'agency'],
    ['Cơ quan, phòng ban', 'agency'],
    ['Cơ quan chuyên môn', 'agency'],
    ['Bộ phận công tác', 'agency'],
    ['Ngạch', 'rank'],
    ['Mã ngạch', 'rank'],
    ['Ngạch công chức', 'rank'],
    ['Tên ngạch', 'rank'],
    ['Ngạch hiện giữ', 'rank'],
    ['Ngạch, mã ngạch', 'rank'],
    ['Mã số ngạch', 'rank'],
  ] as const)('%s → %s', (header, role) => {
    expect(matchRole(header)).toEqual({ role, confidence: 1 });
  });

  it.each([
    ['Họ tên', 'name'],
    ['Nam/Nữ', 'gender'],
    ['Ngày tháng năm sinh', 'birthDate'],
    ['Xã, phường', 'unit'],
    ['Phường, xã', 'unit'],
    ['Xã, phường, thị trấn', 'unit'],
    ['Chức vụ, chức danh', 'title'],
    ['Cán bộ, công chức', 'staffType'],
    ['CB/CC', 'staffType'],
    ['Phòng, ban', 'agency'],
  ] as const)('%s → %s, with its other punctuation read the same', (header, role) => {
    expect([header, header.replace(/, /g, '/'), header.replace(/\//g, ', ')].map((h) => matchRole(h))).toEqual([
      { role, confidence: 1 },
      { role, confidence: 1 },
      { role, confidence: 1 },
    ]);
  });
});

describe('a short word inside a longer header names no column', () => {
  it.each([
    'TT cũ',
    'ID cũ',
    'Xếp loại',
    'Trình độ khác',
    'Thâm niên ngành',
    'Giới thiệu',
    'Đảng phái',
    'Mã ĐV',
    'Cơ quan cấp trên',
    'Gia đình văn hóa',
    'Hoạt động chính trị',
    'Ngày vào ngạch',
    'CM cũ',
  ])('%s → no role', (header) => {
    expect(matchRole(header)).toBeUndefined();
  });
});

describe('the label of each role', () => {
  it.each([
    ['seq', 'Số thứ tự'],
    ['id', 'Mã cán bộ, công chức'],
    ['name', 'Họ và tên'],
    ['gender', 'Giới tính'],
    ['birthDate', 'Ngày sinh'],
    ['ethnicity', 'Dân tộc'],
    ['religion', 'Tôn giáo'],
    ['hometown', 'Quê quán'],
    ['unit', 'Đơn vị'],
    ['title', 'Chức vụ, chức danh'],
    ['staffType', 'Loại (cán bộ/công chức)'],
    ['generalEducation', 'Giáo dục phổ thông'],
    ['education', 'Trình độ chuyên môn'],
    ['field', 'Chuyên ngành'],
    ['politicalTheory', 'Lý luận chính trị'],
    ['stateManagement', 'Quản lý nhà nước'],
    ['it', 'Tin học'],
    ['foreignLanguage', 'Ngoại ngữ'],
    ['partyMember', 'Đảng viên'],
    ['partyDate', 'Ngày vào Đảng'],
    ['jobPosition', 'Vị trí việc làm'],
    ['agency', 'Cơ quan công tác (phòng, ban)'],
    ['rank', 'Ngạch'],
  ] as const)('%s → %s', (role, label) => {
    expect(roleLabel(role)).toBe(label);
  });
});

describe('the roles a config may give a column', () => {
  it('a role not in the list is refused, and the message lists every role in order', () => {
    expect(() => parseConfig('c.json', { columns: { 'Cột lạ': 'salary' } })).toThrow(
      '"columns.Cột lạ": "salary" is not a role (roles: seq, id, name, gender, birthDate, ethnicity, religion, hometown, unit, title, staffType, generalEducation, education, field, politicalTheory, stateManagement, it, foreignLanguage, partyMember, partyDate, jobPosition, agency, rank, age, province, district)',
    );
  });
});

/**
 * "Đơn vị công tác …": a shorter unit wording under a long qualifier ("Đơn vị trước khi sáp nhập", 0.25)
 * falls under the 0.3 floor and names no column at all.
 */
describe('a unit column of before the 1/7/2025 reform yields to the current one (FORMER_UNIT_WORDS)', () => {
  it.each([
    'Xã/phường (cũ)',
    'Đơn vị công tác trước sắp xếp',
    'Đơn vị công tác trước khi sắp xếp',
    'Đơn vị công tác trước sáp nhập',
    'Đơn vị công tác trước khi sáp nhập',
    'Đơn vị công tác trước hợp nhất',
    'Đơn vị công tác trước khi hợp nhất',
    'Đơn vị công tác trước 1/7/2025',
    'Đơn vị công tác trước 01/7/2025',
    'Đơn vị công tác trước 01/07/2025',
  ])('%s → the unit at confidence 0.2, below any current unit header', (header) => {
    expect(matchRole(header)).toEqual({ role: 'unit', confidence: 0.2 });
  });
});
