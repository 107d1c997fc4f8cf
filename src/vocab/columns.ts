/**
 * Column roles and the header texts that name them. Headers are matched on folded keys
 * (case, accents, tone placement, punctuation), so list each wording once, as people write it:
 * "Họ tên" is also "Họ, tên", "Xã, phường" also "Xã/phường".
 */

export const COLUMN_ROLES = [
  'seq',
  'id',
  'name',
  'gender',
  'birthDate',
  'ethnicity',
  'religion',
  'hometown',
  'unit',
  'title',
  'staffType',
  'generalEducation',
  'education',
  'field',
  'politicalTheory',
  'stateManagement',
  'it',
  'foreignLanguage',
  'partyMember',
  'partyDate',
  // Columns of the HR exports after 1 July 2025 (domain.md §8).
  'jobPosition',
  'agency',
  'rank',
  // An age written as a number of years, read only when there is no birth date.
  'age',
  // The province and district of a commune on a roster of several provinces: "Xã Tân Lập" is in many.
  'province',
  'district',
] as const;

export type ColumnRole = (typeof COLUMN_ROLES)[number];

/**
 * The roles that describe a person (beside the name): a header holding them is a roster's, and a second
 * set of them to the right of the first is a second table (src/detect/header.ts, beside.ts).
 */
export const PERSON_FIELD_ROLES: readonly ColumnRole[] = [
  'gender',
  'birthDate',
  'title',
  'staffType',
  'education',
  'politicalTheory',
  'partyMember',
  'partyDate',
];

export const ROLE_LABELS: Record<ColumnRole, string> = {
  seq: 'Số thứ tự',
  id: 'Mã cán bộ, công chức',
  name: 'Họ và tên',
  gender: 'Giới tính',
  birthDate: 'Ngày sinh',
  ethnicity: 'Dân tộc',
  religion: 'Tôn giáo',
  hometown: 'Quê quán',
  unit: 'Đơn vị',
  title: 'Chức vụ, chức danh',
  staffType: 'Loại (cán bộ/công chức)',
  generalEducation: 'Giáo dục phổ thông',
  education: 'Trình độ chuyên môn',
  field: 'Chuyên ngành',
  politicalTheory: 'Lý luận chính trị',
  stateManagement: 'Quản lý nhà nước',
  it: 'Tin học',
  foreignLanguage: 'Ngoại ngữ',
  partyMember: 'Đảng viên',
  partyDate: 'Ngày vào Đảng',
  jobPosition: 'Vị trí việc làm',
  agency: 'Cơ quan công tác (phòng, ban)',
  rank: 'Ngạch',
  age: 'Tuổi (ghi sẵn)',
  province: 'Tỉnh, thành phố',
  district: 'Quận, huyện',
};

/**
 * Headers of one column holding the name and the title ("Họ và tên, chức vụ"; "Họ tên - Chức vụ" and "Họ và
 * tên\nChức vụ" fold the same): the name column, each cell split into the name and the title
 * (normalize/name-title.ts).
 */
export const NAME_AND_TITLE_HEADERS: readonly string[] = [
  'Họ và tên, chức vụ',
  'Họ tên, chức vụ',
  'Họ và tên, chức danh',
  'Họ tên, chức danh',
  'Họ và tên, chức vụ, chức danh',
  'Họ tên, chức vụ, chức danh',
  'Họ và tên và chức vụ',
  'Họ tên và chức vụ',
  'Họ và tên, chức vụ hiện tại',
];

