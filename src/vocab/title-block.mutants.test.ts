/**
 * The words of src/vocab/title-block.ts, one row per word, read through `readTitleBlock` on rows made by
 * hand with the answer written out: each agency start above a title, the two lines of the national heading,
 * each title start, each preparer role under a signature, and the document number line. A word emptied or a
 * list emptied makes its row fail. The frame's own wording (`FRAME_TEXT`) is read through `frameLines`, as the
 * outputs draw it. "nguoi lap bieu" and "nguoi lap bang" have no row: "nguoi lap" reads both.
 */
import { describe, expect, it } from 'vitest';
import { readTitleBlock } from '../normalize/title-block.js';
import { frameLines } from '../render/frame.js';
import type { Cell, RawRow } from '../read/types.js';

const rows = (first: number, ...lines: Cell[][]): RawRow[] => lines.map((cells, i) => ({ n: first + i, cells }));
/** Title lines in rows 1…, the header right below them, no signature block. */
const top = (...lines: Cell[][]) => readTitleBlock(rows(1, ...lines), lines.length + 1, []);
/** A signature block only (rows 50…), under a sheet that starts with its header. */
const signed = (...lines: Cell[][]) => readTitleBlock([], 1, rows(50, ...lines));

describe('a line in capitals above the title that starts with an agency word is the agency', () => {
  it.each([
    'UBND XÃ HÓA THƯỢNG',
    'ỦY BAN NHÂN DÂN XÃ HÓA THƯỢNG',
    'HĐND XÃ HÓA THƯỢNG',
    'PHÒNG NỘI VỤ',
    'SỞ NỘI VỤ',
    'BỘ NỘI VỤ',
    'BAN TỔ CHỨC HUYỆN ỦY',
    'VĂN PHÒNG HĐND VÀ UBND',
    'HUYỆN ỦY ĐỒNG HỶ',
    'THÀNH ỦY THÁI NGUYÊN',
    'THỊ ỦY PHỔ YÊN',
    'TỈNH ỦY THÁI NGUYÊN',
    'ĐẢNG ỦY XÃ HÓA THƯỢNG',
    'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG',
    'CÔNG AN XÃ HÓA THƯỢNG',
  ])('%s', (line) => {
    expect(top([line], ['DANH SÁCH CÁN BỘ'])?.agency).toBe(line);
  });
});

describe('the national heading (quốc hiệu, tiêu ngữ) is read as such', () => {
  it.each(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'])('%s', (line) => {
    expect(top([line])).toEqual({ nationalHeading: true });
  });
});

describe("a line that starts with a title word is the document's title", () => {
  it.each([
    'DANH SÁCH CÁN BỘ, CÔNG CHỨC',
    'BÁO CÁO SỐ LƯỢNG, CHẤT LƯỢNG',
    'TỔNG HỢP CÁN BỘ, CÔNG CHỨC',
    'THỐNG KÊ CÁN BỘ, CÔNG CHỨC',
    'BIỂU TỔNG HỢP CÁN BỘ, CÔNG CHỨC',
  ])('%s', (line) => {
    expect(top([line])).toEqual({ title: line });
  });
});

describe("the preparer's role in a signature block names the preparer, the other role the signer", () => {
  it.each(['NGƯỜI LẬP BIỂU', 'NGƯỜI LẬP BẢNG', 'NGƯỜI LẬP'])('%s', (role) => {
    expect(
      signed([role, null, null, null, 'CHỦ TỊCH UBND'], ['Nguyễn Văn An', null, null, null, 'Trần Thị Bình']),
    ).toEqual({
      preparer: 'Nguyễn Văn An',
      signerTitle: 'CHỦ TỊCH UBND',
      signer: 'Trần Thị Bình',
    });
  });
});

describe('the document number line', () => {
  it.each([
    ['Số: 15/BC-PNV', '15/BC-PNV'],
    ['Số:15/BC-PNV', '15/BC-PNV'],
    ['Số : 15/BC-PNV', '15/BC-PNV'],
    ['SỐ: 15/BC-PNV', '15/BC-PNV'],
  ])('%s → number %s', (line, number) => {
    expect(top([line])).toEqual({ number });
  });

  it('is not read inside a line: "Ghi chú số: 15" names no number', () => {
    expect(top(['Ghi chú số: 15'])?.number).toBeUndefined();
  });

  it('is not read with nothing after the colon', () => {
    expect(top(['Số:   '])?.number).toBeUndefined();
  });
});

describe("the frame's own wording, as the outputs draw it", () => {
  it('the national heading and the motto beside the agency', () => {
    expect(frameLines({ agency: 'PHÒNG NỘI VỤ', nationalHeading: true }, 'BÁO CÁO').top).toEqual([
      { left: 'PHÒNG NỘI VỤ', leftBold: true, right: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightBold: true },
      { right: 'Độc lập - Tự do - Hạnh phúc', rightBold: true },
    ]);
  });

  it('the number line: "Số: 15/BC-PNV"', () => {
    expect(frameLines({ number: '15/BC-PNV' }, 'BÁO CÁO').top).toEqual([{ left: 'Số: 15/BC-PNV' }]);
  });

  it('the as-of line: "Số liệu tính đến ngày 31/12/2022"', () => {
    expect(frameLines({ asOf: { year: 2022, month: 12, day: 31 } }, 'BÁO CÁO').heading.at(-1)?.text).toBe(
      'Số liệu tính đến ngày 31/12/2022',
    );
  });

  it('the place-and-date line left to fill by hand, place too when none is known', () => {
    expect(frameLines({}, 'BÁO CÁO').signature.placeDate).toBe('……, ngày …… tháng …… năm ……');
  });

  it("the preparer's and the head's roles when no signer's title is known", () => {
    expect(frameLines({}, 'BÁO CÁO').signature.roles).toEqual(['NGƯỜI LẬP BIỂU', 'THỦ TRƯỞNG ĐƠN VỊ']);
  });

  it('the notes under the roles', () => {
    expect(frameLines({}, 'BÁO CÁO').signature.notes).toEqual(['(Ký, ghi rõ họ tên)', '(Ký tên, đóng dấu)']);
  });
});
