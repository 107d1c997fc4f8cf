/** When every sheet is read, an empty sheet is passed over as "empty", known by its error's type. */
import { describe, expect, it } from 'vitest';
import { CbccError, NoRowsError } from '../errors.js';
import { TextRepairer } from '../read/text/repair.js';
import { passOverReason } from './file.js';
import { layoutOf } from './table.js';

const place = { file: 'roster.xlsx', sheet: 'Trống' };

describe('a sheet without rows', () => {
  it('fails its layout with the no-rows error, naming the sheet', () => {
    const fail = (): unknown => layoutOf([], place, new TextRepairer([]), {});
    expect(fail).toThrow(NoRowsError);
    expect(fail).toThrow(expect.objectContaining({ code: 'INPUT_EMPTY', where: place }));
  });

  it('is passed over as "empty"', () => expect(passOverReason(new NoRowsError(place))).toBe('empty'));

  it('is told from another empty input by type, not by the words of its message', () =>
    expect(passOverReason(new CbccError('INPUT_EMPTY', 'no rows', place))).toBe('no rows'));
});