const VIETNAMESE_HEADERS: Record<ColumnRole, readonly string[]> = {
  seq: ['STT', 'TT', 'Số TT', 'Số thứ tự'],
  id: [
    'Mã CBCC',
    'Mã cán bộ',
    'Mã số',
    'Số hiệu',
    'Số hiệu CBCC',
    'Mã định danh',
    'Số định danh cá nhân',
    'Mã định danh cá nhân',
    'Số định danh',
    'Số ĐDCN',
    'Số CCCD',
    'Số căn cước',
    'Số căn cước công dân',
    'CCCD',
    'Số CMND',
    'Mã nhân viên',
    'ID',
  ],
  name: [
    'Họ và tên',
    'Họ tên',
    'Họ và tên khai sinh',
    'Tên cán bộ, công chức',
    'Họ và tên cán bộ, công chức',
    'Họ, chữ đệm và tên',
    'Họ, chữ đệm, tên',
    'Họ chữ đệm và tên',
    'Họ, tên',
    'Họ và tên đầy đủ',
    ...NAME_AND_TITLE_HEADERS,
  ],
  gender: ['Giới tính', 'Giới', 'Nam/Nữ', 'Phái', 'GT', 'G.tính', 'Giới tính (Nam/Nữ)'],
  birthDate: [
    'Ngày sinh',
    'Năm sinh',
    'Ngày tháng năm sinh',
    'Sinh ngày',
    'Ngày sinh (dd/mm/yyyy)',
    'Sinh năm',
    'NS',
    'N.sinh',
  ],
  ethnicity: ['Dân tộc'],
  religion: ['Tôn giáo'],
  hometown: ['Quê quán', 'Nơi sinh', 'Nơi ở hiện nay', 'Địa chỉ'],
  unit: [
    'Đơn vị',
    'Đơn vị công tác',
    'Tên đơn vị',
    'Xã, phường',
    'Phường, xã',
    'Xã, phường, thị trấn',
    'Xã',
    'Phường',
    'Thị trấn',
    'Xã, thị trấn',
    'Phường, thị trấn',
    'Xã, phường, đặc khu',
    'Tên xã',
    'Tên xã, phường',
    'Đơn vị hành chính',
    'Cơ quan, đơn vị',
    'Cơ quan',
    'Nơi công tác',
  ],
  title: ['Chức vụ', 'Chức danh', 'Chức vụ, chức danh', 'Chức danh công chức', 'Chức vụ hiện tại', 'CV', 'C.vụ'],
  staffType: ['Loại', 'Loại CBCC', 'Cán bộ, công chức', 'CB/CC', 'Phân loại', 'Đối tượng', 'Loại cán bộ'],
  generalEducation: [
    'Trình độ văn hóa',
    'Văn hóa',
    'Giáo dục phổ thông',
    'Trình độ giáo dục phổ thông',
    'Học vấn',
    'Trình độ học vấn',
  ],
  education: [
    'Trình độ chuyên môn',
    'Chuyên môn',
    'Trình độ chuyên môn nghiệp vụ',
    'Trình độ CM',
    'TĐCM',
    'TĐ CM',
    'CM',
    'TĐ chuyên môn',
    'Trình độ đào tạo',
    'Trình độ',
    'Bằng cấp',
    'Văn bằng',
    'Văn bằng chuyên môn',
  ],
  field: ['Chuyên ngành', 'Chuyên ngành đào tạo', 'Ngành đào tạo', 'Ngành'],
  politicalTheory: [
    'Lý luận chính trị',
    'LLCT',
    'Trình độ lý luận chính trị',
    'Trình độ LLCT',
    'Chính trị',
    'Trình độ chính trị',
    'Lý luận CT',
    'LL CT',
    'LL chính trị',
    'TĐ LLCT',
  ],
  stateManagement: ['Quản lý nhà nước', 'QLNN', 'Trình độ QLNN', 'Trình độ quản lý nhà nước'],
  it: ['Tin học', 'Trình độ tin học'],
  foreignLanguage: ['Ngoại ngữ', 'Trình độ ngoại ngữ'],
  partyMember: ['Đảng viên', 'ĐV', 'Là đảng viên', 'Là ĐV', 'Đảng viên (x)'],
  partyDate: ['Ngày vào Đảng', 'Ngày kết nạp Đảng', 'Năm vào Đảng', 'Ngày vào Đảng CSVN', 'Ngày vào Đảng (dự bị)'],
  jobPosition: ['Vị trí việc làm', 'VTVL', 'Vị trí việc làm hiện tại', 'Vị trí công việc'],
  agency: [
    'Cơ quan công tác',
    'Phòng, ban',
    'Phòng, ban công tác',
    'Cơ quan, phòng ban',
    'Cơ quan chuyên môn',
    'Bộ phận công tác',
  ],
  rank: ['Ngạch', 'Mã ngạch', 'Ngạch công chức', 'Tên ngạch', 'Ngạch hiện giữ', 'Ngạch, mã ngạch', 'Mã số ngạch'],
  age: ['Tuổi', 'Tuổi đời', 'Tuổi (năm)'],
  province: ['Tỉnh', 'Tỉnh, thành phố', 'Tỉnh/TP', 'Tỉnh, TP', 'Tên tỉnh', 'Tỉnh, thành phố trực thuộc trung ương'],
  district: ['Huyện', 'Quận, huyện', 'Huyện, thị xã', 'Quận, huyện, thị xã, thành phố', 'Tên huyện', 'Huyện, thị'],
};

/**
 * Headers in English: an HR system's export, a form for a donor project, a bilingual header ("Họ và tên /
 * Full name", "Giới tính\nSex"). Values under them are still read as Vietnamese values.
 */
