import { describe, expect, it } from 'vitest';
import { isSameUnit, parseUnitName, resolveUnits, unitInTitle } from './units.js';

describe('parseUnitName', () => {
  it.each([
    ['Phường Tân Lập', 'Phường', 'Tân Lập'],
    ['P. Tân Lập', 'Phường', 'Tân Lập'],
    ['P.Tân Lập', 'Phường', 'Tân Lập'],
    ['PHƯỜNG TÂN LẬP', 'Phường', 'TÂN LẬP'],
    ['Xã Phúc Hà', 'Xã', 'Phúc Hà'],
    ['X. Phúc Hà', 'Xã', 'Phúc Hà'],
    ['TT. Hùng Sơn', 'Thị trấn', 'Hùng Sơn'],
    ['UBND phường Gia Sàng', 'Phường', 'Gia Sàng'],
    ['I. PHƯỜNG HOÀNG VĂN THỤ', 'Phường', 'HOÀNG VĂN THỤ'],
  ])('%s is %s %s', (raw, kind, base) => {
    expect(parseUnitName(raw)).toMatchObject({ kind, base });
  });

  it('leaves names without a kind bare', () => {
    const name = parseUnitName('Phúc Hà');
    expect(name.kind).toBeUndefined();
    expect(name.base).toBe('Phúc Hà');
    expect(name.key).toBe(parseUnitName('Xã Phúc Hà').key);
  });
});

describe('resolveUnits', () => {
  it('merges the spellings of one unit under its full name', () => {
    const { canonical, ambiguous } = resolveUnits(
      new Map([
        ['Phường Tân Lập', 10],
        ['P. Tân Lập', 2],
        ['Tân Lập', 1],
        ['PHƯỜNG TÂN LẬP', 3],
      ]),
    );
    expect(new Set(canonical.values())).toEqual(new Set(['Phường Tân Lập']));
    expect(ambiguous).toEqual([]);
  });

  it("counts people of the commune's HĐND, UBMTTQ and Đảng ủy in the commune, not as units of their own", () => {
    const { canonical } = resolveUnits(
      new Map([
        ['Xã Phúc Hà', 6],
        ['HĐND xã Phúc Hà', 1],
        ['UBMTTQ xã Phúc Hà', 1],
        ['Đảng ủy xã Phúc Hà', 2],
      ]),
    );
    expect(new Set(canonical.values())).toEqual(new Set(['Xã Phúc Hà']));
  });

  it('keeps a bare name apart when a ward and a commune share it', () => {
    const { canonical, ambiguous } = resolveUnits(
      new Map([
        ['Phường Tân Thành', 5],
        ['Xã Tân Thành', 5],
        ['Tân Thành', 1],
      ]),
    );
    expect(canonical.get('Phường Tân Thành')).toBe('Phường Tân Thành');
    expect(canonical.get('Xã Tân Thành')).toBe('Xã Tân Thành');
    expect(canonical.get('Tân Thành')).toBe('Tân Thành');
    expect(ambiguous).toEqual(['Tân Thành']);
  });

  it('gives an all-capitals name in title case when no other spelling exists', () => {
    const { canonical } = resolveUnits(new Map([['PHƯỜNG ĐỒNG QUANG', 4]]));
    expect(canonical.get('PHƯỜNG ĐỒNG QUANG')).toBe('Phường Đồng Quang');
  });
});

describe('unitInTitle', () => {
  it.each([
    ['DANH SÁCH CÁN BỘ, CÔNG CHỨC PHƯỜNG HOÀNG VĂN THỤ', 'PHƯỜNG HOÀNG VĂN THỤ'],
    ['Danh sách cán bộ, công chức xã Phúc Hà năm 2022', 'xã Phúc Hà'],
    ['UBND XÃ TÂN CƯƠNG', 'XÃ TÂN CƯƠNG'],
    ['DANH SÁCH CÁN BỘ, CÔNG CHỨC CẤP XÃ NĂM 2022', undefined],
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', undefined],
    ['Biểu tổng hợp xã, phường', undefined],
    ['UBND THÀNH PHỐ THÁI NGUYÊN', undefined],
  ])('%s → %s', (title, unit) => {
    expect(unitInTitle(title)).toBe(unit);
  });
});

