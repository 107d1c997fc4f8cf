/**
 * Words of a roster's title block and signature block, as headerKey folds them (no accents, no
 * punctuation): what names an agency, the national heading, a document's title and the preparer.
 */

/** A line that names an agency starts with one of these ("UBND HUYỆN ĐỒNG HỶ", "PHÒNG NỘI VỤ"). */
export const AGENCY_STARTS: readonly string[] = [
  'ubnd',
  'uy ban nhan dan',
  'hdnd',
  'phong',
  'so',
  'bo',
  'ban',
  'van phong',
  'huyen uy',
  'thanh uy',
  'thi uy',
  'tinh uy',
  'dang uy',
  'trung tam',
  'cong an',
];

/** Quốc hiệu and tiêu ngữ: the national heading of an administrative document. */
export const NATIONAL_HEADING: readonly string[] = ['cong hoa xa hoi chu nghia viet nam', 'doc lap tu do hanh phuc'];

/** A document's title starts with one of these ("DANH SÁCH CÁN BỘ…", "BÁO CÁO SỐ LƯỢNG…"). */
export const TITLE_STARTS: readonly string[] = ['danh sach', 'bao cao', 'tong hop', 'thong ke', 'bieu tong hop'];

/**
 * Titles of one person's record form (src/detect/personal-record.ts): the sơ yếu lý lịch of mẫu 2C-BNV and
 * its kin. Compared as header keys at the start of a short row's cell.
 */
export const RECORD_FORM_TITLES: readonly string[] = [
  'Sơ yếu lý lịch',
  'Lý lịch cán bộ',
  'Lý lịch tự thuật',
  'Mẫu 2C',
  'Mẫu số 2C',
  'Phiếu thông tin cán bộ',
];

/** The preparer's role in a signature block; any other role there is the signer's. */
export const PREPARER_ROLES: readonly string[] = ['nguoi lap bieu', 'nguoi lap bang', 'nguoi lap'];

/** The document number line: "Số: 15/BC-PNV" (the folded key keeps its text after "so"). */
export const NUMBER_LINE = /^Số\s*:\s*(\S.*)$/iu;

/** Wording of the frame when it is drawn. */
export const FRAME_TEXT = {
  nationalHeading: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  number: (n: string) => `Số: ${n}`,
  asOf: (date: string) => `Số liệu tính đến ngày ${date}`,
  /** The place-and-date line left to fill by hand. */
  placeDateBlank: (place: string | undefined) => `${place ?? '……'}, ngày …… tháng …… năm ……`,
  preparer: 'NGƯỜI LẬP BIỂU',
  signerTitle: 'THỦ TRƯỞNG ĐƠN VỊ',
  preparerNote: '(Ký, ghi rõ họ tên)',
  signerNote: '(Ký tên, đóng dấu)',
} as const;
