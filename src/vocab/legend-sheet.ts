/**
 * The header of a legend sheet an HR export puts beside its coded roster ("Mã | Ý nghĩa", "Trường | Mã |
 * Diễn giải"): folded whole cells (review rv20). The roster's codes ("1", "DH") are read with it.
 */
/** A legend's column of codes. */
export const LEGEND_CODE_HEADERS = ['mã', 'mã số', 'ký hiệu', 'giá trị mã', 'code'];
/** A legend's column of what each code means. */
export const LEGEND_MEANING_HEADERS = ['ý nghĩa', 'diễn giải', 'nội dung', 'tên', 'giá trị', 'mô tả', 'meaning'];
/** A legend's column naming the roster's column (field) a code is of; without it, a code is of any column. */
export const LEGEND_FIELD_HEADERS = ['trường', 'cột', 'tên trường', 'tên cột', 'trường dữ liệu', 'danh mục', 'field'];
