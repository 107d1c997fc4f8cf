/** The standards part of a report, on five hand-made people checked against ND 33/2023. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../pipeline/analyze.js';
import { BUILT_IN } from '../standards/rulesets.js';
import { tempDir } from '../test-support/tmp.js';
import type { Report } from './contract.js';

const dir = tempDir();
const roster = join(dir, 'standards.csv');
writeFileSync(
  roster,
  [
    'Họ và tên,Giới tính,Đơn vị,Loại,Chức vụ,Trình độ chuyên môn,Lý luận chính trị',
    'An,Nam,Xã Bình,CB,Chủ tịch UBND,Đại học,Trung cấp',
    'Bình,Nữ,X. Bình,CB,Phó Chủ tịch UBND,Cao đẳng,Sơ cấp',
    'Chi,Nữ,Phường Tân Lập,CC,Công chức Văn phòng,Đại học,',
    'Dũng,Nam,P. Tân Lập,CC,Công chức Tư pháp,Trung cấp,',
    'Giang,Nam,Xã Bình,KCT,Phó Chủ tịch Hội Nông dân,Trung cấp,',
  ].join('\n'),
);

let standards: NonNullable<Report['standards']>;
let report: Report;
beforeAll(async () => {
  ({ report } = await analyze([roster], { standards: BUILT_IN['nd33-2023'] }));
  standards = report.standards!;
});

describe('standards in the report', () => {
  it('count who meets, who does not, and who no group applies to (part-time staff)', () => {
    expect([standards.meeting, standards.notMeeting, standards.notAssessed]).toEqual([2, 2, 1]);
  });

  it('check general education only where the roster has its column', () => {
    expect(standards.checked).toEqual(['education', 'politicalTheory']);
  });

  it('split the counts by staff type', () => {
    expect(standards.byStaffType).toEqual({
      canBo: { meeting: 1, notMeeting: 1 },
      congChuc: { meeting: 1, notMeeting: 1 },
    });
  });

  it('split them by unit, the spellings of a unit merged, wards first', () => {
    expect(standards.byUnit).toEqual([
      { unit: 'Phường Tân Lập', meeting: 1, notMeeting: 1 },
      { unit: 'Xã Bình', meeting: 1, notMeeting: 1 },
    ]);
  });

  it('list who lacks what, with the unit under its merged name', () => {
    expect(standards.people.map((p) => [p.row, p.name, p.unit, p.group, p.lacks])).toEqual([
      [3, 'Bình', 'Xã Bình', 'canBo', ['education', 'politicalTheory']],
      [5, 'Dũng', 'Phường Tân Lập', 'congChuc', ['education']],
    ]);
  });
});

describe('unit names', () => {
  it('merge "X. Bình" into "Xã Bình" and "P. Tân Lập" into "Phường Tân Lập", and say so', () => {
    expect(report.unitNames.merged).toEqual([
      { unit: 'Phường Tân Lập', spellings: ['P. Tân Lập', 'Phường Tân Lập'] },
      { unit: 'Xã Bình', spellings: ['X. Bình', 'Xã Bình'] },
    ]);
    expect(report.units).toBe(2);
  });
});
