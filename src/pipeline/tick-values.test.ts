/**
 * Tick columns holding a value that is no tick (found by damaged random rosters, random-damage.test.ts):
 * "???", "#N/A", "Chưa cập nhật" were read as ticked (a woman, a degree, a party member), unsaid.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../aggregate/contract.js';
import { tempDir } from '../test-support/tmp.js';
import { analyze } from './analyze.js';

const dir = tempDir();

async function read(name: string, lines: string[]): Promise<Report> {
  const file = join(dir, `${name}.csv`);
  await writeFile(file, lines.join('\n'));
  return (await analyze([file])).report;
}

const counts = (r: Report, dim: keyof Report['dimensions']) =>
  Object.fromEntries(Object.entries(r.dimensions[dim] ?? {}).map(([k, v]) => [k, v?.count ?? 0]));
const shown = (r: Report, dim: string) =>
  r.unknownValues.filter((u) => u.dimension === dim).map((u) => `${u.column}: ${u.value}`);

describe('a lone "Nữ" column', () => {
  it('reads a tick as a woman, a blank as a man, and anything else as not known, shown', async () => {
    const r = await read('nu', [
      'STT,Họ và tên,Nữ,Năm sinh',
      '1,Lê Thị Bình,x,1985',
      '2,Phạm Thị Dung,✓,1990',
      '3,Nguyễn Văn An,,1980',
      '4,Trần Văn Công,???,1970',
      '5,Hoàng Văn Em,#N/A,1988',
      '6,Vũ Văn Phong,Khác,1988',
      '7,Vũ Văn Giang,0,1988',
    ]);
    expect(counts(r, 'gender')).toEqual({ female: 2, male: 2, unknown: 3 });
    expect(shown(r, 'gender').sort()).toEqual(['Nữ: #N/A', 'Nữ: ???', 'Nữ: Khác']);
  });
});

describe('level tick columns', () => {
  it('read "#N/A" or "Chưa cập nhật" alone as not known, a field of study under a level as that level', async () => {
    const r = await read('levels', [
      'STT,Họ và tên,Trình độ chuyên môn,,,Đảng viên',
      ',,ĐH,CĐ,TC,',
      '1,Lê Thị Bình,x,,,x',
      '2,Phạm Thị Dung,Luật,,,Chưa cập nhật',
      '3,Nguyễn Văn An,#N/A,,,',
      '4,Trần Văn Công,,Chưa cập nhật,,x',
    ]);
    expect(counts(r, 'education')).toMatchObject({ university: 2, college: 0, unknown: 2 });
    expect(counts(r, 'partyMember')).toMatchObject({ yes: 2, no: 1, unknown: 1 });
    expect(shown(r, 'education').sort()).toEqual([
      'Trình độ chuyên môn / CĐ: Chưa cập nhật',
      'Trình độ chuyên môn / ĐH: #N/A',
    ]);
    expect(shown(r, 'partyMember')).toEqual(['Đảng viên: Chưa cập nhật']);
  });
});