const ENGLISH_HEADERS: Record<ColumnRole, readonly string[]> = {
  seq: ['No.', 'No', 'Seq', 'S/N', 'Order'],
  id: ['Employee ID', 'Staff ID', 'Employee code', 'Staff code', 'Personal ID', 'ID number', 'Citizen ID'],
  name: ['Full name', 'Name', 'Employee name', 'Staff name', 'Name of staff'],
  gender: ['Sex', 'Gender'],
  birthDate: ['Date of birth', 'DOB', 'Birth date', 'Birthday', 'Year of birth', 'Born'],
  ethnicity: ['Ethnicity', 'Ethnic group', 'Ethnic'],
  religion: ['Religion'],
  hometown: ['Hometown', 'Home town', 'Place of birth', 'Address'],
  unit: ['Unit', 'Commune', 'Ward', 'Commune/ward', 'Ward/commune', 'Administrative unit', 'Work unit', 'Workplace'],
  title: ['Position', 'Job title', 'Title', 'Post', 'Current position'],
  staffType: ['Staff type', 'Staff category', 'Category', 'Type', 'Employee type', 'Cadre/civil servant'],
  generalEducation: ['General education', 'Schooling', 'Secondary education'],
  education: [
    'Education',
    'Qualification',
    'Professional qualification',
    'Education level',
    'Highest qualification',
    'Degree',
    'Highest degree',
    'Professional level',
  ],
  field: ['Major', 'Field of study', 'Specialization', 'Specialisation', 'Field'],
  politicalTheory: ['Political theory', 'Political theory level', 'Political education'],
  stateManagement: ['State management', 'State management training'],
  it: ['IT', 'IT level', 'Computer skills', 'Informatics'],
  foreignLanguage: ['Foreign language', 'Foreign language level', 'Language'],
  partyMember: ['Party member', 'Party membership', 'CPV member', 'Party'],
  partyDate: ['Date of joining the Party', 'Party admission date', 'Date joined the Party', 'Party entry date'],
  jobPosition: ['Job position'],
  agency: ['Department', 'Office'],
  rank: ['Grade', 'Civil service grade', 'Rank', 'Grade code'],
  age: ['Age'],
  province: ['Province', 'Province/city'],
  district: ['District'],
};

/** Every wording of each role's header: Vietnamese first, then English. */
export const ROLE_HEADERS: Record<ColumnRole, readonly string[]> = { ...VIETNAMESE_HEADERS };
for (const role of COLUMN_ROLES) ROLE_HEADERS[role] = [...VIETNAMESE_HEADERS[role], ...ENGLISH_HEADERS[role]];

/**
 * Roles whose column is matched only when the header says exactly that (after folding): short
 * words that appear inside other headers ("Trình độ" inside "Trình độ tin học").
 */
export const EXACT_ONLY: ReadonlySet<string> = new Set([
  'tt',
  'id',
  'loai',
  'trinh do',
  'nganh',
  'gioi',
  'phai',
  'dv',
  'co quan',
  'van hoa',
  'chinh tri',
  'ngach',
  'cm',
  // "Tuổi Đảng" (years in the Party) and "Độ tuổi" (an age group) are no age.
  'tuoi',
  'tuoi doi',
  // "Tỉnh" and "Huyện" stand inside a birthplace's header ("Nơi sinh (xã, huyện, tỉnh)").
  'tinh',
  'huyen',
  // English words that stand inside other headers ("Unit name", "Party date", "Job title").
  'no',
  'seq',
  'order',
  'name',
  'type',
  'category',
  'title',
  'post',
  'party',
  'degree',
  'field',
  'major',
  'it',
  'language',
  'age',
  'rank',
  'grade',
  'office',
  'born',
]);

/**
 * Words in a party date's header that make it the date of full membership ("Ngày vào Đảng chính thức"),
 * which probationary members (dự bị) do not have yet; and words that make it the admission date again.
 */
/**
 * Words that make a header NOT of a role whose wording it contains: "Trình độ tiếng dân tộc" (a minority
 * language the person speaks) holds "Dân tộc" and is no ethnicity.
 */
export const NOT_OF_ROLE: Partial<Record<ColumnRole, readonly string[]>> = {
  ethnicity: ['tiếng dân tộc', 'tiếng DTTS', 'tiếng dân tộc thiểu số', 'tiếng DT'],
};

/**
 * One column for both qualifications, "Trình độ (CM, LLCT)" / "Trình độ chuyên môn, LLCT": words that name
 * political theory in its header or in a part of its value ("Trung cấp LLCT"), and words that name the
 * chuyên môn beside it in the header.
 */
export const THEORY_WORDS: readonly string[] = ['LLCT', 'LL CT', 'Lý luận chính trị', 'Lý luận CT', 'Chính trị'];
export const PROFESSIONAL_WORDS: readonly string[] = ['CM', 'Chuyên môn', 'TĐCM'];

/**
 * Words that make a unit column the unit BEFORE the 1/7/2025 reorganisation ("Xã/phường (cũ)", "Đơn vị
 * trước sắp xếp"): 2026 exports carry it beside the current one, which must win whichever comes first.
 */
export const FORMER_UNIT_WORDS: readonly string[] = [
  'cũ',
  'trước sắp xếp',
  'trước khi sắp xếp',
  'trước sáp nhập',
  'trước khi sáp nhập',
  'trước hợp nhất',
  'trước khi hợp nhất',
  'trước 1/7/2025',
  'trước 01/7/2025',
  'trước 01/07/2025',
];

export const FULL_MEMBERSHIP_WORDS: readonly string[] = ['chính thức'];
export const PROBATION_WORDS: readonly string[] = ['dự bị', 'kết nạp'];
