/** The fieldFit tables and sheet in Vietnamese (the `fieldFit` section of text/vi.ts), and their shape. */
import type { FitBasis } from '../../vocab/field-fit.js';
import { vnDate } from '../../normalize/age.js';

/** The fieldFit tables and sheet. */
export interface FieldFitLabels {
  byTypeTitle(n: number | string): string;
  listTitle(n: number | string): string;
  fits: string;
  notFits: string;
  unknown: string;
  name: string;
  unit: string;
  title: string;
  field: string;
  place: string;
  basis(table: string, date: string): string;
  rule: Record<FitBasis, string>;
  unknownNote: string;
  otherPosts: string;
  /** The Excel sheets. */
  sheet: string;
  sheetTitle: string;
  fitShare: string;
  listSheet: string;
  listHead: string[];
}

export const fieldFitVi: FieldFitLabels = {
  byTypeTitle: (n) => `Bảng ${n}. Cán bộ, công chức bố trí phù hợp chuyên ngành đào tạo`,
  listTitle: (n) => `Bảng ${n}. Danh sách cán bộ, công chức có chuyên ngành đào tạo không phù hợp vị trí`,
  fits: 'Phù hợp',
  notFits: 'Không phù hợp',
  unknown: 'Không rõ',
  name: 'Họ và tên',
  unit: 'Đơn vị',
  title: 'Chức vụ, chức danh',
  field: 'Chuyên ngành',
  place: 'Tệp:dòng',
  basis: (table, date) =>
    `Theo bảng chức danh → chuyên ngành ${table} (${vnDate(date)}); tỷ lệ tính trên tổng số của từng dòng.`,
  rule: {
    law: 'theo luật',
    default: 'mặc định của công cụ (pháp luật không quy định chuyên ngành; UBND tỉnh quy định)',
    config: 'theo tệp cấu hình',
  },
  unknownNote:
    'Không rõ: không ghi chuyên ngành, chuyên ngành chưa nhận diện được, hoặc chức danh không có trong bảng (xem các giá trị chưa phân loại).',
  otherPosts: 'Các chức danh khác',
  sheet: 'Phù hợp chuyên ngành',
  sheetTitle: 'Cán bộ, công chức bố trí phù hợp chuyên ngành đào tạo',
  fitShare: 'Tỷ lệ phù hợp',
  listSheet: 'Không phù hợp chuyên ngành',
  listHead: ['STT', 'Họ và tên', 'Đơn vị', 'Chức vụ, chức danh', 'Loại', 'Chuyên ngành', 'Đọc là', 'Tệp', 'Dòng'],
};
