/** The title and signature blocks, one rule per test, on rows made by hand. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Cell, RawRow } from '../read/types.js';

// A fresh module for each test: its pattern of the place-and-date line is compiled when it loads, and a
// mutant there must be seen.
let placeAndDate: typeof import('./title-block.js').placeAndDate;
let readTitleBlock: typeof import('./title-block.js').readTitleBlock;
beforeEach(async () => {
  vi.resetModules();
  ({ placeAndDate, readTitleBlock } = await import('./title-block.js'));
});

const rows = (first: number, ...lines: Cell[][]): RawRow[] => lines.map((cells, i) => ({ n: first + i, cells }));
/** Title lines in rows 1…, the header right below them, no signature block. */
const top = (...lines: Cell[][]) => readTitleBlock(rows(1, ...lines), lines.length + 1, []);
/** A signature block only (rows 50…), under a sheet that starts with its header. */
const signed = (...lines: Cell[][]) => readTitleBlock([], 1, rows(50, ...lines));

describe('the place-and-date line', () => {
  it('gives the place and the day', () => {
    expect(placeAndDate('Thái Nguyên, ngày 12 tháng 8 năm 2022')).toEqual({
      place: 'Thái Nguyên',
      date: { year: 2022, month: 8, day: 12 },
    });
  });

  it('gives the day alone when no place is written', () => {
    expect(placeAndDate('  ngày 5 tháng 3 năm 2025')).toEqual({ date: { year: 2025, month: 3, day: 5 } });
  });

  it('gives a month of two digits', () => {
    expect(placeAndDate('Hà Nội, ngày 5 tháng 12 năm 2025')?.date).toEqual({ year: 2025, month: 12, day: 5 });
  });

  it('gives the place without the space before its comma', () => {
    expect(placeAndDate('Hà Nội , ngày 5 tháng 3 năm 2025')?.place).toBe('Hà Nội');
  });

  it('is read in capitals', () => {
    expect(placeAndDate('HÀ NỘI, NGÀY 5 THÁNG 3 NĂM 2025')?.place).toBe('HÀ NỘI');
  });

  it('is no line when the day does not exist (30 February)', () => {
    expect(placeAndDate('Hà Nội, ngày 30 tháng 2 năm 2025')).toBeUndefined();
  });

  it('is no line when the date is not at its start or after its place', () => {
    expect(placeAndDate('Báo cáo lập ngày 5 tháng 3 năm 2025')).toBeUndefined();
  });

  it('the first of two is the one kept', () => {
    const block = signed(['Hà Nội, ngày 5 tháng 3 năm 2025'], ['Huế, ngày 6 tháng 4 năm 2024']);
    expect([block?.place, block?.signedOn]).toEqual(['Hà Nội', { year: 2025, month: 3, day: 5 }]);
  });
});

describe('the agencies above the title', () => {
  it('one line in capitals is the agency, with no superior', () => {
    expect(top(['UBND XÃ HÓA THƯỢNG'], ['DANH SÁCH CÁN BỘ'])).toEqual({
      agency: 'UBND XÃ HÓA THƯỢNG',
      title: 'DANH SÁCH CÁN BỘ',
    });
  });

  it('of three lines, the first is the superior and the last the agency', () => {
    const block = top(['UBND TỈNH THÁI NGUYÊN'], ['SỞ NỘI VỤ'], ['PHÒNG CÁN BỘ'], ['DANH SÁCH']);
    expect([block?.superiorAgency, block?.agency]).toEqual(['UBND TỈNH THÁI NGUYÊN', 'PHÒNG CÁN BỘ']);
  });

  it('of two lines, the first is the superior and the second the agency', () => {
    const block = top(['UBND HUYỆN ĐỒNG HỶ'], ['PHÒNG NỘI VỤ'], ['DANH SÁCH']);
    expect([block?.superiorAgency, block?.agency]).toEqual(['UBND HUYỆN ĐỒNG HỶ', 'PHÒNG NỘI VỤ']);
  });

  it('a line not in capitals is no agency', () => {
    expect(top(['Ủy ban nhân dân xã'], ['DANH SÁCH'])?.agency).toBeUndefined();
  });

  it('a line below the title is no agency', () => {
    expect(top(['DANH SÁCH'], ['UBND XÃ HÓA THƯỢNG'])?.agency).toBeUndefined();
  });
});

