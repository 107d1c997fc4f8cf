/**
 * matchRole keeps its answers for header texts already matched (issue 17: start-up): the same text asked
 * again gets the same, frozen answer, not a new match; a config's overrides are always asked anew.
 */
import { describe, expect, it } from 'vitest';
import { keptMatches, matchRole } from './roles.js';

describe('header matches kept', () => {
  it('matches a text once, and shares the frozen answer', () => {
    const before = keptMatches();
    const first = matchRole('Họ và tên');
    expect(first).toEqual({ role: 'name', confidence: 1 });
    expect(matchRole('Họ và tên')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(matchRole('Trình độ chuyên môn (ghi rõ ngành)')).toEqual({ role: 'education', confidence: 0.59 });
    expect(matchRole('Ghi chú thêm về hồ sơ')).toBeUndefined();
    expect(matchRole('Ghi chú thêm về hồ sơ')).toBeUndefined();
    expect(keptMatches()).toBe(before + 3);
  });

  it('asks overrides every time and keeps none of their answers', () => {
    matchRole('Họ và tên');
    const before = keptMatches();
    const overrides = new Map([['ho va ten', 'unit' as const]]);
    expect(matchRole('Họ và tên', overrides)).toEqual({ role: 'unit', confidence: 1 });
    expect(matchRole('Họ và tên')).toEqual({ role: 'name', confidence: 1 });
    expect(matchRole('Tên đơn vị công tác', overrides)?.role).toBe('unit');
    expect(keptMatches()).toBe(before);
  });
});
