/**
 * `inspect`'s two outputs, terminal and JSON, on a small hand-built inspection: each column's use is a
 * value in the model and is written out only here.
 */
import { describe, expect, it } from 'vitest';
import type { ColumnReport } from '../aggregate/contract.js';
import type { Inspection } from '../pipeline/inspect.js';
import { renderInspection } from './inspect.js';
import { columnJson, renderInspectionJson, sourceJson } from './json.js';

const columns: ColumnReport[] = [
  {
    column: 'A',
    header: 'Họ và tên / Họ đệm',
    use: { kind: 'field', role: 'name', confidence: 1 },
    samples: ['Nguyễn Văn'],
  },
  { column: 'B', header: 'Họ và tên / Tên', use: { kind: 'namePart' } },
  { column: 'C', header: 'Ngày sinh / Nữ', use: { kind: 'birthDateOfGender', gender: 'female' } },
  {
    column: 'D',
    header: 'Trình độ chuyên môn / ĐH',
    use: { kind: 'mark', dimension: 'education', level: 'university' },
  },
  {
    column: 'E',
    header: 'Chức danh',
    use: { kind: 'none' },
    note: 'looks like title, already taken by "Chức vụ"',
  },
  {
    column: 'F',
    header: 'Trình độ chuyên môn được đào tạo',
    use: { kind: 'field', role: 'education', confidence: 0.59 },
  },
];

const inspection: Inspection = {
  file: 'xa-an-binh.xlsx',
  format: 'xlsx',
  sheets: ['DS'],
  inspected: [
    {
      source: {
        file: 'xa-an-binh.xlsx',
        status: 'ok',
        rows: 3,
        sheet: 'DS',
        sheets: ['DS'],
        headerRows: [1, 2],
        columns,
        warnings: [],
      },
      status: 'read',
      header: { found: true, rows: [1, 2] },
      rows: { read: 3, counted: 1, skipped: [], warnings: [] },
      unknownValues: [],
      unitNames: { merged: [], ambiguous: [] },
      warnings: [],
    },
  ],
};

/** The cells of one column's row in the terminal table, each with its wrapped lines joined. */
function cellsOf(text: string, column: string): string[] {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`│ ${column} `));
  const cells: string[][] = [];
  for (let i = at; i < lines.length && lines[i]!.startsWith('│'); i++) {
    const parts = lines[i]!.split('│')
      .slice(1, -1)
      .map((p) => p.trim());
    if (i > at && parts[0] !== '') break;
    parts.forEach((p, k) => (cells[k] ??= []).push(p));
  }
  return cells.map((c) => c.filter((p) => p).join(' '));
}

describe('inspect in the terminal, on a hand-built model', () => {
  const text = renderInspection(inspection, false);

  it("gives a field its role's label and its confidence in percent", () => {
    expect(cellsOf(text, 'F').slice(2, 4)).toEqual(['Trình độ chuyên môn', '59%']);
  });

  it('gives a tick column its dimension and level, sure at 100%', () => {
    expect(cellsOf(text, 'D').slice(2, 4)).toEqual(['Trình độ chuyên môn: đánh dấu "Đại học"', '100%']);
  });

  it('says a birth date under "Nữ" gives the gender', () => {
    expect(cellsOf(text, 'C').slice(2, 4)).toEqual(['Ngày sinh, ghi ở cột Nữ (cho biết giới tính)', '100%']);
  });

  it('shows a dash and no confidence for part of a split name', () => {
    expect(cellsOf(text, 'B').slice(2, 4)).toEqual(['—', '']);
  });

  it('puts the note after the role of a column read as nothing', () => {
    expect(cellsOf(text, 'E')[2]).toBe('— (looks like title, already taken by "Chức vụ")');
  });

  it('shows the samples of a column', () => {
    expect(cellsOf(text, 'A')[4]).toBe('Nguyễn Văn');
  });
});

describe('inspect --json, on a hand-built model', () => {
  it('writes each column as the contract has it: column, header, role, confidence, then note and samples', () => {
    expect(JSON.stringify(columnJson(columns[0]!))).toBe(
      '{"column":"A","header":"Họ và tên / Họ đệm","role":"name","confidence":1,"samples":["Nguyễn Văn"]}',
    );
    expect(JSON.stringify(columnJson(columns[4]!))).toBe(
      '{"column":"E","header":"Chức danh","role":null,"confidence":null,"note":"looks like title, already taken by \\"Chức vụ\\""}',
    );
  });

  it('writes the roles of every kind of column as text', () => {
    expect(columns.map((c) => [columnJson(c).role, columnJson(c).confidence])).toEqual([
      ['name', 1],
      [null, null],
      ['birthDate (female)', 1],
      ['education=university', 1],
      [null, null],
      ['education', 0.59],
    ]);
  });

  it('keeps the source in its order, with the columns where they were', () => {
    const json = JSON.parse(renderInspectionJson(inspection)) as { inspected: Array<{ source: object }> };
    expect(Object.keys(json.inspected[0]!.source)).toEqual([
      'file',
      'status',
      'rows',
      'sheet',
      'sheets',
      'headerRows',
      'columns',
      'warnings',
    ]);
  });

  it('writes no columns for a source without them', () => {
    const { columns: _, ...bare } = inspection.inspected[0]!.source;
    expect(JSON.stringify(sourceJson(bare))).not.toContain('columns');
  });

  it('ends with one newline', () => {
    expect(renderInspectionJson(inspection).endsWith('}\n')).toBe(true);
  });
});
