/**
 * A yes/no column typed as a boolean: Excel's TRUE/FALSE (an xlsx cell t="b") or the words "TRUE",
 * "FALSE" typed as text, in the "Đảng viên" column or a tick column, say yes or no.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const dir = tempDir();

async function xlsx(name: string, rows: Array<Array<string | boolean | null>>, merges: string[] = []) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  for (const r of rows) ws.addRow(r);
  for (const m of merges) ws.mergeCells(m);
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

const HEAD = ['Họ và tên', 'Giới tính', 'Chức vụ', 'Đảng viên'];
const people = (party: Array<string | boolean | null>) =>
  party.map((p, i) => [`Nguyễn Văn ${'ABCDEFGH'[i]}`, i % 2 ? 'Nữ' : 'Nam', 'Công chức Văn phòng - Thống kê', p]);

describe('a boolean in a yes/no column', () => {
  it('counts Excel booleans (t="b") in the "Đảng viên" column: TRUE a member, FALSE not', async () => {
    const file = await xlsx('bool.xlsx', [HEAD, ...people([true, true, false, true, false])]);
    const { report } = await analyze([file]);
    const party = report.dimensions.partyMember;
    expect([party.yes?.count ?? 0, party.no?.count ?? 0, party.unknown?.count ?? 0]).toEqual([3, 2, 0]);
  });

  it('counts the words "TRUE" and "FALSE" typed in the "Đảng viên" column', async () => {
    const file = await xlsx('bool-text.xlsx', [HEAD, ...people(['TRUE', 'FALSE', 'True', 'false', 'Có', 'Không'])]);
    const { report } = await analyze([file]);
    const party = report.dimensions.partyMember;
    expect([party.yes?.count ?? 0, party.no?.count ?? 0, party.unknown?.count ?? 0]).toEqual([3, 3, 0]);
  });

  it('does not count FALSE in a tick column as ticked: TRUE ticks, FALSE and "FALSE" do not', async () => {
    const rows = [
      ['Họ và tên', 'Giới tính', 'Trình độ chuyên môn', '', ''],
      ['', '', 'ThS', 'ĐH', 'TC'],
      ['An', 'Nam', false, true, false],
      ['Bình', 'Nữ', true, false, 'FALSE'],
      ['Chi', 'Nữ', 'FALSE', false, true],
    ];
    const file = await xlsx('tick.xlsx', rows, ['C1:E1', 'A1:A2', 'B1:B2']);
    const { report } = await analyze([file]);
    const edu = report.dimensions.education;
    expect([edu.master?.count, edu.university?.count, edu.intermediate?.count]).toEqual([1, 1, 1]);
  });
});
