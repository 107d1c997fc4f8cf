/** The warnings' messages in Vietnamese (`warnings` of text/vi.ts), for the terminal, Excel and stderr. */
import type { SaidPlace, WarningWords } from '../../aggregate/warning-said.js';
import { sheetWarningsVi } from './warnings-sheet-vi.js';
import { unitWarningsVi } from './warnings-units-vi.js';
import { DIMENSION_LABELS, type DimensionId } from '../../vocab/dimensions.js';
import { formatInt as n } from '../numbers.js';

const dimension = (d: string) => DIMENSION_LABELS[d as DimensionId] ?? d;
const place = (p: SaidPlace) =>
  `${p.file} trang "${p.sheet}" (dòng ${p.rows.join(', ')}${p.count > p.rows.length ? ', …' : ''})`;

export const warningsVi: WarningWords = {
  ...sheetWarningsVi,
  ...unitWarningsVi,
  dimensionMostlyUnknown: (d, unknown, total) =>
    `${dimension(d)}: ${n(unknown)} trong ${n(total)} người không rõ (không có cột này, hoặc giá trị không hiểu được)`,
  unitMissing: (noUnit, named) =>
    `${n(noUnit)} người không có đơn vị, trong khi những người khác thuộc ${n(named)} đơn vị`,
  dimensionKnownOneSide: (d, a, b, changed) =>
    `${dimension(d)}: không rõ ở ${n(a.unknown)} trong ${n(a.total)} người của ${a.label} và ${n(b.unknown)} trong ${n(b.total)} người của ${b.label} (cột có ở danh sách này mà thiếu ở danh sách kia, hoặc giá trị không đọc được): chênh lệch là của danh sách, không phải của người${changed > 0 ? `; ${n(changed)} người được liệt kê là đổi sang hoặc từ "không rõ" nằm trong số đó` : ''}`,
  inputsSamePeople: (files, counted) =>
    `${n(files.length)} tệp đầu vào phần lớn là cùng những người (${files.join(', ')}; tổng ${n(counted)} dòng được đếm): có vẻ là một danh sách ở ${n(files.length)} thời điểm, cộng lại thì mỗi người bị đếm một lần cho mỗi tệp; đặt mỗi kỳ một cột bằng --series (hoặc mỗi tệp một báo cáo bằng --each)`,
  duplicatePeople: (count, a, b) =>
    `${n(count)} người được đếm hai lần (cùng mã, hoặc cùng họ tên và ngày sinh): ở ${place(a)} và ở ${place(b)}`,
};
