import { describe, expect, it } from 'vitest';
import { HeaderEcho } from './row-facts.js';

const echo = new HeaderEcho(['Họ và tên', 'Ý kiến', '']);

describe('HeaderEcho', () => {
  it('finds the header written again as it is', () => {
    expect(echo.is('Họ và tên', 0)).toBe(true);
  });

  it('finds it with spaces around it', () => {
    expect(echo.is('  Họ và tên ', 0)).toBe(true);
  });

  it('finds it behind an invisible character that cleaning removes', () => {
    expect(echo.is('\u200BHọ và tên', 0)).toBe(true);
  });

  it('finds it in decomposed letters whose first one composes with the mark after it (Y + ́ = Ý)', () => {
    expect(echo.is('Y\u0301 kiến', 1)).toBe(true);
  });

  it('tells a name from the header by its first letter', () => {
    expect(echo.is('Nguyễn Văn An', 0)).toBe(false);
  });

  it('tells a name starting with the same letter by its whole text', () => {
    expect(echo.is('Hoàng Thị Mai', 0)).toBe(false);
  });

  it('never finds a header over a column without one', () => {
    expect(echo.is('Họ và tên', 2)).toBe(false);
  });

  it('never takes a number or a date for a header', () => {
    expect(echo.is(1, 0)).toBe(false);
  });
});
