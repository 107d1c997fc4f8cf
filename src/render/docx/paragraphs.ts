/** The paragraphs the Word report is made of, in one place: the font, size and spacing of each kind. */
import { AlignmentType, Paragraph, TextRun } from 'docx';
import { FONT, SIZES } from './page.js';

export interface Look {
  bold?: boolean;
  italic?: boolean;
  align?: 'left' | 'center' | 'right' | 'justify';
  /** Half-points (26 = 13 pt). */
  size?: number;
  /** Space after, in twips. */
  after?: number;
  before?: number;
  /** First-line indent in twips (running text: 1 cm). */
  indent?: number;
  /** Left indent in twips ("Trong đó" lines). */
  left?: number;
  keepNext?: boolean;
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** One paragraph of one run of text. */
export function para(text: string, look: Look = {}): Paragraph {
  return new Paragraph({
    alignment: ALIGN[look.align ?? 'left'],
    spacing: { before: look.before ?? 0, after: look.after ?? 0 },
    ...(look.indent || look.left
      ? { indent: { ...(look.indent ? { firstLine: look.indent } : {}), ...(look.left ? { left: look.left } : {}) } }
      : {}),
    ...(look.keepNext ? { keepNext: true } : {}),
    children: [
      new TextRun({
        text,
        font: FONT,
        size: look.size ?? SIZES.body,
        ...(look.bold ? { bold: true } : {}),
        ...(look.italic ? { italics: true } : {}),
      }),
    ],
  });
}

/** Running text: justified, first line indented 1 cm, 6 pt after. */
export function body(text: string): Paragraph {
  return para(text, { align: 'justify', indent: 567, after: 120 });
}

/** A section heading ("I. TÌNH HÌNH CHUNG"): bold, 6 pt before and after. */
export function heading(text: string): Paragraph {
  return para(text, { bold: true, before: 120, after: 120, keepNext: true });
}
