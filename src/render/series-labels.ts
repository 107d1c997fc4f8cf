/** The words of `--series` tables, in Vietnamese and English (the dimension and level labels are text/vi.ts and en.ts). */
import type { Lang } from './numbers.js';

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
}

const VI: SeriesLabels = {
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
  read: (r, c, s, u) =>
    `${r} dòng đọc, ${c} người được đếm, ${s} dòng không đếm, ${u} giá trị không phân loại được (chi tiết: --json hoặc trang "Chất lượng dữ liệu" của tệp Excel).`,
};

const EN: SeriesLabels = {
  heading: 'CADRES AND CIVIL SERVANTS OVER TIME',
  summaryTitle: (n, s) => `Table ${n}. Cadres and civil servants, ${s}`,
  dimensionTitle: (n, d, s) => `Table ${n}. Cadres and civil servants by ${d}, ${s}`,
  unitTitle: (n, s) => `Table ${n}. Cadres and civil servants by unit, ${s}`,
  units: 'Units',
  unit: 'Unit',
  change: (to, from) => `${to} vs ${from} (people)`,
  points: (to, from) => `${to} vs ${from} (points)`,
  notInPeriod: '—',
  note: 'Shares are of each period’s total; "—": no such column in that period. Change (+/−) from the period before.',
  period: 'Period',
  and: 'and',
  people: 'people',
  labelFrom: { option: '--label', title: 'title block', name: 'file or folder name' },
  read: (r, c, s, u) =>
    `${r} rows read, ${c} people counted, ${s} rows not counted, ${u} values not classified (details: --json, or the Excel "Chất lượng dữ liệu" sheet).`,
};

export function seriesLabelsFor(lang: Lang): SeriesLabels {
  return lang === 'en' ? EN : VI;
}
