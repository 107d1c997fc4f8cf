/**
 * The bodies of a commune in src/vocab/unit-names.ts, one row per spelling, read through `parseUnitName`:
 * "<body> xã Phúc Hà" is the commune Xã Phúc Hà, so its people are counted in the commune. A spelling emptied
 * or the list emptied makes its row fail (the unit would then be the whole text, a unit of its own).
 */
import { describe, expect, it } from 'vitest';
import { parseUnitName } from '../normalize/units.js';

describe('a body of the commune before its kind names the commune', () => {
  it.each([
    'Văn phòng HĐND và UBND',
    'VP HĐND và UBND',
    'HĐND và UBND',
    'HĐND - UBND',
    'HĐND-UBND',
    'Ủy ban nhân dân',
    'Uỷ ban nhân dân',
    'Hội đồng nhân dân',
    'Ủy ban Mặt trận Tổ quốc Việt Nam',
    'Ủy ban Mặt trận Tổ quốc',
    'Ủy ban MTTQ Việt Nam',
    'Ủy ban MTTQ',
    'Uỷ ban MTTQ',
    'Mặt trận Tổ quốc',
    'UBMTTQVN',
    'UBMTTQ',
    'MTTQ',
    'UBND',
    'HĐND',
    'Đảng ủy',
    'Đảng uỷ',
    'Đảng bộ',
  ])('%s xã Phúc Hà → Xã Phúc Hà', (body) => {
    expect(parseUnitName(`${body} xã Phúc Hà`)).toEqual({ kind: 'Xã', base: 'Phúc Hà', key: 'phuc1 ha2' });
  });
});