describe('resolveUnits, one rule each', () => {
  it('names a unit by its most used spelling', () => {
    const { canonical } = resolveUnits(
      new Map([
        ['Xã Phúc Hà', 2],
        ['Xã Phúc hà', 7],
      ]),
    );
    expect(canonical.get('Xã Phúc Hà')).toBe('Xã Phúc hà');
  });

  it('prefers a spelling not in capitals, however many use the capitals', () => {
    const { canonical } = resolveUnits(
      new Map([
        ['XÃ PHÚC HÀ', 50],
        ['Xã Phúc Hà', 1],
      ]),
    );
    expect(canonical.get('XÃ PHÚC HÀ')).toBe('Xã Phúc Hà');
  });

  it('puts a bare name under the one kind that has it', () => {
    const { canonical } = resolveUnits(
      new Map([
        ['Thị trấn Hùng Sơn', 3],
        ['Hùng Sơn', 1],
      ]),
    );
    expect(canonical.get('Hùng Sơn')).toBe('Thị trấn Hùng Sơn');
  });

  it('keeps a special zone (đặc khu) and a commune of the same name apart', () => {
    const { canonical } = resolveUnits(
      new Map([
        ['Đặc khu Phú Quốc', 3],
        ['Xã Phú Quốc', 1],
      ]),
    );
    expect([canonical.get('Đặc khu Phú Quốc'), canonical.get('Xã Phú Quốc')]).toEqual([
      'Đặc khu Phú Quốc',
      'Xã Phú Quốc',
    ]);
  });

  it('leaves out an empty name', () => {
    expect([...resolveUnits(new Map([['', 4]])).canonical]).toEqual([]);
  });
});

describe('parseUnitName, more spellings', () => {
  it.each([
    ['tt Hùng Sơn', 'Thị trấn', 'Hùng Sơn'],
    ['p Tân Lập', 'Phường', 'Tân Lập'],
    ['Đảng ủy xã Phúc Hà', 'Xã', 'Phúc Hà'],
    ['Ủy ban nhân dân Phường Gia Sàng', 'Phường', 'Gia Sàng'],
    ['Đặc khu Côn Đảo', 'Đặc khu', 'Côn Đảo'],
    ['HĐND xã Phúc Hà', 'Xã', 'Phúc Hà'],
    ['Hội đồng nhân dân phường Tân Lập', 'Phường', 'Tân Lập'],
    ['UBMTTQ xã Phúc Hà', 'Xã', 'Phúc Hà'],
    ['Ủy ban MTTQ Việt Nam phường Gia Sàng', 'Phường', 'Gia Sàng'],
    ['MTTQ xã Tân Cương', 'Xã', 'Tân Cương'],
    ['Văn phòng HĐND và UBND xã Phú Bình', 'Xã', 'Phú Bình'],
    ['HĐND - UBND thị trấn Đình Cả', 'Thị trấn', 'Đình Cả'],
    ['Đảng bộ xã Phúc Hà', 'Xã', 'Phúc Hà'],
  ])('%s is %s %s', (raw, kind, base) => {
    expect(parseUnitName(raw)).toMatchObject({ kind, base });
  });

  it('takes "Phường" alone as a name, not a kind without one', () => {
    expect(parseUnitName('Phường')).toEqual({ base: 'Phường', key: 'phương2' });
  });
});

