import { describe, expect, it } from 'vitest';
import type { Report } from '../../aggregate/contract.js';
import { analyze } from '../../pipeline/analyze.js';
import { headcountText, qualityText, retirementText, standardsText } from './narrative.js';

const report: Report = (await analyze(['fixtures/thai-nguyen-2022.csv'])).report;

describe('the headline figures in words', () => {
  it('says a roster with no one counted in one sentence, and tells no shares of nobody', () => {
    const empty = { ...report, total: 0 };
    expect(headcountText(empty)).toBe('Không có người nào được đếm trong danh sách.');
    expect(qualityText(empty)).toBeUndefined();
  });

  it('names the people who are neither cán bộ nor công chức, and those of unknown type, when there are any', () => {
    const staffType = {
      ...report.dimensions.staffType,
      other: { count: 7, share: 0 },
      unknown: { count: 2, share: 0 },
    };
    const text = headcountText({ ...report, dimensions: { ...report.dimensions, staffType } });
    expect(text).toContain(
      ', người hoạt động không chuyên trách, hợp đồng 7 người, chưa rõ là cán bộ hay công chức 2 người;',
    );
  });

  it('writes thousands with a dot and shares with a decimal comma', () => {
    const big = { ...report, total: 12_345, dimensions: { ...report.dimensions } };
    big.dimensions.gender = { ...report.dimensions.gender, female: { count: 6_170, share: 0 } };
    expect(headcountText(big)).toContain('Tổng số 12.345 người');
    expect(headcountText(big)).toContain('nữ 6.170 người, chiếm 50,0%');
  });

  it('names a rule set not in force at the date as such, by its title and never its id', () => {
    const standards = {
      ruleset: 'nd34-2019',
      title: 'Tiêu chuẩn theo Nghị định 34/2019/NĐ-CP',
      source: '',
      checked: [],
      asOf: '2024-01-01',
      inForce: false,
      open: [],
      unchecked: [],
      notAssessed: 0,
      meeting: 3,
      notMeeting: 1,
      byStaffType: {},
      byUnit: [],
      people: [],
    };
    expect(standardsText({ ...report, standards })).toBe(
      'Đối chiếu tiêu chuẩn theo Nghị định 34/2019/NĐ-CP (không có hiệu lực tại ngày 1/1/2024), trong 4 người được xét: ' +
        'đạt chuẩn 3 người, chiếm 75,0%; chưa đạt chuẩn 1 người, chiếm 25,0%.',
    );
  });

  it('has no standards or retirement sentence when they were not asked for', () => {
    expect(standardsText(report)).toBeUndefined();
    expect(retirementText(report)).toBeUndefined();
  });
});
