/**
 * The 54 ethnic groups of Viet Nam (Danh mục các dân tộc Việt Nam, Tổng cục Thống kê, Quyết định
 * 121-TCTK/PPCĐ of 2/3/1979, the list censuses still use), in its order, each with the other names
 * rosters write: older names, local or subgroup names, and other-language spellings (Bahnar, Jrai,
 * Rhade, Sedang, Katu …). The first spelling is the name the report shows; "Kinh" is the majority,
 * every other group counts as a minority (dân tộc thiểu số).
 *
 * Spellings are matched with hyphens, spaces and apostrophes folded away ("Cơ-tu", "Cơ tu", "Cơ Tu";
 * "M'Nông", "M’nông", "M`nông", "Mnông"), so each is written once here. A name that the list gives to
 * two groups (Thổ is a group and an old name of Tày; Xá Khao is said of Kháng and of La Ha) is kept
 * for the group that bears it as its own name only.
 * The alternative names were gathered from the list's own annex and common usage, not checked one by
 * one against it: `spellings.ethnicity.minority` in a config adds or overrides any.
 */

export const KINH = 'Kinh';

export const ETHNIC_GROUPS: readonly (readonly string[])[] = [
  ['Kinh', 'Kinh (Việt)', 'Kinh Việt', 'Việt', 'K'],
  ['Tày', 'Tay', 'Ngạn', 'Phén', 'Thù Lao', 'Pa Dí'],
  ['Thái', 'Tày Khao', 'Tày Đăm', 'Tày Mười', 'Tày Thanh', 'Hàng Tổng', 'Pu Thay', 'Thái Đen', 'Thái Trắng'],
  ['Mường', 'Mol', 'Mual', 'Mọi Bi', 'Ao Tá', 'Ậu Tá'],
  ['Khmer', 'Khơ Me', 'Khơ-me', 'Khơme', 'Khmer Krom', 'Khơ Me Crôm', 'Cur', 'Cul', 'Việt gốc Miên'],
  ['Hoa', 'Người Hoa', 'Hán', 'Triều Châu', 'Phúc Kiến', 'Quảng Đông', 'Hải Nam', 'Xạ Phạng'],
  ['Nùng', 'Xuồng', 'Nùng An', 'Phàn Sinh', 'Nùng Cháo', 'Nùng Lòi', 'Quý Rim', 'Khèn Lài'],
  ["H'Mông", 'Mông', 'Hmong', 'Mèo', 'Mèo Xanh', 'Mèo Đỏ', 'Mèo Đen', 'Ná Mẻo', 'Mán Trắng'],
  [
    'Dao',
    'Mán',
    'Dao Đỏ',
    'Dao Tiền',
    'Dao Quần Chẹt',
    'Dao Quần Trắng',
    'Dao Thanh Y',
    'Dao Lô Gang',
    'Dìu Miền',
    'Kiềm Miền',
    'Lan Tẻn',
  ],
  ['Gia Rai', 'Jrai', 'Jarai', 'Giơ Rai', 'Chơ Rai', 'Tơ Buăn', 'Hơ Bau', 'Hđrung'],
  ['Ngái', 'Xín', 'Khách Gia'],
  ['Ê Đê', 'Ê-đê', 'Rhade', 'Rađê', 'Ra Đê', 'Đê', 'Kpạ', 'A Đham', 'Ktul', 'Đliê Ruê', 'Mđhur', 'Bih', 'Edeh'],
  [
    'Ba Na',
    'Bana',
    'Bahnar',
    'Gơ Lar',
    'Tơ Lô',
    'Giơ Lâng',
    'Y Lăng',
    'Rơ Ngao',
    'Krem',
    'Roh',
    'Kon Kđe',
    'A La Kông',
    'Kpăng Công',
    'Bơ Nâm',
  ],
  [
    'Xơ Đăng',
    'Sedang',
    'Xơ Teng',
    'Hđang',
    'Tơ Đrá',
    'Mơ Nâm',
    'Ha Lăng',
    'Ca Dong',
    'Ka Dong',
    'Kmrâng',
    'Con Lan',
    'Bri La',
  ],
  ['Sán Chay', 'S. Chay', 'Cao Lan', 'Sán Chỉ', 'Cao Lan - Sán Chỉ', 'Mán Cao Lan', 'Hờn Bạn'],
  ['Cơ Ho', 'Kơ Ho', 'Koho', 'K’Ho', 'Xrê', 'Nốp', 'Tu Lốp', 'Cơ Don', 'Lạch'],
  ['Chăm', 'Chàm', 'Chiêm Thành', 'Hroi', 'Chăm Hroi'],
  ['Sán Dìu', 'S. Dìu', 'Sán Déo', 'Trại Đất', 'Mán Quần Cộc'],
  ['Hrê', 'H’rê', 'Chăm Rê', 'Chom', 'Krẹ Lũy'],
  ['Mnông', 'Mơ Nông', 'Pnông', 'Nông', 'Pré', 'Bu Đâng', 'Đi Pri', 'Biat', 'Gar', 'Rơ Lam'],
  ['Ra Glai', 'Raglai', 'Ra Glay', 'Rắc Lây', 'Ra Clây', 'Rai', 'Noang', 'La Oang'],
  ['Xtiêng', 'Stiêng', 'Xa Điêng', 'Sa Điêng'],
  ['Bru-Vân Kiều', 'Vân Kiều', 'Bru', 'Măng Coong', 'Tri Khùa'],
  ['Thổ', 'Kẹo', 'Đan Lai', 'Ly Hà', 'Tày Pọng', 'Con Kha'],
  ['Giáy', 'Nhắng', 'Dẩng', 'Pầu Thìn Nu Nà', 'Cùi Chu'],
  ['Cơ Tu', 'Katu', 'Ca Tu', 'Ka Tu'],
  [
    'Giẻ Triêng',
    'Gié Triêng',
    'Triêng',
    'Đgiéh',
    'Ta Riêng',
    'Tareh',
    'Giang Rẫy Pin',
    'Treng',
    'Veh',
    'La Ve',
    'Bnoong',
  ],
  ['Mạ', 'Châu Mạ', 'Mạ Ngăn', 'Mạ Xóp', 'Mạ Tô', 'Mạ Krung'],
  ['Khơ Mú', 'Khơ-mú', 'Khơmú', 'Kmhmu', 'Xá Cẩu', 'Mứn Xen', 'Pu Thênh', 'Tềnh', 'Tày Hay'],
  ['Co', 'Cor', 'Kor', 'Col', 'Cùa'],
  ['Tà Ôi', 'Tà-ôi', 'Pa Cô', 'Pa Kô', 'Pa Co', 'Tôi Ôi', 'Pa Hi', 'Ba Hi'],
  ['Chơ Ro', 'Châu Ro', 'Dơ Ro', 'Chro'],
  ['Kháng', 'Xá Khao', 'Xá Súa', 'Xá Dón', 'Xá Dẩng', 'Xá Hốc', 'Xá Ái', 'Xá Bung', 'Quảng Lâm'],
  ['Xinh Mun', 'Xinh-mun', 'Puộc', 'Pụa'],
  ['Hà Nhì', 'Hani', 'U Ni', 'Xá U Ni'],
  ['Chu Ru', 'Chơ Ru', 'Chru'],
  ['Lào', 'Lào Bốc', 'Lào Nọi'],
  ['La Chí', 'Cù Tê', 'La Quả'],
  ['La Ha', 'Khlá Phlạo'],
  ['Phù Lá', 'Bồ Khô Pạ', 'Mu Di', 'Pạ Xá', 'Va Xơ', 'Xá Phó'],
  ['La Hủ', 'Pu Đang', 'Khù Xung', 'Cò Xung', 'Khả Quy'],
  ['Lự', 'Lừ', 'Nhuồn', 'Duôn'],
  ['Lô Lô', 'Mun Di'],
  ['Chứt', 'Rục', 'Mã Liềng', 'A Rem', 'Tu Vang', 'Pa Leng', 'Xơ Lang', 'Tơ Hung', 'Chà Củi', 'Tắc Củi', 'U Mo'],
  ['Mảng', 'Mảng Ư'],
  ['Pà Thẻn', 'Pà Hưng'],
  ['Cờ Lao', 'Cơ Lao', 'Gelao'],
  ['Cống', 'Xắm Khống', 'Mấng Nhé', 'Xá Xeng'],
  ['Bố Y', 'Chủng Chá', 'Trọng Gia', 'Tu Dí', 'Tu Din'],
  ['Si La', 'Cù Dề Xừ', 'Khả Pẻ'],
  ['Pu Péo', 'Ka Pèo', 'Pen Ti Lô Lô'],
  ['Brâu', 'Brao'],
  ['Ơ Đu', 'Tày Hạt'],
  ['Rơ Măm'],
];

