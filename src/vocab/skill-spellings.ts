/**
 * How IT and foreign-language qualifications are written: a degree in the field, a certificate, or (for
 * languages) an ethnic minority language. Matched as spellings.ts says.
 */
import type { DimensionSpellings } from './spellings.js';

export const IT: DimensionSpellings<'it'> = {
  degree: {
    prefix: [
      'Đại học CNTT',
      'ĐH CNTT',
      'Đại học tin học',
      'ĐH tin học',
      'Kỹ sư tin học',
      'Kỹ sư CNTT',
      'Cử nhân CNTT',
      'Cử nhân tin học',
      'Cao đẳng tin học',
      'CĐ tin học',
      'Cao đẳng CNTT',
      'CĐ CNTT',
      'Trung cấp tin học',
      'TC tin học',
      'Trung cấp CNTT',
      'TC CNTT',
    ],
  },
  certificate: {
    exact: ['A', 'B', 'C', 'CC A', 'CC B', 'CC C', 'Cơ bản', 'Nâng cao', 'IC3', 'MOS'],
    prefix: [
      'Chứng chỉ',
      'CC',
      'Tin học A',
      'Tin học B',
      'Tin học C',
      'Tin học văn phòng',
      'Tin học cơ bản',
      'CNTT cơ bản',
      'CNTT nâng cao',
      'Ứng dụng CNTT',
      'UDCNTT',
      'Tin học',
      'A tin học',
      'B tin học',
      'Chuẩn kỹ năng sử dụng CNTT',
      'Chuẩn kỹ năng CNTT',
    ],
  },
  none: { exact: ['Chưa', 'Không', 'Chưa có', '-', '0'] },
};

/** A minority language, alone or after the certificate's words ("Chứng chỉ tiếng dân tộc Mông" is no foreign-language certificate). */
const MINORITY_LANGUAGES = [
  'Tiếng Tày',
  'Tiếng Nùng',
  'Tiếng Mông',
  "Tiếng H'Mông",
  'Tiếng Thái',
  'Tiếng Dao',
  'Tiếng Khmer',
  'Tiếng Ê Đê',
  'Tiếng Gia Rai',
  'Tiếng Ba Na',
  'Tiếng Chăm',
  'Tiếng dân tộc',
];

export const FOREIGN_LANGUAGE: DimensionSpellings<'foreignLanguage'> = {
  degree: {
    prefix: [
      'Đại học tiếng',
      'ĐH tiếng',
      'Cử nhân tiếng',
      'Cử nhân ngoại ngữ',
      'Cử nhân Anh',
      'Đại học Anh',
      'ĐH Anh',
      'Đại học ngoại ngữ',
      'Cao đẳng tiếng',
      'Cao đẳng Anh',
      'CĐ Anh',
      'CĐ tiếng',
      'Trung cấp tiếng',
      'TC tiếng',
    ],
  },
  certificate: {
    exact: ['A', 'B', 'C', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'],
    prefix: [
      'Anh A',
      'Anh B',
      'Anh C',
      'Anh văn',
      'Tiếng Anh',
      'Tiếng Pháp',
      'Tiếng Trung',
      'Tiếng Nga',
      'Tiếng Nhật',
      'Tiếng Hàn',
      'Trung',
      'Pháp',
      'Nga',
      'Chứng chỉ',
      'CC',
      'Bậc',
      'TOEIC',
      'TOEFL',
      'IELTS',
      'Anh',
    ],
  },
  minorityLanguage: {
    prefix: MINORITY_LANGUAGES.flatMap((l) => [l, `Chứng chỉ ${l}`, `CC ${l}`]),
  },
  none: { exact: ['Chưa', 'Không', 'Chưa có', '-', '0'] },
};
