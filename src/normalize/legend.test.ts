/** Codes a header explains in brackets, read as the levels they name. */
import { describe, expect, it } from 'vitest';
import { buildClassifiers } from './classifiers.js';
import { headerLegend } from './legend.js';

const levels = buildClassifiers();
const gender = (t: string) => levels.gender.classify(t);

describe('headerLegend', () => {
  it('reads "Nam: 1, Nữ: 2" value first', () => {
    expect(headerLegend('Giới tính (Nam: 1, Nữ: 2)', gender)).toEqual(
      new Map([
        ['1', 'male'],
        ['2', 'female'],
      ]),
    );
  });

  it('reads "1 = Nam; 0 = Nữ" code first', () => {
    expect(headerLegend('Giới tính (1 = Nam; 0 = Nữ)', gender)).toEqual(
      new Map([
        ['1', 'male'],
        ['0', 'female'],
      ]),
    );
  });

  it('finds no legend in a bracket that explains no code ("Nam/Nữ")', () => {
    expect(headerLegend('Giới tính (Nam/Nữ)', gender)).toBeUndefined();
  });

  it('leaves out a pair whose value the dimension does not know', () => {
    expect(headerLegend('Giới tính (1: Nam, 3: khác)', gender)).toEqual(new Map([['1', 'male']]));
  });
});