describe('the lines of the title', () => {
  it('the first title line is the title', () => {
    expect(top(['DANH SÁCH CÁN BỘ'], ['BÁO CÁO KHÁC'])?.title).toBe('DANH SÁCH CÁN BỘ');
  });

  it('the first number line is the number, without "Số:"', () => {
    expect(top(['Số:  15/BC-UBND'], ['Số: 16/BC-UBND'])?.number).toBe('15/BC-UBND');
  });

  it('either line of the national heading notes it', () => {
    expect(top(['Độc lập - Tự do - Hạnh phúc'])).toEqual({ nationalHeading: true });
  });

  it('a day the figures are counted at is the as-of date', () => {
    expect(top(['DANH SÁCH (tính đến 1/7/2025)'])?.asOf).toEqual({ year: 2025, month: 7, day: 1 });
  });

  it('a month is no as-of date', () => {
    expect(top(['DANH SÁCH THÁNG 6/2025'])?.asOf).toBeUndefined();
  });

  it('a place-and-date line above the header is the signing date', () => {
    expect(top(['Hà Nội, ngày 5 tháng 3 năm 2025'])).toEqual({
      place: 'Hà Nội',
      signedOn: { year: 2025, month: 3, day: 5 },
    });
  });

  it('a row at the header row is not read', () => {
    expect(readTitleBlock(rows(1, ['DANH SÁCH']), 1, [])).toBeUndefined();
  });
});

describe('the signature block', () => {
  it('the preparer is the name under NGƯỜI LẬP BIỂU, the signer the name under the other role', () => {
    const block = signed(
      ['NGƯỜI LẬP BIỂU', null, null, 'CHỦ TỊCH UBND'],
      ['(Ký, ghi rõ họ tên)', null, null, '(Ký tên, đóng dấu)'],
      ['Lê Thị Lập', null, null, 'Nguyễn Văn Ký'],
    );
    expect(block).toEqual({ preparer: 'Lê Thị Lập', signerTitle: 'CHỦ TỊCH UBND', signer: 'Nguyễn Văn Ký' });
  });

  it('a name goes to the role nearest its column', () => {
    const block = signed(['NGƯỜI LẬP BIỂU', null, null, null, 'CHỦ TỊCH UBND'], [null, null, null, 'Nguyễn Văn Ký']);
    expect([block?.preparer, block?.signer]).toEqual([undefined, 'Nguyễn Văn Ký']);
  });

  it('the first name under a role is kept', () => {
    expect(signed(['CHỦ TỊCH UBND'], ['Nguyễn Văn Ký'], ['Trần Văn Khác'])?.signer).toBe('Nguyễn Văn Ký');
  });

  it('of two roles that are not the preparer, the last is the signer', () => {
    expect(signed(['TM. UBND', null, 'CHỦ TỊCH UBND'])?.signerTitle).toBe('CHỦ TỊCH UBND');
  });

  it('a role repeated in its column is the first one', () => {
    expect(signed(['KT. CHỦ TỊCH'], ['CHỦ TỊCH UBND'])?.signerTitle).toBe('KT. CHỦ TỊCH');
  });

  it('a name equally near two roles goes to the first of them', () => {
    const block = signed(['NGƯỜI LẬP BIỂU', null, null, null, 'CHỦ TỊCH UBND'], [null, null, 'Lê Thị Lập']);
    expect([block?.preparer, block?.signer]).toEqual(['Lê Thị Lập', undefined]);
  });

  it('the signer is the last role that is not the preparer, though the preparer stands after it', () => {
    expect(signed(['CHỦ TỊCH UBND', null, null, 'NGƯỜI LẬP BIỂU'])?.signerTitle).toBe('CHỦ TỊCH UBND');
  });

  it('a note in brackets under another column is no role', () => {
    expect(signed(['CHỦ TỊCH UBND', null], [null, '(Ký tên, đóng dấu)'])?.signerTitle).toBe('CHỦ TỊCH UBND');
  });

  it('a name of two words is a name', () => {
    expect(signed(['CHỦ TỊCH UBND'], ['Lê Lập'])?.signer).toBe('Lê Lập');
  });

  it('a name of one word is no name', () => {
    expect(signed(['CHỦ TỊCH UBND'], ['Ký'])?.signer).toBeUndefined();
  });

  it('a name of six words is a name, of seven no name', () => {
    const six = signed(['CHỦ TỊCH UBND'], ['Tôn Nữ Thị Ngọc Bích Hà'])?.signer;
    const seven = signed(['CHỦ TỊCH UBND'], ['Tôn Nữ Thị Ngọc Bích Hà Anh'])?.signer;
    expect([six, seven]).toEqual(['Tôn Nữ Thị Ngọc Bích Hà', undefined]);
  });

  it('a line with digits is no name', () => {
    expect(signed(['CHỦ TỊCH UBND'], ['Quyết định 15 năm'])?.signer).toBeUndefined();
  });

  it('a name before any role is no one', () => {
    expect(signed(['Nguyễn Văn Ký'], ['CHỦ TỊCH UBND'])).toEqual({ signerTitle: 'CHỦ TỊCH UBND' });
  });

  it('a preparer with no name under it is not named', () => {
    expect(signed(['NGƯỜI LẬP BIỂU', null, 'CHỦ TỊCH UBND'], [null, null, 'Nguyễn Văn Ký'])?.preparer).toBeUndefined();
  });
});
