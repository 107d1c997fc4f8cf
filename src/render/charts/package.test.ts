import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { listEntries } from '../../read/zip.js';
import { crc32 } from '../../util/zip-write.js';
import { partText, readPackage, setText, writePackage } from './package.js';

async function workbook(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dữ liệu');
  for (let i = 0; i < rows; i++) ws.addRow([`Người ${i}`, 'Phường Tân Thịnh', i]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Each entry's compressed bytes, by name. */
function bodies(zip: Buffer): Map<string, Buffer> {
  return new Map(
    listEntries(zip).map((e) => {
      const start = e.localOffset + 30 + zip.readUInt16LE(e.localOffset + 26) + zip.readUInt16LE(e.localOffset + 28);
      return [e.name, zip.subarray(start, start + e.compressedSize)];
    }),
  );
}

describe('the OOXML package writer', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('writes a zip that reads back part for part, in order, new parts last', async () => {
    const zip = await workbook(50);
    const parts = readPackage(zip);
    setText(parts, 'xl/new.xml', '<a>Biểu đồ</a>');
    const back = readPackage(writePackage(parts));
    expect([...back.keys()]).toEqual([...parts.keys()]);
    for (const [name, data] of parts) expect(back.get(name)!.equals(data), name).toBe(true);
  });

  it('copies the parts it does not change as they were compressed, and inflates only those asked for', async () => {
    const zip = await workbook(3000);
    const parts = readPackage(zip, true);
    expect(parts.get('xl/worksheets/sheet1.xml')!.length).toBe(0);
    const workbookXml = partText(parts, 'xl/workbook.xml');
    setText(parts, 'xl/workbook.xml', workbookXml.replace('Dữ liệu', 'Số liệu'));
    const out = writePackage(parts);
    const before = bodies(zip);
    const after = bodies(out);
    expect(after.get('xl/worksheets/sheet1.xml')!.equals(before.get('xl/worksheets/sheet1.xml')!)).toBe(true);
    expect(after.get('xl/workbook.xml')!.equals(deflateRawSync(Buffer.from(partText(parts, 'xl/workbook.xml'))))).toBe(
      true,
    );
    const read = readPackage(out);
    expect(partText(read, 'xl/workbook.xml')).toContain('name="Số liệu"');
    expect(partText(read, 'xl/worksheets/sheet1.xml')).toContain('<row r="3000"');
  });
});
