/** Word documents in tests: reading back what a report holds, and a small one written by hand. */
import { readSmallPart } from '../read/zip.js';
import { writePackage } from '../render/charts/package.js';

function decode(xml: string): string {
  return xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export function docxPart(docx: Buffer, name: string): string {
  const xml = readSmallPart(docx, name);
  if (xml === undefined) throw new Error(`${name} is not in the document`);
  return xml;
}

/** The text of one paragraph: its text runs joined. */
function paragraphText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join('');
}

/** Every paragraph's text in document order (those inside tables included). */
export function paragraphsOf(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => paragraphText(m[0]));
}

/** Every table as rows of cell texts (a cell's paragraphs joined by "\n"); the document has no nested tables. */
export function tablesOf(documentXml: string): string[][][] {
  return [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) =>
      [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) =>
        [...c[0].matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => paragraphText(p[0])).join('\n'),
      ),
    ),
  );
}

/** The raw XML of every table, for properties (header rows, widths). */
export function tableXmlOf(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) => t[0]);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * One paragraph per text (each a single run), with the paragraph properties given, an A4 section whose
 * side margins are `margin` twips, and `drawing` (a wp:docPr of the document's own) in a first paragraph.
 */
export function minimalDocx(
  texts: string[],
  pPr = '',
  drawing = '',
  section: { page: number; margin: number } = { page: 11906, margin: 1134 },
): Buffer {
  const paragraphs = texts.map((t) => `<w:p>${pPr}<w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`).join('');
  const own = drawing
    ? `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/>${drawing}</wp:inline></w:drawing></w:r></w:p>`
    : '';
  const document =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:wp="${WP}" xmlns:r="${R}"><w:body>` +
    own +
    paragraphs +
    `<w:sectPr><w:pgSz w:w="${section.page}" w:h="16838"/>` +
    `<w:pgMar w:top="1134" w:right="${section.margin}" w:bottom="1134" w:left="${section.margin}" w:header="567" w:footer="567" w:gutter="0"/>` +
    '</w:sectPr></w:body></w:document>';
  const parts = new Map<string, Buffer>([
    [
      '[Content_Types].xml',
      Buffer.from(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    ],
    [
      '_rels/.rels',
      Buffer.from(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
      ),
    ],
    ['word/document.xml', Buffer.from(document)],
  ]);
  return writePackage(parts);
}
