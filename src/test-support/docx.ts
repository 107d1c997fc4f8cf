/** Reads back what a Word report holds: its parts, its tables' cell texts and its paragraphs' texts. */
import { readSmallPart } from '../read/zip.js';

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
