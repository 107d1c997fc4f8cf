/** The `--series` tables and workbook in Vietnamese (the `series` section of text/vi.ts), and their shape. */

/** The `--series` tables. */
export interface SeriesLabels {
  heading: string;
  summaryTitle(n: number, span: string): string;
  dimensionTitle(n: number, dimension: string, span: string): string;
  unitTitle(n: number, span: string): string;
  units: string;
  unit: string;
  change(to: string, from: string): string;
  points(to: string, from: string): string;
  notInPeriod: string;
  note: string;
  period: string;
  and: string;
  people: string;
  labelFrom: Record<'option' | 'title' | 'name', string>;
  read(read: string, counted: string, skipped: string, unknown: string): string;
  /** The series workbook. */
  sheet: string;
  qualityHead: string[];
  unknownKind: string;
  skippedKind: string;
  failed: string;
  labelFromLong: Record<'option' | 'title' | 'name', string>;
  sourcesHead: string[];
}

export const seriesVi: SeriesLabels = {
  heading: 'THỐNG KÊ ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC QUA CÁC KỲ',
  summaryTitle: (n, s) => `Bảng ${n}. Số lượng, chất lượng đội ngũ cán bộ, công chức, ${s}`,
  dimensionTitle: (n, d, s) => `Bảng ${n}. Cơ cấu đội ngũ cán bộ, công chức theo ${d}, ${s}`,
  unitTitle: (n, s) => `Bảng ${n}. Số lượng cán bộ, công chức theo đơn vị, ${s}`,
  units: 'Số đơn vị',
  unit: 'Đơn vị',
  change: (to, from) => `${to} so với ${from} (người)`,
  points: (to, from) => `${to} so với ${from} (điểm %)`,
  notInPeriod: '—',
  note: 'Tỷ lệ tính trên tổng số của từng kỳ; "—": kỳ đó không có cột này. Tăng (+), giảm (−) so với kỳ liền trước.',
  period: 'Kỳ',
  and: 'và',
  people: 'người',
  labelFrom: { option: '--label', title: 'tiêu đề danh sách', name: 'tên tệp, thư mục' },
  sheet: 'Qua các kỳ',
  qualityHead: ['Kỳ', 'Loại', 'Nội dung', 'Tệp', 'Trang', 'Dòng', 'Số lượng'],
  unknownKind: 'Giá trị không phân loại được',
  skippedKind: 'Dòng không đếm',
  failed: 'lỗi',
  labelFromLong: { option: '--label', title: 'dòng tiêu đề của danh sách', name: 'tên tệp/thư mục' },
  sourcesHead: ['Kỳ', 'Nhãn lấy từ', 'Đầu vào', 'Tệp', 'Trang', 'Trạng thái', 'Số dòng', 'SHA-256'],
  read: (r, c, s, u) =>
    `${r} dòng đọc, ${c} người được đếm, ${s} dòng không đếm, ${u} giá trị không phân loại được (chi tiết: --json hoặc trang "Chất lượng dữ liệu" của tệp Excel).`,
};
