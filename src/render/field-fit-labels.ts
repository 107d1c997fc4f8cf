/** Labels of the fieldFit tables and sheet, in Vietnamese (default) and English (`--lang en`). */
import type { FitBasis } from '../vocab/field-fit.js';
import type { Lang } from './numbers.js';

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
}

const VI: FieldFitLabels = {
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
    `Theo bảng chức danh → chuyên ngành ${table} (${date}); tỷ lệ tính trên tổng số của từng dòng.`,
  rule: {
    law: 'theo luật',
    default: 'mặc định của công cụ (pháp luật không quy định chuyên ngành; UBND tỉnh quy định)',
    config: 'theo tệp cấu hình',
  },
  unknownNote:
    'Không rõ: không ghi chuyên ngành, chuyên ngành chưa nhận diện được, hoặc chức danh không có trong bảng (xem các giá trị chưa phân loại).',
};

const EN: FieldFitLabels = {
  byTypeTitle: (n) => `Table ${n}. Field of training fitting the post`,
  listTitle: (n) => `Table ${n}. People whose field of training does not fit their post`,
  fits: 'Fits',
  notFits: 'Does not fit',
  unknown: 'Unknown',
  name: 'Name',
  unit: 'Unit',
  title: 'Title',
  field: 'Field',
  place: 'File:row',
  basis: (table, date) => `Table of posts → fields ${table} (${date}); shares are of each row's total.`,
  rule: {
    law: 'by law',
    default: "the tool's default (the law names no field; the province sets them)",
    config: 'from the config file',
  },
  unknownNote:
    'Unknown: no field written, a field not recognised, or a title the table has no line for (see the values not classified).',
};

export function fieldFitLabels(lang: Lang): FieldFitLabels {
  return lang === 'en' ? EN : VI;
}