describe('names typed without tone marks (s12-rv33)', () => {
  it.each([
    ['Phuong Tan Lap', 'Phường', 'Tan Lap'],
    ['PHUONG TAN LAP', 'Phường', 'TAN LAP'],
    ['Xa Phuc Ha', 'Xã', 'Phuc Ha'],
    ['xa Phuc Ha', 'Xã', 'Phuc Ha'],
    ['UBND xa Phuc Ha', 'Xã', 'Phuc Ha'],
    ['Uy ban nhan dan xa Phuc Ha', 'Xã', 'Phuc Ha'],
    ['Thi tran Hung Son', 'Thị trấn', 'Hung Son'],
    ['Dac khu Con Co', 'Đặc khu', 'Con Co'],
  ])('%s is %s %s', (raw, kind, base) => {
    expect(parseUnitName(raw)).toMatchObject({ kind, base });
  });

  it('reads the kind without marks only in a name typed wholly without them ("Xa Lộc", "Phương Liệt" are names)', () => {
    expect(parseUnitName('Xa Lộc').kind).toBeUndefined();
    expect(parseUnitName('Phương Liệt').kind).toBeUndefined();
    expect(parseUnitName('Xa').kind).toBeUndefined();
  });

  it('joins a name typed without marks to the one name typed with them, named with its marks', () => {
    const { canonical, ambiguous } = resolveUnits(
      new Map([
        ['Xã Phúc Hà', 2],
        ['Xa Phuc Ha', 5],
        ['Phuc Ha', 1],
        ['Phường Tân Lập', 3],
        ['Phuong Tan Lap', 1],
      ]),
    );
    expect(Object.fromEntries(canonical)).toEqual({
      'Xã Phúc Hà': 'Xã Phúc Hà',
      'Xa Phuc Ha': 'Xã Phúc Hà',
      'Phuc Ha': 'Xã Phúc Hà',
      'Phường Tân Lập': 'Phường Tân Lập',
      'Phuong Tan Lap': 'Phường Tân Lập',
    });
    expect(ambiguous).toEqual([]);
  });

  it('leaves it apart, and says so, when two names with marks are it without them ("Tân Thành", "Tân Thạnh")', () => {
    const { canonical, ambiguous } = resolveUnits(
      new Map([
        ['Xã Tân Thành', 4],
        ['Xã Tân Thạnh', 4],
        ['Xa Tan Thanh', 1],
      ]),
    );
    expect(canonical.get('Xa Tan Thanh')).toBe('Xã Tan Thanh');
    expect(canonical.get('Xã Tân Thành')).toBe('Xã Tân Thành');
    expect(canonical.get('Xã Tân Thạnh')).toBe('Xã Tân Thạnh');
    expect(ambiguous).toEqual(['Xa Tan Thanh']);
  });

  it('names a unit with "Đ", not the eth typed for it, whichever is more used', () => {
    const { canonical } = resolveUnits(
      new Map([
        ['Phường Ðồng Quang', 3],
        ['Phường Đồng Quang', 1],
      ]),
    );
    expect(new Set(canonical.values())).toEqual(new Set(['Phường Đồng Quang']));
  });

  it('keeps a ward and a commune apart when typed without marks', () => {
    const { canonical } = resolveUnits(
      new Map([
        ['Phường Tân Thành', 4],
        ['Xa Tan Thanh', 1],
      ]),
    );
    expect(canonical.get('Xa Tan Thanh')).toBe('Xã Tan Thanh');
  });
});

describe('isSameUnit', () => {
  const same = (a: string, b: string) => isSameUnit(parseUnitName(a), parseUnitName(b));

  it('takes an abbreviated kind for the written-out one', () => {
    expect(same('P. Tân Lập', 'Phường Tân Lập')).toBe(true);
  });

  it('takes a bare name for the unit of either kind', () => {
    expect(same('Tân Lập', 'Xã Tân Lập')).toBe(true);
  });

  it('keeps a ward and a commune of one name apart', () => {
    expect(same('Phường Tân Lập', 'Xã Tân Lập')).toBe(false);
  });

  it('keeps two names apart', () => {
    expect(same('Phường Tân Lập', 'Phường Tân Thịnh')).toBe(false);
  });

  it('takes a numbered ward written with a leading zero for the same ward ("Phường 01" is "Phường 1")', () => {
    expect(same('Phường 01', 'Phường 1')).toBe(true);
  });

  it('keeps "Phường 1" and "Phường 10" apart', () => {
    expect(same('Phường 10', 'Phường 1')).toBe(false);
  });
});
