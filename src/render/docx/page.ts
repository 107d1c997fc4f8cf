/**
 * The page of the Word report as Nghị định 30/2020/NĐ-CP (Phụ lục I) sets it for văn bản hành chính:
 * A4, margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; Times New Roman 13–14 pt; the page
 * number centred at the top from the second page. Wide tables get a landscape section of their own.
 */
import { AlignmentType, Header, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx';

/** A4 in twips (1/20 pt; 1 mm = 56.7 twips). */
export const A4 = { width: 11906, height: 16838 } as const;

/** Top 20 mm, bottom 20 mm, left 30 mm, right 15 mm (the narrow end of each range: more room for tables). */
export const MARGINS = { top: 1134, bottom: 1134, left: 1701, right: 850 } as const;

/** Body text 13 pt, table text 12 pt (half-points, as docx counts sizes), notes 11 pt. */
export const SIZES = { body: 26, table: 24, wideTable: 22, note: 22 } as const;
export const FONT = 'Times New Roman';

export type Orientation = 'portrait' | 'landscape';

/** The width text and tables may take, in twips. */
export function textWidth(orientation: Orientation): number {
  const page = orientation === 'portrait' ? A4.width : A4.height;
  return page - MARGINS.left - MARGINS.right;
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZES.body })],
      }),
    ],
  });
}

/**
 * One section of the document. The first has no page number on its first page (the frame's page);
 * the numbering runs on through the later sections.
 */
export function section(
  children: ISectionOptions['children'],
  orientation: Orientation,
  first: boolean,
): ISectionOptions {
  return {
    properties: {
      page: {
        size: {
          width: A4.width,
          height: A4.height,
          orientation: orientation === 'portrait' ? PageOrientation.PORTRAIT : PageOrientation.LANDSCAPE,
        },
        margin: { ...MARGINS, header: 567, footer: 567 },
      },
      ...(first ? { titlePage: true } : {}),
    },
    headers: { default: pageNumberHeader(), ...(first ? { first: new Header({ children: [] }) } : {}) },
    children,
  };
}
