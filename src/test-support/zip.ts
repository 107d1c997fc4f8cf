/** A minimal zip writer for tests that need hand-made archives (bombs, DTDs, odd parts). */
import { deflateRawSync } from 'node:zlib';
import { crc32, writeZip } from '../util/zip-write.js';

export interface ZipPart {
  name: string;
  data: Buffer | string;
  /** Say this size in the headers instead of the real one. */
  declaredSize?: number;
  store?: boolean;
}

export function makeZip(parts: ZipPart[]): Buffer {
  return writeZip(
    parts.map((p) => {
      const raw = Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.data, 'utf8');
      return {
        name: p.name,
        body: p.store ? raw : deflateRawSync(raw),
        method: p.store ? 0 : 8,
        crc: crc32(raw),
        size: p.declaredSize ?? raw.length,
      };
    }),
  );
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

/** An .xlsx whose one sheet is the XML given, with any other parts (xl/sharedStrings.xml …) after it. */
export function makeXlsx(
  sheetXml: string | Buffer,
  extra: Partial<ZipPart> = {},
  workbook = WORKBOOK,
  more: ZipPart[] = [],
): Buffer {
  return makeZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/_rels/workbook.xml.rels', data: RELS },
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml, ...extra },
    ...more,
  ]);
}

/** Sheet XML of inline-string rows. */
export function sheetXml(rows: string[][]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const body = rows
    .map(
      (r, i) =>
        `<row r="${i + 1}">${r.map((v, j) => `<c r="${String.fromCharCode(65 + j)}${i + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`).join('')}</row>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
}
