/**
 * Rows of an official-style list written by hand: every row counted or skipped with its reason, and
 * section rows giving their unit and staff type to the rows below them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../aggregate/contract.js';
import { analyze } from '../pipeline/analyze.js';
import { tempDir } from '../test-support/tmp.js';

const dir = tempDir();
const file = join(dir, 'sections.csv');
writeFileSync(
  file,
  [
    'STT,Họ và tên,Giới tính,Chức vụ,Trình độ chuyên môn',
    '1,2,3,4,5',
    'I,PHƯỜNG TÂN LẬP,,,',
    '1,An,Nam,Chủ tịch UBND,Đại học',
    '2,Bình,Nữ,Công chức Văn phòng,Thạc sĩ',
    ',Cộng,,,2',
    'II,XÃ PHÚC HÀ,,,',
    'A,CÔNG CHỨC,,,',
    '1,Chi,Nữ,,Đại học',
    'STT,Họ và tên,Giới tính,Chức vụ,Trình độ chuyên môn',
    '2,Dũng,Nam,,Cao đẳng',
    ',Tổng cộng,,,4',
    ',,,,',
    ',Người lập biểu,,,',
    ',Nguyễn Văn X,,,',
  ].join('\n'),
);

let report: Report;
beforeAll(async () => {
  ({ report } = await analyze([file], { groupBy: 'unit' }));
});

describe('rows of an official list', () => {
  it('count the four people and nobody else', () => {
    expect([report.total, report.rows.read, report.rows.counted]).toEqual([4, 15, 4]);
  });

  it('skip the header, column numbers, sections, subtotals, a repeated header, a blank and the signature, each with its reason', () => {
    expect(report.rows.skipped.map((s) => [s.row, s.reason, s.text])).toEqual([
      [1, 'header', undefined],
      [2, 'column numbers', undefined],
      [3, 'section', 'PHƯỜNG TÂN LẬP'],
      [6, 'subtotal', 'Cộng'],
      [7, 'section', 'XÃ PHÚC HÀ'],
      [8, 'section', 'CÔNG CHỨC'],
      [10, 'repeated header', undefined],
      [12, 'subtotal', 'Tổng cộng'],
      [13, 'blank', undefined],
      [14, 'signature', 'Người lập biểu'],
      [15, 'signature', 'Nguyễn Văn X'],
    ]);
  });

  it('put the people under the unit of the section above them', () => {
    expect(report.groups!.map((g) => [g.key, g.total])).toEqual([
      ['Phường Tân Lập', 2],
      ['Xã Phúc Hà', 2],
    ]);
  });

  it('give the staff type of a "CÔNG CHỨC" section to people without a title', () => {
    const phucHa = report.groups!.find((g) => g.key === 'Xã Phúc Hà')!;
    expect(phucHa.dimensions.staffType.congChuc!.count).toBe(2);
  });

  it('take the staff type from the title where there is one', () => {
    const tanLap = report.groups!.find((g) => g.key === 'Phường Tân Lập')!;
    expect([tanLap.dimensions.staffType.canBo!.count, tanLap.dimensions.staffType.congChuc!.count]).toEqual([1, 1]);
  });
});
