/** The frame's fields come from the options, else the config, else the roster's title block. */
import { describe, expect, it } from 'vitest';
import { FRAME_TEXT } from '../vocab/title-block.js';
import { frameLines, resolveFrame, type ReportFrame } from './frame.js';

const BLOCK: ReportFrame = {
  superiorAgency: 'UBND THÀNH PHỐ THÁI NGUYÊN',
  agency: 'PHÒNG NỘI VỤ',
  signer: 'Trần Văn Trưởng',
  asOf: { year: 2022, month: 12, day: 31 },
};

describe('frame precedence', () => {
  it('an option wins over the config and the title block', () =>
    expect(
      resolveFrame({ options: { agency: 'UBND XÃ A' }, config: { agency: 'UBND XÃ B' }, titleBlock: BLOCK }).agency,
    ).toBe('UBND XÃ A'));
  it('the config wins over the title block', () =>
    expect(resolveFrame({ config: { signer: 'Lê Văn Ký' }, titleBlock: BLOCK }).signer).toBe('Lê Văn Ký'));
  it('the title block fills what neither the options nor the config name', () =>
    expect(resolveFrame({ options: { agency: 'UBND XÃ A' }, titleBlock: BLOCK }).superiorAgency).toBe(
      'UBND THÀNH PHỐ THÁI NGUYÊN',
    ));
  it('--as-of wins over the date the title block names', () =>
    expect(resolveFrame({ titleBlock: BLOCK, asOf: { year: 2023, month: 6, day: 30 } }).asOf).toEqual({
      year: 2023,
      month: 6,
      day: 30,
    }));
  it("the title block's date wins over the day the figures were reckoned at", () =>
    expect(resolveFrame({ titleBlock: BLOCK, reckonedAt: { year: 2026, month: 1, day: 1 } }).asOf).toEqual(BLOCK.asOf));
  it("never takes the roster's own title or number for the report's", () =>
    expect(
      resolveFrame({ titleBlock: { ...BLOCK, title: 'DANH SÁCH CÁN BỘ', number: '3/DS-UBND' } }),
    ).not.toHaveProperty('title'));
  it('takes the title from the config', () =>
    expect(resolveFrame({ config: { title: 'BÁO CÁO NĂM' }, titleBlock: { title: 'DANH SÁCH' } }).title).toBe(
      'BÁO CÁO NĂM',
    ));
  it('the national heading is drawn when an agency is named', () =>
    expect(resolveFrame({ titleBlock: BLOCK }).nationalHeading).toBe(true));
  it('--no-national-heading refuses it even when an agency is named', () =>
    expect(resolveFrame({ options: { nationalHeading: false }, titleBlock: BLOCK }).nationalHeading).toBe(false));
  it('no source at all gives no field but the day the figures were reckoned at', () =>
    expect(resolveFrame({ reckonedAt: { year: 2026, month: 1, day: 1 } })).toEqual({
      asOf: { year: 2026, month: 1, day: 1 },
    }));
});

describe('frame lines', () => {
  it('with nothing known, are the title and the as-of date, with no empty agency lines', () => {
    const lines = frameLines({ asOf: { year: 2022, month: 12, day: 31 } }, 'BÁO CÁO');
    expect(lines.top).toEqual([]);
    expect(lines.heading.map((h) => h.text)).toEqual(['BÁO CÁO', 'Số liệu tính đến ngày 31/12/2022']);
  });
  it('put the superior agency above the agency, beside Quốc hiệu and tiêu ngữ', () =>
    expect(frameLines(resolveFrame({ titleBlock: BLOCK }), 'BÁO CÁO').top).toEqual([
      { left: 'UBND THÀNH PHỐ THÁI NGUYÊN', leftBold: false, right: FRAME_TEXT.nationalHeading, rightBold: true },
      { left: 'PHÒNG NỘI VỤ', leftBold: true, right: FRAME_TEXT.motto, rightBold: true },
    ]));
  it('write the number under the agencies', () =>
    expect(frameLines({ agency: 'PHÒNG NỘI VỤ', number: '15/BC-PNV' }, 'BÁO CÁO').top.at(-1)).toEqual({
      left: 'Số: 15/BC-PNV',
    }));
  it('write the place and date of signing as Vietnamese documents do', () =>
    expect(
      frameLines({ place: 'Thái Nguyên', signedOn: { year: 2022, month: 8, day: 12 } }, 'BÁO CÁO').signature.placeDate,
    ).toBe('Thái Nguyên, ngày 12 tháng 8 năm 2022'));
  it('leave the date to fill by hand when no signing date is known', () =>
    expect(frameLines({ place: 'Thái Nguyên' }, 'BÁO CÁO').signature.placeDate).toBe(
      'Thái Nguyên, ngày …… tháng …… năm ……',
    ));
  it("sign as the head of the unit when no signer's title is known", () =>
    expect(frameLines({}, 'BÁO CÁO').signature.roles).toEqual(['NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ']));
});
