/** The starter config's columns, from a hand-built inspection: only a field's role is written. */
import { describe, expect, it } from 'vitest';
import type { ColumnReport } from '../aggregate/contract.js';
import type { Inspection } from '../pipeline/inspect.js';
import { starterConfig } from './starter.js';

function inspectionOf(columns: ColumnReport[]): Inspection {
  return {
    file: 'ds.csv',
    format: 'csv',
    sheets: ['ds'],
    inspected: [
      {
        source: { file: 'ds.csv', status: 'ok', rows: 2, sheet: 'ds', sheets: ['ds'], columns, warnings: [] },
        status: 'read',
        header: { found: true, rows: [1] },
      },
    ],
  };
}

describe('the starter config', () => {
  it('maps a field column to its role, and leaves tick, birth-date, name-part and unread columns null', () => {
    const config = starterConfig(
      inspectionOf([
        { column: 'A', header: 'Họ và tên', use: { kind: 'field', role: 'name', confidence: 1 } },
        { column: 'B', header: 'Tên', use: { kind: 'namePart' } },
        { column: 'C', header: 'Ngày sinh / Nữ', use: { kind: 'birthDateOfGender', gender: 'female' } },
        { column: 'D', header: 'Đảng viên / Dự bị', use: { kind: 'mark', dimension: 'partyMember', level: 'yes' } },
        { column: 'E', header: 'Ghi chú', use: { kind: 'none' } },
      ]),
    );
    expect(config.columns).toEqual({
      'Họ và tên': 'name',
      Tên: null,
      'Ngày sinh / Nữ': null,
      'Đảng viên / Dự bị': null,
      'Ghi chú': null,
    });
  });

  it('names a column without a header by its letter', () => {
    const config = starterConfig(
      inspectionOf([{ column: 'F', header: '', use: { kind: 'field', role: 'id', confidence: 1 } }]),
    );
    expect(config.columns).toEqual({ F: 'id' });
  });
});
