/**
 * A roster whose qualification is ticked in columns under a merged group cell ("Trình độ chuyên môn"
 * over "ThS | ĐH | TC"): the two header rows are read as one header, and the row of level names is
 * not counted as a person.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../pipeline/analyze.js';
import { tempDir } from '../test-support/tmp.js';
import { makeXlsx, sheetXml } from '../test-support/zip.js';

const dir = tempDir();

function ticked(): string {
  const xml = sheetXml([
    ['Họ và tên', 'Giới tính', 'Trình độ chuyên môn', '', '', 'Lý luận chính trị'],
    ['', '', 'ThS', 'ĐH', 'TC', ''],
    ['An', 'Nam', '', 'x', '', 'Trung cấp'],
    ['Bình', 'Nữ', 'x', '', '', 'Cao cấp'],
    ['Chi', 'Nữ', '', '', 'x', ''],
  ]).replace(
    '</sheetData>',
    '</sheetData><mergeCells count="4"><mergeCell ref="C1:E1"/><mergeCell ref="A1:A2"/><mergeCell ref="B1:B2"/><mergeCell ref="F1:F2"/></mergeCells>',
  );
  const path = join(dir, 'ticked.xlsx');
  writeFileSync(path, makeXlsx(xml));
  return path;
}

describe('qualifications ticked under a merged group cell', () => {
  it('read both header rows as the header', async () => {
    const { report } = await analyze([ticked()]);
    expect(report.sources[0]!.headerRows).toEqual([1, 2]);
  });

  it('count the three people by the level ticked, and not the row of level names', async () => {
    const { report } = await analyze([ticked()]);
    expect(report.total).toBe(3);
    expect(
      Object.fromEntries(
        Object.entries(report.dimensions.education)
          .filter(([, v]) => v.count > 0)
          .map(([k, v]) => [k, v.count]),
      ),
    ).toEqual({ master: 1, university: 1, intermediate: 1 });
  });
});
