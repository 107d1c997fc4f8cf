/** Every warning has a heading in English for --lang en (a code added without one is headed in Vietnamese there). */
import { describe, expect, it } from 'vitest';
import { WARNING_CODES } from '../../aggregate/warnings.js';
import { WARNING_LABELS_EN } from './warning-labels-en.js';

describe('WARNING_LABELS_EN', () => {
  it('heads every code', () => {
    expect(Object.keys(WARNING_CODES).filter((code) => !(code in WARNING_LABELS_EN))).toEqual([]);
  });
});
