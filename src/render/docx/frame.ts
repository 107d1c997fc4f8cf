/**
 * The administrative frame of the Word report, drawn from a `ReportFrame` (src/render/frame.ts): the
 * header table (superior agency, agency and number on the left; Quốc hiệu, tiêu ngữ, place and date on
 * the right), the title with the period and the date the figures are as of, and the signature block.
 * Every field is optional: what is not known is left out, or left blank to fill by hand where a reader
 * expects it (the signing date, the names under the signatures).
 */
import { BorderStyle, Table, TableCell, TableRow, WidthType, type Paragraph } from 'docx';
import type { ReportFrame } from '../frame.js';
import { textFor } from '../text/index.js';
import { formatVnDate } from '../../normalize/age.js';
import { signingLine } from './dates.js';
import { para } from './paragraphs.js';
import { SIZES, textWidth, type Orientation } from './page.js';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** The words of the frame that are not the user's. */
export const FRAME_TEXT = {
  nationalName: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  number: (n: string) => `Số: ${n}`,
  asOf: (d: string) => `(Số liệu tính đến ngày ${d})`,
  preparer: 'NGƯỜI LẬP BIỂU',
  preparerHint: '(Ký, ghi rõ họ tên)',
  signerTitle: 'THỦ TRƯỞNG ĐƠN VỊ',
  signerHint: '(Ký tên, đóng dấu)',
} as const;

/** A borderless table of two columns across the page (the header: 40% and 60%; the signatures: halves). */
function twoColumns(
  left: Paragraph[],
  right: Paragraph[],
  leftShare = 0.4,
  orientation: Orientation = 'portrait',
): Table {
  const width = textWidth(orientation);
  const widths = [Math.round(width * leftShare), width - Math.round(width * leftShare)];
  const cell = (children: Paragraph[], i: number) =>
    new TableCell({ children, width: { size: widths[i]!, type: WidthType.DXA }, borders: NO_BORDERS });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, 0), cell(right, 1)] })],
  });
}

function upper(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/** The header table, or the signing line alone when no agency, number or national heading is known. */
function header(frame: ReportFrame): Array<Paragraph | Table> {
  const small = { align: 'center' as const, size: SIZES.table };
  const signing = para(signingLine(frame.place, frame.signedOn), { align: 'center', italic: true, before: 120 });
  const left: Paragraph[] = [
    ...(frame.superiorAgency ? [para(upper(frame.superiorAgency), small)] : []),
    ...(frame.agency ? [para(upper(frame.agency), { ...small, bold: true })] : []),
    ...(frame.number ? [para(FRAME_TEXT.number(frame.number), { align: 'center', before: 120 })] : []),
  ];
  const right: Paragraph[] = frame.nationalHeading
    ? [
        para(FRAME_TEXT.nationalName, { ...small, bold: true }),
        para(FRAME_TEXT.motto, { align: 'center', bold: true }),
        signing,
      ]
    : [signing];
  if (left.length === 0 && !frame.nationalHeading)
    return [para(signingLine(frame.place, frame.signedOn), { align: 'right', italic: true, after: 240 })];
  return [twoColumns(left.length > 0 ? left : [para('')], right), para('', { after: 240 })];
}

/** The title (the frame's, else the report's own), the period, and the as-of line. */
function title(frame: ReportFrame): Paragraph[] {
  return [
    para(upper(frame.title ?? textFor('vi').report.title), { align: 'center', bold: true, size: 28 }),
    ...(frame.period ? [para(frame.period, { align: 'center', bold: true })] : []),
    ...(frame.asOf ? [para(FRAME_TEXT.asOf(formatVnDate(frame.asOf)), { align: 'center', italic: true })] : []),
    para('', { after: 240 }),
  ];
}

/** Everything above the figures: the header and the title. */
export function frameTop(frame: ReportFrame): Array<Paragraph | Table> {
  return [...header(frame), ...title(frame)];
}

/**
 * The signature block: the preparer on the left, the head who signs on the right, names under room to
 * sign; across the width of the page it ends (a landscape one when the last table is wide).
 */
export function signatures(frame: ReportFrame, orientation: Orientation): Array<Paragraph | Table> {
  const side = (role: string, hint: string, name: string | undefined) => [
    para(upper(role), { align: 'center', bold: true }),
    para(hint, { align: 'center', italic: true, size: SIZES.table }),
    para('', { after: 1200 }),
    para(name ?? '', { align: 'center', bold: true }),
  ];
  return [
    para('', { after: 240 }),
    twoColumns(
      side(FRAME_TEXT.preparer, FRAME_TEXT.preparerHint, frame.preparer),
      side(frame.signerTitle ?? FRAME_TEXT.signerTitle, FRAME_TEXT.signerHint, frame.signer),
      0.5,
      orientation,
    ),
  ];
}
