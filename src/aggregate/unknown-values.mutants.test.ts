/** The values not classified: counted, their first rows kept as examples, merged across collectors. */
import { describe, expect, it } from 'vitest';
import { addUnknown, mergeUnknown, unknownEntries, type UnknownValues } from './unknown-values.js';

const place = { file: 'ds.xlsx', sheet: 'CBCC' };
type Value = Parameters<typeof addUnknown>[1];
const edu: Value = { dimension: 'education', column: 'Trình độ', value: 'Kỹ sư?' };
/** Values not classified, each added at the rows given. */
function filled(rows: Array<[Value, number]>, where = place): UnknownValues {
  const u: UnknownValues = new Map();
  for (const [value, row] of rows) addUnknown(u, value, where, row);
  return u;
}

describe('addUnknown', () => {
  it('counts each row of a value', () => {
    const [entry] = [
      ...unknownEntries(
        filled([
          [edu, 3],
          [edu, 4],
          [edu, 9],
        ]),
      ),
    ];
    expect(entry?.count).toBe(3);
  });

  it('keeps the value, its dimension and column', () => {
    const [entry] = [...unknownEntries(filled([[edu, 3]]))];
    expect([entry?.dimension, entry?.column, entry?.value]).toEqual(['education', 'Trình độ', 'Kỹ sư?']);
  });

  it('keeps the first five rows as examples, with their file and sheet', () => {
    const rows = [3, 4, 5, 6, 7, 8, 9].map((r): [Value, number] => [edu, r]);
    const [entry] = [...unknownEntries(filled(rows))];
    expect(entry?.rows).toEqual([3, 4, 5, 6, 7].map((row) => ({ file: 'ds.xlsx', sheet: 'CBCC', row })));
  });

  it('counts every row though only five are kept', () => {
    const rows = [3, 4, 5, 6, 7, 8, 9].map((r): [Value, number] => [edu, r]);
    expect([...unknownEntries(filled(rows))][0]?.count).toBe(7);
  });

  it('keeps a value apart in each column', () => {
    const other = { ...edu, column: 'Chuyên môn' };
    const counts = [
      ...unknownEntries(
        filled([
          [edu, 3],
          [other, 4],
          [other, 5],
        ]),
      ),
    ].map((e) => [e.column, e.count]);
    expect(counts).toEqual([
      ['Trình độ', 1],
      ['Chuyên môn', 2],
    ]);
  });

  it('keeps a value apart in each dimension', () => {
    const party: Value = { ...edu, dimension: 'partyMember' };
    expect(
      [
        ...unknownEntries(
          filled([
            [edu, 3],
            [party, 4],
          ]),
        ),
      ].map((e) => [e.dimension, e.count]),
    ).toEqual([
      ['education', 1],
      ['partyMember', 1],
    ]);
  });

  it('keeps two values of one column apart', () => {
    const other = { ...edu, value: 'Cao đẳng?' };
    expect(
      [
        ...unknownEntries(
          filled([
            [edu, 3],
            [other, 4],
            [edu, 5],
          ]),
        ),
      ].map((e) => [e.value, e.count]),
    ).toEqual([
      ['Kỹ sư?', 2],
      ['Cao đẳng?', 1],
    ]);
  });
});

describe('mergeUnknown', () => {
  it('adds the counts of a value both collectors hold', () => {
    const into = filled([
      [edu, 3],
      [edu, 4],
    ]);
    mergeUnknown(
      into,
      filled(
        [
          [edu, 10],
          [edu, 11],
          [edu, 12],
        ],
        { file: 'b.xlsx', sheet: 'S' },
      ),
    );
    expect([...unknownEntries(into)].map((e) => e.count)).toEqual([5]);
  });

  it('adds the other rows after its own, up to five', () => {
    const into = filled([
      [edu, 3],
      [edu, 4],
    ]);
    mergeUnknown(
      into,
      filled(
        [
          [edu, 10],
          [edu, 11],
          [edu, 12],
          [edu, 13],
        ],
        { file: 'b.xlsx', sheet: 'S' },
      ),
    );
    expect([...unknownEntries(into)][0]?.rows.map((r) => `${r.file}:${r.row}`)).toEqual([
      'ds.xlsx:3',
      'ds.xlsx:4',
      'b.xlsx:10',
      'b.xlsx:11',
      'b.xlsx:12',
    ]);
  });

  it('adds no row when its own five are kept already', () => {
    const into = filled([3, 4, 5, 6, 7].map((r): [Value, number] => [edu, r]));
    mergeUnknown(into, filled([[edu, 10]]));
    expect([...unknownEntries(into)][0]?.rows.map((r) => r.row)).toEqual([3, 4, 5, 6, 7]);
  });

  it('takes a value only the other holds, with its count and rows', () => {
    const into: UnknownValues = new Map();
    mergeUnknown(
      into,
      filled([
        [edu, 10],
        [edu, 11],
      ]),
    );
    const [entry] = [...unknownEntries(into)];
    expect([entry?.value, entry?.count, entry?.rows.map((r) => r.row)]).toEqual(['Kỹ sư?', 2, [10, 11]]);
  });

  it('leaves the other collector as it was', () => {
    const from = filled([[edu, 10]]);
    mergeUnknown(filled([[edu, 3]]), from);
    expect([...unknownEntries(from)].map((e) => [e.count, e.rows.length])).toEqual([[1, 1]]);
  });
});