/** Words written in an ethnicity cell that name no group: nationality, placeholders. Left unknown. */
export const NOT_AN_ETHNICITY: readonly string[] = [
  'Việt Nam',
  'VN',
  'Không',
  'Không rõ',
  'Chưa rõ',
  'Chưa có',
  'Khác',
];

/**
 * Words that say only that a person belongs to a minority, naming no group ("Dân tộc thiểu số", "DTTS",
 * "DT thiểu số"): a minority for certain, whose group is not known. Counted as a minority under
 * MINORITY_UNNAMED and listed among the values to check. Matched with a leading "Dân tộc"/"DT" and with it
 * dropped, so "Thiểu số" holds "Dân tộc thiểu số" too.
 */
export const MINORITY_UNNAMED_WORDS: readonly string[] = [
  'Thiểu số',
  'DTTS',
  'DT TS',
  'Dân tộc ít người',
  'Người dân tộc thiểu số',
  'Đồng bào dân tộc thiểu số',
];
export const MINORITY_UNNAMED = 'Dân tộc thiểu số (không rõ dân tộc)';

/**
 * A name no group bears that is one slip of the keys from one of these ("Kihn", "Knh", "Kinhh", "Viêtt"): most
 * likely the majority mistyped, but not for certain. Neither Kinh nor a minority: unknown and listed (review
 * s12-rv33; "Kihn" was counted a minority under its own name). Slips from a minority's name stay a minority.
 */
export const KINH_SLIPS_OF: readonly string[] = ['Kinh', 'Việt'];

/** Words that may open an ethnicity cell: "Dân tộc Nùng", "DT Tày". */
export const ETHNICITY_PREFIXES = /^(?:dân tộc|dan toc|dt)[\s.:]+/iu;
